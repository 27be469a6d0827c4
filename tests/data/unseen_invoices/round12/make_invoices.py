"""Rebuild round 12: python make_invoices.py [prefix ...]  (e.g. `f a c`)."""
import os
import sys

import core
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("R12_WORK", "/work/round12-scratch/build")


def main(argv):
    os.makedirs(WORK, exist_ok=True)
    want = set(argv) or None
    for spec in docs.SPECS:
        if want and spec["gen"] not in want and spec["name"] not in want:
            continue
        doc = core.build(spec)
        if spec["gen"] == "f":
            import render_fcl as r
        elif spec["gen"] == "a":
            import render_asy as r
        elif spec["gen"] == "c":
            import render_calligra as r
        else:
            raise SystemExit("unknown generator " + spec["gen"])
        r.render(doc, OUT, WORK)
        core.write_expected(doc, OUT)
        print("built", doc.name, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
