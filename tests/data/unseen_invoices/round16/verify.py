#!/usr/bin/env python3
"""Round 16 checks (standard library + poppler-utils + zbar-tools; no parser)."""
import base64, glob, json, os, re, subprocess, sys, tempfile, unicodedata
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
       "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
ITEM = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]
QRK = ["doc_code", "cuit", "pos", "number", "date", "total", "currency", "cae"]
CODE = {"factura_a": 1, "factura_b": 6, "factura_c": 11}

def cuit_ok(c):
    if not c or not re.fullmatch(r"\d{11}", c): return False
    s = sum(int(a) * b for a, b in zip(c[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])); r = 11 - s % 11
    return r != 10 and (0 if r == 11 else r) == int(c[10])

def gtin_ok(e):
    b, c = e[:-1], int(e[-1]); s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(b)))
    return (10 - s % 10) % 10 == c

def norm(t):
    t = unicodedata.normalize("NFKC", t).replace("\u2212", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", t)

def amount_forms(x):
    x = abs(D(x)); s = f"{x:f}"; ent, _, dec = s.partition(".")
    g = ent; gg = ""
    while len(g) > 3: gg = "." + g[-3:] + gg; g = g[:-3]
    dotted = g + gg; comma = gg.replace(".", ",")
    out = {ent + ("," + dec if dec else ""), dotted + ("," + dec if dec else ""), ent + ("." + dec if dec else ""),
           g + comma + ("." + dec if dec else "")}
    return out

def has_amount(text, x):
    for f in amount_forms(x):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text): return True
    return False

def has_words(text, s):
    words = s.split()
    starts = [m.start() for m in re.finditer(re.escape(words[0]), text)]
    for st in starts:
        pos = st + len(words[0]); ok = True
        for w in words[1:]:
            i = text.find(w, pos)
            if i < 0 or i - pos > 400: ok = False; break
            pos = i + len(w)
        if ok: return True
    return False

def decode_qr(pdf):
    out = []
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(td, "p")], check=True)
        for png in sorted(glob.glob(os.path.join(td, "p*.png"))):
            r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", png], capture_output=True, text=True)
            out += [l for l in r.stdout.splitlines() if l.strip()]
    return out

def qr_reading(url):
    m = re.match(r"https://(www\.)?afip\.gob\.ar/fe/qr/\?p=(.*)$", url)
    j = json.loads(base64.b64decode(m.group(2)))
    f = str(j["fecha"])
    if re.fullmatch(r"\d\d/\d\d/\d{4}", f): f = f"{f[6:]}-{f[3:5]}-{f[:2]}"
    mon = str(j["moneda"]); mon = {"PES": "ARS", "DOL": "USD"}.get(mon, mon)
    return {"doc_code": int(j["tipoCmp"]), "cuit": str(j["cuit"]), "pos": int(j["ptoVta"]), "number": int(j["nroCmp"]),
            "date": f, "total": f"{D(str(j['importe'])):.2f}", "currency": mon, "cae": str(j["codAut"])}

def date_forms(iso):
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    months = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
    return [f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
            f"{d} de {months[m-1]} de {y}"]

def check(name):
    errs = []
    E = json.load(open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8"))
    pdf = os.path.join(HERE, name + ".pdf")
    if list(E) != TOP: errs.append("top-level keys/order")
    if list(E["merchant"]) != ["name", "cuit"]: errs.append("merchant keys")
    for i, it in enumerate(E["items"], 1):
        if list(it) != ITEM: errs.append(f"item {i} keys")
        if it["line"] != i: errs.append(f"line numbering {i}")
        if it["ean"] and not gtin_ok(it["ean"]): errs.append(f"ean check digit {it['ean']}")
    for k, ks in (("discounts", ["description", "amount"]), ("vat", ["rate", "amount"]), ("taxes", ["description", "amount"])):
        for x in E[k]:
            if list(x) != ks: errs.append(f"{k} keys")
    if E["qr"] is not None and list(E["qr"]) != QRK: errs.append("qr keys")
    if not cuit_ok(E["merchant"]["cuit"]): errs.append("merchant cuit check digit")
    if E["qr"] and not cuit_ok(E["qr"]["cuit"]): errs.append("qr cuit check digit")
    # totals identity
    s = sum(D(i["amount"]) for i in E["items"]) + sum(D(x["amount"]) for x in E["discounts"]) + sum(D(x["amount"]) for x in E["taxes"])
    if not E["prices_include_vat"]: s += sum(D(x["amount"]) for x in E["vat"])
    mism = abs(s - D(E["total"])) > D("0.01")
    if mism != ("totals_mismatch" in E["warnings"]): errs.append(f"totals identity {s} vs {E['total']}")
    if D(E["discount_total"]) != -sum((D(x["amount"]) for x in E["discounts"]), D(0)): errs.append("discount_total")
    # QR
    dec = decode_qr(pdf)
    if E["qr"] is None:
        if dec: errs.append("QR decoded where none expected")
    else:
        if not dec: errs.append("no QR decoded")
        for u in dec:
            if qr_reading(u) != E["qr"]: errs.append(f"QR differs: {qr_reading(u)}")
        q = E["qr"]; printed = {"doc_code": CODE[E["doc_type"]], "cuit": E["merchant"]["cuit"], "pos": E["pos"],
                                "number": E["number"], "date": E["issued_at"], "total": f"{D(E['total']):.2f}"}
        qm = any(q[k] != v for k, v in printed.items())
        if qm != ("qr_mismatch" in E["warnings"]): errs.append("qr_mismatch flag")
    # text presence
    T = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    def need(cond, what):
        if not cond: errs.append("not in text: " + what)
    need(has_words(T, E["merchant"]["name"]), "merchant name")
    c = E["merchant"]["cuit"]; need(c in T or f"{c[:2]}-{c[2:10]}-{c[10]}" in T, "cuit")
    need(re.search(r"(?<!\d)0*%d(?!\d)" % E["pos"], T) is not None, "pos")
    need(re.search(r"(?<!\d)0*%d(?!\d)" % E["number"], T) is not None, "number")
    need(any(f in T for f in date_forms(E["issued_at"])), "date")
    if E["cae"]: need(E["cae"] in T, "cae")
    if E["currency"] != "ARS": need(E["currency"] in T, "currency")
    for it in E["items"]:
        need(has_words(T, it["description"]), "description " + it["description"])
        if it["ean"]: need(it["ean"] in T, "ean " + it["ean"])
        for k in ("quantity", "unit_price", "amount"):
            if it[k] is not None: need(has_amount(T, it[k]), f"{k} {it[k]} line {it['line']}")
        if it["vat_rate"]:
            r = D(it["vat_rate"]); need(any(f in T for f in (f"{r.normalize():f}".replace(".", ",") + "%", f"{r:.2f}".replace(".", ","))), "vat_rate")
    for x in E["discounts"] + E["taxes"]:
        need(has_words(T, x["description"]), "label " + x["description"]); need(has_amount(T, x["amount"]), "amount " + x["amount"])
    for x in E["vat"]: need(has_amount(T, x["amount"]), "vat " + x["amount"])
    need(has_amount(T, E["subtotal"]), "subtotal"); need(has_amount(T, E["total"]), "total")
    return errs, len(dec)

def main():
    names = sorted(os.path.basename(p)[:-len(".expected.json")] for p in glob.glob(os.path.join(HERE, "*.expected.json")))
    bad = 0
    for n in names:
        errs, nq = check(n)
        print(("PASS " if not errs else "FAIL ") + n + f"  (QR decoded: {nq})" + "".join("\n    " + e for e in errs))
        bad += bool(errs)
    print(f"\n{len(names) - bad}/{len(names)} pass")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
