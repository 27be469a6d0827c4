"""c: spreadsheet invoice built with openpyxl (cells, merged cells, borders, number formats, QR PNG anchored),
laid out and saved as PDF by Aspose.Cells for Python via .NET (its own renderer; evaluation mode).
Amount and quantity cells are numeric with Excel number formats; Aspose renders them with ',' as decimal
separator and '.' as group separator (WorkbookSettings), so the printed form equals the Doc's formatted string."""
import math, os, subprocess, sys, datetime
from decimal import Decimal
import openpyxl, segno
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image
from openpyxl.worksheet.pagebreak import Break
from openpyxl.utils import get_column_letter as CL

FONT = "Liberation Sans"
thin = Side(style="thin"); med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def F(sz=9, b=False): return Font(name=FONT, size=sz, bold=b)

def numfmt(doc, kind):
    st = doc.amt_style
    if kind == "amount": return {"dot": "#,##0.00", "plain": "0.00", "dollar": '"$ "#,##0.00'}[st]
    if kind == "kg": return "0.000"
    if kind == "un": return "0.00" if doc.qty_style == "dec2" else "0"
    if kind == "pct": return "0.00"

def put(ws, r, c, v, font=None, al=None, fmt=None, border=None, fill=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = font or F()
    if al: cell.alignment = al
    if fmt: cell.number_format = fmt
    if border: cell.border = border
    if fill: cell.fill = fill
    return cell

def merge_put(ws, r, c1, c2, v, **kw):
    cell = put(ws, r, c1, v, **kw)
    if c2 > c1: ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    return cell

def build_sheet(ws, doc, copy, qrpng):
    cols = doc.o["cols"]; k = len(cols)
    widths = []
    for key, h in cols:
        if key == "desc": widths.append(44)
        else: widths.append(max([len(h)] + [len(doc.cell(it, key)) for it in doc.items]) + 3)
    # header split: left block, letter box column, right block
    b = 1
    while sum(widths[:b]) < 44 and b < k - 2: b += 1
    while sum(widths[b + 1:]) < 40: widths[-1] += 1
    for i, w in enumerate(widths): ws.column_dimensions[CL(i + 1)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4; ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.sheet_view.showGridLines = False
    r = 1
    if copy:
        merge_put(ws, r, 1, k, copy, font=F(11, True), al=Alignment(horizontal="center"), border=BOX); r += 1
    top = r
    left = list(doc.issuer_lines) + [doc.address, "Condición frente al IVA: " + doc.cond_iva]
    right = ["FACTURA"] + doc.number_lines() + [f"Fecha de Emisión: {doc.date_s()}", f"CUIT: {doc.cuit_s()}",
             f"Ingresos Brutos: {doc.iibb}", f"Fecha de Inicio de Actividades: {doc.inicio.strftime('%d/%m/%Y')}"]
    if doc.o.get("numfmt") == "pv" and doc.name.startswith("c0"):
        right[1:2] = [f"Punto de Venta: {doc.pos:05d}", f"Comp. Nro: {doc.number:08d}"] if doc.name < "c05" else right[1:2]
    n = max(len(left), len(right))
    for i in range(n):
        if i < len(left):
            merge_put(ws, r + i, 1, b, left[i], font=F(12 if i < len(doc.issuer_lines) else 9, i < len(doc.issuer_lines)))
        if i < len(right):
            merge_put(ws, r + i, b + 2, k, right[i], font=F(13 if i == 0 else 9, i == 0))
    put(ws, top, b + 1, doc.letter, font=F(22, True), al=Alignment(horizontal="center", vertical="center"))
    ws.merge_cells(start_row=top, start_column=b + 1, end_row=top + 1, end_column=b + 1)
    put(ws, top + 2, b + 1, f"COD. {doc.code:02d}", font=F(7, True), al=Alignment(horizontal="center"))
    for rr in range(top, top + 3):
        ws.cell(row=rr, column=b + 1).border = Border(left=med, right=med, top=med if rr == top else None, bottom=med if rr == top + 2 else None)
    ws.row_dimensions[top].height = 18
    r += n
    for c in range(1, k + 1): ws.cell(row=r, column=c).border = Border(top=med)
    r += 1
    bb = doc.buyer
    idl = ("CUIT: " + doc.cuit_s(bb["doc"])) if bb["doc_type"] == 80 else ("DNI: " + bb["doc"] if bb["doc_type"] == 96 else "")
    blab = "Razón Social:" if doc.letter == "A" else ("Cliente:" if doc.letter == "C" else "Señor(es):")
    for line in [f"{blab} {bb['name']}", f"Domicilio: {doc.buyer_addr}", f"Condición frente al IVA: {bb['cond']}   {idl}".rstrip(),
                 "Condición de venta: " + ("Cuenta Corriente" if doc.letter == "A" else "Contado")]:
        merge_put(ws, r, 1, k, line, font=F(9), border=Border(left=thin, right=thin))
        for c in range(2, k + 1): ws.cell(row=r, column=c).border = Border(right=thin) if c == k else Border()
        r += 1
    for c in range(1, k + 1): ws.cell(row=r - 1, column=c).border = Border(bottom=thin, left=thin if c == 1 else None, right=thin if c == k else None)
    r += 1
    grey = PatternFill("solid", fgColor="D9D9D9")
    hdr = r
    for c, (key, h) in enumerate(cols, 1):
        put(ws, r, c, h, font=F(9, True), al=Alignment(horizontal="left" if key in ("desc", "code", "ean") else "right"), border=BOX, fill=grey)
    ws.print_title_rows = f"{hdr}:{hdr}"
    r += 1
    for it in doc.items:
        lines = max(1, math.ceil(len(it["description"]) / 46))
        for c, (key, _) in enumerate(cols, 1):
            al = Alignment(horizontal="left" if key in ("desc", "code", "ean", "unit") else "right", vertical="top", wrap_text=key == "desc")
            if key in ("price", "amount") and it[{"price": "price", "amount": "amount"}[key]] is not None:
                v = float(it["price" if key == "price" else "amount"]); fm = numfmt(doc, "amount")
            elif key == "qty" and it["qty"] is not None:
                v = float(it["qty"]); fm = numfmt(doc, it["unit"])
            elif key == "bonif" and it["price"] is not None:
                v = float(it["bonif"]); fm = numfmt(doc, "pct")
            else:
                v = doc.cell(it, key) or None; fm = "@"
            put(ws, r, c, v, font=F(9), al=al, fmt=fm, border=Border(left=thin, right=thin))
        if lines > 1: ws.row_dimensions[r].height = 12.5 * lines
        r += 1
    for c in range(1, k + 1): ws.cell(row=r, column=c).border = Border(top=thin)
    if doc.o.get("multipage"):
        ws.row_breaks.append(Break(id=r - 1))
    r += 1
    for lab, val in doc.totals_rows():
        merge_put(ws, r, max(1, k - 3), k - 1, lab, font=F(10 if "Total" in lab else 9, "Total" in lab), al=Alignment(horizontal="right"))
        put(ws, r, k, val, font=F(10 if "Total" in lab else 9, "Total" in lab), al=Alignment(horizontal="right"))
        r += 1
    if doc.currency == "USD":
        merge_put(ws, r, 1, k, f"Moneda: USD   Tipo de cambio: {doc.ctz}", font=F(9)); r += 1
    r += 1
    foot = r
    x = 1
    if qrpng:
        img = Image(qrpng); img.width = img.height = 140
        ws.add_image(img, f"A{r}")
        x = 1
    texts = ["Comprobante Autorizado", f"CAE N°: {doc.cae}", f"Fecha de Vto. de CAE: {doc.cae_vto.strftime('%d/%m/%Y')}"]
    for i, t in enumerate(texts):
        merge_put(ws, foot + 1 + i, b + 1 if qrpng else 1, k, t, font=F(9, i == 0))
    for i in range(9): ws.row_dimensions[foot + i].height = 13
    return r

def render(doc, pdf_path, tmp):
    wb = openpyxl.Workbook()
    qrpng = None
    if doc.qr_fields:
        qrpng = f"{tmp}/{doc.name}_qr.png"
        segno.make(doc.qr_payload(), error="m").save(qrpng, scale=5, border=4)
    copies = doc.copies or [None]
    for i, copy in enumerate(copies):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = copy or "Factura"
        build_sheet(ws, doc, copy, qrpng)
    xlsx = f"{tmp}/{doc.name}.xlsx"
    wb.save(xlsx)
    env = dict(os.environ, LD_LIBRARY_PATH="/work/round17-scratch/bull/root/usr/lib/x86_64-linux-gnu",
               DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="1")
    subprocess.run([sys.executable, "-c", (
        "import aspose.cells as ac, sys\n"
        "w = ac.Workbook(sys.argv[1]); w.settings.number_decimal_separator = ','; w.settings.number_group_separator = '.'\n"
        "w.save(sys.argv[2], ac.SaveFormat.PDF)\n"), xlsx, pdf_path], check=True, env=env)
