"""Prefix h: pyHanko's own PDF writer (pyhanko.pdf_utils.writer.PdfFileWriter) and its OpenType font engine
(GlyphAccumulatorFactory: HarfBuzz shaping, subset CID font with ToUnicode, ActualText spans). GNU FreeSans (CFF OpenType, 1000 units/em: pyHanko writes raw glyph widths into /W, so a 2048-unit TrueType font comes out too wide);
content streams built from the engine's shaped TJ operators; the QR is a segno PNG written as an image XObject by
pyhanko.pdf_utils.images.pil_image."""
import io

import segno
from PIL import Image
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.images import pil_image
from pyhanko.pdf_utils.writer import PdfFileWriter

from layout import TTFMetrics, layout, H, W

REG = "/usr/share/fonts/opentype/freefont/FreeSans.otf"
BOLD = "/usr/share/fonts/opentype/freefont/FreeSansBold.otf"
METRICS = TTFMetrics(REG, BOLD)


def render(doc, out):
    w = PdfFileWriter()
    fe = {False: GlyphAccumulatorFactory(REG).create_font_engine(w),
          True: GlyphAccumulatorFactory(BOLD).create_font_engine(w)}
    qr_ref = None
    if doc.qr:
        buf = io.BytesIO()
        segno.make(doc.qr, error="m", micro=False).save(buf, kind="png", scale=4, border=0)
        qr_ref = pil_image(Image.open(io.BytesIO(buf.getvalue())).convert("L"), w)
    for pg in layout(doc, METRICS):
        ops = []
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, bold, size, align = op
                sh = fe[bold].shape(s)
                wd = sh.x_advance * size
                if align == "r":
                    x -= wd
                elif align == "c":
                    x -= wd / 2
                ops.append(b"BT /F%d %g Tf 1 0 0 1 %.2f %.2f Tm %s ET" % (2 if bold else 1, size, x, H - y, sh.graphics_ops))
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw = op
                ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (lw, x1, H - y1, x2, H - y2))
            elif op[0] == "rect":
                _, x, y, rw, rh, fill, stroke = op
                r = b"%.2f %.2f %.2f %.2f re" % (x, H - y - rh, rw, rh)
                if fill is not None:
                    ops.append(b"q %.2f g %s f Q" % (fill, r))
                if stroke:
                    ops.append(b"%.2f w %s S" % (stroke, r))
            elif op[0] == "qr":
                _, x, y, mod, mat = op
                side = mod * len(mat)
                ops.append(b"q %.2f 0 0 %.2f %.2f %.2f cm /QR Do Q" % (side, side, x, H - y - side))
        stream = generic.StreamObject(stream_data=b"\n".join(ops))
        res = generic.DictionaryObject({
            pdf_name("/Font"): generic.DictionaryObject({pdf_name("/F1"): fe[False].as_resource(),
                                                         pdf_name("/F2"): fe[True].as_resource()})})
        if qr_ref is not None:
            res[pdf_name("/XObject")] = generic.DictionaryObject({pdf_name("/QR"): qr_ref})
        page = generic.DictionaryObject({
            pdf_name("/Type"): pdf_name("/Page"),
            pdf_name("/MediaBox"): generic.ArrayObject([generic.NumberObject(0), generic.NumberObject(0),
                                                        generic.FloatObject(W), generic.FloatObject(H)]),
            pdf_name("/Resources"): res,
            pdf_name("/Contents"): w.add_object(stream)})
        w.insert_page(page)
    for e in fe.values():
        e.prepare_write()
    with open(out, "wb") as f:
        w.write(f)
