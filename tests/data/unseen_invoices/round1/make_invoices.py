#!/usr/bin/env python3
"""Held-out AFIP invoices (Factura A/B/C) from several PDF generators, with expected output.

Deterministic: every random choice comes from random.Random(seed) per document.
Writes NAME.pdf and NAME.expected.json (contract v2 shape, shared/CONTRACT.md) next to itself
(or into the folder given as its argument); the requirements are pinned in requirements.txt.
Amounts are computed with decimal.Decimal; the totals identity of CONTRACT.md is asserted
for every document except the ones built to fail it (expected warning totals_mismatch).

Generators: reportlab (canvas), fpdf2, weasyprint (HTML), xhtml2pdf (HTML); QR codes by
qrcode (PNG image) or segno (matrix drawn as vector squares / inline SVG).
"""
import base64
import datetime as dt
import io
import json
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
D = Decimal
C2 = D("0.01")
FONTDIR = "/usr/share/fonts/truetype/dejavu"


def q2(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- CUIT helpers
W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def cuit_check(base10):
    s = sum(int(c) * w for c, w in zip(base10, W))
    r = 11 - s % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def make_cuit(rng, prefix):
    while True:
        base = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = cuit_check(base)
        if c is not None:
            return base + str(c)


def cuit_dash(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


def ean13(rng):
    base = "779" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- number formats
def fmt(d, style="ar", dec=2):
    """ar: 1.234,56   arn: 1234,56   dot: 1234.56   ar$: $ 1.234,56   arn$: $ 1234,56"""
    d = D(d)
    neg = d < 0
    d = abs(d).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    s = f"{d:.{dec}f}"
    ip, _, fp = s.partition(".")
    if style in ("ar", "ar$"):
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = ".".join(groups)
    sep = "." if style == "dot" else ","
    out = ip + (sep + fp if dec else "")
    if neg:
        out = "-" + out
    if style.endswith("$"):
        out = "$ " + out
    return out


def ddmmyyyy(d, sep="/", yy=False):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{(d.year % 100):02d}" if yy else f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# ---------------------------------------------------------------- the document model
DOC_CODES = {"A": 1, "B": 6, "C": 11}
DOC_TYPES = {"A": "factura_a", "B": "factura_b", "C": "factura_c"}


def item(lines, qty, price, rate=None, bonif=None, unit="un", unit_label="unidades", code=None):
    if isinstance(lines, str):
        lines = [lines]
    return dict(lines=lines, qty=D(qty), price=D(price), rate=None if rate is None else D(rate),
                bonif=None if bonif is None else D(bonif), unit=unit, unit_label=unit_label, code=code)


def compute(doc):
    """Fill net / amount of each item and the totals, the way the invoice prints them."""
    letter = doc["letter"]
    kind = doc["amount_kind"]  # net | civa | final
    for it in doc["items"]:
        gross = it["qty"] * it["price"]
        if it["bonif"]:
            gross = gross * (1 - it["bonif"] / 100)
        it["net"] = q2(gross)
        it["bonif_amt"] = q2(it["qty"] * it["price"]) - it["net"]
        if kind == "civa":
            it["amount"] = q2(it["net"] * (1 + it["rate"] / 100))
        else:
            it["amount"] = it["net"]
    fix_taxes(doc)
    disc = [(lbl, D(a)) for lbl, a in doc.get("discounts", [])]
    dsum = sum((a for _, a in disc), D(0))
    taxes = [(lbl, desc, D(a)) for lbl, desc, a in doc.get("taxes", [])]
    tsum = sum((a for _, _, a in taxes), D(0))
    S = sum((it["amount"] for it in doc["items"]), D(0))
    vat = {}
    if letter == "A":
        if kind == "civa":
            assert not disc
            for it in doc["items"]:
                vat[it["rate"]] = vat.get(it["rate"], D(0)) + it["amount"] - it["net"]
            neto = sum((it["net"] for it in doc["items"]), D(0))
        else:
            rates = {it["rate"] for it in doc["items"]}
            if disc:
                assert len(rates) == 1
            base = {}
            for it in doc["items"]:
                base[it["rate"]] = base.get(it["rate"], D(0)) + it["net"]
            if disc:
                (r,) = rates
                base[r] -= dsum
            for r, b in base.items():
                vat[r] = q2(b * r / 100)
            neto = S - dsum
        total = neto + sum(vat.values(), D(0)) + tsum
    else:
        neto = S - dsum
        total = S - dsum + tsum
    doc["sum_items"] = S
    doc["disc"] = disc
    doc["disc_sum"] = dsum
    doc["tax"] = taxes
    doc["vat"] = dict(sorted(vat.items(), key=lambda kv: -kv[0]))
    doc["neto"] = neto
    doc["total"] = total
    # what the document prints as its total (a doc built to fail the identity prints another one)
    doc["printed_total"] = total + D(doc.get("total_offset", 0))
    doc["contenido"] = q2(doc["printed_total"] - doc["printed_total"] / D("1.21"))


def qr_payload(doc):
    o = doc.get("qr_override", {})
    total = o.get("importe", doc["printed_total"])
    b = doc["buyer"]
    tipo_doc = {"CUIT": 80, "DNI": 96, "CF": 99}[b["idtype"]]
    nro_doc = int(b["id"]) if b["idtype"] != "CF" else 0
    fields = [
        ("ver", "1"),
        ("fecha", json.dumps(o.get("fecha", doc["date"].isoformat()))),
        ("cuit", o.get("cuit", doc["issuer"]["cuit"])),
        ("ptoVta", str(o.get("ptoVta", doc["pos"]))),
        ("tipoCmp", str(DOC_CODES[doc["letter"]])),
        ("nroCmp", str(o.get("nroCmp", doc["number"]))),
        ("importe", f"{D(total):.2f}"),
        ("moneda", json.dumps("DOL" if doc["currency"] == "USD" else "PES")),
        ("ctz", str(doc.get("ctz", 1))),
        ("tipoDocRec", str(tipo_doc)),
        ("nroDocRec", str(nro_doc)),
        ("tipoCodAut", '"E"'),
        ("codAut", doc["cae"]),
    ]
    if doc.get("qr_strings"):  # numbers written as strings, as some programs do
        fields = [(k, v if v.startswith('"') else json.dumps(v)) for k, v in fields]
    js = "{" + ",".join(f'"{k}":{v}' for k, v in fields) + "}"
    host = "https://afip.gob.ar/fe/qr/" if doc.get("qr_nowww") else "https://www.afip.gob.ar/fe/qr/"
    return host + "?p=" + base64.b64encode(js.encode()).decode(), o


def expected(doc):
    letter = doc["letter"]
    kind = doc["amount_kind"]
    items = []
    for i, it in enumerate(doc["items"], 1):
        items.append({
            "line": i, "department": None, "description": " ".join(" ".join(it["lines"]).split()),
            "ean": it["code"] if doc.get("ean_codes") else None,
            "quantity": str(it["qty"]), "unit": it["unit"], "unit_price": str(it["price"]),
            "vat_rate": f"{it['rate']:.2f}" if (doc["rate_on_line"] and it["rate"] is not None) else None,
            "amount": f"{it['amount']:.2f}",
        })
    if doc["subtotal_kind"] == "sum":
        subtotal = doc["sum_items"]
    elif doc["subtotal_kind"] == "neto":
        subtotal = doc["neto"]
    else:
        raise ValueError(doc["subtotal_kind"])
    qr = None
    if doc["qr"]:
        o = doc.get("qr_override", {})
        qr = {"doc_code": DOC_CODES[letter], "cuit": o.get("cuit", doc["issuer"]["cuit"]),
              "pos": o.get("ptoVta", doc["pos"]), "number": o.get("nroCmp", doc["number"]),
              "date": o.get("fecha", doc["date"].isoformat()),
              "total": f"{D(o.get('importe', doc['printed_total'])):.2f}",
              "currency": doc["currency"], "cae": doc["cae"]}
    exp = {
        "doc_type": DOC_TYPES[letter],
        "merchant": {"name": " ".join(doc["issuer"]["name"].split()), "cuit": doc["issuer"]["cuit"]},
        "pos": doc["pos"], "number": doc["number"], "issued_at": doc["date"].isoformat(),
        "currency": doc["currency"],
        "items": items,
        "discounts": [{"description": d, "amount": f"{-a:.2f}"} for d, a in doc["disc"]],
        "subtotal": f"{subtotal:.2f}",
        "discount_total": f"{doc['disc_sum']:.2f}",
        "total": f"{doc['printed_total']:.2f}",
        "vat": [{"rate": f"{r:.2f}", "amount": f"{a:.2f}"} for r, a in doc["vat"].items() if a != 0],
        "taxes": [{"description": d, "amount": f"{a:.2f}"} for _, d, a in doc["tax"]],
        "payments": [],
        "prices_include_vat": kind != "net",
        "cae": doc["cae"],
        "qr": qr,
        "warnings": [],
    }
    # the contract's totals identity, decided on the expected values themselves
    s = sum(D(x["amount"]) for k in ("items", "discounts", "taxes") for x in exp[k])
    if not exp["prices_include_vat"]:
        s += sum(D(v["amount"]) for v in exp["vat"])
    if abs(s - D(exp["total"])) > C2:
        exp["warnings"].append("totals_mismatch")
    if qr and any(qr[k] != v for k, v in [("cuit", exp["merchant"]["cuit"]), ("pos", exp["pos"]),
                                          ("number", exp["number"]), ("date", exp["issued_at"])]) \
            or (qr and D(qr["total"]) != D(exp["total"])):
        exp["warnings"].append("qr_mismatch")
    assert sorted(exp["warnings"]) == sorted(doc.get("expect_warnings", [])), (doc["name"], exp["warnings"])
    return exp


# ---------------------------------------------------------------- QR rendering
def qr_png(data):
    import qrcode
    q = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=6, border=4)
    q.add_data(data)
    q.make(fit=True)
    img = q.make_image(fill_color="black", back_color="white")
    b = io.BytesIO()
    img.save(b, format="PNG")
    return b.getvalue()


def qr_matrix(data):
    import segno
    q = segno.make_qr(data, error="m")
    return [list(r) for r in q.matrix]


def qr_svg(data, size_pt):
    m = qr_matrix(data)
    n = len(m) + 8
    rects = []
    for y, row in enumerate(m):
        for x, v in enumerate(row):
            if v:
                rects.append(f'<rect x="{x + 4}" y="{y + 4}" width="1" height="1"/>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size_pt}pt" height="{size_pt}pt" '
            f'viewBox="0 0 {n} {n}" shape-rendering="crispEdges"><rect x="0" y="0" width="{n}" height="{n}" '
            f'fill="white"/><g fill="black">{"".join(rects)}</g></svg>')


# ---------------------------------------------------------------- canvas op recorder (reportlab / fpdf2)
class Page:
    """Top-left origin, points, y is the text baseline."""

    def __init__(self):
        self.ops = []

    def text(self, x, y, s, size=8, bold=False, align="left"):
        self.ops.append(("text", x, y, s, size, bold, align))

    def rect(self, x, y, w, h, fill=None):
        self.ops.append(("rect", x, y, w, h, fill))

    def line(self, x1, y1, x2, y2):
        self.ops.append(("line", x1, y1, x2, y2))

    def qr(self, data, x, y, size, mode):
        self.ops.append(("qr", data, x, y, size, mode))

    def i2of5(self, digits, x, y):
        self.ops.append(("i2of5", digits, x, y))


PW, PH = 595.28, 841.89


def render_reportlab(pages, path, font="Helvetica", title="Factura"):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    c = canvas.Canvas(str(path), pagesize=(PW, PH), invariant=1)
    c.setTitle(title)
    c.setCreator("holdout reportlab")
    for pg in pages:
        for op in pg.ops:
            k = op[0]
            if k == "text":
                _, x, y, s, size, b, align = op
                c.setFont(bold if b else font, size)
                if align == "right":
                    c.drawRightString(x, PH - y, s)
                elif align == "center":
                    c.drawCentredString(x, PH - y, s)
                else:
                    c.drawString(x, PH - y, s)
            elif k == "rect":
                _, x, y, w, h, fill = op
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, PH - y - h, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, PH - y - h, w, h, stroke=1, fill=0)
            elif k == "line":
                _, x1, y1, x2, y2 = op
                c.line(x1, PH - y1, x2, PH - y2)
            elif k == "qr":
                _, data, x, y, size, mode = op
                if mode == "img":
                    c.drawImage(ImageReader(io.BytesIO(qr_png(data))), x, PH - y - size, size, size)
                else:
                    m = qr_matrix(data)
                    mod = size / (len(m) + 8)
                    c.setFillGray(0)
                    for r, row in enumerate(m):
                        for cc, v in enumerate(row):
                            if v:
                                c.rect(x + (cc + 4) * mod, PH - y - (r + 5) * mod, mod, mod, stroke=0, fill=1)
            elif k == "i2of5":
                from reportlab.graphics.barcode.common import I2of5
                _, digits, x, y = op
                bc = I2of5(digits, barWidth=0.9, barHeight=28, checksum=0, bearers=0, humanReadable=0)
                bc.drawOn(c, x, PH - y - 28)
        c.showPage()
    c.save()


def render_fpdf(pages, path, font="helvetica", title="Factura"):
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
    pdf.set_title(title)
    pdf.set_creator("holdout fpdf2")
    pdf.set_auto_page_break(False)
    if font == "dejavu":
        pdf.add_font("dejavu", "", f"{FONTDIR}/DejaVuSans.ttf")
        pdf.add_font("dejavu", "B", f"{FONTDIR}/DejaVuSans-Bold.ttf")
    for pg in pages:
        pdf.add_page()
        for op in pg.ops:
            k = op[0]
            if k == "text":
                _, x, y, s, size, b, align = op
                pdf.set_font(font, "B" if b else "", size)
                w = pdf.get_string_width(s)
                if align == "right":
                    x = x - w
                elif align == "center":
                    x = x - w / 2
                pdf.text(x, y, s)
            elif k == "rect":
                _, x, y, w, h, fill = op
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF")
                else:
                    pdf.rect(x, y, w, h)
            elif k == "line":
                _, x1, y1, x2, y2 = op
                pdf.line(x1, y1, x2, y2)
            elif k == "qr":
                _, data, x, y, size, mode = op
                if mode == "img":
                    pdf.image(io.BytesIO(qr_png(data)), x, y, size, size)
                else:
                    m = qr_matrix(data)
                    mod = size / (len(m) + 8)
                    pdf.set_fill_color(0, 0, 0)
                    for r, row in enumerate(m):
                        for cc, v in enumerate(row):
                            if v:
                                pdf.rect(x + (cc + 4) * mod, y + (r + 4) * mod, mod, mod, style="F")
            else:
                raise ValueError(k)
    pdf.output(str(path))


# ---------------------------------------------------------------- table helper
def cell_value(doc, it, col, af, qf, pf):
    """Text of one item cell. af: amount formatter, qf: quantity formatter, pf: price formatter."""
    if col == "code":
        return [it["code"] or ""]
    if col == "desc":
        return it["lines"]
    if col == "qty":
        return [qf(it["qty"])]
    if col == "um":
        return [it["unit_label"]]
    if col == "price":
        return [pf(it["price"])]
    if col == "bonif":
        return [fmt(it["bonif"] or 0, "arn")]
    if col == "bonif_amt":
        return [af(it["bonif_amt"])]
    if col == "net":
        return [af(it["net"])]
    if col == "rate":
        return [doc["rate_fmt"](it["rate"])]
    if col == "amount":
        return [af(it["amount"])]
    raise ValueError(col)


def draw_table(pg, doc, cols, x0, y, widths, headers, af, qf, pf, size=7.5, row_h=10, hdr_fill=0.85,
               items=None):
    """Draws the header and rows; returns the y below the table."""
    items = doc["items"] if items is None else items
    total_w = sum(widths)
    hlines = max(len(h.split("\n")) for h in headers)
    hh = 4 + hlines * (size + 1.5)
    pg.rect(x0, y, total_w, hh, fill=hdr_fill)
    x = x0
    for w, h in zip(widths, headers):
        for j, hl in enumerate(h.split("\n")):
            pg.text(x + w / 2, y + size + 2 + j * (size + 1.5), hl, size, True, "center")
        x += w
    y += hh + size + 3
    for it in items:
        x = x0
        nlines = 1
        for col, w in zip(cols, widths):
            vals = cell_value(doc, it, col, af, qf, pf)
            nlines = max(nlines, len(vals))
            for j, v in enumerate(vals):
                if col in ("desc", "code", "um"):
                    pg.text(x + 2, y + j * row_h, v, size)
                else:
                    pg.text(x + w - 2, y + j * row_h, v, size, align="right")
            x += w
        y += nlines * row_h + 2
    return y


# ---------------------------------------------------------------- layout 1: AFIP "Comprobantes en línea"-like
AFIP_COLS_A = (["code", "desc", "qty", "um", "price", "bonif", "net", "rate", "amount"],
               [38, 150, 42, 50, 55, 32, 52, 38, 58],
               ["Código", "Producto / Servicio", "Cantidad", "U. Medida", "Precio Unit.", "% Bonif", "Subtotal",
                "Alícuota\nIVA", "Subtotal c/IVA"])
AFIP_COLS_BC = (["code", "desc", "qty", "um", "price", "bonif", "bonif_amt", "amount"],
                [40, 175, 45, 50, 60, 35, 52, 58],
                ["Código", "Producto / Servicio", "Cantidad", "U. Medida", "Precio Unit.", "% Bonif", "Imp. Bonif.",
                 "Subtotal"])


def layout_afip(doc):
    o = doc["opts"]
    af = lambda v: fmt(v, "arn")
    letter = doc["letter"]
    cols, widths, headers = AFIP_COLS_A if letter == "A" else AFIP_COLS_BC
    pages = []
    for copy in o.get("copies", ["ORIGINAL", "DUPLICADO", "TRIPLICADO"]):
        pg = Page()
        L, R = 40, 555
        pg.rect(L, 30, R - L, 22)
        pg.text((L + R) / 2, 46, copy, 12, True, "center")
        pg.rect(L, 52, R - L, 120)
        pg.line((L + R) / 2, 92, (L + R) / 2, 172)
        pg.rect((L + R) / 2 - 22, 52, 44, 40, fill=1.0)
        pg.text((L + R) / 2, 80, letter, 24, True, "center")
        pg.text((L + R) / 2, 89, f"COD. {DOC_CODES[letter]:03d}" if o.get("cod3") else f"COD. {DOC_CODES[letter]:02d}",
                6, True, "center")
        iss = doc["issuer"]
        pg.text(L + 10, 78, iss.get("display", iss["name"]), 10.5 if len(iss.get("display", iss["name"])) > 26 else 13, True)
        pg.text(L + 10, 110, "Razón Social: " + iss["name"], 8, True)
        pg.text(L + 10, 124, "Domicilio Comercial: " + iss["addr"], 8)
        pg.text(L + 10, 138, "Condición frente al IVA: " + iss["cond"], 8, True)
        X = (L + R) / 2 + 30
        pg.text(X, 76, "FACTURA", 16, True)
        pv = f"{doc['pos']:05d}"
        nro = f"{doc['number']:08d}"
        if o.get("runtogether"):
            pg.text(X, 104, f"Pto. Vta:{pv}  Comp.Nro:{nro}", 8, True)
        else:
            pg.text(X, 104, f"Punto de Venta: {pv}      Comp. Nro: {nro}", 8, True)
        pg.text(X, 116, f"Fecha de Emisión: {ddmmyyyy(doc['date'])}", 8, True)
        pg.text(X, 134, f"CUIT: {iss['cuit']}", 8)
        pg.text(X, 146, f"Ingresos Brutos: {iss.get('iibb', iss['cuit'])}", 8)
        pg.text(X, 158, f"Fecha de Inicio de Actividades: {iss.get('start', '01/08/2016')}", 8)
        y = 176
        pg.rect(L, y, R - L, 18)
        p0 = doc["date"].replace(day=1)
        pg.text(L + 6, y + 12, f"Período Facturado Desde: {ddmmyyyy(p0)}   Hasta: {ddmmyyyy(doc['date'])}   "
                f"Fecha de Vto. para el pago: {ddmmyyyy(doc['date'] + dt.timedelta(days=10))}", 8, True)
        y += 22
        b = doc["buyer"]
        pg.rect(L, y, R - L, 52)
        idlbl = {"CUIT": "CUIT", "DNI": "DNI", "CF": "DNI"}[b["idtype"]]
        pg.text(L + 6, y + 14, f"{idlbl}: {b['id'] if b['idtype'] != 'CF' else ''}", 8, True)
        pg.text(L + 170, y + 14, f"Apellido y Nombre / Razón Social: {b['name']}", 8, True)
        pg.text(L + 6, y + 28, f"Condición frente al IVA: {b['cond']}", 8, True)
        pg.text(L + 270, y + 28, f"Domicilio: {b.get('addr', '')}", 8, True)
        pg.text(L + 6, y + 42, "Condición de venta: " + o.get("cond_venta", "Contado"), 8, True)
        if doc["currency"] != "ARS":
            pg.text(L + 270, y + 42, f"Moneda: {doc['currency']}   Tipo de cambio: {fmt(doc['ctz'], 'arn')}", 8, True)
        y += 58
        y = draw_table(pg, doc, cols, L, y, widths, headers, af,
                       lambda v: fmt(v, "arn", o.get("qdec", 2)), lambda v: fmt(v, "arn", o.get("pdec", 2)))
        # totals block
        ty = max(y + 20, 560)
        pg.rect(L, ty, R - L, 150)
        lx, vx = R - 110, R - 8
        rows = []
        if letter == "A":
            rows.append(("Importe Neto Gravado: $", doc["neto"]))
            for r in [D(27), D(21), D("10.5"), D(5), D("2.5"), D(0)]:
                rs = f"{r.normalize():f}"
                rows.append((f"IVA {rs}%: $", doc["vat"].get(r, D(0))))
            rows.append(("Importe Otros Tributos: $", sum((a for _, _, a in doc["tax"]), D(0))))
            rows.append(("Importe Total: $", doc["printed_total"]))
        else:
            rows.append(("Subtotal: $", doc["sum_items"]))
            rows.append(("Importe Otros Tributos: $", sum((a for _, _, a in doc["tax"]), D(0))))
            rows.append(("Importe Total: $", doc["printed_total"]))
        yy = ty + 16
        for lbl, v in rows:
            pg.text(lx, yy, lbl, 8.5, True, "right")
            pg.text(vx, yy, fmt(v, "arn"), 8.5, True, "right")
            yy += 15
        if doc["currency"] != "ARS":
            pg.text(L + 6, ty + 140, "El total de este comprobante expresado en moneda de curso legal - Pesos Argentinos - "
                    f"considerándose un tipo de cambio consignado de {fmt(doc['ctz'], 'arn')} asciende a: $ "
                    f"{fmt(doc['printed_total'] * doc['ctz'], 'arn')}", 6)
        if letter == "B" and o.get("ley27743"):
            pg.text(L + 6, ty + 16, "Régimen de Transparencia Fiscal al Consumidor (Ley 27.743)", 7, True)
            pg.text(L + 6, ty + 28, f"IVA Contenido: $ {fmt(doc['contenido'], 'arn')}", 7)
            pg.text(L + 6, ty + 40, "Otros Impuestos Nacionales Indirectos: $ 0,00", 7)
        fy = ty + 160
        if doc["qr"]:
            pg.qr(doc["qr_url"], L, fy, 92, doc["qr"])
        pg.text(L + 110, fy + 30, "Comprobante Autorizado", 9, True)
        pg.text(L + 110, fy + 44, "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle"
                " de la operación", 6)
        pg.text(R - 60, fy + 20, f"CAE N°: {doc['cae']}", 9, True, "right")
        pg.text(R - 60, fy + 34, f"Fecha de Vto. de CAE: {ddmmyyyy(doc['date'] + dt.timedelta(days=10))}", 9, True,
                "right")
        pg.text((L + R) / 2, fy + 20, "Pág. 1/1", 9, True, "center")
        pages.append(pg)
    return pages


# ---------------------------------------------------------------- layout 2: private commercial invoice (canvas)
COLDEFS = {
    "code": ("Código", 50), "desc": ("Descripción", 200), "qty": ("Cantidad", 48), "um": ("U.M.", 40),
    "price": ("P. Unitario", 62), "bonif": ("Bonif.%", 38), "rate": ("% IVA", 38), "amount": ("Importe", 66),
    "net": ("Neto", 60), "bonif_amt": ("Imp. Bonif.", 50),
}


def layout_private(doc):
    o = doc["opts"]
    letter = doc["letter"]
    st = o.get("amt", "ar")
    af = lambda v: fmt(v, st)
    qf = lambda v: fmt(v, "ar" if st in ("ar", "ar$") else st.rstrip("$"), o.get("qdec", max(2, -v.as_tuple().exponent)))
    pf = lambda v: fmt(v, st, o.get("pdec", 2))
    cols = o["cols"]
    names = o.get("colnames", {})
    headers = [names.get(c, COLDEFS[c][0]) for c in cols]
    widths = [o.get("widths", {}).get(c, COLDEFS[c][1]) for c in cols]
    scale = 515 / sum(widths)
    widths = [w * scale for w in widths]
    per_page = o.get("per_page", 10 ** 6)
    chunks = [doc["items"][i:i + per_page] for i in range(0, len(doc["items"]), per_page)]
    pages = []
    L, R = 40, 555
    iss, b = doc["issuer"], doc["buyer"]
    for copy in o.get("copies", [None]):
        for ci, chunk in enumerate(chunks):
            pg = Page()
            last = ci == len(chunks) - 1
            # issuer block, top left
            y = 60
            if iss.get("display"):
                pg.text(L, y, iss["display"], 16 if len(iss["display"]) <= 22 else 10, True)
                y += 16
                pg.text(L, y, iss["name"] if not o.get("rs_label") else "Razón Social: " + iss["name"], 9, True)
            else:
                pg.text(L, y, iss["name"], 15 if len(iss["name"]) <= 22 else 10, True)
            y += 14
            pg.text(L, y, iss["addr"], 8)
            y += 11
            pg.text(L, y, iss["cond"], 8)
            # letter box
            pg.rect(278, 36, 40, 42)
            pg.text(298, 66, letter, 26, True, "center")
            pg.text(298, 90, o.get("codlabel", "Cód. {:02d}").format(DOC_CODES[letter]), 7, True, "center")
            # right block
            X = 340
            pg.text(X, 52, "FACTURA", 15, True)
            if copy:
                pg.text(R, 40, copy, 9, True, "right")
            pg.text(X, 70, o["numfmt"].format(pos=doc["pos"], num=doc["number"]), 10, True)
            pg.text(X, 84, o.get("datelbl", "Fecha:") + " " + o.get("datefmt", ddmmyyyy)(doc["date"]), 9)
            pg.text(X, 98, o.get("cuitlbl", "C.U.I.T.:") + " " + o.get("cuitfmt", cuit_dash)(iss["cuit"]), 9)
            pg.text(X, 110, "Ing. Brutos: " + iss.get("iibb", "901-" + iss["cuit"][2:8] + "-" + iss["cuit"][8:10]), 8)
            pg.text(X, 122, "Inicio de Actividades: " + iss.get("start", "03/2012"), 8)
            if len(chunks) > 1:
                pg.text(R, 134, f"Hoja {ci + 1} de {len(chunks)}", 8, False, "right")
            pg.line(L, 140, R, 140)
            # buyer block
            bl = o.get("buyerlbl", "Señor(es):")
            pg.text(L, 156, f"{bl} {b['name']}", 9)
            pg.text(L, 168, f"Domicilio: {b.get('addr', '')}", 8)
            if b["idtype"] == "CUIT":
                pg.text(X, 156, o.get("cuitlbl", "C.U.I.T.:") + " " + o.get("cuitfmt", cuit_dash)(b["id"]), 9)
            elif b["idtype"] == "DNI":
                pg.text(X, 156, f"D.N.I.: {b['id']}", 9)
            pg.text(X, 168, "I.V.A.: " + b["cond"], 8)
            pg.text(L, 180, "Cond. de Venta: " + o.get("cond_venta", "Cuenta Corriente"), 8)
            if doc["currency"] != "ARS":
                pg.text(X, 180, f"Moneda: {doc['currency']}", 8)
            pg.line(L, 186, R, 186)
            y = draw_table(pg, doc, cols, L, 192, widths, headers, af, qf, pf, size=o.get("fs", 8),
                           row_h=o.get("row_h", 11), hdr_fill=o.get("hdr_fill", 0.9), items=chunk)
            if o.get("table_discounts") and last:
                for lbl, a in doc["disc"]:
                    x = L
                    for col, w in zip(cols, widths):
                        if col == "desc":
                            pg.text(x + 2, y, lbl, o.get("fs", 8))
                        if col == "amount":
                            pg.text(x + w - 2, y, af(-a), o.get("fs", 8), align="right")
                        x += w
                    y += o.get("row_h", 11) + 2
            if not last:
                pg.text(R, y + 14, "Continúa en la hoja siguiente...", 8, False, "right")
                pages.append(pg)
                continue
            # totals
            ty = max(y + 24, o.get("totals_y", 590))
            rows = totals_rows(doc, o)
            if o.get("grid_totals"):
                n = len(rows)
                w = (R - L) / n
                pg.rect(L, ty, R - L, 36)
                pg.line(L, ty + 16, R, ty + 16)
                for i, (lbl, v) in enumerate(rows):
                    pg.text(L + w * i + w / 2, ty + 11, lbl, 7, True, "center")
                    pg.text(L + w * i + w - 4, ty + 30, af(v), 8.5, i == n - 1, "right")
                    if i:
                        pg.line(L + w * i, ty, L + w * i, ty + 36)
                yy = ty + 50
            else:
                yy = ty
                for lbl, v in rows:
                    big = lbl.upper().startswith("TOTAL") or lbl.startswith("Importe Total")
                    pg.text(R - 100, yy, lbl, 10 if big else 8.5, big, "right")
                    pg.text(R, yy, af(v), 10 if big else 8.5, big, "right")
                    yy += 14
            if o.get("son"):
                pg.text(L, yy + 4, "Son " + ("dólares" if doc["currency"] == "USD" else "pesos") + ": " + o["son"], 8)
            fy = max(yy + 20, 700)
            if doc["qr"]:
                pg.qr(doc["qr_url"], L, fy, o.get("qr_size", 86), doc["qr"])
            cx = L + 110 if doc["qr"] else L
            pg.text(cx, fy + 24, o.get("caelbl", "CAE:") + " " + doc["cae"], 9, True)
            pg.text(cx, fy + 38, o.get("caevlbl", "Vto. CAE:") + " " + ddmmyyyy(doc["date"] + dt.timedelta(days=10)), 9)
            if o.get("i2of5"):
                digits = doc["issuer"]["cuit"] + f"{DOC_CODES[letter]:02d}" + f"{doc['pos']:04d}" + doc["cae"] + \
                    (doc["date"] + dt.timedelta(days=10)).strftime("%Y%m%d")
                digits += str(i2of5_check(digits))
                pg.i2of5(digits, cx, fy + 48)
                pg.text(cx, fy + 88, digits, 7)
            pages.append(pg)
    return pages


def i2of5_check(digits):
    odd = sum(int(c) for c in digits[0::2])
    even = sum(int(c) for c in digits[1::2])
    t = odd * 3 + even
    return (10 - t % 10) % 10


def totals_rows(doc, o):
    letter = doc["letter"]
    tl = o.get("totlbl", "TOTAL")
    rows = [(o.get("sublbl", "Subtotal"), doc["neto"] if doc["subtotal_kind"] == "neto" else doc["sum_items"])]
    if not o.get("table_discounts"):
        for lbl, a in doc["disc"]:
            rows.append((lbl, -a))
    if letter == "A":
        if doc["disc"]:
            rows.append(("Importe Neto Gravado", doc["neto"]))
        for r, a in doc["vat"].items():
            rows.append((o.get("vatfmt", "IVA {}%").format(o.get("ratefmt", lambda r: fmt(r, "arn", 1 if r % 1 else 0))(r)), a))
    for lbl, _, a in doc["tax"]:
        rows.append((lbl, a))
    rows.append((tl, doc["printed_total"]))
    return rows


# ---------------------------------------------------------------- HTML layouts (weasyprint / xhtml2pdf)
def html_doc(doc, engine):
    o = doc["opts"]
    st = o.get("amt", "ar")
    af = lambda v: fmt(v, st)
    qf = lambda v: fmt(v, "ar" if st.startswith("ar") else st, o.get("qdec", max(2, -v.as_tuple().exponent)))
    pf = lambda v: fmt(v, st, o.get("pdec", 2))
    iss, b, letter = doc["issuer"], doc["buyer"], doc["letter"]
    cols = o["cols"]
    names = o.get("colnames", {})
    headers = [names.get(c, COLDEFS[c][0]) for c in cols]
    if doc["qr"] == "img":
        png = base64.b64encode(qr_png(doc["qr_url"])).decode()
        qs = 95 if engine == "weasyprint" else 130
        qrhtml = f'<img src="data:image/png;base64,{png}" width="{qs}" height="{qs}" style="width:{qs}pt;height:{qs}pt"/>'
    elif doc["qr"] == "vec":
        qrhtml = qr_svg(doc["qr_url"], 95)
    else:
        qrhtml = ""
    font = o.get("font", "DejaVu Sans" if engine == "weasyprint" else "Helvetica")
    css = f"""
    @page {{ size: A4; margin: 14mm 12mm; }}
    body {{ font-family: '{font}'; font-size: 8.5pt; }}
    table {{ border-collapse: collapse; width: 100%; }}
    td, th {{ padding: 2pt 3pt; vertical-align: top; }}
    .hdr td {{ border: 0.8pt solid #000; }}
    .items th {{ background: #ddd; border: 0.6pt solid #444; font-size: 7.5pt; }}
    .items td {{ border-bottom: 0.4pt solid #bbb; font-size: 8pt; }}
    .num {{ text-align: right; }}
    .letter {{ font-size: 28pt; font-weight: bold; text-align: center; }}
    .big {{ font-size: 14pt; font-weight: bold; }}
    .tot td {{ font-size: 9pt; }}
    .copy {{ text-align: center; font-weight: bold; font-size: 11pt; border: 0.8pt solid #000; }}
    .pb {{ page-break-before: always; }}
    """
    pv, nro = doc["pos"], doc["number"]
    parts = []
    for ci, copy in enumerate(o.get("copies", [None])):
        h = []
        if ci:
            h.append('<div class="pb"></div>')
        if copy:
            h.append(f'<table><tr><td class="copy">{copy}</td></tr></table>')
        # header: issuer | letter | invoice data
        issuer_lines = []
        if o.get("issuer_style") == "label":
            if iss.get("display"):
                issuer_lines.append(f'<div class="big">{iss["display"]}</div>')
            issuer_lines.append(f'<b>Razón Social:</b> {iss["name"]}')
        else:
            issuer_lines.append(f'<div class="big">{iss["name"]}</div>')
        issuer_lines += [f'<b>Domicilio:</b> {iss["addr"]}', f'<b>Condición IVA:</b> {iss["cond"]}']
        if o.get("cuit_left"):
            issuer_lines.append(f'<b>{o.get("cuitlbl", "CUIT:")}</b> {o.get("cuitfmt", str)(iss["cuit"])}')
        right = ['<div class="big">FACTURA</div>', o["numfmt"].format(pos=pv, num=nro),
                 f'<b>{o.get("datelbl", "Fecha de Emisión:")}</b> {o.get("datefmt", ddmmyyyy)(doc["date"])}']
        if not o.get("cuit_left"):
            right.append(f'<b>{o.get("cuitlbl", "CUIT:")}</b> {o.get("cuitfmt", str)(iss["cuit"])}')
        right += ["<b>IIBB:</b> " + iss.get("iibb", "Exento"), "<b>Inicio de Actividades:</b> " + iss.get("start", "01/04/2019")]
        if doc["currency"] != "ARS":
            right.append(f'<b>Moneda:</b> {doc["currency"]}')
        code = o.get("codlabel", "COD. {:02d}").format(DOC_CODES[letter])
        h.append('<table class="hdr"><tr>'
                 f'<td width="44%">{"<br/>".join(issuer_lines)}</td>'
                 f'<td width="12%"><div class="letter">{letter}</div><div style="text-align:center;font-size:7pt">'
                 f'<b>{code}</b></div></td>'
                 f'<td width="44%">{"<br/>".join(right)}</td></tr></table>')
        blbl = o.get("buyerlbl", "Razón social:")
        if b["idtype"] == "CUIT":
            bid = f'<b>{o.get("buyercuitlbl", "CUIT:")}</b> {o.get("cuitfmt", str)(b["id"])}'
        elif b["idtype"] == "DNI":
            bid = f'<b>DNI:</b> {b["id"]}'
        else:
            bid = "<b>Documento:</b> -"
        h.append('<table class="hdr"><tr>'
                 f'<td width="56%"><b>{blbl}</b> {b["name"]}<br/><b>Domicilio:</b> {b.get("addr", "")}</td>'
                 f'<td width="44%">{bid}<br/><b>Condición frente al IVA:</b> {b["cond"]}<br/>'
                 f'<b>Condición de venta:</b> {o.get("cond_venta", "Contado")}</td></tr></table><br/>')
        # items
        colw = o.get("colw", {"desc": "34%"})
        th = "".join(f'<th{" width=" + chr(34) + colw[c] + chr(34) if c in colw else ""}>{hh}</th>'
                     for c, hh in zip(cols, headers))
        rows = []
        for it in doc["items"]:
            tds = []
            for c in cols:
                v = cell_value(doc, it, c, af, qf, pf)
                cls = "" if c in ("desc", "code", "um") else ' class="num"'
                tds.append(f"<td{cls}>{'<br/>'.join(v)}</td>")
            rows.append("<tr>" + "".join(tds) + "</tr>")
        if o.get("table_discounts"):
            for lbl, a in doc["disc"]:
                tds = []
                for c in cols:
                    if c == "desc":
                        tds.append(f"<td>{lbl}</td>")
                    elif c == "amount":
                        tds.append(f'<td class="num">{af(-a)}</td>')
                    else:
                        tds.append("<td></td>")
                rows.append("<tr>" + "".join(tds) + "</tr>")
        h.append(f'<table class="items" repeat="1"><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table><br/>')
        # totals
        trs = totals_rows(doc, o)
        if o.get("grid_totals"):
            h.append('<table class="hdr tot"><tr>' + "".join(f'<td style="text-align:center"><b>{l}</b></td>' for l, _ in trs)
                     + '</tr><tr>' + "".join(f'<td class="num">{af(v)}</td>' for _, v in trs) + "</tr></table>")
        else:
            h.append('<table class="tot"><tr><td width="55%"></td><td width="45%"><table>' +
                     "".join(f'<tr><td class="num"><b>{l}{o.get("colon", ":")}</b></td><td class="num" width="35%">{af(v)}</td></tr>'
                             for l, v in trs) + "</table></td></tr></table>")
        if letter == "B" and o.get("ley27743"):
            h.append('<p><b>Régimen de Transparencia Fiscal al Consumidor (Ley 27.743)</b><br/>'
                     f'IVA Contenido: {fmt(doc["contenido"], "ar$")}<br/>Otros Impuestos Nacionales Indirectos: $ 0,00</p>')
        if o.get("son"):
            h.append(f'<p>Son pesos: {o["son"]}</p>')
        cae = (f'<b>{o.get("caelbl", "CAE N°:")}</b> {doc["cae"]}<br/><b>{o.get("caevlbl", "Fecha de Vto. de CAE:")}</b> '
               f'{ddmmyyyy(doc["date"] + dt.timedelta(days=10))}')
        h.append(f'<br/><table><tr><td width="22%">{qrhtml}</td><td width="78%">{cae}<br/>'
                 '<i>Comprobante autorizado por AFIP</i></td></tr></table>')
        parts.append("".join(h))
    return f'<html><head><meta charset="utf-8"/><style>{css}</style></head><body>{"".join(parts)}</body></html>'


def render_html(doc, path, engine):
    html = html_doc(doc, engine)
    if engine == "weasyprint":
        import weasyprint
        weasyprint.HTML(string=html).write_pdf(str(path))
    else:
        from xhtml2pdf import pisa
        with open(path, "wb") as f:
            r = pisa.CreatePDF(html, dest=f, encoding="utf-8")
        assert not r.err, r.err


# ---------------------------------------------------------------- the documents
STREETS = ["Av. Rivadavia", "Av. Corrientes", "San Martín", "Belgrano", "Av. Mitre", "Sarmiento", "Lavalle",
           "Av. Colón", "Mendoza", "Italia"]
CITIES = ["CABA", "Lanús - Buenos Aires", "Rosario - Santa Fe", "Córdoba", "Mar del Plata - Buenos Aires",
          "San Miguel de Tucumán", "Neuquén", "Mendoza"]


def addr(rng):
    return f"{rng.choice(STREETS)} {rng.randint(100, 4999)} - {rng.choice(CITIES)}"


def base_doc(name, seed, letter, gen, layout, issuer_name, buyer_name, buyer_idtype, items, **kw):
    rng = random.Random(seed)
    prefix = kw.pop("cuit_prefix", "30" if letter != "C" else rng.choice(["20", "27", "23"]))
    iss = {"name": issuer_name, "cuit": make_cuit(rng, prefix), "addr": addr(rng),
           "cond": "Responsable Monotributo" if letter == "C" else "IVA Responsable Inscripto"}
    iss.update(kw.pop("issuer_extra", {}))
    if buyer_idtype == "CUIT":
        bid = make_cuit(rng, rng.choice(["30", "33", "20", "27"]))
        bcond = "IVA Responsable Inscripto" if letter == "A" else rng.choice(["IVA Sujeto Exento", "Responsable Monotributo"])
    elif buyer_idtype == "DNI":
        bid = str(rng.randint(20000000, 45000000))
        bcond = "Consumidor Final"
    else:
        bid = "0"
        bcond = "Consumidor Final"
    buyer = {"name": buyer_name, "idtype": buyer_idtype, "id": bid, "cond": bcond, "addr": addr(rng)}
    doc = dict(name=name, letter=letter, gen=gen, layout=layout, issuer=iss, buyer=buyer,
               pos=kw.pop("pos", rng.randint(1, 20)), number=kw.pop("number", rng.randint(100, 99999)),
               date=kw.pop("date", dt.date(2025, rng.randint(1, 9), rng.randint(1, 28))),
               cae="7" + "".join(str(rng.randint(0, 9)) for _ in range(13)),
               currency="ARS", items=items, qr="img",
               rate_fmt=lambda r: fmt(r, "arn", 1 if r % 1 else 0) + "%")
    doc.update(kw)
    return doc


def I(*a, **k):
    return item(*a, **k)


def documents():
    docs = []
    A = lambda *a, **k: docs.append(base_doc(*a, **k))

    # ---------------- reportlab canvas, AFIP-like layout
    A("rl_afip_a_civa_3copies", 101, "A", "reportlab", "afip", "TALLERES METALURGICOS DEL OESTE S.A.",
      "LOGISTICA PAMPA SRL", "CUIT",
      [I("Soporte de acero galvanizado 40x40", 12, "8540.50", 21, code="SAG40"),
       I(["Servicio de mantenimiento preventivo", "de autoelevadores mes de marzo"], 1, "185000.00", 21, code="SRV01"),
       I("Rodamiento 6204 ZZ", 8, "4120.00", "10.5", bonif=10, code="R6204")],
      amount_kind="civa", rate_on_line=True, subtotal_kind="neto", qr="img", opts={},
      doc_desc="AFIP RCEL-like layout, Factura A with Subtotal c/IVA column (prices_include_vat true), 21% and 10,5%, "
               "a % bonif on one row, a description over two lines, ORIGINAL/DUPLICADO/TRIPLICADO pages, "
               "zero IVA lines in the totals block, QR as an image.")
    A("rl_afip_b_dni_vecqr", 102, "B", "reportlab", "afip", "CASA DEL AUDIO SRL", "PEREYRA MARIA LAURA", "DNI",
      [I("Auriculares inalámbricos BT 5.3", 1, "45999.00", code="AU-530"),
       I(["Parlante portátil 20W resistente al agua", "color negro"], 2, "38500.00", code="PP-20"),
       I("Cable de audio 3,5 mm 1,5 m", 3, "3200.00", code="CA-35")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="vec",
      opts={"copies": ["ORIGINAL", "DUPLICADO"], "ley27743": True},
      doc_desc="AFIP-like Factura B to a DNI consumer, ORIGINAL/DUPLICADO, Ley 27.743 'IVA Contenido' line (not vat), "
               "QR drawn as vector squares.")
    A("rl_afip_c_runtogether", 103, "C", "reportlab", "afip", "GOMEZ ANALIA SOLEDAD", "ESTUDIO CONTABLE RIVAS & ASOC.",
      "CUIT",
      [I(["Honorarios profesionales diseño gráfico", "Campaña otoño redes sociales"], 1, "150000.00", code="1"),
       I("Impresión de folletos A5 x 1000", 2, "42500.00", code="2")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="img",
      opts={"copies": ["ORIGINAL"], "runtogether": True, "cod3": True},
      doc_desc="AFIP-like Factura C (monotributo), a single ORIGINAL page, 'Pto. Vta:00012  Comp.Nro:00000045' run "
               "together, 'COD. 011', QR image.")
    A("rl_afip_a_usd", 104, "A", "reportlab", "afip", "SOFTWARE AUSTRAL S.A.", "BANCO DEL PLATA S.A.", "CUIT",
      [I(["Licencia anual plataforma de monitoreo", "100 usuarios período 2025"], 1, "4800.00", 21, code="LIC1"),
       I("Horas de consultoría", 12, "95.00", 21, unit_label="unidades", code="HC")],
      amount_kind="civa", rate_on_line=True, subtotal_kind="neto", qr="img", currency="USD", ctz=D("1050.50"),
      opts={"copies": ["ORIGINAL", "DUPLICADO"]},
      doc_desc="AFIP-like Factura A in USD ('Moneda: USD', peso equivalent line is not the total), QR moneda DOL.")

    # ---------------- reportlab canvas, private layouts
    A("rl_priv_a_net_perc", 105, "A", "reportlab", "private", "DISTRIBUIDORA NORTE GRANDE S.A.", "SUPERMERCADO EL SOL SRL",
      "CUIT",
      [I("Aceite de girasol 1,5 L x 12", 10, "21450.00", 21, code="1001"),
       I("Harina 000 1 kg x 10", 25, "7380.00", "10.5", code="1002"),
       I(["Yerba mate 1 kg x 10", "con palo, suave"], 6, "32990.00", "10.5", code="1003"),
       I("Lavandina 2 L x 8", 4, "9870.00", 21, code="1004")],
      amount_kind="net", rate_on_line=True, subtotal_kind="sum", qr="vec",
      taxes=[("Percepción IIBB", "Percepción IIBB", "15432.17"), ("Perc. IVA", "Perc. IVA", "9870.00")],
      opts={"cols": ["qty", "code", "desc", "price", "rate", "amount"], "numfmt": "N° {pos:04d}- {num:08d}",
            "datefmt": lambda d: ddmmyyyy(d, "-"), "vatfmt": "IVA {}%"},
      doc_desc="Private Factura A, columns Cant.|Código|Descripción|P. Unitario|% IVA|Importe (net, prices_include_vat "
               "false), IVA 21% and IVA 10,5% lines, Percepción IIBB and Perc. IVA as taxes, 'N° 0004- 00025399' with a "
               "space, 'Fecha: dd-mm-yyyy', 'C.U.I.T.:' with dashes, buyer 'Señor(es):' with C.U.I.T., QR vector.")
    A("rl_priv_b_grid_totals", 106, "B", "reportlab", "private", "FARMACIA CENTRAL DEL PARQUE SCS", "CONSUMIDOR FINAL",
      "CF",
      [I("Ibuprofeno 400 mg x 20 comp.", 2, "6890.00"),
       I("Protector solar FPS 50 200 ml", 1, "24750.00"),
       I(["Pañales talle G x 68", "pack ahorro"], 1, "38990.00"),
       I("Alcohol en gel 500 ml", 3, "4599.90")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="img",
      opts={"cols": ["desc", "qty", "price", "amount"], "numfmt": "Nº {pos:05d}-{num:08d}", "amt": "ar$",
            "grid_totals": True, "colnames": {"desc": "Producto", "price": "Precio Unit.", "amount": "Subtotal"},
            "cuitlbl": "CUIT:", "codlabel": "CODIGO N° {:02d}"},
      doc_desc="Private Factura B to a consumidor final, amounts as '$ 1.234,56', totals block as a two-row grid "
               "(labels row above values row), 'Nº 00007-00001234', 'CODIGO N° 06'.")
    A("rl_priv_a_multipage", 107, "A", "reportlab", "private", "FERRETERIA INDUSTRIAL CUYO S.R.L.",
      "CONSTRUCTORA ANDES S.A.", "CUIT", ferreteria_items(107, 34),
      amount_kind="net", rate_on_line=True, subtotal_kind="sum", qr="vec",
      taxes=[("Perc. IIBB Mendoza 2,50%", "Perc. IIBB Mendoza", None)],
      opts={"cols": ["code", "desc", "um", "qty", "price", "bonif", "rate", "amount"], "per_page": 20,
            "numfmt": "Comp. Nro: {pos:04d}-{num:08d}", "datelbl": "Fecha de Emisión:", "cuitlbl": "CUIT",
            "colnames": {"desc": "Detalle", "price": "Precio", "bonif": "Bonif.%", "amount": "Subtotal",
                         "rate": "Alic."},
            "fs": 7.5, "row_h": 10, "cuitfmt": str},
      doc_desc="Private Factura A with a 34-row item table over two pages (header repeated, 'Hoja 1 de 2', "
               "'Continúa en la hoja siguiente'), totals only on page 2; columns Código|Detalle|U.M.|Cantidad|Precio|"
               "Bonif.%|Alic.|Subtotal (net); a perception with its rate in the label; 'CUIT' label without colon.")
    A("rl_priv_b_totals_mismatch", 108, "B", "reportlab", "private", "LIBRERIA Y PAPELERIA EL ATENEO SRL",
      "ROMERO JUAN CARLOS", "DNI",
      [I("Resma A4 75 g x 500 hojas", 5, "7890.00"),
       I("Cuaderno universitario rayado 80 h", 10, "3450.00"),
       I("Lapicera gel azul x 12", 2, "8990.00")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="img", total_offset="1000.00",
      expect_warnings=["totals_mismatch"],
      opts={"cols": ["qty", "desc", "price", "amount"], "numfmt": "N° {pos:04d}-{num:08d}",
            "colnames": {"qty": "Cant.", "price": "Precio"}, "totlbl": "TOTAL $"},
      doc_desc="FLAG CASE: Factura B whose printed TOTAL is 1.000,00 more than its items (and its Subtotal); the QR "
               "agrees with the printed total. Expected: fields as printed, warnings ['totals_mismatch'].")
    A("rl_priv_a_i2of5_noqr", 109, "A", "reportlab", "private", "AGRO INSUMOS LA PAMPA S.A.", "ESTANCIA LOS ALAMOS SA",
      "CUIT",
      [I("Semilla de maíz híbrido bolsa 80.000 sem.", 4, "285000.00", "10.5"),
       I("Fertilizante urea granulada bolsa 50 kg", 20, "31500.00", "10.5"),
       I("Herbicida glifosato 20 L", 3, "96400.00", 21)],
      amount_kind="net", rate_on_line=False, subtotal_kind="sum", qr=None,
      opts={"cols": ["desc", "qty", "price", "amount"], "numfmt": "Nro. {pos:04d}-{num:08d}", "i2of5": True,
            "vatfmt": "I.V.A. {}%", "ratefmt": lambda r: fmt(r, "ar"), "caelbl": "C.A.E. Nº", "caevlbl": "Vto.:",
            "colnames": {"price": "Precio Unitario", "amount": "Importe Neto"}}, font="Times-Roman",
      doc_desc="Private Factura A (Crystal-like) with no QR, only an interleaved 2-of-5 barcode and its digits: qr null; "
               "no rate on the lines (vat_rate null), 'I.V.A. 21,00%' / 'I.V.A. 10,50%' lines, 'C.A.E. Nº'.")

    # ---------------- fpdf2
    A("fp_afip_a_civa_vec", 110, "A", "fpdf2", "afip", "CLIMATIZACION INTEGRAL SUR S.R.L.", "HOTEL COSTA AZUL S.A.", "CUIT",
      [I(["Equipo split inverter 6000 frigorías", "frío/calor clase A"], 2, "1245000.00", 21, code="SPL60"),
       I("Instalación de equipo split", 2, "180000.00", 21, code="INST"),
       I("Caño de cobre 3/8 rollo 15 m", 1, "96780.00", "10.5", code="CC38")],
      amount_kind="civa", rate_on_line=True, subtotal_kind="neto", qr="vec",
      opts={"runtogether": True},
      doc_desc="AFIP-like Factura A written by fpdf2 (Helvetica), three copies, Subtotal c/IVA, 'Pto. Vta:' and "
               "'Comp.Nro:' run together with their values, QR vector.")
    A("fp_a_4dec_net", 111, "A", "fpdf2", "private", "LABORATORIO QUIMICO PARANA S.A.", "INDUSTRIAS PLASTICAS DEL LITORAL SA",
      "CUIT",
      [I("Ácido cítrico anhidro", "25.5000", "3840.1250", 21, unit="kg", unit_label="kg"),
       I("Solvente isopropílico grado técnico bidón", "40.0000", "2875.3300", 21, unit_label="u"),
       I(["Colorante alimentario rojo punzó", "lote 2025-114"], "1.2500", "98650.0000", 21, unit="kg", unit_label="kg")],
      amount_kind="net", rate_on_line=False, subtotal_kind="sum", qr="img",
      opts={"cols": ["desc", "qty", "um", "price", "amount"], "qdec": 4, "pdec": 4,
            "numfmt": "Comp. Nro {pos:04d}-{num:08d}", "datelbl": "Fecha de Emisión:", "cuitlbl": "C.U.I.T. N°:",
            "colnames": {"qty": "Cantidad", "um": "U. medida", "price": "Precio unitario", "amount": "Subtotal"}},
      font="dejavu",
      doc_desc="Private Factura A (fpdf2, DejaVu TTF) with quantities and unit prices in 4 decimals, weighed rows "
               "(kg), a 'u' unit row (un), net amounts, no rate per line, 'C.U.I.T. N°:'.")
    A("fp_a_civa_ean", 112, "A", "fpdf2", "private", "MAYORISTA DE GOLOSINAS EL TREBOL S.A.", "KIOSCO LOS AMIGOS SRL",
      "CUIT", golosinas_items(112),
      amount_kind="civa", rate_on_line=True, subtotal_kind="neto", qr="img", ean_codes=True,
      opts={"cols": ["code", "desc", "qty", "price", "rate", "amount"], "numfmt": "N° {pos:04d}-{num:08d}",
            "sublbl": "Neto Gravado",
            "colnames": {"code": "Cód", "price": "P. Unit.", "rate": "Alic. IVA", "amount": "Importe c/IVA"},
            "widths": {"code": 70}},
      doc_desc="Private Factura A (FPDF-like) whose line amount includes VAT ('Importe c/IVA' after 'Alic. IVA', "
               "prices_include_vat true); the code column holds EAN-13 barcodes (ean); the totals block prints "
               "'Neto Gravado' (the subtotal, no Subtotal label), IVA lines and TOTAL.")
    A("fp_b_price_before_qty", 113, "B", "fpdf2", "private", "ELECTRO HOGAR MITRE S.A.", "ACOSTA ROCIO BELEN", "DNI",
      [I("Pava eléctrica 1,7 L acero", 1, "32999.00"),
       I(["Licuadora 600 W vaso de vidrio", "3 velocidades"], 1, "54990.00"),
       I("Pilas alcalinas AA x 4", 3, "5490.00")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="vec", discounts=[("Descuento promoción", "5000.00")],
      opts={"cols": ["desc", "price", "qty", "amount"], "numfmt": "N° {pos:04d}-{num:08d}", "table_discounts": True,
            "colnames": {"desc": "Producto", "price": "Precio Unit.", "qty": "Cantidad", "amount": "Subtotal"},
            "codlabel": "Código {:02d}"},
      doc_desc="Private Factura B with columns Producto|Precio Unit.|Cantidad|Subtotal (price before quantity), a discount "
               "row with a negative amount and no quantity in the table (a discount, not an item), QR vector.")
    A("fp_c_noqr", 114, "C", "fpdf2", "private", "MARTINEZ PABLO ESTEBAN", "CONSORCIO EDIFICIO TORRE LUNA", "CUIT",
      [I("Reparación de bomba de agua", 1, "85000.00"),
       I(["Reemplazo de flotante automático", "incluye materiales"], 1, "27500.00"),
       I("Visita técnica", 2, "12000.00")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr=None,
      opts={"cols": ["qty", "desc", "price", "amount"], "numfmt": "Pto. Vta: {pos:04d}  Nro: {num:08d}",
            "datelbl": "Fecha de Emisión:", "cuitlbl": "CUIT:", "cuitfmt": str, "buyerlbl": "Cliente:",
            "colnames": {"qty": "Cant.", "amount": "Importe"}},
      doc_desc="Private Factura C without any QR (qr null), 'Pto. Vta: 0005  Nro: 00000789', buyer as 'Cliente:' with "
               "its own CUIT.")
    A("fp_a_discount", 115, "A", "fpdf2", "private", "IMPRENTA GRAFICA DEL CENTRO S.R.L.", "COLEGIO SAN JOSE ASOC. CIVIL",
      "CUIT",
      [I("Talonarios de facturas A 50 juegos duplicado", 20, "6850.00", 21),
       I(["Impresión de revista institucional", "48 páginas color, tirada 500"], 1, "687000.00", 21),
       I("Sobres membretados x 500", 4, "18900.00", 21)],
      amount_kind="net", rate_on_line=True, subtotal_kind="sum", qr="img", discounts=[("Descuento comercial", "35000.00")],
      opts={"cols": ["desc", "qty", "price", "rate", "amount"], "numfmt": "Nº {pos:04d}-{num:08d}",
            "colnames": {"desc": "Detalle", "rate": "IVA", "amount": "Importe"}, "vatfmt": "IVA {}%"},
      font="times",
      doc_desc="Private Factura A (fpdf2, Times) with a 'Descuento comercial' line in the totals block between "
               "Subtotal and 'Importe Neto Gravado'; VAT on the discounted net.")
    A("fp_b_qr_mismatch_total", 116, "B", "fpdf2", "private", "BICICLETERIA RUEDA LIBRE", "SOSA MARTIN", "DNI",
      [I("Cámara rodado 29", 2, "8900.00"), I("Cubierta MTB 29 x 2,20", 1, "49900.00"),
       I("Service completo de bicicleta", 1, "35000.00")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="img", qr_override={"importe": D("112700.00")},
      expect_warnings=["qr_mismatch"],
      opts={"cols": ["desc", "qty", "price", "amount"], "numfmt": "N° {pos:04d}-{num:08d}"},
      doc_desc="FLAG CASE: Factura B whose QR states importe 112700.00 while the printed total (which adds up) is "
               "102700,00. Expected: printed fields, qr as decoded, warnings ['qr_mismatch'].")
    A("fp_b_dot_amounts", 117, "B", "fpdf2", "private", "VIVERO LAS CASUARINAS S.R.L.", "CONSUMIDOR FINAL", "CF",
      [I("Malvón en maceta N°14", 6, "4500.00"),
       I("Tierra fértil bolsa 50 dm3", 4, "6250.50"),
       I(["Ficus benjamina 1,20 m", "con maceta plástica"], 1, "28999.99"),
       I("Fertilizante líquido 1 L", 2, "7890.00")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="img",
      opts={"cols": ["qty", "desc", "price", "amount"], "numfmt": "N° {pos:04d}-{num:08d}", "amt": "dot",
            "colnames": {"qty": "Cant.", "price": "P.Unit", "amount": "Total"}, "totlbl": "TOTAL",
            "sublbl": "Sub Total"},
      doc_desc="Private Factura B with amounts in dot-decimal form '1234.56' (no thousands separator), "
               "'Sub Total', a 'Total' column, QR image.")
    A("fp_a_afip_perc_layout2", 118, "A", "fpdf2", "private", "TRANSPORTE EL CONDOR S.A.", "ACEITERA GENERAL DEHEZA S.A.",
      "CUIT",
      [I(["Flete Rosario - Córdoba", "semirremolque 30 t, remito 0001-00004521"], 1, "1850000.00", 21),
       I("Estadía en planta (horas)", 6, "25000.00", 21)],
      amount_kind="net", rate_on_line=False, subtotal_kind="sum", qr="vec",
      taxes=[("Percepción IIBB", "Percepción IIBB", "39000.00")],
      issuer_extra={"display": "TRANSPORTES CONDOR"},
      opts={"cols": ["desc", "qty", "price", "amount"], "numfmt": "{pos:05d}-{num:08d}", "rs_label": True,
            "datelbl": "Fecha de emisión:", "colnames": {"price": "Precio unit.", "amount": "Importe neto"}},
      doc_desc="Private Factura A whose top line is a trade name ('TRANSPORTES CONDOR') and the issuer is "
               "'Razón Social: TRANSPORTE EL CONDOR S.A.'; number printed bare '00003-00000438' (no label); "
               "Percepción IIBB; QR vector.")

    # ---------------- weasyprint
    A("wp_a_ml_style", 119, "A", "weasyprint", "html", "TECNO COMPUTACION S.R.L.", "SERVICIOS MEDICOS INTEGRALES SA",
      "CUIT",
      [I(["Notebook 15,6 Core i5 16 GB 512 GB SSD", "Operación web #2000009876543210"], 2, "842975.21", 21, code="NB156"),
       I("Mouse inalámbrico", 2, "12396.69", 21, code="MS01"),
       I("Libro técnico de redes", 1, "28500.00", "10.5", code="LB22")],
      amount_kind="net", rate_on_line=True, subtotal_kind="sum", qr="vec",
      taxes=[("Percepción IIBB", "Percepción IIBB", "33521.87")],
      opts={"cols": ["code", "desc", "qty", "price", "rate", "amount"], "issuer_style": "label",
            "numfmt": "<b>Punto de Venta:</b> {pos:05d} <b>Comp. Nro:</b> {num:08d}", "buyerlbl": "Razón social:",
            "colnames": {"rate": "% IVA", "amount": "Subtotal"}, "vatfmt": "IVA {}%"},
      doc_desc="HTML (weasyprint) Factura A where both the issuer block ('Razón Social:') and the buyer block "
               "('Razón social:' + CUIT) carry a legal name; net amounts, 21% and 10,5%, Percepción IIBB, QR as "
               "inline SVG vectors.")
    A("wp_b_long_table", 120, "B", "weasyprint", "html", "SUPERMERCADO LA ECONOMIA S.A.", "CONSUMIDOR FINAL", "CF",
      super_items(120, 46),
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="img", ean_codes=True,
      opts={"cols": ["code", "desc", "qty", "price", "amount"], "numfmt": "<b>Nro:</b> {pos:04d}-{num:08d}",
            "colnames": {"code": "Código", "desc": "Descripción", "price": "Precio", "amount": "Importe"},
            "ley27743": True, "datelbl": "Fecha:"},
      doc_desc="HTML (weasyprint) Factura B with a 46-row table breaking across pages (thead repeated), EAN-13 codes, "
               "weighed rows in kg, Ley 27.743 block, QR image at the end.")
    A("wp_c_qr_strings", 121, "C", "weasyprint", "html", "LOPEZ RAMIRO ANDRES", "ROMERO SILVINA", "DNI",
      [I("Clase de guitarra individual", 4, "15000.00"), I("Material de estudio", 1, "8500.00")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="img", qr_strings=True, qr_nowww=True,
      opts={"cols": ["desc", "qty", "price", "amount"], "numfmt": "<b>Comp. Nro:</b> {pos:04d}-{num:08d}",
            "codlabel": "Cod. {:02d}", "datelbl": "Fecha:", "datefmt": lambda d: ddmmyyyy(d, "/", yy=True)},
      doc_desc="HTML (weasyprint) Factura C, date with a 2-digit year 'dd/mm/yy', QR payload with numbers as strings "
               "and host 'afip.gob.ar' without www.")
    A("wp_a_grid_totals", 122, "A", "weasyprint", "html", "METALURGICA SANTA ROSA S.A.", "AUTOPARTES DEL SUR SRL", "CUIT",
      [I("Brida forjada 4 pulgadas", 30, "15890.00", 21), I("Bulón 1/2 x 3 grado 8", 500, "412.50", 21),
       I(["Mecanizado de ejes según plano", "Nº 4471 rev. B"], 12, "28650.00", 21)],
      amount_kind="net", rate_on_line=False, subtotal_kind="sum", qr="vec",
      taxes=[("Perc. IVA", "Perc. IVA", "18912.45")],
      opts={"cols": ["qty", "desc", "price", "amount"], "grid_totals": True,
            "numfmt": "<b>N°</b> {pos:04d}-{num:08d}", "colnames": {"qty": "Cant.", "price": "Precio Unit.",
                                                                  "amount": "Importe"},
            "vatfmt": "IVA {}%", "totlbl": "Importe Total", "sublbl": "Subtotal"},
      doc_desc="HARD CASE: HTML Factura A whose totals are only a grid (labels row above values row: Subtotal | IVA 21% | "
               "Perc. IVA | Importe Total) and the QR; no rate per line; QR SVG.")
    A("wp_a_qr_mismatch_number", 123, "A", "weasyprint", "html", "SEGURIDAD PRIVADA CENTINELA S.A.",
      "BARRIO CERRADO LOS CEIBOS SA", "CUIT",
      [I("Servicio de vigilancia mes de mayo", 1, "2450000.00", 21), I("Monitoreo de alarmas", 1, "185000.00", 21)],
      amount_kind="net", rate_on_line=True, subtotal_kind="sum", qr="img", qr_override={"nroCmp": "OTHER"},
      expect_warnings=["qr_mismatch"],
      opts={"cols": ["desc", "qty", "price", "rate", "amount"], "numfmt": "<b>Comp. Nro:</b> {pos:05d}-{num:08d}",
            "vatfmt": "IVA {}%"},
      doc_desc="FLAG CASE: HTML Factura A whose QR names another document number (nroCmp) than the printed one; "
               "totals add up. Expected: printed fields, qr as decoded, warnings ['qr_mismatch'].")
    A("wp_b_kg_wrap", 124, "B", "weasyprint", "html", "CARNICERIA Y GRANJA DON TITO", "GIMENEZ CLAUDIA", "DNI",
      [I("Asado de novillo", "2.350", "12990.00", unit="kg", unit_label="kg"),
       I(["Milanesas de nalga", "rebozadas caseras"], "1.500", "14500.00", unit="kg", unit_label="kg"),
       I("Pollo entero", 2, "6890.00", unit_label="u"),
       I("Chorizo puro cerdo", "0.780", "8990.00", unit="kg", unit_label="kg")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="img",
      opts={"cols": ["desc", "qty", "um", "price", "amount"], "qdec": 3, "numfmt": "<b>Nº</b> {pos:04d}-{num:08d}",
            "colnames": {"qty": "Cantidad", "um": "Unidad", "price": "Precio x U/kg", "amount": "Importe"},
            "cuitlbl": "C.U.I.T.:", "cuitfmt": cuit_dash},
      doc_desc="HTML Factura B with weighed rows (quantity with 3 decimals, unit kg), a 'u' unit row, a description "
               "over two lines, 'C.U.I.T.:' with dashes.")

    # ---------------- xhtml2pdf
    A("xh_a_net_perc", 125, "A", "xhtml2pdf", "html", "PINTURERIAS DEL LITORAL S.A.", "CONSTRUCCIONES RIO SECO SRL",
      "CUIT",
      [I("Látex interior mate 20 L", 6, "78500.00", 21, code="LX20"),
       I(["Esmalte sintético brillante blanco", "4 L"], 4, "42300.00", 21, code="ES04"),
       I("Rodillo lana 22 cm", 10, "6890.00", 21, code="RD22")],
      amount_kind="net", rate_on_line=True, subtotal_kind="sum", qr="img",
      taxes=[("Percepción IIBB", "Percepción IIBB", "18750.00"), ("Impuestos Internos", "Impuestos Internos", "3200.00")],
      opts={"cols": ["code", "desc", "qty", "price", "rate", "amount"], "cuitlbl": "C.U.I.T. N°:", "cuit_left": True,
            "numfmt": "<b>Nº</b> {pos:04d}-{num:08d}", "buyerlbl": "Señor(es):", "vatfmt": "IVA {}%",
            "colnames": {"desc": "Descripción", "rate": "Alíc.", "amount": "Importe"}},
      doc_desc="HTML (xhtml2pdf) Factura A, 'C.U.I.T. N°:' in the issuer block, buyer 'Señor(es):' with its CUIT, net "
               "amounts with the rate per line, Percepción IIBB and Impuestos Internos as taxes.")
    A("xh_b_copies", 126, "B", "xhtml2pdf", "html", "OPTICA VISION CLARA S.R.L.", "DIAZ FERNANDO", "DNI",
      [I(["Anteojo receta monofocal", "armazón acetato + cristales orgánicos"], 1, "145000.00"),
       I("Estuche rígido", 1, "6500.00"), I("Líquido limpiador 60 ml", 2, "3900.00")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr="img",
      opts={"cols": ["desc", "qty", "price", "amount"], "copies": ["ORIGINAL", "DUPLICADO"],
            "numfmt": "<b>Punto de Venta:</b> {pos:05d} &nbsp; <b>Comp. Nro:</b> {num:08d}",
            "colnames": {"desc": "Producto / Servicio", "price": "Precio Unit.", "amount": "Subtotal"}},
      doc_desc="HTML (xhtml2pdf) Factura B, two copies ORIGINAL/DUPLICADO as pages, description over two lines.")
    A("xh_c_noqr", 127, "C", "xhtml2pdf", "html", "FERNANDEZ LUCIA BEATRIZ", "ASOCIACION VECINAL BARRIO NORTE", "CUIT",
      [I("Taller de cerámica (cuota mensual)", 12, "9500.00"), I("Horno: quema de piezas", 3, "4200.00")],
      amount_kind="final", rate_on_line=False, subtotal_kind="sum", qr=None,
      opts={"cols": ["desc", "qty", "price", "amount"], "numfmt": "<b>Comp. Nro:</b> {pos:04d}-{num:08d}",
            "datelbl": "Fecha:", "datefmt": lambda d: ddmmyyyy(d, "-"), "codlabel": "COD. {:03d}",
            "colnames": {"desc": "Concepto", "price": "Importe Unit.", "amount": "Importe"}},
      doc_desc="HTML (xhtml2pdf) Factura C without QR, 'Fecha: dd-mm-yyyy', columns Concepto|Cantidad|Importe Unit.|"
               "Importe.")
    A("xh_a_civa_afipcols", 128, "A", "xhtml2pdf", "html", "SERVICIOS INFORMATICOS DELTA S.A.",
      "MUNICIPALIDAD DE VILLA GESELL", "CUIT",
      [I(["Soporte técnico mensual", "plan empresas 40 puestos"], 1, "520000.00", 21),
       I("Disco SSD 1 TB", 4, "98500.00", 21, bonif=5),
       I("Manual de usuario impreso", 10, "4800.00", "10.5")],
      amount_kind="civa", rate_on_line=True, subtotal_kind="neto", qr="img",
      opts={"cols": ["desc", "qty", "um", "price", "bonif", "net", "rate", "amount"], "amt": "arn",
            "numfmt": "<b>Pto. Vta:</b> {pos:05d} <b>Comp. Nro:</b> {num:08d}",
            "colnames": {"desc": "Producto / Servicio", "um": "U. medida", "price": "Precio unitario",
                         "bonif": "% Bonif", "net": "Subtotal", "rate": "Alícuota IVA", "amount": "Subtotal c/IVA"},
            "sublbl": "Importe Neto Gravado", "totlbl": "Importe Total", "vatfmt": "IVA {}%"},
      doc_desc="HTML (xhtml2pdf) Factura A with AFIP-style columns without a code column (Producto / Servicio first), "
               "% Bonif on one row, Subtotal and Subtotal c/IVA (amount = c/IVA), 'Importe Neto Gravado' as the "
               "subtotal, 'Pto. Vta:'.")
    return docs


def ferreteria_items(seed, n):
    rng = random.Random(seed)
    things = ["Tornillo autoperforante 14x1", "Tarugo nylon 8 mm", "Disco de corte 115 mm", "Mecha acero rápido 8 mm",
              "Cinta métrica 5 m", "Guante de vaqueta", "Electrodo 2,5 mm x kg", "Pintura antióxido 4 L",
              "Cable unipolar 2,5 mm rollo 100 m", "Llave térmica bipolar 25 A", "Caño PVC 110 mm x 4 m",
              "Codo PVC 110 a 90°", "Cemento portland bolsa 50 kg", "Arena fina m3", "Hierro del 8 barra 12 m",
              "Malla sima 15x15", "Clavo punta París 2 pulgadas kg", "Silicona acética transparente",
              "Sellador poliuretánico", "Candado bronce 50 mm"]
    items = []
    for i in range(n):
        t = things[i % len(things)]
        lines = [t] if i % 7 != 3 else [t, "marca nacional, caja cerrada"]
        rate = "10.5" if i % 5 == 0 else 21
        items.append(item(lines, rng.randint(1, 40), f"{rng.randint(300, 90000)}.{rng.randint(0, 99):02d}", rate,
                          bonif=(5 if i % 6 == 2 else 0), code=f"F{1000 + i}"))
    return items


def golosinas_items(seed):
    rng = random.Random(seed)
    names = ["Alfajor triple chocolate caja x 24", "Chicle menta display x 20", "Caramelos masticables bolsa 800 g",
             "Chocolate con leche 100 g caja x 12", "Turrón de maní caja x 50"]
    return [item(n, rng.randint(2, 12), f"{rng.randint(3000, 25000)}.{rng.choice(['00', '50', '99'])}",
                 "21" if i != 2 else "10.5", code=ean13(rng)) for i, n in enumerate(names)]


def super_items(seed, n):
    rng = random.Random(seed)
    names = ["Leche entera 1 L", "Yogur bebible frutilla 1 L", "Arroz largo fino 1 kg", "Fideos tirabuzón 500 g",
             "Aceite de girasol 900 ml", "Azúcar común 1 kg", "Café molido 250 g", "Galletitas de agua 300 g",
             "Dulce de leche 400 g", "Queso cremoso", "Jamón cocido", "Banana", "Manzana roja", "Papa",
             "Detergente 750 ml", "Papel higiénico x 4", "Jabón en polvo 800 g", "Agua mineral 2 L",
             "Gaseosa cola 2,25 L", "Cerveza lata 473 ml", "Pan lactal", "Mermelada de durazno 454 g",
             "Atún al natural 170 g"]
    weighed = {"Queso cremoso", "Jamón cocido", "Banana", "Manzana roja", "Papa"}
    out = []
    for i in range(n):
        nm = names[i % len(names)]
        if nm in weighed:
            out.append(item(nm, f"{rng.randint(200, 2500) / 1000:.3f}", f"{rng.randint(900, 15000)}.00", unit="kg",
                            unit_label="kg", code=ean13(rng)))
        else:
            out.append(item(nm, rng.randint(1, 4), f"{rng.randint(600, 9000)}.{rng.choice(['00', '50', '90', '99'])}",
                            code=ean13(rng)))
    return out


def fix_taxes(doc):
    """Taxes given with amount None are a percentage of the net, the rate printed in their label."""
    out = []
    for lbl, desc, a in doc.get("taxes", []):
        if a is None:
            pct = D(lbl.split()[-1].rstrip("%").replace(",", "."))
            base = sum((it["net"] for it in doc["items"]), D(0))
            a = q2(base * pct / 100)
        out.append((lbl, desc, a))
    doc["taxes"] = out


def build(doc):
    compute(doc)
    if doc.get("qr_override", {}).get("nroCmp") == "OTHER":
        doc["qr_override"]["nroCmp"] = doc["number"] + 1
    if doc["qr"]:
        doc["qr_url"], _ = qr_payload(doc)
    exp = expected(doc)
    pdf = OUT / f"{doc['name']}.pdf"
    if doc["gen"] in ("reportlab", "fpdf2"):
        pages = layout_afip(doc) if doc["layout"] == "afip" else layout_private(doc)
        if doc["gen"] == "reportlab":
            render_reportlab(pages, pdf, doc.get("font", "Helvetica"))
        else:
            render_fpdf(pages, pdf, doc.get("font", "helvetica"))
    else:
        render_html(doc, pdf, doc["gen"])
    with open(OUT / f"{doc['name']}.expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return exp


def main():
    OUT.mkdir(exist_ok=True)
    docs = documents()
    names = [d["name"] for d in docs]
    assert len(set(names)) == len(names)
    meta = []
    for d in docs:
        exp = build(d)
        meta.append({"name": d["name"], "generator": d["gen"], "layout": d["layout"], "doc_type": exp["doc_type"],
                     "items": len(exp["items"]), "qr": d["qr"], "warnings": exp["warnings"], "desc": d["doc_desc"]})
        print(f"{d['name']:32s} {d['gen']:10s} {exp['doc_type']} items={len(exp['items'])} total={exp['total']} "
              f"qr={d['qr']} warnings={exp['warnings']}")
    with open(OUT / "index.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
