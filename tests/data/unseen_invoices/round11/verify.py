"""Round 11 verification without the parser: python verify.py > verify.txt
Checks every NAME.expected.json against NAME.pdf with poppler (pdftotext -layout, pdftoppm -r 200) and zbarimg."""
import base64, glob, json, os, re, subprocess, sys, tempfile, unicodedata, datetime
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
        "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
IKEYS = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]
QKEYS = ["doc_code", "cuit", "pos", "number", "date", "total", "currency", "cae"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u2212", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s)


def cuit_ok(c):
    if not (isinstance(c, str) and len(c) == 11 and c.isdigit()):
        return False
    s = sum(int(a) * b for a, b in zip(c[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    r = {11: 0}.get(r, r)
    return r != 10 and r == int(c[10])


def amount_forms(v):
    v = abs(D(v))
    ip, dp = f"{v:.2f}".split(".")
    g = ip
    grp = ""
    while len(g) > 3:
        grp = "." + g[-3:] + grp
        g = g[:-3]
    grp = g + grp
    forms = {f"{grp},{dp}", f"{ip},{dp}", f"{ip}.{dp}", f"{grp.replace('.', ',')}.{dp}"}
    if D(v) == D(v).to_integral():
        forms.add(ip)
    return forms


def has_amount(text, v):
    for f in amount_forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def has_qty(text, v):
    v = D(v)
    forms = {f"{v:.3f}".replace(".", ","), f"{v:.3f}", f"{v:.2f}".replace(".", ","), f"{v:.2f}"}
    if v == v.to_integral():
        forms.add(str(int(v)))
    return any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d])", text) for f in forms)


def words_in_order(text, s, gap=400):
    ws = norm(s).split()
    start = text.find(ws[0])
    while start >= 0:
        pos, ok = start + len(ws[0]), True
        for w in ws[1:]:
            i = text.find(w, pos)
            if i < 0 or i - pos > gap:
                ok = False
                break
            pos = i + len(w)
        if ok:
            return True
        start = text.find(ws[0], start + 1)
    return False


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    return [d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%y"), d.strftime("%d.%m.%Y"), d.strftime("%d-%m-%Y"),
            f"{d.day} de {MESES[d.month - 1]} de {d.year}"]


def decode_qrs(pdf):
    with tempfile.TemporaryDirectory() as t:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(t, "p")], check=True)
        out = set()
        for png in sorted(glob.glob(os.path.join(t, "p*.png"))):
            r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", png], capture_output=True, text=True)
            for line in r.stdout.splitlines():
                if line.strip():
                    out.add(line.strip())
        return out


def qr_obj(payload):
    m = re.match(r"https://(www\.)?afip\.gob\.ar/fe/qr/\?p=(.*)$", payload)
    if not m:
        return None
    j = json.loads(base64.b64decode(m.group(2)))
    f = str(j.get("fecha"))
    if "/" in f:
        f = datetime.datetime.strptime(f, "%d/%m/%Y").date().isoformat()
    mon = str(j.get("moneda"))
    return {"doc_code": int(j["tipoCmp"]), "cuit": str(j["cuit"]), "pos": int(j["ptoVta"]), "number": int(j["nroCmp"]),
            "date": f, "total": f"{D(str(j['importe'])):.2f}", "currency": {"PES": "ARS", "DOL": "USD"}.get(mon, mon),
            "cae": str(j["codAut"])}


def check(name):
    errs = []
    exp = json.load(open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8"))
    pdf = os.path.join(HERE, name + ".pdf")
    if list(exp) != KEYS:
        errs.append("keys/order")
    for it in exp["items"]:
        if list(it) != IKEYS:
            errs.append(f"item keys line {it.get('line')}")
    if exp["qr"] is not None and list(exp["qr"]) != QKEYS:
        errs.append("qr keys")
    text = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    m = exp["merchant"]
    if not cuit_ok(m["cuit"]):
        errs.append("merchant cuit check digit")
    cuit_forms = [m["cuit"], f"{m['cuit'][:2]}-{m['cuit'][2:10]}-{m['cuit'][10]}"]
    if not any(f in text for f in cuit_forms):
        errs.append("merchant cuit not in text")
    for dc in re.findall(r"\b\d{2}-\d{8}-\d\b", text):
        if not cuit_ok(dc.replace("-", "")):
            errs.append(f"dashed CUIT in text fails check digit: {dc}")
    if not words_in_order(text, m["name"]):
        errs.append("merchant name")
    if not re.search(r"(?<!\d)0*%d(?!\d)" % exp["number"], text):
        errs.append("number")
    if not re.search(r"(?<!\d)0*%d(?!\d)" % exp["pos"], text):
        errs.append("pos")
    if not any(f in text for f in date_forms(exp["issued_at"])):
        errs.append("issued_at")
    if exp["cae"] and exp["cae"] not in text:
        errs.append("cae")
    if exp["currency"] != "ARS" and exp["currency"] not in text:
        errs.append("currency")
    for it in exp["items"]:
        if not words_in_order(text, it["description"]):
            errs.append(f"item {it['line']} description")
        if it["ean"] and it["ean"] not in text:
            errs.append(f"item {it['line']} ean")
        if it["quantity"] is not None and not has_qty(text, it["quantity"]):
            errs.append(f"item {it['line']} quantity")
        for k in ("unit_price", "amount"):
            if it[k] is not None and not has_amount(text, it[k]):
                errs.append(f"item {it['line']} {k}")
        if it["vat_rate"] is not None:
            r = D(it["vat_rate"])
            forms = {f"{r:.2f}".replace(".", ","), f"{r:.2f}", f"{r.normalize()}".replace(".", ",")}
            if not any(f + "%" in text for f in forms):
                errs.append(f"item {it['line']} vat_rate")
    for x in exp["discounts"] + exp["taxes"]:
        if not words_in_order(text, x["description"]):
            errs.append(f"label {x['description']}")
        if not has_amount(text, x["amount"]):
            errs.append(f"amount {x['description']}")
    for v in exp["vat"]:
        if not has_amount(text, v["amount"]):
            errs.append(f"vat {v['rate']}")
    for k in ("subtotal", "total"):
        if not has_amount(text, exp[k]):
            errs.append(k)
    if exp["discount_total"] != f"{-sum((D(x['amount']) for x in exp['discounts']), D(0)):.2f}":
        errs.append("discount_total != -sum(discounts)")
    # totals identity
    s = sum(D(i["amount"]) for i in exp["items"]) + sum(D(x["amount"]) for x in exp["discounts"]) + \
        sum(D(x["amount"]) for x in exp["taxes"])
    if not exp["prices_include_vat"]:
        s += sum(D(v["amount"]) for v in exp["vat"])
    ok = abs(s - D(exp["total"])) <= D("0.01")
    if ok == ("totals_mismatch" in exp["warnings"]):
        errs.append(f"totals identity {'holds' if ok else 'fails'} (sum {s} vs total {exp['total']}) against warnings")
    # QR
    payloads = decode_qrs(pdf)
    objs = [qr_obj(p) for p in payloads]
    if exp["qr"] is None:
        if any(objs):
            errs.append("QR found but expected null")
    else:
        if len(payloads) != 1 or objs[0] != exp["qr"]:
            errs.append(f"QR decode {objs} != expected")
        q = exp["qr"]
        if not cuit_ok(q["cuit"]):
            errs.append("qr cuit check digit")
        differs = (q["cuit"] != m["cuit"] or q["pos"] != exp["pos"] or q["number"] != exp["number"]
                   or q["date"] != exp["issued_at"] or D(q["total"]) != D(exp["total"])
                   or q["doc_code"] != {"factura_a": 1, "factura_b": 6, "factura_c": 11}[exp["doc_type"]])
        if differs != ("qr_mismatch" in exp["warnings"]):
            errs.append("qr_mismatch expectation disagrees with QR vs print")
    return errs, len(payloads)


def main():
    names = sorted(os.path.basename(p)[:-14] for p in glob.glob(os.path.join(HERE, "*.expected.json")))
    bad = 0
    for n in names:
        errs, nq = check(n)
        pages = subprocess.run(["pdfinfo", os.path.join(HERE, n + ".pdf")], capture_output=True, text=True).stdout
        pages = re.search(r"Pages:\s+(\d+)", pages).group(1)
        print(f"{'PASS' if not errs else 'FAIL'} {n} pages={pages} qr_payloads={nq}" + ("" if not errs else " :: " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{len(names) - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
