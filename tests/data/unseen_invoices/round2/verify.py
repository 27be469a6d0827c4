"""Self-check of the held-out set without the parser: every expected value is printed (pdftotext -layout),
CUIT check digits, the totals identity, and every QR decodes (pdftoppm + zbarimg) to the expected `qr`."""
from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
import tempfile
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from model import cuit_valid, fnum  # noqa: E402

FOLDER = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


def text_of(pdf: Path) -> str:
    t = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"[ \t]+", " ", t)


def amount_forms(v: str) -> list[str]:
    x = D(v)
    out = []
    for st in ("ar", "arp", "dot", "us"):
        for dec in (2, 3):
            s = fnum(x, st, dec)
            out += [s, s.lstrip("-")]
    return out


def has_amount(text: str, v: str) -> bool:
    forms = amount_forms(v)
    return any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text) for f in forms)


def date_forms(iso: str) -> list[str]:
    y, m, d = iso.split("-")
    return [f"{d}/{m}/{y}", f"{d}-{m}-{y[2:]}", f"{d}.{m}.{y}"]


def decode_qr(pdf: Path) -> list[str]:
    found = []
    with tempfile.TemporaryDirectory() as td:
        for dpi in (200, 300, 400):
            subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{td}/p{dpi}"], check=True)
            for png in sorted(Path(td).glob(f"p{dpi}*.png")):
                r = subprocess.run(["zbarimg", "-q", "--raw", "-Sqrcode.enable", str(png)], capture_output=True, text=True)
                found += [l for l in r.stdout.splitlines() if l.strip()]
            if found:
                return found
    return found


def qr_to_contract(url: str) -> dict:
    p = url.split("?p=", 1)[1]
    js = json.loads(base64.b64decode(p + "=" * (-len(p) % 4)))
    cur = {"PES": "ARS", "DOL": "USD"}.get(js.get("moneda"), js.get("moneda"))
    return {"doc_code": int(js["tipoCmp"]), "cuit": str(js["cuit"]), "pos": int(js["ptoVta"]),
            "number": int(js["nroCmp"]), "date": js["fecha"], "total": f"{D(str(js['importe'])):.2f}",
            "currency": cur, "cae": str(js["codAut"])}


def check(pdf: Path) -> list[str]:
    exp = json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text())
    text = text_of(pdf)
    flat = re.sub(r"\s+", " ", text)
    errs = []
    m = exp["merchant"]
    if m["name"] and m["name"] not in flat:
        if all(w in text for w in m["name"].split()):
            print(f"    note: merchant name printed over several lines: {m['name']}")
        else:
            errs.append(f"merchant name not printed: {m['name']}")
    if m["cuit"]:
        c = m["cuit"]
        if not cuit_valid(c):
            errs.append("merchant CUIT check digit")
        if c not in text and f"{c[:2]}-{c[2:10]}-{c[10]}" not in text:
            errs.append("merchant CUIT not printed")
    if not re.search(r"(?<!\d)0*%d(?!\d)" % exp["pos"], text):
        errs.append("pos not printed")
    if not re.search(r"(?<!\d)0*%d(?!\d)" % exp["number"], text):
        errs.append("number not printed")
    if not any(f in text for f in date_forms(exp["issued_at"])):
        errs.append("date not printed")
    if exp["cae"] and exp["cae"] not in text:
        errs.append("cae not printed")
    for k in ("subtotal", "total"):
        if not has_amount(text, exp[k]):
            errs.append(f"{k} {exp[k]} not printed")
    for it in exp["items"]:
        for k in ("unit_price", "amount", "quantity"):
            if not has_amount(text, it[k]) and not (k == "quantity" and re.search(r"(?<![\d.,])%s(?![\d])" % D(it[k]).normalize(), text)):
                errs.append(f"item {it['line']} {k} {it[k]} not printed")
        words = it["description"].split()
        if any(w not in text for w in words):
            errs.append(f"item {it['line']} description words missing: {[w for w in words if w not in text]}")
        if it["ean"] and it["ean"] not in text:
            errs.append(f"item {it['line']} ean not printed")
        if it["vat_rate"] and not has_amount(text, it["vat_rate"]) and f"{D(it['vat_rate']).normalize()}" not in text:
            errs.append(f"item {it['line']} vat_rate not printed")
    for grp in ("discounts", "taxes", "payments", "vat"):
        for e in exp[grp]:
            if not has_amount(text, e["amount"]):
                errs.append(f"{grp} amount {e['amount']} not printed")
            lab = e.get("description") or e.get("method")
            if lab and lab not in flat and lab.upper() not in flat:
                errs.append(f"{grp} label {lab!r} not printed")
    # totals identity
    s = sum(D(i["amount"]) for i in exp["items"]) + sum(D(d["amount"]) for d in exp["discounts"]) \
        + sum(D(t["amount"]) for t in exp["taxes"])
    if not exp["prices_include_vat"]:
        s += sum(D(v["amount"]) for v in exp["vat"])
    ok = abs(s - D(exp["total"])) <= D("0.01")
    if ok == ("totals_mismatch" in exp["warnings"]):
        errs.append(f"totals identity {'holds' if ok else 'fails'} ({s} vs {exp['total']}) against warnings {exp['warnings']}")
    if D(exp["discount_total"]) != -sum((D(d["amount"]) for d in exp["discounts"]), D(0)):
        errs.append("discount_total")
    # QR
    codes = decode_qr(pdf)
    if exp["qr"] is None:
        if codes:
            errs.append(f"unexpected QR {codes}")
    else:
        qs = {json.dumps(qr_to_contract(c), sort_keys=True) for c in codes if "?p=" in c}
        if not qs:
            errs.append("QR not decodable")
        elif qs != {json.dumps(exp["qr"], sort_keys=True)}:
            errs.append(f"QR decodes to {qs}, want {exp['qr']}")
        else:
            q = exp["qr"]
            mism = (q["cuit"] != m["cuit"] or q["pos"] != exp["pos"] or q["number"] != exp["number"]
                    or q["date"] != exp["issued_at"] or D(q["total"]) != D(exp["total"])
                    or q["doc_code"] != {"factura_a": 1, "factura_b": 6, "factura_c": 11}[exp["doc_type"]])
            if mism != ("qr_mismatch" in exp["warnings"]):
                errs.append(f"QR agreement {not mism} against warnings {exp['warnings']}")
    return errs


def main() -> int:
    bad = 0
    pdfs = sorted(FOLDER.glob("*.pdf"))
    for pdf in pdfs:
        errs = check(pdf)
        pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        npages = re.search(r"Pages:\s+(\d+)", pages).group(1)
        prod = re.search(r"Producer:\s+(.*)", pages)
        print(f"{'OK ' if not errs else 'BAD'} {pdf.stem} (pages {npages}, producer {prod.group(1).strip() if prod else '-'})")
        for e in errs:
            print("    -", e)
        bad += bool(errs)
    print(f"{len(pdfs) - bad}/{len(pdfs)} files verified")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
