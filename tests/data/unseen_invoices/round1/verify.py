#!/usr/bin/env python3
"""Self-check of the generated set (does NOT run the parser): every expected value is printed in
the PDF text, every QR decodes (pdftoppm + zbarimg) to the expected `qr`, CUIT check digits verify,
the totals identity holds exactly where no totals_mismatch is expected."""
import base64
import json
import re
import subprocess
import sys
import tempfile
from decimal import Decimal as D
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def cuit_ok(c):
    if not c or len(c) != 11:
        return False
    r = 11 - sum(int(a) * w for a, w in zip(c, W)) % 11
    return int(c[10]) == (0 if r == 11 else r)


def norm_num_text(t):
    """All number spellings of the text turned to canonical decimals, for presence checks."""
    found = set()
    for m in re.finditer(r"-?\$?\s?\d[\d.,]*", t):
        s = m.group().replace("$", "").strip()
        cands = []
        if "," in s:
            cands.append(s.replace(".", "").replace(",", "."))
        else:
            cands.append(s)
            cands.append(s.replace(".", ""))
        for c in cands:
            try:
                found.add(D(c.rstrip(".")).normalize())
                found.add(D(c.rstrip(".")).copy_abs().normalize())
            except Exception:
                pass
    return found


def decode_qrs(pdf, dpi):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{td}/p"], check=True)
        res = set()
        for png in sorted(Path(td).glob("*.png")):
            r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
                               capture_output=True, text=True)
            for line in r.stdout.splitlines():
                if line.strip():
                    res.add(line.strip())
        return res


def qr_to_contract(url):
    p = url.split("?p=", 1)[1]
    j = json.loads(base64.b64decode(p))
    cur = {"PES": "ARS", "DOL": "USD"}.get(j["moneda"], j["moneda"])
    return {"doc_code": int(j["tipoCmp"]), "cuit": str(j["cuit"]), "pos": int(j["ptoVta"]), "number": int(j["nroCmp"]),
            "date": j["fecha"], "total": f"{D(str(j['importe'])):.2f}", "currency": cur, "cae": str(j["codAut"])}


def main():
    bad = 0
    for exp_path in sorted(OUT.glob("*.expected.json")):
        name = exp_path.name[:-len(".expected.json")]
        pdf = OUT / f"{name}.pdf"
        exp = json.loads(exp_path.read_text())
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        nums = norm_num_text(text)
        probs = []
        if exp["merchant"]["name"] not in flat:
            probs.append("merchant name not in text")
        c = exp["merchant"]["cuit"]
        if not cuit_ok(c) or (c not in flat.replace("-", "")):
            probs.append("merchant cuit")
        if exp["cae"] not in flat:
            probs.append("cae")
        for it in exp["items"]:
            if it["description"] not in flat:
                # wrapped: each word present in order is enough
                words = it["description"].split()
                if not all(w in flat for w in words):
                    probs.append(f"item {it['line']} description")
            for k in ("quantity", "unit_price", "amount"):
                if D(it[k]).normalize() not in nums:
                    probs.append(f"item {it['line']} {k} {it[k]}")
            if it["ean"] and it["ean"] not in flat:
                probs.append("ean")
        for k in ("subtotal", "total"):
            if D(exp[k]).normalize() not in nums:
                probs.append(f"{k} {exp[k]} not printed")
        for v in exp["vat"] + exp["taxes"] + exp["discounts"]:
            if D(v["amount"]).copy_abs().normalize() not in nums:
                probs.append(f"amount {v} not printed")
        for t in exp["taxes"] + exp["discounts"]:
            if t["description"] not in flat:
                probs.append(f"label {t['description']} not printed")
        # identity
        s = sum(D(x["amount"]) for k in ("items", "discounts", "taxes") for x in exp[k])
        if not exp["prices_include_vat"]:
            s += sum(D(v["amount"]) for v in exp["vat"])
        mism = abs(s - D(exp["total"])) > D("0.01")
        if mism != ("totals_mismatch" in exp["warnings"]):
            probs.append(f"identity {s} vs {exp['total']}")
        # QR
        qrs = decode_qrs(pdf, 150)
        afip = [q for q in qrs if "/fe/qr/" in q]
        if exp["qr"] is None:
            if afip:
                probs.append("QR found but expected none")
        else:
            if not afip:
                qrs = decode_qrs(pdf, 300)
                afip = [q for q in qrs if "/fe/qr/" in q]
                if afip:
                    probs.append("QR only at 300 dpi (note)")
            if not afip:
                probs.append("QR not decoded")
            else:
                got = {json.dumps(qr_to_contract(q), sort_keys=True) for q in afip}
                if got != {json.dumps(exp["qr"], sort_keys=True)}:
                    probs.append(f"QR differs: {got}")
        pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        npages = re.search(r"Pages:\s+(\d+)", pages).group(1)
        print(f"{name:32s} pages={npages} {'OK' if not probs else probs}")
        bad += bool(probs)
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
