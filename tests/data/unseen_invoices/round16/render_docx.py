"""Fill a Word invoice template (python-docx) from a Doc; the PDF is written by Aspose.Words or Spire.Doc."""
import io, zlib
import segno
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NUM = {"qty", "up", "amount", "rate", "bonif"}
WIDTH = {"code": 1.6, "ean": 2.7, "desc": 7.0, "qty": 1.4, "unit": 1.7, "up": 2.2, "bonif": 1.5, "rate": 1.6, "amount": 2.4}

def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill); tcPr.append(sh)

def _borders(table, sz=4):
    tblPr = table._tbl.tblPr; b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), str(sz)); x.set(qn("w:color"), "808080"); b.append(x)
    tblPr.append(b)

def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)

def _para(cell_or_doc, text, bold=False, size=None, align=None, first=False):
    p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align: p.alignment = align
    p.paragraph_format.space_after = Pt(1); p.paragraph_format.space_before = Pt(0)
    return p

def qr_png(url):
    b = io.BytesIO(); segno.make(url, error="m").save(b, kind="png", scale=6, border=4); b.seek(0); return b

def build_docx(doc, path, font="Liberation Sans", variant=0):
    D = Document()
    st = D.styles["Normal"]; st.font.name = font; st.font.size = Pt(8.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = D.sections[0]; sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5); sec.top_margin = Cm(1.2); sec.bottom_margin = Cm(1.5)
    first_para_used = False
    for ci, copy in enumerate(doc.copies):
        if ci:
            D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(D, copy, bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER if variant else WD_ALIGN_PARAGRAPH.RIGHT,
              first=not first_para_used and bool(D.paragraphs)); first_para_used = True
        # header: issuer | letter | document
        t = D.add_table(rows=1, cols=3); _borders(t, 6); t.alignment = WD_TABLE_ALIGNMENT.CENTER
        cl, cm, cr = t.rows[0].cells
        cl.width, cm.width, cr.width = Cm(8.2), Cm(2.2), Cm(7.6)
        for i, (kind, txt) in enumerate(doc.issuer_lines):
            _para(cl, txt, bold=kind in ("big", "b"), size=13 if kind == "big" else (9.5 if kind == "b" else None), first=i == 0)
        _para(cm, doc.letter, bold=True, size=28, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
        _para(cm, f"COD. {dict(A=1, B=6, C=11)[doc.letter]:02d}", bold=True, size=7, align=WD_ALIGN_PARAGRAPH.CENTER)
        _para(cr, "FACTURA", bold=True, size=16, first=True)
        for ln in doc.doc_lines:
            _para(cr, ln, bold=ln.startswith(("Punto", "Nº", "FACTURA", "Nro", "Comprobante")))
        _para(D, "")
        # buyer
        if variant:
            for ln in doc.buyer_lines: _para(D, ln)
        else:
            bt = D.add_table(rows=1, cols=1); _borders(bt)
            for i, ln in enumerate(doc.buyer_lines): _para(bt.rows[0].cells[0], ln, first=i == 0)
        for ln in doc.notes: _para(D, ln, bold=True)
        _para(D, "")
        # items
        cols = doc.cols
        it = D.add_table(rows=1, cols=len(cols)); _borders(it); it.autofit = False
        for j, (h, k) in enumerate(cols):
            c = it.rows[0].cells[j]; c.width = Cm(WIDTH[k]); _shade(c, "D9D9D9")
            _para(c, h, bold=True, first=True, align=WD_ALIGN_PARAGRAPH.RIGHT if k in NUM else None)
        _repeat_header(it.rows[0])
        for row in doc.rows:
            cells = it.add_row().cells
            for j, (h, k) in enumerate(cols):
                cells[j].width = Cm(WIDTH[k])
                _para(cells[j], row.get(k, ""), first=True, align=WD_ALIGN_PARAGRAPH.RIGHT if k in NUM else None)
        _para(D, "")
        # totals, right
        tt = D.add_table(rows=0, cols=2); tt.alignment = WD_TABLE_ALIGNMENT.RIGHT
        for lab, val in doc.totals:
            r = tt.add_row().cells; r[0].width = Cm(6.0); r[1].width = Cm(3.4)
            big = lab.startswith("Importe Total")
            _para(r[0], lab, bold=big, first=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
            _para(r[1], val, bold=big, first=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
        _para(D, "")
        # footer: QR | CAE
        ft = D.add_table(rows=1, cols=2)
        qc, tc = ft.rows[0].cells; qc.width = Cm(4.0); tc.width = Cm(13.0)
        if doc.qr_url:
            qp = qc.paragraphs[0]
            if doc.qr_kind == "svg":   # placeholder: Aspose.Words inserts the QR as SVG (vector) when rendering
                qp.add_run("{{QR}}")
            else:
                qp.add_run().add_picture(qr_png(doc.qr_url), width=Cm(3.3))
        _para(tc, "Comprobante Autorizado", bold=True, first=True)
        for ln in doc.cae_lines: _para(tc, ln, bold=ln.startswith("CAE"))
        _para(tc, "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación", size=6.5)
    D.save(path)
