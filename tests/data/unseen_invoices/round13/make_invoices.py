"""Build the round-13 invoices: python make_invoices.py [prefix letters | NAME ...]"""
import importlib
import os
import sys

from core import dump_expected
from docs import all_docs

RENDERERS = {"u": "render_pdfium", "h": "render_hanko", "s": "render_skia", "e": "render_reuse", "r": "render_pdfrw"}
HERE = os.path.dirname(os.path.abspath(__file__))


def main(args):
    for doc in all_docs():
        if args and doc.gen not in args and doc.name not in args:
            continue
        mod = importlib.import_module(RENDERERS[doc.gen])
        mod.render(doc, os.path.join(HERE, doc.name + ".pdf"))
        with open(os.path.join(HERE, doc.name + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(dump_expected(doc))
        print("built", doc.name)


if __name__ == "__main__":
    main(sys.argv[1:])
