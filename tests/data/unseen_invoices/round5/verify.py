"""Checks every expected file of round 5 against its own arithmetic and the PDF text; decodes every QR with zbarimg.
Usage: python verify.py > verify.txt"""
import glob, json, os, re, subprocess, sys, tempfile
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from core import cuit_dv, ean_ok, decode_qr_url

SCR = "/work/wt-round5-scratch/build"
KEYS = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
        "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
IKEYS = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf, mode):
    return subprocess.run(["pdftotext", mode, pdf, "-"], capture_output=True, text=True).stdout if mode else \
        subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout


def ar(x):
    """Decimal string -> the digits as printed in any Argentine style (without separators)."""
    return x.replace("-", "").replace(".", "")


def main():
    ok_all = True
    files = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    for ef in files:
        name = os.path.basename(ef)[: -len(".expected.json")]
        pdf = os.path.join(HERE, name + ".pdf")
        e = json.load(open(ef, encoding="utf-8"))
        errs = []
        if list(e.keys()) != KEYS:
            errs.append("keys")
        for it in e["items"]:
            if list(it.keys()) != IKEYS:
                errs.append("item keys")
            if it["ean"] and not ean_ok(it["ean"]):
                errs.append("ean check digit " + it["ean"])
            if it["quantity"] is not None and it["unit_price"] is not None:
                calc = D(it["quantity"]) * D(it["unit_price"])
                if not e["prices_include_vat"] or e["doc_type"] != "factura_a":
                    if abs(calc - D(it["amount"])) > D("0.01") * max(1, abs(calc) / 10000) and "bonif" not in name:
                        errs.append(f"line {it['line']} amount {it['amount']} != {calc}")
        c = e["merchant"]["cuit"]
        if not (c and len(c) == 11 and cuit_dv(c[:10]) == int(c[10])):
            errs.append("cuit dv")
        s = sum(D(i["amount"]) for i in e["items"]) + sum(D(x["amount"]) for x in e["discounts"]) + \
            sum(D(x["amount"]) for x in e["taxes"])
        if not e["prices_include_vat"]:
            s += sum(D(v["amount"]) for v in e["vat"])
        mism = abs(s - D(e["total"])) > D("0.01")
        if mism != ("totals_mismatch" in e["warnings"]):
            errs.append(f"totals identity {s} vs {e['total']} (warning {'totals_mismatch' in e['warnings']})")
        if D(e["discount_total"]) != -sum((D(x["amount"]) for x in e["discounts"]), D(0)):
            errs.append("discount_total")
        # text presence
        lay, raw = text_of(pdf, "-layout"), text_of(pdf, "-raw")
        nl, nr = norm(lay), norm(raw)
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))

        def present(v, parts=None):
            if norm(v) in nl or norm(v) in nr:
                return True
            return bool(parts) and all(norm(p) in nl or norm(p) in nr for p in parts)
        model_rows = json.load(open(os.path.join(SCR, name + ".rows.json"), encoding="utf-8"))
        checks = [e["merchant"]["name"], f"{c[:2]}-{c[2:10]}-{c[10]}" if f"{c[:2]}-{c[2:10]}-{c[10]}" in lay else c,
                  f"{e['number']:08d}", e["cae"]]
        for v in checks:
            if not present(v):
                errs.append(f"not in text: {v!r}")
        for it, parts in zip(e["items"], model_rows):
            if not present(it["description"], parts):
                errs.append(f"item not in text: {it['description']!r}")
        if re.search("[\ufb00-\ufb06]", lay):
            errs.append("ligature glyph in text")
        for it, parts in zip(e["items"], model_rows):
            w0 = parts[0].split()[0]
            if not re.search(r"(^|\s)" + re.escape(w0), lay, re.M):
                errs.append(f"description glued to a neighbour: {w0!r}")
        tot = e["total"]
        ip, _, fp = tot.partition(".")
        if not re.search(re.escape(fp) + r"\b", lay) or not any(
                re.sub(r"[.\s]", "", m) == ip for m in re.findall(r"[\d.]+(?=," + re.escape(fp) + r")", lay)):
            errs.append(f"total not in text: {tot}")
        # QR
        qr_note = "no QR expected"
        urls = []
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(td, "p")], check=True)
            for png in sorted(glob.glob(os.path.join(td, "p*.png"))):
                r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", png], capture_output=True, text=True)
                urls += [u for u in r.stdout.splitlines() if u.strip()]
        intended = json.load(open(os.path.join(SCR, name + ".qrurl.json")))["qr"]
        if intended is None:
            if urls or e["qr"] is not None:
                errs.append("unexpected QR")
        else:
            if not urls:
                errs.append("QR not decoded")
            elif any(u != intended for u in urls):
                errs.append("QR payload differs from intended")
            elif decode_qr_url(urls[0]) != e["qr"]:
                errs.append("qr field differs from decoded payload")
            else:
                qr_note = f"QR decoded x{len(urls)} == intended ({len(intended)} chars)"
        if errs:
            ok_all = False
        print(f"{'PASS' if not errs else 'FAIL'} {name} pages={pages} items={len(e['items'])} total={e['total']} "
              f"identity={s} warnings={e['warnings']} | {qr_note}")
        for x in errs:
            print("    ", x)
    print(f"\n{len(files)} files, {'all pass' if ok_all else 'FAILURES'}")


if __name__ == "__main__":
    main()
