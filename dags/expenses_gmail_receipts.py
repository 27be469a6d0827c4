"""
### Weekly receipts from Gmail

Every Monday at 07:00 UTC (like the original system): new receipt PDFs from
Gmail (attachments and Carrefour's linked "ticket digital") since the
watermark in the Variable `expetl_gmail_watermark` → raw stage → parse in C →
processed stage (+ quarantine) → one warehouse transaction → Glue crawler
refresh → summary.  The teardown `compensate` removes what a failed run
staged and did not load; the warehouse needs nothing (the load is one
transaction), and the watermark moves only after the load, so the next run
fetches the same mail again.

**Connections**: `gmail_default`, `aws_default` (stage, Glue, SNS),
`expetl_warehouse` (postgres or redshift), optionally `smtp_default`.
**Params**: `stage_url` (default `$EXPETL_STAGE_URL`),
`processed_stage_url` (default `$EXPETL_PROCESSED_STAGE_URL`; empty: the
processed files under `stage_url`), `source` (`gmail`, or `mbox:PATH` for a
Takeout export), `crawler` (default `$EXPETL_CRAWLER_RECEIPTS`, else
`expenses-receipts`; empty: no refresh), `schema`, `watermark_variable`,
`since` (an ISO date: a backfill from then that leaves the watermark alone).  **Variables** (all optional): `expetl_sns_topic_arn`,
`expetl_alert_email`, `expetl_success_summary`.  Retries: 3 with exponential
backoff (`EXPETL_DAG_RETRIES`).
"""
from __future__ import annotations

from airflow.sdk import DAG, Param

from expetl.airflow.defaults import STAGE_ARGS, dag_settings, params
from expetl.airflow.operators import (
    CompensateOperator,
    GlueCrawlerOperator,
    GmailReceiptsOperator,
    ParseReceiptsOperator,
    SummaryOperator,
    WarehouseLoadOperator,
)

SCHEMA = "{{ params.schema }}"

with DAG(
    dag_id="expenses_gmail_receipts",
    schedule="0 7 * * 1",
    tags=["expetl", "gmail", "receipts"],
    params=params("gmail", "EXPETL_CRAWLER_RECEIPTS", "expenses-receipts",
                  watermark_variable=Param("expetl_gmail_watermark", type="string"),
                  since=Param("", type="string", description="ISO date: backfill from then (watermark untouched)")),
    **dag_settings(__doc__),
) as dag:
    extract = GmailReceiptsOperator(task_id="extract", **STAGE_ARGS, source="{{ params.source }}",
                                    schema=SCHEMA, watermark_variable="{{ params.watermark_variable }}",
                                    since="{{ params.since }}")
    parse = ParseReceiptsOperator(task_id="parse", **STAGE_ARGS)
    load = WarehouseLoadOperator(task_id="load", **STAGE_ARGS, schema=SCHEMA)
    crawl = GlueCrawlerOperator(task_id="refresh_crawler", crawler_name="{{ params.crawler }}")
    summary = SummaryOperator(task_id="summary", schema=SCHEMA)
    cleanup = CompensateOperator(task_id="compensate", **STAGE_ARGS, schema=SCHEMA).as_teardown(setups=extract)
    extract >> parse >> load >> crawl >> summary >> cleanup
