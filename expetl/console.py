"""What the CLI and the demo print about a run."""
from __future__ import annotations

import sys


def print_counts(res, out=sys.stdout) -> None:
    print(f"run {res.run_id}: {res.summary()}", file=out)
    print_quarantine(res.quarantine, out)


def print_quarantine(entries, out=sys.stdout) -> None:
    for q in entries:
        where = f" line {q.line}" if q.line else ""
        print(f"  quarantined {q.object_key}{where}: {q.reason}: {q.detail[:160]}", file=out)
