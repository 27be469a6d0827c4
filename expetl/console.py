"""What the CLI and the demo print about a run."""
from __future__ import annotations

import json
import sys
from typing import IO, Iterable

SHORT = 200  # characters of a quarantine detail on a terminal line


def print_counts(res, out=sys.stdout, full: bool = False) -> None:
    print(f"run {res.run_id}: {res.summary()}", file=out)
    print_quarantine(res.quarantine, out, full)


def print_quarantine(entries, out=sys.stdout, full: bool = False) -> None:
    for q in entries:
        where = f" line {q.line}" if q.line else ""
        print(f"  quarantined {q.object_key}{where}: {q.reason}: {detail_text(q.detail, full)}", file=out)


def detail_text(detail: str, full: bool = False) -> str:
    """A quarantine detail for a terminal line: a JSON object as
    ``key=value`` pairs (never cut inside its JSON), anything else as is;
    past SHORT characters cut at a word with how much is left, unless
    ``full``."""
    try:
        obj = json.loads(detail)
    except ValueError:
        obj = None
    if isinstance(obj, dict):
        detail = ", ".join(f"{k}={','.join(map(str, v)) if isinstance(v, list) else v}" for k, v in obj.items())
    if full:
        return detail.replace("\n", "\n    ")
    detail = " ".join(detail.split())
    if len(detail) <= SHORT:
        return detail
    cut = detail.rfind(" ", 0, SHORT)
    cut = cut if cut > SHORT // 2 else SHORT
    return f"{detail[:cut]} … ({len(detail) - cut} more characters: --verbose or --quarantine-file)"


def write_quarantine(entries: Iterable, f: IO[str]) -> int:
    """Every entry as one JSON object a line (the whole detail); returns
    how many."""
    n = 0
    for q in entries:
        f.write(json.dumps(q.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n



def ars(amount) -> str:
    """Money the Argentine way: 145130.28 → "145.130,28"."""
    from decimal import Decimal
    q = Decimal(amount).quantize(Decimal("0.01"))
    sign, digits = ("-" if q < 0 else ""), f"{abs(q):,.2f}"
    return sign + digits.replace(",", "_").replace(".", ",").replace("_", ".")


def print_weekly(weeks, out=sys.stdout) -> None:
    """The weekly ledger as a person reads it: what was spent, split by
    category and brand, and what moved beside it."""
    from decimal import Decimal

    from .rules import category_names
    names = category_names()
    if not weeks:
        print("no expenses in the warehouse yet", file=out)
        return
    for w in weeks:
        moved = any(Decimal(w[k]) for k in ("spending", "income", "own_transfers", "transfers_out"))
        if not moved and not w["unclassified"]:
            continue  # a currency that did not move that week
        print(f"\n{w['week']}  {w['week_start']} to {w['end']}  {w['currency']}", file=out)
        print(f"  spent          {ars(w['spending']):>14}   (receipts {ars(w['receipts'])}, "
              f"Mercado Pago {ars(w['mp_spending_unlinked'])}, taxes {ars(w['taxes'])}, "
              f"refunds {ars(w['refunds'])})", file=out)
        for cat, amount in sorted(w["by_category"].items(), key=lambda x: -abs(Decimal(x[1]))):
            print(f"    {names.get(cat, cat):<28} {ars(amount):>14}", file=out)
        brands = ", ".join(f"{b} {ars(a)}" for b, a in list(w["by_brand"].items())[:6])
        if brands:
            print(f"  where          {brands}", file=out)
        print(f"  beside it      income {ars(w['income'])}, own transfers {ars(w['own_transfers'])}, "
              f"transfers out {ars(w['transfers_out'])}", file=out)
        if w["unclassified"]:
            print(f"  unclassified   {w['unclassified']} Mercado Pago movements no rule placed "
                  "(not counted; see `expetl report`)", file=out)
