"""The ``expetl`` command."""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from . import _native
from .frames import ITEM_COLUMNS, receipt_item_rows
from .receipts import parse_receipt


class _Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int):
        self.total = total
        self.on = total > 5 and sys.stderr.isatty()
        self.n = 0

    def step(self) -> None:
        self.n += 1
        if self.on:
            w = 30
            done = w * self.n // self.total
            sys.stderr.write(f"\r[{'#' * done}{'.' * (w - done)}] {self.n}/{self.total}")
            if self.n == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def cmd_parse(args: argparse.Namespace) -> int:
    results, failed = [], 0
    bar = _Progress(len(args.files))
    for path in args.files:
        try:
            results.append(parse_receipt(path))
        except (_native.ReceiptError, OSError) as e:
            failed += 1
            print(f"{path}: {type(e).__name__}: {e}", file=sys.stderr)
        bar.step()
    if args.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=ITEM_COLUMNS, lineterminator="\n")
        w.writeheader()
        for row in receipt_item_rows(results):
            w.writerow({k: "" if v is None else v for k, v in row.items()})
    else:
        docs = [r.to_json_dict() for r in results]
        out = docs[0] if len(args.files) == 1 and docs else docs
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 1 if failed else 0


def week_start(iso: str) -> date:
    d = date.fromisoformat(iso[:10])
    return d - timedelta(days=d.weekday())


def cmd_demo(args: argparse.Namespace) -> int:
    from .mbox import pdf_attachments

    seen: set[str] = set()
    weekly: dict[date, Decimal] = defaultdict(Decimal)
    dupes = errors = 0
    for att in pdf_attachments(args.mbox):
        if att.sha256 in seen:
            dupes += 1
            continue
        seen.add(att.sha256)
        try:
            r = parse_receipt(att.data)
        except _native.ReceiptError as e:
            errors += 1
            print(f"{att.filename}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        d = r.to_dict()
        warn = f"  warnings: {', '.join(d['warnings'])}" if d["warnings"] else ""
        print(f"\n{att.filename}  {d['merchant']['name']}  {d['issued_at']}  "
              f"sha256 {r.sha256[:12]}{warn}")
        for it in d["items"]:
            print(f"  {it['line']:>3} {(it['department'] or '-')[:18]:<18} "
                  f"{it['description'][:34]:<34} {it['quantity']:>8} {it['unit']:<2} "
                  f"{it['amount']:>12}")
        for disc in d["discounts"]:
            print(f"      {'':<18} {disc['description'][:34]:<34} {'':>11} {disc['amount']:>12}")
        print(f"      {'TOTAL':<18} {'':<34} {'':>11} {d['total']:>12} {d['currency']}")
        weekly[week_start(d["issued_at"])] += d["total"]
    print(f"\n{len(seen)} distinct PDFs, {dupes} duplicate(s) skipped, {errors} error(s)")
    print("\nweek starting   total (ARS)")
    for wk in sorted(weekly):
        print(f"{wk.isoformat()}   {weekly[wk]:>14,.2f}")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="expetl", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    pp = sub.add_parser("parse", help="parse receipt PDFs and print the contract")
    pp.add_argument("files", nargs="+")
    fmt = pp.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON (default)")
    fmt.add_argument("--csv", action="store_true", help="CSV, one line per item")
    pp.set_defaults(func=cmd_parse)
    pd = sub.add_parser("demo", help="parse a Takeout mbox and print weekly totals")
    pd.add_argument("--mbox", default=os.path.join(
        os.path.dirname(__file__), "..", "..", "shared", "fixtures", "mail", "takeout.mbox"))
    pd.set_defaults(func=cmd_demo)
    args = p.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
