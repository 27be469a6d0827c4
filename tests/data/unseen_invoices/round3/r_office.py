"""LibreOffice headless renderers: Writer from .docx (python-docx) and hand-written flat ODF
(.fodt Writer, .fods Calc with merged cells), converted with soffice --convert-to pdf."""
import base64
import os
import subprocess
from xml.sax.saxutils import escape as x

from core import ar, dash_cuit, qr_matrix, write_qr_png


def soffice(src, work, out):
    env = dict(os.environ, HOME=work)
    p = subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + work + "/lo",
                        "--convert-to", "pdf", "--outdir", work, src], capture_output=True, text=True, env=env, timeout=180)
    pdf = os.path.splitext(src)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise RuntimeError(p.stdout + p.stderr)
    os.replace(pdf, out)


# =========================================================== docx
def render_docx(doc, out, work):
    from docx import Document
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    r = doc.r
    v = r["variant"]
    m, b = doc.merchant, doc.buyer
    D = Document()
    sec = D.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(15)
    sec.top_margin = sec.bottom_margin = Mm(12)
    st = D.styles["Normal"]
    st.font.name = {"ml": "Liberation Sans", "ferre": "DejaVu Sans", "psico": "Liberation Serif", "farma": "Liberation Sans"}[v]
    st.font.size = Pt(9 if v != "psico" else 10.5)
    st.paragraph_format.space_after = Pt(1)
    png = os.path.join(work, "qr.png")
    if r.get("qr"):
        write_qr_png(doc.qr_payload, png, scale=6)

    def para(cell_or_doc, text, bold=False, size=None, align=None):
        p = cell_or_doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def cellset(cell, text, bold=False, align=None, size=None):
        cell.text = ""
        p = cell.paragraphs[0]
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)

    def widths(t, mm):
        t.autofit = False
        for col, w in zip(t.columns, mm):
            col.width = Mm(w)
        for row in t.rows:
            for c, w in zip(row.cells, mm):
                c.width = Mm(w)

    for ci, copy in enumerate(doc.copies):
        if ci:
            D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if v in ("ml", "farma", "ferre"):
            if v == "ferre":
                para(D, copy, bold=True, align="c")
            head = D.add_table(rows=1, cols=3)
            head.style = "Table Grid"
            c0, c1, c2 = head.rows[0].cells
            cellset(c0, m["name"], bold=True, size=12 if len(m["name"]) < 30 else 10)
            if v == "ml":
                para(c0, "Razón Social: " + m["name"])
            para(c0, m["addr"])
            para(c0, m["iva"])
            cellset(c1, doc.letter, bold=True, align="c", size=28)
            para(c1, "COD. " + doc.code, align="c", size=7)
            cellset(c2, "FACTURA", bold=True, size=13)
            if v == "ml":
                para(c2, f"Punto de Venta: {doc.pos:04d}   Comp. Nro: {doc.number:08d}")
                para(c2, "Fecha de Emisión: " + doc.date_str())
                para(c2, "CUIT: " + m["cuit"])
            elif v == "farma":
                para(c2, f"Nº {doc.pos:04d}-{doc.number:08d}")
                para(c2, "Fecha: " + doc.date_str())
                para(c2, "C.U.I.T. Nº: " + dash_cuit(m["cuit"]))
            else:
                para(c2, f"Comp. Nro: {doc.pos:05d}-{doc.number:08d}")
                para(c2, "Fecha: " + doc.date_str())
                para(c2, "CUIT: " + dash_cuit(m["cuit"]))
            para(c2, "Ingresos Brutos: " + m["iibb"])
            para(c2, "Inicio de Actividades: " + m["inicio"].strftime("%d/%m/%Y"))
            widths(head, [86, 20, 74])
            D.add_paragraph()
            if v == "ml":
                para(D, f"Razón social: {b['name']}        CUIT: {b['cuit']}")
                para(D, f"Condición frente al IVA: {b['iva']}        Domicilio: {b['addr']}")
                para(D, "Condición de venta: MercadoPago")
            elif v == "farma":
                para(D, f"Cliente: {b['name']}    DNI: {b.get('dni', '')}    {b['iva']}")
                para(D, "Condición de venta: Contado - Tarjeta de débito")
            else:
                para(D, f"Señor(es): {b['name']}     D.N.I.: {b.get('dni', '')}")
                para(D, f"Domicilio: {b['addr']}     IVA: {b['iva']}     Condición de venta: Cuenta corriente")
            if v == "ml":
                cols = [("Código", 30, lambda it: it.ean or ""), ("Descripción", 62, lambda it: it.desc),
                        ("Cant.", 12, doc.q), ("Precio Unit.", 24, doc.p), ("% IVA", 14, lambda it: doc.rate_str(it, "pct")),
                        ("Subtotal", 28, lambda it: doc.m(it.amount))]
            elif v == "farma":
                cols = [("Cantidad", 15, doc.q), ("EAN", 30, lambda it: it.ean or ""), ("Producto", 80, lambda it: it.desc),
                        ("P. Unitario", 25, doc.p), ("Importe", 30, lambda it: doc.m(it.amount))]
            else:
                cols = [("Artículo", 20, lambda it: it.code or ""), ("Descripción", 80, lambda it: it.desc),
                        ("Cant.", 14, doc.q), ("U. Medida", 18, lambda it: it.unit_label),
                        ("Precio", 24, lambda it: doc.m(it.price)), ("Total", 26, lambda it: doc.m(it.amount))]
            t = D.add_table(rows=1, cols=len(cols))
            t.style = "Table Grid"
            for c, (h, w, f) in zip(t.rows[0].cells, cols):
                cellset(c, h, bold=True)
            repeat_header(t.rows[0])
            for it in doc.items:
                row = t.add_row().cells
                for c, (h, w, f) in zip(row, cols):
                    cellset(c, f(it), align=("r" if h not in ("Descripción", "Producto", "Código", "EAN", "Artículo") else None))
            widths(t, [w for _, w, _ in cols])
            D.add_paragraph()
            if v == "ferre":
                # totals as one horizontal row: labels over values
                tt = D.add_table(rows=2, cols=len(doc.totals))
                tt.style = "Table Grid"
                for c, (lab, amt, kind) in zip(tt.rows[0].cells, doc.totals):
                    cellset(c, "TOTAL" if kind == "total" else lab, bold=True, align="c")
                for c, (lab, amt, kind) in zip(tt.rows[1].cells, doc.totals):
                    cellset(c, doc.m(amt), align="c", bold=(kind == "total"))
            else:
                tt = D.add_table(rows=0, cols=2)
                tt.alignment = WD_TABLE_ALIGNMENT.RIGHT
                for lab, amt, kind in doc.totals:
                    row = tt.add_row().cells
                    cellset(row[0], ("Importe Total" if kind == "total" else lab) + ":", bold=(kind == "total"))
                    cellset(row[1], doc.m(amt), align="r", bold=(kind == "total"))
                widths(tt, [60, 35])
            D.add_paragraph()
            if r.get("qr"):
                D.add_picture(png, width=Mm(r["qr_mm"]))
            para(D, f"CAE N°: {doc.cae}     Fecha Vto. CAE: {doc.cae_vto.strftime('%d/%m/%Y')}", bold=True)
        elif v == "psico":
            p = para(D, m["name"], bold=True, size=16)
            para(D, m["activity"])
            para(D, m["addr"] + "  -  " + m["iva"])
            para(D, "CUIT " + m["cuit"] + "    Ing. Brutos: " + m["iibb"] + "    Inicio de actividad: " + m["inicio"].strftime("%d/%m/%Y"))
            para(D, "")
            para(D, f"FACTURA  C        (Código 11)", bold=True, size=14, align="r")
            para(D, f"Punto de Venta: {doc.pos:05d}  -  Comp. Nro: {doc.number:08d}", align="r")
            para(D, "Fecha: " + doc.date_str(), align="r")
            para(D, "")
            para(D, f"Paciente / Cliente: {b['name']}   DNI {b.get('dni', '')}")
            para(D, "Condición frente al IVA: Consumidor Final      Condición de venta: Contado")
            para(D, "")
            t = D.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            cellset(t.rows[0].cells[0], "Detalle", bold=True)
            cellset(t.rows[0].cells[1], "Importe", bold=True, align="r")
            for it in doc.items:
                row = t.add_row().cells
                cellset(row[0], it.desc)
                cellset(row[1], doc.m(it.amount), align="r")
            widths(t, [140, 40])
            para(D, "")
            for lab, amt, kind in doc.totals:
                para(D, ("Importe Total" if kind == "total" else lab) + ": $ " + doc.m(amt), bold=(kind == "total"), align="r")
            para(D, "")
            D.add_picture(png, width=Mm(r["qr_mm"]))
            para(D, f"C.A.E. Nº {doc.cae}  -  Vto. CAE: {doc.cae_vto.strftime('%d/%m/%Y')}")
    src = os.path.join(work, "inv.docx")
    D.core_properties.author = m["name"]
    D.save(src)
    soffice(src, work, out)


# =========================================================== fodt
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="%s">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="%s"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0mm" fo:margin-bottom="0.5mm"/><style:text-properties style:font-name="F" fo:font-size="%spt"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="12mm" fo:margin-bottom="12mm" fo:margin-left="14mm" fo:margin-right="14mm"/><style:header-style/><style:footer-style/></style:page-layout>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Big" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Letter" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="30pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Ctr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="RB" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:font-size="8pt"/></style:style>
 <style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="182mm" table:align="left"/></style:style>
 <style:style style:name="Box" style:family="table-cell"><style:table-cell-properties fo:border="0.3pt solid #000000" fo:padding="1mm"/></style:style>
 <style:style style:name="Grey" style:family="table-cell"><style:table-cell-properties fo:background-color="#dddddd" fo:border="0.3pt solid #000000" fo:padding="1mm"/></style:style>
 <style:style style:name="Nob" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.5mm"/></style:style>
 %s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
"""


def colstyles(prefix, widths):
    return "\n".join(f'<style:style style:name="{prefix}{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}mm"/></style:style>'
                     for i, w in enumerate(widths))


def P(text, style="Standard"):
    return f'<text:p text:style-name="{style}">{x(text)}</text:p>'


def tcell(content, style="Box", span=1):
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    s = f'<table:table-cell table:style-name="{style}" office:value-type="string"{sp}>{content}</table:table-cell>'
    return s + "<table:covered-table-cell/>" * (span - 1)


def qr_svg(payload, mm):
    mat = qr_matrix(payload)
    n = len(mat)
    rects = []
    for y, row in enumerate(mat):
        for xx, v in enumerate(row):
            if v:
                rects.append(f'<rect x="{xx + 2}" y="{y + 2}" width="1" height="1"/>')
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{mm}mm" height="{mm}mm" viewBox="0 0 {n + 4} {n + 4}" shape-rendering="crispEdges">'
           f'<rect width="{n + 4}" height="{n + 4}" fill="#fff"/><g fill="#000">' + "".join(rects) + "</g></svg>")
    return svg.encode()


def frame(data, mm, mime, anchor="as-char"):
    return (f'<draw:frame draw:name="qr" text:anchor-type="{anchor}" svg:width="{mm}mm" svg:height="{mm}mm">'
            f'<draw:image draw:mime-type="{mime}"><office:binary-data>{base64.b64encode(data).decode()}</office:binary-data></draw:image></draw:frame>')


def render_fodt(doc, out, work):
    r = doc.r
    v = r["variant"]
    m, b = doc.merchant, doc.buyer
    body = []
    if r.get("qr") == "svg":
        qrx = frame(qr_svg(doc.qr_payload, r["qr_mm"]), r["qr_mm"], "image/svg+xml")
    elif r.get("qr") == "png":
        png = os.path.join(work, "qr.png")
        write_qr_png(doc.qr_payload, png, scale=5)
        qrx = frame(open(png, "rb").read(), r["qr_mm"], "image/png")
    else:
        qrx = ""
    if v == "plomero":
        styles = colstyles("hc", [58, 25, 99]) + colstyles("ic", [142, 40]) + colstyles("tc", [60, 30])
        # header: letter left, number, issuer right
        body.append('<table:table table:name="hdr" table:style-name="Tbl">' + "".join(f'<table:table-column table:style-name="hc{i}"/>' for i in range(3)))
        body.append("<table:table-row>" + tcell(P("FACTURA", "Big") + P(f"Nº {doc.pos:04d}-{doc.number:08d}") + P("Fecha de Emisión: " + doc.date_str()), "Nob")
                    + tcell(P(doc.letter, "Letter") + P("COD. 011", "Ctr"), "Box")
                    + tcell(P(m["name"], "RB") + P(m["activity"], "R") + P(m["addr"], "R") + P("CUIT: " + dash_cuit(m["cuit"]), "R")
                            + P("IIBB: " + m["iibb"], "R") + P(m["iva"] + " - Inicio de Actividades: " + m["inicio"].strftime("%d/%m/%Y"), "R"), "Nob")
                    + "</table:table-row></table:table>")
        body.append(P(""))
        body.append(P(f"Señor(es): {b['name']}   -   DNI {b.get('dni', '')}   -   Consumidor Final"))
        body.append(P(f"Domicilio: {b['addr']}   -   Condición de venta: Contado"))
        body.append(P(""))
        body.append('<table:table table:name="items" table:style-name="Tbl">' + "".join(f'<table:table-column table:style-name="ic{i}"/>' for i in range(2)))
        body.append("<table:table-header-rows><table:table-row>" + tcell(P("Descripción del trabajo", "H"), "Grey") + tcell(P("Importe", "H"), "Grey") + "</table:table-row></table:table-header-rows>")
        for it in doc.items:
            body.append("<table:table-row>" + tcell(P(it.desc)) + tcell(P(doc.m(it.amount), "R")) + "</table:table-row>")
        body.append("</table:table>")
        for it in doc.items:
            it.qty_printed = False
        body.append(P(""))
        for lab, amt, kind in doc.totals:
            body.append(P(("TOTAL" if kind == "total" else lab) + ":  $ " + doc.m(amt), "RB" if kind == "total" else "R"))
        body.append(P(""))
        body.append('<text:p text:style-name="Standard">' + qrx + "</text:p>")
        body.append(P(f"CAE: {doc.cae}    Vencimiento CAE: {doc.cae_vto.strftime('%d/%m/%Y')}"))
    else:  # usd
        styles = colstyles("hc", [95, 22, 65]) + colstyles("ic", [90, 16, 28, 16, 32])
        body.append('<table:table table:name="hdr" table:style-name="Tbl">' + "".join(f'<table:table-column table:style-name="hc{i}"/>' for i in range(3)))
        body.append("<table:table-row>" + tcell(P(m["name"], "Big") + P("Razón Social: " + m["name"]) + P("Domicilio Comercial: " + m["addr"]) + P("Condición frente al IVA: " + m["iva"]), "Box")
                    + tcell(P(doc.letter, "Letter") + P("COD. 01", "Ctr"), "Box")
                    + tcell(P("FACTURA", "Big") + P(f"Punto de Venta: {doc.pos:05d}") + P(f"Comp. Nro: {doc.number:08d}") + P("Fecha de Emisión: " + doc.date_str())
                            + P("CUIT: " + m["cuit"]) + P("Ingresos Brutos: " + m["iibb"]) + P("Inicio de Actividades: " + m["inicio"].strftime("%d/%m/%Y")), "Box")
                    + "</table:table-row></table:table>")
        body.append(P(""))
        body.append(P(f"CUIT: {b['cuit']}        Apellido y Nombre / Razón Social: {b['name']}"))
        body.append(P(f"Condición frente al IVA: {b['iva']}        Condición de venta: Transferencia bancaria"))
        body.append(P(f"Moneda: DOL - Dólar Estadounidense (U$S)        Cotización: $ {ar(doc.ctz)}"))
        body.append(P(""))
        body.append('<table:table table:name="items" table:style-name="Tbl">' + "".join(f'<table:table-column table:style-name="ic{i}"/>' for i in range(5)))
        body.append("<table:table-header-rows><table:table-row>" + "".join(tcell(P(h, "H"), "Grey") for h in ["Producto / Servicio", "Cantidad", "Precio Unit.", "Alícuota IVA", "Subtotal"]) + "</table:table-row></table:table-header-rows>")
        for it in doc.items:
            body.append("<table:table-row>" + tcell(P(it.desc)) + tcell(P(doc.q(it), "R")) + tcell(P(ar(it.price), "R"))
                        + tcell(P(doc.rate_str(it, "pct"), "R")) + tcell(P(doc.m(it.amount), "R")) + "</table:table-row>")
        body.append("</table:table>")
        body.append(P(""))
        for lab, amt, kind in doc.totals:
            lab2 = {"subtotal": "Importe Neto Gravado", "total": "Importe Total"}.get(kind, lab)
            body.append(P(f"{lab2}: {doc.m(amt)}", "RB" if kind == "total" else "R"))
        body.append(P(f"Importe total en pesos (cotización {ar(doc.ctz)}): $ {ar(doc.total_printed * doc.ctz)}", "R"))
        body.append('<text:p text:style-name="Standard">' + qrx + "</text:p>")
        body.append(P(f"CAE N°: {doc.cae}      Fecha de Vto. de CAE: {doc.cae_vto.strftime('%d/%m/%Y')}"))
    font, size = ("DejaVu Sans", "9") if v == "plomero" else ("Liberation Serif", "10")
    xml = (FODT_HEAD % ("application/vnd.oasis.opendocument.text", font, size, styles)
           + "<office:body><office:text>" + "\n".join(body) + "</office:text></office:body></office:document>")
    src = os.path.join(work, "inv.fodt")
    open(src, "w", encoding="utf-8").write(xml)
    soffice(src, work, out)


# =========================================================== fods (Calc)
FODS_EXTRA = """
 <style:style style:name="ta1" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="ro" style:family="table-row"><style:table-row-properties style:row-height="5.2mm" style:use-optimal-row-height="true"/></style:style>
 <style:style style:name="ceB" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="ceBig" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
 <style:style style:name="ceLet" style:family="table-cell"><style:table-cell-properties fo:border="0.8pt solid #000000" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="26pt"/></style:style>
 <style:style style:name="ceCod" style:family="table-cell"><style:table-cell-properties fo:border="0.8pt solid #000000"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7pt"/></style:style>
 <style:style style:name="ceHd" style:family="table-cell"><style:table-cell-properties fo:background-color="#c8d7e6" fo:border="0.4pt solid #000000" fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="ceT" style:family="table-cell"><style:table-cell-properties fo:border="0.4pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top"/></style:style>
 <style:style style:name="ceN" style:family="table-cell"><style:table-cell-properties fo:border="0.4pt solid #000000" style:vertical-align="top"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="ceR" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="ceRB" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="ceBox" style:family="table-cell"><style:table-cell-properties fo:border="0.4pt solid #000000" fo:wrap-option="wrap"/></style:style>
 <style:style style:name="ceBoxC" style:family="table-cell"><style:table-cell-properties fo:border="0.4pt solid #000000"/><style:paragraph-properties fo:text-align="center"/></style:style>
"""

FODS_PAGE = """<office:master-styles><style:master-page style:name="PM" style:page-layout-name="pmc"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>"""


def render_fods(doc, out, work):
    """A spreadsheet 'template' as small businesses keep them: every value a string cell in a grid."""
    r = doc.r
    v = r["variant"]
    m, b = doc.merchant, doc.buyer
    NC = 8
    if v == "grid":
        widths = [26, 50, 14, 22, 18, 22, 18, 20]
    elif v == "erp4":
        widths = [26, 60, 18, 12, 26, 14, 30, 4]
    elif v == "kg":
        widths = [25, 62, 20, 24, 26, 14, 10, 9]
    else:
        widths = [26, 70, 14, 24, 26, 12, 9, 9]
    rows = []

    def row(cells):
        rows.append('<table:table-row table:style-name="ro">' + "".join(cells) + "</table:table-row>")

    def c(text="", style="Default", span=1, rspan=1):
        at = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        if rspan > 1:
            at += f' table:number-rows-spanned="{rspan}"'
        body = P(text) if text != "" else ""
        return f'<table:table-cell table:style-name="{style}" office:value-type="string"{at}>{body}</table:table-cell>' + "<table:covered-table-cell/>" * (span - 1)

    def cov(n):
        return "<table:covered-table-cell/>" * n

    def blank(n=1):
        return "<table:table-cell/>" * n

    qrcell = ""
    if r.get("qr"):
        png = os.path.join(work, "qr.png")
        write_qr_png(doc.qr_payload, png, scale=5)
        qrcell = (f'<table:table-cell><draw:frame draw:name="qr" svg:width="{r["qr_mm"]}mm" svg:height="{r["qr_mm"]}mm" svg:x="1mm" svg:y="1mm">'
                  f'<draw:image draw:mime-type="image/png"><office:binary-data>{base64.b64encode(open(png, "rb").read()).decode()}</office:binary-data></draw:image></draw:frame></table:table-cell>')
    # header: issuer (cols 0-2), letter (3, merged 2 rows), invoice data (4-7)
    num_lab = {"grid": f"Punto de Venta: {doc.pos:04d}   Comp. Nro: {doc.number:08d}",
               "service": f"FACTURA B N° {doc.pos:05d}-{doc.number:08d}",
               "erp4": f"Nro. Comprobante: {doc.pos:04d}-{doc.number:08d}",
               "kg": f"N° {doc.pos:04d} - {doc.number:08d}"}[v]
    issuer = [m["name"], ("Razón Social: " + m["name"]) if v in ("grid", "erp4") else m["activity"], m["addr"] + " - " + m["city"], m["iva"]]
    data = ["FACTURA" if v != "service" else "Factura electrónica", num_lab, "Fecha de Emisión: " + doc.date_str() if v != "kg" else "Fecha: " + doc.date_str(),
            "CUIT: " + (m["cuit"] if v != "service" else dash_cuit(m["cuit"])), "Ingresos Brutos: " + m["iibb"]]
    row([c(issuer[0], "ceBig", 2), c(doc.letter, "ceLet", 1, 2), c(data[0], "ceBig", 5)])
    row([c(issuer[1], "Default", 2), cov(1), blank(5)])
    row([c(issuer[2], "Default", 2), c("COD. " + doc.code, "ceCod"), c(data[1], "ceB", 5)])
    row([c(issuer[3], "Default", 2), blank(), c(data[2], "Default", 5)])
    row([blank(3), c(data[3], "Default", 5)])
    row([blank(3), c(data[4], "Default", 5)])
    row([blank(3), c("Inicio de Actividades: " + m["inicio"].strftime("%d/%m/%Y"), "Default", 5)])
    row([blank(NC)])
    if b.get("cuit"):
        row([c("Razón Social:", "ceB"), c(b["name"], "Default", 3), c("CUIT:", "ceB"), c(b["cuit"], "Default", 3)])
    elif b.get("dni"):
        row([c("Cliente:", "ceB"), c(b["name"], "Default", 2), c("DNI:", "ceB", 2), c(b["dni"], "Default", 3)])
    else:
        row([c("Cliente:", "ceB"), c(b["name"], "Default", 2), blank(5)])
    row([c("Cond. IVA:", "ceB"), c(b["iva"], "Default", 2), c("Cond. Venta:", "ceB", 2), c("Contado" if v != "service" else "Débito automático", "Default", 3)])
    if v == "service":
        row([c("Período:", "ceB"), c("01.03.2026 al 31.03.2026", "Default", 2), c("Vto. pago:", "ceB", 2), c("20.03.2026", "Default", 3)])
    row([blank(NC)])
    # items
    if v == "grid":
        hdr = ["Código", "Descripción", "Cant.", "P. Unitario", "Alícuota IVA", "Importe", "", ""]
        for it in doc.items:
            it.code = None
        fn = lambda it: ["", it.desc, doc.q(it), doc.p(it), doc.rate_str(it, "pct"), doc.m(it.amount), "", ""]  # noqa: E731
    elif v == "erp4":
        hdr = ["Cód.", "Artículo", "Cantidad", "U.M.", "Precio Unit.", "% IVA", "Importe Neto", ""]
        fn = lambda it: [it.code or "", it.desc, doc.q(it), "Unid", doc.p(it), doc.rate_str(it, "2dec"), doc.m(it.amount), ""]  # noqa: E731
    elif v == "service":
        hdr = ["", "Detalle", "Cant.", "P. Unit.", "Importe", "", "", ""]
        fn = lambda it: ["", it.desc, doc.q(it), doc.p(it), doc.m(it.amount), "", "", ""]  # noqa: E731
    else:
        hdr = ["EAN", "Descripción", "Cantidad", "Precio", "Subtotal", "", "", ""]
        fn = lambda it: [it.ean or "", it.desc, doc.q(it), doc.p(it), doc.m(it.amount), "", "", ""]  # noqa: E731
    used = [i for i, h in enumerate(hdr) if h]
    row([c(h, "ceHd") if i in used else blank() for i, h in enumerate(hdr)])
    for it in doc.items:
        vals = fn(it)
        row([c(vals[i], "ceT" if i in (0, 1) else "ceN") if i in used else blank() for i in range(NC)])
    row([blank(NC)])
    # totals
    if v == "grid":
        labs = [("Importe Total" if k == "total" else lab) for lab, a, k in doc.totals]
        vals = [doc.m(a) for lab, a, k in doc.totals]
        n = len(labs)
        row([blank(NC - n - 1)] + [c(l_, "ceHd", 2 if i == 0 else 1) for i, l_ in enumerate(labs)])
        row([blank(NC - n - 1)] + [c(v_, "ceBoxC", 2 if i == 0 else 1) for i, v_ in enumerate(vals)])
        row([blank(NC)])
        row([qrcell or blank(), blank(NC - 1)])
        for _ in range(6):
            row([blank(NC)])
        row([blank(), c(f"CAE N°: {doc.cae}     Fecha de Vto. de CAE: {doc.cae_vto.strftime('%d/%m/%Y')}", "ceB", 5), blank(2)])
    else:
        first = True
        tot = doc.totals
        for lab, a, k in tot:
            left = qrcell if (first and qrcell) else blank()
            first = False
            lbl = {"total": "TOTAL $", "subtotal": "Subtotal" if v != "erp4" else "Neto Gravado"}.get(k, lab)
            if v == "erp4":
                row([left, blank(3), c(lbl, "ceRB", 2), c(doc.m(a), "ceRB" if k == "total" else "ceR"), blank()])
            else:
                row([left, c(lbl, "ceRB", 3), c(doc.m(a), "ceRB" if k == "total" else "ceR"), blank(3)])
        for _ in range(max(0, 7 - len(tot))):
            row([blank(NC)])
        row([blank(), c(f"C.A.E.: {doc.cae}   Vto.: {doc.cae_vto.strftime('%d/%m/%Y')}", "Default", 5), blank(2)])
    styles = FODS_EXTRA + colstyles("co", widths)
    head = FODT_HEAD % ("application/vnd.oasis.opendocument.spreadsheet", "Liberation Sans", "9", styles)
    head = head.replace('<style:page-layout style:name="pm1">', '<style:page-layout style:name="pmc"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="10mm" fo:margin-bottom="10mm" fo:margin-left="10mm" fo:margin-right="10mm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout><style:page-layout style:name="pm1">')
    head = head.replace('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>', FODS_PAGE)
    head = head.replace('<office:document ', '<office:document xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" ')
    xml = (head + '<office:body><office:spreadsheet><table:table table:name="Factura" table:style-name="ta1">'
           + "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(NC)) + "\n".join(rows)
           + "</table:table></office:spreadsheet></office:body></office:document>")
    src = os.path.join(work, "inv.fods")
    open(src, "w", encoding="utf-8").write(xml)
    soffice(src, work, out)


def render(doc, out, work):
    {"docx": render_docx, "fodt": render_fodt, "fods": render_fods}[doc.r["renderer"]](doc, out, work)
