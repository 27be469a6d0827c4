"""Writes this set from tickets.py (texts and expected values written by
hand): NAME.expected.json, and NAME.txt (layout text, one line a row) or,
for the tickets marked so, NAME.pdf (each run of text one cell, Courier or
Helvetica flush right past column 40; "@@PAGE@@" starts a page).  Run with
the project's Python from this folder (expetl.sample draws the PDFs):
PYTHONPATH=<checkout>:. <checkout>/.venv/bin/python -P make_tickets.py"""
import json
import re
from pathlib import Path

from expetl.sample import text_width, write_pdf
from tickets import T

HERE = Path(__file__).resolve().parent


def pdf_of(text, font):
    out = []
    for page in text.split("@@PAGE@@\n"):
        cells = []
        for k, line in enumerate(page.splitlines()):
            for m in re.finditer(r"\S+(?: \S+)*", line):
                x = 8 + 4.8 * m.start()
                if font == "Helvetica" and m.end() >= 40 and m.start() > 0:
                    x = 8 + 4.8 * 44 - text_width(m.group(), "Helvetica")
                cells.append((x, 580 - 10 * k, m.group()))
        out.append(cells)
    return write_pdf(out, width=240, font=font)


for t in T:
    name = t["name"]
    (HERE / f"{name}.expected.json").write_text(json.dumps(t["exp"], indent=1, ensure_ascii=False))
    if t["pdf"]:
        (HERE / f"{name}.pdf").write_bytes(pdf_of(t["text"], "Courier" if t["pdf"] == "courier" else "Helvetica"))
    else:
        (HERE / f"{name}.txt").write_text(t["text"].replace("@@PAGE@@\n", ""))
