"""Build the round-22 PDFs and expected files. Run with the venv python (see MANIFEST.md).
c: DXF drawing (written here) -> Aspose.CAD for Python via .NET -> PDF
o: page primitives (JSON) -> render_origami.rb (ruby-origami) -> PDF
p: page primitives (JSON) -> render_ps.pl (PostScript::Simple) -> PostScript -> pstoedit -f pdf -> PDF"""
import json, os, subprocess, sys
import docs, catalog
from layout import layout, width

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round22-scratch/tpl'
os.makedirs(TPL, exist_ok=True)
PY = '/work/round22-scratch/V/bin/python'

def esc_dxf(s):
    return ''.join(ch if ord(ch) < 128 else f'\\U+{ord(ch):04X}' for ch in s)

def dxf(pages_prims):
    # an R12 DXF drawing in pt units (0..595 x 0..842), model space only: Aspose.CAD renders it as one A4 page
    out = []
    g = lambda c, v: out.append(f'{c}\n{v}\n')
    g(0, 'SECTION'); g(2, 'HEADER'); g(9, '$ACADVER'); g(1, 'AC1009'); g(9, '$DWGCODEPAGE'); g(3, 'ANSI_1252')
    g(9, '$EXTMIN'); g(10, 0.0); g(20, 0.0); g(30, 0.0); g(9, '$EXTMAX'); g(10, 595.0); g(20, 842.0); g(30, 0.0); g(0, 'ENDSEC')
    g(0, 'SECTION'); g(2, 'ENTITIES')
    def line(x1, y1, x2, y2, color=7):
        g(0, 'LINE'); g(8, 'FACTURA'); g(62, color); g(10, x1); g(20, y1); g(30, 0.0); g(11, x2); g(21, y2); g(31, 0.0)
    def solid(x, y, w, h, color=7):
        g(0, 'SOLID'); g(8, 'QR'); g(62, color)
        g(10, x); g(20, y); g(30, 0.0); g(11, x + w); g(21, y); g(31, 0.0); g(12, x); g(22, y + h); g(32, 0.0); g(13, x + w); g(23, y + h); g(33, 0.0)
    for p in pages_prims:
        k = p[0]
        if k == 'text':
            _, x, y, s, size, font, align = p
            g(0, 'TEXT'); g(8, 'TEXTO'); g(62, 7); g(10, x); g(20, y); g(30, 0.0); g(40, round(size * 0.72, 2)); g(1, esc_dxf(s))
            if align != 'l':
                g(72, 2 if align == 'r' else 1); g(11, x); g(21, y); g(31, 0.0)
        elif k == 'rect':
            _, x, y, w, h, fill, lw = p
            if fill: solid(x, y, w, h, 9)
            else: line(x, y, x + w, y); line(x + w, y, x + w, y + h); line(x + w, y + h, x, y + h); line(x, y + h, x, y)
        elif k == 'line':
            _, x1, y1, x2, y2, lw = p; line(x1, y1, x2, y2)
        elif k == 'qr':
            _, x, y, size, m = p; n = len(m); u = size / (n + 8)
            for r in range(n):
                c = 0
                while c < n:
                    if m[r][c]:
                        s0 = c
                        while c < n and m[r][c]: c += 1
                        solid(x + (4 + s0) * u, y + size - (4 + r + 1) * u, (c - s0) * u, u)
                    else: c += 1
    line(0, 0, 0.5, 0, 7); line(594.5, 842, 595, 842, 7)   # half-point corner marks pin the drawing extents to the A4 sheet
    g(0, 'ENDSEC'); g(0, 'EOF')
    return ''.join(out)

CAD = r'''
import sys, aspose.cad as cad
from aspose.cad.imageoptions import PdfOptions, CadRasterizationOptions
for src, dst in zip(sys.argv[1::2], sys.argv[2::2]):
    img = cad.Image.load(src)
    ro = CadRasterizationOptions(); ro.page_width = 793.7; ro.page_height = 1122.5
    o = PdfOptions(); o.vector_rasterization_options = ro
    img.save(dst, o)
'''

def render_c(d, pages, pdf):
    parts = []
    for i, pg in enumerate(pages):
        src = f'{TPL}/{d.name}.{i + 1}.dxf'
        open(src, 'w', encoding='cp1252').write(dxf(pg.p))
        parts.append((src, f'{TPL}/{d.name}.{i + 1}.pdf'))
    env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT='1')
    subprocess.run([PY, '-c', CAD] + [x for pr in parts for x in pr], check=True, env=env)
    assert len(parts) == 1, 'c documents are single-page (one DXF drawing = one PDF page)'
    os.replace(parts[0][1], pdf)

def prims_json(pages, absolute):
    out = []
    for pg in pages:
        l = []
        for p in pg.p:
            if p[0] == 'text' and absolute and p[6] != 'l':
                w = width(p[3], p[5], p[4]); x = p[1] - (w if p[6] == 'r' else w / 2)
                p = ('text', round(x, 2), p[2], p[3], p[4], p[5], 'l')
            l.append(list(p))
        out.append(l)
    return {'pages': out}

def render_o(d, pages, pdf):
    src = f'{TPL}/{d.name}.json'
    json.dump(prims_json(pages, True), open(src, 'w', encoding='utf-8'), ensure_ascii=False)
    subprocess.run(['ruby', os.path.join(OUT, 'render_origami.rb'), src, pdf], check=True)

def render_p(d, pages, pdf):
    src = f'{TPL}/{d.name}.json'; ps = f'{TPL}/{d.name}.ps'
    json.dump(prims_json(pages, False), open(src, 'w', encoding='utf-8'), ensure_ascii=False)
    subprocess.run(['perl', os.path.join(OUT, 'render_ps.pl'), src, ps], check=True)
    subprocess.run(['pstoedit', '-q', '-f', 'pdf', ps, pdf], check=True, stderr=subprocess.DEVNULL)

THEME = {'c': 'cad', 'o': 'orig', 'p': 'ps'}
RENDER = {'c': render_c, 'o': render_o, 'p': render_p}

if __name__ == '__main__':
    want = sys.argv[1:]
    for d in catalog.DOCS():
        if want and not any(d.name.startswith(w) for w in want): continue
        pages = layout(d, THEME[d.name[0]])
        pdf = os.path.join(OUT, d.name + '.pdf')
        RENDER[d.name[0]](d, pages, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name, len(pages), 'page(s)')
