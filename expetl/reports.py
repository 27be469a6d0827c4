"""Mercado Pago settlement and release reports (csrc/mpcsv.c)."""
from __future__ import annotations

import copy
import os
from typing import Any, Iterator, Union

from . import _native
from .receipts import _jsonable


class MpReport:
    """Rows of one report in the contract shape; ``lines[i]`` is the physical
    line of ``rows[i]`` (header = line 1)."""

    __slots__ = ("report_type", "rows", "lines", "sha256")

    def __init__(self, report_type: str, rows: list[dict[str, Any]], sha256: str):
        self.report_type = report_type
        self.lines = [r.pop("line") for r in rows]
        self.rows = rows
        self.sha256 = sha256

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def to_dicts(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self.rows)

    def to_json_dicts(self) -> list[dict[str, Any]]:
        return _jsonable(self.rows)

    def __repr__(self) -> str:
        return f"<MpReport {self.report_type} rows={len(self.rows)}>"


def parse_mp_report(source: Union[bytes, bytearray, memoryview, str, "os.PathLike[str]"]) -> MpReport:
    """Parse a report CSV (bytes or a path).  A row that cannot be read fails
    the whole report with ReportError (``.line`` is the physical line)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = source
    else:
        with open(os.fspath(source), "rb") as f:
            data = f.read()
    kind, rows = _native.parse_mp_report(data)
    return MpReport(kind, rows, _native.sha256(data))
