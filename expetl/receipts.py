"""Receipts: the Python face of the C parser (csrc/receipt.c and friends)."""
from __future__ import annotations

import copy
import json
import os
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any, Iterable, Union

from . import _native

Source = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]"]


def _jsonable(v: Any) -> Any:
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_jsonable(x) for x in v]
    return v


class Receipt:
    """One parsed receipt.  ``to_dict()`` is exactly the contract
    (shared/CONTRACT.md), money and quantities as ``decimal.Decimal``."""

    __slots__ = ("_d", "sha256", "source")

    def __init__(self, data: dict[str, Any], sha256: str, source: str | None = None):
        self._d = data
        self.sha256 = sha256
        self.source = source

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self._d)

    def to_json_dict(self) -> dict[str, Any]:
        """The contract with money as strings, as the JSON output carries it."""
        return _jsonable(self._d)

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_json_dict(), **kwargs)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._d[name]
        except KeyError:
            raise AttributeError(name) from None

    def __repr__(self) -> str:
        m = self._d["merchant"]["name"]
        return (f"<Receipt {self._d['doc_type']} {m!r} {self._d['issued_at']} "
                f"total={self._d['total']} items={len(self._d['items'])}>")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Receipt) and other._d == self._d

    __hash__ = None  # type: ignore[assignment]


def _read(source: Source) -> tuple[bytes | bytearray | memoryview, str | None]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return source, None
    path = os.fspath(source)
    with open(path, "rb") as f:
        return f.read(), path


def parse_receipt(source: Source) -> Receipt:
    """Parse one receipt PDF given as bytes or a path.

    Raises DamagedPdf, EncryptedPdf or UnsupportedLayout (all ReceiptError),
    each with ``.sha256`` of the file."""
    data, path = _read(source)
    sha, d = _native.parse_pdf(data)
    return Receipt(d, sha, path)


def parse_receipt_text(text: str) -> Receipt:
    """Parse a receipt given as layout text (as ``pdftotext -layout`` prints it)."""
    return Receipt(_native.parse_text(text), _native.sha256(text.encode()), None)


def parse_receipts(items: Iterable[Source], workers: int | None = None,
                   errors: str = "raise") -> list[Receipt | _native.ReceiptError]:
    """Parse many receipts in parallel threads (the C core releases the GIL;
    each thread works on its own documents).

    ``errors="raise"`` raises the first error in input order;
    ``errors="return"`` puts the exception object in that file's place."""
    if errors not in ("raise", "return"):
        raise ValueError("errors must be 'raise' or 'return'")
    items = list(items)
    workers = workers or min(len(items), os.cpu_count() or 1) or 1

    def one(src: Source) -> Receipt | _native.ReceiptError:
        try:
            return parse_receipt(src)
        except _native.ReceiptError as e:
            if errors == "raise":
                raise
            return e

    if workers == 1:
        return [one(s) for s in items]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, items))
