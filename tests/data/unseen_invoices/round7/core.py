"""Round 7 core: document model, amounts (Decimal), expected JSON, QR payloads.

Everything is deterministic: one random.Random(seed) per document."""
import base64
import json
import random
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
C2 = D("0.01")
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def q2(x):
    return D(x).quantize(C2, ROUND_HALF_UP)


def cuit_dv(base10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(base10, w))
    r = 11 - s % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def make_cuit(rng, prefix):
    while True:
        base = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        dv = cuit_dv(base)
        if dv is not None:
            return base + str(dv)


def ean_dv(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return (10 - s % 10) % 10


def make_ean(rng):
    d12 = "779" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    return d12 + str(ean_dv(d12))


def cuit_ok(c):
    return len(c) == 11 and c.isdigit() and cuit_dv(c[:10]) == int(c[10])


def dash_cuit(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


def fmt_num(d, style, places=2):
    """Format a Decimal as printed."""
    d = D(d)
    neg = d < 0
    s = f"{abs(d):.{places}f}"
    ip, _, fp = s.partition(".")
    if style in ("ar", "ars", "usd", "arnd"):
        if style != "arnd":
            grp = ""
            while len(ip) > 3:
                grp = "." + ip[-3:] + grp
                ip = ip[:-3]
            ip = ip + grp
        out = ip + ("," + fp if places else "")
    elif style == "plain":
        out = ip + ("." + fp if places else "")
    else:
        raise ValueError(style)
    if neg:
        out = "-" + out
    if style == "ars":
        out = "$ " + out
    if style == "usd":
        out = "U$S " + out
    return out


def fmt_date(dt, style):
    y, m, d = dt
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dash2":
        return f"{d:02d}-{m:02d}-{y % 100:02d}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "long":
        return f"{d} de {MESES[m - 1]} de {y}"
    if style == "dash4":
        return f"{d:02d}-{m:02d}-{y}"
    raise ValueError(style)


def iso(dt):
    return f"{dt[0]:04d}-{dt[1]:02d}-{dt[2]:02d}"


DOC_CODE = {"A": 1, "B": 6, "C": 11}


class Doc:
    """A document: all printed facts + the style knobs of its layout."""

    def __init__(self, spec):
        self.spec = spec
        self.id = spec["id"]
        self.rng = random.Random(spec["seed"])
        rng = self.rng
        self.letter = spec["letter"]
        self.gen = spec["gen"]
        self.numfmt = spec.get("numfmt", "ar")
        self.currency = spec.get("currency", "ARS")
        self.issuer = dict(spec["issuer"])
        self.issuer["cuit"] = make_cuit(rng, self.issuer.get("cuit_prefix", "30"))
        self.buyer = dict(spec.get("buyer", {"name": "Consumidor Final"}))
        if self.buyer.get("cuit_prefix"):
            self.buyer["cuit"] = make_cuit(rng, self.buyer["cuit_prefix"])
        if self.buyer.get("dni"):
            self.buyer["dni"] = str(rng.randint(20000000, 45999999))
        self.pos = spec.get("pos") or rng.choice([1, 2, 3, 4, 5, 7, 12, 15])
        self.number = rng.randint(120, 48000)
        y, m = spec.get("ym", (2026, rng.randint(1, 12)))
        self.date = (y, m, rng.randint(1, 28))
        self.cae = "7" + "".join(str(rng.randint(0, 9)) for _ in range(13))
        self.cae_vto = (y, m, min(28, self.date[2] + 10))
        self.build_lines()

    # ---- amounts ---------------------------------------------------
    def build_lines(self):
        sp, rng = self.spec, self.rng
        self.items = []
        for it in sp["items"]:
            it = dict(it)
            if it.get("ean") and not it.get("code"):
                it["code"] = make_ean(rng)
            price = D(it["price"])
            qty = it.get("qty")
            if qty is not None:
                qty = D(str(qty))
            bon = D(str(it.get("bonif", 0)))
            if qty is None:
                amount = q2(price)
            else:
                amount = q2(qty * price * (1 - bon / 100))
            it["qty"] = qty
            it["price"] = price
            it["bonif"] = bon
            it["amount"] = amount
            it.setdefault("rate", "21")
            it["rate"] = D(str(it["rate"]))
            if self.letter == "A" and sp.get("civa"):
                it["amount_civa"] = q2(amount * (1 + it["rate"] / 100))
            self.items.append(it)
        # in-table discount rows (B/C): {'desc', 'amount'}
        self.row_discounts = [dict(desc=r["desc"], amount=-q2(D(r["amount"]))) for r in sp.get("row_discounts", [])]
        net = sum((i["amount"] for i in self.items), D(0)) + sum((r["amount"] for r in self.row_discounts), D(0))
        self.subtotal = net
        self.discounts = list(self.row_discounts)
        disc_blk = []
        for dsc in sp.get("discounts", []):
            amt = -q2(net * D(str(dsc["pct"])) / 100)
            disc_blk.append(dict(desc=dsc["desc"], amount=amt))
        self.block_discounts = disc_blk
        self.discounts += disc_blk
        self.vat = []
        if self.letter == "A":
            rates = sorted({i["rate"] for i in self.items}, reverse=True)
            factor = 1 + sum((d["amount"] for d in disc_blk), D(0)) / net if disc_blk else D(1)
            for r in rates:
                base = sum((i["amount"] for i in self.items if i["rate"] == r), D(0))
                if sp.get("civa"):
                    amt = sum((i["amount_civa"] for i in self.items if i["rate"] == r), D(0)) - base
                else:
                    amt = q2(base * factor * r / 100)
                self.vat.append(dict(rate=r, amount=amt, base=q2(base * factor)))
        self.taxes = []
        base_for_tax = net + sum((d["amount"] for d in disc_blk), D(0))
        for t in sp.get("taxes", []):
            amt = q2(D(t["amount"])) if "amount" in t else q2(base_for_tax * D(str(t["pct"])) / 100)
            self.taxes.append(dict(label=t["label"], desc=t["desc"], amount=amt))
        if self.letter == "A" and sp.get("civa"):
            items_sum = sum((i["amount_civa"] for i in self.items), D(0))
            self.total = items_sum + sum((t["amount"] for t in self.taxes), D(0))
        else:
            self.total = (net + sum((d["amount"] for d in disc_blk), D(0))
                          + sum((t["amount"] for t in self.taxes), D(0))
                          + sum((v["amount"] for v in self.vat), D(0)))
        self.printed_total = self.total + D(str(sp.get("total_off", "0")))

    # ---- printed strings ------------------------------------------
    def money(self, d, style=None):
        return fmt_num(d, style or self.numfmt)

    def qty_str(self, it):
        q = it["qty"]
        if q is None:
            return ""
        if it.get("unit") == "kg":
            return fmt_num(q, "arnd" if self.numfmt != "plain" else "plain", 3)
        places = self.spec.get("qty_places", 0)
        return fmt_num(q, "arnd" if self.numfmt != "plain" else "plain", places)

    def qty_expected(self, it):
        q = it["qty"]
        if q is None:
            return None
        if it.get("unit") == "kg":
            return f"{q:.3f}"
        return f"{q:.{self.spec.get('qty_places', 0)}f}"

    def price_places(self):
        return self.spec.get("price_places", 2)

    # ---- QR ---------------------------------------------------------
    def qr_payload(self):
        sp = self.spec
        qv = sp.get("qr", {})
        if qv is None or sp.get("noqr"):
            return None
        mism = qv.get("mismatch")
        fecha = iso(self.date)
        nro = self.number
        importe = self.printed_total
        cuit = int(self.issuer["cuit"])
        if mism == "number":
            nro = self.number + 1
        elif mism == "total":
            importe = self.printed_total + D("1500.00")
        elif mism == "date":
            y, m, d = self.date
            fecha = iso((y, m - 1 if m > 1 else 12, d))
        if self.buyer.get("cuit"):
            tdr, ndr = 80, int(self.buyer["cuit"])
        elif self.buyer.get("dni"):
            tdr, ndr = 96, int(self.buyer["dni"])
        else:
            tdr, ndr = 99, 0
        moneda = "DOL" if self.currency == "USD" else "PES"
        ctz = D(sp["ctz"]) if self.currency == "USD" else 1
        imp_num = float(importe) if importe != importe.to_integral() else int(importe)
        d = {"ver": 1, "fecha": fecha, "cuit": cuit, "ptoVta": self.pos, "tipoCmp": DOC_CODE[self.letter],
             "nroCmp": nro, "importe": imp_num, "moneda": moneda, "ctz": float(ctz) if self.currency == "USD" else 1,
             "tipoDocRec": tdr, "nroDocRec": ndr, "tipoCodAut": "E", "codAut": int(self.cae)}
        if qv.get("strings"):
            d = {k: (str(v) if not isinstance(v, str) else v) for k, v in d.items()}
            d["importe"] = f"{importe:.2f}"
        if qv.get("ddmmyyyy"):
            y, m, dd = map(int, fecha.split("-"))
            d["fecha"] = f"{dd:02d}/{m:02d}/{y}"
        js = json.dumps(d, separators=(",", ":"), ensure_ascii=False)
        host = "https://afip.gob.ar" if qv.get("nowww") else "https://www.afip.gob.ar"
        url = host + "/fe/qr/?p=" + base64.b64encode(js.encode()).decode()
        exp = {"doc_code": DOC_CODE[self.letter], "cuit": str(cuit), "pos": self.pos, "number": nro,
               "date": fecha, "total": f"{D(str(importe)):.2f}",
               "currency": "USD" if moneda == "DOL" else "ARS", "cae": self.cae}
        return url, exp

    # ---- expected -----------------------------------------------------
    def expected(self):
        sp = self.spec
        items = []
        for n, it in enumerate(self.items, 1):
            civa = self.letter == "A" and sp.get("civa")
            items.append({
                "line": n, "department": None, "description": it["desc"],
                "ean": it.get("code") if it.get("ean") else None,
                "quantity": self.qty_expected(it),
                "unit": (it.get("unit") or "un") if it["qty"] is not None else None,
                "unit_price": f"{it['price']:.{self.price_places()}f}" if it["qty"] is not None else None,
                "vat_rate": f"{it['rate']:.2f}" if sp.get("rate_col") else None,
                "amount": f"{(it['amount_civa'] if civa else it['amount']):.2f}",
            })
        qrp = self.qr_payload()
        warnings = []
        if sp.get("total_off"):
            warnings.append("totals_mismatch")
        if sp.get("qr", {}) and sp.get("qr", {}).get("mismatch"):
            warnings.append("qr_mismatch")
        return {
            "doc_type": "factura_" + self.letter.lower(),
            "merchant": {"name": self.issuer["legal"], "cuit": self.issuer["cuit"]},
            "pos": self.pos,
            "number": self.number,
            "issued_at": iso(self.date),
            "currency": self.currency,
            "items": items,
            "discounts": [{"description": d["desc"], "amount": f"{d['amount']:.2f}"} for d in self.discounts],
            "subtotal": f"{self.subtotal:.2f}",
            "discount_total": f"{-sum((d['amount'] for d in self.discounts), D(0)):.2f}",
            "total": f"{self.printed_total:.2f}",
            "vat": [{"rate": f"{v['rate']:.2f}", "amount": f"{v['amount']:.2f}"} for v in self.vat],
            "taxes": [{"description": t["desc"], "amount": f"{t['amount']:.2f}"} for t in self.taxes],
            "payments": [],
            "prices_include_vat": not (self.letter == "A" and not sp.get("civa")),
            "cae": self.cae,
            "qr": qrp[1] if qrp else None,
            "warnings": warnings,
        }


def dump_expected(exp):
    """Contract key order; items/vat one object per line like the real fixtures."""
    out = ["{"]
    keys = list(exp)
    for k in keys:
        v = exp[k]
        comma = "," if k != keys[-1] else ""
        if isinstance(v, list) and v:
            out.append(f'  "{k}": [')
            for i, e in enumerate(v):
                out.append("    " + json.dumps(e, ensure_ascii=False) + ("," if i < len(v) - 1 else ""))
            out.append("  ]" + comma)
        else:
            out.append(f'  "{k}": ' + json.dumps(v, ensure_ascii=False) + comma)
    out.append("}")
    return "\n".join(out) + "\n"
