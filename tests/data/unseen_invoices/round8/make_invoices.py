"""Build round 8: python make_invoices.py [id-prefix ...]"""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import build
from layout import layout
from docs import DOCS
HERE = os.path.dirname(os.path.abspath(__file__)); SCR = "/work/round8-scratch/build"; os.makedirs(SCR, exist_ok=True)

def write_expected(path, exp):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2); f.write("\n")

def run(s):
    exp, P = build(s)
    out = os.path.join(HERE, s["id"] + ".pdf")
    g = s["gen"]
    if g in "ycidbn":
        pages = layout(P, s.get("lay", {}))
    if g == "y":
        from gen.pydyf_exec import render
        render(pages, P["qr_url"], out, vector_qr=s.get("vector_qr", False), info={"Producer": "pydyf", "Creator": "facturador"})
    elif g == "c":
        import segno
        gif = None
        if P["qr_url"]:
            gif = f"{SCR}/{s['id']}.jpg"; png = gif[:-4] + ".png"; segno.make(P["qr_url"], error="m").save(png, scale=8, border=4)
            from PIL import Image
            Image.open(png).convert("RGB").save(gif, "JPEG", quality=95)
        j = f"{SCR}/{s['id']}.json"; json.dump({"pages": pages}, open(j, "w"))
        subprocess.run(["perl", os.path.join(HERE, "gen/pdfcreate_exec.pl"), j, out] + ([gif] if gif else []), check=True)
    elif g == "i":
        from gen.others import impress; impress(pages, P["qr_url"], out)
    elif g == "d":
        from gen.others import dia; dia(pages, P["qr_url"], out)
    elif g == "b":
        from gen.others import svg; svg(pages, P["qr_url"], out, vector_qr=s.get("vector_qr", False))
    elif g == "n":
        from gen.others import scan; scan(pages, P["qr_url"], out, s["seed"])
    elif g == "r":
        from gen.textsrc import rinoh; rinoh(P, s, out)
    elif g == "m":
        from gen.textsrc import mandoc; mandoc(P, s, out)
    write_expected(out[:-4] + ".expected.json", exp)
    print("built", s["id"])

if __name__ == "__main__":
    sel = sys.argv[1:]
    for s in DOCS:
        if not sel or any(s["id"].startswith(p) for p in sel):
            run(s)
