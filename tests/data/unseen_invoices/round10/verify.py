"""Checks every round-10 expected file against its PDF without any parser: python verify.py > verify.txt"""
import base64, glob, json, os, re, subprocess, sys, tempfile, unicodedata, urllib.parse
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal", "discount_total",
        "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
IKEYS = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]
QKEYS = ["doc_code", "cuit", "pos", "number", "date", "total", "currency", "cae"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]

def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u2212", "-")
    return re.sub(r"\s+", " ", s)
def cuit_ok(c):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    if not (c and len(c) == 11 and c.isdigit()): return False
    r = 11 - sum(int(a) * b for a, b in zip(c, w)) % 11
    return {11: 0, 10: -1}.get(r, r) == int(c[10])
def words_in_order(words, text):
    # consecutive words of a wrapped cell / name may have other columns' tokens (amounts, the letter box) between them
    # in -layout text: up to 8 intervening tokens are allowed
    pat = r"\s+(?:\S+\s+){0,8}?".join(re.escape(w) for w in words.split())
    return re.search(pat, text) is not None
def amount_forms(v):
    v = abs(D(v)); ent, _, dec = f"{v}".partition(".")
    dec = dec or ""; th = f"{int(ent):,}"
    out = {f"{th.replace(',', '.')},{dec}", f"{ent},{dec}", f"{ent}.{dec}", f"{th}.{dec}"} if dec else {th.replace(",", "."), ent}
    return out
def has_amount(v, text):
    return any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text) for f in amount_forms(v))
def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"{d}/{m}/{y}", f"{d}-{m}-{y[2:]}", f"{d}.{m}.{y}", f"{int(d)} de {MESES[int(m)-1]} de {y}"]
def decode_qr(pdf):
    with tempfile.TemporaryDirectory() as t:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(t, "p")], check=True)
        found = []
        for png in sorted(glob.glob(os.path.join(t, "*.png"))):
            r = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", png], capture_output=True, text=True)
            found += [l for l in r.stdout.splitlines() if l.strip()]
        return found
def qr_obj(url):
    u = urllib.parse.urlparse(url)
    assert u.netloc in ("www.afip.gob.ar", "afip.gob.ar") and u.path == "/fe/qr/", url
    p = urllib.parse.parse_qs(u.query)["p"][0]
    j = json.loads(base64.b64decode(p + "=" * (-len(p) % 4)))
    f = str(j["fecha"])
    if re.fullmatch(r"\d\d/\d\d/\d{4}", f): f = f"{f[6:]}-{f[3:5]}-{f[:2]}"
    return {"doc_code": int(j["tipoCmp"]), "cuit": str(j["cuit"]), "pos": int(j["ptoVta"]), "number": int(j["nroCmp"]),
            "date": f, "total": f"{D(str(j['importe'])):.2f}", "currency": {"PES": "ARS", "DOL": "USD"}.get(j["moneda"], j["moneda"]),
            "cae": str(j["codAut"])}

def check(name):
    errs = []
    e = json.load(open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8"))
    pdf = os.path.join(HERE, name + ".pdf")
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    text = norm(raw)
    if list(e) != KEYS: errs.append("top-level keys/order")
    for it in e["items"]:
        if list(it) != IKEYS: errs.append("item keys")
    if e["qr"] is not None and list(e["qr"]) != QKEYS: errs.append("qr keys")
    m = e["merchant"]
    if not words_in_order(m["name"], text): errs.append(f"merchant name not in text: {m['name']}")
    if not cuit_ok(m["cuit"]): errs.append("merchant cuit check digit")
    c = m["cuit"]
    if c not in text.replace("-", "") and f"{c[:2]}-{c[2:10]}-{c[10]}" not in text: errs.append("merchant cuit not in text")
    for dc in re.findall(r"\b\d{2}-\d{8}-\d\b", text):
        if not cuit_ok(dc.replace("-", "")): errs.append(f"printed CUIT {dc} check digit")
    if not re.search(rf"(?<!\d)0*{e['pos']}(?!\d)", text): errs.append("pos")
    if not re.search(rf"(?<!\d)0*{e['number']}(?!\d)", text): errs.append("number")
    if not any(f in text for f in date_forms(e["issued_at"])): errs.append("issued_at not printed")
    if e["cae"] and e["cae"] not in text: errs.append("cae")
    if e["currency"] != "ARS" and f"Moneda: {e['currency']}" not in text: errs.append("currency")
    for it in e["items"]:
        if not words_in_order(it["description"], text): errs.append(f"description {it['description']}")
        for k in ("unit_price", "amount"):
            if it[k] is not None and not has_amount(it[k], text): errs.append(f"item {it['line']} {k} {it[k]}")
        if it["quantity"] is not None:
            q = D(it["quantity"]); forms = {f"{q}".replace(".", ","), f"{q}"}
            if not any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d,])", text) for f in forms): errs.append(f"item {it['line']} quantity")
        if it["vat_rate"] is not None:
            r = D(it["vat_rate"]); rs = f"{r.normalize()}".replace(".", ",") + "%"
            if rs not in text: errs.append(f"item {it['line']} vat_rate")
    for x in e["discounts"] + e["taxes"]:
        if x["description"] not in text: errs.append(f"label {x['description']}")
        if not has_amount(x["amount"], text): errs.append(f"amount {x['amount']}")
    for v in e["vat"]:
        if not has_amount(v["amount"], text): errs.append("vat amount")
    for k in ("subtotal", "total"):
        if not has_amount(e[k], text): errs.append(k)
    if e["discount_total"] != "0.00" and D(e["discount_total"]) != -sum(D(x["amount"]) for x in e["discounts"]): errs.append("discount_total")
    s = sum(D(i["amount"]) for i in e["items"]) + sum(D(x["amount"]) for x in e["discounts"]) + sum(D(x["amount"]) for x in e["taxes"])
    if not e["prices_include_vat"]: s += sum(D(v["amount"]) for v in e["vat"])
    adds = abs(s - D(e["total"])) <= D("0.01")
    if adds == ("totals_mismatch" in e["warnings"]): errs.append(f"totals identity {s} vs {e['total']} disagrees with warnings")
    qrs = decode_qr(pdf)
    if e["qr"] is None:
        if qrs: errs.append("QR found but expected null")
    else:
        objs = [qr_obj(u) for u in qrs]
        if not objs: errs.append("no QR decoded")
        elif any(o != e["qr"] for o in objs): errs.append(f"decoded QR {objs[0]} != expected")
        else:
            q = e["qr"]
            mis = (q["cuit"] != m["cuit"] or q["doc_code"] != {"factura_a": 1, "factura_b": 6, "factura_c": 11}[e["doc_type"]]
                   or q["pos"] != e["pos"] or q["number"] != e["number"] or q["date"] != e["issued_at"] or D(q["total"]) != D(e["total"]))
            if mis != ("qr_mismatch" in e["warnings"]): errs.append("qr_mismatch flag disagrees with the decoded QR")
    return errs, len(qrs)

def main():
    names = sorted(os.path.basename(p)[:-len(".expected.json")] for p in glob.glob(os.path.join(HERE, "*.expected.json")))
    ok = 0
    for n in names:
        errs, nq = check(n)
        print(("PASS " if not errs else "FAIL ") + n + f"  (QR symbols decoded: {nq})" + ("".join("\n    - " + x for x in errs)))
        ok += not errs
    print(f"{ok}/{len(names)} pass")
    sys.exit(0 if ok == len(names) else 1)
main()
