"""Build round 11: python make_invoices.py [prefix ...]  (run with /usr/bin/python3 venv that has PyGObject + segno)."""
import json, os, subprocess, sys, tempfile, html
import segno
from core import build, expected, fmt_amount, fmt_qty, fmt_date, fmt_rate, dash_cuit
from layout import layout, W, H, COLSETS, cell_text, wrap, NUMFMT, totals_lines, UNIT_LABEL
from docs import DOCS

OUT = os.path.dirname(os.path.abspath(__file__))
SCR = "/work/round11-scratch/build"
os.makedirs(SCR, exist_ok=True)


def qr_runs(x, y, mod, m):
    for r, row in enumerate(m):
        c = 0
        while c < len(row):
            if row[c]:
                s = c
                while c < len(row) and row[c]:
                    c += 1
                yield (x + s * mod, y + r * mod, (c - s) * mod, mod)
            else:
                c += 1


# ------------------------------------------------------------------ gnuplot
def gq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def gen_gnuplot(doc, pages, out):
    L = ['set encoding utf8', 'set terminal pdfcairo size 8.2677in,11.6929in font "DejaVu Sans,8" fontscale 1 noenhanced',
         f'set output {gq(out)}', 'unset border', 'unset tics', 'unset key',
         'set lmargin at screen 0', 'set rmargin at screen 1', 'set tmargin at screen 1', 'set bmargin at screen 0',
         f'set xrange [0:{W}]', f'set yrange [{H}:0]']
    for ops in pages:
        L += ['unset label', 'unset arrow', 'unset object']
        n = 0
        for op in ops:
            if op[0] == "t":
                _, x, y, t, size, bold, al = op
                font = f'"DejaVu Sans{" Bold" if bold else ""},{size * 0.82:.1f}"'
                al = {"l": "left", "r": "right", "c": "center"}[al]
                L.append(f'set label {gq(t)} at {x},{y - size * 0.3:.2f} {al} font {font}')
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                L.append(f'set arrow from {x1},{y1} to {x2},{y2} nohead lw {w * 2} lc rgb "black"')
            elif op[0] == "r":
                _, x, y, w, h, fill = op
                n += 1
                fs = 'fs solid 1.0 noborder fc rgb "black"' if fill else 'fs empty border lc rgb "black" lw 1.2'
                L.append(f'set object {n} rect from {x},{y} to {x + w},{y + h} {fs} back')
            elif op[0] == "qr":
                _, x, y, mod, m = op
                for rx, ry, rw, rh in qr_runs(x, y, mod, m):
                    n += 1
                    L.append(f'set object {n} rect from {rx:.3f},{ry:.3f} to {rx + rw:.3f},{ry + rh:.3f} fs solid 1.0 noborder fc rgb "black" front')
        L.append('plot NaN notitle')
    L.append('unset output')
    sp = os.path.join(SCR, os.path.basename(out) + ".gp")
    open(sp, "w").write("\n".join(L) + "\n")
    subprocess.run(["gnuplot", sp], check=True)


# ------------------------------------------------------------------ fig2dev
def fig_page(ops, path):
    k = 1200 / 72
    L = ["#FIG 3.2  Produced by round11 make_invoices.py", "Portrait", "Flush left", "Inches", "A4",
         "100.00", "Single", "-2", "1200 2"]
    for op in ops:
        if op[0] == "t":
            _, x, y, t, size, bold, al = op
            just = {"l": 0, "c": 1, "r": 2}[al]
            t = t.replace("\\", "\\\\")
            L.append(f"4 {just} 0 50 -1 {18 if bold else 16} {size} 0.0000 4 {int(size * k)} {int(len(t) * size * 0.5 * k)} "
                     f"{int(x * k)} {int(y * k)} {t}\\001")
        elif op[0] == "l":
            _, x1, y1, x2, y2, w = op
            L.append(f"2 1 0 {max(1, round(w))} 0 7 50 -1 -1 0.000 0 0 -1 0 0 2")
            L.append(f"\t {int(x1 * k)} {int(y1 * k)} {int(x2 * k)} {int(y2 * k)}")
        elif op[0] in ("r", "qr"):
            boxes = [(op[1], op[2], op[3], op[4], op[5])] if op[0] == "r" else [(a, b, c, d, True) for a, b, c, d in qr_runs(*op[1:])]
            for x, y, w, h, fill in boxes:
                x1, y1, x2, y2 = round(x * k), round(y * k), round((x + w) * k), round((y + h) * k)
                if fill:
                    L.append("2 2 0 0 0 0 50 -1 20 0.000 0 0 -1 0 0 5")
                else:
                    L.append("2 2 0 1 0 7 55 -1 -1 0.000 0 0 -1 0 0 5")
                L.append(f"\t {x1} {y1} {x2} {y1} {x2} {y2} {x1} {y2} {x1} {y1}")
    open(path, "w", encoding="latin-1").write("\n".join(L) + "\n")


def gen_fig(doc, pages, out, cairo=False):
    parts = []
    for i, ops in enumerate(pages):
        fp = os.path.join(SCR, f"{os.path.basename(out)}.{i}.fig")
        fig_page(ops, fp)
        pp = fp + ".pdf"
        subprocess.run(["fig2dev", "-L", "pdf", "-P", "-z", "A4", "-x", "0", "-y", "0", fp, pp], check=True)
        parts.append(pp)
    merged = os.path.join(SCR, os.path.basename(out) + ".fig.pdf")
    if len(parts) > 1:
        subprocess.run(["pdfunite"] + parts + [merged], check=True)
    else:
        os.replace(parts[0], merged)
    if cairo:
        subprocess.run(["pdftocairo", "-pdf", merged, out], check=True)
    else:
        os.replace(merged, out)


def gen_figcairo(doc, pages, out):
    gen_fig(doc, pages, out, cairo=True)


# ------------------------------------------------------------------ GTK
def gen_gtk(doc, pages, out):
    pj = os.path.join(SCR, os.path.basename(out) + ".json")
    json.dump(pages, open(pj, "w"))
    subprocess.run(["xvfb-run", "-a", sys.executable, os.path.join(OUT, "gtk_exec.py"), pj, out], check=True)


# ------------------------------------------------------------------ Graphviz
def e(s):
    return html.escape(s, quote=False)


def gen_dot(doc, pages, out, L):
    d = doc
    st = d.style
    F, FB = "DejaVu Sans", "DejaVu Sans Bold"

    def txt(s, size=9, bold=False):
        return f'<FONT FACE="{FB if bold else F}" POINT-SIZE="{size}">{e(s)}</FONT>'
    iss = []
    if d.fantasy:
        iss.append(txt(d.fantasy, 15, True))
        iss += [txt(x, 9) for x in wrap("Razón Social: " + d.merchant, 230, 9)]
    else:
        iss += [txt(x, 13, True) for x in wrap(d.merchant, 230, 13)]
    iss += [txt(d.address, 8), txt("CUIT: " + dash_cuit(d.cuit), 9, True),
            txt("Condición frente al IVA: " + ("Responsable Monotributo" if d.letter == "C" else "IVA Responsable Inscripto"), 8),
            txt("Inicio de Actividades: 01/03/2015", 8)]
    a, b = NUMFMT[L.get("num", "pv")](d)
    data = [txt("FACTURA", 16, True), txt(a, 10, True)] + ([txt(b, 10, True)] if b else []) + \
        [txt("Fecha de Emisión: " + fmt_date(d.date, d.date_fmt), 10, True)]
    buyer = [txt("Razón Social: " + d.buyer_name + "     " + ("CUIT: " + dash_cuit(d.buyer_cuit) if d.buyer_cuit else ("DNI: " + d.buyer_dni if d.buyer_dni else "")), 9, True),
             txt("Condición frente al IVA: " + d.buyer_cond + "     Condición de venta: Contado", 8)]
    cols = COLSETS[L["cols"]]
    rows = ['<TR>' + "".join(f'<TD BGCOLOR="#dddddd" ALIGN="{"LEFT" if al == "l" else "RIGHT"}">{txt(lab, 8, True)}</TD>' for k, lab, w, al in cols) + '</TR>']
    for it in d.items:
        cells = []
        for key, lab, w, al in cols:
            t = cell_text(d, it, key, L)
            if key == "desc":
                inner = '<BR ALIGN="LEFT"/>'.join(txt(x, 8) for x in wrap(t, w - 6, 8)) + '<BR ALIGN="LEFT"/>'
            else:
                inner = txt(t, 8) if t else " "
            cells.append(f'<TD WIDTH="{w}" ALIGN="{"LEFT" if al == "l" else "RIGHT"}" VALIGN="TOP">{inner}</TD>')
        rows.append("<TR>" + "".join(cells) + "</TR>")
    items = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="3">' + "".join(rows) + "</TABLE>"
    tl = totals_lines(d, L)
    tot = '<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="2">' + "".join(
        f'<TR><TD ALIGN="RIGHT">{txt(a_, 10 if i == len(tl) - 1 else 9, i == len(tl) - 1)}</TD><TD ALIGN="RIGHT">{txt(v, 10 if i == len(tl) - 1 else 9, i == len(tl) - 1)}</TD></TR>'
        for i, (a_, v) in enumerate(tl)) + "</TABLE>"
    if d.has_qr:
        qp = os.path.join(SCR, os.path.basename(out) + ".qr.png")
        segno.make(d.qr_payload, error="m", micro=False).save(qp, scale=3, border=4)
        qcell = f'<TD ROWSPAN="2" FIXEDSIZE="FALSE"><IMG SRC="{qp}"/></TD>'
    else:
        qcell = '<TD ROWSPAN="2"> </TD>'
    lab = f'''<<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="8" BGCOLOR="white">
<TR><TD COLSPAN="3" ALIGN="RIGHT">{txt(d.copies[0], 9, True)}</TD></TR>
<TR><TD ALIGN="CENTER" WIDTH="250">{'<BR/>'.join(iss)}</TD>
<TD BORDER="1" VALIGN="TOP">{txt(d.letter, 26, True)}<BR/>{txt(f"COD. {d.code:02d}", 7, True)}</TD>
<TD ALIGN="LEFT" WIDTH="230">{'<BR ALIGN="LEFT"/>'.join(data)}<BR ALIGN="LEFT"/></TD></TR>
<TR><TD COLSPAN="3" BORDER="1" SIDES="TB" ALIGN="LEFT">{'<BR ALIGN="LEFT"/>'.join(buyer)}<BR ALIGN="LEFT"/></TD></TR>
<TR><TD COLSPAN="3">{items}</TD></TR>
<TR><TD COLSPAN="3" ALIGN="RIGHT">{tot}</TD></TR>
<TR><TD COLSPAN="3"><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="4"><TR>{qcell}
<TD ALIGN="LEFT">{txt("Comprobante Autorizado", 10, True)}</TD><TD ALIGN="RIGHT">{txt("CAE N°: " + d.cae, 10, True)}</TD></TR>
<TR><TD ALIGN="LEFT">{txt("Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación", 6)}</TD>
<TD ALIGN="RIGHT">{txt("Fecha de Vto. de CAE: " + d.cae_vto.strftime("%d/%m/%Y"), 9)}</TD></TR></TABLE></TD></TR>
</TABLE>>'''
    dot = f'digraph factura {{\n graph [pad="0.4", bgcolor="white"];\n node [shape=plaintext, margin=0];\n f [label={lab}];\n}}\n'
    dp = os.path.join(SCR, os.path.basename(out) + ".dot")
    open(dp, "w", encoding="utf-8").write(dot)
    subprocess.run(["dot", "-Tpdf", dp, "-o", out], check=True)


GEN = {"g": gen_gnuplot, "x": gen_fig, "p": gen_figcairo, "k": gen_gtk}


def main():
    want = sys.argv[1:]
    for spec, L in DOCS:
        name = spec["name"]
        if want and not any(name.startswith(w) for w in want):
            continue
        doc = build(spec)
        out = os.path.join(OUT, name + ".pdf")
        if name[0] == "d":
            gen_dot(doc, None, out, L)
        else:
            GEN[name[0]](doc, layout(doc, L), out)
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected(doc), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", name)


if __name__ == "__main__":
    main()
