"""Mercado Pago settlement and release reports (csrc/mpcsv.c)."""
from __future__ import annotations

import copy
import os
from typing import IO, Any, Iterator, Union

from . import _native
from .receipts import _jsonable, parse_naming, read_source

ReportSource = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", IO[bytes], IO[str]]


class MpReport:
    """Rows of one report in the contract shape; ``lines[i]`` is the physical
    line of ``rows[i]`` (header = line 1); ``source`` the path it was read
    from (None otherwise)."""

    __slots__ = ("report_type", "rows", "lines", "sha256", "source")

    def __init__(self, report_type: str, rows: list[dict[str, Any]], sha256: str, source: str | None = None):
        self.report_type = report_type
        self.lines = [r.pop("line") for r in rows]
        self.rows = rows
        self.sha256 = sha256
        self.source = source

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


def _report_bytes(source: ReportSource) -> tuple[bytes | bytearray | memoryview, str | None]:
    if isinstance(source, str) and "\n" in source:  # the CSV's text itself, not a file name
        return source.encode("utf-8"), None
    if hasattr(source, "read"):  # an open file, io.StringIO, a response body
        data = source.read()
        name = getattr(source, "name", None)
        return (data.encode("utf-8") if isinstance(data, str) else data), name if isinstance(name, str) else None
    return read_source(source, "a report is a path, CSV text, bytes or a file object")


def parse_mp_report(source: ReportSource) -> MpReport:
    """Parse a report CSV: a path, the CSV as bytes, the CSV as text (a
    ``str`` with a line break is text, one without is a path) or a file
    object.  A row that cannot be read fails the whole report with
    ReportError (``.line`` is the physical line, ``.path`` the file)."""
    data, path = _report_bytes(source)
    kind, rows = parse_naming(path, _native.ReportError, _native.parse_mp_report, data)
    return MpReport(kind, rows, _native.sha256(data), path)
