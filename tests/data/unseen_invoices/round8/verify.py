"""Round 8 verification, without the parser. For every NAME.expected.json:
 1. every contract key present, in contract order;
 2. merchant CUIT check digit (and every CUIT in the text); EAN-13 check digits;
 3. the CONTRACT totals identity holds, except exactly where `totals_mismatch` is expected;
 4. the QR: every page rendered with `pdftoppm -r 200`, decoded with `zbarimg`; the AFIP payload decoded here
    (independently of the generators) must equal `qr` (null <-> no QR); `qr_mismatch` expected exactly where the QR
    disagrees with the printed CUIT / code / pos / number / date / total;
 5. every expected value occurs in `pdftotext -layout` text. Normalisation: whitespace collapsed; names, descriptions,
    discount/tax labels matched word by word, in order, within a window (wrapped cells interleave other columns);
    ligatures (U+FB01/FB02, rinohtype) unfolded by NFKC; mandoc documents are plain ASCII; money looked up as 1.234,56 / 1234,56 / 1234.56 (sign ignored); quantities with ',' or '.'; dates in any printed
    style; pos/number zero-padded (4/5 and 8 digits); CUIT dashed or plain; rates as 21% / 21,00% / 10,5%."""
import unicodedata, base64, glob, json, os, re, subprocess, sys, tempfile
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
        "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
IKEYS = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]

def cuit_ok(c):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]; s = sum(int(a) * b for a, b in zip(c[:10], w)); r = 11 - s % 11
    r = 0 if r == 11 else r
    return len(c) == 11 and r != 10 and r == int(c[10])

def ean_ok(e):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(e[:12])); return (10 - s % 10) % 10 == int(e[12])

def money_forms(v):
    x = abs(D(v)); ip, fp = f"{x:.2f}".split(".")
    g = ip; parts = []
    while len(g) > 3: parts.insert(0, g[-3:]); g = g[:-3]
    th = ".".join([g] + parts)
    return [th + "," + fp, ip + "," + fp, ip + "." + fp]

def has_words(text, s, window=600):
    toks = unicodedata.normalize("NFKC", s).split(); lo = text.lower()
    start = 0
    while True:
        i = lo.find(toks[0].lower(), start)
        if i < 0: return False
        j = i + len(toks[0]); ok = True
        for t in toks[1:]:
            k = lo.find(t.lower(), j)
            if k < 0 or k - j > window: ok = False; break
            j = k + len(t)
        if ok: return True
        start = i + 1

def decode_payload(url):
    b = url.split("?p=", 1)[1]; b += "=" * (-len(b) % 4)
    j = json.loads(base64.b64decode(b))
    f = str(j["fecha"])
    if "/" in f: d, m, y = f.split("/"); f = f"{y}-{m}-{d}"
    return {"doc_code": int(j["tipoCmp"]), "cuit": str(j["cuit"]), "pos": int(j["ptoVta"]), "number": int(j["nroCmp"]),
            "date": f, "total": f"{D(str(j['importe'])):.2f}", "currency": {"PES": "ARS", "DOL": "USD"}.get(j["moneda"], j["moneda"]),
            "cae": str(j["codAut"])}

def qr_of(pdf):
    with tempfile.TemporaryDirectory(dir="/work/round8-scratch") as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, f"{td}/p"], check=True, capture_output=True)
        urls = []
        for png in sorted(glob.glob(f"{td}/p*.png")):
            r = subprocess.run(["zbarimg", "-q", "--raw", png], capture_output=True, text=True)
            urls += [l for l in r.stdout.splitlines() if "afip.gob.ar/fe/qr/" in l]
    return urls

def check(path):
    errs = []; name = os.path.basename(path)[:-len(".expected.json")]
    pdf = path.replace(".expected.json", ".pdf")
    e = json.load(open(path, encoding="utf-8"))
    if list(e) != KEYS: errs.append("keys/order")
    for it in e["items"]:
        if list(it) != IKEYS: errs.append(f"item keys {it['line']}")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
    def need(cond, what):
        if not cond: errs.append("not in text: " + what)
    def money(v, what): need(any(f in flat for f in money_forms(v)), f"{what} {v}")
    # merchant
    m = e["merchant"]
    if m["cuit"]:
        if not cuit_ok(m["cuit"]): errs.append("merchant cuit check digit")
        c = m["cuit"]; need(c in flat or f"{c[:2]}-{c[2:10]}-{c[10]}" in flat, "merchant cuit")
    if m["name"]: need(has_words(flat, m["name"]), "merchant name")
    for c in re.findall(r"\b(\d{2})-(\d{8})-(\d)\b", flat):
        if not cuit_ok("".join(c)): errs.append("bad CUIT in text " + "-".join(c))
    need(re.search(rf"\b0*{e['pos']}\b", flat) is not None and (f"{e['pos']:04d}" in flat or f"{e['pos']:05d}" in flat), "pos")
    need(f"{e['number']:08d}" in flat, "number")
    y, mo, d = e["issued_at"].split("-")
    need(any(f in flat for f in [f"{d}/{mo}/{y}", f"{d}-{mo}-{y[2:]}", f"{d}.{mo}.{y}", f"{d}-{mo}-{y}",
                                 f"{int(d)} de {MONTHS[int(mo) - 1]} de {y}"]), "issued_at")
    if e["cae"]: need(e["cae"] in flat, "cae")
    if e["currency"] == "USD": need("USD" in flat, "currency USD")
    for it in e["items"]:
        L = f"item {it['line']} "
        need(has_words(flat, it["description"], 300), L + "description")
        if it["ean"]:
            need(it["ean"] in flat, L + "ean")
            if not ean_ok(it["ean"]): errs.append(L + "ean check digit")
        if it["quantity"]:
            q = it["quantity"]; need(re.search(rf"(?<![\d.,]){re.escape(q)}(?![\d])", flat) or
                                     re.search(rf"(?<![\d.,]){re.escape(q.replace('.', ','))}(?![\d])", flat), L + "quantity " + q)
        if it["unit_price"]: money(it["unit_price"], L + "unit_price")
        money(it["amount"], L + "amount")
        if it["vat_rate"]:
            r = D(it["vat_rate"]); forms = [f"{r:.2f}".replace(".", ",") + "%", f"{r:.2f}".replace(".", ",") + " %",
                                             (str(int(r)) if r == r.to_integral() else f"{r:.1f}".replace(".", ",")) + "%"]
            need(any(f in flat for f in forms), L + "vat_rate")
    for x in e["discounts"]:
        need(has_words(flat, x["description"]), "discount " + x["description"]); money(x["amount"], "discount amount")
    for x in e["taxes"]:
        need(has_words(flat, x["description"]), "tax " + x["description"]); money(x["amount"], "tax amount")
    for v in e["vat"]: money(v["amount"], "vat " + v["rate"])
    money(e["subtotal"], "subtotal"); money(e["total"], "total")
    if D(e["discount_total"]) != -sum((D(x["amount"]) for x in e["discounts"]), D(0)): errs.append("discount_total")
    # totals identity
    s = sum((D(i["amount"]) for i in e["items"]), D(0)) + sum((D(x["amount"]) for x in e["discounts"]), D(0)) + \
        sum((D(x["amount"]) for x in e["taxes"]), D(0))
    if not e["prices_include_vat"]: s += sum((D(v["amount"]) for v in e["vat"]), D(0))
    ok = abs(s - D(e["total"])) <= D("0.01")
    if ok == ("totals_mismatch" in e["warnings"]): errs.append(f"totals identity {s} vs {e['total']} (flag {'totals_mismatch' in e['warnings']})")
    # QR
    urls = qr_of(pdf)
    got = decode_payload(urls[0]) if urls else None
    if len(set(urls)) > 1: errs.append("several different QRs")
    if got != e["qr"]: errs.append(f"qr decoded {got} != expected {e['qr']}")
    if got:
        code = {"factura_a": 1, "factura_b": 6, "factura_c": 11}[e["doc_type"]]
        mism = (got["cuit"] != m["cuit"] or got["doc_code"] != code or got["pos"] != e["pos"] or got["number"] != e["number"]
                or got["date"] != e["issued_at"] or D(got["total"]) != D(e["total"]))
        if mism != ("qr_mismatch" in e["warnings"]): errs.append("qr_mismatch flag inconsistent")
    elif "qr_mismatch" in e["warnings"]: errs.append("qr_mismatch without QR")
    pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    np_ = re.search(r"Pages:\s+(\d+)", pages).group(1)
    return name, np_, errs, bool(urls)

if __name__ == "__main__":
    files = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    bad = 0
    for f in files:
        name, np_, errs, hasqr = check(f)
        print(f"{'PASS' if not errs else 'FAIL'}  {name}  pages={np_}  qr={'yes' if hasqr else 'no'}")
        for x in errs: print("      " + x)
        bad += bool(errs)
    print(f"{len(files) - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)
