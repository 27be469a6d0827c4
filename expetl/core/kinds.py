"""Document kinds: what the pipeline knows about each kind of file, in one
entry of a registry.

A kind says how a file of its kind is recognised (name and first bytes),
keyed in the raw stage, parsed and checked (into a processed CSV or a
quarantine entry), keyed in the processed stage, and loaded (the tables it
owns and the targets its processed rows go to).  Receipts and Mercado Pago
reports are the first two entries; a bank or card statement would be a
third, registered the same way, with no other file to change."""
from __future__ import annotations

import dataclasses
import json
import os
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import Any

from .. import _native, rules
from .records import LOADED, QUARANTINED, Incoming, KindLoad, Parsed, QuarantineEntry, Staged, Target
from .sandbox import FUNCTIONS
from .schema import RUN_COLUMNS, Table, columns_from, processed_columns


class DocumentKind:
    """The base of a registry entry; subclasses fill in the class fields
    and the three methods."""

    name: str = ""            # registry key, also Incoming.kind / Staged.kind
    stage: str = ""           # staging table suffix in the warehouse
    folder: str = ""          # raw/<folder>/..., processed/<folder>/...
    content_type: str = "application/octet-stream"
    columns: tuple[tuple[str, str], ...] = ()  # the processed CSV's (name, SQL type)
    tables: tuple[Table, ...] = ()             # the warehouse tables the kind owns
    targets: tuple[Target, ...] = ()           # where its processed rows go
    # A document's identity beyond its bytes (a fiscal document re-sent as
    # another PDF): its column in the first target, or None.  The load keeps
    # the first file of an identity and registers later ones as duplicates.
    identity_column: str | None = None
    # The C entry point that reads this kind's bytes (a name in
    # sandbox.FUNCTIONS, called as native(data, source, object_key)), when it
    # should run in a sandbox worker in the pipeline: a complex parser of an
    # untrusted format (PDF).  None: process() runs in the calling process.
    native: str | None = None
    # (limit name, bytes): a file over it is refused unread (sources check it)
    size_limit: tuple[str, int] | None = None
    # the source a file of this kind found in a folder is registered under
    dir_source: str = "dir"
    # raw_key comes from the file's name, not its bytes: another file of the
    # same name (two folders' release.csv) must not take its key (steps.stage_raw)
    keyed_by_name: bool = False

    def recognise(self, name: str, head: bytes) -> bool:
        """Is a file with this name and these first bytes of this kind?"""
        raise NotImplementedError

    def raw_key(self, item: Incoming, now: datetime) -> str:
        raise NotImplementedError

    def process(self, staged: Staged, data: bytes, now: datetime) -> Parsed:
        """Parse and check one file: a Parsed with the processed CSV and its
        key, or a quarantined one.  Errors that belong to the file are the
        caller's to quarantine (steps.parse)."""
        if self.native:
            return self.finish(staged, FUNCTIONS[self.native](data, staged.source, staged.key), now)
        raise NotImplementedError

    def finish(self, staged: Staged, native: Any, now: datetime) -> Parsed:
        """The checks after ``native`` read the file (in process or in a
        sandbox worker): its result into a Parsed."""
        raise NotImplementedError

    def load(self, chunks=None, manifest: str | None = None) -> KindLoad:
        """This kind's part of a warehouse load (each target's rows named by
        its table's primary key unless it says otherwise)."""
        pk = {t.name: t.primary_key for t in self.tables}
        targets = tuple(t if t.unique or not pk.get(t.table) else dataclasses.replace(t, unique=pk[t.table])
                        for t in self.targets)
        return KindLoad(self.stage, self.columns, targets, chunks, manifest)

    def __repr__(self) -> str:
        return f"<DocumentKind {self.name}>"


_REGISTRY: dict[str, DocumentKind] = {}


def register(kind: DocumentKind) -> DocumentKind:
    """Add a kind (replacing one of the same name); returns it."""
    if not kind.name or not kind.stage or not kind.folder:
        raise ValueError("a document kind needs a name, a stage and a folder")
    _REGISTRY[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    _REGISTRY.pop(name, None)


def get(name: str) -> DocumentKind:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"no document kind {name!r} (known: {', '.join(_REGISTRY)})") from None


def recognise(name: str, head: bytes) -> DocumentKind | None:
    """The first registered kind that claims the file, or None."""
    for k in _REGISTRY.values():
        if k.recognise(name, head):
            return k
    return None


def owned_tables() -> tuple[Table, ...]:
    return tuple(t for k in _REGISTRY.values() for t in k.tables)


def target_tables() -> tuple[str, ...]:
    """Every table a load may write, in registry order (locked first)."""
    return tuple(t.table for k in _REGISTRY.values() for t in k.targets)


def safe_name(name: str, default: str) -> str:
    """A file name fit for a stage key: its base name, odd characters as _."""
    base = os.path.basename(name).strip() or default
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in base).lstrip(".") or default


# ---- receipts --------------------------------------------------------------

RECEIPT_FIELDS = ("sha256", "source", "object_key", "doc_type", "merchant_name", "merchant_cuit", "pos",
                  "number", "issued_at", "currency", "subtotal", "discount_total", "total", "warnings",
                  "payments", "vat", "taxes", "prices_include_vat", "cae", "qr", "fiscal_key", "brand",
                  "mp_tender")
# kind: item, discount, tax, vat (of net line amounts) or rounding; they add up to the total
ITEM_FIELDS = ("sha256", "kind", "line", "department", "description", "ean", "quantity", "unit", "unit_price",
               "vat_rate", "amount", "category")


def quality_issues(s: dict[str, Any], now: datetime) -> list[str]:
    """Why a parsed receipt must not be loaded (empty: load it).  ``s`` is
    the summary process_pdf returns (merchant, issued_at, total, warnings)."""
    issues = [w for w in ("totals_mismatch", "qr_mismatch") if w in s["warnings"]]
    if not s["merchant"]:
        issues.append("missing_merchant")
    if not s["issued_at"]:
        issues.append("missing_date")
    elif datetime.fromisoformat(s["issued_at"][:19]) > now.replace(tzinfo=None) + timedelta(days=1):
        issues.append("future_date")
    if s["total"] is None:
        issues.append("missing_total")
    elif s["total"] < 0:
        issues.append("negative_total")
    return issues


class ReceiptKind(DocumentKind):
    """Receipt PDFs: supermarket tickets and AFIP invoices (the C parser)."""

    name, stage, folder, content_type = "receipt", "receipts", "receipts", "application/pdf"
    native = "process_pdf"  # poppler reads hostile PDFs: in a sandbox worker in the pipeline
    size_limit = ("pdf_bytes", _native.limits()["pdf_bytes"])

    def __init__(self) -> None:
        cols = processed_columns("receipt")
        self.columns = cols
        self.tables = (
            Table("receipts", columns_from(cols, RECEIPT_FIELDS, ("sha256", "source", "doc_type", "currency"))
                  + RUN_COLUMNS, primary_key=("sha256",), dist_key="sha256", sort_key="issued_at"),
            Table("receipt_items", columns_from(cols, ITEM_FIELDS, ("sha256", "kind", "line", "amount")),
                  primary_key=("sha256", "kind", "line"), dist_key="sha256", sort_key="sha256"),
        )
        self.targets = (Target("receipts", RECEIPT_FIELDS, ("sha256",), meta=True),
                        # a receipt's lines are numbered per kind (item 1, 2…; discount 1…)
                        Target("receipt_items", ITEM_FIELDS, ("sha256",), where="kind IS NOT NULL", numbered=True))
        self.identity_column = "fiscal_key"  # CUIT-doc_type-PPPPP-NNNNNNNN

    def recognise(self, name: str, head: bytes) -> bool:
        return b"%PDF-" in head[:1024] or name.lower().endswith(".pdf")

    def raw_key(self, item: Incoming, now: datetime) -> str:
        """By the day the file arrived: a mailbox's history lands in its days."""
        try:
            d = (item.received or now).astimezone(timezone.utc)
        except (OverflowError, ValueError):  # a sender's date past what UTC holds: the day it was read
            d = now.astimezone(timezone.utc)
        return f"raw/{self.folder}/{d:%Y/%m/%d}/{item.sha256}.pdf"

    def finish(self, staged: Staged, native: Any, now: datetime) -> Parsed:
        sha, s, csv = native
        issues = quality_issues(s, now)
        if issues:
            detail = json.dumps({"merchant": s["merchant"], "issued_at": s["issued_at"], "total": str(s["total"]),
                                 "items_plus_discounts": str(s["items_total"]), "warnings": s["warnings"]},
                                ensure_ascii=False)
            return Parsed(staged, QUARANTINED, quarantine=(
                QuarantineEntry(sha, staged.source, staged.key, None, ",".join(issues), detail),))
        day = s["issued_at"][:10].replace("-", "/")
        return Parsed(staged, LOADED, s["lines"], f"processed/{self.folder}/{day}/{sha}.csv", csv,
                      identity=s["fiscal_key"])


# ---- Mercado Pago reports ---------------------------------------------------

MP_FIELDS = ("row_key", "report_sha256", "object_key", "report_type", "line", "source_id", "occurred_at",
             "local_time", "record_type", "transaction_type", "description", "payment_method_type",
             "payment_method", "gross_amount", "fee_amount", "net_amount", "currency", "store_name",
             "external_reference", "extra", "ar_time", "class", "class_rule", "brand", "category")

# Header names that only a Mercado Pago report carries (English and Spanish).
_MP_HEADERS = ("SOURCE_ID", "ID DE OPERACION EN MERCADO PAGO")


def _fold(b: bytes) -> str:
    t = b.decode("utf-8", "replace").upper()
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


class MercadoPagoReportKind(DocumentKind):
    """Mercado Pago settlement and release report CSVs (the C reader)."""

    name, stage, folder, content_type = "mp_report", "mp", "mercadopago", "text/csv"
    dir_source = "mercadopago"  # a report saved to a folder is still Mercado Pago's (its catch-up skips it)
    keyed_by_name = True
    size_limit = ("csv_bytes", _native.limits()["csv_bytes"])

    def __init__(self) -> None:
        cols = processed_columns("mp_report")
        self.columns = cols
        self.tables = (Table("mp_movements", columns_from(
            cols, MP_FIELDS, ("row_key", "report_sha256", "report_type", "line")) + RUN_COLUMNS,
            primary_key=("row_key",), dist_key="row_key", sort_key="local_time"),)
        # a movement in two reports of one batch: the later report's (names carry their creation time)
        self.targets = (Target("mp_movements", MP_FIELDS, ("row_key",), meta=True, latest="object_key"),)

    def recognise(self, name: str, head: bytes) -> bool:
        # by its header line alone: a report saved under another name, or
        # handed over as bytes, is still a report
        first = _fold(head.split(b"\n", 1)[0])
        return any(h in first for h in _MP_HEADERS)

    def raw_key(self, item: Incoming, now: datetime) -> str:
        """Report names carry their generation time: the key keeps the name,
        so the catch-up can tell a report is in before fetching it."""
        return report_key(item.name)

    def process(self, staged: Staged, data: bytes, now: datetime) -> Parsed:
        sha, _rt, rows, csv = _native.process_mp_report(data, staged.key, rules.default())
        return Parsed(staged, LOADED, rows, f"processed/{self.folder}/{sha}.csv", csv)


def report_key(name: str) -> str:
    return f"raw/{MercadoPagoReportKind.folder}/{safe_name(name, 'report.csv')}"


def beside(key: str, sha256: str) -> str:
    """The key of another file with the same name as the one at key: the
    name with the file's hash before its extension (the same in every run)."""
    head, sep, ext = key.rpartition(".")
    if not sep or "/" in ext:
        head, ext = key, ""
    return f"{head}.{sha256}" + (f".{ext}" if ext else "")


RECEIPT = register(ReceiptKind()).name
REPORT = register(MercadoPagoReportKind()).name

