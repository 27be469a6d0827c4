"""Checks the round-9 expected files against their PDFs without any parser.
python verify.py > verify.txt"""
import base64, glob, json, os, re, subprocess, sys, tempfile, unicodedata
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
        "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
ITEM_KEYS = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]
QR_KEYS = ["doc_code", "cuit", "pos", "number", "date", "total", "currency", "cae"]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def cuit_ok(c):
    if not c or not re.fullmatch(r"\d{11}", c):
        return False
    s = sum(int(a) * b for a, b in zip(c[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    r = 0 if r == 11 else (9 if r == 10 else r)
    return r == int(c[10])


def ean_ok(e):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(e[:-1]))
    return (10 - s % 10) % 10 == int(e[-1])


def norm(t):
    t = unicodedata.normalize("NFKC", t)
    return re.sub(r"\s+", " ", t)


def money_forms(v):
    d = D(v)
    s = f"{abs(d):.2f}"
    ip, dp = s.split(".")
    th = f"{int(ip):,}"
    forms = {th.replace(",", ".") + "," + dp, ip + "," + dp, ip + "." + dp, th + "." + dp}
    return forms


def qty_forms(v):
    d = D(v)
    s = f"{d}"
    return {s, s.replace(".", ",")}


def date_forms(iso):
    y, m, d = iso.split("-")
    return {f"{d}/{m}/{y}", f"{d}-{m}-{y[2:]}", f"{d}.{m}.{y}", f"{int(d)} de {MONTHS[int(m) - 1]} de {y}", iso}


def has_any(text, forms):
    return any(f in text for f in forms)


def words_in(text, s):
    """every word of s, in order (a wrapped cell may have other columns between its lines)"""
    pos = 0
    for w in s.split():
        k = text.find(w, pos)
        if k < 0:
            return False
        pos = k + len(w)
    return True


def decode_qr(pdf):
    found = []
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, f"{td}/p"], check=True)
        for png in sorted(glob.glob(f"{td}/p*.png")):
            r = subprocess.run(["zbarimg", "-q", "--raw", png], capture_output=True, text=True)
            for ln in r.stdout.splitlines():
                if ln.strip() and ln not in found:
                    found.append(ln.strip())
    return found


def qr_obj(url):
    m = re.match(r"https://(www\.)?afip\.gob\.ar/fe/qr/\?p=(.+)$", url)
    if not m:
        return None
    j = json.loads(base64.b64decode(m.group(2)).decode())
    fecha = str(j["fecha"])
    if re.fullmatch(r"\d\d/\d\d/\d{4}", fecha):
        fecha = f"{fecha[6:]}-{fecha[3:5]}-{fecha[:2]}"
    cur = {"PES": "ARS", "DOL": "USD"}.get(str(j["moneda"]), str(j["moneda"]))
    return {"doc_code": int(j["tipoCmp"]), "cuit": str(j["cuit"]), "pos": int(j["ptoVta"]),
            "number": int(j["nroCmp"]), "date": fecha, "total": f"{D(str(j['importe'])):.2f}", "currency": cur,
            "cae": str(j["codAut"])}


def check(name):
    errs = []
    pdf = os.path.join(HERE, name + ".pdf")
    e = json.load(open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8"))
    if list(e) != KEYS:
        errs.append("keys/order")
    for it in e["items"]:
        if list(it) != ITEM_KEYS:
            errs.append(f"item keys {it['line']}")
    if e["qr"] is not None and list(e["qr"]) != QR_KEYS:
        errs.append("qr keys")
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    t = norm(raw)
    # CUITs
    if not cuit_ok(e["merchant"]["cuit"]):
        errs.append("merchant cuit check digit")
    for c in re.findall(r"\b(\d\d)-(\d{8})-(\d)\b", t):
        if not cuit_ok("".join(c)):
            errs.append(f"printed cuit {c}")
    c = e["merchant"]["cuit"]
    if not has_any(t, {c, f"{c[:2]}-{c[2:10]}-{c[10]}"}):
        errs.append("merchant cuit not in text")
    if not words_in(t, e["merchant"]["name"]):
        errs.append("merchant name not in text")
    if not re.search(rf"\b0*{e['pos']}\b", t) or not re.search(rf"\b0*{e['number']}\b", t):
        errs.append("pos/number not in text")
    if not has_any(t, date_forms(e["issued_at"])):
        errs.append("date not in text")
    if e["cae"] and e["cae"] not in t:
        errs.append("cae not in text")
    if e["currency"] != "ARS" and e["currency"] not in t:
        errs.append("currency not in text")
    for it in e["items"]:
        if not words_in(t, it["description"]):
            errs.append(f"desc {it['line']}")
        for k in ("unit_price", "amount"):
            if it[k] is not None and not has_any(t, money_forms(it[k])):
                errs.append(f"item {it['line']} {k}")
        if it["quantity"] is not None and not has_any(t, qty_forms(it["quantity"])):
            errs.append(f"item {it['line']} quantity")
        if it["vat_rate"] is not None:
            r = D(it["vat_rate"])
            rs = f"{r.normalize():f}"
            if not has_any(t, {rs + "%", rs.replace(".", ",") + "%", f"{r:.2f}".replace(".", ",")}):
                errs.append(f"item {it['line']} vat_rate")
        if it["ean"] and (it["ean"] not in t or not ean_ok(it["ean"])):
            errs.append(f"item {it['line']} ean")
    for grp in ("discounts", "taxes"):
        for x in e[grp]:
            if x["description"] not in t:
                errs.append(f"{grp} label {x['description']}")
            if not has_any(t, money_forms(x["amount"])):
                errs.append(f"{grp} amount {x['amount']}")
    for v in e["vat"]:
        if not has_any(t, money_forms(v["amount"])):
            errs.append(f"vat amount {v['amount']}")
    for k in ("subtotal", "total"):
        if not has_any(t, money_forms(e[k])):
            errs.append(f"{k} not in text")
    if e["discount_total"] != "0.00" and D(e["discount_total"]) != -sum(D(x["amount"]) for x in e["discounts"]):
        errs.append("discount_total")
    # totals identity
    s = sum(D(i["amount"]) for i in e["items"]) + sum(D(x["amount"]) for x in e["discounts"]) + \
        sum(D(x["amount"]) for x in e["taxes"])
    if not e["prices_include_vat"]:
        s += sum(D(v["amount"]) for v in e["vat"])
    ok = abs(s - D(e["total"])) <= D("0.01")
    if ok == ("totals_mismatch" in e["warnings"]):
        errs.append(f"totals identity {s} vs {e['total']} (flag {'totals_mismatch' in e['warnings']})")
    # QR
    codes = decode_qr(pdf)
    objs = [qr_obj(u) for u in codes]
    objs = [o for o in objs if o]
    uniq = [json.loads(x) for x in {json.dumps(o, sort_keys=True) for o in objs}]
    if e["qr"] is None:
        if uniq:
            errs.append("unexpected QR")
    else:
        if len(uniq) != 1 or uniq[0] != e["qr"]:
            errs.append(f"qr decode {uniq} != {e['qr']}")
        q = e["qr"]
        code = {"factura_a": 1, "factura_b": 6, "factura_c": 11}[e["doc_type"]]
        mism = (q["cuit"] != e["merchant"]["cuit"] or q["doc_code"] != code or q["pos"] != e["pos"] or
                q["number"] != e["number"] or q["date"] != e["issued_at"] or D(q["total"]) != D(e["total"]))
        if mism != ("qr_mismatch" in e["warnings"]):
            errs.append("qr_mismatch flag")
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                             text=True).stdout).group(1))
    return errs, pages, len(codes)


if __name__ == "__main__":
    names = sorted(os.path.basename(p)[:-14] for p in glob.glob(os.path.join(HERE, "*.expected.json")))
    bad = 0
    for n in names:
        errs, pages, nq = check(n)
        print(f"{'PASS' if not errs else 'FAIL'}  {n}  pages={pages} qr_symbols={nq}" + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{len(names) - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)
