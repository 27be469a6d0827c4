"""Checks every PDF of this folder against its expected file, without any parser: python3 verify.py > verify.txt
Standard library + poppler-utils (pdftotext, pdftoppm, pdfinfo) + zbar-tools (zbarimg)."""
import base64, glob, json, os, re, subprocess, sys, tempfile, unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal", "discount_total",
       "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
ITEM = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]
QR = ["doc_code", "cuit", "pos", "number", "date", "total", "currency", "cae"]
CODES = {"factura_a": 1, "factura_b": 6, "factura_c": 11}
MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()

def cuit_ok(c):
    if not c or not re.fullmatch(r"\d{11}", c): return False
    s = sum(int(a) * b for a, b in zip(c[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    r = {11: 0, 10: None}.get(r, r)
    return r == int(c[10])
def gtin_ok(e):
    d = [int(x) for x in e]
    s = sum(x * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(d[:-1])))
    return (10 - s % 10) % 10 == d[-1]
def norm(t):
    t = unicodedata.normalize("NFKC", t).replace("\u2212", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", t)
def amount_forms(v):
    d = abs(Decimal(v)); dec = len(v.split(".")[1]) if "." in v else 0
    s = f"{d:,.{dec}f}"
    ar = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return {ar, ar.replace(".", ""), s.replace(",", ""), s}
def has_num(text, v):
    for f in amount_forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?!\d|[.,]\d)", text): return True
    return False
def has_words(text, s):
    words = norm(s).split()
    for m in re.finditer(re.escape(words[0]), text):
        pos, ok = m.end(), True
        for w in words[1:]:
            j = text.find(w, pos)
            if j < 0 or j - pos > 400: ok = False; break
            pos = j + len(w)
        if ok: return True
    return False
def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{d}.{m}.{y}", f"{d}/{m}/{y[2:]}", f"{int(d)} de {MESES[int(m)-1]} de {y}"]
def rate_forms(r):
    d = Decimal(r)
    f = [f"{d:.2f}".replace(".", ","), f"{d:.2f}"]
    i = d.normalize()
    s = format(i, "f").replace(".", ",")
    return f + [s + "%", s + " %"]

def decode_qr(payload):
    url, p = payload.split("?p=", 1)
    assert re.fullmatch(r"https://(www\.)?afip\.gob\.ar/fe/qr/", url), url
    j = json.loads(base64.b64decode(p + "=" * (-len(p) % 4)), parse_float=Decimal)
    f = j["fecha"]
    if re.fullmatch(r"\d\d/\d\d/\d{4}", f): f = f"{f[6:]}-{f[3:5]}-{f[:2]}"
    cur = {"PES": "ARS", "DOL": "USD"}.get(j["moneda"], j["moneda"])
    return {"doc_code": int(j["tipoCmp"]), "cuit": str(int(j["cuit"])), "pos": int(j["ptoVta"]), "number": int(j["nroCmp"]),
            "date": f, "total": f"{Decimal(str(j['importe'])):.2f}", "currency": cur, "cae": str(int(j["codAut"]))}

def check(pdf):
    name = os.path.basename(pdf)[:-4]
    e = json.load(open(pdf[:-4] + ".expected.json", encoding="utf-8"))
    errs = []
    def need(c, msg):
        if not c: errs.append(msg)
    need(list(e) == TOP, "top-level keys/order")
    need(list(e["merchant"]) == ["name", "cuit"], "merchant keys")
    for i, it in enumerate(e["items"], 1):
        need(list(it) == ITEM, f"item {i} keys"); need(it["line"] == i, f"line number {i}")
        if it["ean"]: need(gtin_ok(it["ean"]), f"ean check digit {it['ean']}")
    for d in e["discounts"]: need(list(d) == ["description", "amount"], "discount keys")
    for v in e["vat"]: need(list(v) == ["rate", "amount"], "vat keys")
    for t in e["taxes"]: need(list(t) == ["description", "amount"], "tax keys")
    if e["qr"] is not None: need(list(e["qr"]) == QR, "qr keys"); need(cuit_ok(e["qr"]["cuit"]), "qr cuit check digit")
    need(cuit_ok(e["merchant"]["cuit"]), "merchant cuit check digit")
    D = lambda x: Decimal(x)
    s = sum(map(D, [i["amount"] for i in e["items"]]), Decimal(0)) + sum((D(d["amount"]) for d in e["discounts"]), Decimal(0)) \
        + sum((D(t["amount"]) for t in e["taxes"]), Decimal(0))
    if not e["prices_include_vat"]: s += sum((D(v["amount"]) for v in e["vat"]), Decimal(0))
    mismatch = abs(s - D(e["total"])) > Decimal("0.01")
    need(mismatch == ("totals_mismatch" in e["warnings"]), f"totals identity {s} vs {e['total']} (warning {'totals_mismatch' in e['warnings']})")
    need(D(e["discount_total"]) == -sum((D(d["amount"]) for d in e["discounts"]), Decimal(0)), "discount_total")
    if e["qr"]:
        q = e["qr"]
        differs = (q["cuit"] != e["merchant"]["cuit"] or q["doc_code"] != CODES[e["doc_type"]] or q["pos"] != e["pos"]
                   or q["number"] != e["number"] or q["date"] != e["issued_at"] or D(q["total"]) != D(e["total"]))
        need(differs == ("qr_mismatch" in e["warnings"]), "qr_mismatch flag")
    else:
        need("qr_mismatch" not in e["warnings"], "qr_mismatch without qr")
    # QR decoding from 200 dpi renders
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, f"{td}/p"], check=True)
        decoded = []
        for png in sorted(glob.glob(f"{td}/p-*.png")):
            r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", png], capture_output=True, text=True)
            decoded += [l for l in r.stdout.splitlines() if l.strip()]
    if e["qr"] is None: need(not decoded, "QR found where none expected")
    else:
        need(bool(decoded), "no QR decoded")
        for p in decoded:
            try: need(decode_qr(p) == e["qr"], f"QR differs: {decode_qr(p)}")
            except Exception as x: errs.append(f"QR unreadable payload {x}")
    # text
    text = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    need(has_words(text, e["merchant"]["name"]), "merchant name")
    c = e["merchant"]["cuit"]; need(c in text or f"{c[:2]}-{c[2:10]}-{c[10]}" in text, "merchant cuit")
    need(re.search(r"(?<!\d)0*%d-0*%d(?!\d)" % (e["pos"], e["number"]), text) or
         (re.search(r"(?<!\d)0*%d(?!\d)" % e["pos"], text) and re.search(r"(?<!\d)0*%d(?!\d)" % e["number"], text)), "pos/number")
    need(any(f in text for f in date_forms(e["issued_at"])), "date")
    need(e["cae"] in text, "cae")
    if e["currency"] != "ARS": need(e["currency"] in text, "currency")
    for it in e["items"]:
        need(has_words(text, it["description"]), f"description {it['description']}")
        if it["ean"]: need(it["ean"] in text, f"ean {it['ean']}")
        if it["quantity"]: need(has_num(text, it["quantity"]), f"quantity {it['quantity']}")
        if it["unit_price"]: need(has_num(text, it["unit_price"]), f"unit price {it['unit_price']}")
        if it["vat_rate"]: need(any(f in text for f in rate_forms(it["vat_rate"])), f"rate {it['vat_rate']}")
        need(has_num(text, it["amount"]), f"amount {it['amount']}")
    for d in e["discounts"]: need(has_words(text, d["description"]) and has_num(text, d["amount"]), f"discount {d}")
    for t in e["taxes"]: need(has_words(text, t["description"]) and has_num(text, t["amount"]), f"tax {t}")
    for v in e["vat"]: need(has_num(text, v["amount"]), f"vat {v}")
    need(has_num(text, e["subtotal"]), "subtotal"); need(has_num(text, e["total"]), "total")
    pages = re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1)
    return name, pages, errs, len(decoded)

if __name__ == "__main__":
    pdfs = sorted(glob.glob(os.path.join(HERE, "*.pdf")))
    bad = 0
    for pdf in pdfs:
        name, pages, errs, nq = check(pdf)
        print(f"{'PASS' if not errs else 'FAIL'} {name} (pages {pages}, QR symbols decoded {nq})" + "".join(f"\n    - {x}" for x in errs))
        bad += bool(errs)
    print(f"\n{len(pdfs) - bad}/{len(pdfs)} pass")
    sys.exit(1 if bad else 0)
