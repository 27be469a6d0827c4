"""Invoice model, amounts (decimal.Decimal), printed forms, AFIP QR payloads and expected files.

Shared by make_invoices.py (renderers) and verify.py. No parser code is used or read.
"""
import base64
import datetime as dt
import json
import random
from decimal import Decimal as D, ROUND_HALF_UP

CENT = D("0.01")
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]


def r2(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def cuit_check(base10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(base10, w))
    c = 11 - s % 11
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def cuit_valid(c):
    return len(c) == 11 and c.isdigit() and cuit_check(c[:10]) == int(c[10])


def make_cuit(rng, prefix):
    while True:
        base = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = cuit_check(base)
        if c is not None:
            return base + str(c)


def ean13(rng, prefix="779"):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ean_valid(e):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(e[:12]))
    return (10 - s % 10) % 10 == int(e[12])


def dash_cuit(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


# ---------------------------------------------------------------- printed forms
def ar(d, places=2, thousands=True):
    d = D(d)
    s = f"{abs(d):,.{places}f}" if thousands else f"{abs(d):.{places}f}"
    s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if d < 0 else "") + s


def money(d, style="ar", places=2):
    d = D(d)
    if style == "ar":
        return ar(d, places)
    if style == "ar$":
        return ("-" if d < 0 else "") + "$ " + ar(abs(d), places)
    if style == "glued":
        return ("-" if d < 0 else "") + "$" + ar(abs(d), places)
    if style == "plain":
        return ar(d, places, thousands=False)
    if style == "usd":
        return ("-" if d < 0 else "") + "U$S " + ar(abs(d), places)
    raise ValueError(style)


def fdate(d, style):
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy-2":
        return d.strftime("%d-%m-%y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "long":
        return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"
    raise ValueError(style)


def dstr(x, places):
    return f"{D(x):.{places}f}"


# ---------------------------------------------------------------- catalog
CAT = {
    "electro": [("Auriculares Inalambricos Bluetooth 5.3 Con Estuche De Carga Negro", 18500, 21),
                ("Cargador Rapido USB-C 20W Original Con Cable 1 Metro", 9900, 21),
                ("Mouse Inalambrico Logitech M170 Gris", 12400, 21),
                ("Teclado Mecanico Retroiluminado Switch Red Layout Espanol", 45600, 21),
                ("Cable HDMI 2.0 4K 3 Metros Mallado", 6300, 21),
                ("Soporte De Celular Para Auto Magnetico Rejilla", 5200, 21),
                ("Parlante Portatil Bluetooth Resistente Al Agua IPX7", 31800, 21),
                ("Memoria MicroSD 128GB Clase 10 Con Adaptador", 14250, 21),
                ("Notebook 15.6 Pulgadas Intel Core i5 16GB RAM 512GB SSD", 689000, 10.5),
                ("Monitor LED 24 Pulgadas Full HD 75Hz HDMI", 189900, 10.5)],
    "ferre": [("Tornillo autoperforante 8x1/2 punta mecha x 100 u", 4200, 21),
              ("Cinta aisladora 19mm x 20m negra", 1350, 21),
              ("Llave termica bipolar 2x25A", 9800, 21),
              ("Cano PVC 40mm x 4m reforzado", 7600, 21),
              ("Pintura latex interior blanco mate 20 litros", 68500, 21),
              ("Rodillo lana 22cm con mango", 5400, 21),
              ("Taladro percutor 13mm 650W con maletin", 74900, 21),
              ("Silicona acetica transparente 280 ml", 3900, 21),
              ("Teflon 3/4 x 10 m", 850, 21),
              ("Mecha acero rapido 6mm", 1900, 21),
              ("Cable unipolar 2,5 mm2 rollo 100 m celeste", 52800, 21),
              ("Guantes de trabajo moteados talle 10", 2300, 21)],
    "farma": [("Ibuprofeno 400 mg x 20 comprimidos", 4850, 21),
              ("Paracetamol 500 mg x 16 comprimidos", 2990, 21),
              ("Protector solar FPS 50 emulsion 200 ml", 21900, 21),
              ("Alcohol en gel 250 ml", 2650, 21),
              ("Shampoo anticaspa 400 ml", 8700, 21),
              ("Cepillo dental suave", 2450, 21),
              ("Panales talle G x 36 unidades", 24900, 21),
              ("Crema hidratante corporal 400 g", 11300, 21),
              ("Vitamina C 1 g efervescente x 10", 6400, 21),
              ("Termometro digital flexible", 7800, 21),
              ("Gasas esteriles 10x10 x 10 sobres", 3100, 21),
              ("Apositos adhesivos x 40", 2750, 21),
              ("Jarabe para la tos 120 ml", 9650, 21),
              ("Desodorante aerosol 150 ml", 3850, 21)],
    "libros": [("El Eternauta - Oesterheld / Solano Lopez - Edicion integral", 39900, 0),
               ("Rayuela - Julio Cortazar - Bolsillo", 18500, 0),
               ("Manual de Derecho Civil Parte General - 5a edicion", 54000, 0),
               ("Cuaderno tapa dura 80 hojas rayadas", 6200, 21),
               ("Resaltadores fluo x 6 colores", 4800, 21),
               ("Agenda 2026 semana a la vista", 15600, 21),
               ("Ficcion Breve - Antologia de cuentos argentinos", 22800, 0)],
    "vet": [("Consulta clinica general canino", 25000, 21),
            ("Vacuna antirrabica aplicacion", 18000, 21),
            ("Vacuna sextuple canina aplicacion", 26500, 21),
            ("Antiparasitario interno comprimido perro 10-20 kg", 7200, 21),
            ("Pipeta antipulgas gato hasta 4 kg", 9800, 21),
            ("Desparasitacion y control de peso", 12000, 21)],
    "vetkg": [("Alimento balanceado perro adulto suelto", 5200, 21),
              ("Alimento gato adulto sabor pescado suelto", 7400, 21),
              ("Piedras sanitarias aglomerantes sueltas", 1900, 21)],
    "kg": [("Asado de novillo", 14990, 10.5), ("Nalga feteada", 16800, 10.5),
           ("Pollo entero", 4390, 10.5), ("Queso cremoso", 11450, 21),
           ("Jamon cocido feteado", 21900, 21), ("Tomate perita", 2350, 10.5),
           ("Papa negra", 1190, 10.5), ("Banana ecuador", 2790, 10.5)],
    "almacen": [("Aceite girasol 1,5 L", 3690, 21), ("Yerba mate 1 kg", 5490, 21),
                ("Leche entera sachet 1 L", 1490, 10.5), ("Fideos tirabuzon 500 g", 1390, 21),
                ("Arroz largo fino 1 kg", 1990, 21), ("Gaseosa cola 2,25 L", 3850, 21),
                ("Galletitas de agua 3x100 g", 1650, 21), ("Azucar 1 kg", 1490, 21)],
    "bebidas": [("Cerveza rubia lata 473 ml pack x 6", 8640, 21),
                ("Vino tinto malbec 750 ml caja x 6", 38500, 21),
                ("Fernet 750 ml", 13900, 21),
                ("Agua mineral sin gas 2 L pack x 6", 6200, 21),
                ("Gaseosa lima limon 1,5 L pack x 6", 11400, 21),
                ("Whisky blend 1 L", 29800, 21)],
    "optica": [("Armazon acetato negro mod. Milano 52-18", 68000, 21),
               ("Cristales organicos antirreflejo par", 54000, 21),
               ("Liquido multiproposito lentes de contacto 360 ml", 12800, 21),
               ("Estuche rigido con pano microfibra", 4500, 21),
               ("Lentes de contacto mensuales caja x 6", 39500, 21)],
    "auto": [("Filtro de aceite Fram PH5548", 8900, 21), ("Pastillas de freno delanteras juego", 27500, 21),
             ("Aceite sintetico 5W30 4 litros", 48600, 21), ("Lampara H4 60/55W", 3900, 21),
             ("Escobillas limpiaparabrisas par 22/18", 14200, 21), ("Bujia iridium", 11800, 21),
             ("Filtro de aire motor", 10500, 21), ("Correa de distribucion kit con tensor", 96000, 21),
             ("Liquido refrigerante 1 L verde", 4600, 21), ("Amortiguador trasero gas", 61000, 21),
             ("Bateria 12x65 libre mantenimiento", 138000, 21), ("Terminal de direccion", 15900, 21),
             ("Rotula suspension", 18700, 21), ("Juego de cables de bujia", 21400, 21),
             ("Bomba de agua", 44800, 21), ("Sensor de temperatura", 9700, 21)],
}

SERVICES = {
    "psico": ["Sesion de psicoterapia individual - marzo 2026 (4 sesiones)",
              "Entrevista de admision y evaluacion inicial",
              "Informe psicologico para presentacion ante obra social"],
    "plomero": ["Reparacion de perdida en canilla de cocina, cambio de cuerito y vastago",
                "Destapacion de cloaca con maquina electrica, tramo de 12 metros hasta camara",
                "Cambio de flexible de inodoro y colocacion de valvula de descarga",
                "Materiales varios (tefon, flexible, sellador)"],
    "internet": ["Abono mensual Fibra Optica 300 Mb - periodo 01/03/2026 al 31/03/2026",
                 "Alquiler de modem WiFi 6",
                 "Servicio de IP fija"],
    "telco": ["Abono plan empresas 20 GB linea 11-5555-0101",
              "Abono plan empresas 20 GB linea 11-5555-0102",
              "Consumo excedente roaming internacional"],
    "prepaga": ["Cuota plan de salud PLAN 310 - titular - marzo 2026",
                "Cuota plan de salud PLAN 310 - conyuge - marzo 2026",
                "Cuota plan de salud PLAN 310 - hijo menor de 21 - marzo 2026"],
    "clases": ["Clases particulares de matematica nivel secundario - 8 encuentros de 90 minutos",
               "Material de estudio impreso y guias de ejercicios"],
    "gomeria": ["Reparacion de camara rodado 14", "Balanceo de 4 ruedas", "Alineacion tren delantero",
                "Valvula de aire nueva x 4"],
    "electricista": ["Instalacion de tablero seccional con disyuntor y dos termicas",
                     "Cableado de tres bocas nuevas en living con cano corrugado",
                     "Mano de obra revision instalacion electrica completa"],
    "hosting": ["Cloud hosting plan Business - 12 meses", "Certificado SSL wildcard - 1 anio",
                "Soporte tecnico prioritario 10 horas"],
    "clinica_vet": ["Cirugia de castracion felina hembra con anestesia inhalatoria",
                    "Control postoperatorio y retiro de puntos"],
}


class Item:
    def __init__(self, **kw):
        self.code = None
        self.ean = None
        self.qty = D("1")
        self.qty_places = 0
        self.unit = "un"
        self.unit_label = "unidades"
        self.price = D("0")
        self.price_places = 2
        self.bonif = D("0")
        self.rate = None          # Decimal or None (exempt or not printed)
        self.rate_printed = True
        self.amount = D("0")      # printed line amount (net on A-net, incl on B/C/A-incl)
        self.net = D("0")
        self.qty_printed = True
        self.__dict__.update(kw)


class Doc:
    """Everything printed on one invoice + what the expected file says."""

    def __init__(self, name, seed):
        self.name = name
        self.seed = seed
        self.rng = random.Random(seed)
        self.items = []
        self.discounts = []       # (description, negative amount)
        self.taxes = []           # (label printed, description expected, amount)
        self.totals = []          # printed totals block: (label, amount, kind)
        self.warnings = []
        self.copies = ["ORIGINAL"]
        self.currency = "ARS"
        self.ctz = None
        self.qr_payload = None
        self.qr = None
        self.payments = []
        self.money_style = "ar"
        self.date_style = "dmy/"
        self.cae = None
        self.cae_vto = None
        self.cond_venta = "Contado"
        self.buyer = {}
        self.merchant = {}
        self.subtotal = None
        self.vat = []

    # -------------------------------------------------------------- helpers
    def m(self, x, style=None, places=2):
        return money(x, style or self.money_style, places)

    def q(self, it):
        if it.qty_places == 0:
            return str(int(it.qty)) if it.qty == it.qty.to_integral() else ar(it.qty, 3)
        return ar(it.qty, it.qty_places)

    def p(self, it):
        return money(it.price, self.money_style if self.money_style in ("ar", "plain") else "ar", it.price_places)

    def rate_str(self, it, style="pct"):
        if it.rate is None:
            return "Exento"
        r = it.rate
        if style == "pct":
            return (str(int(r)) if r == r.to_integral() else ar(r, 1)) + "%"
        if style == "2dec":
            return ar(r, 2)
        if style == "2decpct":
            return ar(r, 2) + "%"
        if style == "paren":
            return "(" + ar(r, 2) + ")"
        raise ValueError(style)

    @property
    def code(self):
        return {"A": "01", "B": "06", "C": "11"}[self.letter]

    @property
    def doc_code(self):
        return int(self.code)

    def numstr(self, posw=4, numw=8, sep="-"):
        return f"{self.pos:0{posw}d}{sep}{self.number:0{numw}d}"

    def date_str(self, style=None):
        return fdate(self.date, style or self.date_style)

    # -------------------------------------------------------------- expected
    def expected(self):
        items = []
        for i, it in enumerate(self.items, 1):
            items.append({
                "line": i, "department": None, "description": " ".join(it.desc.split()),
                "ean": it.ean,
                "quantity": (dstr(it.qty, it.qty_places) if it.qty_printed else None),
                "unit": (it.unit if it.qty_printed else None),
                "unit_price": (dstr(it.price, it.price_places) if it.qty_printed else None),
                "vat_rate": (dstr(it.rate, 2) if (it.rate is not None and it.rate_printed) else None),
                "amount": dstr(it.amount, 2),
            })
        e = {
            "doc_type": "factura_" + self.letter.lower(),
            "merchant": {"name": " ".join(self.merchant["name"].split()), "cuit": self.merchant["cuit"]},
            "pos": self.pos,
            "number": self.number,
            "issued_at": self.date.isoformat(),
            "currency": self.currency,
            "items": items,
            "discounts": [{"description": d, "amount": dstr(a, 2)} for d, a in self.discounts],
            "subtotal": dstr(self.subtotal, 2),
            "discount_total": dstr(-sum((a for _, a in self.discounts), D(0)), 2),
            "total": dstr(self.total_printed, 2),
            "vat": [{"rate": (dstr(r, 2) if r is not None else None), "amount": dstr(a, 2)} for r, a in self.vat],
            "taxes": [{"description": d, "amount": dstr(a, 2)} for _, d, a in self.taxes],
            "payments": [{"method": mth, "amount": dstr(a, 2)} for mth, a in self.payments],
            "prices_include_vat": self.prices_include_vat,
            "cae": self.cae,
            "qr": self.qr,
            "warnings": sorted(self.warnings),
        }
        return e


def qr_url(obj, host="https://www.afip.gob.ar/fe/qr/?p=", pretty=False):
    if pretty:
        js = json.dumps(obj, indent=4, ensure_ascii=False).replace("\n", "\r\n")
    else:
        js = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    return host + base64.b64encode(js.encode("utf-8")).decode("ascii")


def finish(doc, *, letter, incl=None, qr=True, qr_variant=(), flag=None, discount=None,
           taxes=(), table_discount=None, subtotal_label="Subtotal", vat_rate_label=True):
    """Compute amounts, totals block, CAE and QR for a doc whose items carry qty/price/rate."""
    doc.letter = letter
    rng = doc.rng
    if letter == "A":
        doc.prices_include_vat = bool(incl)
    else:
        doc.prices_include_vat = True
    net_by_rate = {}
    for it in doc.items:
        gross = it.qty * it.price
        if it.bonif:
            gross = gross * (1 - it.bonif / 100)
        line = r2(gross)
        if letter == "A":
            it.net = line
            net_by_rate.setdefault(it.rate, D(0))
            net_by_rate[it.rate] += line
            if incl:
                it.amount = r2(line * (1 + (it.rate or 0) / 100))
            else:
                it.amount = line
        else:
            it.amount = line
    if table_discount:
        desc, pct = table_discount
        base = sum(it.amount for it in doc.items)
        amt = -r2(base * D(pct) / 100)
        doc.discounts.append((desc, amt))
        if letter == "A":
            # discount row is net at the main rate (first item rate)
            rr = doc.items[0].rate
            net_by_rate[rr] += amt
    items_sum = sum(it.amount for it in doc.items)
    doc.totals = []
    if letter == "A":
        net_total = sum(net_by_rate.values())
        if table_discount:
            doc.subtotal = items_sum + doc.discounts[0][1] if not incl else net_total
        else:
            doc.subtotal = items_sum if not incl else net_total
        doc.totals.append((subtotal_label, doc.subtotal, "subtotal"))
        vat = []
        for r in sorted((k for k in net_by_rate if k is not None), reverse=True):
            if incl:
                a = sum(it.amount - it.net for it in doc.items if it.rate == r)
            else:
                a = r2(net_by_rate[r] * r / 100)
            vat.append((r, a))
        if None in net_by_rate:
            doc.totals.append(("Importe Exento", net_by_rate[None], "info"))
        for r, a in vat:
            lab = f"IVA {ar(r, 1) if r != r.to_integral() else int(r)}%" if vat_rate_label else "I.V.A."
            doc.totals.append((lab, a, "vat"))
        doc.vat = [(r if vat_rate_label else None, a) for r, a in vat]
        base_tax = net_total
        running = net_total + sum(a for _, a in vat)
    else:
        doc.subtotal = items_sum + (doc.discounts[0][1] if table_discount else 0)
        doc.totals.append((subtotal_label, doc.subtotal, "subtotal"))
        doc.vat = []
        base_tax = r2(doc.subtotal / D("1.21"))
        running = doc.subtotal
    if discount:
        desc, pct = discount
        amt = -r2(doc.subtotal * D(pct) / 100)
        doc.discounts.append((desc, amt))
        doc.totals.insert(1, (desc, amt, "discount"))
        running += amt
    for t in taxes:
        label, desc, kind = t[0], t[1], t[2]
        if kind == "pct":
            amt = r2(base_tax * D(t[3]) / 100)
        else:
            amt = D(t[3])
        doc.taxes.append((label, desc, amt))
        doc.totals.append((label, amt, "tax"))
        running += amt
    doc.total_true = running
    doc.total_printed = running
    if flag == "totals":
        doc.total_printed = running + D("100.00")
        doc.warnings.append("totals_mismatch")
    doc.totals.append(("TOTAL", doc.total_printed, "total"))
    # check identity unless flagged
    ident = items_sum + sum(a for _, a in doc.discounts) + sum(a for _, _, a in doc.taxes)
    if letter == "A" and not incl:
        ident += sum(a for _, a in doc.vat)
    if flag != "totals":
        assert abs(ident - doc.total_printed) <= CENT, (doc.name, ident, doc.total_printed)
    # CAE
    doc.cae = str(rng.choice([7, 8])) + "".join(str(rng.randint(0, 9)) for _ in range(13))
    doc.cae_vto = doc.date + dt.timedelta(days=10)
    if qr:
        make_qr(doc, qr_variant, flag)
    return doc


def make_qr(doc, variant=(), flag=None):
    cuit = doc.merchant["cuit"]
    number = doc.number
    importe = doc.total_printed
    fecha = doc.date
    if flag == "qr_total":
        importe = importe + D("1500.00")
    if flag == "qr_cuit":
        cuit = doc.qr_other_cuit
    if flag == "qr_number":
        number = number + 10
    if flag and flag.startswith("qr"):
        doc.warnings.append("qr_mismatch")
    b = doc.buyer
    obj = {"ver": 1}
    if "nodate" not in variant:
        obj["fecha"] = fecha.strftime("%d/%m/%Y") if "ddmmyyyy" in variant else fecha.isoformat()
    obj.update({"cuit": int(cuit), "ptoVta": doc.pos, "tipoCmp": doc.doc_code, "nroCmp": number,
                "importe": float(importe), "moneda": "DOL" if doc.currency == "USD" else "PES",
                "ctz": float(doc.ctz) if doc.ctz else 1,
                "tipoDocRec": b.get("tipoDoc", 80), "nroDocRec": int(b.get("nroDoc", 0)),
                "tipoCodAut": "E", "codAut": int(doc.cae)})
    if "strings" in variant:
        obj = {k: (str(v) if k not in ("tipoCodAut",) else v) for k, v in obj.items()}
        obj["importe"] = dstr(importe, 2)
    host = "https://afip.gob.ar/fe/qr/?p=" if "nowww" in variant else "https://www.afip.gob.ar/fe/qr/?p="
    doc.qr_payload = qr_url(obj, host=host, pretty="crlf" in variant)
    doc.qr = {"doc_code": doc.doc_code, "cuit": cuit, "pos": doc.pos, "number": number,
              "date": None if "nodate" in variant else fecha.isoformat(),
              "total": dstr(importe, 2), "currency": "USD" if doc.currency == "USD" else "ARS",
              "cae": doc.cae}


def write_qr_png(payload, path, scale=8, border=2):
    import segno
    segno.make(payload, error="m", micro=False).save(path, scale=scale, border=border)


def qr_matrix(payload):
    import segno
    q = segno.make(payload, error="m", micro=False)
    return [list(row) for row in q.matrix]


def qr_runs(payload):
    """Horizontal runs of dark modules: (row, col, length)."""
    mat = qr_matrix(payload)
    runs = []
    for y, row in enumerate(mat):
        x = 0
        n = len(row)
        while x < n:
            if row[x]:
                s = x
                while x < n and row[x]:
                    x += 1
                runs.append((y, s, x - s))
            else:
                x += 1
    return len(mat), runs
