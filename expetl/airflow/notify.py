"""Failure alerts and the success summary, both optional by configuration.

Where they go is read from Airflow Variables when they fire (not when the DAG
file is parsed): ``expetl_sns_topic_arn`` (published through the amazon
provider's SnsHook and the ``aws_default`` credential chain) and/or
``expetl_alert_email`` (comma separated, through the smtp provider and the
``smtp_default`` connection).  With neither set, the message is only
logged.  The summary is sent only when ``expetl_success_summary`` is true."""
from __future__ import annotations

from typing import Any

from airflow.sdk.bases.notifier import BaseNotifier

from expetl.airflow.hooks import AWS_CONN_ID, SMTP_CONN_ID


class ExpetlNotifier(BaseNotifier):
    """``on_failure_callback=ExpetlNotifier()``: one message per task that
    failed for good (after its retries).  Destinations left None are read
    from the Variables when a message is sent (not templated: a notifier's
    template that renders empty is left unrendered)."""

    def __init__(self, *, sns_topic_arn: str | None = None, email_to: str | None = None,
                 aws_conn_id: str | None = AWS_CONN_ID, smtp_conn_id: str = SMTP_CONN_ID):
        super().__init__()
        self.sns_topic_arn, self.email_to = sns_topic_arn, email_to
        self.aws_conn_id, self.smtp_conn_id = aws_conn_id, smtp_conn_id

    def notify(self, context: Any) -> None:
        self.send(*failure_message(context))

    def send(self, subject: str, body: str) -> list[str]:
        """Send to every configured destination; the ones used."""
        from airflow.sdk import Variable

        def setting(value: str | None, variable: str) -> str:
            return value if value is not None else Variable.get(variable, default="")

        topic = setting(self.sns_topic_arn, "expetl_sns_topic_arn")
        emails = setting(self.email_to, "expetl_alert_email")
        sent = []
        if topic:
            from airflow.providers.amazon.aws.hooks.sns import SnsHook

            # SNS subjects: ASCII, no line breaks, at most 100 characters
            SnsHook(aws_conn_id=self.aws_conn_id).publish_to_target(
                topic, body, subject=subject.encode("ascii", "replace").decode()[:100])
            sent.append("sns")
        to = [a.strip() for a in emails.split(",") if a.strip()]
        if to:
            from airflow.providers.smtp.hooks.smtp import SmtpHook

            with SmtpHook(smtp_conn_id=self.smtp_conn_id) as smtp:
                smtp.send_email_smtp(to=to, subject=subject, html_content=f"<pre>{_html(body)}</pre>")
            sent.append("email")
        self.log.info("%s → %s", subject, ", ".join(sent) or "log only (no destination configured)")
        return sent


def failure_message(context: Any) -> tuple[str, str]:
    ti, run = context["ti"], context.get("dag_run")
    err = context.get("exception")
    # our clients redact secrets in their messages; bound the size anyway
    detail = f"{type(err).__name__}: {err}"[:2000] if err else "(no exception recorded)"
    subject = f"expetl: {ti.dag_id}.{ti.task_id} failed"
    body = (f"DAG:      {ti.dag_id}\nRun:      {run.run_id if run else context.get('run_id')}\n"
            f"Task:     {ti.task_id} (try {ti.try_number})\nError:    {detail}\n\n"
            "The run's teardown removes what it staged and did not load; the warehouse is unchanged "
            "(the load is one transaction) and the next run fetches the same input again.")
    return subject, body


def _html(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
