"""Invoice model shared by all generators of round 12.

One Doc per document, built from a spec with its own random.Random(seed); money in Decimal.
The expected JSON (contract v2) and every printed value come from the same Doc.
"""
import base64
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta

D = Decimal
C2 = D("0.01")


def q2(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def cuit_check(base10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(base10, w))
    r = 11 - s % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def cuit_valid(c):
    c = str(c)
    return len(c) == 11 and c.isdigit() and cuit_check(c[:10]) == int(c[10])


def make_cuit(rng, prefix):
    while True:
        base = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if base[2] == "0":
            continue
        d = cuit_check(base)
        if d is not None:
            return base + str(d)


def gtin_check(body):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - tot % 10) % 10)


def gtin_valid(code):
    return code.isdigit() and len(code) in (8, 12, 13, 14) and gtin_check(code[:-1]) == code[-1]


def dash_cuit(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


# ---- Argentine number forms -------------------------------------------------
def grp(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt(d, style="ar", places=2):
    """ar: 1.234,56   ar$: $ 1.234,56   arplain: 1234,56   dot: 1234.56   usd: U$S 1.234,56"""
    d = D(d).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    neg = d < 0
    d = abs(d)
    i, _, f = f"{d:.{places}f}".partition(".")
    if style in ("ar", "ar$", "usd"):
        s = grp(int(i), ".") + ("," + f if places else "")
    elif style == "arplain":
        s = i + ("," + f if places else "")
    elif style == "dot":
        s = i + ("." + f if places else "")
    else:
        raise ValueError(style)
    if neg:
        s = "-" + s
    if style == "ar$":
        s = "$ " + s
    if style == "usd":
        s = "U$S " + s
    return s


def fmt_qty(qty_str, style):
    """quantity as printed; qty_str is the expected decimal string (dot)."""
    if style == "dot":
        return qty_str
    return qty_str.replace(".", ",")


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def fmt_date(d, style):
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy2-":
        return d.strftime("%d-%m-%y")
    if style == "long":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    raise ValueError(style)


DOC_CODE = {"A": 1, "B": 6, "C": 11}
DOC_TYPE = {"A": "factura_a", "B": "factura_b", "C": "factura_c"}


@dataclass
class Item:
    description: str
    code: str | None          # printed code column (dropped unless ean)
    ean: str | None
    quantity: str | None      # decimal string as printed (dot) or None for services w/o qty
    unit: str | None          # "un" / "kg" / None
    unit_label: str | None    # as printed: "Unid", "u", "kg", "C/U"
    unit_price: D | None
    vat_rate: D | None        # printed on the line (A) else None
    amount: D                 # printed line amount
    net_amount: D | None = None  # A incl layouts: the printed net column


@dataclass
class Doc:
    name: str
    gen: str
    letter: str
    seed: int
    merchant_name: str
    fantasy: str | None
    cuit: str
    address: str
    iibb: str
    inicio: date
    iva_cond: str
    pos: int
    number: int
    issued: date
    cae: str
    cae_vto: date
    buyer_name: str
    buyer_doc_type: int    # 80 CUIT, 96 DNI, 99 CF
    buyer_doc: str
    buyer_cond: str
    buyer_address: str
    cond_venta: str
    currency: str = "ARS"
    ctz: D = D("1")
    items: list = field(default_factory=list)
    discounts: list = field(default_factory=list)   # (description, negative amount)
    taxes: list = field(default_factory=list)       # (description, amount)
    vat: list = field(default_factory=list)         # (rate, amount)
    subtotal: D = D(0)
    neto: D = D(0)
    total: D = D(0)            # printed total
    prices_include_vat: bool = True
    qr_variant: str = "std"    # std, nowww, strings, ddmmyyyy, none
    qr_tamper: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    copies: tuple = ("ORIGINAL",)
    periodo: tuple | None = None
    money: str = "ar"
    qty_style: str = "ar"
    date_style: str = "dmy/"
    note: str = ""
    exercises: str = ""

    @property
    def code(self):
        return DOC_CODE[self.letter]

    # ---- QR ------------------------------------------------------------
    def qr_fields(self):
        f = {"ver": 1, "fecha": self.issued.isoformat(), "cuit": int(self.cuit), "ptoVta": self.pos,
             "tipoCmp": self.code, "nroCmp": self.number, "importe": self.total,
             "moneda": "PES" if self.currency == "ARS" else "DOL", "ctz": self.ctz,
             "tipoDocRec": self.buyer_doc_type, "nroDocRec": int(self.buyer_doc),
             "tipoCodAut": "E", "codAut": int(self.cae)}
        f.update(self.qr_tamper)
        return f

    def qr_payload(self):
        f = self.qr_fields()
        if self.qr_variant == "ddmmyyyy":
            y, m, d_ = f["fecha"].split("-")
            f["fecha"] = f"{d_}/{m}/{y}"
        parts = []
        for k, v in f.items():
            if self.qr_variant == "strings":
                parts.append(f'"{k}":"{v}"')
            elif isinstance(v, str):
                parts.append(f'"{k}":"{v}"')
            else:
                parts.append(f'"{k}":{v}')
        return "{" + ",".join(parts) + "}"

    def qr_url(self):
        if self.qr_variant == "none":
            return None
        host = "https://afip.gob.ar" if self.qr_variant == "nowww" else "https://www.afip.gob.ar"
        b = base64.b64encode(self.qr_payload().encode()).decode()
        return f"{host}/fe/qr/?p={b}"

    def qr_matrix(self):
        import segno
        q = segno.make(self.qr_url(), error="m", micro=False)
        return [list(r) for r in q.matrix]

    def expected_qr(self):
        if self.qr_variant == "none":
            return None
        f = self.qr_fields()
        return {"doc_code": int(f["tipoCmp"]), "cuit": str(f["cuit"]), "pos": int(f["ptoVta"]),
                "number": int(f["nroCmp"]), "date": f["fecha"], "total": str(q2(f["importe"])),
                "currency": {"PES": "ARS", "DOL": "USD"}.get(f["moneda"], f["moneda"]),
                "cae": str(f["codAut"])}

    # ---- expected ------------------------------------------------------
    def expected(self):
        return {
            "doc_type": DOC_TYPE[self.letter],
            "merchant": {"name": self.merchant_name, "cuit": self.cuit},
            "pos": self.pos,
            "number": self.number,
            "issued_at": self.issued.isoformat(),
            "currency": self.currency,
            "items": [{"line": i + 1, "department": None, "description": it.description, "ean": it.ean,
                       "quantity": it.quantity, "unit": it.unit,
                       "unit_price": None if it.unit_price is None else str(it.unit_price),
                       "vat_rate": None if it.vat_rate is None else str(it.vat_rate.quantize(C2)),
                       "amount": str(it.amount)} for i, it in enumerate(self.items)],
            "discounts": [{"description": d_, "amount": str(a)} for d_, a in self.discounts],
            "subtotal": str(self.subtotal),
            "discount_total": str(q2(-sum((a for _, a in self.discounts), D(0)))),
            "total": str(self.total),
            "vat": [{"rate": str(r.quantize(C2)), "amount": str(a)} for r, a in self.vat],
            "taxes": [{"description": d_, "amount": str(a)} for d_, a in self.taxes],
            "payments": [],
            "prices_include_vat": self.prices_include_vat,
            "cae": self.cae,
            "qr": self.expected_qr(),
            "warnings": list(self.warnings),
        }

    # helpers for renderers
    def m(self, x):
        return fmt(x, self.money)

    def qt(self, it):
        return fmt_qty(it.quantity, self.qty_style) if it.quantity is not None else ""

    def dt(self, d=None):
        return fmt_date(d or self.issued, self.date_style)

    def nro(self, w=5):
        return f"{self.pos:0{w}d}-{self.number:08d}"

    def rate_txt(self, r):
        return {D("21"): "21%", D("10.5"): "10,5%", D("27"): "27%"}[r]


# ---- building ---------------------------------------------------------------
BUYERS_A = [("DISTRIBUIDORA LOS ALAMOS S.A.", "Av. San Martín 2150, Rosario, Santa Fe"),
            ("CONSTRUCTORA PAMPA SUR S.R.L.", "Ruta 226 km 4,5, Tandil, Buenos Aires"),
            ("ESTUDIO CONTABLE RIVAROLA Y ASOC. S.R.L.", "Tucumán 1438 Piso 3, CABA"),
            ("HOTEL CERRO OTTO S.A.", "Av. Bustillo 1200, San Carlos de Bariloche"),
            ("LOGÍSTICA DEL LITORAL S.A.", "Bv. Gálvez 987, Santa Fe"),
            ("AGROSERVICIOS CHACABUCO S.R.L.", "Mitre 455, Chacabuco, Buenos Aires"),
            ("CLÍNICA SAN JORGE S.A.", "Belgrano 3320, Mar del Plata")]
BUYERS_F = [("GONZÁLEZ, MARÍA LAURA", "Olavarría 1122, Quilmes"),
            ("PEREYRA JUAN CARLOS", "Lavalle 870, Córdoba"),
            ("SOSA, ANDREA BEATRIZ", "9 de Julio 45, Luján"),
            ("FERNÁNDEZ MARTÍN EZEQUIEL", "Calle 12 Nº 1530, La Plata"),
            ("ROMERO, LUCÍA", "Sarmiento 610, Mendoza")]


def build(spec):
    """spec: dict with name, gen, letter, seed, merchant (name, fantasy, prefix, address, cond),
    lines: list of (desc, kind, price_lo, price_hi, rate[, code]) and options."""
    rng = random.Random(spec["seed"])
    L = spec["letter"]
    mer = spec["merchant"]
    cuit = make_cuit(rng, mer["prefix"])
    pos = rng.choice([1, 2, 3, 4, 5, 7, 8, 12, 15, 21])
    number = rng.randint(120, 48000)
    issued = date(2024, 1, 1) + timedelta(days=rng.randint(0, 600))
    cae = str(rng.randint(70_000_000_000_000, 75_900_000_000_000))
    if L == "A":
        bname, baddr = rng.choice(BUYERS_A)
        bdoc_type, bdoc = 80, make_cuit(rng, rng.choice(["30", "33"]))
        bcond = "IVA Responsable Inscripto"
    elif spec.get("cf"):
        bname, baddr, bdoc_type, bdoc, bcond = "CONSUMIDOR FINAL", "", 99, "0", "Consumidor Final"
    else:
        bname, baddr = rng.choice(BUYERS_F)
        bdoc_type, bdoc = 96, str(rng.randint(14_000_000, 44_999_999))
        bcond = "Consumidor Final" if L == "B" or rng.random() < .5 else "IVA Exento"
    doc = Doc(name=spec["name"], gen=spec["gen"], letter=L, seed=spec["seed"],
              merchant_name=mer["name"], fantasy=mer.get("fantasy"), cuit=cuit,
              address=mer["address"], iibb=spec.get("iibb") or f"{cuit[:2]}-{cuit[2:10]}-{cuit[10]}",
              inicio=date(rng.randint(1995, 2019), rng.randint(1, 12), 1),
              iva_cond={"A": "IVA Responsable Inscripto", "B": "IVA Responsable Inscripto",
                        "C": "Responsable Monotributo"}[L],
              pos=pos, number=number, issued=issued, cae=cae, cae_vto=issued + timedelta(days=10),
              buyer_name=bname, buyer_doc_type=bdoc_type, buyer_doc=bdoc, buyer_cond=bcond,
              buyer_address=baddr, cond_venta=spec.get("cond_venta", rng.choice(
                  ["Contado", "Cuenta Corriente", "Transferencia bancaria", "Tarjeta de Débito"])))
    for k in ("money", "qty_style", "date_style", "qr_variant", "copies", "exercises"):
        if k in spec:
            setattr(doc, k, spec[k])
    if spec.get("iibb_text"):
        doc.iibb = spec["iibb_text"]
    if spec.get("usd"):
        doc.currency = "USD"
        doc.ctz = D(rng.randint(850, 1150)) + D(rng.randint(0, 99)) / 100
    incl = spec.get("incl", False)
    doc.prices_include_vat = (L != "A") or incl
    qty2 = spec.get("qty2", False)   # units printed with 2 decimals
    lines = list(spec["lines"])
    if spec.get("pick"):
        lines = rng.sample(lines, spec["pick"])
    for ln in lines:
        desc, kind, lo, hi, rate = ln[:5]
        code = ln[5] if len(ln) > 5 else None
        price = q2(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)
        if kind == "kg":
            qty = (D(rng.randint(150, 3200)) / 1000).quantize(D("0.001"))
            qs, unit, ul = str(qty), "kg", "kg"
        elif kind == "svc":
            qty, qs, unit, ul = D(1), None, None, None
        else:
            n = rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 10, 12]) if kind == "un" else int(kind[2:])
            qty = D(n)
            qs = f"{n}.00" if qty2 else str(n)
            unit, ul = "un", spec.get("unit_label", "Unid")
        net = q2(qty * price)
        if code and len(code) in (8, 12, 13, 14) and code.isdigit():
            code = code[:-1] + gtin_check(code[:-1])   # a real barcode: valid check digit
        ean = code if code and len(code) in (8, 12, 13, 14) and code.isdigit() else None
        it = Item(description=desc, code=code, ean=ean, quantity=qs, unit=unit, unit_label=ul,
                  unit_price=None if kind == "svc" else price,
                  vat_rate=D(str(rate)) if L == "A" else None, amount=net)
        if L == "A" and incl:
            it.net_amount = net
            it.amount = q2(net * (1 + D(str(rate)) / 100))
        doc.items.append(it)
    doc.subtotal = q2(sum(i.amount if not (L == "A" and incl) else i.net_amount for i in doc.items))
    rates = sorted({D(str(ln[4])) for ln in lines}, reverse=True)
    disc = spec.get("discount")   # (label, pct)
    if disc:
        d_amt = q2(doc.subtotal * D(str(disc[1])) / 100)
        doc.discounts.append((disc[0], -d_amt))
    dsum = sum((a for _, a in doc.discounts), D(0))
    if L == "A":
        if incl:
            for r in rates:
                inc = sum(i.amount for i in doc.items if i.vat_rate == r)
                net = sum(i.net_amount for i in doc.items if i.vat_rate == r)
                doc.vat.append((r, q2(inc - net)))
            doc.neto = doc.subtotal
        else:
            assert not disc or len(rates) == 1
            doc.neto = doc.subtotal + dsum
            for r in rates:
                base = sum(i.amount for i in doc.items if i.vat_rate == r)
                if disc:
                    base = doc.neto
                doc.vat.append((r, q2(base * r / 100)))
    else:
        doc.neto = doc.subtotal + dsum
    for label, pct in spec.get("taxes", []):
        doc.taxes.append((label, q2(doc.neto * D(str(pct)) / 100)))
    total = doc.subtotal if not (L == "A" and incl) else sum(i.amount for i in doc.items)
    total = q2(total + dsum + sum((a for _, a in doc.taxes), D(0)))
    if L == "A" and not incl:
        total = q2(total + sum(a for _, a in doc.vat))
    if spec.get("total_delta"):
        total = q2(total + D(spec["total_delta"]))
        doc.warnings.append("totals_mismatch")
    doc.total = total
    if spec.get("qr_tamper"):
        t = spec["qr_tamper"]
        if "importe" in t:
            doc.qr_tamper["importe"] = q2(total + D(t["importe"]))
        if "nroCmp" in t:
            doc.qr_tamper["nroCmp"] = number + t["nroCmp"]
        if "fecha" in t:
            doc.qr_tamper["fecha"] = (issued + timedelta(days=t["fecha"])).isoformat()
        doc.warnings.append("qr_mismatch")
    doc.note = spec.get("note", "")
    return doc


def write_expected(doc, outdir):
    import os
    with open(os.path.join(outdir, doc.name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(doc.expected(), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
