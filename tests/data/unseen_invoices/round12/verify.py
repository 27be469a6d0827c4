"""Checks every round-12 document against its expected file. Never uses the parser.
Usage: python3 verify.py > verify.txt"""
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
KEYS = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
        "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
ITEM_KEYS = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]
QR_KEYS = ["doc_code", "cuit", "pos", "number", "date", "total", "currency", "cae"]


def cuit_ok(c):
    if not (isinstance(c, str) and len(c) == 11 and c.isdigit()):
        return False
    s = sum(int(a) * b for a, b in zip(c[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(c[10])


def gtin_ok(c):
    tot = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(c[:-1])))
    return str((10 - tot % 10) % 10) == c[-1]


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u2212", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s)


def amount_forms(v):
    d = abs(D(v))
    places = max(0, -d.as_tuple().exponent)
    ip, _, fp = f"{d:.{places}f}".partition(".")
    g = "{:,}".format(int(ip))
    forms = {g.replace(",", ".") + ("," + fp if fp else ""), ip + ("," + fp if fp else ""),
             ip + ("." + fp if fp else ""), g + ("." + fp if fp else "")}
    return forms


def has_amount(text, v):
    for f in amount_forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def has_words(text, s, gap=400):
    pos = 0
    for w in norm(s).split():
        i = text.find(w, pos)
        if i < 0 or (pos and i - pos > gap):
            # retry from the first occurrence of the first word is overkill; plain search
            return False
        pos = i + len(w)
    return True


def decode_qrs(pdf):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(td, "p")], check=True)
        out = []
        for png in sorted(glob.glob(os.path.join(td, "*.png"))):
            r = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png],
                               capture_output=True, text=True)
            out += [x for x in r.stdout.splitlines() if x.strip()]
        return out


def qr_to_contract(url):
    m = re.match(r"https://(www\.)?afip\.gob\.ar/fe/qr/\?p=(.+)$", url)
    if not m:
        return None
    j = json.loads(base64.b64decode(m.group(2)))
    fecha = str(j["fecha"])
    if re.match(r"\d\d/\d\d/\d{4}$", fecha):
        fecha = f"{fecha[6:]}-{fecha[3:5]}-{fecha[:2]}"
    mon = str(j["moneda"])
    return {"doc_code": int(j["tipoCmp"]), "cuit": str(j["cuit"]), "pos": int(j["ptoVta"]),
            "number": int(j["nroCmp"]), "date": fecha, "total": str(D(str(j["importe"])).quantize(D("0.01"))),
            "currency": {"PES": "ARS", "DOL": "USD"}.get(mon, mon), "cae": str(j["codAut"])}


def date_forms(iso):
    y, m, d = iso.split("-")
    meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
    return [f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{d}.{m}.{y}", f"{d}-{m}-{y[2:]}",
            f"{int(d)} de {meses[int(m) - 1]} de {y}", iso]


def check(name):
    errs = []
    exp = json.load(open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8"))
    pdf = os.path.join(HERE, name + ".pdf")
    if list(exp) != KEYS:
        errs.append(f"keys {list(exp)}")
    for it in exp["items"]:
        if list(it) != ITEM_KEYS:
            errs.append(f"item keys {list(it)}")
        if it["ean"] and not gtin_ok(it["ean"]):
            errs.append(f"bad GTIN {it['ean']}")
    if exp["qr"] is not None and list(exp["qr"]) != QR_KEYS:
        errs.append("qr keys")
    if list(exp["merchant"]) != ["name", "cuit"]:
        errs.append("merchant keys")
    if not cuit_ok(exp["merchant"]["cuit"]):
        errs.append("merchant CUIT check digit")
    if exp["qr"] and not cuit_ok(exp["qr"]["cuit"]):
        errs.append("QR CUIT check digit")
    # totals identity
    s = sum(D(i["amount"]) for i in exp["items"]) + sum(D(d["amount"]) for d in exp["discounts"]) \
        + sum(D(t["amount"]) for t in exp["taxes"])
    if not exp["prices_include_vat"]:
        s += sum(D(v["amount"]) for v in exp["vat"])
    adds_up = abs(s - D(exp["total"])) <= D("0.01")
    if adds_up == ("totals_mismatch" in exp["warnings"]):
        errs.append(f"totals identity: sum {s} vs total {exp['total']}, warnings {exp['warnings']}")
    if D(exp["discount_total"]) != -sum((D(d["amount"]) for d in exp["discounts"]), D(0)):
        errs.append("discount_total")
    # QR
    urls = decode_qrs(pdf)
    decoded = [qr_to_contract(u) for u in urls]
    if exp["qr"] is None:
        if urls:
            errs.append(f"unexpected QR {urls}")
    else:
        if not decoded or any(x != decoded[0] for x in decoded):
            errs.append(f"QR decode: {urls}")
        elif decoded[0] != exp["qr"]:
            errs.append(f"QR differs: {decoded[0]} vs {exp['qr']}")
        else:
            q = decoded[0]
            differs = (q["cuit"] != exp["merchant"]["cuit"] or q["pos"] != exp["pos"] or q["number"] != exp["number"]
                       or q["date"] != exp["issued_at"] or D(q["total"]) != D(exp["total"])
                       or q["doc_code"] != {"factura_a": 1, "factura_b": 6, "factura_c": 11}[exp["doc_type"]])
            if differs != ("qr_mismatch" in exp["warnings"]):
                errs.append(f"qr_mismatch expectation wrong (differs={differs})")
    if exp["qr"] is None and "qr_mismatch" in exp["warnings"]:
        errs.append("qr_mismatch without QR")
    # text
    text = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                               check=True).stdout)
    miss = []

    def need(ok, what):
        if not ok:
            miss.append(what)
    need(has_words(text, exp["merchant"]["name"]), "merchant name")
    c = exp["merchant"]["cuit"]
    need(c in text or f"{c[:2]}-{c[2:10]}-{c[10]}" in text, "cuit")
    need(re.search(r"(?<!\d)0*%d(?!\d)" % exp["pos"], text) is not None, "pos")
    need(re.search(r"(?<!\d)0*%d(?!\d)" % exp["number"], text) is not None, "number")
    need(any(f in text for f in date_forms(exp["issued_at"])), "date")
    if exp["cae"]:
        need(exp["cae"] in text, "cae")
    if exp["currency"] != "ARS":
        need(exp["currency"] in text, "currency")
    for it in exp["items"]:
        need(has_words(text, it["description"]), f"desc {it['description']!r}")
        if it["ean"]:
            need(it["ean"] in text, f"ean {it['ean']}")
        if it["quantity"]:
            need(has_amount(text, it["quantity"]), f"qty {it['quantity']}")
        if it["unit_price"]:
            need(has_amount(text, it["unit_price"]), f"unit_price {it['unit_price']}")
        if it["vat_rate"]:
            r = D(it["vat_rate"]).normalize()
            need(any(f"{x}%" in text for x in (str(r), str(r).replace(".", ","), it["vat_rate"],
                                                it["vat_rate"].replace(".", ","))), f"rate {r}")
        need(has_amount(text, it["amount"]), f"amount {it['amount']}")
    for d in exp["discounts"] + exp["taxes"]:
        need(has_words(text, d["description"]), f"label {d['description']}")
        need(has_amount(text, d["amount"]), f"amount {d['amount']}")
    for v in exp["vat"]:
        need(has_amount(text, v["amount"]), f"vat {v['amount']}")
    need(has_amount(text, exp["subtotal"]), "subtotal")
    need(has_amount(text, exp["total"]), "total")
    if miss:
        errs.append("not in text: " + "; ".join(miss))
    return errs, len(urls)


def main():
    names = sorted(os.path.basename(p)[:-14] for p in glob.glob(os.path.join(HERE, "*.expected.json")))
    ok = 0
    for n in names:
        if not os.path.exists(os.path.join(HERE, n + ".pdf")):
            print(f"FAIL {n}: no PDF")
            continue
        errs, nqr = check(n)
        exp = json.load(open(os.path.join(HERE, n + ".expected.json"), encoding="utf-8"))
        if errs:
            print(f"FAIL {n}: " + " | ".join(errs))
        else:
            ok += 1
            print(f"ok   {n}: {len(exp['items'])} items, total {exp['total']}, QR decoded x{nqr}, "
                  f"warnings {exp['warnings']}")
    print(f"{ok}/{len(names)} pass")
    return 0 if ok == len(names) else 1


if __name__ == "__main__":
    sys.exit(main())
