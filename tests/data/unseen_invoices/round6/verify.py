"""Check every document: contract keys, CUIT/EAN check digits, arithmetic, strings in pdftotext text, QR decode."""
import json
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal as D

from core import cuit_ok, qr_payload, dash_cuit
from docs import docs
from layout import build, number_label

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
        "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
IKEYS = ["line", "department", "description", "ean", "quantity", "unit", "unit_price", "vat_rate", "amount"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def found(needle, texts):
    n = norm(needle)
    if any(n in t for t in texts):
        return "whole"
    # wrapped: words in order, each gap short (other column text may sit between the printed lines)
    words = [re.escape(w) for w in n.split()]
    pat = r"\s(?:\S+\s){0,12}?".join(words)
    if any(re.search(pat, t) for t in texts):
        return "wrapped"
    return None


def ean_ok(e):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(e[:12]))
    return len(e) == 13 and (10 - s % 10) % 10 == int(e[12])


def main():
    fails, lines = 0, []
    out = lines.append
    for d in docs():
        name = d["id"]
        pdf = os.path.join(HERE, name + ".pdf")
        exp = json.load(open(os.path.join(HERE, name + ".expected.json")))
        sp = build(d)
        probs = []
        if list(exp) != KEYS:
            probs.append("keys")
        for it in exp["items"]:
            if list(it) != IKEYS:
                probs.append("item keys")
            if it["ean"] and not ean_ok(it["ean"]):
                probs.append("ean check " + it["ean"])
            if it["quantity"] is not None and d["letter"] != "A" or (it["quantity"] is not None and not exp["prices_include_vat"]):
                pass
        for i in d["items"]:
            if i.qty is not None:
                calc = i.qty * i.price * (1 - (i.bonif or D(0)) / 100)
                if abs(calc - i.amount) > D("0.005"):
                    probs.append(f"line amount {i.desc}")
        if not cuit_ok(exp["merchant"]["cuit"]):
            probs.append("cuit check digit")
        s = sum(D(i["amount"]) for i in exp["items"]) + sum(D(x["amount"]) for x in exp["discounts"]) + \
            sum(D(x["amount"]) for x in exp["taxes"])
        if not exp["prices_include_vat"]:
            s += sum(D(v["amount"]) for v in exp["vat"])
        ident = abs(s - D(exp["total"])) <= D("0.01")
        want_flag = "totals_mismatch" in exp["warnings"]
        if ident == want_flag:
            probs.append(f"totals identity {s} vs {exp['total']} (flag {want_flag})")
        if D(exp["discount_total"]) != -sum((D(x["amount"]) for x in exp["discounts"]), D(0)):
            probs.append("discount_total")
        texts = []
        for mode in (["-layout"], ["-raw"], []):
            t = subprocess.run(["pdftotext"] + mode + [pdf, "-"], capture_output=True, text=True).stdout
            texts.append(norm(t))
        if any(ch in "".join(texts) for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04"):
            probs.append("ligature glyphs")
        checks = {"merchant": exp["merchant"]["name"], "cuit": "CUIT: " + dash_cuit(d["cuit"]),
                  "number": number_label(d), "total": sp["total_str"], "cae": exp["cae"]}
        for k, item in enumerate(exp["items"]):
            checks[f"item{k + 1}"] = item["description"]
        for x in exp["discounts"] + exp["taxes"]:
            checks["label " + x["description"]] = x["description"]
        modes = {}
        for k, v in checks.items():
            m = found(v, texts)
            if not m:
                probs.append(f"text missing {k}: {v!r}")
            modes[k] = m
        wrapped = [k for k, m in modes.items() if m == "wrapped"]
        # QR
        payload = qr_payload(d)
        qrmsg = "no QR"
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(td, "p")], check=True)
            decoded = []
            for f in sorted(os.listdir(td)):
                r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", os.path.join(td, f)],
                                   capture_output=True, text=True)
                if r.stdout.strip():
                    decoded.append((f, r.stdout.rstrip("\n")))
        if payload:
            ok = [f for f, v in decoded if v == payload]
            if not ok or len(ok) != len(decoded):
                probs.append(f"QR decode mismatch ({len(decoded)} decoded)")
            qrmsg = f"QR equals payload on {', '.join(ok)}"
        elif decoded:
            probs.append("unexpected QR")
        npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
        status = "PASS" if not probs else "FAIL"
        fails += bool(probs)
        out(f"{status} {name} pages={npages} items={len(exp['items'])} total={exp['total']} identity={'ok' if ident else 'MISMATCH (built to flag)'} "
            f"warnings={exp['warnings']} {qrmsg}" + (f" wrapped={wrapped}" if wrapped else ""))
        for p in probs:
            out("    " + p)
    out(f"\n{len(docs()) - fails}/{len(docs())} pass")
    print("\n".join(lines))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
