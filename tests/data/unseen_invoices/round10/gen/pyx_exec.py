"""PyX canvas pages: text typeset by PyX's LaTeX engine (helvet), rectangles, lines, QR as filled rects."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from pyx import canvas, text, path, color, document, unit, style
from layout import draw_pages
unit.set(defaultunit="pt")
text.set(text.LatexEngine, texenc="utf-8")
text.preamble(r"\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{helvet}\usepackage{textcomp}"
              r"\renewcommand{\familydefault}{\sfdefault}")
TEX = {"\\": r"\textbackslash{}", "$": r"\$", "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
       "°": r"\textdegree{}", "º": r"\textordmasculine{}", "\"": r"\textquotedbl{}", "~": r"\textasciitilde{}", "^": r"\^{}"}
def tex(s):
    return "".join(TEX.get(ch, ch) for ch in s).replace(" ", r"\ ")
H = 842
def run(d, out_pdf, scratch):
    pages = []
    m = d.qr_matrix()
    for ops in draw_pages(d):
        c = canvas.canvas()
        c.fill(path.rect(0, 0, 595, 842), [color.gray.white])
        for op in ops:
            if op[0] == "t":
                _, x, y, t, size, bold, al, _f = op
                s = tex(t); s = r"\textbf{%s}" % s if bold else s
                s = r"\fontsize{%s}{%s}\selectfont %s" % (size, size * 1.2, s)
                ha = {"l": text.halign.left, "r": text.halign.right, "c": text.halign.center}[al]
                c.text(x, H - y, s, [ha])
            elif op[0] == "r":
                _, x, y, w, h, fill = op
                if fill: c.fill(path.rect(x, H - y - h, w, h), [color.gray(0.85)])
                c.stroke(path.rect(x, H - y - h, w, h), [style.linewidth(0.7)])
            elif op[0] == "l":
                _, x1, y1, x2, y2 = op
                c.stroke(path.line(x1, H - y1, x2, H - y2), [style.linewidth(0.7)])
            elif op[0] == "qr" and m:
                _, x, y, size = op
                k = size / (len(m) + 8)
                for r, row in enumerate(m):
                    for cc, v in enumerate(row):
                        if v: c.fill(path.rect(x + (cc + 4) * k, H - (y + (r + 5) * k), k, k))
        pages.append(document.page(c, paperformat=document.paperformat.A4, centered=0, fittosize=0))
    document.document(pages).writePDFfile(out_pdf)
