"""Invoice documents of round 16: one Doc per invoice, one random.Random(seed) each, amounts in Decimal.
The renderers (render_docx.py / render_xlsx.py) read only the Doc's printed lines; Doc.expected() writes the
expected reading from the same object."""
import base64, json, random
from decimal import Decimal as D, ROUND_HALF_UP

C2 = D("0.01")
def q2(x): return x.quantize(C2, ROUND_HALF_UP)

def cuit_check(first10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(first10, w)); r = 11 - s % 11
    return None if r == 10 else (0 if r == 11 else r)

def make_cuit(rng, prefix):
    while True:
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(8))
        c = cuit_check(body)
        if c is not None: return body + str(c)

def ean13(rng):
    b = "779" + "".join(str(rng.randrange(10)) for _ in range(9))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(b))
    return b + str((10 - s % 10) % 10)

def fmt(x, style="dot"):
    """Argentine amount: dot '1.234,56', plain '1234,56', peso '$ 1.234,56'."""
    neg = x < 0; x = abs(x)
    s = f"{x:.{max(0, -x.as_tuple().exponent)}f}"
    ent, _, dec = s.partition(".")
    if style in ("dot", "peso"):
        g = ""
        while len(ent) > 3: g = "." + ent[-3:] + g; ent = ent[:-3]
        ent = ent + g
    out = ent + ("," + dec if dec else "")
    if neg: out = "-" + out
    return "$ " + out if style == "peso" else out

def fmt_rate(r, style):
    if style == "pct":   # 21%  10,5%
        s = f"{r.normalize():f}".replace(".", ","); return s + "%"
    if style == "dec":   # 21,00
        return fmt(q2(r), "plain")
    return fmt(q2(r), "plain") + " %"

MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
def fmt_date(y, m, d, style):
    return {"slash": f"{d:02d}/{m:02d}/{y}", "dash": f"{d:02d}-{m:02d}-{y}", "dotd": f"{d:02d}.{m:02d}.{y}",
            "yy": f"{d:02d}/{m:02d}/{y % 100:02d}", "long": f"{d} de {MONTHS[m-1]} de {y}"}[style]

def fmt_cuit(c, dashed): return f"{c[:2]}-{c[2:10]}-{c[10]}" if dashed else c

CODE = {"A": 1, "B": 6, "C": 11}
CONDS = {"RI": "IVA Responsable Inscripto", "MT": "Responsable Monotributo", "CF": "Consumidor Final",
         "EX": "IVA Sujeto Exento"}

class Doc:
    def __init__(self, name, gen, seed, letter, exercises):
        self.name, self.gen, self.seed, self.letter, self.exercises = name, gen, seed, letter, exercises
        self.rng = random.Random(seed)
        self.warnings = []
        self.copies = ["ORIGINAL"]
        self.qr_variant = {}
        self.qr_kind = "png"
        self.currency = "ARS"

    # ---------------- expected reading ----------------
    def expected(self):
        it = []
        for i, r in enumerate(self.items, 1):
            it.append({"line": i, "department": None, "description": " ".join(r["desc"].split()),
                       "ean": r.get("ean"), "quantity": r["q_exp"], "unit": r["unit"],
                       "unit_price": r["up_exp"], "vat_rate": r["rate_exp"], "amount": str(r["amount"])})
        return {
            "doc_type": "factura_" + self.letter.lower(),
            "merchant": {"name": " ".join(self.merchant_name.split()), "cuit": self.cuit},
            "pos": self.pos, "number": self.number,
            "issued_at": f"{self.y:04d}-{self.m:02d}-{self.d:02d}",
            "currency": self.currency,
            "items": it,
            "discounts": [{"description": l, "amount": str(-a)} for l, a in self.discounts],
            "subtotal": str(self.subtotal),
            "discount_total": str(sum((a for _, a in self.discounts), D("0.00"))),
            "total": str(self.total),
            "vat": [{"rate": f"{r:.2f}", "amount": str(a)} for r, a in self.vat if a != 0],
            "taxes": [{"description": l, "amount": str(a)} for l, a in self.taxes],
            "payments": [],
            "prices_include_vat": self.letter != "A",
            "cae": self.cae,
            "qr": self.qr_expected,
            "warnings": self.warnings,
        }

    # ---------------- QR ----------------
    def qr_payload(self):
        v = dict(self.qr_variant)
        cuit = v.get("cuit", self.cuit); num = self.number + v.get("number_off", 0)
        tot = self.total + D(v.get("total_off", "0")); y, m, d = v.get("date", (self.y, self.m, self.d))
        fecha = f"{d:02d}/{m:02d}/{y}" if v.get("fecha_ddmm") else f"{y:04d}-{m:02d}-{d:02d}"
        mon = "DOL" if self.currency == "USD" else "PES"
        ctz = self.ctz if self.currency == "USD" else D("1")
        s = v.get("strings", False)
        def val(x): return json.dumps(str(x)) if s else str(x)
        parts = [("ver", val(1)), ("fecha", json.dumps(fecha)), ("cuit", val(cuit)), ("ptoVta", val(self.pos)),
                 ("tipoCmp", val(CODE[self.letter])), ("nroCmp", val(num)), ("importe", val(tot)),
                 ("moneda", json.dumps(mon)), ("ctz", val(ctz)), ("tipoDocRec", val(self.buyer_doctype)),
                 ("nroDocRec", val(self.buyer_docnr)), ("tipoCodAut", json.dumps("E")), ("codAut", val(self.cae))]
        js = "{" + ",".join(f'"{k}":{x}' for k, x in parts) + "}"
        host = "https://afip.gob.ar" if v.get("nowww") else "https://www.afip.gob.ar"
        url = host + "/fe/qr/?p=" + base64.b64encode(js.encode()).decode()
        self.qr_expected = {"doc_code": CODE[self.letter], "cuit": cuit, "pos": self.pos, "number": num,
                            "date": f"{y:04d}-{m:02d}-{d:02d}", "total": f"{tot:.2f}",
                            "currency": "USD" if mon == "DOL" else "ARS", "cae": self.cae}
        return url


# ---------------- catalogue ----------------
def build(name, gen, seed, letter, exercises, *, issuer, items, cols, amt="dot", numform="pv",
          datef="slash", cuit_dashed=False, buyer=None, disc=None, taxes=(), rates_style="pct",
          currency="ARS", ctz=None, qr="png", qr_variant=None, copies=None, totals_off=None,
          subtotal_label=True, neto_label="Importe Neto Gravado:", total_label="Importe Total:",
          qty_dec=False, pos_digits=4, cond="RI", buyer_label="Razón Social:", vat_label="IVA {r}:",
          extra_notes=()):
    doc = Doc(name, gen, seed, letter, exercises)
    r = doc.rng
    doc.cols, doc.amt = cols, amt
    doc.cuit = make_cuit(r, issuer.get("prefix", "30"))
    doc.pos = r.choice([1, 2, 3, 4, 5, 7, 8, 10, 12])
    doc.number = r.randrange(120, 48000)
    doc.y, doc.m, doc.d = 2026, r.randrange(1, 11), r.randrange(1, 28)
    doc.cae = str(r.randrange(7, 8)) + "".join(str(r.randrange(10)) for _ in range(13))
    doc.currency = currency; doc.ctz = ctz
    doc.qr_kind = qr; doc.qr_variant = qr_variant or {}
    if copies: doc.copies = copies
    F = lambda x: fmt(x, amt)
    # issuer block
    doc.issuer_lines = []
    for kind, txt in issuer["lines"]:
        doc.issuer_lines.append((kind, txt))
    doc.merchant_name = issuer["merchant"]
    doc.issuer_lines += [("n", "Domicilio Comercial: " + issuer.get("addr", "Av. San Martín 1234 - CABA")),
                         ("n", "Condición frente al IVA: " + CONDS["MT" if letter == "C" else "RI"])]
    # document block
    P = f"{doc.pos:0{pos_digits}d}"; N = f"{doc.number:08d}"
    ds = fmt_date(doc.y, doc.m, doc.d, datef)
    doc.date_printed = ds
    dl = []
    if numform == "pv":
        dl += [f"Punto de Venta: {P}   Comp. Nro: {N}"]
    elif numform == "n":
        dl += [f"Nº {P}-{N}"]
    elif numform == "fx":
        dl += [f"FACTURA {letter} {P}-{N}"]
    elif numform == "nro":
        dl += [f"Nro. {P}-{N}"]
    elif numform == "comp":
        dl += [f"Comprobante Nº: {P} - {N}"]
    dl += [f"Fecha de Emisión: {ds}", "CUIT: " + fmt_cuit(doc.cuit, cuit_dashed),
           "Ingresos Brutos: " + f"{r.randrange(900, 999)}-{r.randrange(100000, 999999)}-{r.randrange(10)}",
           "Inicio de Actividades: " + fmt_date(r.randrange(1995, 2020), r.randrange(1, 13), r.randrange(1, 28), "slash")]
    doc.doc_lines = dl
    # buyer
    b = buyer or {}
    bc = b.get("cond", "RI" if letter == "A" else "CF")
    if bc == "CF" and not b.get("name"):
        doc.buyer_doctype, doc.buyer_docnr = 99, 0
        doc.buyer_lines = [f"{buyer_label} CONSUMIDOR FINAL", "Condición frente al IVA: Consumidor Final"]
    elif b.get("dni"):
        dni = r.randrange(14000000, 45000000)
        doc.buyer_doctype, doc.buyer_docnr = 96, dni
        doc.buyer_lines = [f"{buyer_label} {b['name']}", f"DNI: {dni}", "Condición frente al IVA: " + CONDS[bc]]
    else:
        bcu = make_cuit(r, b.get("prefix", "30"))
        doc.buyer_doctype, doc.buyer_docnr = 80, int(bcu)
        doc.buyer_lines = [f"{buyer_label} {b.get('name', 'CLIENTE')}", "CUIT: " + fmt_cuit(bcu, cuit_dashed),
                           "Condición frente al IVA: " + CONDS[bc]]
    doc.buyer_lines.append("Domicilio: " + b.get("addr", "Calle 12 Nº 845 - La Plata"))
    doc.buyer_lines.append("Condición de venta: " + b.get("venta", "Contado"))
    # items
    doc.items, doc.rows = [], []
    for i, spec in enumerate(items):
        desc, kind, lo, hi = spec[:4]
        opt = spec[4] if len(spec) > 4 else {}
        rate = D(opt.get("rate", "21")) if letter == "A" else None
        if kind == "kg":
            qty = (D(r.randrange(150, 3200)) / 1000).quantize(D("0.001")); qs = fmt(qty, "plain"); unit = "kg"; qe = f"{qty:.3f}"
        elif kind == "svc":
            qty = None; unit = None
        else:
            n = r.randrange(1, int(kind[1:]) + 1) if kind.startswith("u") else 1
            qty = D(n).quantize(C2) if qty_dec else D(n); unit = "un"; qe = str(qty); qs = fmt(qty, "plain")
        up = q2(D(r.randrange(int(lo * 100), int(hi * 100))) / 100)
        bon = D(opt.get("bonif", "0"))
        amount = q2((qty if qty is not None else D(1)) * up * (1 - bon / 100))
        it = {"desc": desc, "ean": None, "unit": unit, "amount": amount, "rate": rate,
              "q_exp": qe if qty is not None else None, "up_exp": str(up) if qty is not None else None,
              "rate_exp": f"{rate:.2f}" if rate is not None and any(c[1] == "rate" for c in cols) else None}
        row = {"desc": desc, "qty": qs if qty is not None else "", "unit": {"kg": "kg", "un": opt.get("ulabel", "unidades"), None: ""}[unit],
               "up": F(up) if qty is not None else "", "amount": F(amount),
               "rate": fmt_rate(rate, rates_style) if rate is not None else "", "bonif": fmt(q2(bon), "plain")}
        if any(c[1] == "ean" for c in cols):
            it["ean"] = ean13(r); row["ean"] = it["ean"]
        if any(c[1] == "code" for c in cols):
            row["code"] = str(r.randrange(10 ** (opt.get("cd", 5) - 1), 10 ** opt.get("cd", 5)))
        doc.items.append(it); doc.rows.append(row)
    # totals
    sub = sum((it["amount"] for it in doc.items), D("0.00"))
    doc.subtotal = sub
    pct = D(disc[1]) if disc else D(0)
    doc.discounts = [(disc[0], q2(sub * pct / 100))] if disc else []
    tl = []
    if letter == "A":
        exempt = sum((it["amount"] for it in doc.items if it["rate"] == 0), D("0.00"))
        byrate = {}
        for it in doc.items:
            if it["rate"]: byrate[it["rate"]] = byrate.get(it["rate"], D(0)) + it["amount"]
        doc.vat = [(rt, q2(base * (1 - pct / 100) * rt / 100)) for rt, base in sorted(byrate.items(), reverse=True)]
        neto = q2((sub - exempt) * (1 - pct / 100)) if pct else sub - exempt
        if pct and exempt: raise ValueError("discount with exempt not modelled")
        if subtotal_label or disc or exempt:
            tl.append(("Subtotal:", F(sub)))
        else:
            doc.subtotal = neto
        for l, a in doc.discounts: tl.append((l + ":", F(-a)))
        tl.append((neto_label, F(neto)))
        if exempt: tl.append(("Importe Exento:", F(exempt)))
        for rt, a in doc.vat:
            tl.append((vat_label.format(r=fmt_rate(rt, "pct")), F(a)))
        if any(it["rate"] == 0 for it in doc.items):
            tl.append((vat_label.format(r="0%"), F(D("0.00"))))
        base_total = neto + exempt + sum(a for _, a in doc.vat)
    else:
        doc.vat = []
        tl.append(("Subtotal:", F(sub)))
        for l, a in doc.discounts: tl.append((l + ":", F(-a)))
        base_total = sub - sum((a for _, a in doc.discounts), D(0))
    doc.taxes = []
    for l, p in taxes:
        a = q2((base_total if letter != "A" else neto) * D(p) / 100)
        doc.taxes.append((l, a)); tl.append((l + ":", F(a)))
    total = base_total + sum((a for _, a in doc.taxes), D(0))
    if totals_off:
        total += D(totals_off); doc.warnings.append("totals_mismatch")
    doc.total = total
    if currency == "USD":
        tl.append((total_label, "USD " + F(total)))
    else:
        tl.append((total_label, F(total)))
    doc.totals = tl
    doc.notes = list(extra_notes)
    if currency == "USD":
        doc.notes = [f"Moneda: USD", f"Tipo de cambio: {fmt(ctz, 'dot')}"] + doc.notes
    doc.cae_lines = [f"CAE N°: {doc.cae}", "Fecha de Vto. de CAE: " + fmt_date(doc.y, doc.m, min(doc.d + 10, 28), "slash")]
    if doc.qr_variant.get("cuit_other"):
        doc.qr_variant["cuit"] = make_cuit(r, "30")
    if doc.qr_variant.get("date_off"):
        doc.qr_variant["date"] = (doc.y, doc.m, doc.d + 1)
    if qr:
        doc.qr_url = doc.qr_payload()
        if doc.qr_variant.get("mismatch"): doc.warnings.append("qr_mismatch")
    else:
        doc.qr_url = None; doc.qr_expected = None
    return doc


# ---------------- the 30 documents ----------------
def TN(trade, legal):   # trade name above an unlabelled legal name
    return {"lines": [("big", trade), ("b", legal)], "merchant": legal}
def RS(trade, legal):   # trade name above a labelled Razón Social
    return {"lines": [("big", trade), ("n", "Razón Social: " + legal)], "merchant": legal}
def ONE(name, prefix="20"):  # person or trade name alone
    return {"lines": [("big", name)], "merchant": name, "prefix": prefix}

COLS_A1 = [("Código", "code"), ("Descripción", "desc"), ("Cant.", "qty"), ("P. Unit.", "up"), ("Bonif. %", "bonif"), ("Alíc. IVA", "rate"), ("Subtotal", "amount")]
COLS_A2 = [("Cantidad", "qty"), ("Descripción", "desc"), ("Precio Unit.", "up"), ("% IVA", "rate"), ("Importe", "amount")]
COLS_A3 = [("Descripción", "desc"), ("Alíc. IVA", "rate"), ("Importe", "amount")]
COLS_A4 = [("Código EAN", "ean"), ("Producto", "desc"), ("Cant.", "qty"), ("U. Medida", "unit"), ("Precio Unit.", "up"), ("IVA %", "rate"), ("Subtotal", "amount")]
COLS_B1 = [("Cant.", "qty"), ("Descripción", "desc"), ("P. Unit.", "up"), ("Importe", "amount")]
COLS_B2 = [("EAN", "ean"), ("Descripción", "desc"), ("Cantidad", "qty"), ("Precio Unit.", "up"), ("Subtotal", "amount")]
COLS_B3 = [("Cód.", "code"), ("Producto / Servicio", "desc"), ("Cant.", "qty"), ("U. Medida", "unit"), ("Precio Unit.", "up"), ("Bonif. %", "bonif"), ("Subtotal", "amount")]
COLS_C1 = [("Descripción", "desc"), ("Importe", "amount")]
COLS_C2 = [("Artículo", "code"), ("Descripción", "desc"), ("Cantidad", "qty"), ("Unidad", "unit"), ("P. Unitario", "up"), ("Importe", "amount")]

FERRE = [("Tornillo autoperforante 8x1\" x 100", "u6", 2400, 5600), ("Cinta métrica 5 m Stanley", "u2", 7800, 12900),
         ("Pintura látex interior blanco 20 L Alba", "u2", 48000, 79000), ("Rodillo lana 22 cm", "u3", 3500, 6900),
         ("Llave térmica bipolar 2x25A", "u2", 9800, 16500)]
SUPER = [("Arroz largo fino Gallo Oro 1 kg", "u4", 1300, 2300), ("Aceite girasol Natura 1,5 L", "u3", 2600, 4200),
         ("Yerba mate Playadito 1 kg", "u2", 4200, 6200), ("Leche entera La Serenísima 1 L", "u6", 1200, 1700),
         ("Queso cremoso Punta del Agua x kg", "kg", 8900, 12900), ("Banana Ecuador x kg", "kg", 1800, 2900),
         ("Fideos tirabuzón Matarazzo 500 g", "u5", 1100, 1900), ("Café molido La Virginia 500 g", "u2", 6500, 9200),
         ("Papa blanca x kg", "kg", 700, 1300), ("Detergente Magistral limón 750 ml", "u3", 2400, 3900),
         ("Galletitas Criollitas 3 x 100 g", "u4", 1500, 2100), ("Jamón cocido natural x kg", "kg", 14500, 21000)]

SUPER2 = [("Harina 000 Pureza 1 kg", "u3", 900, 1500), ("Azúcar Ledesma 1 kg", "u3", 1200, 1800), ("Tomate triturado Arcor 520 g", "u4", 900, 1400),
          ("Manzana roja x kg", "kg", 2200, 3300), ("Cebolla x kg", "kg", 900, 1500), ("Pollo entero x kg", "kg", 3900, 5200),
          ("Lavandina Ayudín 1 L", "u2", 1100, 1700), ("Papel higiénico Higienol x 4", "u3", 2600, 3900), ("Cerveza Quilmes lata 473 ml", "u6", 1400, 2100),
          ("Mayonesa Hellmann's 475 g", "u2", 2400, 3300), ("Dulce de leche La Serenísima 400 g", "u2", 2600, 3600), ("Jabón en polvo Ala 800 g", "u2", 3900, 5600),
          ("Salame milán x kg", "kg", 16000, 22000), ("Huevos blancos maple x 30", "u1", 6500, 8900), ("Yogur bebible frutilla 1 L", "u2", 2100, 2900),
          ("Pan lactal Bimbo 550 g", "u2", 2900, 3800), ("Manteca Sancor 200 g", "u2", 2500, 3400), ("Mandarina x kg", "kg", 1500, 2400)]

def _super_lines(n, rate_sel=True):
    out = []
    cat = SUPER + SUPER2
    for i in range(n):
        d, k, lo, hi = cat[i % len(cat)]
        rate = "10.5" if (k == "kg" or any(w in d for w in ("Leche", "Arroz", "Fideos", "Harina", "Azúcar", "Huevos", "Pan "))) else "21"
        out.append((d, k, lo, hi, {"rate": rate}))
    return out

def all_docs():
    L = []
    # ---- w: Aspose.Words ----
    L.append(build("w01_fa_ferreteria_bonif", "w", 1601, "A", "A net; trade name above `Razón Social:`; 5-digit `Código` column (dropped); `Bonif. %` lines; `Punto de Venta:`/`Comp. Nro:`; Percepción IIBB CABA",
                   issuer=RS("Ferretería Los Andes", "LOS ANDES MATERIALES S.R.L."), cols=COLS_A1,
                   items=[FERRE[0] + ({"bonif": "10"},), FERRE[1], FERRE[2] + ({"bonif": "5"},), FERRE[3], FERRE[4]],
                   buyer={"name": "ESTUDIO CONTABLE RIVAS S.R.L."}, taxes=[("Percepción IIBB CABA", "3")]))
    L.append(build("w02_fb_farmacia_ean", "w", 1602, "B", "B pharmacy, `EAN` column first; `$ 1.234,56`; `Descuento obra social 40%`; buyer with DNI; `Nº PV-NRO` (zero-padded)",
                   issuer=RS("Farmacia Belgrano", "FARMACIA BELGRANO SOCIEDAD EN COMANDITA SIMPLE"), cols=COLS_B2, amt="peso", numform="n",
                   items=[("Ibuprofeno 600 mg x 20 comp.", "u2", 4800, 7900), ("Amoxicilina 500 mg x 16 comp.", "u1", 9800, 14500),
                          ("Protector solar FPS 50 200 ml", "u1", 18500, 26900), ("Alcohol en gel 250 ml", "u3", 2200, 3400)],
                   buyer={"name": "GOMEZ, MARIA LAURA", "dni": True, "cond": "CF"}, disc=("Descuento obra social 40%", "40")))
    L.append(build("w03_fc_verduleria_kg", "w", 1603, "C", "C greengrocer (person, unlabelled); QR as SVG (vector); kg to the gram, `Unidad` column (`kg` / `u`); `1234,56`; consumidor final; 4-digit `Artículo` code",
                   issuer=ONE("PEREYRA JUAN CARLOS"), cols=COLS_C2, amt="plain", numform="nro", qr="svg",
                   items=[("Tomate perita x kg", "kg", 1900, 3200, {"cd": 4}), ("Lechuga criolla x kg", "kg", 2500, 4100, {"cd": 4}),
                          ("Palta Hass", "u4", 1200, 1900, {"cd": 4, "ulabel": "u"}), ("Zanahoria x kg", "kg", 800, 1400, {"cd": 4}),
                          ("Limón x kg", "kg", 1500, 2600, {"cd": 4}), ("Atado de perejil", "u2", 600, 900, {"cd": 4, "ulabel": "u"})]))
    L.append(build("w04_fa_internet_27", "w", 1604, "A", "A services without quantity; 27% + 21%; unlabelled legal name `CONECTAR SUR S.A.` under the trade name; Percepción IVA + Percepción IIBB Buenos Aires; CUITs dashed",
                   issuer=TN("ConectAR Sur", "CONECTAR SUR S.A."), cols=COLS_A3, cuit_dashed=True, numform="fx",
                   items=[("Abono Internet Fibra 300 Mb - período 01/2026", "svc", 28000, 39000, {"rate": "27"}),
                          ("Alquiler de módem WiFi 6", "svc", 3500, 5200, {"rate": "27"}),
                          ("Instalación y configuración de red domiciliaria con cableado estructurado", "svc", 15000, 22000, {"rate": "21"})],
                   buyer={"name": "DISTRIBUIDORA NORTE S.A."}, taxes=[("Percepción IVA", "3"), ("Percepción IIBB Buenos Aires", "2")]))
    L.append(build("d11_fa_mayorista_multipag", "d", 1605, "A", "A wholesale grocery, 46 lines over 2 pages; `Código EAN` + `U. Medida` columns; kg and counted; 21% and 10,5% as `21,00`/`10,50`; `Otros Tributos`",
                   issuer=TN("Mayorista El Puente", "EL PUENTE DISTRIBUCIONES S.A."), cols=COLS_A4, rates_style="dec", numform="comp",
                   items=_super_lines(46), buyer={"name": "ALMACEN LA ESQUINA S.R.L."}, taxes=[("Otros Tributos", "1.2")], qty_dec=False))
    L.append(build("w06_fb_ropa_copias", "w", 1606, "B", "B clothing, ORIGINAL / DUPLICADO pages (read once); legal name over two lines ending `SOCIEDAD DE RESPONSABILIDAD LIMITADA`; dd-mm-yyyy; `Bonif. %` + `Cód.` column",
                   issuer={"lines": [("big", "TEXTIL PATAGONIA"), ("big", "SOCIEDAD DE RESPONSABILIDAD LIMITADA")], "merchant": "TEXTIL PATAGONIA SOCIEDAD DE RESPONSABILIDAD LIMITADA"},
                   cols=COLS_B3, datef="dash", copies=["ORIGINAL", "DUPLICADO"],
                   items=[("Remera algodón peinado talle M", "u3", 9800, 15900, {"bonif": "10"}), ("Jean clásico tiro medio 42", "u1", 34000, 52000),
                          ("Campera rompeviento impermeable", "u1", 58000, 89000, {"bonif": "15"}), ("Medias deportivas x 3 pares", "u2", 5200, 8900)]))
    L.append(build("w07_fa_software_usd", "w", 1607, "A", "A in USD (`Moneda: USD`, `Tipo de cambio`); QR `DOL` + `ctz`; licence without quantity; 21% + 10,5%",
                   issuer=RS("Nubecita Software", "NUBECITA SOFTWARE S.A.S."), cols=COLS_A2, currency="USD", ctz=D("1187.50"), numform="pv",
                   items=[("Licencia anual ERP Nube - 5 usuarios", "svc", 1800, 2600, {"rate": "21"}), ("Horas de soporte técnico remoto", "u10", 35, 60, {"rate": "21"}),
                          ("Equipo lector de códigos de barras USB", "u2", 90, 160, {"rate": "10.5"})],
                   buyer={"name": "LOGISTICA DEL PLATA S.A."}))
    L.append(build("w08_fb_optica_totalmal", "w", 1608, "B", "B optician, quantity first; printed total 100,00 below the sum -> totals_mismatch (QR carries the printed total)",
                   issuer=ONE("Óptica Visión Clara", "30"), cols=COLS_B1, totals_off="-100.00",
                   items=[("Armazón acetato Ray-Ban RB5154", "u1", 98000, 145000), ("Cristales orgánicos antirreflex par", "u1", 65000, 98000),
                          ("Estuche rígido y paño", "u1", 4500, 7800)], buyer={"name": "SOSA, RICARDO", "dni": True, "cond": "CF"}))
    L.append(build("w09_fc_vete_qrcuit", "w", 1609, "C", "C vet (person); QR names another valid CUIT -> qr_mismatch; `Comprobante Nº:`",
                   issuer=ONE("MARTINEZ LUCIA BEATRIZ", "27"), cols=COLS_B1, numform="comp", qr_variant={"cuit_other": True, "mismatch": True},
                   items=[("Consulta clínica felino", "u1", 15000, 22000), ("Vacuna triple felina", "u1", 18000, 26000), ("Antiparasitario pipeta gato 4 kg", "u2", 6800, 9800)]))
    L.append(build("w10_fa_libreria_0", "w", 1610, "A", "A books 0% + stationery 21%; QR as SVG (vector); `Importe Exento`, `IVA 0%: 0,00` (left out of vat); date `14 de julio de 2026` style; `Cantidad` first",
                   issuer=TN("Librería del Centro", "EDITORIAL Y LIBRERIA DEL CENTRO S.A."), cols=COLS_A2, datef="long", qr="svg",
                   items=[("Libro \"Rayuela\" - Julio Cortázar", "u2", 18000, 26000, {"rate": "0"}), ("Libro \"Ficciones\" - J. L. Borges", "u1", 16000, 24000, {"rate": "0"}),
                          ("Cuaderno universitario rayado 84 hojas", "u6", 3200, 4900), ("Resaltadores Stabilo x 4", "u2", 5400, 7900)],
                   buyer={"name": "COLEGIO SAN JOSE ASOCIACION CIVIL", "cond": "EX"}))
    # ---- d: Spire.Doc ----
    L.append(build("d01_fa_mecanico_net", "d", 1621, "A", "A car repair, 6-digit code, `Cant.` with two decimals; Percepción IIBB Córdoba; `Nº PV-NRO` (zero-padded)",
                   issuer=RS("Taller Mecánico Ruta 9", "SERVICIOS AUTOMOTORES RUTA 9 S.R.L."), cols=COLS_A1, qty_dec=True, numform="n", pos_digits=5,
                   items=[("Pastillas de freno delanteras Ferodo", "u2", 38000, 52000, {"cd": 6}), ("Aceite sintético 5W30 x 4 L", "u2", 42000, 56000, {"cd": 6}),
                          ("Filtro de aceite", "u1", 8900, 12500, {"cd": 6}), ("Mano de obra service completo", "u1", 65000, 90000, {"cd": 6})],
                   buyer={"name": "TRANSPORTES SIERRAS S.A."}, taxes=[("Percepción IIBB Córdoba", "2.5")]))
    L.append(build("d02_fb_carniceria_kg", "d", 1622, "B", "B butcher by kg (`U. Medida` kg / unidades); unlabelled `FRIGORIFICO SAN JORGE S.A.` under trade name; `FACTURA B PV-NRO` (zero-padded)",
                   issuer=TN("Carnicería San Jorge", "FRIGORIFICO SAN JORGE S.A."), cols=COLS_B3, numform="fx",
                   items=[("Asado de novillo x kg", "kg", 11500, 15900), ("Vacío x kg", "kg", 13800, 17900), ("Chorizo parrillero x kg", "kg", 8900, 11900),
                          ("Carbón vegetal bolsa 4 kg", "u2", 4500, 6900), ("Morcilla x unidad", "u4", 1200, 1900)]))
    L.append(build("d03_fc_profesor_sinqr", "d", 1623, "C", "C tutor (person), services without quantity; no QR at all; CUIT dashed; long-form date",
                   issuer=ONE("FERNANDEZ ANDRES NICOLAS"), cols=COLS_C1, qr=None, cuit_dashed=True, datef="long",
                   items=[("Clases particulares de matemática - marzo 2026 (8 clases)", "svc", 64000, 88000),
                          ("Preparación examen de ingreso UBA XXI", "svc", 30000, 45000)],
                   buyer={"name": "LOPEZ, CAROLINA", "dni": True, "cond": "CF"}, buyer_label="Señor(es):"))
    L.append(build("d04_fa_electro_105", "d", 1624, "A", "A appliances 10,5% + 21%; `Bonificación 5% pago contado` in the totals block; Percepción IIBB Buenos Aires; issuer name over two lines",
                   issuer={"lines": [("big", "ELECTRODOMESTICOS HERMANOS GIMENEZ"), ("big", "SOCIEDAD ANONIMA")], "merchant": "ELECTRODOMESTICOS HERMANOS GIMENEZ SOCIEDAD ANONIMA"},
                   cols=COLS_A2, cuit_dashed=True, disc=("Bonificación 5% pago contado", "5"),
                   items=[("Heladera no frost Whirlpool 375 L", "u1", 890000, 1150000, {"rate": "10.5"}), ("Lavarropas automático Drean 8 kg", "u1", 620000, 780000, {"rate": "10.5"}),
                          ("Cable alargue 5 m", "u2", 6500, 9800, {"rate": "21"})],
                   buyer={"name": "HOTEL LAS LENGAS S.A."}, taxes=[("Percepción IIBB Buenos Aires", "1.5")]))
    L.append(build("d05_fb_gastro_qrwww", "d", 1625, "B", "B restaurant trade name only, consumidor final, `1234,56`; QR host `afip.gob.ar` without www, every value a string",
                   issuer=ONE("Parrilla La Tranquera", "30"), cols=COLS_B1, amt="plain", qr_variant={"nowww": True, "strings": True},
                   items=[("Provoleta", "u2", 7800, 9900), ("Bife de chorizo con papas fritas", "u2", 21000, 28000), ("Agua mineral 500 ml", "u2", 2200, 2900),
                          ("Flan casero con dulce de leche", "u2", 5200, 6900)]))
    L.append(build("d06_fb_vivero_copias", "d", 1626, "B", "B plant nursery, ORIGINAL / DUPLICADO (read once); `Cód.` + `Bonif. %`; dd.mm.yyyy; `Cliente:`",
                   issuer=RS("Vivero El Ceibo", "EL CEIBO AGRO S.R.L."), cols=COLS_B3, datef="dotd", copies=["ORIGINAL", "DUPLICADO"], buyer_label="Cliente:",
                   items=[("Tierra fértil bolsa 50 dm3", "u4", 4500, 6900, {"bonif": "10"}), ("Limonero injertado maceta 10 L", "u1", 28000, 39000),
                          ("Sustrato para cactus 5 L", "u2", 3200, 4800)], buyer={"name": "ROMERO, PABLO", "dni": True, "cond": "CF"}))
    L.append(build("d07_fa_farmacia_qrtotal", "d", 1627, "A", "A pharmacy net, 7-digit code column; QR total 1500,00 higher than printed -> qr_mismatch",
                   issuer=RS("Farmacia Central", "FARMACIA CENTRAL DE LUJAN S.C.S."), cols=COLS_A1, qr_variant={"total_off": "1500.00", "mismatch": True},
                   items=[("Guantes de nitrilo x 100", "u3", 8900, 12900, {"cd": 7}), ("Barbijo tricapa x 50", "u2", 4500, 6900, {"cd": 7}),
                          ("Termómetro digital", "u1", 6500, 9800, {"cd": 7})], buyer={"name": "CLINICA DEL OESTE S.A."}))
    L.append(build("d08_fc_panaderia_kg", "d", 1628, "C", "C bakery (trade name), kg + counted, `Unidad` column; date dd/mm/yy",
                   issuer=ONE("Panadería La Espiga"), cols=COLS_C2, datef="yy",
                   items=[("Pan francés x kg", "kg", 2600, 3400, {"cd": 4}), ("Facturas surtidas docena", "u2", 7200, 9600, {"cd": 4, "ulabel": "unid."}),
                          ("Bizcochos de grasa x kg", "kg", 5200, 6900, {"cd": 4}), ("Torta rogel", "u1", 18000, 24000, {"cd": 4, "ulabel": "unid."})]))
    L.append(build("d09_fb_corralon_perc", "d", 1629, "B", "B building materials, `$ 1.234,56`, Percepción IIBB Santa Fe on a Factura B; long wrapped description",
                   issuer=TN("Corralón Don Alberto", "MATERIALES DON ALBERTO S.A."), cols=COLS_B1, amt="peso", taxes=[("Percepción IIBB Santa Fe", "2")],
                   items=[("Cemento portland Loma Negra bolsa 50 kg", "u8", 9800, 12500), ("Hierro nervado 8 mm x 12 m barra", "u10", 7600, 9900),
                          ("Arena gruesa en bolsón de 1 m3 con flete incluido dentro del radio urbano de Rosario", "u1", 48000, 62000)],
                   buyer={"name": "BENITEZ, OSCAR", "dni": True, "cond": "CF"}))
    L.append(build("d10_fa_consultora_svc", "d", 1630, "A", "A professional services without quantity 21%; `Importe Otros Tributos`; `Nro. PV-NRO` (zero-padded)",
                   issuer=RS("", "CONSULTORA PAMPA DATOS S.A.") if False else {"lines": [("n", "Razón Social: CONSULTORA PAMPA DATOS S.A.")], "merchant": "CONSULTORA PAMPA DATOS S.A."},
                   cols=COLS_A3, numform="nro", pos_digits=5, taxes=[("Importe Otros Tributos", "0.6")],
                   items=[("Honorarios por auditoría de sistemas - etapa 1", "svc", 450000, 620000), ("Informe técnico y presentación de resultados", "svc", 120000, 190000)],
                   buyer={"name": "COOPERATIVA ELECTRICA DE TANDIL LTDA."}))
    # ---- x: Spire.XLS ----
    L.append(build("x01_fa_distribuidora", "x", 1641, "A", "A beverage distributor from an Excel template; `Cantidad` first, `% IVA`; Percepción IIBB Mendoza; `Punto de Venta:`",
                   issuer=TN("Distribuidora Cuyo", "CUYO BEBIDAS S.A."), cols=COLS_A2,
                   items=[("Vino Malbec Reserva 750 ml caja x 6", "u5", 28000, 42000), ("Agua mineral sin gas 2 L pack x 6", "u8", 5200, 7200),
                          ("Gaseosa cola 2,25 L pack x 6", "u6", 11000, 15000), ("Soda sifón 1,5 L x 6", "u4", 3900, 5600)],
                   buyer={"name": "RESTO BAR EL MOLINO S.R.L."}, taxes=[("Percepción IIBB Mendoza", "2.5")]))
    L.append(build("x02_fb_kiosco_ean", "x", 1642, "B", "B kiosk, `EAN` column; consumidor final; `Nº PV-NRO` (zero-padded); dd/mm/yyyy",
                   issuer=ONE("Maxikiosco Lo de Tito", "20"), cols=COLS_B2, numform="n",
                   items=[("Alfajor Havanna chocolate", "u6", 1800, 2600), ("Gaseosa lima limón 500 ml", "u3", 1500, 2200), ("Chicles menta x 10", "u4", 600, 900),
                          ("Pilas alcalinas AA x 4", "u1", 5200, 7900)]))
    L.append(build("x03_fc_electricista", "x", 1643, "C", "C electrician (person), services without quantity + materials counted; `Cliente:` with CUIT; CUITs dashed",
                   issuer=ONE("GONZALEZ RAUL ALBERTO"), cols=[("Cant.", "qty"), ("Detalle", "desc"), ("P. Unit.", "up"), ("Importe", "amount")], cuit_dashed=True, buyer_label="Cliente:",
                   items=[("Mano de obra instalación tablero eléctrico", "svc", 85000, 120000), ("Disyuntor diferencial 2x40A", "u1", 28000, 39000),
                          ("Cable unipolar 2,5 mm rollo 100 m", "u2", 38000, 52000)], buyer={"name": "CONSORCIO EDIFICIO ALVEAR 1450", "cond": "EX"}))
    L.append(build("x04_fb_gomeria_qrfecha", "x", 1644, "B", "B tyre shop, unlabelled `NEUMATICOS DEL SUR S.R.L.` under trade name; QR `fecha` as dd/mm/yyyy (agrees)",
                   issuer=TN("Gomería El Rayo", "NEUMATICOS DEL SUR S.R.L."), cols=COLS_B1, qr_variant={"fecha_ddmm": True},
                   items=[("Neumático 185/65 R15 Fate Eximia", "u4", 98000, 135000), ("Alineación y balanceo", "u1", 25000, 38000), ("Válvula de aire", "u4", 900, 1500)],
                   buyer={"name": "RUIZ, MARCELA", "dni": True, "cond": "CF"}))
    L.append(build("x05_fb_almacen_multipag", "x", 1645, "B", "B grocery, 42 lines on page 1, totals and QR on page 2 (header row repeated), EAN column, kg and counted, `Descuento jubilados 10%`",
                   issuer=RS("Almacén de Barrio", "LA ESQUINA DEL BARRIO S.R.L."), cols=[("EAN", "ean"), ("Descripción", "desc"), ("Cant.", "qty"), ("Unidad", "unit"), ("Precio Unit.", "up"), ("Importe", "amount")],
                   items=[t[:4] for t in _super_lines(42)], disc=("Descuento jubilados 10%", "10"), numform="fx"))
    L.append(build("x06_fa_imprenta_27", "x", 1646, "A", "A print shop 21% with one 27% line (energy recharge); `Alíc. IVA` `21,00 %`; Percepción IVA",
                   issuer=RS("Imprenta Gráfica Sur", "GRAFICA SUR IMPRESIONES S.A."), cols=COLS_A1, rates_style="pctsp", numform="pv",
                   items=[("Folletos color A5 x 1000", "u3", 48000, 69000, {"cd": 5}), ("Tarjetas personales x 500", "u2", 18000, 26000, {"cd": 5, "bonif": "10"}),
                          ("Cargo energía eléctrica equipos (reintegro)", "u1", 9000, 14000, {"cd": 5, "rate": "27"})],
                   buyer={"name": "INMOBILIARIA DEL VALLE S.R.L."}, taxes=[("Percepción IVA", "3")]))
    L.append(build("x07_fb_bazar_totalmal", "x", 1647, "B", "B housewares, printed total 250,00 above the sum -> totals_mismatch; `Cód.` column",
                   issuer=ONE("Bazar Todo Hogar", "30"), cols=COLS_B3, totals_off="250.00",
                   items=[("Juego de ollas acero inoxidable x 5", "u1", 89000, 125000, {"cd": 5}), ("Vaso vidrio templado 350 ml", "u6", 1800, 2600, {"cd": 5}),
                          ("Sartén antiadherente 24 cm", "u1", 22000, 31000, {"cd": 5})]))
    L.append(build("x08_fc_peluqueria", "x", 1648, "C", "C hairdresser (trade name only), services without quantity; `$ 1.234,56`; `Comprobante Nº:`",
                   issuer=ONE("Estilo Urbano Peluquería"), cols=COLS_C1, amt="peso", numform="comp",
                   items=[("Corte y brushing", "svc", 15000, 22000), ("Coloración completa", "svc", 38000, 52000), ("Tratamiento de keratina", "svc", 45000, 65000)]))
    L.append(build("x09_fa_agro_qrfecha", "x", 1649, "A", "A agricultural supplies 10,5% + 21%; QR date one day later -> qr_mismatch; `FACTURA A PV-NRO` (zero-padded)",
                   issuer=TN("Agroinsumos Pergamino", "AGRO PERGAMINO S.A."), cols=COLS_A2, numform="fx", qr_variant={"date_off": True, "mismatch": True},
                   items=[("Semilla de maíz híbrido bolsa 80.000 semillas", "u4", 210000, 290000, {"rate": "10.5"}), ("Herbicida glifosato 20 L", "u3", 62000, 85000, {"rate": "21"}),
                          ("Alambre liso 17/15 rollo 1000 m", "u2", 98000, 135000, {"rate": "21"})],
                   buyer={"name": "ESTABLECIMIENTO LA AURORA S.A."}))
    L.append(build("x10_fb_mascotas", "x", 1650, "B", "B pet shop, kg food + counted; `Bonificación 5% pago contado`; Percepción IIBB CABA on B; `Señor(es):`",
                   issuer=RS("Pet Shop Huellitas", "HUELLITAS MASCOTAS S.A.S."), cols=COLS_B3, disc=("Bonificación 5% pago contado", "5"),
                   taxes=[("Percepción IIBB CABA", "2")], buyer_label="Señor(es):",
                   items=[("Alimento perro adulto suelto x kg", "kg", 4200, 5900, {"cd": 4}), ("Piedras sanitarias 4 kg", "u2", 5800, 7900, {"cd": 4}),
                          ("Collar regulable nylon", "u1", 6500, 9800, {"cd": 4})], buyer={"name": "DIAZ, FLORENCIA", "dni": True, "cond": "CF"}))
    return L
