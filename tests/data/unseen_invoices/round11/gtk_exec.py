"""GTK 3 PrintOperation exporting a draw list (JSON, see layout.py) to PDF; text with Pango layouts.
usage: xvfb-run -a python3 gtk_exec.py pages.json out.pdf"""
import json, sys
import gi
gi.require_version("Gtk", "3.0")
gi.require_version("PangoCairo", "1.0")
from gi.repository import Gtk, Pango, PangoCairo

pages = json.load(open(sys.argv[1]))
out = sys.argv[2]


def draw_page(op, ctx, nr):
    cr = ctx.get_cairo_context()
    cr.set_source_rgb(0, 0, 0)
    for o in pages[nr]:
        if o[0] == "t":
            _, x, y, t, size, bold, al = o
            lay = ctx.create_pango_layout()
            fd = Pango.FontDescription.from_string(f"DejaVu Sans {'Bold ' if bold else ''}{size}")
            lay.set_font_description(fd)
            lay.set_text(t, -1)
            w, h = lay.get_pixel_size()
            base = lay.get_baseline() / Pango.SCALE
            dx = {"l": 0, "r": -w, "c": -w / 2}[al]
            cr.move_to(x + dx, y - base)
            PangoCairo.show_layout(cr, lay)
        elif o[0] == "l":
            _, x1, y1, x2, y2, w = o
            cr.set_line_width(w)
            cr.move_to(x1, y1)
            cr.line_to(x2, y2)
            cr.stroke()
        elif o[0] == "r":
            _, x, y, w, h, fill = o
            cr.rectangle(x, y, w, h)
            if fill:
                cr.fill()
            else:
                cr.set_line_width(0.8)
                cr.stroke()
        elif o[0] == "qr":
            _, x, y, mod, m = o
            for r, row in enumerate(m):
                for c, v in enumerate(row):
                    if v:
                        cr.rectangle(x + c * mod, y + r * mod, mod, mod)
            cr.fill()


po = Gtk.PrintOperation()
ps = Gtk.PageSetup()
ps.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4))
for f in (ps.set_top_margin, ps.set_bottom_margin, ps.set_left_margin, ps.set_right_margin):
    f(0, Gtk.Unit.POINTS)
po.set_default_page_setup(ps)
po.set_use_full_page(True)
po.set_unit(Gtk.Unit.POINTS)
po.set_n_pages(len(pages))
po.set_export_filename(out)
po.connect("draw-page", draw_page)
res = po.run(Gtk.PrintOperationAction.EXPORT, None)
print(res)
