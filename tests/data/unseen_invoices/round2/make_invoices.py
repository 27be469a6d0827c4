"""Writes the second held-out invoice set: OUT/NAME.pdf + OUT/NAME.expected.json (contract v2).
Deterministic: every random choice comes from random.Random(seed) per document.
Generators: Chromium headless (print-to-pdf), wkhtmltopdf, Typst, PyMuPDF (text at coordinates and
Story), matplotlib's PDF backend."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from model import Invoice, Party, compute, make_cae, make_cuit, make_ean13, make_item, q2, qr_payload  # noqa: E402
from render_html import afip_doc, erp_doc, saas_doc, items_table, totals_rows  # noqa: E402
from render_other import coords_pdf, mpl_pdf, roll_pdf, story_pdf, typst_pdf  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

GOODS = [
    "TALADRO PERCUTOR 13MM 750W", "CAJA DE TORNILLOS AUTOPERFORANTES X 100", "PINTURA LATEX INTERIOR BLANCO 20 LT",
    "CABLE UNIPOLAR 2,5MM ROLLO 100 MTS", "LLAVE TERMOMAGNETICA BIPOLAR 32A", "DISCO DE CORTE METAL 115MM",
    "MONITOR LED 24 PULGADAS FULL HD", "TECLADO USB ESPAÑOL", "MOUSE INALAMBRICO", "CARTUCHO TONER NEGRO",
    "RESMA PAPEL A4 75G", "SILLA ERGONOMICA DE OFICINA CON APOYABRAZOS REGULABLES Y RESPALDO DE MALLA",
    "YERBA MATE 1 KG", "ACEITE DE GIRASOL 1,5 LT", "CAFE EN GRANOS TOSTADO NATURAL", "AZUCAR COMUN 1 KG",
    "AURICULARES BLUETOOTH CON CANCELACION DE RUIDO", "CARGADOR USB C 20W", "ZAPATILLAS RUNNING TALLE 42",
    "CAMPERA IMPERMEABLE", "MATE DE CALABAZA CON VIROLA", "BOMBILLA ACERO INOXIDABLE",
    "KIT DE HERRAMIENTAS 45 PIEZAS EN MALETIN PLASTICO REFORZADO", "LAMPARA LED 9W LUZ FRIA",
]
FOOD_KG = ["QUESO CREMOSO", "JAMON COCIDO NATURAL", "BANANA ECUADOR", "CARNE PICADA ESPECIAL", "PAN FRANCES"]
SERVICES = [
    "Honorarios profesionales por asesoramiento contable correspondiente al mes de febrero",
    "Servicio de mantenimiento preventivo de equipos de aire acondicionado en sucursal centro",
    "Diseño y desarrollo de sitio web institucional, etapa 2 de 3 según presupuesto aprobado",
    "Clases de apoyo escolar", "Traslado de mercadería CABA - La Plata", "Reparación de bomba de agua",
    "Abono mensual hosting y soporte técnico", "Relevamiento y medición de terreno",
]
ISSUERS = [
    ("GARCIA HNOS S.R.L.", "Ferretería El Tornillo", "30"), ("DISTRIBUIDORA DEL PLATA S.A.", None, "30"),
    ("TECNOSUR INSUMOS S.A.S.", "TecnoSur", "30"), ("MUÑOZ RICARDO ALBERTO", None, "20"),
    ("LA ESPIGA DORADA S.R.L.", "Panadería La Espiga", "30"), ("BIANCHI Y ASOCIADOS S.A.", None, "30"),
    ("FERNANDEZ MARIA LAURA", None, "27"), ("ALMACEN NATURAL SOCIEDAD ANONIMA", "Almacén Natural", "30"),
    ("COOPERATIVA DE TRABAJO EL ALGARROBO LTDA", None, "30"), ("LOPEZ ESTEBAN DANIEL", None, "20"),
]
BUYERS = [
    ("CONSTRUCTORA AUSTRAL S.A.", "30", "IVA Responsable Inscripto"),
    ("SERVICIOS INTEGRALES DEL SUR S.R.L.", "30", "IVA Responsable Inscripto"),
    ("PEREYRA JUAN CARLOS", "20", "Responsable Monotributo"),
    ("ESTUDIO JURIDICO ROMERO & ASOC. S.C.", "30", "IVA Responsable Inscripto"),
    ("GOMEZ SILVINA", None, "Consumidor Final"), ("ACOSTA MARTIN", None, "Consumidor Final"),
    ("MARTINEZ LUCIA", "27", "IVA Sujeto Exento"),
]
STREETS = ["Av. Corrientes 1234 - CABA", "Calle 7 Nro 845 - La Plata", "Bv. San Juan 560 - Córdoba",
           "San Martín 2210 - Rosario, Santa Fe", "Ruta 9 Km 45 - Escobar", "Belgrano 77 Piso 3 Of. B - Mendoza"]


def parties(rng, letter, issuer_idx, buyer_kind):
    nm, fan, pre = ISSUERS[issuer_idx]
    iss = Party(nm, make_cuit(rng, pre), "", rng.choice(STREETS), fan)
    if buyer_kind == "cuit":
        b = rng.choice([x for x in BUYERS if x[1]])
    else:
        b = rng.choice([x for x in BUYERS if not x[1]])
    if letter == "A":
        b = rng.choice([x for x in BUYERS if x[2] == "IVA Responsable Inscripto"])
    bcuit = make_cuit(rng, b[1]) if b[1] else None
    buy = Party(b[0], bcuit, b[2], rng.choice(STREETS),
                doc_num="" if bcuit else str(rng.randint(20_000_000, 45_000_000)))
    return iss, buy


def goods(rng, letter, n, *, rates=(D("21"),), ean=False, code=False, kg=0, unit_label="unidades",
          bonif=False, descs=None, qty_dec=2, price_range=(800, 95000)):
    items = []
    pool = list(descs or GOODS)
    rng.shuffle(pool)
    for i in range(n):
        rate = rates[i % len(rates)]
        if i < kg:
            desc = FOOD_KG[i % len(FOOD_KG)]
            qty = D(rng.randint(150, 2600)) / 1000
            unit, ul, qd = "kg", "kg", 3
        else:
            desc = pool[i % len(pool)]
            qty = D(rng.choice([1, 1, 2, 3, 4, 5, 6, 10, 12]))
            unit, ul, qd = "un", unit_label, qty_dec
        price = D(rng.randint(price_range[0] * 100, price_range[1] * 100)) / 100
        if letter != "A":
            price = price  # B/C prices include VAT already
        e = make_ean13(rng) if ean else None
        c = e if ean else (f"{rng.choice('ABCDEFGHKMPRT')}{rng.randint(100, 9999):04d}" if code else "")
        b = D(rng.choice([5, 10, 15])) if bonif and i % 2 == 0 else D("0")
        items.append(make_item(rng, letter, desc, qty, price, rate if letter != "C" else None, unit, ul, c, e, b, qd))
    return items


def base(name, gen, letter, seed, issuer_idx, buyer_kind="cuit", d=None, pos=None, number=None):
    rng = random.Random(seed)
    iss, buy = parties(rng, letter, issuer_idx, buyer_kind)
    d = d or date(2024, rng.randint(1, 12), rng.randint(1, 28))
    inv = Invoice(name, gen, letter, iss, buy, pos or rng.randint(1, 12), number or rng.randint(100, 99999), d, [])
    inv.cae = make_cae(rng)
    inv.cae_due = d + timedelta(days=10)
    inv.pay_due = d + timedelta(days=30)
    return inv, rng


# ---------------------------------------------------------------------------- renderers → PDF
def chromium(html: str, out: str) -> None:
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "doc.html")
        Path(p).write_text(html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/ud", f"--print-to-pdf={out}", "file://" + p],
                       check=True, capture_output=True, timeout=120)


def wkhtml(html: str, out: str) -> None:
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "doc.html")
        Path(p).write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "-q", "--page-size", "A4", "-T", "10mm", "-B", "10mm", "-L", "10mm", "-R", "10mm",
                        "--enable-local-file-access", p, out], check=True, capture_output=True, timeout=120)


def render(inv: Invoice, layout: str, o: dict) -> None:
    out = str(OUT / f"{inv.name}.pdf")
    # a line's vat_rate is expected only where the layout prints a rate on the line
    if layout in ("afip", "saas", "erp", "typst", "story"):
        inv.print_line_rate = "rate" in o["cols"]
    elif layout == "mpl":
        inv.print_line_rate = any(c[0] == "rate" for c in o["cols"])
    elif layout == "coords":
        inv.print_line_rate = False
    if layout in ("afip", "saas", "erp"):
        html = {"afip": afip_doc, "saas": saas_doc, "erp": erp_doc}[layout](inv, o)
        (chromium if inv.generator == "chromium" else wkhtml)(html, out)
    elif layout == "typst":
        typst_pdf(inv, o, out)
    elif layout == "roll":
        roll_pdf(inv, o, out)
    elif layout == "story":
        story_pdf(inv, o, out)
    elif layout == "coords":
        coords_pdf(inv, o, out)
    elif layout == "mpl":
        mpl_pdf(inv, o, out)
    exp = inv.expected()
    (OUT / f"{inv.name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


AFIP_A_INCL = ["code", "desc", "qty", "unit", "price", "bonif", "net", "rate", "incl"]
AFIP_BC = ["code", "desc", "qty", "unit", "price", "bonif", "impbonif", "net"]
R21, R105, R27 = D("21"), D("10.5"), D("27")
ALL_RATES = [R27, R21, R105, D("5"), D("2.5"), D("0")]


def docs():
    """(Invoice, layout, options, what it exercises)"""
    out = []

    def add(inv, layout, o, what):
        out.append((inv, layout, o, what))

    # ---------------- Chromium
    inv, rng = base("c01_fa_afipclone_incl_3copies", "chromium", "A", 101, 0)
    inv.items = goods(rng, "A", 3, rates=(R21, R105), code=True)
    compute(inv, taxes=[("Percepción IIBB", "Percepción IIBB:", D("3"))])
    inv.zero_taxes = ["Importe Otros Tributos:"]
    qr_payload(inv)
    add(inv, "afip", {"cols": AFIP_A_INCL, "date": "slash", "copies": ["ORIGINAL", "DUPLICADO", "TRIPLICADO"],
                      "all_rates": ALL_RATES, "qr": "png"},
        "AFIP-like layout, Factura A with Subtotal c/IVA (prices_include_vat true), two VAT rates among zero rate lines, "
        "perception IIBB as tax, zero Otros Tributos, three copies, fantasy name above Razón Social, QR PNG")

    inv, rng = base("c02_fb_afipclone_bonif_2copies", "chromium", "B", 102, 3, "dni")
    inv.items = goods(rng, "B", 4, bonif=True, code=True, unit_label="unidades")
    compute(inv)
    qr_payload(inv)
    add(inv, "afip", {"cols": AFIP_BC, "date": "slash", "copies": ["ORIGINAL", "DUPLICADO"], "qr": "svg",
                      "labels": {"sub": "Subtotal:", "total": "Importe Total:"}},
        "AFIP-like Factura B, % Bonif and Imp. Bonif. columns non-zero (amount = printed Subtotal after bonus, "
        "no discount line), buyer by DNI, two copies, QR as SVG vectors")

    inv, rng = base("c03_fc_afipclone_wrap", "chromium", "C", 103, 6, "dni")
    inv.items = goods(rng, "C", 3, descs=SERVICES, unit_label="unidades", price_range=(20000, 300000))
    for it in inv.items:
        it.qty = D("1")
        it.net = it.incl = q2(it.unit_price)
    compute(inv)
    qr_payload(inv)
    add(inv, "afip", {"cols": AFIP_BC, "date": "slash", "copies": ["ORIGINAL", "DUPLICADO", "TRIPLICADO"], "qr": "png",
                      "labels": {"sub": "Subtotal:", "total": "Importe Total:"}, "zero": True},
        "AFIP-like Factura C (COD. 11), long service descriptions wrapping in the cell, three copies, QR PNG")

    inv, rng = base("c04_fb_saas_discount", "chromium", "B", 104, 7, "dni")
    inv.items = goods(rng, "B", 5, price_range=(900, 12000), ean=True)
    compute(inv, disc_pct=D("10"), disc_label="Bonificación cliente frecuente")
    qr_payload(inv)
    add(inv, "saas", {"cols": ["code", "desc", "qty", "price", "amount"], "date": "dot", "qr": "svg",
                      "colnames": {"code": "EAN", "desc": "Descripción", "qty": "Cant.", "price": "Precio", "amount": "Total"},
                      "numfmt": "Nro. Comp. {pos:05d}-{num:08d}",
                      "buyer_fmt": "Cliente: {name}<br>DNI: {cuit}<br>{cond}<br>{addr}"},
        "Modern SaaS layout (Chromium), Factura B, EAN column (ean), totals-block discount, date dd.mm.yyyy, "
        "Nro. Comp. 00005-00012345, fantasy brand + Razón Social, QR SVG")

    inv, rng = base("c05_fa_saas_net_perc", "chromium", "A", 105, 2)
    inv.prices_include_vat = False
    inv.items = goods(rng, "A", 4, rates=(R21,), code=True)
    compute(inv, taxes=[("Percepción IIBB CABA", "Percepción IIBB CABA 3,00%:", D("3")),
                        ("Percepción IVA", "Percepción IVA:", D("1.5"))])
    qr_payload(inv)
    add(inv, "saas", {"cols": ["code", "desc", "qty", "unit", "price", "rate", "net"], "date": "slash", "qr": "png",
                      "colnames": {"code": "Cód.", "desc": "Descripción", "qty": "Cant.", "unit": "Unidad",
                                   "price": "P. Unitario", "rate": "IVA", "net": "Subtotal"},
                      "labels": {"sub": "Subtotal neto:", "total": "Total:"},
                      "buyer_fmt": "Señor(es): {name}<br>Razón social: {name}<br>CUIT: {cuit}<br>Condición IVA: {cond}"},
        "SaaS layout, Factura A with net line amounts (prices_include_vat false), buyer block with Señor(es) AND "
        "Razón social (never the merchant), perceptions IIBB (rate in label) and IVA as taxes, QR PNG")

    inv, rng = base("c06_fa_multipage_qr_last", "chromium", "A", 106, 1)
    inv.prices_include_vat = False
    inv.items = goods(rng, "A", 44, rates=(R21, R21, R105), ean=True, price_range=(300, 9000))
    compute(inv)
    qr_payload(inv)
    add(inv, "saas", {"cols": ["code", "desc", "qty", "price", "rate", "net"], "date": "slash", "qr": "png",
                      "colnames": {"code": "Código", "desc": "Artículo", "qty": "Cantidad", "price": "Precio unit.",
                                   "rate": "Alíc.", "net": "Importe neto"},
                      "per_page": 16, "numfmt": "Comprobante N° {pos:04d}-{num:08d}",
                      "labels": {"sub": "Importe Neto Gravado:", "total": "Importe Total:"}},
        "Factura A net, 44 items over two pages (explicit page break, headers repeated on page 2), totals, CAE and "
        "QR only on the last page, first header line is the legal name (no Razón Social label)")

    inv, rng = base("c07_fb_multipage_2copies", "chromium", "B", 107, 7, "dni")
    inv.items = goods(rng, "B", 30, kg=3, price_range=(500, 6000), descs=GOODS[12:16] + GOODS[18:24])
    compute(inv)
    qr_payload(inv)
    add(inv, "saas", {"cols": ["qty", "unit", "desc", "price", "amount"], "date": "dash2", "qr": "png",
                      "colnames": {"qty": "Cant.", "unit": "U.M.", "desc": "Descripción", "price": "P. Unit.",
                                   "amount": "Importe"},
                      "per_page": 18, "copies": ["ORIGINAL", "DUPLICADO"],
                      "buyer_fmt": "Cliente: {name}<br>DNI {cuit} - {cond}<br>{addr}"},
        "Factura B, 30 items (3 weighed in kg) over two pages, and the two-page document repeated as ORIGINAL and "
        "DUPLICADO (4 pages), date dd-mm-yy, quantity column first, QR on the last page of each copy")

    inv, rng = base("c08_fa_usd", "chromium", "A", 108, 5)
    inv.prices_include_vat = False
    inv.currency, inv.ctz = "USD", D("1050.5")
    inv.items = goods(rng, "A", 2, rates=(R21,), descs=SERVICES[1:3], price_range=(300, 4000))
    compute(inv)
    qr_payload(inv)
    add(inv, "saas", {"cols": ["desc", "qty", "price", "rate", "net"], "date": "slash", "qr": "svg", "cur": "U$S ",
                      "colnames": {"desc": "Detalle", "qty": "Cant.", "price": "Precio U$S", "rate": "IVA",
                                   "net": "Neto U$S"}, "labels": {"total": "Total U$S:"}},
        "Factura A in dollars (Moneda: USD, cotización printed, QR moneda DOL), amounts as U$S 1.234,56")

    inv, rng = base("c09_fc_noqr_dash2", "chromium", "C", 109, 9, "dni")
    inv.items = goods(rng, "C", 2, descs=SERVICES[3:6], price_range=(8000, 60000))
    compute(inv)
    add(inv, "saas", {"cols": ["desc", "qty", "price", "amount"], "date": "dash2", "qr": "none",
                      "colnames": {"desc": "Concepto", "qty": "Cant.", "price": "Unitario", "amount": "Importe"},
                      "numfmt": "P.V. {pos:04d} - N° {num:08d}", "buyer_fmt": "Cliente: {name}<br>{cond}"},
        "Factura C without QR (qr null), P.V. 0004 - N° 00000456, dd-mm-yy, consumer buyer")

    inv, rng = base("c10_fa_qr_mismatch_total", "chromium", "A", 110, 1)
    inv.prices_include_vat = False
    inv.items = goods(rng, "A", 3, rates=(R21,), code=True)
    compute(inv)
    qr_payload(inv, total=inv.total + D("1000"))
    inv.warnings = ["qr_mismatch"]
    add(inv, "saas", {"cols": ["code", "desc", "qty", "price", "net"], "date": "slash", "qr": "png",
                      "colnames": {"code": "Cód.", "desc": "Descripción", "qty": "Cant.", "price": "Precio",
                                   "net": "Importe"}, "labels": {"sub": "Neto gravado:", "total": "Total:"}},
        "MUST FLAG: QR importe exceeds the printed total by 1000.00 → qr_mismatch (printed values stay)")

    # ---------------- wkhtmltopdf
    ERPN = {"cols": None, "colnames": {"qty": "Cant.", "code": "Código", "desc": "Descripción", "price": "P. Unitario",
                                        "bonif": "Bonif.%", "rate": "IVA %", "net": "Importe", "amount": "Importe",
                                        "unit": "Unid."}}
    inv, rng = base("w01_fa_erp_horizontal_totals", "wkhtmltopdf", "A", 201, 1)
    inv.prices_include_vat = False
    inv.items = goods(rng, "A", 5, rates=(R21, R105), ean=True)
    compute(inv, taxes=[("Perc. IIBB", "Perc. IIBB", D("2.5"))])
    qr_payload(inv)
    add(inv, "erp", dict(ERPN, cols=["qty", "code", "desc", "price", "rate", "net"], date="slash", qr="png",
                         rate_fmt="{}", labels={"sub": "Subtotal", "total": "TOTAL"}, vat_fmt="IVA {}%"),
        "ERP grid (wkhtmltopdf), Factura A net, Cant. first, EAN code column, rate column without %, totals block as a "
        "horizontal table (labels row over values row), Perc. IIBB tax, Comprobante N° 0007-00023456, QR PNG")

    inv, rng = base("w02_fb_erp_table_discount", "wkhtmltopdf", "B", 202, 0, "dni")
    inv.items = goods(rng, "B", 4, code=True)
    inv.discount_in_table = True
    inv.discounts = [("BONIFICACION ESPECIAL", D("-1500.00"))]
    compute(inv)
    qr_payload(inv)
    add(inv, "erp", dict(ERPN, cols=["qty", "code", "desc", "price", "amount"], date="dash2", qr="svg",
                         numfmt="Nro. Comp.: {pos:04d}-{num:08d}", labels={"sub": "Subtotal", "total": "TOTAL"}),
        "ERP grid, Factura B, a discount row inside the item table (BONIFICACION ESPECIAL -1.500,00), internal "
        "codes dropped, dd-mm-yy, Nro. Comp., QR SVG")

    inv, rng = base("w03_fa_erp_kg_internos", "wkhtmltopdf", "A", 203, 7)
    inv.prices_include_vat = False
    inv.items = goods(rng, "A", 4, rates=(R105,), kg=3)
    compute(inv, taxes=[("Impuestos Internos", "Impuestos Internos", D("1"))])
    qr_payload(inv, style="pretty")
    add(inv, "erp", dict(ERPN, cols=["code", "desc", "qty", "unit", "price", "rate", "net"], date="dot", qr="png",
                         rate_fmt="{}%", labels={"sub": "Subtotal", "total": "Total"}, vat_fmt="IVA {}%"),
        "ERP grid, Factura A net at 10,5%, weighed goods (kg, 3-decimal quantities), Impuestos Internos as tax, "
        "dd.mm.yyyy, QR payload pretty-printed with CRLF")

    inv, rng = base("w04_fc_erp_plain_numbers", "wkhtmltopdf", "C", 204, 3, "cuit")
    inv.items = goods(rng, "C", 3, descs=SERVICES, price_range=(1500, 250000))
    compute(inv)
    qr_payload(inv)
    add(inv, "erp", dict(ERPN, cols=["desc", "qty", "price", "amount"], date="slash", qr="png", num="arp", cur="$",
                         numfmt="Pto Vta: {pos:05d} - Nro: {num:08d}", labels={"sub": "Subtotal", "total": "Total"}),
        "ERP grid, Factura C, amounts without thousands separator (1234,56, $1234,56), Pto Vta: 00001 - Nro: 00001234")

    inv, rng = base("w05_fa_totals_mismatch", "wkhtmltopdf", "A", 205, 5)
    inv.prices_include_vat = False
    inv.items = goods(rng, "A", 3, rates=(R21,), code=True)
    compute(inv)
    inv.printed_total = inv.total + D("100")
    inv.warnings = ["totals_mismatch"]
    qr_payload(inv, total=inv.printed_total)
    add(inv, "erp", dict(ERPN, cols=["qty", "code", "desc", "price", "net"], date="slash", qr="png",
                         labels={"sub": "Subtotal", "total": "TOTAL"}),
        "MUST FLAG: printed TOTAL is 100,00 more than net + VAT → totals_mismatch (the QR carries the printed total, "
        "so no qr_mismatch)")

    inv, rng = base("w06_fb_erp_us_numbers_2copies", "wkhtmltopdf", "B", 206, 2, "cuit")
    inv.items = goods(rng, "B", 4, ean=True, price_range=(1200, 80000))
    compute(inv)
    qr_payload(inv)
    add(inv, "erp", dict(ERPN, cols=["code", "desc", "qty", "price", "amount"], date="slash", qr="png", num="us",
                         copies=["ORIGINAL", "DUPLICADO"], labels={"sub": "Subtotal", "total": "Total"}),
        "ERP grid with en-US number format (1,234.56 everywhere, as some exported ERP templates print), Factura B "
        "to a monotributista buyer with CUIT, two copies")

    # ---------------- Typst
    TY = {"colnames": {"code": "Código", "desc": "Descripción", "qty": "Cantidad", "unit": "U.M.", "price": "Precio Unit.",
                       "net": "Subtotal", "rate": "IVA", "incl": "Importe c/IVA", "amount": "Importe"}}
    inv, rng = base("t01_fa_typst_multirate_perc", "typst", "A", 301, 8)
    inv.prices_include_vat = False
    inv.items = goods(rng, "A", 6, rates=(R21, R105, R27), code=True)
    compute(inv, taxes=[("Percepción IIBB Bs.As.", "Percepción IIBB Bs.As. 2,00%:", D("2")),
                        ("Percepción IVA", "Percepción IVA 3,00%:", D("3"))])
    inv.zero_taxes = ["Otros Tributos:"]
    qr_payload(inv)
    add(inv, "typst", dict(TY, cols=["code", "desc", "qty", "price", "rate", "net"], date="slash", qr="svg",
                           vat_fmt="IVA {}%:", labels={"sub": "Subtotal:", "total": "Importe Total:"}),
        "Typst, Factura A net, three VAT rates (21, 10,5, 27), two perceptions with rate in the label, zero Otros "
        "Tributos, Pto Vta / Nro separated, QR SVG (vectors)")

    inv, rng = base("t02_fb_typst_iva_contenido", "typst", "B", 302, 4, "dni", d=date(2025, 5, 12))
    inv.items = goods(rng, "B", 4, kg=2, price_range=(1200, 9000))
    compute(inv)
    qr_payload(inv)
    ivac = q2(inv.total * 21 / 121)
    add(inv, "typst", dict(TY, cols=["qty", "unit", "desc", "price", "amount"], date="slash", qr="png",
                           iva_contenido=ivac, labels={"sub": "Subtotal:", "total": "Total:"},
                           buyer_label="Cliente:", numfmt="Comprobante Nro. {pos:04d}-{num:08d}"),
        "Typst, Factura B 2025 with the Ley 27.743 transparency block (IVA Contenido) below the totals: "
        "informative, not a VAT line of the totals block (vat [])")

    inv, rng = base("t03_fc_typst_wrap", "typst", "C", 303, 6, "cuit")
    inv.items = goods(rng, "C", 4, descs=SERVICES, price_range=(10000, 150000))
    compute(inv)
    qr_payload(inv)
    add(inv, "typst", dict(TY, cols=["desc", "qty", "price", "amount"], date="dot", qr="png",
                           labels={"sub": "Subtotal:", "total": "Importe Total:"}, dash=True),
        "Typst, Factura C with long service descriptions wrapping over 2-3 lines in a 1fr column, dd.mm.yyyy, "
        "issuer CUIT with dashes")

    inv, rng = base("t04_fa_typst_incl", "typst", "A", 304, 0)
    inv.items = goods(rng, "A", 3, rates=(R21, R105), ean=True)
    compute(inv)
    qr_payload(inv)
    add(inv, "typst", dict(TY, cols=["code", "desc", "qty", "price", "rate", "net", "incl"], date="dash2", qr="svg",
                           labels={"net": "Neto Gravado:", "total": "Total:"}),
        "Typst, Factura A printing net Subtotal AND Importe c/IVA per line (prices_include_vat true, amount = c/IVA), "
        "EANs, dd-mm-yy, subtotal = Neto Gravado")

    inv, rng = base("t05_fa_typst_qr_mismatch_number", "typst", "A", 305, 5)
    inv.prices_include_vat = False
    inv.items = goods(rng, "A", 2, rates=(R21,))
    compute(inv)
    qr_payload(inv, number=inv.number + 1)
    inv.warnings = ["qr_mismatch"]
    add(inv, "typst", dict(TY, cols=["desc", "qty", "price", "rate", "net"], date="slash", qr="png",
                           labels={"sub": "Subtotal:", "total": "Total:"}),
        "MUST FLAG: the QR's nroCmp is the printed number + 1 → qr_mismatch")

    inv, rng = base("t06_fb_typst_dot_decimal", "typst", "B", 306, 2, "dni")
    inv.items = goods(rng, "B", 3, price_range=(2000, 60000))
    compute(inv)
    qr_payload(inv, host="https://afip.gob.ar/fe/qr/?p=")
    add(inv, "typst", dict(TY, cols=["desc", "qty", "price", "amount"], date="slash", qr="png", num="dot",
                           labels={"sub": "Subtotal:", "total": "Total:"}),
        "Typst, Factura B with marketplace-style amounts $ 10999.98 (dot decimal, no thousands), QR host without www")

    # ---------------- PyMuPDF
    inv, rng = base("p01_fb_roll_payments", "pymupdf-text", "B", 401, 4, "dni")
    inv.items = goods(rng, "B", 5, kg=2, descs=["MEDIALUNAS DE MANTECA", "FACTURAS SURTIDAS DOCENA", "BUDIN DE LIMON",
                                                 "PAN DULCE CON FRUTAS 500G"], price_range=(600, 4500))
    compute(inv)
    paid = (inv.total // 1000 + 1) * 1000
    inv.payments = [("EFECTIVO", paid)]
    qr_payload(inv)
    add(inv, "roll", {"cur": "", "date": "dash2", "qr": "vector", "vuelto": paid - inv.total,
                      "labels": {"sub": "Subtotal", "total": "TOTAL $"}},
        "80 mm roll-paper Factura B (monospace text placed at coordinates): qty x price line above the description, "
        "(21,00) rate on the line, EFECTIVO tender and SU VUELTO (change, not a payment), QR drawn as vector squares")

    inv, rng = base("p02_fa_roll_net", "pymupdf-text", "A", 402, 7)
    inv.prices_include_vat = False
    inv.items = goods(rng, "A", 4, rates=(R21, R105), ean=True, price_range=(500, 5000))
    compute(inv)
    qr_payload(inv)
    add(inv, "roll", {"cur": "", "date": "slash", "qr": "png", "labels": {"sub": "Subtotal", "total": "TOTAL"},
                      "vat_fmt": "IVA {}%"},
        "Roll-paper Factura A with net amounts, EAN printed before the description on the line (→ ean), two VAT "
        "lines, QR image")

    inv, rng = base("p03_fb_story_copies", "pymupdf-story", "B", 403, 1, "cuit")
    inv.items = goods(rng, "B", 4, code=True)
    compute(inv, disc_pct=D("5"), disc_label="Descuento pago contado")
    qr_payload(inv)
    add(inv, "story", {"cols": ["code", "desc", "qty", "price", "amount"], "date": "slash", "copies": ["ORIGINAL", "DUPLICADO"],
                       "colnames": {"code": "Art.", "desc": "Descripción", "qty": "Cant.", "price": "P. Unit.", "amount": "Importe"},
                       "labels": {"sub": "Subtotal:", "total": "Total a pagar:"}},
        "PyMuPDF Story (HTML subset), Factura B, two copies, totals-block discount, Nº 0003-00001234, QR PNG")

    inv, rng = base("p04_fa_story_noqr_tablediscount", "pymupdf-story", "A", 404, 3)
    inv.prices_include_vat = False
    inv.items = goods(rng, "A", 3, rates=(R21,))
    inv.discount_in_table = True
    inv.discounts = [("Descuento por volumen", D("-2500.00"))]
    compute(inv)
    inv.qr_payload = None
    add(inv, "story", {"cols": ["desc", "qty", "price", "rate", "net"], "date": "dot", "num": "ar",
                       "colnames": {"desc": "Descripción", "qty": "Cant.", "price": "P. Unit.", "rate": "IVA", "net": "Neto"},
                       "labels": {"sub": "Subtotal:", "total": "TOTAL:"}, "numfmt": "Nro. {pos:05d} - {num:08d}"},
        "Story, Factura A net, discount row in the table, no QR, 00001 - 00001234 number form, dd.mm.yyyy")

    inv, rng = base("p05_fc_coords_amount_first", "pymupdf-text", "C", 405, 9, "cuit")
    inv.items = goods(rng, "C", 4, descs=SERVICES, price_range=(3000, 90000))
    compute(inv)
    qr_payload(inv)
    add(inv, "coords", {"date": "dash2", "labels": {"sub": "Subtotal", "total": "Total"}},
        "Text at coordinates, Factura C with column order Importe | Cant. | Detalle | P. Unit. (amount first), "
        "wrapped descriptions, 'Emitida el dd-mm-yy', issuer name only as first line")

    # ---------------- matplotlib
    MC = [("qty", "Cant.", 45, "left"), ("desc", "Descripción", 85, "left"), ("price", "P. Unitario", 430, "right"),
          ("amount", "Importe", 550, "right")]
    inv, rng = base("m01_fc_mpl_services", "matplotlib", "C", 501, 6, "cuit")
    inv.items = goods(rng, "C", 3, descs=SERVICES, price_range=(5000, 200000))
    compute(inv)
    qr_payload(inv)
    add(inv, "mpl", {"cols": MC, "date": "slash", "qr": "image", "labels": {"sub": "Subtotal:", "total": "Importe Total:"}},
        "matplotlib PDF backend (each string placed separately), Factura C, wrapped descriptions, QR as image")

    inv, rng = base("m02_fb_mpl_vectorqr", "matplotlib", "B", 502, 7, "dni")
    inv.items = goods(rng, "B", 5, kg=1, price_range=(700, 15000))
    compute(inv, disc_pct=D("15"), disc_label="Promo 15% off")
    qr_payload(inv)
    add(inv, "mpl", {"cols": [("code", "Cód.", 45, "left"), ("desc", "Producto", 100, "left"), ("qty", "Cant.", 380, "right"),
                              ("price", "Precio", 460, "right"), ("amount", "Subtotal", 550, "right")],
                     "date": "dot", "qr": "vector", "labels": {"sub": "Subtotal:", "total": "Total:"}},
        "matplotlib, Factura B with a weighed item, totals-block promo discount, QR drawn as vector rectangles, dd.mm.yyyy")

    inv, rng = base("m03_fa_mpl_norate", "matplotlib", "A", 503, 1)
    inv.prices_include_vat = False
    inv.print_line_rate = False
    inv.vat_total_rate_printed = False
    inv.items = goods(rng, "A", 3, rates=(R21,))
    compute(inv)
    inv.qr_payload = None
    add(inv, "mpl", {"cols": [("desc", "Descripción", 45, "left"), ("qty", "Cantidad", 360, "right"),
                              ("price", "Precio", 450, "right"), ("amount", "Importe", 550, "right")],
                     "date": "slash", "labels": {"sub": "Subtotal:", "vat": "I.V.A.:", "total": "Total:"}},
        "matplotlib, Factura A net without per-line rate (vat_rate null) and VAT printed without a rate (rate null), "
        "no QR (qr null)")

    # extra Chromium ones
    inv, rng = base("c11_fb_saas_both_cuits_dash", "chromium", "B", 111, 5, "cuit")
    inv.items = goods(rng, "B", 2, price_range=(15000, 250000))
    compute(inv)
    qr_payload(inv)
    add(inv, "saas", {"cols": ["desc", "qty", "price", "amount"], "date": "slash", "qr": "png",
                      "colnames": {"desc": "Descripción", "qty": "Cantidad", "price": "Precio unitario", "amount": "Subtotal"},
                      "numfmt": "Pto. Vta.: {pos:04d} &nbsp; Comp. N°: {num:08d}",
                      "buyer_fmt": "Razón Social: {name}<br>CUIT: {cuit}<br>Condición IVA: {cond}<br>{addr}"},
        "Factura B where the buyer block carries 'Razón Social:' and a CUIT (both dashed) and the issuer has "
        "no Razón Social label: merchant is the first header line")

    inv, rng = base("c12_fa_afipclone_perc_2rates", "chromium", "A", 112, 8)
    inv.items = goods(rng, "A", 4, rates=(R21, R105), code=True)
    compute(inv, taxes=[("Percepción IIBB", "Percepción IIBB:", D("3.5")), ("Impuestos Internos", "Impuestos Internos:", D("0.8"))])
    qr_payload(inv, style="pretty")
    add(inv, "afip", {"cols": AFIP_A_INCL, "date": "slash", "copies": ["ORIGINAL"], "all_rates": ALL_RATES, "qr": "svg"},
        "AFIP-like Factura A, one copy, two taxes (IIBB + Impuestos Internos), QR vector with pretty-printed payload, "
        "long cooperative name")

    return out


def main() -> None:
    OUT.mkdir(exist_ok=True)
    manifest = []
    only = set(sys.argv[1:])
    for inv, layout, o, what in docs():
        if only and inv.name not in only:
            continue
        render(inv, layout, o)
        manifest.append({"name": inv.name, "generator": inv.generator, "layout": layout, "what": what})
        print("wrote", inv.name, flush=True)
    if not only:
        (OUT / "manifest_entries.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
