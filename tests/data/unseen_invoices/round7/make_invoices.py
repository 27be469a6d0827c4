"""Build the round 7 set: python make_invoices.py [id-prefix ...]

Scratch files (draw lists, QR PNGs, intermediate sources) go to /work/round7-scratch/build."""
import base64
import html
import io
import os
import random
import subprocess
import sys

import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from core import Doc, dump_expected, fmt_date, fmt_num, dash_cuit
from docs import DOCS
from layout import Builder, NUMSTYLES, rate_str, FONT_DIR

OUT = os.path.dirname(os.path.abspath(__file__))
SCR = "/work/round7-scratch/build"
GEN = os.path.join(OUT, "gen")
os.makedirs(SCR, exist_ok=True)


def qr_png(doc, url, path, scale=4):
    segno.make(url, error="m").save(path, scale=scale, border=2)


def expand_vector_qr(ops, url):
    q = segno.make(url, error="m")
    out = []
    for op in ops:
        if op[0] != "Q":
            out.append(op)
            continue
        _, x, y, size = op
        m = [list(r) for r in q.matrix]
        n = len(m)
        mod = size / (n + 4)
        for r, row in enumerate(m):
            c = 0
            while c < n:
                if row[c]:
                    s = c
                    while c < n and row[c]:
                        c += 1
                    out.append(("F", round(x + (s + 2) * mod, 3), round(y + (r + 2) * mod, 3),
                                round((c - s) * mod + 0.05, 3), round(mod + 0.05, 3)))
                else:
                    c += 1
    return out


def write_tsv(pages, path):
    with open(path, "w", encoding="utf-8") as f:
        for ops in pages:
            f.write("P\n")
            for op in ops:
                f.write("\t".join(str(v) for v in op) + "\n")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stdout[-2000:]} {r.stderr[-2000:]}")
    return r


# ---------------------------------------------------------------- executors
def ex_prawn(tsv, pdf):
    run(["ruby", os.path.join(GEN, "prawn_exec.rb"), tsv, pdf])


def ex_api2(tsv, pdf):
    run(["perl", os.path.join(GEN, "api2_exec.pl"), "API2", tsv, pdf])


def ex_builder(tsv, pdf):
    run(["perl", os.path.join(GEN, "api2_exec.pl"), "Builder", tsv, pdf])


def ex_gofpdf(tsv, pdf):
    run([os.path.join(SCR, "gofpdf_exec"), tsv, pdf])


def ex_itext(tsv, pdf):
    run(["java", "-cp", SCR + ":/usr/share/java/itext-2.1.7.jar", "ItextExec", tsv, pdf])


def ex_borb(tsv, pdf):
    run([sys.executable, os.path.join(GEN, "borb_exec.py"), tsv, pdf])


def ex_scribus(tsv, pdf):
    run(["xvfb-run", "-a", "scribus", "-g", "-ns", "-py", os.path.join(GEN, "scribus_exec.py"), tsv, pdf],
        env=dict(os.environ, HOME="/work/round7-scratch/home"), timeout=300)
    if not os.path.exists(pdf):
        raise RuntimeError("scribus produced nothing")


def ex_lodraw(tsv, pdf):
    from gen.lodraw_exec import tsv_to_fodg
    base = os.path.splitext(os.path.basename(pdf))[0]
    fodg = os.path.join(SCR, base + ".fodg")
    tsv_to_fodg(tsv, fodg)
    run(["soffice", "-env:UserInstallation=file:///work/round7-scratch/lo_profile", "--headless",
         "--convert-to", "pdf:draw_pdf_Export", "--outdir", SCR, fodg], timeout=300)
    os.replace(os.path.join(SCR, base + ".pdf"), pdf)


def ex_scan(tsv, pdf, seed):
    from gen.scan_exec import tsv_to_scan
    base = os.path.splitext(os.path.basename(pdf))[0]
    imgs = tsv_to_scan(tsv, os.path.join(SCR, base), seed)
    assert len(imgs) == 1
    outbase = os.path.join(SCR, base + "_tess")
    run(["tesseract", imgs[0], outbase, "-l", "spa", "--dpi", "200", "pdf"])
    os.replace(outbase + ".pdf", pdf)


EXEC = {"prawn": ex_prawn, "api2": ex_api2, "builder": ex_builder, "gofpdf": ex_gofpdf, "itext": ex_itext,
        "borb": ex_borb, "scribus": ex_scribus, "lodraw": ex_lodraw}


# ---------------------------------------------------------------- HTMLDOC
def htmldoc_html(doc, qrfile):
    st, e = doc.spec["style"], html.escape
    iss, b = doc.issuer, doc.buyer
    code = st.get("codebox", "COD. 06")
    num = NUMSTYLES[st.get("numstyle", "pv_comp")].format(p=doc.pos, n=doc.number)
    issuer_html = ""
    if iss.get("fantasy"):
        issuer_html += f'<font size="5"><b>{e(iss["fantasy"])}</b></font><br><b>Razón Social: {e(iss["legal"])}</b><br>'
    else:
        issuer_html += f'<font size="4"><b>{e(iss["legal"])}</b></font><br>'
    for a in iss.get("addr", []):
        issuer_html += f"{e(a)}<br>"
    issuer_html += e(iss.get("cond", "IVA Responsable Inscripto" if doc.letter != "C" else "Responsable Monotributo"))
    buyer_id = f"CUIT: {dash_cuit(b['cuit'])}" if b.get("cuit") else (f"DNI: {b['dni']}" if b.get("dni") else "")
    cols = st["cols"]
    from layout import COLS
    labels = st.get("labels", {})
    head = "".join(f'<th align="{"right" if COLS[k][2] == "r" else "left"}" bgcolor="#dddddd">{e(labels.get(k, COLS[k][0]))}</th>' for k in cols)
    bl = Builder(doc, None)
    rows = ""
    for it in doc.items:
        cells = ""
        for k in cols:
            t = it["desc"] if k == "desc" else bl.cell_text(k, it)
            cells += f'<td align="{"right" if COLS[k][2] == "r" else "left"}">{e(t)}</td>'
        rows += f"<tr>{cells}</tr>\n"
    tot = ""
    for lab, val, bold in bl.totals_lines():
        lab, val = e(lab), e(val)
        if bold:
            lab, val = f"<b>{lab}</b>", f"<b>{val}</b>"
        tot += f'<tr><td align="right">{lab}</td><td align="right" width="110">{val}</td></tr>\n'
    qr = f'<img src="{qrfile}" width="100" height="100" align="left">' if qrfile else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Factura {doc.letter} {num}</title></head>
<body>
<table width="100%" border="1" cellpadding="6" cellspacing="0">
<tr><td width="45%" valign="top">{issuer_html}</td>
<td width="10%" align="center" valign="top"><font size="7"><b>{doc.letter}</b></font><br><font size="1">{code}</font></td>
<td width="45%" valign="top"><font size="5"><b>FACTURA</b></font><br><b>{e(num)}</b><br>
{e(st.get('datelabel', 'Fecha de Emisión:'))} {e(fmt_date(doc.date, st.get('datestyle', 'slash')))}<br>
CUIT: {dash_cuit(iss['cuit'])}<br>Ingresos Brutos: {e('901-' + iss['cuit'][2:8])}<br>Inicio de Actividades: 01/03/2015</td></tr>
</table>
<br>
<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr>
<td width="60%">{e(st.get('buyerlabel', 'Señor(es):'))} {e(b['name'])}<br>Condición frente al IVA: {e(b.get('cond', 'Consumidor Final'))}{'<br>Domicilio: ' + e(b['addr']) if b.get('addr') else ''}</td>
<td width="40%">{buyer_id}<br>Condición de venta: {e(st.get('venta', 'Contado'))}</td></tr></table>
<br>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<tr>{head}</tr>
{rows}</table>
<br>
<table width="100%" border="0" cellpadding="2" cellspacing="0"><tr><td width="50%"></td><td width="50%">
<table width="100%" border="1" cellpadding="3" cellspacing="0">
{tot}</table></td></tr></table>
<br>
<table width="100%" border="0"><tr><td width="110">{qr}</td><td valign="top">
<b>CAE N°: {doc.cae}</b><br>Fecha de Vto. de CAE: {fmt_date(doc.cae_vto, 'slash')}<br>Comprobante Autorizado</td></tr></table>
</body></html>
"""


def ex_htmldoc(doc, pdf, url):
    base = os.path.splitext(os.path.basename(pdf))[0]
    qrfile = None
    if url:
        qrfile = os.path.join(SCR, base + "_qr.png")
        qr_png(doc, url, qrfile, scale=4)
    src = os.path.join(SCR, base + ".html")
    with open(src, "w", encoding="iso-8859-1") as f:
        f.write(htmldoc_html(doc, qrfile))
    run(["htmldoc", "--webpage", "-t", "pdf14", "--size", "a4", "--left", "15mm", "--right", "15mm", "--top", "12mm",
         "--bottom", "12mm", "--header", "...", "--footer", "...", "--bodyfont", "helvetica", "--fontsize", "9",
         "--charset", "iso-8859-1", "--jpeg=80", "--no-strict", "-f", pdf, src])


# ---------------------------------------------------------------- main
def build(spec):
    doc = Doc(spec)
    exp = doc.expected()
    name = spec["id"]
    pdf = os.path.join(OUT, name + ".pdf")
    qp = doc.qr_payload()
    url = qp[0] if qp else None
    if spec["gen"] == "htmldoc":
        ex_htmldoc(doc, pdf, url)
    else:
        png = None
        if url:
            png = os.path.join(SCR, name + "_qr.png")
            qr_png(doc, url, png, scale=8 if spec["gen"] == "scan" else 4)
        pages = Builder(doc, png).build()
        if url:
            pages = [expand_vector_qr(p, url) for p in pages]
        tsv = os.path.join(SCR, name + ".tsv")
        write_tsv(pages, tsv)
        if spec["gen"] == "scan":
            ex_scan(tsv, pdf, spec["seed"])
        else:
            EXEC[spec["gen"]](tsv, pdf)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(dump_expected(exp))
    print("built", name)


if __name__ == "__main__":
    sel = sys.argv[1:]
    for spec in DOCS:
        if sel and not any(spec["id"].startswith(s) for s in sel):
            continue
        build(spec)
