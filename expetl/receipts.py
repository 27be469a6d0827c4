"""Receipts: the Python face of the C parser (csrc/receipt.c and friends)."""
from __future__ import annotations

import copy
import html
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


CONTRACT_KEYS = ("doc_type", "merchant", "pos", "number", "issued_at", "currency", "items", "discounts",
                 "subtotal", "discount_total", "total", "vat", "taxes", "payments", "prices_include_vat",
                 "cae", "qr", "warnings")


class Receipt:
    """One parsed receipt.  ``to_dict()`` is exactly the contract
    (shared/CONTRACT.md), money and quantities as ``decimal.Decimal``; every
    contract key is an attribute too (``r.total``, ``r.items``), and
    ``source`` is the path it was read from (None for bytes).

    Receipts pickle and copy (process pools, joblib, caches) and show as a
    table in a notebook."""

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
        # only the contract keys: a private name (pickle and copy probe
        # for _d before __init__ ever ran) must not recurse into self._d
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._d[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self._d))

    def __reduce__(self) -> tuple:
        return (Receipt, (self._d, self.sha256, self.source))

    def __repr__(self) -> str:
        m = self._d["merchant"]["name"]
        return (f"<Receipt {self._d['doc_type']} {m!r} {self._d['issued_at']} "
                f"total={self._d['total']} items={len(self._d['items'])}>")

    def _repr_html_(self) -> str:
        return receipt_html(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Receipt) and other._d == self._d

    __hash__ = None  # type: ignore[assignment]


def _cell(v: Any, num: bool = False) -> str:
    text = "" if v is None else html.escape(str(v))  # PDF text is outside input
    return f'<td style="text-align:right">{text}</td>' if num else f"<td>{text}</td>"


def receipt_html(r: Receipt) -> str:
    """A notebook view: who, when, how much, and the lines that add up to it."""
    d = r._d
    m = d["merchant"]
    head = [f"<b>{html.escape(m['name'] or '(no merchant)')}</b>"]
    if m["cuit"]:
        head.append(f"CUIT {html.escape(m['cuit'])}")
    head.append(html.escape(f"{d['doc_type']} {d['pos'] or 0:04d}-{d['number'] or 0:08d}"))
    head.append(html.escape(str(d["issued_at"]).replace("T", " ")))
    if r.source:
        head.append(f"<code>{html.escape(os.path.basename(r.source))}</code>")
    total = f"<b>total {html.escape(str(d['currency']))} {html.escape(str(d['total']))}</b>"
    paid = ", ".join(f"{html.escape(p['method'])} {p['amount']}" for p in d["payments"])
    warn = (' <span style="color:#b00">warnings: ' + html.escape(", ".join(d["warnings"])) + "</span>"
            if d["warnings"] else "")
    rows = ["<tr><th>line</th><th>department</th><th>description</th><th>quantity</th><th>unit price</th>"
            "<th>VAT %</th><th>amount</th></tr>"]
    for it in d["items"]:
        q = f"{it['quantity']} {it['unit'] or ''}".strip()
        rows.append("<tr>" + _cell(it["line"], True) + _cell(it["department"]) + _cell(it["description"])
                    + _cell(q, True) + _cell(it["unit_price"], True) + _cell(it["vat_rate"], True)
                    + _cell(it["amount"], True) + "</tr>")
    for kind, lines in (("discount", d["discounts"]), ("tax", d.get("taxes") or [])):
        for x in lines:
            rows.append("<tr><td></td>" + _cell(kind) + _cell(x["description"]) + "<td></td>" * 3
                        + _cell(x["amount"], True) + "</tr>")
    return (f'<div class="expetl-receipt"><p>{" · ".join(head)}<br>{total}'
            f'{" · paid " + paid if paid else ""}{warn}</p><table>{"".join(rows)}</table></div>')


def with_path(e: BaseException, path: str | None) -> BaseException:
    """Name the file in an error from the C core: ``.path`` and the message."""
    e.path = path  # type: ignore[attr-defined]
    if path is not None and e.args and isinstance(e.args[0], str) and not e.args[0].startswith(path):
        e.args = (f"{path}: {e.args[0]}", *e.args[1:])
    return e


def read_source(source: Any, what: str = "a receipt is a path or bytes") -> tuple[Any, str | None]:
    """(data, path): bytes as they are, a path read."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return source, None
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"{what}, not {type(source).__name__}")
    path = os.fspath(source)
    with open(path, "rb") as f:
        return f.read(), path


def parse_naming(path: str | None, error: type[BaseException], fn: Any, *args: Any) -> Any:
    """``fn(*args)``, its ``error`` naming ``path`` (with_path)."""
    try:
        return fn(*args)
    except error as e:
        with_path(e, path)
        raise


def parse_receipt(source: Source) -> Receipt:
    """Parse one receipt PDF given as bytes or a path.

    Raises DamagedPdf, EncryptedPdf or UnsupportedLayout (all ReceiptError),
    each with ``.sha256`` of the file and ``.path`` (None for bytes; the
    message starts with the path)."""
    data, path = read_source(source)
    sha, d = parse_naming(path, _native.ReceiptError, _native.parse_pdf, data)
    return Receipt(d, sha, path)


def parse_receipt_text(text: str) -> Receipt:
    """Parse a receipt given as layout text (as ``pdftotext -layout`` prints it)."""
    return Receipt(_native.parse_text(text), _native.sha256(text.encode()), None)


def _sources(items: Iterable[Source] | Source) -> list[Source]:
    """What parse_receipts was given, as a list of documents: one path (a
    file, or a folder whose receipt PDFs are taken), one document's bytes,
    or an iterable of paths and bytes."""
    from .paths import walk

    if isinstance(items, (str, os.PathLike)):
        path = os.fspath(items)
        if os.path.isdir(path):
            return [str(p) for p, _kind in walk([path], only=("receipt",))]
        return [path]
    if isinstance(items, (bytes, bytearray, memoryview)):
        return [items]
    out = list(items)
    for i, x in enumerate(out):
        if not isinstance(x, (str, os.PathLike, bytes, bytearray, memoryview)):
            raise TypeError(f"parse_receipts: item {i} is {type(x).__name__}; "
                            "give paths (str, pathlib.Path) or PDF bytes")
    return out


def parse_receipts(items: Iterable[Source] | Source, workers: int | None = None,
                   errors: str = "raise") -> list[Receipt | _native.ReceiptError]:
    """Parse many receipts in parallel threads (the C core releases the GIL;
    each thread works on its own documents).

    ``items``: paths and/or bytes; or one path: a file, or a folder (every
    receipt PDF under it, recursively, in name order).
    ``errors="raise"`` raises the first error in input order;
    ``errors="return"`` puts the exception object (with ``.path``) in that
    file's place."""
    if errors not in ("raise", "return"):
        raise ValueError("errors must be 'raise' or 'return'")
    items = _sources(items)
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
