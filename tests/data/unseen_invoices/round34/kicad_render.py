"""Draw one page with KiCad's pcbnew (Debian kicad 6.0.11) and plot it with KiCad's own PDF plotter.
Run with Debian's /usr/bin/python3 (pcbnew module): kicad_render.py page.json out.pdf work_dir.
page.json: {"ops": [["T", x, y, size, bold, align, text] | ["R", x, y, w, h, filled, lw] | ["L", x1, y1, x2, y2, lw]]} in points from the top left."""
import json, os, re, shutil, sys
import pcbnew

spec, out, work = sys.argv[1], sys.argv[2], sys.argv[3]
ops = json.load(open(spec))['ops']
b = pcbnew.BOARD()
pt = lambda v: int(round(v * 25.4 / 72 * 1e6))
P = lambda x, y: pcbnew.wxPoint(pt(x), pt(y))
J = {'l': pcbnew.GR_TEXT_HJUSTIFY_LEFT, 'r': pcbnew.GR_TEXT_HJUSTIFY_RIGHT, 'c': pcbnew.GR_TEXT_HJUSTIFY_CENTER}
for op in ops:
    if op[0] == 'T':
        _, x, y, size, bold, al, s = op
        t = pcbnew.PCB_TEXT(b); t.SetText(s); t.SetLayer(pcbnew.F_SilkS)
        t.SetTextSize(pcbnew.wxSize(pt(size * 0.55), pt(size * 0.72))); t.SetTextThickness(pt(size * (0.12 if bold else 0.075)))
        t.SetHorizJustify(J[al]); t.SetVertJustify(pcbnew.GR_TEXT_VJUSTIFY_BOTTOM); t.SetTextPos(P(x, y)); b.Add(t)
    elif op[0] == 'R':
        _, x, y, w, h, filled, lw = op
        s = pcbnew.PCB_SHAPE(b); s.SetShape(pcbnew.SHAPE_T_RECT); s.SetLayer(pcbnew.F_SilkS)
        s.SetStart(P(x, y)); s.SetEnd(P(x + w, y + h)); s.SetWidth(0 if filled else pt(lw)); s.SetFilled(bool(filled)); b.Add(s)
    elif op[0] == 'L':
        _, x1, y1, x2, y2, lw = op
        s = pcbnew.PCB_SHAPE(b); s.SetShape(pcbnew.SHAPE_T_SEGMENT); s.SetLayer(pcbnew.F_SilkS)
        s.SetStart(P(x1, y1)); s.SetEnd(P(x2, y2)); s.SetWidth(pt(lw)); b.Add(s)
os.makedirs(work, exist_ok=True)
name = os.path.splitext(os.path.basename(out))[0]
brd = os.path.join(work, name + '.kicad_pcb')
pcbnew.SaveBoard(brd, b)
src = open(brd).read(); src = re.sub(r'\(paper "A4"\)', '(paper "A4" portrait)', src); open(brd, 'w').write(src)
b = pcbnew.LoadBoard(brd)
pc = pcbnew.PLOT_CONTROLLER(b); po = pc.GetPlotOptions()
po.SetOutputDirectory(work); po.SetPlotFrameRef(False); po.SetAutoScale(False); po.SetScale(1); po.SetMirror(False); po.SetUseAuxOrigin(False)
pc.SetLayer(pcbnew.F_SilkS); pc.OpenPlotfile('factura', pcbnew.PLOT_FORMAT_PDF, 'Factura'); pc.PlotLayer(); pc.ClosePlot()
shutil.move(os.path.join(work, name + '-factura.pdf'), out)
