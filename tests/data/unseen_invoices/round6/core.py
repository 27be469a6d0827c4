"""Round 6 invoice model: amounts with Decimal, expected JSON (contract v2), AFIP QR payloads."""
import base64
import json
import random
from datetime import date
from decimal import Decimal as D, ROUND_HALF_UP

Q2 = D("0.01")
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def r2(x):
    return D(x).quantize(Q2, rounding=ROUND_HALF_UP)


def cuit_ok(c):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(c[:10], w))
    v = 11 - s % 11
    v = 0 if v == 11 else v
    return v != 10 and int(c[10]) == v


def make_cuit(rng, prefix):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        s = sum(int(a) * b for a, b in zip(body, w))
        v = 11 - s % 11
        if v == 10:
            continue
        v = 0 if v == 11 else v
        return body + str(v)


def dash_cuit(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


def ean13(rng, prefix="779"):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def fmt_num(d, dec=2, thousands=True):
    d = D(d).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP) if dec else D(d)
    s = f"{abs(d):,.{dec}f}"
    if not thousands:
        s = s.replace(",", "")
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if d < 0 else "") + s


def fmt_money(d, style="ar"):
    if style == "ar":
        return fmt_num(d)
    if style == "dollar":
        return "$ " + fmt_num(d)
    if style == "glued":
        return "$" + fmt_num(d)
    if style == "plain":
        return fmt_num(d, thousands=False)
    if style == "ars":
        return "ARS " + fmt_num(d)
    if style == "usd":
        return "U$S " + fmt_num(d)
    raise ValueError(style)


def fmt_date(dt, f):
    if f == "long":
        return f"{dt.day} de {MESES[dt.month - 1]} de {dt.year}"
    return dt.strftime(f)


def fmt_rate(rate, style):
    # style: pct2 '21,00%', pct '21%', bare '21,00', paren '(21,00)'
    if rate is None:
        return "Exento"
    if style == "pct2":
        return fmt_num(rate) + "%"
    if style == "pct":
        return (fmt_num(rate, 1) if rate != rate.to_integral() else str(int(rate))) + "%"
    if style == "bare":
        return fmt_num(rate)
    raise ValueError(style)


class Item:
    def __init__(self, desc, qty=None, price=None, rate=None, code=None, ean=None, unit=None,
                 bonif=None, amount=None, qty_dec=0, price_dec=2, unit_word=None):
        self.desc, self.code, self.ean = desc, code, ean
        self.qty = D(qty) if qty is not None else None
        self.price = D(price) if price is not None else None
        self.rate = D(rate) if rate not in (None, "EX") else None
        self.exempt = rate == "EX"
        self.unit = unit  # 'kg' or 'un' (expected) / None
        self.unit_word = unit_word  # printed word in unit column
        self.bonif = D(bonif) if bonif is not None else None
        self.qty_dec, self.price_dec = qty_dec, price_dec
        if amount is not None:
            self.amount = r2(amount)
        else:
            a = self.qty * self.price
            if self.bonif:
                a = a * (1 - self.bonif / 100)
            self.amount = r2(a)
        if self.qty is not None and self.unit is None:
            self.unit = "un"
        self.civa = None

    def qty_str(self):
        return fmt_num(self.qty, self.qty_dec)

    def price_str(self, style="ar"):
        if self.price_dec != 2:
            return fmt_num(self.price, self.price_dec)
        return fmt_money(self.price, style)


def qr_payload(doc):
    q = doc["qr"]
    if q is None:
        return None
    d = {"ver": 1, "fecha": q.get("fecha", doc["date"].isoformat()), "cuit": int(q.get("cuit", doc["cuit"])),
         "ptoVta": q.get("pos", doc["pos"]), "tipoCmp": doc["code"], "nroCmp": q.get("number", doc["number"]),
         "importe": float(q.get("importe", doc["total"])), "moneda": "DOL" if doc["currency"] == "USD" else "PES",
         "ctz": float(doc.get("ctz", 1)), "tipoDocRec": doc["doc_rec"][0], "nroDocRec": int(doc["doc_rec"][1]),
         "tipoCodAut": "E", "codAut": int(doc["cae"])}
    if d["ctz"] == int(d["ctz"]):
        d["ctz"] = int(d["ctz"])
    var = q.get("variant", "std")
    imp = q.get("importe", doc["total"])
    if var == "strings":
        d = {k: (str(v) if not isinstance(v, str) else v) for k, v in d.items()}
        d["importe"] = str(D(imp).quantize(Q2))
    if var == "pretty":
        js = json.dumps(d, indent=2).replace("\n", "\r\n")
    else:
        js = json.dumps(d, separators=(",", ":"))
    host = "https://afip.gob.ar" if var == "nowww" else "https://www.afip.gob.ar"
    return host + "/fe/qr/?p=" + base64.b64encode(js.encode()).decode()


def qr_expected(doc):
    q = doc["qr"]
    if q is None:
        return None
    return {"doc_code": doc["code"], "cuit": str(q.get("cuit", doc["cuit"])), "pos": q.get("pos", doc["pos"]),
            "number": q.get("number", doc["number"]), "date": q.get("fecha", doc["date"].isoformat()),
            "total": str(r2(q.get("importe", doc["total"]))),
            "currency": "USD" if doc["currency"] == "USD" else "ARS", "cae": doc["cae"]}


def finish(doc):
    """Compute subtotal / vat / total from items, table discounts, totals discounts, taxes."""
    items = doc["items"]
    A = doc["letter"] == "A"
    pia = doc.get("pia", not A)
    doc["pia"] = pia
    net = sum((i.amount for i in items), D(0))
    rowdisc = sum((d[1] for d in doc.get("row_discounts", [])), D(0))
    doc["subtotal"] = r2(net + rowdisc)
    tdisc = sum((d[1] for d in doc.get("tot_discounts", [])), D(0))
    vat = []
    if A:
        rates = sorted({i.rate for i in items if i.rate is not None}, reverse=True)
        for rt in rates:
            base = sum((i.amount for i in items if i.rate == rt), D(0))
            vat.append((rt, r2(base * rt / 100)))
        if pia:  # VAT-inclusive line amounts printed; amount = c/IVA
            for i in items:
                i.net = i.amount
                i.civa = r2(i.amount * (1 + (i.rate or 0) / 100))
    doc["vat"] = vat
    taxes = doc.get("taxes", [])
    tax_sum = sum((t[1] for t in taxes), D(0))
    if A and pia:
        total = sum((i.civa for i in items), D(0)) + rowdisc + tdisc + tax_sum
        # printed VAT so that net + vat + taxes = total
        assert len(vat) == 1
        vat[0] = (vat[0][0], r2(total - tax_sum - net - rowdisc - tdisc))
        doc["vat"] = vat
    else:
        total = doc["subtotal"] + tdisc + tax_sum + (sum((v[1] for v in vat), D(0)) if A else 0)
    doc["total_true"] = r2(total)
    doc["total"] = r2(total + D(doc.get("total_offset", 0)))
    doc["discount_total"] = r2(-(rowdisc + tdisc))
    return doc


def expected(doc):
    items = []
    for n, i in enumerate(doc["items"], 1):
        amt = i.civa if (doc["letter"] == "A" and doc["pia"]) else i.amount
        items.append({
            "line": n, "department": None, "description": i.desc, "ean": i.ean,
            "quantity": str(i.qty.quantize(D(1).scaleb(-i.qty_dec))) if i.qty is not None else None,
            "unit": i.unit if i.qty is not None else None,
            "unit_price": (str(i.price.quantize(D(1).scaleb(-i.price_dec))) if i.price is not None else None),
            "vat_rate": (str(i.rate.quantize(Q2)) if (i.rate is not None and doc.get("rate_col")) else None),
            "amount": str(amt)})
    discs = [{"description": d[0], "amount": str(r2(d[1]))} for d in doc.get("row_discounts", []) + doc.get("tot_discounts", [])]
    return {
        "doc_type": {"A": "factura_a", "B": "factura_b", "C": "factura_c"}[doc["letter"]],
        "merchant": {"name": doc["name"], "cuit": doc["cuit"]},
        "pos": doc["pos"], "number": doc["number"], "issued_at": doc["date"].isoformat(),
        "currency": doc["currency"], "items": items, "discounts": discs,
        "subtotal": str(doc.get("subtotal_printed", doc["subtotal"])),
        "discount_total": str(doc["discount_total"]), "total": str(doc["total"]),
        "vat": [{"rate": str(r.quantize(Q2)), "amount": str(a)} for r, a in doc["vat"]] if doc["letter"] == "A" else [],
        "taxes": [{"description": t[0], "amount": str(r2(t[1]))} for t in doc.get("taxes", [])],
        "payments": [{"method": p[0], "amount": str(r2(p[1]))} for p in doc.get("payments", [])],
        "prices_include_vat": doc["pia"], "cae": doc["cae"], "qr": qr_expected(doc),
        "warnings": doc.get("warnings", []),
    }
