"""Micro-benchmark of the item categoriser (csrc/categorize.c).

    python bench/categories.py [--lines 100000]

Generates ticket lines from the vocabulary of the held-out list
(tests/data/categories_holdout.json: descriptions with and without a
department, sizes and units shuffled in) and prints nanoseconds per item:

- batch: Rules.items(rows), one call, the matching without the GIL (the C
  cost plus building the result list);
- per call: Rules.item(dept, desc) from a Python loop (what a Python caller
  pays, mostly the call itself).

Times are the process's CPU time (not wall time), so a busy shared machine
inflates them less; the best of --repeat runs is the figure to quote.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from expetl import rules  # noqa: E402

SIZES = ["500G", "1KG", "X KG", "1.5L", "2,25L", "X12", "900ML", "X 100G", "4U", ""]


def lines(n: int, seed: int = 7) -> list[tuple[str | None, str]]:
    ho = json.loads((HERE.parent / "tests" / "data" / "categories_holdout.json").read_text(encoding="utf-8"))
    base = [(i["department"], i["description"]) for i in ho["items"]]
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        dept, desc = rnd.choice(base)
        words = desc.split()
        if rnd.random() < 0.3:
            words.append(rnd.choice(SIZES))
        if rnd.random() < 0.2:
            words = [w.lower() for w in words]
        out.append((dept if rnd.random() < 0.7 else None, " ".join(w for w in words if w)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    r = rules.default()
    rows = lines(a.lines)
    r.items(rows[:1000])  # warm up
    batch = []
    for _ in range(a.repeat):
        t = time.process_time_ns()
        r.items(rows)
        batch.append((time.process_time_ns() - t) / len(rows))
    single = []
    for _ in range(a.repeat):
        t = time.process_time_ns()
        for d, s in rows:
            r.item(d, s)
        single.append((time.process_time_ns() - t) / len(rows))
    words = statistics.mean(len(s.split()) for _, s in rows)
    print(f"{len(rows)} lines, {words:.1f} words each on average")
    print(f"batch (C loop, GIL released): {min(batch):.0f} ns per item (median {statistics.median(batch):.0f})")
    print(f"per call from Python:         {min(single):.0f} ns per item (median {statistics.median(single):.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
