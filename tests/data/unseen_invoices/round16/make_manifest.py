import hashlib, os, subprocess, docs
H = os.path.dirname(os.path.abspath(__file__))
GEN = {"w": "Aspose.Words for Python via .NET (eval)", "d": "Spire.Doc for Python (eval)", "x": "Spire.XLS for Python (eval)"}
out = open(os.path.join(H, "MANIFEST.head.md"), encoding="utf-8").read()
for d in sorted(docs.all_docs(), key=lambda d: d.name):
    p = os.path.join(H, d.name + ".pdf")
    pages = [l.split()[-1] for l in subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout.splitlines() if l.startswith("Pages:")][0]
    out += f"| `{d.name}` | {GEN[d.gen]} | {pages} | {d.exercises} | `{hashlib.sha256(open(p, 'rb').read()).hexdigest()}` |\n"
open(os.path.join(H, "MANIFEST.md"), "w", encoding="utf-8").write(out)
