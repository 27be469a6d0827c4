"""Build round 6: python make_invoices.py [ids...]  (scratch build dirs in /work/wt-round6-scratch/build)."""
import json
import os
import sys

import segno

import render
from core import expected, qr_payload
from docs import docs
from layout import build

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/work/wt-round6-scratch/build"


def make(doc):
    b = os.path.join(BUILD, doc["id"])
    os.makedirs(b, exist_ok=True)
    sp = build(doc)
    payload = qr_payload(doc)
    qrfile = None
    if payload:
        qrfile = os.path.join(b, "qr.png")
        segno.make(payload, error="m", micro=False).save(qrfile, scale=6, border=2)
    out = os.path.join(HERE, doc["id"] + ".pdf")
    gen = doc["gen"]
    target = out
    if gen.startswith("gs:"):
        gen = gen[3:]
        target = os.path.join(b, "pre_gs.pdf")
    if gen in ("lualatex", "xelatex"):
        render.gen_latex(sp, doc, gen, b, target, qrfile)
    elif gen == "context":
        render.gen_context(sp, doc, b, target, qrfile)
    elif gen == "fpdf":
        render.gen_fpdf(sp, doc, b, target, qrfile)
    elif gen == "pandoc":
        render.gen_pandoc(sp, doc, b, target, qrfile)
    elif gen == "textmono":
        render.gen_textmono(sp, doc, b, target, qrfile)
    else:
        raise ValueError(gen)
    if doc["gen"].startswith("gs:"):
        render.gen_gs(target, out)
    exp = expected(doc)
    with open(os.path.join(HERE, doc["id"] + ".expected.json"), "w") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return payload, sp


def main():
    want = set(sys.argv[1:])
    for d in docs():
        if want and not any(d["id"].startswith(w) for w in want):
            continue
        make(d)
        print("ok", d["id"], flush=True)


if __name__ == "__main__":
    main()
