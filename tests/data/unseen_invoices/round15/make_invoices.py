"""Build the round 15 set: python make_invoices.py [prefix ... | NAME ...]"""
import json
import os
import sys

import docs

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("R15_WORK", "/work/round15-scratch/build")


def main(args):
    os.makedirs(WORK, exist_ok=True)
    for d in docs.build_docs():
        if args and d.prefix not in args and d.name not in args:
            continue
        out = os.path.join(HERE, d.name + ".pdf")
        if d.prefix == "a":
            import render_aspose as R
        elif d.prefix == "p":
            import render_spire as R
        else:
            import render_textpdf as R
        R.render(d, out, WORK)
        e = d.expected()
        with open(os.path.join(HERE, d.name + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(dump(e))
        print("built", d.name)


def dump(e):
    # one key per line at top level, items / lists one entry per line (as the fixtures)
    lines = []
    keys = list(e)
    for i, k in enumerate(keys):
        v = e[k]
        end = "," if i < len(keys) - 1 else ""
        if isinstance(v, list) and v:
            inner = ",\n".join("    " + json.dumps(x, ensure_ascii=False) for x in v)
            lines.append(f'  "{k}": [\n{inner}\n  ]{end}')
        else:
            lines.append(f'  "{k}": {json.dumps(v, ensure_ascii=False)}{end}')
    return "{\n" + "\n".join(lines) + "\n}\n"


if __name__ == "__main__":
    main(sys.argv[1:])
