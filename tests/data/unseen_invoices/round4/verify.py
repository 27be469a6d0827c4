"""Checks every expected file: arithmetic (contract totals identity, per-line amounts, check digits), that every
expected string value is printed (pdftotext -layout, line wraps allowed), and that every QR drawn decodes
(pdftoppm -r 200 + zbarimg) to the intended payload.  python verify.py > verify.txt"""
import base64, glob, json, os, re, subprocess, sys
from decimal import Decimal as D
from core import cuit_valid, ean_valid, fmt_num
from docs import finalize_all

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/work/wt-round4-scratch/verify"
os.makedirs(TMP, exist_ok=True)


def squash(s):
    return re.sub(r"\s+", "", s)


def identity(e):
    s = sum(D(i["amount"]) for i in e["items"]) + sum(D(x["amount"]) for x in e["discounts"]) + sum(D(x["amount"]) for x in e["taxes"])
    if not e["prices_include_vat"]:
        s += sum(D(v["amount"]) for v in e["vat"])
    return s


def qr_decode(pdf):
    out = subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(TMP, "p")], capture_output=True)
    found = []
    for png in sorted(glob.glob(os.path.join(TMP, "p-*.png"))):
        r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", png], capture_output=True, text=True)
        for ln in r.stdout.splitlines():
            if ln.strip():
                found.append((os.path.basename(png), ln.strip()))
        os.remove(png)
    return found


def main():
    docs = {d["name"]: d for d in finalize_all()}
    total_ok = 0
    names = sorted(docs)
    for name in names:
        d = docs[name]
        pdf = os.path.join(HERE, name + ".pdf")
        e = json.load(open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8"))
        problems, notes = [], []
        keys = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal", "discount_total",
                "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
        if list(e.keys()) != keys:
            problems.append("keys")
        # ---- arithmetic
        idt = identity(e)
        ok_id = abs(idt - D(e["total"])) <= D("0.01")
        if ("totals_mismatch" in e["warnings"]) == ok_id:
            problems.append(f"identity {idt} vs total {e['total']} (warnings {e['warnings']})")
        notes.append(f"identity {idt} {'==' if ok_id else '!='} total {e['total']}")
        if D(e["discount_total"]) != -sum((D(x["amount"]) for x in e["discounts"]), D(0)):
            problems.append("discount_total")
        for it, src in zip(e["items"], d["items"]):
            if it["quantity"] is not None and it["unit_price"] is not None:
                q, p = D(it["quantity"]), D(it["unit_price"])
                bon = src.get("bonif") or D(0)
                net = q * p * (1 - bon / 100)
                want = net * (1 + D(it["vat_rate"]) / 100) if (e["doc_type"] == "factura_a" and e["prices_include_vat"]) else net
                tol = D("0.02") if e["prices_include_vat"] and e["doc_type"] == "factura_a" else D("0.01")
                if abs(want - D(it["amount"])) > tol:
                    problems.append(f"line {it['line']}: {q} x {p} (bonif {bon}) -> {want} != {it['amount']}")
            if it["ean"] and not ean_valid(it["ean"]):
                problems.append(f"bad ean {it['ean']}")
        if e["merchant"]["cuit"] and not cuit_valid(e["merchant"]["cuit"]):
            problems.append("cuit check digit")
        # ---- printed text
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        sq = squash(txt)
        raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
        sqr = squash(raw)
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))

        def need(label, s):
            if squash(s) not in sq and squash(s) not in sqr:
                problems.append(f"not printed: {label} {s!r}")

        need("merchant", e["merchant"]["name"])
        c = e["merchant"]["cuit"]
        if c not in sq and f"{c[:2]}-{c[2:10]}-{c[10]}" not in sq:
            problems.append("cuit not printed")
        if not any(re.search(r"\b0*%d\b[^\n]{0,30}?\b0*%d\b" % (e["pos"], e["number"]), t) for t in (txt, raw)):
            problems.append("invoice number not printed")
        for it, src in zip(e["items"], d["items"]):
            if " ".join(src["desc"]) != it["description"]:
                problems.append(f"desc join {it['line']}")
            for seg in src["desc"]:
                need(f"item {it['line']}", seg)
        ns = d.get("total_style", d.get("numstyle", "ar"))
        need("total", fmt_num(D(e["total"]), 2, ns))
        if e["cae"]:
            need("cae", e["cae"])
        for x in e["taxes"]:
            need("tax", x["description"])
        for x in e["discounts"]:
            need("discount", x["description"])
        # ---- QR
        if d.get("qr"):
            found = qr_decode(pdf)
            want = d["qr_url"]
            good = [f for f in found if f[1] == want]
            bad = [f for f in found if f[1] != want]
            if not good or bad:
                problems.append(f"QR decode: {len(good)} good, {len(bad)} other: {bad[:1]}")
            notes.append(f"QR decoded on {', '.join(sorted(set(f[0] for f in good)))} == intended payload ({len(want)} chars)")
            # QR witness
            q = e["qr"]
            printed = {"doc_code": {"factura_a": 1, "factura_b": 6, "factura_c": 11}[e["doc_type"]], "cuit": c, "pos": e["pos"],
                       "number": e["number"], "date": e["issued_at"], "total": e["total"]}
            diff = [k for k, v in printed.items() if q.get(k) is not None and str(q[k]) != str(v) and not (k == "total" and D(q[k]) == D(v))]
            if bool(diff) != ("qr_mismatch" in e["warnings"]):
                problems.append(f"qr witness diff {diff} vs warnings {e['warnings']}")
            if diff:
                notes.append(f"QR differs from print on {diff} (built to be flagged)")
        else:
            found = qr_decode(pdf)
            if found or e["qr"] is not None:
                problems.append("unexpected QR")
            notes.append("no QR (none decoded)")
        status = "PASS" if not problems else "FAIL"
        total_ok += not problems
        print(f"{status} {name} pages={pages} items={len(e['items'])} warnings={e['warnings']}")
        for n in notes:
            print("     " + n)
        for p in problems:
            print("  !! " + p)
    print(f"\n{total_ok}/{len(names)} files pass")
    return 0 if total_ok == len(names) else 1


if __name__ == "__main__":
    sys.exit(main())
