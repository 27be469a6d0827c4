"""
### Mercado Pago reports

Mercado Pago's settlement and release reports, loaded into the warehouse.
Two ways in, one path:

- **Webhook**: expetl webhook serve triggers a run when Mercado Pago says a
  report is ready. The run id is mp-TRANSACTION_ID, so a repeated
  notification starts no second run.
- **Daily catch-up** at 09:00 UTC: every ready report not yet loaded or
  quarantined (Mercado Pago stops retrying a webhook after a few days).

A run without files in its conf (the catch-up, a manual trigger) does the
catch-up.

**Steps**

1. fetch_reports: reports to the raw stage, parsed in C into the processed stage, or quarantined with their line and reason
2. load: one warehouse transaction; a movement in two reports loads once
3. refresh_crawler: the Glue crawler (skipped when none is configured)
4. summary: what this run loaded, week by week
5. compensate (teardown): after a failure, removes what the run staged and did not load

**Trying it locally**

Pick the *local* preset in the Trigger form. It reads the report CSVs in the
folder named by EXPETL_LOCAL_REPORTS, stages under AIRFLOW_HOME and skips
Glue; only the warehouse connection is needed.

**Production**

Connections: mercadopago_default (the access token), aws_default and
expetl_warehouse; smtp_default for e-mail alerts. Alerts and summaries as the
Gmail DAG.
"""
from __future__ import annotations

from airflow.sdk import DAG

from expetl.airflow import assets
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
    params=params("mercadopago"),
    **dag_settings(__doc__, "Mercado Pago reports, loaded when ready (webhook) and caught up daily"),
) as dag:
    fetch = MercadoPagoReportOperator(task_id="fetch_reports", **STAGE_ARGS,
                                      source="{{ expetl.source(params, 'mercadopago') }}", schema=SCHEMA)
    load = WarehouseLoadOperator(task_id="load", **STAGE_ARGS, schema=SCHEMA, extract_task_id="fetch_reports",
                                 parse_task_id="fetch_reports", outlets=list(assets.LOADS["mercadopago"]))
    crawl = GlueCrawlerOperator(task_id="refresh_crawler",
                                crawler_name="{{ expetl.crawler(params, 'mercadopago') }}")
    summary = SummaryOperator(task_id="summary", schema=SCHEMA)
    cleanup = CompensateOperator(task_id="compensate", **STAGE_ARGS, schema=SCHEMA, extract_task_id="fetch_reports",
                                 parse_task_id="fetch_reports", on_failure_callback=None
                                 ).as_teardown(setups=fetch, on_failure_fail_dagrun=True)
    fetch >> load >> crawl >> summary >> cleanup
