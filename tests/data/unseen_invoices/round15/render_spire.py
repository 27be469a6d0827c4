"""Spire.PDF for Python (evaluation mode): PdfCanvas.DrawString / DrawRectangle / DrawLine and PdfGrid for the items."""
import os

import segno
from spire.pdf import *          # noqa: F401,F403
from spire.pdf.common import *   # noqa: F401,F403

NUMERIC = {"qty", "price", "bonif", "rate", "net", "amount"}
WIDTHS = {"code": 46, "ean": 76, "desc": 0, "qty": 46, "unit": 36, "price": 62, "bonif": 40, "rate": 50, "net": 66,
          "amount": 70}
W = 535.0   # client width (A4 with 30 pt margins)
T = 26.0    # the evaluation notice takes the top of every page's client area


def fonts():
    return {
        "n": PdfFont(PdfFontFamily.Helvetica, 8.5, PdfFontStyle.Regular),
        "s": PdfFont(PdfFontFamily.Helvetica, 7.5, PdfFontStyle.Regular),
        "b": PdfFont(PdfFontFamily.Helvetica, 9.0, PdfFontStyle.Bold),
        "big": PdfFont(PdfFontFamily.Helvetica, 14.0, PdfFontStyle.Bold),
        "letter": PdfFont(PdfFontFamily.Helvetica, 28.0, PdfFontStyle.Bold),
    }


BLACK = None


def R(x, y, w, h):
    return RectangleF(float(x), float(y), float(w), float(h))


def text(cv, s, f, x, y, align="left"):
    if align == "right":
        cv.DrawString(s, f, PdfBrushes.get_Black(), float(x), float(y), PdfStringFormat(PdfTextAlignment.Right))
    elif align == "center":
        cv.DrawString(s, f, PdfBrushes.get_Black(), float(x), float(y), PdfStringFormat(PdfTextAlignment.Center))
    else:
        cv.DrawString(s, f, PdfBrushes.get_Black(), float(x), float(y))


def draw_qr(cv, url, x, y, mod=1.6):
    qr = segno.make(url, error="m", micro=False)
    for r, row in enumerate(qr.matrix):
        c = 0
        n = len(row)
        while c < n:
            if row[c]:
                s = c
                while c < n and row[c]:
                    c += 1
                cv.DrawRectangle(PdfBrushes.get_Black(), R(x + s * mod, y + r * mod, (c - s) * mod, mod))
            else:
                c += 1
    return len(qr.matrix) * mod


def render(d, out_pdf, work):
    F = fonts()
    doc = PdfDocument()
    doc.PageSettings.Size = PdfPageSize.A4()
    doc.PageSettings.Margins = PdfMargins(30.0, 36.0, 30.0, 36.0)
    page = doc.Pages.Add()
    cv = page.Canvas
    pen = PdfPen(PdfRGBColor(Color.get_Black()), 0.8)
    # outer header frame
    cv.DrawRectangle(pen, R(0.0, T, W, 150.0))
    cv.DrawLine(pen, float(W / 2), T + 46.0, float(W / 2), T + 150.0)
    # letter box, centre
    cv.DrawRectangle(pen, R(W / 2 - 24, T, 48.0, 46.0))
    text(cv, d.letter(), F["letter"], W / 2, T + 4, "center")
    text(cv, "Cód. " + {"A": "001", "B": "006", "C": "011"}[d.kind], F["s"], W / 2, T + 35, "center")
    # issuer, left
    y = T + 10.0
    for s, st in d.issuer_lines():
        f = F["big"] if st == "big" else (F["b"] if st == "bold" else F["s"])
        # long normal lines may need wrapping in a half-width column
        for part in wrap(s, 52 if st == "normal" else 40):
            text(cv, part, f, 8, y)
            y += 17 if st == "big" else 11
    # document data, right
    y = T + 52.0
    x2 = W / 2 + 12
    if d.num_form != "title":
        text(cv, "FACTURA", F["big"], W / 2 + 40, T + 12)
    for ln in d.doc_lines():
        text(cv, ln, F["b"] if ln.startswith(("Comp", "Nº", "FACTURA")) else F["n"], x2, y)
        y += 12
    if d.num_form == "title":
        pass
    for ln in d.fiscal_lines():
        text(cv, ln, F["n"], x2, y)
        y += 11
    # buyer
    y = T + 158.0
    bl = d.buyer_lines()
    cv.DrawRectangle(PdfPen(PdfRGBColor(Color.get_Black()), 0.5), R(0.0, y, W, 8 + 11 * ((len(bl) + 1) // 2)))
    for i, ln in enumerate(bl):
        text(cv, ln, F["n"], 6 + (i % 2) * (W / 2), y + 4 + 11 * (i // 2))
    y += 14 + 11 * ((len(bl) + 1) // 2)
    # items grid
    grid = PdfGrid()
    cols = d.cols
    grid.Columns.Add(len(cols))
    fixed = sum(WIDTHS[k] for k, _ in cols if k != "desc")
    for i, (k, _) in enumerate(cols):
        grid.Columns[i].Width = float(WIDTHS[k] if k != "desc" else W - fixed)
        if k in NUMERIC:
            grid.Columns[i].Format = PdfStringFormat(PdfTextAlignment.Right, PdfVerticalAlignment.Middle)
    hdr = grid.Headers.Add(1)[0]
    for i, (k, lab) in enumerate(cols):
        hdr.Cells[i].Value = lab
        if k in NUMERIC:
            hdr.Cells[i].StringFormat = PdfStringFormat(PdfTextAlignment.Right, PdfVerticalAlignment.Middle)
    hdr.Style.Font = PdfFont(PdfFontFamily.Helvetica, 8.0, PdfFontStyle.Bold)
    hdr.Style.BackgroundBrush = PdfSolidBrush(PdfRGBColor(Color.get_Gainsboro()))
    for it in d.items:
        r = grid.Rows.Add()
        for i, (k, _) in enumerate(cols):
            r.Cells[i].Value = d.cell(it, k)
    grid.Style.Font = PdfFont(PdfFontFamily.Helvetica, 8.0, PdfFontStyle.Regular)
    grid.Style.CellPadding = PdfPaddings(2.0, 2.0, 2.0, 2.0)
    grid.RepeatHeader = True
    lf = PdfGridLayoutFormat()
    lf.Layout = PdfLayoutType.Paginate
    lf.Break = PdfLayoutBreakType.FitPage
    lf.PaginateBounds = R(0.0, T, W, 700.0)
    res = grid.Draw(page, PointF(0.0, float(y)), lf)
    page = res.Page
    cv = page.Canvas
    y = res.Bounds.Bottom + 10
    tl = d.totals_lines()
    need = 14 * len(tl) + 130
    if y + need > 770:
        page = doc.Pages.Add()
        cv = page.Canvas
        y = T + 10.0
    for lab, val in tl:
        last = lab.startswith(("Importe Total", "TOTAL", "Total"))
        f = F["b"] if last else F["n"]
        text(cv, lab, f, W - 95, y, "right")
        text(cv, val, f, W, y, "right")
        y += 14
    y += 10
    cv.DrawLine(PdfPen(PdfRGBColor(Color.get_Black()), 0.5), 0.0, float(y), W, float(y))
    y += 8
    if d.qr_mode == "image":
        png = os.path.join(work, d.name + "_qr.png")
        segno.make(d.qr_url(), error="m", micro=False).save(png, scale=5, border=0)
        cv.DrawImage(PdfImage.FromFile(png), 0.0, float(y), 92.0, 92.0)
        size = 92.0
    elif d.qr_mode:
        size = draw_qr(cv, d.qr_url(), 0.0, y)
    else:
        size = 0
    xc = size + 16
    for ln in d.cae_lines():
        text(cv, ln, F["b"], W, y + 8, "right")
        y += 13
    text(cv, "Comprobante Autorizado", F["b"], xc, y - 26 + 8)
    text(cv, "Documento generado electrónicamente - RG 4291/2018", F["s"], xc, y + 10)
    n = doc.Pages.Count
    if n > 1:
        for i in range(n):
            pg = doc.Pages[i]
            text(pg.Canvas, f"Hoja {i + 1} de {n}", F["s"], W, 760, "right")
    doc.DocumentInformation.Creator = "Sistema de Facturación"
    doc.SaveToFile(out_pdf)
    doc.Close()


def wrap(s, n):
    words, out, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out
