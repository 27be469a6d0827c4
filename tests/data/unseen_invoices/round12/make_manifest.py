"""Writes MANIFEST.md = MANIFEST.head.md + the file table (from docs.py and the PDFs)."""
import hashlib
import os
import subprocess

import docs

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {"f": "fcl-pdf", "a": "Asymptote", "c": "Calligra Words"}
rows = []
for s in sorted(docs.SPECS, key=lambda s: s["name"]):
    pdf = os.path.join(HERE, s["name"] + ".pdf")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = [l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")][0]
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    rows.append(f"| `{s['name']}` | {GEN[s['gen']]} | {pages} | {s['exercises']} | `{sha}` |")
head = open(os.path.join(HERE, "MANIFEST.head.md"), encoding="utf-8").read()
with open(os.path.join(HERE, "MANIFEST.md"), "w", encoding="utf-8") as fh:
    fh.write(head.rstrip() + "\n\n## Files\n\n| file | generator | pages | exercises | sha256 |\n| --- | --- | --- | --- | --- |\n")
    fh.write("\n".join(rows) + "\n")
