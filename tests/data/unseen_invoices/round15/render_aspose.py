"""Aspose.PDF for Python via .NET (evaluation mode): document object model (Table / Row / Cell / TextFragment / Image)."""
import io
import os

import aspose.pdf as ap
import segno

NUMERIC = {"qty", "price", "bonif", "rate", "net", "amount"}
WIDTHS = {"code": 48, "ean": 78, "desc": 0, "qty": 44, "unit": 46, "price": 66, "bonif": 44, "rate": 46, "net": 70,
          "amount": 72}


def frag(text, size=8.5, bold=False, align=None, color=None):
    tf = ap.text.TextFragment(text)
    ts = tf.text_state
    ts.font = ap.text.FontRepository.find_font("Helvetica-Bold" if bold else "Helvetica")
    ts.font_size = size
    if align == "right":
        ts.horizontal_alignment = ap.HorizontalAlignment.RIGHT
    elif align == "center":
        ts.horizontal_alignment = ap.HorizontalAlignment.CENTER
    return tf


def border(width=0.5):
    return ap.BorderInfo(ap.BorderSide.ALL, width)


def build_page(pdf, d, copy, qr_png):
    page = pdf.pages.add()
    page.page_info.width, page.page_info.height = 595.0, 842.0
    page.page_info.margin = ap.MarginInfo(28, 28, 28, 30)
    P = page.paragraphs
    P.add(frag(copy, 10, True, "center"))
    # header: issuer | letter | document data
    head = ap.Table()
    head.column_widths = "240 60 239"
    head.default_cell_padding = ap.MarginInfo(4, 3, 4, 3)
    head.border = border(0.8)
    row = head.rows.add()
    c1 = row.cells.add()
    for text, st in d.issuer_lines():
        c1.paragraphs.add(frag(text, 13 if st == "big" else 9, st in ("big", "bold")))
    c2 = row.cells.add()
    c2.border = border(0.8)
    c2.paragraphs.add(frag(d.letter(), 26, True, "center"))
    c2.paragraphs.add(frag(f"COD. {d.qr_fields['doc_code'] if False else {'A': '01', 'B': '06', 'C': '11'}[d.kind]}",
                           7, True, "center"))
    c3 = row.cells.add()
    if d.num_form != "title":
        c3.paragraphs.add(frag("FACTURA", 14, True))
    for ln in d.doc_lines():
        c3.paragraphs.add(frag(ln, 9, ln.startswith(("Comp", "Nº", "FACTURA"))))
    for ln in d.fiscal_lines():
        c3.paragraphs.add(frag(ln, 8.5))
    P.add(head)
    sp = frag(" ", 4)
    P.add(sp)
    # buyer
    bt = ap.Table()
    bt.column_widths = "539"
    bt.border = border(0.5)
    bt.default_cell_padding = ap.MarginInfo(4, 2, 4, 2)
    bc = bt.rows.add().cells.add()
    for ln in d.buyer_lines():
        bc.paragraphs.add(frag(ln, 8.5))
    P.add(bt)
    P.add(frag(" ", 4))
    # items
    cols = d.cols
    fixed = sum(WIDTHS[k] for k, _ in cols if k != "desc")
    widths = [WIDTHS[k] if k != "desc" else 539 - fixed for k, _ in cols]
    t = ap.Table()
    t.column_widths = " ".join(str(w) for w in widths)
    t.default_cell_padding = ap.MarginInfo(3, 2, 3, 2)
    t.default_cell_border = ap.BorderInfo(ap.BorderSide.BOTTOM, 0.3)
    t.repeating_rows_count = 1
    hr = t.rows.add()
    hr.background_color = ap.Color.light_gray
    for k, lab in cols:
        c = hr.cells.add()
        c.paragraphs.add(frag(lab, 8, True, "right" if k in NUMERIC else None))
    for it in d.items:
        r = t.rows.add()
        for k, _ in cols:
            c = r.cells.add()
            c.paragraphs.add(frag(d.cell(it, k), 8, False, "right" if k in NUMERIC else None))
    P.add(t)
    P.add(frag(" ", 6))
    # totals
    tt = ap.Table()
    tt.column_widths = "339 120 80"
    tt.default_cell_padding = ap.MarginInfo(2, 1, 2, 1)
    for lab, val in d.totals_lines():
        r = tt.rows.add()
        r.cells.add()
        last = lab.startswith(("Importe Total", "TOTAL", "Total"))
        r.cells.add().paragraphs.add(frag(lab, 9.5 if last else 8.5, last, "right"))
        r.cells.add().paragraphs.add(frag(val, 9.5 if last else 8.5, last, "right"))
    P.add(tt)
    P.add(frag(" ", 8))
    # QR + CAE
    ft = ap.Table()
    ft.column_widths = "110 429"
    r = ft.rows.add()
    qc = r.cells.add()
    if qr_png:
        img = ap.Image()
        img.file = qr_png
        img.fix_width = 96
        img.fix_height = 96
        qc.paragraphs.add(img)
    cc = r.cells.add()
    cc.paragraphs.add(frag("Comprobante Autorizado", 9, True))
    for ln in d.cae_lines():
        cc.paragraphs.add(frag(ln, 9, True))
    cc.paragraphs.add(frag("Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle "
                           "de la operación.", 7))
    P.add(ft)


def render(d, out_pdf, work):
    qr_png = None
    if d.qr_mode:
        qr_png = os.path.join(work, d.name + "_qr.png")
        segno.make(d.qr_url(), error="m", micro=False).save(qr_png, scale=6, border=2)
    pdf = ap.Document()
    pdf.info.creator = "Sistema de Facturación"
    for copy in d.copies:
        build_page(pdf, d, copy, qr_png)
    pdf.save(out_pdf)
