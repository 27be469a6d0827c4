"""Build every invoice PDF + expected file of this set (deterministic; run with the scratch venv).

usage: python make_invoices.py [name-prefix ...]
"""
import importlib
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.environ.setdefault("SOURCE_DATE_EPOCH", "1773000000")

from docs import all_docs  # noqa: E402

RENDERERS = {"latex": "r_latex", "docx": "r_office", "odt": "r_office", "fodt": "r_office", "fods": "r_office",
             "groff": "r_text", "ps": "r_text", "enscript": "r_text", "a2ps": "r_text", "cairo": "r_cairo",
             "pikepdf": "r_pike", "scan": "r_scan"}


def main(prefixes):
    docs = all_docs()
    for d in docs:
        if prefixes and not any(d.name.startswith(p) for p in prefixes):
            continue
        mod = importlib.import_module(RENDERERS[d.r["renderer"]])
        work = tempfile.mkdtemp(prefix="inv_")
        out = os.path.join(HERE, d.name + ".pdf")
        mod.render(d, out, work)
        shutil.rmtree(work, ignore_errors=True)
        with open(os.path.join(HERE, d.name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", d.name)


if __name__ == "__main__":
    main(sys.argv[1:])
