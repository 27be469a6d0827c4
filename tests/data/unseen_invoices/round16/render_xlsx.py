"""Fill an Excel invoice template (openpyxl) from a Doc; the PDF is written by Spire.XLS."""
import io
import segno
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

NUM = {"qty", "up", "amount", "rate", "bonif"}
WID = {"code": 9, "ean": 16, "desc": 44, "qty": 8, "unit": 10, "up": 13, "bonif": 9, "rate": 9, "amount": 14}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def build_xlsx(doc, path, font="Liberation Sans"):
    wb = Workbook(); ws = wb.active; ws.title = "Factura"
    cols = doc.cols; n = len(cols)
    for j, (h, k) in enumerate(cols):
        ws.column_dimensions[chr(65 + j)].width = WID[k]
    last = chr(65 + n - 1); mid = chr(65 + n // 2)
    F = lambda **kw: Font(name=font, size=kw.pop("size", 9), **kw)
    def put(r, c, v, **kw):
        cell = ws[f"{c}{r}"]; cell.value = v; cell.font = F(bold=kw.get("bold", False), size=kw.get("size", 9))
        cell.alignment = Alignment(horizontal=kw.get("h", "left"), vertical="top", wrap_text=kw.get("wrap", False))
        return cell
    r = 1
    put(r, last, doc.copies[0], bold=True, h="right"); r += 1
    top = r
    # issuer on the left (column A, merged over the left half), letter in the middle, document data right
    for kind, txt in doc.issuer_lines:
        put(r, "A", txt, bold=kind in ("big", "b"), size=13 if kind == "big" else 9); r += 1
    r2 = top
    put(r2, mid, doc.letter, bold=True, size=26, h="center"); ws[f"{mid}{r2}"].border = BOX
    ws.row_dimensions[r2].height = 34
    put(r2 + 1, mid, f"COD. {dict(A=1, B=6, C=11)[doc.letter]:02d}", bold=True, size=7, h="center")
    right = chr(65 + n // 2 + 1)
    put(r2, right, "FACTURA", bold=True, size=15)
    for i, ln in enumerate(doc.doc_lines):
        put(r2 + 1 + i, right, ln, bold=i == 0)
    r = max(r, r2 + 1 + len(doc.doc_lines)) + 1
    for ln in doc.buyer_lines:
        put(r, "A", ln); r += 1
    for ln in doc.notes:
        put(r, "A", ln, bold=True); r += 1
    r += 1
    hdr = r
    for j, (h, k) in enumerate(cols):
        c = put(r, chr(65 + j), h, bold=True, h="right" if k in NUM else "left", wrap=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9"); c.border = BOX
    r += 1
    for row in doc.rows:
        for j, (h, k) in enumerate(cols):
            c = put(r, chr(65 + j), row.get(k, ""), h="right" if k in NUM else "left", wrap=k == "desc"); c.border = BOX
        r += 1
    ws.print_title_rows = f"{hdr}:{hdr}"
    r += 1
    if len(doc.rows) > 30:   # long invoice: totals and footer start a new page
        from openpyxl.worksheet.pagebreak import Break
        ws.row_breaks.append(Break(id=r - 1))
    labc = chr(65 + n - 2)
    for lab, val in doc.totals:
        big = lab.startswith("Importe Total")
        put(r, labc, lab, bold=big, h="right"); put(r, last, val, bold=big, h="right"); r += 1
    r += 1
    if len(doc.rows) <= 30:   # footer at the bottom of the page, as the template prints it
        width_px = sum(WID[k] * 7 + 5 for _, k in cols); scale = min(1.0, 717 / width_px)
        used = sum((ws.row_dimensions[i].height or 15) * 96 / 72 for i in range(1, r))
        target = 0.62 * 931 / scale
        while used < target:
            used += 20; r += 1
    qr_row = r
    tc, cum = "A", 0
    if doc.qr_url:   # first column that starts clear of the QR image
        for j, (h, k) in enumerate(cols):
            if cum >= 20: tc = chr(65 + j); break
            cum += WID[k]
    put(r, tc, "Comprobante Autorizado", bold=True)
    for i, ln in enumerate(doc.cae_lines):
        put(r + 1 + i, tc, ln, bold=i == 0)
    put(r + 3, tc, "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación", size=6)
    if doc.qr_url:
        b = io.BytesIO(); segno.make(doc.qr_url, error="m").save(b, kind="png", scale=5, border=4); b.seek(0)
        img = XImage(b); img.width = img.height = 125
        ws.add_image(img, f"A{qr_row}")
        for k in range(7): ws.row_dimensions[r + 4 + k].height = 13
    ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    wb.save(path)
