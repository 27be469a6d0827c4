"""Builds every PDF + expected file of this folder.  python make_invoices.py [name-prefix ...]"""
import json, os, sys
from docs import finalize_all
from renderers import render

HERE = os.path.dirname(os.path.abspath(__file__))


def main(only):
    for d in finalize_all():
        if only and not any(d["name"].startswith(o) for o in only):
            continue
        pdf = os.path.join(HERE, d["name"] + ".pdf")
        render(d, pdf)
        with open(os.path.join(HERE, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(d["expected"], indent=2, ensure_ascii=False) + "\n")
        with open(os.path.join("/work/wt-round4-scratch/build", d["name"] + ".qrurl"), "w") as f:
            f.write(d["qr_url"] or "")
        print("built", d["name"])


if __name__ == "__main__":
    main(sys.argv[1:])
