"""Document model, amounts (Decimal), expected JSON, QR payloads. Shared by all generators."""
import base64, json, random, datetime
from decimal import Decimal as D, ROUND_HALF_UP
import segno

C2 = D("0.01")
def q2(x): return D(x).quantize(C2, ROUND_HALF_UP)

def cuit_check(body10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(body10, w)); r = 11 - s % 11
    return {11: 0, 10: None}.get(r, r)
def make_cuit(rng, prefix):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = cuit_check(body)
        if c is not None: return body + str(c)
def cuit_ok(c):
    return len(c) == 11 and c.isdigit() and cuit_check(c[:10]) == int(c[10])
def dash(c): return f"{c[:2]}-{c[2:10]}-{c[10]}"

def fmt(x, style="ar", neg=False):
    x = D(x); s = "-" if x < 0 else ""; x = abs(x)
    ent, dec = f"{x:.2f}".split(".") if x.as_tuple().exponent >= -2 else f"{x}".split(".")
    if style in ("ar", "ar$"):
        g = f"{int(ent):,}".replace(",", ".")
        out = f"{g},{dec}"
        if style == "ar$": return f"{s}$ {out}"
    elif style == "plain": out = f"{ent},{dec}"
    elif style == "us": out = f"{ent}.{dec}"
    elif style == "usth": out = f"{int(ent):,}.{dec}"
    return s + out
def fq(x):  # quantity as printed
    x = D(x)
    return fmt(x, "plain").replace(",00", "") if x == x.to_integral() else f"{x}".replace(".", ",")

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
def fdate(d, style):
    return {"dmy/": d.strftime("%d/%m/%Y"), "dmy-": d.strftime("%d-%m-%y"), "dmy.": d.strftime("%d.%m.%Y"),
            "words": f"{d.day} de {MESES[d.month-1]} de {d.year}"}[style]

class Doc:
    def __init__(self, name, kind, seed, issuer, fantasy, cond, address, buyer, items, *, date_style="dmy/",
                 money="ar", currency="ARS", row_disc=(), block_disc=(), taxes=(), qr="std", flags=(),
                 printed_total_delta=D(0), qr_delta=None, copies=1, layout=None, rates_on_lines=None,
                 ctz=None, noqty_price=True):
        rng = random.Random(seed)
        self.name, self.kind, self.seed = name, kind, seed
        self.code = {"A": 1, "B": 6, "C": 11}[kind]
        self.issuer, self.fantasy, self.cond, self.address = issuer, fantasy, cond, address
        self.cuit = make_cuit(rng, rng.choice(["30", "33"]) if issuer.endswith(("S.A.", "S.R.L.", "S.A.S.", "SRL", "S.A", "SOCIEDAD ANONIMA")) else rng.choice(["20", "27", "23"]))
        self.buyer = dict(buyer)
        if self.buyer.get("cuit") == "gen": self.buyer["cuit"] = make_cuit(rng, "30")
        if self.buyer.get("dni") == "gen": self.buyer["dni"] = str(rng.randint(20000000, 45999999))
        self.pos = rng.choice([1, 2, 3, 4, 5, 7, 12, 15])
        self.number = rng.randint(150, 48000)
        self.date = datetime.date(2026, rng.randint(1, 10), rng.randint(1, 28))
        self.cae = str(rng.randint(7, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.date_style, self.money, self.currency, self.ctz = date_style, money, currency, ctz
        self.layout = layout or {}
        self.copies, self.flags = copies, list(flags)
        self.pinc = kind != "A" or self.layout.get("civa", False)
        self.rates_on_lines = (kind == "A") if rates_on_lines is None else rates_on_lines
        self.items = []
        for it in items:
            desc, qty, unit, price, rate = it
            price = D(price); rate = D(rate)
            if qty is None:
                net = price
            else:
                net = q2(D(qty) * price)
            amount = net
            if kind == "A" and self.pinc:
                amount = q2(net * (1 + rate / 100))
            self.items.append(dict(desc=desc, qty=None if qty is None else D(qty), unit=unit,
                                   price=None if qty is None else price, rate=rate, net=net, amount=amount))
        self.row_disc = []
        base = sum(i["amount"] for i in self.items)
        for (label, pct) in row_disc:
            self.row_disc.append(dict(desc=label, amount=-q2(base * D(pct) / 100)))
        self.subtotal = base
        self.block_disc = []
        for (label, pct) in block_disc:
            self.block_disc.append(dict(desc=label, amount=-q2((base + sum(r["amount"] for r in self.row_disc)) * D(pct) / 100)))
        disc = self.row_disc + self.block_disc
        self.vat = []
        if kind == "A":
            rates = sorted({i["rate"] for i in self.items}, reverse=True)
            factor = 1 + sum(d["amount"] for d in disc) / base
            for r in rates:
                netr = sum(i["net"] for i in self.items if i["rate"] == r)
                self.vat.append(dict(rate=r, base=q2(netr * factor), amount=q2(q2(netr * factor) * r / 100)))
            self.neto = sum(v["base"] for v in self.vat)
        self.taxes = []
        for (label, pct) in taxes:
            b = self.neto if kind == "A" else base
            self.taxes.append(dict(desc=label, pct=D(pct), amount=q2(b * D(pct) / 100)))
        tot = base + sum(d["amount"] for d in disc) + sum(t["amount"] for t in self.taxes)
        if kind == "A":
            if self.pinc:
                pass
            else:
                tot += sum(v["amount"] for v in self.vat)
        self.true_total = tot
        self.total = tot + D(printed_total_delta)
        if kind == "A" and self.pinc:
            # VAT-inclusive A: total = net + vat + taxes; line amounts incl. VAT may differ by rounding
            t2 = self.neto + sum(v["amount"] for v in self.vat) + sum(t["amount"] for t in self.taxes)
            assert abs(t2 - tot) <= D("0.02"), (name, t2, tot)
            self.total = tot + D(printed_total_delta)
        self.disc_total = -sum(d["amount"] for d in disc)
        # QR
        self.qr_variant = qr
        self.qr_fields = dict(cuit=self.cuit, pos=self.pos, number=self.number, date=self.date,
                              total=self.total, code=self.code)
        if qr_delta: self.qr_fields.update(qr_delta)
        self.mdy = fdate(self.date, date_style)

    def subtotal_printed(self):
        return self.subtotal if self.kind != "A" else sum(i["net"] for i in self.items)

    def m(self, x, style=None):
        return fmt(x, style or self.money)

    def qr_payload(self):
        if self.qr_variant is None: return None
        f = self.qr_fields
        fecha = f["date"].strftime("%d/%m/%Y") if self.qr_variant == "dmy" else f["date"].isoformat()
        b = self.buyer
        tdoc, ndoc = (80, int(b["cuit"])) if b.get("cuit") else ((96, int(b["dni"])) if b.get("dni") else (99, 0))
        mon = {"ARS": "PES", "USD": "DOL"}[self.currency]
        j = {"ver": 1, "fecha": fecha, "cuit": int(f["cuit"]), "ptoVta": f["pos"], "tipoCmp": f["code"],
             "nroCmp": f["number"], "importe": float(f["total"]), "moneda": mon,
             "ctz": float(self.ctz) if self.ctz else 1, "tipoDocRec": tdoc, "nroDocRec": ndoc,
             "tipoCodAut": "E", "codAut": int(self.cae)}
        if self.qr_variant == "strings":
            j = {k: (str(v) if not isinstance(v, str) else v) for k, v in j.items()}
            j["importe"] = f"{f['total']:.2f}"
        js = json.dumps(j, separators=(",", ":"))
        host = "https://afip.gob.ar" if self.qr_variant == "nowww" else "https://www.afip.gob.ar"
        return host + "/fe/qr/?p=" + base64.b64encode(js.encode()).decode()

    def qr_matrix(self):
        p = self.qr_payload()
        if p is None: return None
        qr = segno.make(p, error="m", micro=False)
        return [[bool(c) for c in row] for row in qr.matrix]

    def expected(self):
        f = self.qr_fields
        qr = None
        if self.qr_variant is not None:
            qr = {"doc_code": f["code"], "cuit": f["cuit"], "pos": f["pos"], "number": f["number"],
                  "date": f["date"].isoformat(), "total": f"{q2(f['total'])}",
                  "currency": self.currency, "cae": self.cae}
        items = []
        for n, i in enumerate(self.items, 1):
            items.append({"line": n, "department": None, "description": " ".join(i["desc"].split()), "ean": None,
                          "quantity": None if i["qty"] is None else str(i["qty"]),
                          "unit": None if i["qty"] is None else i["unit"],
                          "unit_price": None if i["price"] is None else str(i["price"]),
                          "vat_rate": f"{i['rate']:.2f}" if self.rates_on_lines else None,
                          "amount": str(i["amount"])})
        return {"doc_type": f"factura_{self.kind.lower()}",
                "merchant": {"name": " ".join(self.issuer.split()), "cuit": self.cuit},
                "pos": self.pos, "number": self.number, "issued_at": self.date.isoformat(),
                "currency": self.currency, "items": items,
                "discounts": [{"description": d["desc"], "amount": str(d["amount"])} for d in self.row_disc + self.block_disc],
                "subtotal": str(self.subtotal_printed()),
                "discount_total": str(q2(self.disc_total)), "total": str(q2(self.total)),
                "vat": [{"rate": f"{v['rate']:.2f}", "amount": str(v["amount"])} for v in self.vat],
                "taxes": [{"description": t["desc"], "amount": str(t["amount"])} for t in self.taxes],
                "payments": [], "prices_include_vat": self.pinc, "cae": self.cae, "qr": qr,
                "warnings": self.flags}
