"""Draw one page description (JSON written by make_invoices.render_v) as a Visio drawing with Aspose.Diagram and save
it as PDF: text boxes (add_text, width fitted to the measured string so that right / centre alignment is done by
placement), rectangles (draw_rectangle, fill and line set on the shape), lines (draw_line), the QR as a picture shape.
Visio works in inches with the origin at the bottom left; the description is in points from the top left."""
import io, json, sys
import aspose.diagram as ad
from PIL import ImageFont

spec = json.load(open(sys.argv[1], encoding='utf-8'))
H = spec['H']
FONT = ImageFont.truetype('/usr/share/fonts/opentype/urw-base35/C059-Roman.otf', 100)  # the face Aspose.Diagram falls back to
def width(s, size): return FONT.getlength(s) / 100 * size
IN = lambda v: float(v) / 72.0

d = ad.Diagram()
for pi, ops in enumerate(spec['pages']):
    if pi == 0:
        pg = d.pages[0]
    else:
        pg = ad.Page(); pg.name = f'Hoja {pi + 1}'; d.pages.add(pg); pg = d.pages[pi]
    pp = pg.page_sheet.page_props
    pp.page_width.value = 8.2677; pp.page_height.value = 11.6929
    for op in ops:
        if op[0] == 't':
            _, x, y, s, size, bold, align = op[:7]
            if bold: size = size * 1.08
            w = width(s, size) * 1.06 + 6
            x0 = x if align == 'l' else (x - w + 3 if align == 'r' else x - w / 2)
            if align == 'l': x0 = x - 3
            cy = y - size * 0.33
            sh = pg.add_text(IN(x0 + w / 2), IN(H - cy), IN(w), IN(size * 1.5), s, 'Liberation Sans', '#000000', IN(size))
            sh.text_block.left_margin.value = IN(3); sh.text_block.right_margin.value = IN(3)
            sh.text_block.top_margin.value = 0.0; sh.text_block.bottom_margin.value = 0.0
        elif op[0] == 'r':
            _, x, y, w, h, fill, stroke = op
            sid = pg.draw_rectangle(IN(x + w / 2), IN(H - y - h / 2), IN(w), IN(h))
            sh = pg.shapes.get_shape(sid)
            if fill:
                sh.fill.fill_foregnd.value = '#%02x%02x%02x' % tuple(fill); sh.fill.fill_pattern.value = 1
            else:
                sh.fill.fill_pattern.value = 0
            sh.line.line_weight.value = IN(0.7) if stroke else 0.0
            if not stroke: sh.line.line_pattern.value = 0
        elif op[0] == 'l':
            _, x1, y1, x2, y2, w = op
            sid = pg.draw_line(IN(x1), IN(H - y1), IN(x2), IN(H - y2))
        elif op[0] == 'q':
            _, x, y, side = op
            pg.add_shape(IN(x), IN(H - y - side), IN(side), IN(side), io.FileIO(spec['qr']))  # picture pin = its bottom-left corner
d.save(sys.argv[2], ad.SaveFileFormat.PDF)
