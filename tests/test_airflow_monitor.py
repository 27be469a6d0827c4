"""The monitoring and report DAGs with Airflow's dag.test(): the monitor
alerts (an e-mail to a local SMTP server) on a stale source and a revoked
Gmail token, then on injected data-quality failures, and is quiet once they
are fixed; the report sums the latest week.  The config errors of the
pipeline DAGs fail at once, naming what to set."""
import json
import uuid
from datetime import datetime, timedelta

import pytest

from conftest import FIXTURES
from fake_gmail import FakeGmail
from fakes import FakeSmtp
from test_airflow_dags import airflow_db, fast_dags, load_dag, results, set_conn  # noqa: F401 (fixtures)

MBOX = FIXTURES / "mail" / "takeout.mbox"


@pytest.fixture
def monitored(airflow_db, fast_dags, monkeypatch, pg, warehouse, tmp_path):
    """A schema holding the fixture mbox's receipts (dated 2025: stale),
    loaded by the runner; alerts by e-mail to a local SMTP server."""
    from expetl.core.sources import open_source
    from expetl.runner import Runner
    from expetl.stage import Stage

    Runner(Stage(f"file://{tmp_path}/stage"), warehouse, run_id="seed").run(list(open_source(f"mbox:{MBOX}")))
    port = pg.dsn.split(":")[2].split("/")[0]
    set_conn(monkeypatch, "expetl_warehouse", conn_type="postgres", host="127.0.0.1", port=int(port),
             login="expetl", schema="postgres", extra={"sslmode": "disable"})
    monkeypatch.setenv("AIRFLOW_VAR_EXPETL_MONITOR_MERCADOPAGO_DAYS", "0")  # no reports in this schema
    with FakeSmtp() as smtp:
        set_conn(monkeypatch, "smtp_default", conn_type="smtp", host="127.0.0.1", port=smtp.port,
                 extra={"disable_tls": True, "disable_ssl": True, "from_email": "expetl@example.com", "timeout": 5})
        monkeypatch.setenv("AIRFLOW_VAR_EXPETL_ALERT_EMAIL", "yo@example.com")
        yield smtp


def mails(smtp):
    """Each message's Subject line and decoded text parts."""
    import email
    import html

    out = []
    for _f, _to, data in smtp.messages:
        msg = email.message_from_bytes(data)
        parts = [html.unescape(p.get_payload(decode=True).decode()) for p in msg.walk() if not p.is_multipart()]
        out.append(f"Subject: {msg['Subject']}\n" + "\n".join(parts))
    return out


def test_monitor_alerts_on_a_stale_source_then_on_data_quality_then_is_quiet(monitored, monkeypatch, warehouse,
                                                                             schema):
    smtp = monitored
    dag = load_dag("expenses_monitor")
    with FakeGmail() as g:
        g.revoked = True  # the household revoked expetl's access
        set_conn(monkeypatch, "gmail_default", conn_type="gmail", password=json.dumps(g.token_info()),
                 extra={"token_uri": g.url + "/token", "api_base": g.url})
        run = dag.test(run_conf={"schema": schema})
        assert run.state == "failed"
        states, out = results(run)
        assert states == {"freshness": "success", "quality": "success", "alert": "failed"}
        problems = {p["check"]: p["problem"] for p in out["freshness"]}
        assert set(problems) == {"freshness.receipts", "freshness.gmail_token"}
        assert "No receipt in the last 8 days: the newest is from 2025-" in problems["freshness.receipts"]
        assert "invalid_grant" in problems["freshness.gmail_token"]
        # the first check only records the quarantine's size; the one problem is real: the mbox
        # holds a ticket paid with Mercado Pago months ago, and no release report was loaded
        (unreconciled,) = out["quality"]
        assert unreconciled["check"] == "quality.unreconciled_ticket"
        assert "was paid 16924.55 with Mercado Pago" in unreconciled["problem"]
        (mail,) = mails(smtp)
        assert "Subject: expetl monitor: 3 problems found" in mail
        assert "freshness.receipts: No receipt in the last 8 days" in mail and "freshness.gmail_token" in mail

        # fresh enough now, the token works again; inject data-quality failures
        g.revoked = False
        monkeypatch.setenv("AIRFLOW_VAR_EXPETL_MONITOR_RECEIPT_DAYS", "100000")
        old = (datetime.utcnow() - timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
        s = f'"{schema}"'
        warehouse.query(f"INSERT INTO {s}.ingested_files (sha256, source, object_key, row_count, status, run_id, "
                        "ingested_at) VALUES ($1, 'gmail', 'raw/receipts/2025/03/18/stuck.pdf', 0, 'staged', "
                        "'run-stuck', CAST($2 AS timestamp))", ("f" * 64, old))
        warehouse.query(f"INSERT INTO {s}.quarantine (sha256, source, object_key, line, reason, detail, run_id, "
                        "quarantined_at) VALUES ($1, 'gmail', 'raw/receipts/x.pdf', NULL, 'TotalsMismatch', 'x', "
                        "'run-q', CAST($2 AS timestamp))", ("e" * 64, old))
        sha = warehouse.query(f"SELECT sha256 FROM {s}.receipts ORDER BY issued_at LIMIT 1")[1][0][0]
        warehouse.query(f"UPDATE {s}.receipt_items SET amount = amount - 100000000 WHERE sha256 = $1", (sha,))
        run = dag.test(run_conf={"schema": schema})
        assert run.state == "failed"
        states, out = results(run)
        assert out["freshness"] == []
        problems = {p["check"]: p["problem"] for p in out["quality"]}
        assert set(problems) == {"quality.stuck_staged", "quality.quarantine_growth", "quality.negative_week"}
        assert problems["quality.stuck_staged"].startswith("raw/receipts/2025/03/18/stuck.pdf has been staged since")
        assert "The quarantine grew from " in problems["quality.quarantine_growth"]
        assert "spending cannot be negative" in problems["quality.negative_week"]
        assert len(smtp.messages) == 2 and "3 problems found" in mails(smtp)[1]

        # fixed: a quiet, green run and no mail
        warehouse.query(f"DELETE FROM {s}.ingested_files WHERE status = 'staged'")
        warehouse.query(f"UPDATE {s}.receipt_items SET amount = amount + 100000000 WHERE sha256 = $1", (sha,))
        run = dag.test(run_conf={"schema": schema})
        assert run.state == "success" and len(smtp.messages) == 2


def test_monitor_warns_before_a_known_token_expiry(monkeypatch):
    from types import SimpleNamespace

    from expetl.airflow.monitor import CHECKS, CheckContext

    with FakeGmail() as g:
        soon = (datetime.utcnow() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        set_conn(monkeypatch, "gmail_soon", conn_type="gmail", password=json.dumps(g.token_info()),
                 extra={"token_uri": g.url + "/token", "api_base": g.url, "refresh_token_expires_at": soon})
        ctx = CheckContext(SimpleNamespace(schema="x"), {"token_days": 3}, datetime.utcnow(), {}, "gmail_soon")
        (problem,) = CHECKS["freshness.gmail_token"].run(ctx)
        assert "expires on" in problem and "(0 days left)" in problem and "expetl gmail-auth" in problem
        # a connection that is not defined is not checked (the local preset reads no Gmail)
        assert CHECKS["freshness.gmail_token"].run(CheckContext(ctx.wh, ctx.thresholds, ctx.now, {}, "nope")) == []


def test_weekly_report_sums_the_latest_week(monitored, schema):
    run = load_dag("expenses_weekly_report").test(run_conf={"schema": schema})
    assert run.state == "success"
    out = results(run)[1]["report"]
    assert out["week"].startswith("2025-") and out["currency"] == "ARS" and float(out["spending"]) > 0
    assert out["subject"].startswith("Gastos de la semana")
    assert out["sent"] == ["email"] and "Gasto de la semana: $" in mails(monitored)[0]


@pytest.mark.parametrize("conf, message", [
    ({"preset": "production", "stage_url": "file:///tmp/expetl-never"},
     "the Airflow connection 'gmail_default' is not defined: set it (AIRFLOW_CONN_GMAIL_DEFAULT or"),
    ({"preset": "local", "stage_url": "file:///tmp/expetl-never"},
     "no source: set the param source (gmail or mbox:PATH), or for the local preset the environment "
     "variable EXPETL_LOCAL_MBOX"),
    ({"preset": "production", "source": "mbox:/no/such.mbox", "stage_url": "s3://b/p"},
     "no AWS credentials for s3"),
])
def test_a_configuration_error_fails_at_once_naming_what_to_set(airflow_db, monkeypatch, monitored, conf, message,
                                                                 capfd):
    monkeypatch.setenv("EXPETL_DAG_RETRIES", "3")  # retries on: a configuration error must not use them
    monkeypatch.delenv("EXPETL_LOCAL_MBOX", raising=False)
    for var in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE", "AWS_SHARED_CREDENTIALS_FILE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    if "source" in conf:
        conf = {**conf, "source": f"mbox:{MBOX}"}
    run = load_dag("expenses_gmail_receipts").test(run_conf={**conf, "watermark_variable": "wm-" + uuid.uuid4().hex})
    assert run.state == "failed"
    states, _out = results(run)
    assert states["extract"] == "failed" and states["load"] == "upstream_failed"
    from airflow.utils.session import create_session

    with create_session() as session:
        ti = run.get_task_instance("extract", session=session)
        assert ti.try_number == 1 and ti.max_tries == 3  # failed for good at the first try
    logs = "".join(capfd.readouterr())
    assert message in logs and "AttributeError" not in logs
