"""Invoice data model for the second held-out set: amounts (Decimal), formatting, CUIT, QR payloads,
and the contract-v2 expected object.  Renderers live in make_invoices.py."""
from __future__ import annotations

import base64
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal as D

CENT = D("0.01")
DOC_CODE = {"A": 1, "B": 6, "C": 11}


def q2(x: D) -> D:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- identifiers
def cuit_check(base10: str) -> int | None:
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(base10, w))
    r = 11 - s % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def make_cuit(rng: random.Random, prefix: str) -> str:
    while True:
        base = prefix + "".join(rng.choice("0123456789") for _ in range(8))
        cd = cuit_check(base)
        if cd is not None and base[2] != "0":
            return base + str(cd)


def cuit_valid(c: str) -> bool:
    return len(c) == 11 and c.isdigit() and cuit_check(c[:10]) == int(c[10])


def dash_cuit(c: str) -> str:
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


def make_ean13(rng: random.Random) -> str:
    body = "779" + "".join(rng.choice("0123456789") for _ in range(9))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def make_cae(rng: random.Random) -> str:
    return "7" + "".join(rng.choice("0123456789") for _ in range(13))


# ---------------------------------------------------------------- formatting
def fnum(x: D, style: str = "ar", dec: int = 2) -> str:
    """ar: 1.234,56  arp: 1234,56  dot: 1234.56  us: 1,234.56"""
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{dec}f}"
    ip, _, fp = s.partition(".")
    if style in ("ar", "us"):
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = ("." if style == "ar" else ",").join(groups)
    sep = "," if style in ("ar", "arp") else "."
    out = ip + (sep + fp if dec else "")
    return ("-" if neg else "") + out


def fdate(d: date, style: str) -> str:
    return {"slash": d.strftime("%d/%m/%Y"), "dash2": d.strftime("%d-%m-%y"),
            "dot": d.strftime("%d.%m.%Y")}[style]


# ---------------------------------------------------------------- data
@dataclass
class Item:
    desc: str
    qty: D
    unit: str            # contract unit: un / kg
    unit_label: str      # printed unit
    unit_price: D        # printed unit price (net on A, incl. VAT on B/C)
    rate: D | None       # VAT rate of the line
    net: D               # net line amount (A) or printed amount (B/C)
    incl: D              # VAT-inclusive line amount
    code: str = ""       # printed code column (internal code or EAN)
    ean: str | None = None
    bonif: D = D("0")    # % bonification printed on the line
    qty_dec: int = 2


@dataclass
class Party:
    name: str
    cuit: str | None
    cond: str
    addr: str
    fantasy: str | None = None
    doc_label: str = "CUIT"   # buyer: CUIT / DNI
    doc_num: str = ""


@dataclass
class Invoice:
    name: str
    generator: str
    letter: str
    issuer: Party
    buyer: Party
    pos: int
    number: int
    issued: date
    items: list[Item]
    discounts: list[tuple[str, D]] = field(default_factory=list)   # (desc, negative amount)
    discount_in_table: bool = False
    taxes: list[tuple[str, str, D]] = field(default_factory=list)   # (description, printed label, amount)
    zero_taxes: list[str] = field(default_factory=list)             # printed zero lines (labels)
    vat: list[tuple[D, D]] = field(default_factory=list)
    subtotal: D = D("0")
    total: D = D("0")
    printed_total: D | None = None
    prices_include_vat: bool = True
    currency: str = "ARS"
    ctz: D = D("1")
    cae: str | None = None
    cae_due: date | None = None
    pay_due: date | None = None
    qr_payload: str | None = None
    qr_expected: dict | None = None
    warnings: list[str] = field(default_factory=list)
    payments: list[tuple[str, D]] = field(default_factory=list)
    print_line_rate: bool = True
    notes: str = ""
    vat_rate_in_expected: bool = True   # False when the layout prints no per-line rate
    vat_total_rate_printed: bool = True

    @property
    def code(self) -> int:
        return DOC_CODE[self.letter]

    def expected(self) -> dict:
        disc_total = -sum((a for _, a in self.discounts), D("0"))
        items = []
        for i, it in enumerate(self.items, 1):
            amount = it.net if (self.letter == "A" and not self.prices_include_vat) else it.incl
            if self.letter != "A":
                amount = it.incl
            items.append({
                "line": i, "department": None, "description": " ".join(it.desc.split()),
                "ean": it.ean, "quantity": fnum(it.qty, "dot", it.qty_dec), "unit": it.unit,
                "unit_price": fnum(it.unit_price, "dot"),
                "vat_rate": (fnum(it.rate, "dot") if (it.rate is not None and self.vat_rate_in_expected
                                                      and self.print_line_rate) else None),
                "amount": fnum(amount, "dot"),
            })
        return {
            "doc_type": "factura_" + self.letter.lower(),
            "merchant": {"name": self.issuer.name, "cuit": self.issuer.cuit},
            "pos": self.pos, "number": self.number,
            "issued_at": self.issued.isoformat(),
            "currency": self.currency,
            "items": items,
            "discounts": [{"description": d, "amount": fnum(a, "dot")} for d, a in self.discounts],
            "subtotal": fnum(self.subtotal, "dot"),
            "discount_total": fnum(disc_total, "dot"),
            "total": fnum(self.printed_total if self.printed_total is not None else self.total, "dot"),
            "vat": [{"rate": (fnum(r, "dot") if self.vat_total_rate_printed else None), "amount": fnum(a, "dot")}
                    for r, a in self.vat if a != 0],
            "taxes": [{"description": d, "amount": fnum(a, "dot")} for d, _, a in self.taxes if a != 0],
            "payments": [{"method": m, "amount": fnum(a, "dot")} for m, a in self.payments],
            "prices_include_vat": self.prices_include_vat,
            "cae": self.cae,
            "qr": self.qr_expected,
            "warnings": sorted(self.warnings),
        }


def compute(inv: Invoice, disc_pct: D | None = None, disc_label: str = "Descuento",
            taxes: list[tuple[str, str, D]] | None = None) -> None:
    """Fill vat / subtotal / total from the items, a totals-block discount and taxes (rates on net)."""
    A = inv.letter == "A"
    if A and not inv.prices_include_vat:
        sub = sum((it.net for it in inv.items), D("0"))
        inv.subtotal = sub
        if disc_pct:
            d = -q2(sub * disc_pct / 100)
            inv.discounts.append((disc_label, d))
        disc = sum((a for _, a in inv.discounts), D("0"))
        rates = sorted({it.rate for it in inv.items}, reverse=True)
        base = {r: sum((it.net for it in inv.items if it.rate == r), D("0")) for r in rates}
        if disc:
            # discount applies proportionally; only used on single-rate documents
            assert len(rates) == 1
            base[rates[0]] += disc
        inv.vat = [(r, q2(base[r] * r / 100)) for r in rates]
        net = sub + disc
        inv.taxes = [(d, lab, q2(net * pct / 100)) for d, lab, pct in (taxes or [])]
        inv.total = net + sum(a for _, a in inv.vat) + sum((a for _, _, a in inv.taxes), D("0"))
    elif A:  # VAT-inclusive line amounts printed; subtotal = net
        assert not disc_pct
        rates = sorted({it.rate for it in inv.items}, reverse=True)
        inv.subtotal = sum((it.net for it in inv.items), D("0"))
        inv.vat = [(r, sum((it.incl - it.net for it in inv.items if it.rate == r), D("0"))) for r in rates]
        inv.taxes = [(d, lab, q2(inv.subtotal * pct / 100)) for d, lab, pct in (taxes or [])]
        inv.total = sum((it.incl for it in inv.items), D("0")) + sum((a for _, _, a in inv.taxes), D("0"))
    else:
        sub = sum((it.incl for it in inv.items), D("0"))
        inv.subtotal = sub
        if disc_pct:
            inv.discounts.append((disc_label, -q2(sub * disc_pct / 100)))
        disc = sum((a for _, a in inv.discounts), D("0"))
        inv.taxes = [(d, lab, q2((sub + disc) * pct / 100)) for d, lab, pct in (taxes or [])]
        inv.total = sub + disc + sum((a for _, _, a in inv.taxes), D("0"))
        inv.vat = []


def make_item(rng, letter, desc, qty, price, rate, unit="un", unit_label="unidades", code="", ean=None,
              bonif=D("0"), qty_dec=2):
    qty, price = D(qty), D(price)
    gross = q2(qty * price)
    amount = q2(gross * (100 - bonif) / 100)
    if letter == "A":
        net = amount
        incl = q2(net * (100 + rate) / 100)
    else:
        net = incl = amount
    return Item(desc, qty, unit, unit_label, price, rate, net, incl, code, ean, bonif, qty_dec)


def qr_payload(inv: Invoice, *, total: D | None = None, number: int | None = None, style: str = "compact",
               host: str = "https://www.afip.gob.ar/fe/qr/?p=") -> None:
    tot = inv.total if total is None else total
    num = inv.number if number is None else number
    moneda = {"ARS": "PES", "USD": "DOL"}[inv.currency]
    tdr, ndr = (80, int(inv.buyer.cuit)) if inv.buyer.cuit else ((96, int(inv.buyer.doc_num)) if inv.buyer.doc_num else (99, 0))
    fields = [("ver", "1"), ("fecha", json.dumps(inv.issued.isoformat())), ("cuit", inv.issuer.cuit),
              ("ptoVta", str(inv.pos)), ("tipoCmp", str(inv.code)), ("nroCmp", str(num)),
              ("importe", fnum(tot, "dot")), ("moneda", json.dumps(moneda)), ("ctz", str(inv.ctz)),
              ("tipoDocRec", str(tdr)), ("nroDocRec", str(ndr)), ("tipoCodAut", '"E"'), ("codAut", inv.cae)]
    if style == "compact":
        js = "{" + ",".join(f'"{k}":{v}' for k, v in fields) + "}"
    else:
        js = "{\r\n" + ",\r\n".join(f'  "{k}": {v}' for k, v in fields) + "\r\n}"
    inv.qr_payload = host + base64.b64encode(js.encode()).decode()
    inv.qr_expected = {"doc_code": inv.code, "cuit": inv.issuer.cuit, "pos": inv.pos, "number": num,
                       "date": inv.issued.isoformat(), "total": fnum(tot, "dot"),
                       "currency": inv.currency, "cae": inv.cae}
