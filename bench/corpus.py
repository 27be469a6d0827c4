"""The benchmark's generated corpus: Carrefour-style "ticket digital"
receipts of 1 to 4 pages, made by expetl's own generator (expetl.sample:
a minimal PDF writer, Helvetica, one text object per cell, like the fixture
tickets).  Deterministic for a seed; each receipt comes with the total and
item count it must parse to."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from expetl.sample import ticket_corpus


@dataclass
class Generated:
    pdf: bytes
    total: Decimal
    items: int


def corpus(n: int, seed: int = 7) -> list[Generated]:
    """n receipts, sizes spread so that pages run from 1 to 4."""
    return [Generated(t.pdf, t.total, len(t.items)) for t in ticket_corpus(n, seed)]
