"""Generator c: Calligra Words 3.2.1. Python writes an ODT (tables, paragraph styles, the QR as a
PNG picture made with segno), Calligra Words lays it out and exports the PDF
(`calligrawords --export-pdf` under xvfb-run and dbus-run-session)."""
import io
import os
import signal
import subprocess
import time
import zipfile
from xml.sax.saxutils import escape

from core import dash_cuit

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"')

STYLES = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
<style:text-properties style:font-name="DejaVu Sans" fo:font-family="'DejaVu Sans'" fo:font-size="8pt" fo:language="es" fo:country="AR"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>'''

AUTO = '''<office:automatic-styles>
<style:style style:name="P" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="PRB" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="PBIG" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PLET" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="28pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PCOPY" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PBRK" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:text-align="center"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="SP" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/></style:style>
<style:style style:name="TB" style:family="table-cell"><style:table-cell-properties fo:border="0.6pt solid #000000" fo:padding="0.08cm"/></style:style>
<style:style style:name="TN" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.05cm"/></style:style>
<style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:background-color="#dddddd" fo:border-bottom="0.6pt solid #000000" fo:padding="0.06cm"/></style:style>
<style:style style:name="TL" style:family="table-cell"><style:table-cell-properties fo:border-bottom="0.3pt solid #999999" fo:padding="0.06cm"/></style:style>
{cols}
</office:automatic-styles>'''


def col_styles(tables):
    out = []
    for tname, widths in tables.items():
        tot = sum(widths)
        out.append(f'<style:style style:name="{tname}" style:family="table"><style:table-properties '
                   f'style:width="{tot}cm" table:align="left"/></style:style>')
        for i, w in enumerate(widths):
            out.append(f'<style:style style:name="{tname}.{i}" style:family="table-column">'
                       f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
    return "\n".join(out)


def p(text, style="P"):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def cell(content, style="TN", span=1):
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    c = f'<table:table-cell table:style-name="{style}" office:value-type="string"{sp}>{content}</table:table-cell>'
    if span > 1:
        c += "<table:covered-table-cell/>" * (span - 1)
    return c


def table(name, ncols, rows, header_rows=0):
    cols = "".join(f'<table:table-column table:style-name="{name}.{i}"/>' for i in range(ncols))
    body = ""
    if header_rows:
        body += "<table:table-header-rows>" + "".join(f"<table:table-row>{r}</table:table-row>"
                                                    for r in rows[:header_rows]) + "</table:table-header-rows>"
    body += "".join(f"<table:table-row>{r}</table:table-row>" for r in rows[header_rows:])
    return f'<table:table table:name="{name}" table:style-name="{name}">{cols}{body}</table:table>'


def one_copy(doc, copy, first, widths, k):
    t = lambda n: f"{n}_{k}"  # noqa: E731
    out = [p(copy, "PCOPY" if first else "PBRK")]
    issuer = (p(doc.fantasy or doc.merchant_name, "PBIG") + p("Razón Social: " + doc.merchant_name, "PB")
              + p("Domicilio Comercial: " + doc.address) + p("Condición frente al IVA: " + doc.iva_cond))
    letter = p(doc.letter, "PLET") + p(f"COD. {doc.code:03d}", "PC")
    data = (p("FACTURA", "PBIG") + p(f"Punto de Venta: {doc.pos:05d}   Comp. Nro: {doc.number:08d}", "PB")
            + p("Fecha de Emisión: " + doc.dt()) + p("CUIT: " + dash_cuit(doc.cuit))
            + p("Ingresos Brutos: " + doc.iibb) + p("Inicio de Actividades: " + doc.inicio.strftime("%d/%m/%Y")))
    widths[t("H")] = [8.2, 1.6, 8.2]
    out.append(table(t("H"), 3, [cell(issuer, "TB") + cell(letter, "TB") + cell(data, "TB")]))
    out.append(p("", "SP"))
    docl = {80: "CUIT", 96: "DNI", 99: "Doc."}[doc.buyer_doc_type]
    docv = dash_cuit(doc.buyer_doc) if doc.buyer_doc_type == 80 else doc.buyer_doc
    buyer = [cell(p(f"{docl}: {docv}")) + cell(p("Apellido y Nombre / Razón Social: " + doc.buyer_name)),
             cell(p("Condición frente al IVA: " + doc.buyer_cond)) + cell(p("Domicilio: " + (doc.buyer_address or "-"))),
             cell(p("Condición de venta: " + doc.cond_venta))
             + cell(p(f"Moneda: USD - Tipo de cambio: {doc.ctz}" if doc.currency == "USD" else ""))]
    widths[t("B")] = [6.0, 12.0]
    out.append(table(t("B"), 2, buyer))
    out.append(p("", "SP"))
    # items
    if doc.letter == "A" and doc.prices_include_vat:
        heads = [("Código", "P"), ("Producto / Servicio", "P"), ("Cantidad", "PR"), ("Precio Unit.", "PR"),
                 ("Subtotal", "PR"), ("Alícuota IVA", "PR"), ("Subtotal c/IVA", "PR")]
        w = [2.5, 5.1, 1.6, 2.2, 2.2, 1.9, 2.5]
        vals = lambda it: [it.code or "", it.description, doc.qt(it), doc.m(it.unit_price), doc.m(it.net_amount),  # noqa
                           doc.rate_txt(it.vat_rate), doc.m(it.amount)]
    elif doc.letter == "A":
        heads = [("Descripción", "P"), ("Cant.", "PR"), ("U.M.", "P"), ("Precio Unitario", "PR"),
                 ("Alíc.", "PR"), ("Importe", "PR")]
        w = [7.4, 1.8, 1.2, 3.0, 1.6, 3.0]
        vals = lambda it: [it.description, doc.qt(it), it.unit_label or "",  # noqa
                           doc.m(it.unit_price) if it.unit_price is not None else "",
                           doc.rate_txt(it.vat_rate), doc.m(it.amount)]
    elif any(it.code for it in doc.items):
        heads = [("Código", "P"), ("Cant.", "PR"), ("Descripción", "P"), ("P. Unitario", "PR"), ("Subtotal", "PR")]
        w = [2.6, 1.4, 8.4, 2.8, 2.8]
        vals = lambda it: [it.code or "", doc.qt(it), it.description,  # noqa
                           doc.m(it.unit_price) if it.unit_price is not None else "", doc.m(it.amount)]
    else:
        heads = [("Cantidad", "PR"), ("Unidad", "P"), ("Producto", "P"), ("P. Unitario", "PR"), ("Subtotal", "PR")]
        w = [1.8, 1.4, 9.2, 2.8, 2.8]
        vals = lambda it: [doc.qt(it), it.unit_label or "", it.description,  # noqa
                           doc.m(it.unit_price) if it.unit_price is not None else "", doc.m(it.amount)]
    widths[t("I")] = w
    rows = ["".join(cell(p(h, "PB" if s == "P" else "PR"), "TH") for h, s in heads)]
    for it in doc.items:
        rows.append("".join(cell(p(v, s), "TL") for v, (_, s) in zip(vals(it), heads)))
    out.append(table(t("I"), len(heads), rows, header_rows=1))
    out.append(p("", "SP"))
    tot = [("Subtotal:", doc.subtotal)]
    tot += [(d_ + ":", v) for d_, v in doc.discounts]
    if doc.letter == "A":
        tot += [("Importe Neto Gravado:", doc.neto)] if doc.discounts or doc.prices_include_vat else []
        tot += [(f"IVA {doc.rate_txt(r)}:", v) for r, v in doc.vat]
    tot += [(d_ + ":", v) for d_, v in doc.taxes]
    tot.append((("Importe Total USD:" if doc.currency == "USD" else "Importe Total:"), doc.total))
    widths[t("T")] = [9.0, 5.5, 3.5]
    trows = []
    for lab, v in tot:
        big = lab.startswith("Importe Total")
        trows.append(cell(p("")) + cell(p(lab, "PRB" if big else "PR")) + cell(p(doc.m(v), "PRB" if big else "PR")))
    out.append(table(t("T"), 3, trows))
    out.append(p("", "SP"))
    qr = ('<text:p text:style-name="P"><draw:frame draw:name="qr{k}" text:anchor-type="as-char" '
          'svg:width="3.2cm" svg:height="3.2cm"><draw:image xlink:href="Pictures/qr.png" xlink:type="simple" '
          'xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>').format(k=k) if doc.qr_url() else p("")
    cae = (p("Comprobante Autorizado", "PB") + p(f"CAE N°: {doc.cae}", "PB")
           + p("Fecha de Vto. de CAE: " + doc.cae_vto.strftime("%d/%m/%Y"))
           + p("Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación"))
    widths[t("F")] = [4.0, 14.0]
    out.append(table(t("F"), 2, [cell(qr) + cell(cae)]))
    return "".join(out)


def build_odt(doc, path):
    widths = {}
    body = "".join(one_copy(doc, c, i == 0, widths, i) for i, c in enumerate(doc.copies))
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
               + AUTO.format(cols=col_styles(widths))
               + f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    files = [("content.xml", "text/xml"), ("styles.xml", "text/xml")]
    png = None
    if doc.qr_url():
        import segno
        buf = io.BytesIO()
        segno.make(doc.qr_url(), error="m", micro=False).save(buf, kind="png", scale=6, border=4)
        png = buf.getvalue()
        files.append(("Pictures/qr.png", "image/png"))
    man = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
           'xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
           'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
           + "".join(f'<manifest:file-entry manifest:full-path="{f}" manifest:media-type="{m}"/>' for f, m in files)
           + "</manifest:manifest>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", man)
        z.writestr("content.xml", content)
        z.writestr("styles.xml", STYLES)
        if png:
            z.writestr("Pictures/qr.png", png)


def render(doc, outdir, workdir):
    odt = os.path.join(workdir, doc.name + ".odt")
    build_odt(doc, odt)
    out = os.path.join(outdir, doc.name + ".pdf")
    if os.path.exists(out):
        os.remove(out)
    env = dict(os.environ, XDG_RUNTIME_DIR="/tmp/r12-xdg", QT_QPA_PLATFORM="xcb")
    os.makedirs("/tmp/r12-xdg", mode=0o700, exist_ok=True)
    proc = subprocess.Popen(["dbus-run-session", "--", "xvfb-run", "-a", "calligrawords", "--export-pdf",
                             "--export-filename", out, odt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, env=env)
    # calligrawords writes the PDF and then keeps running: wait for a complete file, then end our own group
    last, stable, t0 = -1, 0, time.time()
    while time.time() - t0 < 150:
        if proc.poll() is not None:
            break
        time.sleep(1)
        if os.path.exists(out):
            sz = os.path.getsize(out)
            with open(out, "rb") as fh:
                fh.seek(max(0, sz - 64))
                tail = fh.read()
            if sz == last and b"%%EOF" in tail:
                stable += 1
                if stable >= 2:
                    break
            else:
                stable = 0
            last = sz
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    if not os.path.exists(out):
        raise RuntimeError("calligrawords produced no PDF for " + doc.name)
