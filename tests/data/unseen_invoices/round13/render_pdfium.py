"""Prefix u: PDFium's own page-object API through pypdfium2 (FPDF_CreateNewDocument, FPDFText_LoadFont,
FPDFPageObj_CreateTextObj, FPDFText_SetText, FPDFPageObj_CreateNewRect, FPDFPath_*, FPDFPage_GenerateContent,
FPDF_SaveAsCopy via PdfDocument.save). Liberation Sans embedded as CID TrueType; QR as filled rectangles."""
import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as c

from layout import TTFMetrics, layout, H

REG = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
BOLD = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
METRICS = TTFMetrics(REG, BOLD)


def render(doc, out):
    pdf = pdfium.PdfDocument.new()
    raw = pdf.raw
    fonts, keep = {}, []
    for key, path in ((False, REG), (True, BOLD)):
        data = open(path, "rb").read()
        buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        keep.append(buf)
        fonts[key] = c.FPDFText_LoadFont(raw, buf, len(data), c.FPDF_FONT_TRUETYPE, True)
    pages = layout(doc, METRICS)
    for n, pg in enumerate(pages):
        page = pdf.new_page(595.28, 841.89)
        for op in pg.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, bold, size, align = op
                w = METRICS.width(s, bold, size)
                if align == "r":
                    x -= w
                elif align == "c":
                    x -= w / 2
                t = c.FPDFPageObj_CreateTextObj(raw, fonts[bold], size)
                u = (s + "\0").encode("utf-16-le")
                arr = (ctypes.c_ushort * (len(u) // 2)).from_buffer_copy(u)
                c.FPDFText_SetText(t, arr)
                c.FPDFPageObj_Transform(t, 1, 0, 0, 1, x, H - y)
                c.FPDFPage_InsertObject(page.raw, t)
            elif kind == "line":
                _, x1, y1, x2, y2, w = op
                p = c.FPDFPageObj_CreateNewPath(x1, H - y1)
                c.FPDFPath_LineTo(p, x2, H - y2)
                c.FPDFPageObj_SetStrokeColor(p, 0, 0, 0, 255)
                c.FPDFPageObj_SetStrokeWidth(p, w)
                c.FPDFPath_SetDrawMode(p, 0, True)
                c.FPDFPage_InsertObject(page.raw, p)
            elif kind == "rect":
                _, x, y, w, h, fill, stroke = op
                r = c.FPDFPageObj_CreateNewRect(x, H - y - h, w, h)
                if fill is not None:
                    g = int(fill * 255)
                    c.FPDFPageObj_SetFillColor(r, g, g, g, 255)
                if stroke:
                    c.FPDFPageObj_SetStrokeColor(r, 0, 0, 0, 255)
                    c.FPDFPageObj_SetStrokeWidth(r, stroke)
                c.FPDFPath_SetDrawMode(r, c.FPDF_FILLMODE_WINDING if fill is not None else 0, bool(stroke))
                c.FPDFPage_InsertObject(page.raw, r)
            elif kind == "qr":
                _, x, y, mod, mat = op
                for i, row in enumerate(mat):
                    j = 0
                    while j < len(row):
                        if row[j]:
                            k = j
                            while k < len(row) and row[k]:
                                k += 1
                            r = c.FPDFPageObj_CreateNewRect(x + j * mod, H - y - (i + 1) * mod, (k - j) * mod, mod)
                            c.FPDFPageObj_SetFillColor(r, 0, 0, 0, 255)
                            c.FPDFPath_SetDrawMode(r, c.FPDF_FILLMODE_WINDING, False)
                            c.FPDFPage_InsertObject(page.raw, r)
                            j = k
                        else:
                            j += 1
        page.gen_content()
        page.close()
    pdf.save(out)
    pdf.close()
