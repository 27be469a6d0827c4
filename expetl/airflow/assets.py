"""The warehouse tables as Airflow assets.

A load task lists the tables its document kinds write as ``outlets``; when
it succeeds Airflow records an asset event for each (its ``extra`` carries
the schema, the run and the rows inserted), and the DAGs scheduled on them
(the weekly report, the monitor) are queued.  Names are
``expetl.<schema>.<table>`` with the URI
``x-expetl://expetl_warehouse/<schema>/<table>`` (connection id, schema,
table; ``x-`` schemes are taken as they are).  Outlets are fixed when the DAG
is parsed, so they name the default schema; a run on another schema still
emits them, with its schema in the event's extra.

A new table (the household ledger's, say) is one ``table("name")`` here and
one entry in ``LOADS`` or a DAG's ``outlets``."""
from __future__ import annotations

from airflow.sdk import Asset

from expetl.airflow.hooks import WAREHOUSE_CONN_ID

SCHEMA = "expenses"


def table(name: str, schema: str = SCHEMA) -> Asset:
    return Asset(name=f"expetl.{schema}.{name}", uri=f"x-expetl://{WAREHOUSE_CONN_ID}/{schema}/{name}",
                 group="expetl")


RECEIPTS = table("receipts")
RECEIPT_ITEMS = table("receipt_items")
MP_MOVEMENTS = table("mp_movements")
INGESTED_FILES = table("ingested_files")  # every load registers its files here, even one that adds no row
QUARANTINE = table("quarantine")

# What each pipeline's load writes (its kinds' tables and the shared ones).
LOADS = {
    "receipts": (RECEIPTS, RECEIPT_ITEMS, INGESTED_FILES, QUARANTINE),
    "mercadopago": (MP_MOVEMENTS, INGESTED_FILES, QUARANTINE),
}

# The spending facts: new rows in either mean a report may change.
SPENDING = (RECEIPTS, MP_MOVEMENTS)
