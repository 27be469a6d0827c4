"""Files named on the command line or in a notebook call: a folder stands
for every file under it (recursively, in name order, hidden ones left out)
that a registered document kind recognises by name and first bytes."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .core import kinds
from .core.kinds import DocumentKind
from .core.sources import files_under

HEAD = 4096  # bytes a kind needs to recognise a file


def kind_of(path: str | os.PathLike[str]) -> DocumentKind | None:
    """The registered kind that claims this file, or None."""
    with open(path, "rb") as f:
        head = f.read(HEAD)
    return kinds.recognise(os.path.basename(path), head)


def walk(paths: Iterable[str | os.PathLike[str]], only: Iterable[str] | None = None,
         skipped: Callable[[str, str], None] | None = None) -> Iterator[tuple[Path, DocumentKind]]:
    """(path, kind) of every document under each folder of ``paths``, of
    the kinds ``only`` names (default: any).  A file of no wanted kind goes
    to ``skipped(path, why)``; files named directly are not this function's
    business (their kind may be forced)."""
    wanted = set(only) if only is not None else None
    for top in paths:
        for p in files_under(top):
            kind = kind_of(p)
            if kind is None or (wanted is not None and kind.name not in wanted):
                if skipped:
                    skipped(str(p), "not a " + " or ".join(sorted(wanted)) if wanted
                            else "not a document of a known kind")
                continue
            yield p, kind
