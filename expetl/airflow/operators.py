"""Operators: thin.  They read connections and templated fields, call the
pipeline steps (expetl.pipeline) and push small XComs (keys, counts), never
file bytes."""
from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from typing import Any, AsyncIterator

from airflow.sdk import BaseOperator, Variable
from airflow.triggers.base import BaseTrigger, TriggerEvent

from expetl.airflow.hooks import ExpetlAwsHook, GmailHook, WarehouseHook
from expetl.pipeline import compensate, load_parsed, parse_staged, stage_incoming
from expetl.runner import RECEIPT, Incoming


class GmailReceiptsOperator(BaseOperator):
    """New receipt PDFs from Gmail (since the watermark in an Airflow
    Variable) → the raw stage, skipping hashes already ingested.  The
    watermark moves only when the load has committed (WarehouseLoadOperator)."""

    template_fields = ("stage_url", "query", "gmail_label", "watermark_variable", "schema")

    def __init__(self, *, stage_url: str, gmail_conn_id: str = "gmail_default", aws_conn_id: str | None = None,
                 warehouse_conn_id: str = "expetl_warehouse", schema: str = "expenses", query: str | None = None,
                 gmail_label: str | None = None, watermark_variable: str = "expetl_gmail_watermark", **kw: Any):
        super().__init__(**kw)
        self.stage_url, self.gmail_conn_id, self.aws_conn_id = stage_url, gmail_conn_id, aws_conn_id
        self.warehouse_conn_id, self.schema = warehouse_conn_id, schema
        self.query, self.gmail_label, self.watermark_variable = query, gmail_label, watermark_variable

    def execute(self, context: Any) -> dict[str, Any]:
        hook = GmailHook(self.gmail_conn_id)
        state = json.loads(Variable.get(self.watermark_variable, default="{}"))
        pdfs, new_state = hook.get_client().fetch_new(state, self.query or hook.query(),
                                               self.gmail_label or hook.label())
        items = [Incoming(RECEIPT, "gmail", p.filename, p.data, p.sha256, p.internal_date) for p in pdfs]
        stage = ExpetlAwsHook(self.aws_conn_id).stage(self.stage_url)
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            records = stage_incoming(stage, wh, items)
        self.log.info("%d PDFs fetched, %d new staged", len(items), len(records))
        return {"records": records, "watermark": new_state, "watermark_variable": self.watermark_variable}


class ParseReceiptsOperator(BaseOperator):
    """Raw stage → processed stage + quarantine entries."""

    template_fields = ("stage_url",)

    def __init__(self, *, stage_url: str, aws_conn_id: str | None = None, extract_task_id: str = "extract",
                 **kw: Any):
        super().__init__(**kw)
        self.stage_url, self.aws_conn_id, self.extract_task_id = stage_url, aws_conn_id, extract_task_id

    def execute(self, context: Any) -> dict[str, Any]:
        extracted = context["ti"].xcom_pull(task_ids=self.extract_task_id)
        stage = ExpetlAwsHook(self.aws_conn_id).stage(self.stage_url)
        parsed = parse_staged(stage, extracted["records"])
        self.log.info("%d parsed, %d quarantined", len(parsed["processed"]), len(parsed["quarantine"]))
        return parsed


class WarehouseLoadOperator(BaseOperator):
    """One transaction into the warehouse; then the source's watermark moves."""

    template_fields = ("stage_url", "iam_role", "schema")

    def __init__(self, *, stage_url: str, aws_conn_id: str | None = None,
                 warehouse_conn_id: str = "expetl_warehouse", schema: str = "expenses",
                 extract_task_id: str = "extract", parse_task_id: str = "parse", iam_role: str | None = None,
                 **kw: Any):
        kw.setdefault("pool", "expetl_warehouse")  # one writer at a time (Redshift error 1023)
        super().__init__(**kw)
        self.stage_url, self.aws_conn_id, self.warehouse_conn_id = stage_url, aws_conn_id, warehouse_conn_id
        self.schema, self.extract_task_id, self.parse_task_id, self.iam_role = (
            schema, extract_task_id, parse_task_id, iam_role)

    def execute(self, context: Any) -> dict[str, int]:
        ti = context["ti"]
        extracted = ti.xcom_pull(task_ids=self.extract_task_id)
        parsed = ti.xcom_pull(task_ids=self.parse_task_id)
        aws = ExpetlAwsHook(self.aws_conn_id)
        stage = aws.stage(self.stage_url)
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            counts = load_parsed(stage, wh, context["run_id"], parsed, self.iam_role,
                                 aws.settings().get("region") if stage.scheme == "s3" else None)
        if extracted.get("watermark_variable"):
            Variable.set(extracted["watermark_variable"], json.dumps(extracted["watermark"]))
        self.log.info("loaded: %s", counts)
        return counts


class GlueCrawlerTrigger(BaseTrigger):
    """Polls a crawler until READY (in the triggerer, off the workers)."""

    def __init__(self, crawler_name: str, aws_conn_id: str | None, poll_interval: float, timeout: float):
        super().__init__()
        self.crawler_name, self.aws_conn_id = crawler_name, aws_conn_id
        self.poll_interval, self.timeout = poll_interval, timeout

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return ("expetl.airflow.operators.GlueCrawlerTrigger",
                {"crawler_name": self.crawler_name, "aws_conn_id": self.aws_conn_id,
                 "poll_interval": self.poll_interval, "timeout": self.timeout})

    async def run(self) -> AsyncIterator[TriggerEvent]:
        crawler = await asyncio.to_thread(ExpetlAwsHook(self.aws_conn_id).glue_crawler, self.crawler_name)
        waited = 0.0
        while True:
            st = await asyncio.to_thread(crawler.state)  # the C client releases the GIL
            if st["state"] == "READY":
                yield TriggerEvent({"status": "ready", **st})
                return
            if waited >= self.timeout:
                yield TriggerEvent({"status": "timeout", **st})
                return
            await asyncio.sleep(self.poll_interval)
            waited += self.poll_interval


class GlueCrawlerOperator(BaseOperator):
    """Start the crawler (one already running counts) and wait, deferred."""

    template_fields = ("crawler_name",)

    def __init__(self, *, crawler_name: str, aws_conn_id: str | None = None, poll_interval: float = 15.0,
                 timeout: float = 1800.0, deferrable: bool = True, **kw: Any):
        super().__init__(**kw)
        self.crawler_name, self.aws_conn_id = crawler_name, aws_conn_id
        self.poll_interval, self.timeout, self.deferrable = poll_interval, timeout, deferrable

    def execute(self, context: Any) -> dict[str, Any]:
        crawler = ExpetlAwsHook(self.aws_conn_id).glue_crawler(self.crawler_name)
        started = crawler.start()
        self.log.info("crawler %s %s", self.crawler_name, "started" if started else "was already running")
        if self.deferrable:
            self.defer(trigger=GlueCrawlerTrigger(self.crawler_name, self.aws_conn_id, self.poll_interval,
                                                  self.timeout),
                       method_name="execute_complete", timeout=timedelta(seconds=self.timeout + 60))
        return crawler.wait(self.timeout, self.poll_interval)

    def execute_complete(self, context: Any, event: dict[str, Any]) -> dict[str, Any]:
        if event["status"] != "ready":
            raise TimeoutError(f"crawler {self.crawler_name} still {event['state']} after {self.timeout:.0f} s")
        return event


class CompensateOperator(BaseOperator):
    """Teardown: when the run failed, delete what it staged and did not load."""

    template_fields = ("stage_url", "schema")

    def __init__(self, *, stage_url: str, aws_conn_id: str | None = None,
                 warehouse_conn_id: str = "expetl_warehouse", schema: str = "expenses",
                 extract_task_id: str = "extract", parse_task_id: str = "parse", **kw: Any):
        super().__init__(**kw)
        self.stage_url, self.aws_conn_id, self.warehouse_conn_id = stage_url, aws_conn_id, warehouse_conn_id
        self.schema, self.extract_task_id, self.parse_task_id = schema, extract_task_id, parse_task_id

    def execute(self, context: Any) -> int:
        ti = context["ti"]
        extracted = ti.xcom_pull(task_ids=self.extract_task_id) or {"records": []}
        parsed = ti.xcom_pull(task_ids=self.parse_task_id)
        stage = ExpetlAwsHook(self.aws_conn_id).stage(self.stage_url)
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            n = compensate(stage, wh, context["run_id"], extracted["records"], parsed)
        self.log.info("compensation: %d staged objects of this run removed", n)
        return n
