#!/usr/bin/env python3
"""Checks of the round 15 set (standard library + poppler-utils + zbar-tools; never the parser).

python3 verify.py [DIR]  -> one line per document, then a summary; exit status 1 when any check fails.
"""
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

TOP = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
       "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
ITEM = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]
QR = ["doc_code", "cuit", "pos", "number", "date", "total", "currency", "cae"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def cuit_ok(c):
    if not (isinstance(c, str) and re.fullmatch(r"\d{11}", c)):
        return False
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(c, w))
    k = 11 - s % 11
    k = 0 if k == 11 else k
    return k != 10 and k == int(c[10])


def gtin_ok(e):
    if not re.fullmatch(r"\d{8,14}", e):
        return False
    body, chk = e[:-1], int(e[-1])
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - s % 10) % 10 == chk


def norm(t):
    t = unicodedata.normalize("NFKC", t)
    t = t.replace("\u2212", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", t)


def amount_forms(v):
    v = abs(D(v))
    s = f"{v:f}"
    ip, _, fp = s.partition(".")
    grp = f"{int(ip):,}"
    if fp:
        return {grp.replace(",", ".") + "," + fp, ip + "," + fp, ip + "." + fp, grp + "." + fp}
    return {grp.replace(",", "."), ip}


def has_amount(text, v):
    for f in amount_forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def has_words(text, s):
    """The words of s in order, each within 400 characters of the previous one (wrapped cells)."""
    words = norm(s).split()
    for m in re.finditer(re.escape(words[0]), text):
        pos = m.end()
        ok = True
        for w in words[1:]:
            j = text.find(w, pos)
            if j < 0 or j - pos > 400:
                ok = False
                break
            pos = j + len(w)
        if ok:
            return True
    return False


def rate_forms(r):
    r = D(r)
    n = f"{r.normalize():f}".replace(".", ",")
    return [n + "%", n + " %", f"{r:.2f}".replace(".", ",")]


def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{d}.{m}.{y}", f"{d}/{m}/{y[2:]}",
            f"{int(d)} de {MESES[int(m) - 1]} de {y}"]


def decode_qrs(pdf):
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(tmp, "p")], check=True)
        for png in sorted(glob.glob(os.path.join(tmp, "p*.png"))):
            r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", png],
                               capture_output=True, text=True)
            out += [ln for ln in r.stdout.splitlines() if ln.strip()]
    return out


def qr_to_contract(url):
    m = re.match(r"https://(www\.)?afip\.gob\.ar/fe/qr/\?p=(.+)$", url.strip())
    if not m:
        return {"undecodable": url}
    j = json.loads(base64.b64decode(m.group(2)))
    f = j["fecha"]
    if re.fullmatch(r"\d{2}/\d{2}/\d{4}", f):
        f = f"{f[6:]}-{f[3:5]}-{f[:2]}"
    cur = {"PES": "ARS", "DOL": "USD"}.get(j["moneda"], j["moneda"])
    return {"doc_code": int(j["tipoCmp"]), "cuit": str(j["cuit"]), "pos": int(j["ptoVta"]),
            "number": int(j["nroCmp"]), "date": f, "total": f"{D(str(j['importe'])):.2f}", "currency": cur,
            "cae": str(j["codAut"])}


def check(pdf, exp_path):
    errs = []
    e = json.load(open(exp_path, encoding="utf-8"))
    if list(e) != TOP:
        errs.append("top-level keys/order")
    if list(e["merchant"]) != ["name", "cuit"]:
        errs.append("merchant keys")
    for i, it in enumerate(e["items"], 1):
        if list(it) != ITEM:
            errs.append(f"item {i} keys")
        if it["line"] != i:
            errs.append(f"item {i} line number")
    for k in ("discounts", "taxes"):
        for x in e[k]:
            if list(x) != ["description", "amount"]:
                errs.append(f"{k} keys")
    for x in e["vat"]:
        if list(x) != ["rate", "amount"]:
            errs.append("vat keys")
    if e["qr"] is not None and list(e["qr"]) != QR:
        errs.append("qr keys")
    if not cuit_ok(e["merchant"]["cuit"]):
        errs.append("merchant CUIT check digit")
    if e["qr"] and not cuit_ok(e["qr"]["cuit"]):
        errs.append("qr CUIT check digit")
    for it in e["items"]:
        if it["ean"] and not gtin_ok(it["ean"]):
            errs.append(f"EAN {it['ean']}")
    # totals identity of CONTRACT.md
    s = sum(D(it["amount"]) for it in e["items"]) + sum(D(x["amount"]) for x in e["discounts"]) \
        + sum(D(x["amount"]) for x in e["taxes"])
    if not e["prices_include_vat"]:
        s += sum(D(x["amount"]) for x in e["vat"])
    ident = abs(s - D(e["total"])) <= D("0.01")
    if ident == ("totals_mismatch" in e["warnings"]):
        errs.append(f"totals identity {s} vs {e['total']} disagrees with warnings")
    if D(e["discount_total"]) != -sum((D(x["amount"]) for x in e["discounts"]), D(0)):
        errs.append("discount_total")
    # QR: every decoded code equals the expected qr; qr_mismatch exactly where it differs from the print
    urls = decode_qrs(pdf)
    decoded = [qr_to_contract(u) for u in urls]
    if e["qr"] is None:
        if decoded:
            errs.append("QR decoded where qr is null")
        if "qr_mismatch" in e["warnings"]:
            errs.append("qr_mismatch without QR")
    else:
        if not decoded:
            errs.append("no QR decoded")
        for q in decoded:
            if q != e["qr"]:
                errs.append(f"decoded QR {q} != expected")
        printed = {"doc_code": {"factura_a": 1, "factura_b": 6, "factura_c": 11}[e["doc_type"]],
                   "cuit": e["merchant"]["cuit"], "pos": e["pos"], "number": e["number"], "date": e["issued_at"],
                   "total": f"{D(e['total']):.2f}"}
        mism = any(decoded[0].get(k) != v for k, v in printed.items()) if decoded else False
        if mism != ("qr_mismatch" in e["warnings"]):
            errs.append("qr_mismatch flag disagrees with decoded QR")
    # printed text
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    t = norm(raw)
    if not has_words(t, e["merchant"]["name"]):
        errs.append("merchant name not in text")
    c = e["merchant"]["cuit"]
    if c not in t and f"{c[:2]}-{c[2:10]}-{c[10]}" not in t:
        errs.append("merchant CUIT not in text")
    if not re.search(r"(?<!\d)0*%d(?!\d)" % e["pos"], t):
        errs.append("pos")
    if not re.search(r"(?<!\d)0*%d(?!\d)" % e["number"], t):
        errs.append("number")
    if not any(f in t for f in date_forms(e["issued_at"])):
        errs.append("date not printed")
    if e["cae"] and e["cae"] not in t:
        errs.append("CAE")
    if e["currency"] != "ARS" and e["currency"] not in t:
        errs.append("currency")
    for it in e["items"]:
        if not has_words(t, it["description"]):
            errs.append(f"description {it['description']!r}")
        if it["ean"] and it["ean"] not in t:
            errs.append(f"ean {it['ean']}")
        for k in ("quantity", "unit_price", "amount"):
            if it[k] is not None and not has_amount(t, it[k]):
                errs.append(f"item {it['line']} {k} {it[k]}")
        if it["vat_rate"] and not any(f in t for f in rate_forms(it["vat_rate"])):
            errs.append(f"item {it['line']} rate")
    for k in ("discounts", "taxes"):
        for x in e[k]:
            if not has_words(t, x["description"]) or not has_amount(t, x["amount"]):
                errs.append(f"{k} {x}")
    for x in e["vat"]:
        if not has_amount(t, x["amount"]) or not any(f in t for f in rate_forms(x["rate"])):
            errs.append(f"vat {x}")
    for k in ("subtotal", "total"):
        if not has_amount(t, e[k]):
            errs.append(k)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return errs, pages, len(urls)


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    pdfs = sorted(glob.glob(os.path.join(d, "*.pdf")))
    bad = 0
    for pdf in pdfs:
        name = os.path.basename(pdf)[:-4]
        exp = os.path.join(d, name + ".expected.json")
        errs, pages, nqr = check(pdf, exp)
        w = json.load(open(exp, encoding="utf-8"))["warnings"]
        print(f"{'PASS' if not errs else 'FAIL'} {name} pages={pages} qr_decoded={nqr} warnings={w}"
              + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{len(pdfs) - bad}/{len(pdfs)} pass")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
