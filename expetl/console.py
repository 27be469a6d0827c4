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
