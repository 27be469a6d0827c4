"""Round 11 core: invoice documents (Decimal amounts, fixed seeds), expected JSON, neutral draw list."""
import base64, json, random, datetime
from decimal import Decimal as D, ROUND_HALF_UP

C2 = D("0.01")
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def q2(x):
    return D(x).quantize(C2, ROUND_HALF_UP)


def cuit_check(ten):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(ten, w))
    r = 11 - s % 11
    return {11: 0, 10: None}.get(r, r)


def valid_cuit(c):
    return len(c) == 11 and c.isdigit() and cuit_check(c[:10]) == int(c[10])


def make_cuit(rng, prefix):
    while True:
        ten = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        d = cuit_check(ten)
        if d is not None:
            return ten + str(d)


def dash_cuit(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


def ean13(rng, prefix="779"):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def fmt_amount(x, style):
    x = q2(x) if not isinstance(x, str) else D(x)
    neg = x < 0
    a = abs(x)
    ip, dp = f"{a:.2f}".split(".")
    if style in ("ar", "ar$"):
        g = ""
        while len(ip) > 3:
            g = "." + ip[-3:] + g
            ip = ip[:-3]
        s = ip + g + "," + dp
    elif style == "arnd":
        s = ip + "," + dp
    else:  # dot
        s = ip + "." + dp
    s = ("-" if neg else "") + s
    if style == "ar$":
        s = "$ " + s
    return s


def fmt_qty(q, unit, style):
    if unit == "kg":
        s = f"{q:.3f}"
    else:
        s = f"{q:.2f}" if style in ("ar", "ar$") else f"{int(q)}"
    if style != "dot":
        s = s.replace(".", ",")
    return s


def fmt_date(d, f):
    if f == "long":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    return d.strftime(f)


def fmt_rate(r, style):
    s = f"{r:.2f}" if style != "short" else (f"{r:.1f}".rstrip("0").rstrip(".") if r % 1 else f"{int(r)}")
    if style in ("ar", "short"):
        s = s.replace(".", ",")
    return s + "%"


# ---------------------------------------------------------------- catalogue
CATALOG = {
    "ferreteria": [("Tornillo autoperforante T2 8x1 punta mecha (caja x 100 unidades)", "un", 2890, 21),
                   ("Cinta aisladora 3M Temflex 19mm x 20m negra", "un", 1450, 21),
                   ("Llave térmica bipolar 2x25A Sica Limit curva C", "un", 12890, 21),
                   ("Cable unipolar 2,5mm² Prysmian rollo 100m celeste", "un", 68900, 21),
                   ("Taladro percutor Bosch GSB 550 RE 550W con maletín", "un", 98500, 21),
                   ("Silicona acética transparente Fischer 280ml", "un", 4150, 21),
                   ("Mecha widia 8mm Ezeta", "un", 1890, 21),
                   ("Guantes de trabajo moteados talle 9", "un", 1290, 21)],
    "verduleria": [("Tomate perita", "kg", 2390, None), ("Papa negra", "kg", 890, None),
                   ("Banana Ecuador", "kg", 2190, None), ("Lechuga mantecosa", "kg", 3490, None),
                   ("Zapallo anco", "kg", 990, None), ("Huevos blancos maple x 30", "un", 6900, None),
                   ("Manzana roja Río Negro", "kg", 2590, None), ("Limón", "kg", 1790, None)],
    "carniceria": [("Asado de novillo", "kg", 11990, 10.5), ("Vacío", "kg", 13490, 10.5),
                   ("Carne picada especial", "kg", 8990, 10.5), ("Pollo entero", "kg", 3990, 10.5),
                   ("Chorizo parrillero", "kg", 7890, 10.5), ("Milanesa de nalga", "kg", 12490, 10.5)],
    "farmacia": [("Ibuprofeno 400mg x 20 comprimidos", "un", 3890, None),
                 ("Protector solar Dermaglós FPS 50 200ml", "un", 21450, None),
                 ("Shampoo Pantene Restauración 400ml", "un", 6890, None),
                 ("Alcohol en gel 250ml", "un", 2450, None), ("Pañales Pampers Confort Sec XG x 50", "un", 28900, None),
                 ("Algodón Estrella 140g", "un", 1990, None)],
    "almacen": [("Yerba mate Playadito 1kg", "un", 4590, None), ("Aceite de girasol Natura 1,5L", "un", 3290, None),
                ("Fideos Matarazzo tirabuzón 500g", "un", 1790, None), ("Leche La Serenísima entera 1L", "un", 1390, None),
                ("Café La Virginia molido 500g", "un", 8990, None), ("Galletitas Terrabusi Variedad 400g", "un", 2890, None),
                ("Queso cremoso Punta del Agua", "kg", 8990, None)],
    "electro": [("Notebook Lenovo IdeaPad 3 15,6\" Ryzen 5 8GB 512GB SSD", "un", 612.40, 10.5),
                ("Monitor LG 24MP400 24\" IPS Full HD", "un", 148.76, 10.5),
                ("Mouse inalámbrico Logitech M170", "un", 14.05, 21),
                ("Servicio de instalación y configuración", None, 45.00, 21)],
    "servicios": [("Honorarios profesionales por asesoramiento contable correspondientes al mes de septiembre de 2026", None, 185000, None),
                  ("Liquidación de sueldos y cargas sociales (2 empleados)", None, 48000, None),
                  ("Presentación DDJJ Ingresos Brutos Convenio Multilateral", None, 36500, None)],
    "internet": [("Abono mensual Internet Fibra Óptica 300 Mb - período 01/10/2026 al 31/10/2026", None, 18990, None),
                 ("Servicio de TV HD + decodificador adicional", None, 7490, None),
                 ("Cargo por reconexión", None, 3500, None)],
    "veterinaria": [("Consulta clínica general", None, 15000, None), ("Vacuna séxtuple canina", "un", 12500, None),
                    ("Alimento Royal Canin Medium Adult 15kg", "un", 98900, None),
                    ("Pipeta antipulgas Frontline Plus 10-20kg", "un", 11250, None),
                    ("Desparasitación interna (comprimido por kg de peso)", "un", 1850, None)],
    "libreria": [("Resma A4 Autor 75g 500 hojas", "un", 7890, 21), ("Cuaderno Rivadavia ABC tapa dura 50 hojas rayado", "un", 4290, 21),
                 ("Lapicera Bic Cristal azul x 10", "un", 3650, 21), ("Libro \"Rayuela\" - Julio Cortázar, ed. Alfaguara", "un", 24900, 10.5),
                 ("Cartuchera canopla 2 pisos", "un", 9950, 21)],
    "gastronomia": [("Servicio de catering evento empresarial 40 cubiertos", None, 520000, 21),
                    ("Bebidas sin alcohol (gaseosas y aguas)", "un", 2500, 21),
                    ("Vino Malbec Trapiche Reserva 750ml", "un", 9800, 21),
                    ("Alquiler de vajilla y mantelería", None, 65000, 21)],
    "bebidas": [("Cerveza Quilmes Clásica lata 473ml x 24", "un", 28900, 21), ("Fernet Branca 750ml", "un", 14900, 21),
                ("Gaseosa Coca-Cola 2,25L x 6", "un", 17400, 21), ("Whisky Johnnie Walker Red Label 1L", "un", 32900, 21)],
}

COND = {"A": "IVA Responsable Inscripto", "B": "IVA Responsable Inscripto", "C": "Responsable Monotributo"}
DOC_CODE = {"A": 1, "B": 6, "C": 11}


class Doc:
    pass


def build(spec):
    """spec: dict with name, letter, biz, seed and options. Returns a Doc with every value computed."""
    rng = random.Random(spec["seed"])
    d = Doc()
    d.spec = spec
    d.name = spec["name"]
    d.letter = spec["letter"]
    d.code = DOC_CODE[d.letter]
    d.merchant = spec["merchant"]
    d.fantasy = spec.get("fantasy")
    d.cuit = make_cuit(rng, spec.get("cuit_prefix", "30" if d.letter != "C" else rng.choice(["20", "27"])))
    d.address = spec.get("address", "Av. Rivadavia 4521, C1424CEL CABA")
    d.pos = rng.randint(1, 12)
    d.number = rng.randint(100, 39999)
    d.date = datetime.date(2026, rng.randint(8, 11), rng.randint(1, 28))
    d.date_fmt = spec.get("date_fmt", "%d/%m/%Y")
    d.cae = str(rng.randint(70000000000000, 76999999999999))
    d.cae_vto = d.date + datetime.timedelta(days=10)
    d.currency = spec.get("currency", "ARS")
    d.ctz = D(spec.get("ctz", "1"))
    d.style = spec.get("amt", "ar")
    # buyer
    if d.letter == "A":
        d.buyer_cuit = make_cuit(rng, rng.choice(["30", "33", "20"]))
        d.buyer_name = spec.get("buyer", "DISTRIBUIDORA DEL PLATA S.R.L.")
        d.buyer_cond = "IVA Responsable Inscripto"
        d.buyer_doc = (80, int(d.buyer_cuit))
    else:
        if spec.get("buyer_dni", True):
            d.buyer_dni = str(rng.randint(20000000, 45999999))
            d.buyer_doc = (96, int(d.buyer_dni))
        else:
            d.buyer_dni = None
            d.buyer_doc = (99, 0)
        d.buyer_cuit = None
        d.buyer_name = spec.get("buyer", "GONZALEZ MARIA LAURA")
        d.buyer_cond = "Consumidor Final"
    d.mode = "B" if d.letter in "BC" else spec.get("amode", "net")  # net | incl
    d.pincl = d.mode != "net"
    # items
    cat = list(CATALOG[spec["biz"]])
    n = spec.get("n_items", 4)
    picks = []
    while len(picks) < n:
        picks.extend(rng.sample(cat, min(len(cat), n - len(picks))))
    d.items = []
    for i, (desc, unit, price, rate) in enumerate(picks, 1):
        it = {"line": i, "desc": desc, "ean": None, "code": None}
        if spec.get("eans"):
            it["ean"] = ean13(rng)
        elif spec.get("codes"):
            it["code"] = f"{rng.randint(100, 9999):04d}"
        price = D(str(price))
        if d.letter == "A" and d.currency == "ARS":
            price = q2(price / D("1.21"))
        rate_d = D(str(rate if rate is not None else 21))
        if spec.get("rate27") and i == 1:
            rate_d = D("27")
        it["rate"] = rate_d
        if unit == "kg":
            qty = D(rng.choice(["0.350", "0.500", "0.750", "1.250", "1.800", "2.150", "0.935", "1.420"]))
        elif unit == "un":
            qty = D(rng.choice([1, 1, 1, 2, 2, 3, 4, 6]))
        else:
            qty = None
        it["unit"] = unit
        it["qty"] = qty
        it["price"] = price
        net = q2(price * (qty if qty is not None else 1))
        it["net"] = net
        if d.mode == "incl":
            it["amount"] = q2(net * (1 + rate_d / 100))
        else:
            it["amount"] = net
        d.items.append(it)
    # discounts
    d.discounts = []
    d.row_disc = None
    if spec.get("row_disc"):
        pct = D(spec["row_disc"])
        base = d.items[0]["amount"]
        amt = -q2(base * pct / 100)
        d.row_disc = {"after": 1, "desc": f"Bonificación {pct}% s/ {' '.join(d.items[0]['desc'].split()[:2])}", "amount": amt}
        d.discounts.append({"description": d.row_disc["desc"], "amount": amt})
    d.items_sum = sum(it["amount"] for it in d.items)
    d.block_disc = None
    if spec.get("block_disc"):
        pct = D(spec["block_disc"])
        amt = -q2(d.items_sum * pct / 100)
        label = spec.get("block_disc_label", "Descuento {p}% pago en efectivo").format(p=pct)
        d.block_disc = {"desc": label, "amount": amt}
        d.discounts.append({"description": label, "amount": amt})
    disc_sum = sum(x["amount"] for x in d.discounts)
    d.subtotal = d.items_sum
    # vat
    d.vat = []
    if d.letter == "A":
        rates = sorted({it["rate"] for it in d.items}, reverse=True)
        factor = (d.items_sum + disc_sum) / d.items_sum if d.items_sum else 1
        for r in rates:
            if d.mode == "net":
                base = sum(it["net"] for it in d.items if it["rate"] == r)
                d.vat.append({"rate": r, "amount": q2(base * factor * r / 100)})
            else:
                d.vat.append({"rate": r, "amount": sum(it["amount"] - it["net"] for it in d.items if it["rate"] == r)})
        d.subtotal = sum(it["net"] for it in d.items)
    d.net_after = d.subtotal + disc_sum
    d.taxes = []
    for label, pct in spec.get("taxes", []):
        base = d.net_after if d.letter == "A" else d.items_sum + disc_sum
        d.taxes.append({"description": label, "amount": q2(base * D(pct) / 100)})
    tax_sum = sum(t["amount"] for t in d.taxes)
    if d.mode == "net":
        d.total = d.items_sum + disc_sum + tax_sum + sum(v["amount"] for v in d.vat)
    else:
        d.total = d.items_sum + disc_sum + tax_sum
    d.true_total = d.total
    d.warnings = []
    if spec.get("bad_total"):
        d.total = d.total + D(spec["bad_total"])
        d.warnings.append("totals_mismatch")
    # QR
    qv = spec.get("qr", "std")
    d.qr_variant = qv
    d.has_qr = qv != "none"
    q = {"ver": 1, "fecha": d.date.isoformat(), "cuit": int(d.cuit), "ptoVta": d.pos, "tipoCmp": d.code,
         "nroCmp": d.number, "importe": float(d.total), "moneda": "PES" if d.currency == "ARS" else "DOL",
         "ctz": float(d.ctz), "tipoDocRec": d.buyer_doc[0], "nroDocRec": d.buyer_doc[1], "tipoCodAut": "E",
         "codAut": int(d.cae)}
    qr_total = d.total
    if spec.get("qr_bad") == "total":
        qr_total = d.total + D("1000")
        q["importe"] = float(qr_total)
        d.warnings.append("qr_mismatch")
    elif spec.get("qr_bad") == "number":
        q["nroCmp"] = d.number + 1
        d.warnings.append("qr_mismatch")
    elif spec.get("qr_bad") == "date":
        q["fecha"] = (d.date + datetime.timedelta(days=1)).isoformat()
        d.warnings.append("qr_mismatch")
    if qv == "strings":
        q = {k: (str(v) if not isinstance(v, str) else v) for k, v in q.items()}
    if qv == "ddmm":
        q["fecha"] = datetime.date.fromisoformat(q["fecha"]).strftime("%d/%m/%Y")
    host = "https://afip.gob.ar/fe/qr/?p=" if qv == "nowww" else "https://www.afip.gob.ar/fe/qr/?p="
    d.qr_json = q
    d.qr_payload = host + base64.b64encode(json.dumps(q, separators=(",", ":")).encode()).decode()
    qd = datetime.date.fromisoformat(q["fecha"]) if "-" in str(q["fecha"]) else datetime.datetime.strptime(q["fecha"], "%d/%m/%Y").date()
    d.qr_expected = {"doc_code": int(q["tipoCmp"]), "cuit": str(q["cuit"]), "pos": int(q["ptoVta"]),
                     "number": int(q["nroCmp"]), "date": qd.isoformat(), "total": f"{qr_total:.2f}",
                     "currency": "ARS" if q["moneda"] == "PES" else "USD", "cae": str(q["codAut"])} if d.has_qr else None
    d.copies = spec.get("copies", ["ORIGINAL"])
    return d


def s2(x):
    return None if x is None else f"{x}"


def qty_str(q, unit, style):
    """the quantity with the decimals printed (see fmt_qty)"""
    if q is None:
        return None
    if unit == "kg":
        return f"{q:.3f}"
    return f"{q:.2f}" if style in ("ar", "ar$") else f"{int(q)}"


def expected(d):
    items = []
    for it in d.items:
        items.append({"line": it["line"], "department": None, "description": " ".join(it["desc"].split()),
                      "ean": it["ean"],
                      "quantity": qty_str(it["qty"], it["unit"], d.style),
                      "unit": it["unit"] if it["qty"] is not None else None,
                      "unit_price": f"{it['price']:.2f}" if it["qty"] is not None else None,
                      "vat_rate": f"{it['rate']:.2f}" if d.letter == "A" else None,
                      "amount": f"{it['amount']:.2f}"})
    return {
        "doc_type": {"A": "factura_a", "B": "factura_b", "C": "factura_c"}[d.letter],
        "merchant": {"name": " ".join(d.merchant.split()), "cuit": d.cuit},
        "pos": d.pos, "number": d.number, "issued_at": d.date.isoformat(), "currency": d.currency,
        "items": items,
        "discounts": [{"description": x["description"], "amount": f"{x['amount']:.2f}"} for x in d.discounts],
        "subtotal": f"{d.subtotal:.2f}",
        "discount_total": f"{-sum((x['amount'] for x in d.discounts), D(0)):.2f}",
        "total": f"{d.total:.2f}",
        "vat": [{"rate": f"{v['rate']:.2f}", "amount": f"{v['amount']:.2f}"} for v in d.vat],
        "taxes": [{"description": t["description"], "amount": f"{t['amount']:.2f}"} for t in d.taxes],
        "payments": [],
        "prices_include_vat": d.pincl,
        "cae": d.cae,
        "qr": d.qr_expected,
        "warnings": d.warnings,
    }
