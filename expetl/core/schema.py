"""The warehouse schema, described once.

Columns of the tables that hold parsed documents come from the processed
files' column tables in C (``_native.processed_columns()``), the same table
the CSV writer and the staging tables use; each dialect renders the DDL
from these descriptions (dialects.py).  A document kind lists the tables it
owns (kinds.py); the tables every kind shares are here."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .. import _native


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str
    not_null: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    dist_key: str | None = None  # Redshift's distribution and sort keys
    sort_key: str | None = None

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


@dataclass(frozen=True, slots=True)
class View:
    """A view; ``sql`` names tables as ``{s}.table`` (the quoted schema)."""

    name: str
    sql: str


def processed_columns(kind: str) -> tuple[tuple[str, str], ...]:
    """The processed CSV's (name, SQL type) columns of a kind with a C writer."""
    return tuple(_native.processed_columns()[kind])


def columns_from(processed: Iterable[tuple[str, str]], names: Iterable[str], not_null: Iterable[str] = ()
                 ) -> tuple[Column, ...]:
    """The named processed columns, typed as the processed file types them."""
    types = dict(processed)
    nn = set(not_null)
    return tuple(Column(n, types[n], n in nn) for n in names)


RUN_COLUMNS = (Column("run_id", "varchar(256)"), Column("loaded_at", "timestamp", True))

INGESTED_FILES = Table("ingested_files", (
    Column("sha256", "char(64)", True), Column("source", "varchar(64)", True),
    Column("object_key", "varchar(1024)"), Column("row_count", "int", True),
    Column("status", "varchar(16)", True), Column("run_id", "varchar(256)"),
    Column("ingested_at", "timestamp", True)), primary_key=("sha256",))

QUARANTINE = Table("quarantine", (
    Column("sha256", "char(64)", True), Column("source", "varchar(64)"),
    Column("object_key", "varchar(1024)"), Column("line", "int"),
    Column("reason", "varchar(64)", True), Column("detail", "varchar(4096)"),
    Column("run_id", "varchar(256)"), Column("quarantined_at", "timestamp", True)))

# Every kind's loads register here (the loader writes them itself).
SHARED_TABLES = (INGESTED_FILES, QUARANTINE)

# The table people look at: money spent per week, source, merchant and
# department; Mercado Pago money out is positive (-net_amount).
WEEKLY_EXPENSES = View("weekly_expenses", """\
SELECT CAST(date_trunc('week', r.issued_at) AS date) AS week_start,
       CAST('receipt' AS varchar(16)) AS source,
       CAST(r.merchant_name AS varchar(512)) AS merchant,
       CAST(COALESCE(i.department, CASE WHEN i.kind = 'discount' THEN 'Descuentos'
                                        ELSE 'Sin departamento' END) AS varchar(256)) AS category,
       CAST(r.currency AS varchar(8)) AS currency,
       SUM(i.amount) AS amount
FROM {s}.receipts r JOIN {s}.receipt_items i ON i.sha256 = r.sha256
GROUP BY 1, 2, 3, 4, 5
UNION ALL
SELECT CAST(date_trunc('week', m.local_time) AS date),
       CAST('mercadopago' AS varchar(16)),
       CAST(COALESCE(m.store_name, m.payment_method, 'Mercado Pago') AS varchar(512)),
       CAST(COALESCE(m.transaction_type, m.record_type, 'movement') AS varchar(256)),
       CAST(m.currency AS varchar(8)),
       SUM(-m.net_amount)
FROM {s}.mp_movements m
WHERE COALESCE(m.record_type, '') NOT IN ('initial_available_balance', 'available_balance',
                                          'subtotal', 'total')
GROUP BY 1, 2, 3, 4, 5""")

VIEWS = (WEEKLY_EXPENSES,)
