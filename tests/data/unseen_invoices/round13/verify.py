"""Checks the round-13 set without any parser: python3 verify.py > verify.txt"""
import base64
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
       "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
ITEM = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]
QRK = ["doc_code", "cuit", "pos", "number", "date", "total", "currency", "cae"]
CODE = {"factura_a": 1, "factura_b": 6, "factura_c": 11}


def cuit_ok(c):
    if not (isinstance(c, str) and len(c) == 11 and c.isdigit()):
        return False
    s = sum(int(a) * b for a, b in zip(c[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    r = {11: 0, 10: None}.get(r, r)
    return r == int(c[10])


def gtin_ok(code):
    body, chk = code[:-1], int(code[-1])
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - s % 10) % 10 == chk


def norm(t):
    t = unicodedata.normalize("NFKC", t).replace("\u2212", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", t)


def money_forms(v):
    v = abs(D(v))
    s = f"{v:.2f}"
    ip, dp = s.split(".")
    g = "{:,}".format(int(ip))
    return {g.replace(",", ".") + "," + dp, ip + "," + dp, ip + "." + dp, g + "." + dp}


def has_amount(text, v):
    for f in money_forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d])", text):
            return True
    return False


def words_in_order(text, s, gap=400):
    """The words of s in order, each within gap characters of the previous one (wrapped cells)."""
    words = norm(s).split()
    start = text.find(words[0])
    while start >= 0:
        pos, ok = start + len(words[0]), True
        for w in words[1:]:
            i = text.find(w, pos)
            if i < 0 or i - pos > gap:
                ok = False
                break
            pos = i + len(w)
        if ok:
            return True
        start = text.find(words[0], start + 1)
    return False


def decode_qr(url):
    p = url.split("?p=", 1)[1]
    js = json.loads(base64.b64decode(p + "=" * (-len(p) % 4)).decode())
    f = js.get("fecha")
    if f and re.match(r"\d\d/\d\d/\d{4}$", str(f)):
        f = f"{f[6:]}-{f[3:5]}-{f[:2]}"
    cur = {"PES": "ARS", "DOL": "USD"}.get(str(js.get("moneda")), js.get("moneda"))
    g = lambda k, fn: None if js.get(k) is None else fn(js[k])
    return {"doc_code": g("tipoCmp", int), "cuit": g("cuit", lambda x: str(int(x))), "pos": g("ptoVta", int),
            "number": g("nroCmp", int), "date": f, "total": g("importe", lambda x: f"{D(str(x)):.2f}"),
            "currency": cur, "cae": g("codAut", lambda x: str(int(x)))}


def qrs_of(pdf):
    with tempfile.TemporaryDirectory(dir=os.environ.get("R13_WORK", "/work/round13-scratch")) as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(td, "p")], check=True)
        found = []
        for png in sorted(glob.glob(os.path.join(td, "p*.png"))):
            r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", png],
                               capture_output=True, text=True)
            found += [l for l in r.stdout.splitlines() if "/fe/qr/" in l]
        return found


def check(name):
    errs = []
    raw = open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8").read()
    e = json.loads(raw)
    pdf = os.path.join(HERE, name + ".pdf")
    if list(e) != TOP:
        errs.append("top-level keys not in contract order")
    if list(e["merchant"]) != ["name", "cuit"]:
        errs.append("merchant keys")
    for it in e["items"]:
        if list(it) != ITEM:
            errs.append(f"item {it.get('line')} keys")
        if it["ean"] and not (8 <= len(it["ean"]) <= 14 and gtin_ok(it["ean"])):
            errs.append(f"item {it['line']} ean check digit")
    for k, sub in (("discounts", ["description", "amount"]), ("vat", ["rate", "amount"]), ("taxes", ["description", "amount"])):
        for x in e[k]:
            if list(x) != sub:
                errs.append(f"{k} keys")
    if e["qr"] is not None and list(e["qr"]) != QRK:
        errs.append("qr keys")
    if [it["line"] for it in e["items"]] != list(range(1, len(e["items"]) + 1)):
        errs.append("line numbers")
    # CUIT check digits
    if not cuit_ok(e["merchant"]["cuit"]):
        errs.append("merchant CUIT check digit")
    if e["qr"] and not cuit_ok(e["qr"]["cuit"]):
        errs.append("QR CUIT check digit")
    # totals identity
    s = sum(D(i["amount"]) for i in e["items"]) + sum(D(d["amount"]) for d in e["discounts"]) + \
        sum(D(t["amount"]) for t in e["taxes"])
    if not e["prices_include_vat"]:
        s += sum(D(v["amount"]) for v in e["vat"])
    mismatch = abs(s - D(e["total"])) > D("0.01")
    if mismatch != ("totals_mismatch" in e["warnings"]):
        errs.append(f"totals identity {s} vs {e['total']} disagrees with warnings")
    if D(e["discount_total"]) != -sum((D(d["amount"]) for d in e["discounts"]), D(0)):
        errs.append("discount_total")
    # QR decoded from the page images
    found = qrs_of(pdf)
    decoded = [decode_qr(u) for u in found]
    if e["qr"] is None:
        if decoded:
            errs.append("a QR was decoded but qr is null")
    else:
        if not decoded:
            errs.append("no QR decoded")
        for d in decoded:
            if d != e["qr"]:
                errs.append(f"decoded QR {d} != expected {e['qr']}")
    qr_diff = False
    if decoded:
        d = decoded[0]
        printed = {"doc_code": CODE[e["doc_type"]], "cuit": e["merchant"]["cuit"], "pos": e["pos"], "number": e["number"],
                   "date": e["issued_at"][:10], "total": f"{D(e['total']):.2f}"}
        qr_diff = any(d[k] != v for k, v in printed.items())
    if qr_diff != ("qr_mismatch" in e["warnings"]):
        errs.append("qr_mismatch expectation disagrees with the decoded QR")
    # text layer
    text = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []

    def need(ok, what):
        if not ok:
            missing.append(what)
    m = e["merchant"]
    need(words_in_order(text, m["name"]), "merchant name")
    c = m["cuit"]
    need(c in text or f"{c[:2]}-{c[2:10]}-{c[10]}" in text, "merchant cuit")
    need(re.search(r"(?<!\d)0*%d(?!\d)" % e["pos"], text) is not None, "pos")
    need(re.search(r"(?<!\d)0*%d(?!\d)" % e["number"], text) is not None, "number")
    y, mo, dd = e["issued_at"][:10].split("-")
    need(any(f in text for f in (f"{dd}/{mo}/{y}", f"{dd}-{mo}-{y}", f"{dd}.{mo}.{y}", f"{dd}/{mo}/{y[2:]}", e["issued_at"][:10])), "date")
    if e["cae"]:
        need(e["cae"] in text, "cae")
    if e["currency"] != "ARS":
        need(e["currency"] in text, "currency")
    for it in e["items"]:
        need(words_in_order(text, it["description"]), f"item {it['line']} description")
        if it["ean"]:
            need(it["ean"] in text, f"item {it['line']} ean")
        if it["quantity"] is not None:
            q = it["quantity"]
            need(re.search(r"(?<![\d.,])(%s|%s)(?![\d])" % (re.escape(q), re.escape(q.replace(".", ","))), text) is not None,
                 f"item {it['line']} quantity")
        if it["unit_price"] is not None:
            need(has_amount(text, it["unit_price"]), f"item {it['line']} unit_price")
        if it["vat_rate"] is not None:
            r = D(it["vat_rate"])
            need(any(f in text for f in ({D(21): ["21%"], D("10.5"): ["10,5%"], D(27): ["27%"], D(0): ["0%"]}.get(r, [f"{r}%"]))),
                 f"item {it['line']} vat_rate")
        need(has_amount(text, it["amount"]), f"item {it['line']} amount")
    for x in e["discounts"] + e["taxes"]:
        need(words_in_order(text, x["description"]), f"label {x['description']}")
        need(has_amount(text, x["amount"]), f"amount of {x['description']}")
    for v in e["vat"]:
        need(has_amount(text, v["amount"]), f"vat {v['rate']}")
    need(has_amount(text, e["subtotal"]), "subtotal")
    need(has_amount(text, e["total"]), "total")
    if missing:
        errs.append("not in pdftotext text: " + ", ".join(missing))
    pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    npages = re.search(r"Pages:\s+(\d+)", pages).group(1)
    prod = re.search(r"(Producer|Creator):\s+(.*)", pages)
    return errs, npages, (prod.group(2).strip() if prod else "-"), len(decoded), e["warnings"]


def main():
    names = sorted(os.path.basename(p)[:-14] for p in glob.glob(os.path.join(HERE, "*.expected.json")))
    ok = 0
    print("round 13 verification (no parser): keys in contract order, CUIT/GTIN check digits, totals identity,")
    print("QR decoded with zbarimg from pdftoppm -r 200 renders, qr_mismatch expectation, pdftotext -layout text")
    print()
    for n in names:
        errs, np_, prod, nq, w = check(n)
        status = "PASS" if not errs else "FAIL"
        ok += not errs
        print(f"{status} {n}  pages={np_} qr_decoded={nq} warnings={w} producer={prod}")
        for x in errs:
            print("     - " + x)
    print()
    print(f"{ok} passed, {len(names) - ok} failed")
    return 0 if ok == len(names) else 1


if __name__ == "__main__":
    sys.exit(main())
