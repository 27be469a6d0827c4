"""Prefix s: skia-python, Skia's own PDF backend (skia.PDF.MakeDocument -> SkPDFDocument; not through Chromium).
Lato Regular / Bold typefaces (Skia embeds and subsets them with ToUnicode), canvas.drawString, drawRect, drawLine;
the QR drawn with canvas.drawRect per run of dark modules (vectors)."""
import skia

from layout import TTFMetrics, layout, W, H

REG = "/usr/share/fonts/truetype/lato/Lato-Regular.ttf"
BOLD = "/usr/share/fonts/truetype/lato/Lato-Bold.ttf"
METRICS = TTFMetrics(REG, BOLD)


def render(doc, out):
    tf = {False: skia.Typeface.MakeFromFile(REG), True: skia.Typeface.MakeFromFile(BOLD)}
    stream = skia.FILEWStream(out)
    meta = skia.PDF.Metadata()
    meta.fTitle = f"Factura {doc.letter} {doc.pos:05d}-{doc.number:08d}"
    meta.fCreator = "Sistema de facturación (skia-python)"
    pdf = skia.PDF.MakeDocument(stream, meta)
    black = skia.Paint(Color=skia.ColorBLACK, AntiAlias=True)
    for pg in layout(doc, METRICS):
        canvas = pdf.beginPage(W, H)
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, bold, size, align = op
                font = skia.Font(tf[bold], size)
                wd = font.measureText(s)
                if align == "r":
                    x -= wd
                elif align == "c":
                    x -= wd / 2
                canvas.drawString(s, x, y, font, black)
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw = op
                canvas.drawLine(x1, y1, x2, y2, skia.Paint(Color=skia.ColorBLACK, StrokeWidth=lw, Style=skia.Paint.kStroke_Style))
            elif op[0] == "rect":
                _, x, y, rw, rh, fill, stroke = op
                r = skia.Rect.MakeXYWH(x, y, rw, rh)
                if fill is not None:
                    g = int(fill * 255)
                    canvas.drawRect(r, skia.Paint(Color=skia.Color(g, g, g), Style=skia.Paint.kFill_Style))
                if stroke:
                    canvas.drawRect(r, skia.Paint(Color=skia.ColorBLACK, StrokeWidth=stroke, Style=skia.Paint.kStroke_Style))
            elif op[0] == "qr":
                _, x, y, mod, mat = op
                p = skia.Paint(Color=skia.ColorBLACK, Style=skia.Paint.kFill_Style, AntiAlias=False)
                path = skia.Path()
                for i, row in enumerate(mat):
                    j = 0
                    while j < len(row):
                        if row[j]:
                            k = j
                            while k < len(row) and row[k]:
                                k += 1
                            path.addRect(skia.Rect.MakeXYWH(x + j * mod, y + i * mod, (k - j) * mod, mod))
                            j = k
                        else:
                            j += 1
                canvas.drawPath(path, p)
        pdf.endPage()
    pdf.close()
    stream.flush()
    del stream
