"""Operators: thin.  Each reads its connections and templated fields, calls
one core step (expetl.core.steps) and pushes small XComs (keys, counts),
never file bytes.  Logs say what happened in sentences, and name every
quarantined file with its reason; a configuration error (a bad source, a
token or an AWS key refused) fails at once with what to set."""
from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import timedelta
from typing import Any, Iterator

from airflow.exceptions import AirflowFailException, AirflowSkipException
from airflow.sdk import BaseOperator, Variable

from expetl import AuthError, StageError

from expetl.airflow.hooks import (
    AWS_CONN_ID,
    GMAIL_CONN_ID,
    MERCADOPAGO_CONN_ID,
    WAREHOUSE_CONN_ID,
    ExpetlAwsHook,
    GmailHook,
    MercadoPagoHook,
    WarehouseHook,
    config_error,
)
from expetl.airflow.links import ProcessedObjectsLink, RawObjectsLink, stage_links
from expetl.airflow.notify import ExpetlNotifier
from expetl.airflow.report import plural, run_summary, run_weeks
from expetl.airflow.triggers import GlueCrawlerTrigger
from expetl.core import kinds, steps
from expetl.core.records import ParsedBatch, QuarantineEntry, Staged, load_counts
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


def log_quarantine(log: Any, entries: list[QuarantineEntry]) -> None:
    """One warning per quarantined file: its key, line and why."""
    for q in entries:
        where = f" (line {q.line})" if q.line else ""
        log.warning("Quarantined %s%s: %s: %s", q.object_key or q.sha256, where, q.reason, q.detail)


def source_error(source: str, valid: str, env: str) -> AirflowFailException:
    if not source:
        return config_error(f"no source: set the param source ({valid}), or for the local preset the "
                            f"environment variable {env} of the Airflow processes")
    return config_error(f"param source must be {valid}, not {source!r}")


# AWS refusals that the next try mends: the hook hands the C clients
# credentials frozen at the start of a try, and an assumed role's may expire
# within a long task; the next try takes fresh ones
EXPIRED = frozenset({"ExpiredToken", "ExpiredTokenException", "TokenRefreshRequired"})


@contextmanager
def refusals(aws_conn_id: str | None, source_conn_id: str | None = None) -> Iterator[None]:
    """Refused credentials fail the task at once (no retry mends them),
    naming the connection to fix: AWS's when the stage or Glue refused.  An
    expired session token (EXPIRED) is left to the retry."""
    try:
        yield
    except AuthError as e:
        if not isinstance(e, StageError):
            raise config_error(f"{e} (connection {source_conn_id})" if source_conn_id else str(e)) from None
        if e.code in EXPIRED:
            raise
        where = f"connection {aws_conn_id}" if aws_conn_id else "the AWS default credential chain"
        raise config_error(f"{e} ({where})") from None


class StageOperator(BaseOperator):
    """An operator on the stage: ``stage_url`` and, when the processed layer
    has a bucket of its own, ``processed_stage_url`` (empty: under
    ``stage_url``), with AWS credentials from ``aws_conn_id``.  Its extra
    links open the folders of what it staged."""

    template_fields: tuple[str, ...] = ("stage_url", "processed_stage_url")
    operator_extra_links = (RawObjectsLink(), ProcessedObjectsLink())

    def __init__(self, *, stage_url: str, processed_stage_url: str | None = None,
                 aws_conn_id: str | None = AWS_CONN_ID, **kw: Any):
        super().__init__(**kw)
        self.stage_url, self.processed_stage_url, self.aws_conn_id = stage_url, processed_stage_url, aws_conn_id

    def stage(self) -> Any:
        if not self.stage_url:
            raise config_error("no stage: set the param stage_url (s3://bucket/prefix or file:///path) or "
                               "EXPETL_STAGE_URL")
        try:
            return ExpetlAwsHook(self.aws_conn_id).stage(self.stage_url, self.processed_stage_url)
        except ValueError as e:  # a malformed URL
            raise config_error(f"stage: {e}") from None

    def keep_links(self, keys: list[str]) -> None:
        """Remember the folders of ``keys`` for the extra links."""
        self.stage_links = stage_links(self.stage_url, self.processed_stage_url, keys)


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
            if not os.path.isfile(self.source[5:]):
                raise config_error(f"source {self.source}: no such file")
            src: Any = MboxSource(self.source[5:])
        elif self.source == "gmail":
            hook = GmailHook(self.gmail_conn_id)
            src = GmailSource(hook.get_client(), VariableWatermark(self.watermark_variable),
                              self.query or hook.query(), self.gmail_label or hook.label(), self.since or None)
        else:
            raise source_error(self.source, "gmail or mbox:PATH", "EXPETL_LOCAL_MBOX")
        stage = self.stage()
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh, \
                refusals(self.aws_conn_id, self.gmail_conn_id):
            staged, dup = steps.extract(stage, wh, src, run_id=context["run_id"])
        self.keep_links([s.key for s in staged])
        self.log.info("%s staged from %s; %s already seen.", plural(len(staged), "new PDF"), self.source,
                      plural(dup, "was", "were") if dup else "none")
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
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh, \
                refusals(self.aws_conn_id, self.mercadopago_conn_id):
            staged, dup = steps.extract(stage, wh, self._source(conf, wh), run_id=context["run_id"])
        with refusals(self.aws_conn_id):
            parsed = steps.parse_all(stage, staged, keep_csv=False)
        self.keep_links([s.key for s in staged] + [k for v in parsed.processed.values() for k in v])
        self.log.info("%s staged from %s (%s already in); %s processed, %s quarantined.",
                      plural(len(staged), "new report"), self.source, dup,
                      plural(sum(len(v) for v in parsed.processed.values()), "file"), len(parsed.quarantine))
        log_quarantine(self.log, parsed.quarantine)
        return {"staged": [s.to_dict() for s in staged], "duplicates": dup, **parsed.to_dict()}

    def _source(self, conf: dict[str, Any], wh: Any) -> Any:
        if self.source.startswith("dir:"):
            if not os.path.isdir(self.source[4:]):
                raise config_error(f"source {self.source}: no such folder")
            return DirSource(self.source[4:], only=(kinds.REPORT,))
        if self.source != "api":
            raise source_error(self.source, "api or dir:PATH", "EXPETL_LOCAL_REPORTS")
        mp = MercadoPagoHook(self.mercadopago_conn_id).get_client()
        if conf.get("files"):
            kind = conf.get("report_type")
            if kind not in KINDS:
                raise config_error(f"dag_run.conf report_type must be one of {KINDS}, not {kind!r}")
            return MercadoPagoSource(mp, wanted=[(kind, f["name"]) for f in conf["files"]], skipped=self._skipped)
        return MercadoPagoSource(mp, self.report_types, done=wh.ingested_keys("mercadopago"), skipped=self._skipped)

    def _skipped(self, name: str, why: str) -> None:
        self.log.warning("Report %s skipped (the next catch-up asks for it again): %s", name, why)


class ParseReceiptsOperator(StageOperator):
    """Raw stage → processed stage + quarantine entries."""

    def __init__(self, *, extract_task_id: str = "extract", **kw: Any):
        super().__init__(**kw)
        self.extract_task_id = extract_task_id

    def execute(self, context: Any) -> dict[str, Any]:
        extracted = context["ti"].xcom_pull(task_ids=self.extract_task_id)
        with refusals(self.aws_conn_id):
            parsed = steps.parse_all(self.stage(), [Staged.from_dict(s) for s in extracted["staged"]],
                                     keep_csv=False)
        self.keep_links([k for v in parsed.processed.values() for k in v])
        self.log.info("%s parsed into the processed stage; %s quarantined.",
                      plural(sum(len(v) for v in parsed.processed.values()), "file"),
                      plural(len(parsed.quarantine), "file"))
        log_quarantine(self.log, parsed.quarantine)
        return parsed.to_dict()


class WarehouseLoadOperator(StageOperator):
    """One transaction into the warehouse; then the source's watermark moves.

    No pool: the transaction locks every table it writes, so two loads
    queue in the warehouse itself (and a serialisation failure retries the
    transaction).  The DAG's ``outlets`` (expetl.airflow.assets) get the
    run's schema and rows inserted as their events' extra."""

    template_fields = (*StageOperator.template_fields, "iam_role", "schema")

    def __init__(self, *, warehouse_conn_id: str = WAREHOUSE_CONN_ID, schema: str = "expenses",
                 extract_task_id: str = "extract", parse_task_id: str = "parse", iam_role: str | None = None,
                 **kw: Any):
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
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh, \
                refusals(self.aws_conn_id):
            out = steps.load(stage, wh, context["run_id"], parsed, 1, self.iam_role, region)
        if extracted.get("watermark_variable") and extracted.get("watermark") is not None:
            VariableWatermark(extracted["watermark_variable"]).save(extracted["watermark"])
        counts = load_counts(out)
        self.log.info("Loaded %s, %s and %s in one transaction (%s); %s and %s registered.",
                      plural(counts["receipts"], "receipt"), plural(counts["items"], "item"),
                      plural(counts["movements"], "Mercado Pago movement"), plural(counts["attempts"], "attempt"),
                      plural(counts["files"], "file"),
                      plural(counts["quarantined"], "quarantine entry", "quarantine entries"))
        events = context.get("outlet_events")
        for asset in self.outlets if events is not None else ():
            table = asset.name.rsplit(".", 1)[-1]
            events[asset].extra = {"schema": self.schema, "run_id": context["run_id"],
                                   "rows": int(out["inserted"].get(table, 0))}
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
        with refusals(self.aws_conn_id):  # deferring passes through
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
    and did not load and mark its staged registrations failed, then fail
    itself; otherwise skip.  The DAGs set ``on_failure_fail_dagrun`` on it,
    so the run's state is this task's: failed whenever a task failed,
    including a run someone marked failed (Airflow then skips the other
    tasks, which alone would leave the run green)."""

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
        self.log.info("Failed in this run: %s.", ", ".join(failed))
        extracted = ti.xcom_pull(task_ids=self.extract_task_id) or {"staged": []}
        parsed = ti.xcom_pull(task_ids=self.parse_task_id)
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh, refusals(self.aws_conn_id):
            n = steps.compensate(self.stage(), wh, run_id, [Staged.from_dict(s) for s in extracted["staged"]],
                                 ParsedBatch.from_dict(parsed) if parsed else None)
        ti.xcom_push(key="removed", value=n)
        raise AirflowFailException(f"the run failed ({', '.join(failed)}); compensation removed "
                                   f"{plural(n, 'staged object')} it had not loaded; the warehouse holds nothing "
                                   "of the failed load, and the run's staged files are marked failed (the "
                                   "next run takes them again). This task fails so that the run shows failed.")


class SummaryOperator(BaseOperator):
    """The run's own summary: what it loaded and the totals of the weeks
    it loaded into (expetl.airflow.report), logged; sent (SNS and/or e-mail,
    see expetl.airflow.notify) when ``send`` renders true — by default the
    Variable ``expetl_success_summary``."""

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
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            weeks = run_weeks(wh, context["run_id"])
        report = run_summary(context["dag"].dag_id, context["run_id"], counts, weeks)
        return {**report.data, "sent": send_report(self, report)}


def send_report(op: Any, report: Any) -> list[str]:
    """Log a report; send it when the operator's ``send`` renders true."""
    op.log.info("%s\n%s", report.subject, report.body)
    if str(op.send).strip().lower() in ("1", "true", "yes"):
        return ExpetlNotifier(aws_conn_id=op.aws_conn_id).send(report.subject, report.body)
    return []


class WeeklyReportOperator(BaseOperator):
    """The weekly report (expetl.airflow.report.weekly_report), logged and
    sent when ``send`` renders true (the Variable ``expetl_weekly_report``,
    default true: it is the point of the DAG)."""

    template_fields = ("schema", "send")

    def __init__(self, *, warehouse_conn_id: str = WAREHOUSE_CONN_ID, schema: str = "expenses",
                 aws_conn_id: str | None = AWS_CONN_ID,
                 send: str = "{{ var.value.get('expetl_weekly_report', 'true') }}", **kw: Any):
        super().__init__(**kw)
        self.warehouse_conn_id, self.schema, self.aws_conn_id, self.send = warehouse_conn_id, schema, aws_conn_id, send

    def execute(self, context: Any) -> dict[str, Any]:
        from expetl.airflow import report

        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            out = report.weekly_report(wh)
        return {**out.data, "subject": out.subject, "sent": send_report(self, out)}


class MonitorChecksOperator(BaseOperator):
    """Runs every registered monitor check of one group
    (expetl.airflow.monitor) against the warehouse; returns the problems
    found (``[{"check", "problem"}]``), each logged.  Thresholds are read from
    the ``expetl_monitor_*`` Variables; growth checks keep their last values in
    the Variable ``expetl_monitor_state``."""

    template_fields = ("schema",)

    def __init__(self, *, group: str, warehouse_conn_id: str = WAREHOUSE_CONN_ID, schema: str = "expenses",
                 gmail_conn_id: str = GMAIL_CONN_ID, **kw: Any):
        super().__init__(**kw)
        self.group, self.warehouse_conn_id, self.schema, self.gmail_conn_id = (
            group, warehouse_conn_id, schema, gmail_conn_id)

    def execute(self, context: Any) -> list[dict[str, str]]:
        from expetl.airflow import monitor

        thresholds = {}
        for name, default in monitor.DEFAULTS.items():
            raw = Variable.get(f"expetl_monitor_{name}", default=str(default))
            try:
                thresholds[name] = int(raw)
            except ValueError:
                raise config_error(f"the Variable expetl_monitor_{name} must be a whole number, not {raw!r}") \
                    from None
        raw_state = Variable.get("expetl_monitor_state", default="{}")
        with WarehouseHook(self.warehouse_conn_id).get_warehouse(self.schema) as wh:
            wh.ensure_schema()  # a monitor that runs before the first load sees empty tables, not errors
            ctx = monitor.CheckContext(wh, thresholds, monitor.utcnow(), monitor.load_state(raw_state, self.schema),
                                       self.gmail_conn_id)
            problems = monitor.run_checks(self.group, ctx)
        if ctx.state:
            Variable.set("expetl_monitor_state", monitor.save_state(raw_state, self.schema, ctx.state))
        checked = [c for c in monitor.CHECKS.values() if c.group == self.group]
        self.log.info("%s run, %s found.", plural(len(checked), f"{self.group} check"),
                      plural(len(problems), "problem"))
        for p in problems:
            self.log.warning("%s: %s", p["check"], p["problem"])
        return problems


class MonitorAlertOperator(BaseOperator):
    """Gathers the problems the check tasks found; with any, sends one
    alert (ExpetlNotifier: SNS and/or e-mail) and fails, so the monitor's
    run shows red.  Its own failure callback is off: the alert is sent."""

    def __init__(self, *, check_task_ids: tuple[str, ...], aws_conn_id: str | None = AWS_CONN_ID, **kw: Any):
        kw.setdefault("trigger_rule", "all_done")  # alert on what was found even if a check task broke
        kw["on_failure_callback"] = None
        super().__init__(**kw)
        self.check_task_ids, self.aws_conn_id = tuple(check_task_ids), aws_conn_id

    def execute(self, context: Any) -> None:
        found = [p for t in self.check_task_ids for p in (context["ti"].xcom_pull(task_ids=t) or [])]
        if not found:
            self.log.info("No problem found.")
            return
        subject = f"expetl monitor: {plural(len(found), 'problem')} found"
        body = "\n".join([f"Run {context['run_id']} of {context['dag'].dag_id} found:", "",
                          *(f"- {p['check']}: {p['problem']}" for p in found)])
        ExpetlNotifier(aws_conn_id=self.aws_conn_id).send(subject, body)
        raise AirflowFailException(f"{subject}: " + " | ".join(p["problem"] for p in found))
