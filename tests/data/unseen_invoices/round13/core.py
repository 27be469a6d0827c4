"""Document model, money, CUIT/EAN, AFIP QR payload and expected JSON for round 13.

Every expected value comes from the same Doc object that the layout draws."""
import base64
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
C2 = D("0.01")
DOC_CODE = {"A": 1, "B": 6, "C": 11}
DOC_TYPE = {"A": "factura_a", "B": "factura_b", "C": "factura_c"}


def q2(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- identifiers
def cuit_check(ten):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(ten, w))
    r = 11 - s % 11
    return {11: 0, 10: None}.get(r, r)


def cuit_valid(c):
    return len(c) == 11 and c.isdigit() and cuit_check(c[:10]) == int(c[10])


def make_cuit(rng, prefix):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if body[2] == "0":
            continue
        d = cuit_check(body)
        if d is not None:
            return body + str(d)


def dash_cuit(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


def ean13(rng, prefix="779"):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def gtin_valid(code):
    body, chk = code[:-1], int(code[-1])
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - s % 10) % 10 == chk


# ---------------------------------------------------------------- printing numbers
def fmt_money(x, style="ar"):
    """style: ar 1.234,56 | arnd 1234,56 | dot 1234.56 | us 1,234.56; prefix '$ ' added by caller."""
    x = q2(x)
    neg = x < 0
    s = f"{abs(x):.2f}"
    ip, dp = s.split(".")
    if style in ("ar", "us"):
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = ("." if style == "ar" else ",").join(groups)
    sep = "." if style in ("dot", "us") else ","
    return ("-" if neg else "") + ip + sep + dp


def fmt_dec(x, places, style="ar"):
    s = f"{D(x):.{places}f}"
    return s.replace(".", ",") if style in ("ar", "arnd") else s


def fmt_rate(r):
    r = D(r)
    return "21%" if r == 21 else ("10,5%" if r == D("10.5") else ("27%" if r == 27 else f"{r}%"))


# ---------------------------------------------------------------- model
@dataclass
class Party:
    name: str
    cuit: str = None          # issuer or buyer CUIT
    dni: str = None
    address: str = ""
    iva: str = ""             # condición frente al IVA
    fantasy: str = None       # nombre de fantasía (issuer)
    iibb: str = ""
    start: str = ""           # inicio de actividades
    name_lines: list = None   # how the legal name is broken when printed


@dataclass
class Item:
    description: str
    qty: D = None             # None: service line without quantity
    qty_text: str = None      # printed quantity (expected string derives from it)
    unit: str = None          # "un" / "kg" / None
    unit_label: str = None    # printed unit label
    unit_price: D = None
    vat_rate: D = None        # rate of the line (used for VAT totals)
    rate_printed: bool = False
    amount: D = None          # printed line amount (net on A net layouts)
    amount_incl: D = None     # VAT-inclusive amount (A incl layouts)
    code: str = None          # printed code
    ean: str = None           # expected ean when code is a GTIN


@dataclass
class Doc:
    name: str
    gen: str
    letter: str
    issuer: Party
    buyer: Party
    pos: int
    number: int
    issued: date
    items: list
    currency: str = "ARS"
    ctz: D = D("1")
    discounts: list = field(default_factory=list)   # [(label, amount negative)]
    taxes: list = field(default_factory=list)       # [(label, amount)]
    zero_taxes: list = field(default_factory=list)  # printed as 0,00, not in expected
    prices_include_vat: bool = True
    subtotal: D = None
    vat: list = field(default_factory=list)         # [(rate, amount)]
    total: D = None           # printed total
    cae: str = None
    cae_due: date = None
    qr: str = None            # payload URL or None
    qr_expected: dict = None
    warnings: list = field(default_factory=list)
    style: dict = field(default_factory=dict)
    note: str = ""            # what the document exercises (manifest)
    cond_venta: str = "Contado"

    @property
    def doc_code(self):
        return DOC_CODE[self.letter]


def item_count(rng, desc, qty, price, rate, letter, qty_style="int", unit_label=None,
               code=None, ean=None, rate_printed=False, incl_col=False):
    """A counted or weighed line. price: net unit price on A, VAT-incl on B/C."""
    qty = D(qty)
    if qty_style == "int":
        qtext = str(int(qty))
    elif qty_style == "dec2":
        qtext = fmt_dec(qty, 2)
    else:
        qtext = fmt_dec(qty, 3)
    unit = "kg" if qty_style == "kg" else "un"
    price = q2(price)
    amount = q2(qty * price)
    it = Item(description=desc, qty=qty, qty_text=qtext, unit=unit, unit_label=unit_label,
              unit_price=price, vat_rate=D(rate) if rate is not None else None,
              rate_printed=rate_printed, amount=amount, code=code, ean=ean)
    if incl_col:
        it.amount_incl = q2(amount * (1 + D(rate) / 100))
    return it


def item_service(desc, amount, rate, rate_printed=False):
    return Item(description=desc, amount=q2(amount), vat_rate=D(rate) if rate is not None else None,
                rate_printed=rate_printed)


def finish(doc, disc_pct=None, disc_label=None, taxes=(), total_delta=D(0), incl_col=False):
    """Compute subtotal, discounts, VAT, taxes, total from the items."""
    if doc.letter == "A":
        net = sum((i.amount for i in doc.items), D(0))
        doc.subtotal = net
        factor = D(1)
        if disc_pct:
            d = -q2(net * D(disc_pct) / 100)
            doc.discounts.append((disc_label, d))
            factor = (net + d) / net
        by_rate = {}
        for i in doc.items:
            by_rate[i.vat_rate] = by_rate.get(i.vat_rate, D(0)) + i.amount
        doc.vat = [(r, q2(b * factor * r / 100)) for r, b in sorted(by_rate.items(), reverse=True)]
        base = net + sum((d for _, d in doc.discounts), D(0))
        doc.net_gravado = base
        for lbl, pct in taxes:
            doc.taxes.append((lbl, q2(base * D(pct) / 100)))
        if incl_col:
            doc.prices_include_vat = True
            lines = sum((i.amount_incl for i in doc.items), D(0))
            inc, net_r = {}, {}
            for i in doc.items:
                inc[i.vat_rate] = inc.get(i.vat_rate, D(0)) + i.amount_incl
                net_r[i.vat_rate] = net_r.get(i.vat_rate, D(0)) + i.amount
            doc.vat = [(r, inc[r] - net_r[r]) for r in sorted(inc, reverse=True)]
            # the printed VAT-inclusive lines must add up with VAT excluded from the identity
            doc.total = lines + sum((d for _, d in doc.discounts), D(0)) + sum((t for _, t in doc.taxes), D(0))
        else:
            doc.prices_include_vat = False
            doc.total = base + sum((v for _, v in doc.vat), D(0)) + sum((t for _, t in doc.taxes), D(0))
    else:
        doc.prices_include_vat = True
        s = sum((i.amount for i in doc.items), D(0))
        doc.subtotal = s
        if disc_pct:
            doc.discounts.append((disc_label, -q2(s * D(disc_pct) / 100)))
        base = s + sum((d for _, d in doc.discounts), D(0))
        for lbl, pct in taxes:
            doc.taxes.append((lbl, q2(base * D(pct) / 100)))
        doc.total = base + sum((t for _, t in doc.taxes), D(0))
    doc.true_total = doc.total
    doc.total = doc.total + total_delta
    if total_delta:
        doc.warnings.append("totals_mismatch")


# ---------------------------------------------------------------- QR
def qr_payload(doc, variant=(), override=None):
    """RG 4291 payload. variant: 'nowww', 'strings', 'ddmmyyyy'. override: fields that differ."""
    o = dict(override or {})
    f = o.get("fecha", doc.issued)
    fecha = f.strftime("%d/%m/%Y") if "ddmmyyyy" in variant else f.isoformat()
    importe = q2(o.get("importe", doc.total))
    moneda = {"ARS": "PES", "USD": "DOL"}[doc.currency]
    if doc.buyer.cuit:
        tdr, ndr = 80, doc.buyer.cuit
    elif doc.buyer.dni:
        tdr, ndr = 96, doc.buyer.dni
    else:
        tdr, ndr = 99, "0"
    vals = [("ver", 1), ("fecha", fecha), ("cuit", int(o.get("cuit", doc.issuer.cuit))),
            ("ptoVta", o.get("pos", doc.pos)), ("tipoCmp", doc.doc_code),
            ("nroCmp", o.get("number", doc.number)), ("importe", importe), ("moneda", moneda),
            ("ctz", doc.ctz), ("tipoDocRec", tdr), ("nroDocRec", int(ndr)), ("tipoCodAut", "E"),
            ("codAut", int(doc.cae))]
    parts = []
    for k, v in vals:
        if "strings" in variant or isinstance(v, str):
            parts.append(f'"{k}":"{v}"')
        else:
            parts.append(f'"{k}":{v}')
    js = "{" + ",".join(parts) + "}"
    host = "https://afip.gob.ar" if "nowww" in variant else "https://www.afip.gob.ar"
    doc.qr = host + "/fe/qr/?p=" + base64.b64encode(js.encode()).decode()
    doc.qr_expected = {"doc_code": doc.doc_code, "cuit": str(o.get("cuit", doc.issuer.cuit)),
                       "pos": o.get("pos", doc.pos), "number": o.get("number", doc.number),
                       "date": f.isoformat(), "total": str(importe), "currency": doc.currency,
                       "cae": doc.cae}
    if override:
        doc.warnings.append("qr_mismatch")


# ---------------------------------------------------------------- expected JSON
def s2(x):
    return None if x is None else str(q2(x))


def expected(doc):
    items = []
    cols = doc.style.get("cols", [])
    for n, i in enumerate(doc.items, 1):
        amount = i.amount_incl if (doc.letter == "A" and doc.prices_include_vat) else i.amount
        items.append({
            "line": n, "department": None, "description": " ".join(i.description.split()),
            "ean": i.ean, "quantity": None if i.qty is None else i.qty_text.replace(",", "."),
            "unit": i.unit if i.qty is not None else None,
            "unit_price": s2(i.unit_price) if "uprice" in cols else None,
            "vat_rate": (f"{i.vat_rate:.2f}" if (i.rate_printed and i.vat_rate is not None) else None),
            "amount": s2(amount)})
    disc_total = -sum((d for _, d in doc.discounts), D(0))
    return {
        "doc_type": DOC_TYPE[doc.letter],
        "merchant": {"name": " ".join(doc.issuer.name.split()), "cuit": doc.issuer.cuit},
        "pos": doc.pos, "number": doc.number, "issued_at": doc.issued.isoformat(),
        "currency": doc.currency, "items": items,
        "discounts": [{"description": l, "amount": s2(a)} for l, a in doc.discounts],
        "subtotal": s2(doc.subtotal), "discount_total": s2(disc_total), "total": s2(doc.total),
        "vat": [{"rate": f"{r:.2f}", "amount": s2(a)} for r, a in doc.vat if a != 0],
        "taxes": [{"description": l, "amount": s2(a)} for l, a in doc.taxes if a != 0],
        "payments": [], "prices_include_vat": doc.prices_include_vat, "cae": doc.cae,
        "qr": doc.qr_expected, "warnings": list(doc.warnings)}


def dump_expected(doc):
    """Contract order, one item per line like the real fixtures."""
    e = expected(doc)
    out = ["{"]
    keys = list(e)
    for k in keys:
        v = e[k]
        comma = "," if k != keys[-1] else ""
        if k in ("items", "discounts", "vat", "taxes") and v:
            out.append(f'  "{k}": [')
            for j, it in enumerate(v):
                out.append("    " + json.dumps(it, ensure_ascii=False) + ("," if j < len(v) - 1 else ""))
            out.append("  ]" + comma)
        else:
            out.append(f'  "{k}": ' + json.dumps(v, ensure_ascii=False) + comma)
    out.append("}")
    return "\n".join(out) + "\n"


def rand_date(rng, start=date(2024, 3, 1), days=600):
    return start + timedelta(days=rng.randint(0, days))


def cae_for(rng, d):
    return str(rng.choice([74, 75])) + "".join(str(rng.randint(0, 9)) for _ in range(12))
