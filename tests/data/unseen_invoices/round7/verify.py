"""Round 7 self-check (does NOT use the parser). python verify.py > verify.txt

For every NAME.expected.json beside NAME.pdf:
 - every key of the contract, in order;
 - merchant / buyer CUIT check digits; EAN-13 check digits;
 - the CONTRACT.md totals identity: items + discounts + taxes (+ vat when prices_include_vat is false) == total
   within 0.01, failing exactly on files that expect totals_mismatch;
 - printed strings in `pdftotext -layout` text. Normalisation: whitespace collapsed; U+00AD (soft hyphen, which Scribus
   writes in its ToUnicode map for '-') and U+2010/2011 read as '-'. Descriptions and the merchant name: every word
   found in order within a window (a wrapped cell has other columns' text between its lines). Money: the expected
   decimal is looked up in its printed forms (1.234,56 / 1234,56 / 1234.56). Dates: dd/mm/yyyy, dd-mm-yy, dd.mm.yyyy,
   dd-mm-yyyy or '5 de octubre de 2026'. CUIT: dashed form. pos/number: zero-padded digits.
 - QR: every page rendered with `pdftoppm -r 200`, decoded with `zbarimg`; the AFIP payload decoded (lenient, as
   NOTES.md rule 15) must equal `qr` exactly; no QR must be found where `qr` is null;
 - qr_mismatch expected exactly when the QR differs from the printed cuit / pos / number / date / total.
"""
import base64
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import cuit_ok, ean_dv, MESES  # noqa: E402

KEYS = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
        "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = s.replace("\u00ad", "-").replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s)


def words_in_order(text, phrase, window=600):
    ws = phrase.split()
    start = 0
    while True:
        p = text.find(ws[0], start)
        if p < 0:
            return False
        pos, ok = p + len(ws[0]), True
        for w in ws[1:]:
            q = text.find(w, pos)
            if q < 0 or q - p > window:
                ok = False
                break
            pos = q + len(w)
        if ok:
            return True
        start = p + 1


def money_forms(v):
    d = D(v)
    s = f"{abs(d):.{max(0, -d.as_tuple().exponent)}f}"
    ip, _, fp = s.partition(".")
    g = ip
    grp = ""
    while len(g) > 3:
        grp = "." + g[-3:] + grp
        g = g[:-3]
    g += grp
    forms = {f"{g},{fp}" if fp else g, f"{ip},{fp}" if fp else ip, f"{ip}.{fp}" if fp else ip}
    return forms


def has_money(text, v):
    return any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d])", text) for f in money_forms(v))


def date_forms(iso):
    y, m, d = map(int, iso.split("-"))
    return [f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y % 100:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}",
            f"{d} de {MESES[m - 1]} de {y}"]


def decode_qrs(pdf):
    out = []
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(td, "p")], check=True)
        for png in sorted(glob.glob(os.path.join(td, "p*.png"))):
            r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", png], capture_output=True, text=True)
            out += [l for l in r.stdout.splitlines() if l.strip()]
    return out


def qr_obj(url):
    m = re.match(r"https://(www\.)?afip\.gob\.ar/fe/qr/\?p=(.*)$", url)
    if not m:
        return None
    js = json.loads(base64.b64decode(m.group(2)).decode())
    f = js.get("fecha")
    if f and re.match(r"\d\d/\d\d/\d{4}$", f):
        f = f"{f[6:]}-{f[3:5]}-{f[:2]}"
    mon = js.get("moneda")
    return {"doc_code": int(js["tipoCmp"]), "cuit": str(js["cuit"]), "pos": int(js["ptoVta"]), "number": int(js["nroCmp"]),
            "date": f, "total": f"{D(str(js['importe'])):.2f}",
            "currency": {"PES": "ARS", "DOL": "USD"}.get(mon, mon), "cae": str(js["codAut"]) if "codAut" in js else None}


def check(name):
    errs = []
    exp = json.load(open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8"))
    pdf = os.path.join(HERE, name + ".pdf")
    if list(exp) != KEYS:
        errs.append("keys/order")
    text = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    m = exp["merchant"]
    if not cuit_ok(m["cuit"]):
        errs.append("merchant cuit check digit")
    dashed = f"{m['cuit'][:2]}-{m['cuit'][2:10]}-{m['cuit'][10]}"
    if dashed not in text:
        errs.append("cuit not printed")
    if not words_in_order(text, m["name"]):
        errs.append("merchant name")
    for pat in (r"0*%d\s?-\s?0*%d\b" % (exp["pos"], exp["number"]), r"Venta: 0*%d\s+Comp\. Nro: 0*%d\b" % (exp["pos"], exp["number"]),
                r"Vta\.: 0*%d - Nro\.: 0*%d\b" % (exp["pos"], exp["number"])):
        if re.search(pat, text):
            break
    else:
        errs.append("pos/number")
    if not any(f in text for f in date_forms(exp["issued_at"])):
        errs.append("date")
    if exp["cae"] not in text:
        errs.append("cae")
    if exp["currency"] == "USD" and "USD" not in text:
        errs.append("currency")
    for it in exp["items"]:
        if not words_in_order(text, it["description"]):
            errs.append(f"item {it['line']} description")
        for k in ("unit_price", "amount"):
            if it[k] is not None and not has_money(text, it[k]):
                errs.append(f"item {it['line']} {k}")
        if it["quantity"] is not None and not has_money(text, it["quantity"]):
            errs.append(f"item {it['line']} quantity")
        if it["ean"]:
            e = it["ean"]
            if not (len(e) == 13 and int(e[-1]) == ean_dv(e[:12]) and e in text):
                errs.append(f"item {it['line']} ean")
        if it["vat_rate"] is not None:
            r = D(it["vat_rate"])
            forms = [f"{r:.2f}".replace(".", ",") + "%", (f"{r:.1f}".replace(".", ",") if r != r.to_integral() else f"{int(r)}") + "%"]
            if not any(f in text for f in forms):
                errs.append(f"item {it['line']} vat_rate")
    for d in exp["discounts"]:
        if not words_in_order(text, d["description"]) or not has_money(text, d["amount"]):
            errs.append("discount " + d["description"])
    for t in exp["taxes"]:
        if not words_in_order(text, t["description"]) or not has_money(text, t["amount"]):
            errs.append("tax " + t["description"])
    for v in exp["vat"]:
        if not has_money(text, v["amount"]):
            errs.append("vat " + v["rate"])
    for k in ("subtotal", "total"):
        if not has_money(text, exp[k]):
            errs.append(k)
    # totals identity
    s = sum((D(i["amount"]) for i in exp["items"]), D(0)) + sum((D(d["amount"]) for d in exp["discounts"]), D(0)) \
        + sum((D(t["amount"]) for t in exp["taxes"]), D(0))
    if not exp["prices_include_vat"]:
        s += sum((D(v["amount"]) for v in exp["vat"]), D(0))
    ident = abs(s - D(exp["total"])) <= D("0.01")
    if ident == ("totals_mismatch" in exp["warnings"]):
        errs.append(f"totals identity {s} vs {exp['total']}")
    if D(exp["discount_total"]) != -sum((D(d["amount"]) for d in exp["discounts"]), D(0)):
        errs.append("discount_total")
    # QR
    codes = decode_qrs(pdf)
    objs = {json.dumps(qr_obj(c), sort_keys=True) for c in codes if qr_obj(c)}
    if exp["qr"] is None:
        if objs:
            errs.append("unexpected QR")
        qrdesc = "no QR"
    else:
        if objs != {json.dumps(exp["qr"], sort_keys=True)}:
            errs.append(f"QR decoded {objs}")
        q = exp["qr"]
        mism = (q["cuit"] != m["cuit"] or q["pos"] != exp["pos"] or q["number"] != exp["number"]
                or q["date"] != exp["issued_at"] or D(q["total"]) != D(exp["total"])
                or q["doc_code"] != {"factura_a": 1, "factura_b": 6, "factura_c": 11}[exp["doc_type"]])
        if mism != ("qr_mismatch" in exp["warnings"]):
            errs.append("qr_mismatch flag")
        qrdesc = f"QR ok ({len(codes)} found)"
    pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    npages = re.search(r"Pages:\s+(\d+)", pages).group(1)
    return errs, f"{npages}p, {len(exp['items'])} items, {qrdesc}, warnings={exp['warnings']}"


def main():
    names = sorted(os.path.basename(p)[:-len(".expected.json")] for p in glob.glob(os.path.join(HERE, "*.expected.json")))
    ok = 0
    for n in names:
        errs, info = check(n)
        if errs:
            print(f"FAIL {n}: {info}: " + "; ".join(errs))
        else:
            ok += 1
            print(f"ok   {n}: {info}")
    print(f"{ok}/{len(names)} files pass")
    print(f"{ok} passed, {len(names) - ok} failed")
    return 0 if ok == len(names) else 1


if __name__ == "__main__":
    sys.exit(main())
