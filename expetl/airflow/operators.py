"""Operators: thin.  Each reads its connections and templated fields, calls
one core step (expetl.core.steps) and pushes small XComs (keys, counts),
never file bytes."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from airflow.exceptions import AirflowSkipException
from airflow.sdk import BaseOperator, Variable

from expetl.airflow.hooks import (
    AWS_CONN_ID,
    GMAIL_CONN_ID,
    MERCADOPAGO_CONN_ID,
    WAREHOUSE_CONN_ID,
    ExpetlAwsHook,
    GmailHook,
    MercadoPagoHook,
    WarehouseHook,
)
from expetl.airflow.notify import ExpetlNotifier, summary_message
from expetl.airflow.triggers import GlueCrawlerTrigger
from expetl.core import kinds, steps
from expetl.core.records import ParsedBatch, Staged
from expetl.core.sources import DirSource, GmailSource, MboxSource, MercadoPagoSource
from expetl.mercadopago import KINDS


class VariableWatermark:
    """The Gmail watermark in an Airflow Variable (expetl.core.state)."""

    def __init__(self, name: str):
        self.name = name

    def load(self) -> dict[str, Any]:
        import json
        return json.loads(Variable.get(self.name, default="{}"))

    def save(self, state: dict[str, Any]) -> None:
        import json
        Variable.set(self.name, json.dumps(state))


class StageOperator(BaseOperator):
    """An operator on the stage: ``stage_url`` and, when the processed layer
    has a bucket of its own, ``processed_stage_url`` (empty: under
    ``stage_url``), with AWS credentials from ``aws_conn_id``."""

    template_fields: tuple[str, ...] = ("stage_url", "processed_stage_url")

    def __init__(self, *, stage_url: str, processed_stage_url: str | None = None,
                 aws_conn_id: str | None = AWS_CONN_ID, **kw: Any):
        super().__init__(**kw)
        self.stage_url, self.processed_stage_url, self.aws_conn_id = stage_url, processed_stage_url, aws_conn_id

    def stage(self) -> Any:
        return ExpetlAwsHook(self.aws_conn_id).stage(self.stage_url, self.processed_stage_url)


class GmailReceiptsOperator(StageOperator):
    """New receipt PDFs from Gmail (since the watermark in an Airflow
    Variable) → the raw stage, skipping hashes already ingested.  The
    watermark moves only when the load has committed (WarehouseLoadOperator).
    ``source="mbox:PATH"`` reads a Google Takeout mbox instead of the API
    (the demo; a backfill from an export).  ``since`` (an ISO date or time,
    templated: ``"{{ data_interval_start }}"``) fetches from then instead
    of the watermark and leaves the watermark alone (a backfill)."""

    template_fields = (*StageOperator.template_fields, "source", "query", "gmail_label", "watermark_variable",
                       "schema", "since")

    def __init__(self, *, source: str = "gmail", gmail_conn_id: str = GMAIL_CONN_ID,
                 warehouse_conn_id: str = WAREHOUSE_CONN_ID,
                 schema: str = "expenses", query: str | None = None, gmail_label: str | None = None,
                 watermark_variable: str = "expetl_gmail_watermark", since: str | None = None, **kw: Any):
        super().__init__(**kw)
        self.source, self.gmail_conn_id, self.since = source, gmail_conn_id, since
        self.warehouse_conn_id, self.schema = warehouse_conn_id, schema
        self.query, self.gmail_label, self.watermark_variable = query, gmail_label, watermark_variable

    def execute(self, context: Any) -> dict[str, Any]:
        if self.source.startswith("mbox:"):
            src: Any = MboxSource(self.source[5:])
        elif self.source == "gmail":
            hook = GmailHook(self.gmail_conn_id)
            src = GmailSource(hook.get_client(), VariableWatermark(self.watermark_variable),
                              self.query or hook.query(), self.gmail_label or hook.label(), self.since or None)
        else:
            raise ValueError(f"source must be 'gmail' or 'mbox:PATH', not {self.source!r}")
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            staged, dup = steps.extract(self.stage(), wh, src)
        self.log.info("%d new PDFs staged, %d already seen", len(staged), dup)
        return {"staged": [s.to_dict() for s in staged], "duplicates": dup,
                "watermark": getattr(src, "new_state", None), "watermark_variable": self.watermark_variable}


class MercadoPagoReportOperator(StageOperator):
    """Mercado Pago reports → raw stage → processed stage (+ quarantine).

    Which reports: the files named in ``dag_run.conf`` (the webhook's
    ``report_type`` and ``files``; only the names are used, downloads go to
    the API with the connection's token, never to a URL from the body), or,
    without them, every ready report of ``report_types`` not yet loaded or
    quarantined (the daily catch-up).  ``source="dir:PATH"`` reads report
    CSVs from a folder instead (the demo)."""

    template_fields = (*StageOperator.template_fields, "source", "schema")

    def __init__(self, *, source: str = "api", report_types: tuple[str, ...] = KINDS,
                 mercadopago_conn_id: str = MERCADOPAGO_CONN_ID,
                 warehouse_conn_id: str = WAREHOUSE_CONN_ID, schema: str = "expenses", **kw: Any):
        super().__init__(**kw)
        self.source, self.report_types, self.mercadopago_conn_id = source, tuple(report_types), mercadopago_conn_id
        self.warehouse_conn_id, self.schema = warehouse_conn_id, schema

    def execute(self, context: Any) -> dict[str, Any]:
        conf = (context["dag_run"].conf or {}) if context.get("dag_run") else {}
        stage = self.stage()
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            staged, dup = steps.extract(stage, wh, self._source(conf, wh))
        parsed = steps.parse_all(stage, staged)
        self.log.info("%d new reports staged (%d already in); %d processed, %d quarantined", len(staged), dup,
                      sum(len(v) for v in parsed.processed.values()), len(parsed.quarantine))
        for q in parsed.quarantine:
            self.log.warning("quarantined %s (line %s): %s: %s", q.object_key, q.line, q.reason, q.detail)
        return {"staged": [s.to_dict() for s in staged], "duplicates": dup, **parsed.to_dict()}

    def _source(self, conf: dict[str, Any], wh: Any) -> Any:
        if self.source.startswith("dir:"):
            return DirSource(self.source[4:], only=(kinds.REPORT,))
        if self.source != "api":
            raise ValueError(f"source must be 'api' or 'dir:PATH', not {self.source!r}")
        mp = MercadoPagoHook(self.mercadopago_conn_id).get_client()
        if conf.get("files"):
            kind = conf.get("report_type")
            if kind not in KINDS:
                raise ValueError(f"dag_run.conf report_type must be one of {KINDS}, not {kind!r}")
            return MercadoPagoSource(mp, wanted=[(kind, f["name"]) for f in conf["files"]])
        return MercadoPagoSource(mp, self.report_types, done=wh.ingested_keys("mercadopago"))


class ParseReceiptsOperator(StageOperator):
    """Raw stage → processed stage + quarantine entries."""

    def __init__(self, *, extract_task_id: str = "extract", **kw: Any):
        super().__init__(**kw)
        self.extract_task_id = extract_task_id

    def execute(self, context: Any) -> dict[str, Any]:
        extracted = context["ti"].xcom_pull(task_ids=self.extract_task_id)
        parsed = steps.parse_all(self.stage(), [Staged.from_dict(s) for s in extracted["staged"]])
        self.log.info("%d parsed, %d quarantined", sum(len(v) for v in parsed.processed.values()),
                      len(parsed.quarantine))
        for q in parsed.quarantine:
            self.log.warning("quarantined %s: %s: %s", q.object_key, q.reason, q.detail)
        return parsed.to_dict()


class WarehouseLoadOperator(StageOperator):
    """One transaction into the warehouse; then the source's watermark moves."""

    template_fields = (*StageOperator.template_fields, "iam_role", "schema")

    def __init__(self, *, warehouse_conn_id: str = WAREHOUSE_CONN_ID, schema: str = "expenses",
                 extract_task_id: str = "extract", parse_task_id: str = "parse", iam_role: str | None = None,
                 **kw: Any):
        kw.setdefault("pool", "expetl_warehouse")  # one writer at a time (Redshift error 1023)
        super().__init__(**kw)
        self.warehouse_conn_id = warehouse_conn_id
        self.schema, self.extract_task_id, self.parse_task_id, self.iam_role = (
            schema, extract_task_id, parse_task_id, iam_role)

    def execute(self, context: Any) -> dict[str, int]:
        ti = context["ti"]
        extracted = ti.xcom_pull(task_ids=self.extract_task_id)
        parsed = ParsedBatch.from_dict(ti.xcom_pull(task_ids=self.parse_task_id))
        stage = self.stage()
        region = ExpetlAwsHook(self.aws_conn_id).settings().get("region") if stage.processed_scheme == "s3" else None
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            out = steps.load(stage, wh, context["run_id"], parsed, 1, self.iam_role, region)
        if extracted.get("watermark_variable") and extracted.get("watermark") is not None:
            VariableWatermark(extracted["watermark_variable"]).save(extracted["watermark"])
        counts = {"receipts": out["inserted"].get("receipts", 0), "items": out["inserted"].get("receipt_items", 0),
                  "movements": out["inserted"].get("mp_movements", 0), "files": out["files"],
                  "quarantined": out["quarantined"], "attempts": out["attempts"]}
        self.log.info("loaded: %s", counts)
        return counts


class GlueCrawlerOperator(BaseOperator):
    """Start the crawler (one already running counts) and wait, deferred."""

    template_fields = ("crawler_name",)

    def __init__(self, *, crawler_name: str, aws_conn_id: str | None = AWS_CONN_ID, poll_interval: float = 15.0,
                 timeout: float = 1800.0, deferrable: bool = True, **kw: Any):
        super().__init__(**kw)
        self.crawler_name, self.aws_conn_id = crawler_name, aws_conn_id
        self.poll_interval, self.timeout, self.deferrable = poll_interval, timeout, deferrable

    def execute(self, context: Any) -> dict[str, Any]:
        if not self.crawler_name:
            raise AirflowSkipException("no crawler configured (param crawler is empty)")
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


class CompensateOperator(StageOperator):
    """Teardown: when a task of the run failed, delete what the run staged
    and did not load and mark its staged registrations failed; otherwise
    skip."""

    template_fields = (*StageOperator.template_fields, "schema")

    def __init__(self, *, warehouse_conn_id: str = WAREHOUSE_CONN_ID, schema: str = "expenses",
                 extract_task_id: str = "extract", parse_task_id: str = "parse", **kw: Any):
        super().__init__(**kw)
        self.warehouse_conn_id = warehouse_conn_id
        self.schema, self.extract_task_id, self.parse_task_id = schema, extract_task_id, parse_task_id

    def execute(self, context: Any) -> int:
        ti, run_id = context["ti"], context["run_id"]
        # a teardown runs whatever happened (Airflow fixes its trigger rule): look
        states = ti.get_task_states(dag_id=ti.dag_id, run_ids=[run_id]).get(run_id, {})
        failed = sorted(t for t, st in states.items() if st in ("failed", "upstream_failed") and t != self.task_id)
        if not failed:
            raise AirflowSkipException("the run did not fail: nothing to compensate")
        self.log.info("failed in this run: %s", ", ".join(failed))
        extracted = ti.xcom_pull(task_ids=self.extract_task_id) or {"staged": []}
        parsed = ti.xcom_pull(task_ids=self.parse_task_id)
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            n = steps.compensate(self.stage(), wh, run_id, [Staged.from_dict(s) for s in extracted["staged"]],
                                 ParsedBatch.from_dict(parsed) if parsed else None)
        self.log.info("compensation: %d staged objects of this run removed", n)
        return n


class SummaryOperator(BaseOperator):
    """The run's counts and the week's total, logged; sent (SNS and/or
    e-mail, see expetl.airflow.notify) when ``send`` renders true — by
    default the Variable ``expetl_success_summary``."""

    template_fields = ("schema", "send")

    def __init__(self, *, warehouse_conn_id: str = WAREHOUSE_CONN_ID, schema: str = "expenses",
                 load_task_id: str = "load", aws_conn_id: str | None = AWS_CONN_ID,
                 send: str = "{{ var.value.get('expetl_success_summary', 'false') }}", **kw: Any):
        kw.setdefault("trigger_rule", "none_failed")  # a skipped crawler still gets a summary
        super().__init__(**kw)
        self.warehouse_conn_id, self.schema, self.load_task_id = warehouse_conn_id, schema, load_task_id
        self.aws_conn_id, self.send = aws_conn_id, send

    def execute(self, context: Any) -> dict[str, Any]:
        counts = context["ti"].xcom_pull(task_ids=self.load_task_id) or {}
        day = context["dag_run"].run_after.date().isoformat()
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            week = wh.week_total(day)
        subject, body = summary_message(context["dag"].dag_id, context["run_id"], counts, week)
        self.log.info("%s\n%s", subject, body)
        sent: list[str] = []
        if str(self.send).strip().lower() in ("1", "true", "yes"):
            sent = ExpetlNotifier(aws_conn_id=self.aws_conn_id).send(subject, body)
        return {"counts": counts, "week": week, "sent": sent}
