"""Builds the PDFs and expected files: python make_invoices.py [prefixes or names]."""
import json, os, sys
import docs
OUT = "/work/round17"; TMP = "/work/round17-scratch/tpl"
os.makedirs(TMP, exist_ok=True)
sel = sys.argv[1:]
for d in docs.DOCS:
    if sel and d.name[0] not in sel and d.name not in sel: continue
    pdf = f"{OUT}/{d.name}.pdf"
    if d.name[0] == "m":
        import render_text; render_text.render(d, pdf, TMP)
    elif d.name[0] == "c":
        import render_cells; render_cells.render(d, pdf, TMP)
    elif d.name[0] == "v":
        import render_slides; render_slides.render(d, pdf, TMP)
    e = d.expected()
    with open(f"{OUT}/{d.name}.expected.json", "w", encoding="utf-8") as f:
        f.write(json.dumps(e, ensure_ascii=False, indent=2) + "\n")
    print("built", d.name)
