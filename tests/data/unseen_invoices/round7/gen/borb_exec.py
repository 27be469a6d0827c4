"""borb executor: draw list (TSV) -> PDF with borb 3 (Chunk paint at absolute rectangles, Shape lines, Image)."""
import os
import sys
from decimal import Decimal

from borb.pdf import Document, Page, PDF, Chunk, Image, Shape, X11Color, Standard14Fonts
from borb.pdf.layout_element.layout_element import LayoutElement

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from layout import width  # noqa: E402

H = 842


def main(tsv, out):
    pages, cur = [], None
    for line in open(tsv, encoding="utf-8"):
        o = line.rstrip("\n").split("\t")
        if o[0] == "P":
            cur = []
            pages.append(cur)
        else:
            cur.append(o)
    doc = Document()
    f0 = Standard14Fonts.get("Helvetica")
    f1 = Standard14Fonts.get("Helvetica-Bold")
    for ops in pages:
        page = Page(width_in_points=595, height_in_points=842)
        doc.append_page(page)
        for o in ops:
            if o[0] == "T":
                x, y, size, bold, al, s = float(o[1]), float(o[2]), float(o[3]), o[4] == "1", o[5], o[6]
                c = Chunk(s, font=f1 if bold else f0, font_size=size)
                w = c.get_size(available_space=(1000, 100))[0]
                left = x if al == "l" else (x - w if al == "r" else x - w / 2)
                hh = c.get_size(available_space=(1000, 100))[1]
                c.paint(available_space=(left, H - y - size * 0.22, w + 1, hh), page=page)
            elif o[0] in ("L", "R", "F"):
                if o[0] == "L":
                    pts = [(float(o[1]), H - float(o[2])), (float(o[3]), H - float(o[4]))]
                    sh = Shape(coordinates=pts, stroke_color=X11Color.BLACK, fill_color=None, line_width=float(o[5]))
                else:
                    x, y, w, h = (float(v) for v in o[1:5])
                    pts = [(x, H - y), (x + w, H - y), (x + w, H - y - h), (x, H - y - h), (x, H - y)]
                    if o[0] == "R":
                        sh = Shape(coordinates=pts, stroke_color=X11Color.BLACK, fill_color=None, line_width=float(o[5]))
                    else:
                        sh = Shape(coordinates=pts, stroke_color=None, fill_color=X11Color.BLACK, line_width=0)
                x0 = min(p[0] for p in pts)
                y0 = min(p[1] for p in pts)
                sh.paint(available_space=(x0, y0, max(1, max(p[0] for p in pts) - x0), max(1, max(p[1] for p in pts) - y0)), page=page)
            elif o[0] == "I":
                from PIL import Image as PImage
                x, y, w, h = (float(v) for v in o[1:5])
                img = Image(PImage.open(os.path.join(os.path.dirname(tsv), o[5])).convert("RGB"), size=(int(w), int(h)))
                img.paint(available_space=(x, H - y - h, int(w), int(h)), page=page)
    PDF.write(what=doc, where_to=out)


main(sys.argv[1], sys.argv[2])
