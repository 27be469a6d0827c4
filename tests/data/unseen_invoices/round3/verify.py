"""Self-check of the set (never runs the project's parser):
arithmetic of every expected file, printed strings present in `pdftotext -layout`, CUIT/EAN check digits,
and every AFIP QR decoded from `pdftoppm -r 200` renders with `zbarimg`, compared with the payload the
generator meant and with the expected `qr`. Output goes to stdout (saved as verify.txt)."""
import base64
import difflib
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from core import cuit_valid, ean_valid  # noqa: E402
from docs import all_docs  # noqa: E402

BONIF_LINES = {"l02_fb_latex_tabularx_optica"}   # a printed % Bonif column: amount = qty x price less the bonus
OCR = {"n01_fb_scan_ferreteria", "n02_fc_scan_psicopedagoga"}
C = D("0.01")


def r2(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def forms(v):
    v = D(v)
    s = f"{abs(v):,.2f}"
    ar = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return [ar, ar.replace(".", ""), f"{abs(v):.2f}"]


def norm(t):
    return re.sub(r"\s+", " ", t)


def tokens_in(text_tokens, s, window=40):
    """every token of s appears in order, each within `window` tokens of the previous (line wraps)."""
    want = [w.rstrip(":") for w in s.split()]
    text_tokens = [t.rstrip(":") for t in text_tokens]
    for start in (i for i, t in enumerate(text_tokens) if t == want[0]):
        pos = start
        ok = True
        for w in want[1:]:
            for j in range(pos + 1, min(len(text_tokens), pos + 1 + window)):
                if text_tokens[j] == w:
                    pos = j
                    break
            else:
                ok = False
                break
        if ok:
            return True
    return False


def fuzzy_in(text, s, thr=0.75):
    t = norm(text)
    n = len(s)
    best = 0
    sm = difflib.SequenceMatcher(None, "", s, autojunk=False)
    for i in range(0, max(1, len(t) - n + 1), 2):
        sm.set_seq1(t[i:i + n])
        r = sm.ratio()
        if r > best:
            best = r
            if best >= 0.98:
                break
    return best >= thr, best


def qr_decode_payload(url):
    p = url.split("?p=", 1)[1]
    js = base64.b64decode(p + "=" * (-len(p) % 4)).decode("utf-8")
    o = json.loads(js)
    f = o.get("fecha")
    if f and re.fullmatch(r"\d\d/\d\d/\d{4}", f):
        f = f"{f[6:]}-{f[3:5]}-{f[:2]}"
    cur = {"PES": "ARS", "DOL": "USD"}.get(o.get("moneda"), o.get("moneda"))
    return {"doc_code": int(o["tipoCmp"]) if "tipoCmp" in o else None, "cuit": str(o["cuit"]) if "cuit" in o else None,
            "pos": int(o["ptoVta"]) if "ptoVta" in o else None, "number": int(o["nroCmp"]) if "nroCmp" in o else None,
            "date": f, "total": f"{D(str(o['importe'])):.2f}" if "importe" in o else None, "currency": cur,
            "cae": str(o["codAut"]) if "codAut" in o else None}


def main():
    docs = {d.name: d for d in all_docs()}
    fails = 0
    out = []
    P = out.append
    names = sorted(os.path.basename(f)[:-14] for f in glob.glob(os.path.join(HERE, "*.expected.json")))
    P(f"files: {len(names)} expected files, {len(glob.glob(os.path.join(HERE, '*.pdf')))} PDFs")
    for name in names:
        e = json.load(open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8"))
        pdf = os.path.join(HERE, name + ".pdf")
        errs = []
        notes = []
        keys = ["doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts", "subtotal",
                "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat", "cae", "qr", "warnings"]
        if list(e.keys()) != keys:
            errs.append("keys differ from the contract")
        # ---------------------------------------------------------- arithmetic
        items = sum(D(i["amount"]) for i in e["items"])
        disc = sum((D(x["amount"]) for x in e["discounts"]), D(0))
        tax = sum((D(x["amount"]) for x in e["taxes"]), D(0))
        vat = sum((D(x["amount"]) for x in e["vat"]), D(0))
        ident = items + disc + tax + (vat if not e["prices_include_vat"] else 0)
        ok_ident = abs(ident - D(e["total"])) <= C
        flagged = "totals_mismatch" in e["warnings"]
        if ok_ident == flagged:
            errs.append(f"totals identity {ident} vs total {e['total']} (flagged={flagged})")
        notes.append(f"identity {ident} {'==' if ok_ident else '!='} total {e['total']}")
        if D(e["discount_total"]) != -disc:
            errs.append("discount_total")
        if any(D(x["amount"]) >= 0 for x in e["discounts"]):
            errs.append("discount not negative")
        for it in e["items"]:
            if it["quantity"] is None:
                continue
            q, p, a = D(it["quantity"]), D(it["unit_price"]), D(it["amount"])
            net = r2(q * p)
            if e["doc_type"] == "factura_a" and e["prices_include_vat"]:
                want = r2(net * (1 + D(it["vat_rate"]) / 100))
            else:
                want = net
            if want != a and not (name in BONIF_LINES and a < want):
                errs.append(f"line {it['line']}: {q} x {p} -> {want} != {a}")
            if it["ean"] and not (re.fullmatch(r"\d{13}", it["ean"]) and ean_valid(it["ean"])):
                errs.append(f"bad ean {it['ean']}")
            if it["unit"] not in ("un", "kg"):
                errs.append("unit")
        if e["doc_type"] == "factura_a" and not e["prices_include_vat"]:
            by = {}
            for it in e["items"]:
                by.setdefault(it["vat_rate"], D(0))
                by[it["vat_rate"]] += D(it["amount"])
            for v in e["vat"]:
                base = by.get(v["rate"], D(0)) + (disc if v["rate"] == e["items"][0]["vat_rate"] and not any(
                    x["description"].lower().startswith(("descuento", "bonif")) and False for x in e["discounts"]) else 0)
                if r2(base * D(v["rate"]) / 100) != D(v["amount"]):
                    errs.append(f"vat {v['rate']}: base {base} -> {r2(base * D(v['rate']) / 100)} != {v['amount']}")
        if e["doc_type"] != "factura_a" and e["vat"]:
            errs.append("vat on B/C")
        if e["merchant"]["cuit"] is None or not cuit_valid(e["merchant"]["cuit"]):
            errs.append("merchant cuit check digit")
        # ---------------------------------------------------------- printed text
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        flat = norm(txt)
        toks = flat.split()
        cu = e["merchant"]["cuit"]
        strings = [("merchant", e["merchant"]["name"]), ("cae", e["cae"])]
        strings += [(f"item {it['line']}", it["description"]) for it in e["items"]]
        strings += [(f"tax", x["description"]) for x in e["taxes"]] + [(f"discount", x["description"]) for x in e["discounts"]]
        if name in OCR:
            strings += [("cuit", f"{cu[:2]}-{cu[2:10]}-{cu[10]}"), ("total", forms(e["total"])[0]),
                        ("number", f"{e['pos']:05d}-{e['number']:08d}")]
            otoks = norm(txt).split()
            for what, s in strings:
                ok, r = fuzzy_in(txt, s)
                if not ok:   # rotated scans may split a line: every word present on its own is enough
                    ok = all(max(difflib.SequenceMatcher(None, w, t).ratio() for t in otoks) >= 0.8 for w in s.split())
                    r = max(r, 0.8) if ok else r
                notes.append(f"ocr {what} {r:.2f}")
                if not ok:
                    errs.append(f"OCR text lacks {what}: {s!r} (best {r:.2f})")
        else:
            for what, s in strings:
                if not tokens_in(toks, s):
                    errs.append(f"text lacks {what}: {s!r}")
            if not (cu in flat or f"{cu[:2]}-{cu[2:10]}-{cu[10]}" in flat):
                errs.append("text lacks merchant CUIT")
            numre = re.compile(r"0*%d\s*-\s*0*%d\b" % (e["pos"], e["number"]))
            numre2 = re.compile(r"(Venta|Vta\.?):?\s*0*%d\b.{0,30}?Nro\.?:?\s*0*%d\b" % (e["pos"], e["number"]))
            if not (numre.search(flat) or numre2.search(flat)):
                errs.append("text lacks the invoice number")
            if not any(f in flat for f in forms(e["total"])):
                errs.append("text lacks the total")
            for it in e["items"]:
                if it["ean"] and it["ean"] not in toks:
                    wrapped = any(it["ean"][:k] in toks and it["ean"][k:] in toks[toks.index(it["ean"][:k]):toks.index(it["ean"][:k]) + 12]
                                  for k in range(8, 13))
                    if not wrapped:
                        errs.append(f"ean {it['ean']} not printed")
                    else:
                        notes.append(f"ean {it['ean']} printed wrapped over two lines")
        # ---------------------------------------------------------- QR
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(td, "p")], check=True)
            found = []
            for png in sorted(glob.glob(os.path.join(td, "*.png"))):
                z = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", png], capture_output=True, text=True)
                found += [(os.path.basename(png), l) for l in z.stdout.splitlines() if l.strip()]
        d = docs.get(name)
        meant = d.qr_payload if d else None
        if e["qr"] is None:
            if found:
                errs.append(f"QR found but none expected: {found}")
            P_qr = "no QR (none expected, none decoded)"
        else:
            pays = {l for _, l in found}
            if pays != {meant}:
                errs.append(f"QR decoded {sorted(pays)[:2]} != meant payload")
            else:
                dec = qr_decode_payload(meant)
                if dec != e["qr"]:
                    errs.append(f"qr decoded {dec} != expected {e['qr']}")
            P_qr = f"QR decoded on {len(found)} page(s) {[p for p, _ in found]} == meant payload ({len(meant)} chars): {'yes' if pays == {meant} else 'NO'}"
            mism = []
            if e["qr"]["cuit"] != e["merchant"]["cuit"]:
                mism.append("cuit")
            if e["qr"]["number"] != e["number"]:
                mism.append("number")
            if e["qr"]["pos"] != e["pos"]:
                mism.append("pos")
            if e["qr"]["total"] is not None and D(e["qr"]["total"]) != D(e["total"]):
                mism.append("total")
            if e["qr"]["date"] is not None and e["qr"]["date"] != e["issued_at"]:
                mism.append("date")
            if e["qr"]["doc_code"] != {"factura_a": 1, "factura_b": 6, "factura_c": 11}[e["doc_type"]]:
                mism.append("doc_code")
            if bool(mism) != ("qr_mismatch" in e["warnings"]):
                errs.append(f"qr_mismatch warning inconsistent: {mism}")
            if mism:
                P_qr += f"; QR disagrees with print on {mism} -> qr_mismatch expected"
        status = "PASS" if not errs else "FAIL"
        fails += bool(errs)
        P(f"{status} {name}: {len(e['items'])} items, total {e['total']}, warnings {e['warnings']}; {notes[0]}")
        P(f"     {P_qr}")
        for n in notes[1:]:
            if n.startswith("ocr"):
                P(f"     {n}")
        for x in errs:
            P(f"     ERROR {x}")
    P(f"\n{len(names) - fails}/{len(names)} files pass" + ("" if not fails else f"; {fails} FAIL"))
    print("\n".join(out))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
