"""
### Weekly receipts from Gmail

Every Monday at 07:00 UTC (like the original system): new receipt PDFs from
Gmail (attachments and Carrefour's linked "ticket digital"), since the
watermark in the Variable `expetl_gmail_watermark` → raw stage → parse in C →
processed stage (+ quarantine) → one warehouse transaction → Glue crawler
refresh.  A teardown removes what a failed run staged and did not load; the
warehouse needs nothing (the load is one transaction), and the watermark only
moves after the load, so the next run fetches the same mail again.

Connections: `gmail_default`, `aws_default` (stage and Glue), `expetl_warehouse`
(postgres or redshift).  Retries: 3 with exponential backoff
(`EXPETL_DAG_RETRIES` changes it).  Params: `stage_url`, `crawler`, `schema`, `watermark_variable`.
"""
from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import DAG, Param

from expetl.airflow.operators import (
    CompensateOperator,
    GlueCrawlerOperator,
    GmailReceiptsOperator,
    ParseReceiptsOperator,
    WarehouseLoadOperator,
)

STAGE = "{{ params.stage_url }}"

with DAG(
    dag_id="expenses_gmail_receipts",
    schedule="0 7 * * 1",
    start_date=pendulum.datetime(2025, 1, 6, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["expetl", "gmail", "receipts"],
    doc_md=__doc__,
    default_args={"owner": "expetl", "retries": int(os.environ.get("EXPETL_DAG_RETRIES", "3")),
                  "retry_delay": timedelta(minutes=2),
                  "retry_exponential_backoff": True, "aws_conn_id": "aws_default"},
    params={"stage_url": Param("s3://expenses-stage/expetl", type="string"),
            "crawler": Param("expenses-receipts", type="string"),
            "schema": Param("expenses", type="string"),
            "watermark_variable": Param("expetl_gmail_watermark", type="string")},
) as dag:
    extract = GmailReceiptsOperator(task_id="extract", stage_url=STAGE, schema="{{ params.schema }}",
                                    watermark_variable="{{ params.watermark_variable }}")
    parse = ParseReceiptsOperator(task_id="parse", stage_url=STAGE)
    load = WarehouseLoadOperator(task_id="load", stage_url=STAGE, schema="{{ params.schema }}")
    crawl = GlueCrawlerOperator(task_id="refresh_crawler", crawler_name="{{ params.crawler }}")
    cleanup = CompensateOperator(task_id="compensate", stage_url=STAGE, schema="{{ params.schema }}",
                                 trigger_rule="one_failed").as_teardown(setups=extract)
    extract >> parse >> load >> crawl >> cleanup
