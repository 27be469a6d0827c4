"""
### Mercado Pago reports

Two ways in, one path: **triggered** by `expetl webhook serve` when Mercado
Pago notifies that a report is ready (`conf`: `transaction_id`,
`report_type`, `files`; the run id is `mp-<transaction id>`, so a repeated
notification starts no second run), and a **daily catch-up** at 09:00 UTC
that loads every ready report not yet loaded or quarantined — Mercado Pago
stops retrying a webhook after a few days.  A run without `files` in its
conf (the catch-up, an `x-signature` notification, a manual trigger) does
the catch-up.

fetch_reports (API → raw stage → parse in C → processed stage + quarantine)
→ load (one transaction; movements keyed by `row_key`, so overlapping
reports load each movement once) → Glue crawler refresh → summary.  The
teardown `compensate` removes what a failed run staged and did not load.

**Connections**: `mercadopago_default` (access token), `aws_default`,
`expetl_warehouse`, optionally `smtp_default`.  **Params**: `stage_url` and
`processed_stage_url` (as the Gmail DAG), `source` (`api`, or `dir:PATH` of
report CSVs), `crawler` (default `$EXPETL_CRAWLER_MERCADOPAGO`, else
`expenses-mercadopago`; empty: no refresh), `schema`.  **Variables**: as the Gmail DAG (alerts, summary).
"""
from __future__ import annotations

from airflow.sdk import DAG

from expetl.airflow.defaults import STAGE_ARGS, dag_settings, params
from expetl.airflow.operators import (
    CompensateOperator,
    GlueCrawlerOperator,
    MercadoPagoReportOperator,
    SummaryOperator,
    WarehouseLoadOperator,
)

SCHEMA = "{{ params.schema }}"

with DAG(
    dag_id="expenses_mercadopago_reports",
    schedule="0 9 * * *",
    tags=["expetl", "mercadopago", "reports"],
    params=params("api", "EXPETL_CRAWLER_MERCADOPAGO", "expenses-mercadopago"),
    **dag_settings(__doc__),
) as dag:
    fetch = MercadoPagoReportOperator(task_id="fetch_reports", **STAGE_ARGS, source="{{ params.source }}",
                                      schema=SCHEMA)
    load = WarehouseLoadOperator(task_id="load", **STAGE_ARGS, schema=SCHEMA,
                                 extract_task_id="fetch_reports", parse_task_id="fetch_reports")
    crawl = GlueCrawlerOperator(task_id="refresh_crawler", crawler_name="{{ params.crawler }}")
    summary = SummaryOperator(task_id="summary", schema=SCHEMA)
    cleanup = CompensateOperator(task_id="compensate", **STAGE_ARGS, schema=SCHEMA, extract_task_id="fetch_reports",
                                 parse_task_id="fetch_reports").as_teardown(setups=fetch)
    fetch >> load >> crawl >> summary >> cleanup
