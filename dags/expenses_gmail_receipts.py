"""
### Weekly receipts from Gmail

Every Monday at 07:00 UTC: the receipt PDFs that arrived since the last run
are staged, parsed, checked and loaded into the warehouse in one transaction.

**Steps**

1. extract: new PDFs from Gmail (attachments and Carrefour's linked "ticket digital") to the raw stage
2. parse: each PDF read in C into the processed stage, or quarantined with its reason
3. load: one warehouse transaction; then the Gmail watermark moves
4. refresh_crawler: the Glue crawler (skipped when none is configured)
5. summary: what this run loaded, week by week
6. compensate (teardown): after a failure, removes what the run staged and did not load

**Trying it locally**

Pick the *local* preset in the Trigger form. It reads the Takeout mbox named by
EXPETL_LOCAL_MBOX, stages under AIRFLOW_HOME and skips Glue; only the
warehouse connection is needed.

**Production**

Connections: gmail_default, aws_default and expetl_warehouse (PostgreSQL or
Redshift); smtp_default for e-mail alerts.

A failed run fetches the same mail again next time: the watermark moves only
after the load commits. A date in *since* backfills from that day and leaves
the watermark alone.

**Alerts** go to the Variables expetl_sns_topic_arn and expetl_alert_email;
expetl_success_summary set to true sends each run's summary too.
"""
from __future__ import annotations

from airflow.sdk import DAG, Param

from expetl.airflow import assets
from expetl.airflow.defaults import STAGE_ARGS, dag_settings, optional, params
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
    params=params("receipts",
                  watermark_variable=Param("expetl_gmail_watermark", type="string", title="Watermark Variable",
                                           description="The Airflow Variable that keeps how far Gmail was read."),
                  since=optional("Backfill since", "An ISO date (2025-03-01): fetch from then instead of the "
                                                   "watermark, and leave the watermark alone. Empty: new mail.")),
    **dag_settings(__doc__, "Receipt PDFs from Gmail, parsed and loaded every Monday"),
) as dag:
    extract = GmailReceiptsOperator(task_id="extract", **STAGE_ARGS, source="{{ expetl.source(params, 'receipts') }}",
                                    schema=SCHEMA, watermark_variable="{{ params.watermark_variable }}",
                                    since="{{ params.since or '' }}")
    parse = ParseReceiptsOperator(task_id="parse", **STAGE_ARGS)
    load = WarehouseLoadOperator(task_id="load", **STAGE_ARGS, schema=SCHEMA, outlets=list(assets.LOADS["receipts"]))
    crawl = GlueCrawlerOperator(task_id="refresh_crawler", crawler_name="{{ expetl.crawler(params, 'receipts') }}")
    summary = SummaryOperator(task_id="summary", schema=SCHEMA)
    cleanup = CompensateOperator(task_id="compensate", **STAGE_ARGS, schema=SCHEMA, on_failure_callback=None
                                 ).as_teardown(setups=extract, on_failure_fail_dagrun=True)
    extract >> parse >> load >> crawl >> summary >> cleanup
