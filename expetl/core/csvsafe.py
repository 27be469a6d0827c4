"""CSV meant for people (``expetl parse --csv``, exports opened in a
spreadsheet): a cell that a spreadsheet would run as a formula is written
as text.

A receipt or a report is anyone's text: a description such as
``=cmd|' /C calc'!A0`` runs when the CSV is opened in Excel or LibreOffice.
Cells starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
(OWASP's list) get a leading apostrophe, which spreadsheets show as text.
A plain number keeps its sign: ``-123.45`` is an amount, not a formula.

The processed CSV files in the stage are for machines (the warehouse
COPY, Glue) and are written as the values are: neutralising them would
change the data loaded.  Do not hand them to people as they are."""
from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?")


def neutralise(value: Any) -> Any:
    """The value as a spreadsheet must see it: a formula-looking string
    prefixed with ``'``; anything else unchanged."""
    if isinstance(value, str) and value.startswith(TRIGGERS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def neutralise_row(row: Mapping[str, Any] | Iterable[Any]) -> dict[str, Any] | list[Any]:
    """A csv.DictWriter row (a mapping) or a csv.writer row (a sequence),
    every cell neutralised."""
    if isinstance(row, Mapping):
        return {k: neutralise(v) for k, v in row.items()}
    return [neutralise(v) for v in row]
