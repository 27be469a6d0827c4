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

# ---- the household ledger (expetl/ledger.py) ------------------------------

# User overrides, kept in the warehouse: a brand for an issuer CUIT or a
# Mercado Pago store name ('cuit' / 'store_name'), and category rules (a
# LIKE pattern on the upper-case description or store name; the highest
# priority wins).  The views apply them on every read.
BRAND_OVERRIDES = Table("brand_overrides", (
    Column("match_kind", "varchar(16)", True), Column("match_value", "varchar(256)", True),
    Column("brand", "varchar(128)", True)), primary_key=("match_kind", "match_value"))

CATEGORY_RULES = Table("category_rules", (
    Column("scope", "varchar(16)", True), Column("pattern", "varchar(256)", True),
    Column("category", "varchar(32)", True), Column("priority", "int", True)),
    primary_key=("scope", "pattern"))

# A ticket paid with Mercado Pago and its Mercado Pago payment: one purchase.
LINKS = Table("links", (
    Column("receipt_sha256", "char(64)", True), Column("mp_row_key", "char(64)", True),
    Column("rule", "varchar(256)", True), Column("seconds", "int", True),
    Column("linked_at", "timestamp", True)), primary_key=("mp_row_key",))

LEDGER_TABLES = (BRAND_OVERRIDES, CATEGORY_RULES, LINKS)

# One row per Mercado Pago movement: a movement is its source id, instant
# (in Argentina time, as every row has it) and description ("(SOURCE_ID,
# DATE, DESCRIPTION) is unique"), whatever report carried it, with whatever
# columns the user chose and whatever UTC offset it printed.  Two reports
# over one period each load their lines (their keys hash every field): one
# report's copies count, every row of it (two refunds of one payment in one
# second are two), the one that has the currency and the store when the
# other lacks them, else the later report (names carry their creation
# time).  Rows without a source id are their own keys.
MP_COUNTED = View("mp_counted", """SELECT * FROM (
  SELECT x.*, RANK() OVER (
           PARTITION BY COALESCE(NULLIF(x.source_id, ''), x.row_key),
                        CASE WHEN NULLIF(x.source_id, '') IS NOT NULL THEN x.ar_time END,
                        CASE WHEN NULLIF(x.source_id, '') IS NOT NULL THEN x.description END,
                        CASE WHEN NULLIF(x.source_id, '') IS NOT NULL THEN x.transaction_type END
           ORDER BY CASE WHEN x.currency IS NULL THEN 1 ELSE 0 END,
                    CASE WHEN x.store_name IS NULL THEN 1 ELSE 0 END,
                    x.object_key DESC, x.report_sha256) AS copy_rank
  FROM {s}.mp_movements x) c
WHERE c.copy_rank = 1""")

# Every amount that makes up spending, with its week, brand and category:
# the lines of counted receipts (items, discounts, taxes, VAT of net
# amounts, rounding: they add up to the total), and the Mercado Pago rows
# that count and no ticket explains (spending, taxes, refunds), money out
# positive.  Brands and categories are the processed writer's (the ledger
# rules: a tax is the tax brand's, a refund goes to reintegros); the user's
# overrides rename brands, and their category rules place purchases.  Receipts are weeked by their local time, Mercado Pago rows by
# their instant in Argentina time (ar_time).
EXPENSE_LINES = View("expense_lines", """SELECT CAST('receipt' AS varchar(16)) AS source, r.sha256 AS doc,
       CAST(date_trunc('week', r.issued_at) AS date) AS week_start, r.issued_at AS occurred_at,
       CAST(r.currency AS varchar(8)) AS currency,
       CAST(COALESCE(bo.brand, r.brand, r.merchant_name, 'Otros') AS varchar(512)) AS brand,
       CAST(COALESCE(ur.category, i.category, 'otros') AS varchar(32)) AS category,
       CAST(i.kind AS varchar(16)) AS line_kind, i.line AS line,
       CAST(i.description AS varchar(1024)) AS description, i.amount AS amount
FROM {s}.receipts r
JOIN {s}.receipt_items i ON i.sha256 = r.sha256
LEFT JOIN {s}.brand_overrides bo ON bo.match_kind = 'cuit' AND bo.match_value = r.merchant_cuit
LEFT JOIN (SELECT x.sha256, x.kind, x.line, c.category,
                  ROW_NUMBER() OVER (PARTITION BY x.sha256, x.kind, x.line ORDER BY c.priority DESC, c.pattern) AS rn
           FROM {s}.receipt_items x
           JOIN {s}.category_rules c ON c.scope = 'description' AND x.kind = 'item'
                                     AND UPPER(x.description) LIKE c.pattern) ur
       ON ur.sha256 = i.sha256 AND ur.kind = i.kind AND ur.line = i.line AND ur.rn = 1
UNION ALL
SELECT CAST('mercadopago' AS varchar(16)), m.row_key,
       CAST(date_trunc('week', m.ar_time) AS date), m.ar_time,
       CAST(COALESCE(m.currency, 'ARS') AS varchar(8)),
       CAST(COALESCE(bs.brand, m.brand, 'Otros') AS varchar(512)),
       CAST(CASE WHEN m.class = 'spending' THEN COALESCE(us.category, m.category, 'otros')
                 ELSE COALESCE(m.category, 'otros') END AS varchar(32)),
       CAST(m.class AS varchar(16)), m.line,
       CAST(COALESCE(m.store_name, m.description, m.transaction_type) AS varchar(1024)), -m.net_amount
FROM {s}.mp_counted m
LEFT JOIN {s}.links l ON l.mp_row_key = m.row_key
LEFT JOIN {s}.brand_overrides bs ON bs.match_kind = 'store_name' AND bs.match_value = m.store_name
LEFT JOIN (SELECT y.row_key, c.category,
                  ROW_NUMBER() OVER (PARTITION BY y.row_key ORDER BY c.priority DESC, c.pattern) AS rn
           FROM {s}.mp_movements y
           JOIN {s}.category_rules c ON c.scope = 'store_name' AND UPPER(y.store_name) LIKE c.pattern) us
       ON us.row_key = m.row_key AND us.rn = 1
WHERE m.class IN ('spending', 'tax', 'refund') AND m.ar_time IS NOT NULL AND l.mp_row_key IS NULL""")

# One row per purchase or charge: a counted receipt (with the Mercado Pago
# payment it explains, when linked) or a Mercado Pago row that counts; its
# category is the one most of its money went to.
EXPENSES = View("expenses", """WITH per AS (
  SELECT source, doc, week_start, occurred_at, currency, brand, category, SUM(amount) AS amount
  FROM {s}.expense_lines GROUP BY 1, 2, 3, 4, 5, 6, 7),
ranked AS (
  SELECT per.*, ROW_NUMBER() OVER (PARTITION BY source, doc ORDER BY amount DESC, category) AS rn,
         SUM(amount) OVER (PARTITION BY source, doc) AS total
  FROM per)
SELECT k.source, k.doc, k.week_start, k.occurred_at, k.currency, k.brand, k.category, k.total AS amount,
       l.mp_row_key AS linked_mp_row_key, l.rule AS link_rule
FROM ranked k LEFT JOIN {s}.links l ON k.source = 'receipt' AND l.receipt_sha256 = k.doc
WHERE k.rn = 1""")

# The weekly number, per ISO week (Monday) and currency: spending and its
# parts (receipts whole, with the taxes printed on them; the Mercado Pago
# rows no ticket explains, by class: they add up to spending), and beside
# it (never in it) income, own transfers and transfers out; unclassified
# movements are counted, not summed.
WEEKLY_EXPENSES = View("weekly_expenses", """WITH sp AS (
  SELECT week_start, currency, SUM(amount) AS spending,
         SUM(CASE WHEN source = 'receipt' THEN amount ELSE 0 END) AS receipts,
         SUM(CASE WHEN source = 'mercadopago' AND line_kind = 'spending' THEN amount ELSE 0 END)
           AS mp_spending_unlinked,
         SUM(CASE WHEN source = 'mercadopago' AND line_kind = 'tax' THEN amount ELSE 0 END) AS taxes,
         SUM(CASE WHEN source = 'mercadopago' AND line_kind = 'refund' THEN -amount ELSE 0 END) AS refunds
  FROM {s}.expense_lines GROUP BY 1, 2),
mv AS (
  SELECT CAST(date_trunc('week', ar_time) AS date) AS week_start,
         CAST(COALESCE(currency, 'ARS') AS varchar(8)) AS currency,
         SUM(CASE WHEN class = 'income' THEN net_amount ELSE 0 END) AS income,
         SUM(CASE WHEN class = 'own_transfer' THEN -net_amount ELSE 0 END) AS own_transfers,
         SUM(CASE WHEN class = 'transfer_out' THEN -net_amount ELSE 0 END) AS transfers_out,
         SUM(CASE WHEN class = 'unclassified' THEN 1 ELSE 0 END) AS unclassified
  FROM {s}.mp_counted WHERE ar_time IS NOT NULL GROUP BY 1, 2),
k AS (SELECT week_start, currency FROM sp UNION SELECT week_start, currency FROM mv)
SELECT k.week_start, k.currency,
       COALESCE(sp.spending, 0) AS spending, COALESCE(sp.receipts, 0) AS receipts,
       COALESCE(sp.mp_spending_unlinked, 0) AS mp_spending_unlinked, COALESCE(sp.taxes, 0) AS taxes,
       COALESCE(sp.refunds, 0) AS refunds, COALESCE(mv.income, 0) AS income,
       COALESCE(mv.own_transfers, 0) AS own_transfers, COALESCE(mv.transfers_out, 0) AS transfers_out,
       COALESCE(mv.unclassified, 0) AS unclassified
FROM k LEFT JOIN sp ON sp.week_start = k.week_start AND sp.currency = k.currency
       LEFT JOIN mv ON mv.week_start = k.week_start AND mv.currency = k.currency""")

VIEWS = (MP_COUNTED, EXPENSE_LINES, EXPENSES, WEEKLY_EXPENSES)
