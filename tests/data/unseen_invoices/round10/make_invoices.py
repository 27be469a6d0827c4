"""Build all round-10 documents: python make_invoices.py [prefix ...]"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen"))
from docs import docs
HERE = os.path.dirname(os.path.abspath(__file__))
SCRATCH = "/work/round10-scratch/build"
def main():
    os.makedirs(SCRATCH, exist_ok=True)
    want = sys.argv[1:]
    for d in docs():
        if want and not any(d.name.startswith(w) for w in want): continue
        out = os.path.join(HERE, d.name + ".pdf")
        p = d.name[0]
        if p in "ve":
            import text_exec; text_exec.run(d, out, "vim" if p == "v" else "emacs", SCRATCH)
        elif p == "s":
            import svg_exec; svg_exec.run(d, out, SCRATCH)
        elif p == "y":
            import pyx_exec; pyx_exec.run(d, out, SCRATCH)
        elif p in "tq":
            import form_exec; form_exec.run(d, out, "pdftk" if p == "t" else "pypdf", SCRATCH)
        with open(os.path.join(HERE, d.name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write("\n")
        print("built", d.name)
main()
