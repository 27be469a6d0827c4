"""pycairo back end: text and rectangles at coordinates (cairo PDF surface)."""
import os

import cairo

from core import qr_runs, write_qr_png
from layout import build

PT = 72 / 25.4


def draw_pages(doc, out, work, o):
    surf = cairo.PDFSurface(out, 210 * PT, 297 * PT)
    surf.set_metadata(cairo.PDF_METADATA_CREATOR, "FacturadorPyme 3.2")
    surf.set_metadata(cairo.PDF_METADATA_CREATE_DATE, "2026-03-10T10:00:00")
    ctx = cairo.Context(surf)
    face = o.get("font", "DejaVu Sans")
    for ops in build(doc, o):
        for op in ops:
            if op[0] == "text":
                _, x, y, s, size, bold, al = op
                ctx.select_font_face(face, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
                ctx.set_font_size(size)
                w = ctx.text_extents(s).x_advance
                xx = x * PT - (w if al == "r" else w / 2 if al == "c" else 0)
                ctx.move_to(xx, y * PT)
                ctx.show_text(s)
            elif op[0] == "rect":
                _, x, y, w, h, lw = op
                ctx.set_line_width(lw)
                ctx.rectangle(x * PT, y * PT, w * PT, h * PT)
                ctx.stroke()
            elif op[0] == "qr":
                _, x, y, mm, payload, mode = op
                if mode == "vector":
                    n, runs = qr_runs(payload)
                    u = mm / (n + 4) * PT
                    for ry, rx, ln in runs:
                        ctx.rectangle(x * PT + (rx + 2) * u, y * PT + (ry + 2) * u, ln * u, u)
                    ctx.fill()
                else:
                    png = os.path.join(work, "qr.png")
                    write_qr_png(payload, png, scale=4)
                    img = cairo.ImageSurface.create_from_png(png)
                    ctx.save()
                    ctx.translate(x * PT, y * PT)
                    sc = mm * PT / img.get_width()
                    ctx.scale(sc, sc)
                    ctx.set_source_surface(img, 0, 0)
                    ctx.get_source().set_filter(cairo.FILTER_NEAREST)
                    ctx.paint()
                    ctx.restore()
        ctx.show_page()
    surf.finish()


def render(doc, out, work):
    draw_pages(doc, out, work, doc.r["o"])
