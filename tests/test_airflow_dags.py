"""The DAGs: integrity of every file in dags/ (and `airflow dags list`), both
DAGs run end to end with Airflow's dag.test() against the local stack (fake
Gmail and Mercado Pago servers, moto for S3, Glue, SNS and SQS with
signatures checked, a real PostgreSQL), and failures injected mid-run."""
import json
import subprocess
import sys
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from fake_gmail import FakeGmail
from fake_mp import FakeMercadoPago
from fakes import FakeSmtp, Scripted

DAGS = ROOT / "dags"
AIRFLOW = Path(sys.executable).parent / "airflow"


@pytest.fixture(scope="module")
def airflow_db():
    from expetl.dagrun import migrate

    migrate()
    return True


@pytest.fixture
def fast_dags(monkeypatch):
    """No retries, so an injected failure fails the run at once (the DAGs
    are imported afresh by load_dag, which reads this again)."""
    monkeypatch.setenv("EXPETL_DAG_RETRIES", "0")
    for var in ("expetl_sns_topic_arn", "expetl_alert_email", "expetl_success_summary"):
        monkeypatch.setenv(f"AIRFLOW_VAR_{var.upper()}", "")


def load_dag(name):
    from expetl.dagrun import load_dag as load

    return load(DAGS / f"{name}.py")


PIPELINES = ("expenses_gmail_receipts", "expenses_mercadopago_reports")


def test_every_dag_imports_with_tags_retries_owners_timeouts_and_docs():
    from airflow.models.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS), include_examples=False)
    assert bag.import_errors == {}
    assert set(bag.dags) == {*PIPELINES, "expenses_weekly_report", "expenses_monitor"}
    for dag_id, dag in bag.dags.items():
        assert dag.tags and dag.doc_md and dag.max_active_runs == 1 and not dag.catchup, dag_id
        assert dag.description and "\n" not in dag.description and len(dag.description) < 100, dag_id
        for t in dag.tasks:
            assert t.owner == "expetl" and t.retries >= 1 and t.retry_exponential_backoff, (dag_id, t.task_id)
            assert t.execution_timeout and t.execution_timeout.total_seconds() == 3600, (dag_id, t.task_id)
            assert t.pool == "default_pool", (dag_id, t.task_id)  # no pool to create by hand
        for name, p in dag.params.items():  # every param explained in the Trigger form
            assert p.schema.get("title") and p.description, (dag_id, name)
    for dag_id in PIPELINES:
        dag = bag.dags[dag_id]
        callbacks = {t.task_id for t in dag.tasks if t.on_failure_callback}
        assert callbacks == {t.task_id for t in dag.tasks} - {"compensate"}, dag_id
        cleanup = dag.get_task("compensate")
        assert cleanup.is_teardown and cleanup.on_failure_fail_dagrun  # the run's state is the teardown's
        assert {a.name for a in dag.get_task("load").outlets} >= {"expetl.expenses.ingested_files"}
        # the form: every optional param may be left empty; the preset is one choice
        params = dag.params
        assert params.get_param("preset").schema["enum"] == ["production", "local"]
        for name in ("stage_url", "processed_stage_url", "source", "crawler"):
            p = params.get_param(name)
            assert p.schema["type"] == ["null", "string"] and p.value is None, name
        params.validate()  # the defaults pass the form's validation
    assert str(bag.dags["expenses_gmail_receipts"].timetable.summary) == "0 7 * * 1"
    assert str(bag.dags["expenses_mercadopago_reports"].timetable.summary) == "0 9 * * *"


def test_airflow_dags_list_shows_both_without_import_errors(airflow_db):
    # what the dag processor does: parse the folder into the metadata database
    ser = subprocess.run([str(AIRFLOW), "dags", "reserialize"], capture_output=True, text=True)
    assert ser.returncode == 0, ser.stderr[-2000:]
    listed = subprocess.run([str(AIRFLOW), "dags", "list", "-o", "json"], capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr[-2000:]
    ids = {d["dag_id"] for d in json.loads(listed.stdout[listed.stdout.index("["):])}
    assert {*PIPELINES, "expenses_weekly_report", "expenses_monitor"} <= ids
    errors = subprocess.run([str(AIRFLOW), "dags", "list-import-errors", "-o", "json"],
                            capture_output=True, text=True)
    assert errors.returncode == 0, errors.stderr[-2000:]
    assert json.loads(errors.stdout[errors.stdout.index("["):]) == []


def set_conn(monkeypatch, conn_id, **fields):
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(fields))


def crawler_for(moto, bucket):
    """A Glue crawler whose crawls finish at once."""
    crawler = "crawl-" + uuid.uuid4().hex[:6]
    glue = moto.client("glue")
    glue.create_database(DatabaseInput={"Name": crawler.replace("-", "_")})
    glue.create_crawler(Name=crawler, Role="arn:aws:iam::123456789012:role/glue",
                        DatabaseName=crawler.replace("-", "_"), Targets={"S3Targets": [{"Path": f"s3://{bucket}/"}]})
    urllib.request.urlopen(urllib.request.Request(
        f"{moto.endpoint}/moto-api/state-manager/set-transition", method="POST",
        data=json.dumps({"model_name": "glue::crawl", "transition": {"progression": "immediate"}}).encode()))
    return crawler, glue


def local_stack(monkeypatch, moto, pg):
    """aws_default on moto, expetl_warehouse on the suite's PostgreSQL; a
    bucket and a crawler."""
    b = moto.bucket()
    crawler, glue = crawler_for(moto, b)
    port = pg.dsn.split(":")[2].split("/")[0]
    set_conn(monkeypatch, "aws_default", conn_type="aws", login=moto.user["access_key"],
             password=moto.user["secret_key"], extra={"region_name": "us-east-1", "endpoint_url": moto.endpoint})
    set_conn(monkeypatch, "expetl_warehouse", conn_type="postgres", host="127.0.0.1", port=int(port),
             login="expetl", schema="postgres", extra={"sslmode": "disable"})
    return b, crawler, glue


def gmail_stack(monkeypatch, moto, pg, g):
    for i, name in enumerate(["carrefour_01_hiper_palermo.pdf", "dia_02_code_first.pdf"]):
        g.add_message(f"m{i}", 1742300000000 + i, 100 + i, "a@b", "ticket",
                      [(name, (FIXTURES / "receipts" / name).read_bytes())])
    set_conn(monkeypatch, "gmail_default", conn_type="gmail", password=json.dumps(g.token_info()),
             extra={"token_uri": g.url + "/token", "api_base": g.url})
    return local_stack(monkeypatch, moto, pg)


def s3_keys(moto, bucket):
    return sorted(o["Key"] for o in moto.client("s3").list_objects_v2(Bucket=bucket).get("Contents", []))


def count(pg, schema, table):
    from expetl.warehouse import Warehouse

    with Warehouse(pg.dsn, schema=schema) as wh:
        return int(wh.query(f'SELECT count(*) FROM "{schema}".{table}')[1][0][0])


def results(run):
    from expetl.dagrun import task_results, task_states

    return task_states(run), task_results(run)


def removed(run):
    """How many staged objects the run's compensation removed."""
    from expetl.dagrun import task_results

    return task_results(run, "removed")["compensate"]


def test_gmail_dag_end_to_end_then_nothing_new(airflow_db, fast_dags, monkeypatch, moto, pg, schema):
    with FakeGmail() as g:
        b, crawler, glue = gmail_stack(monkeypatch, moto, pg, g)
        var = "expetl_gmail_watermark_" + uuid.uuid4().hex[:6]
        dag = load_dag("expenses_gmail_receipts")
        conf = {"stage_url": f"s3://{b}/etl", "crawler": crawler, "schema": schema, "watermark_variable": var}
        run = dag.test(run_conf=conf)
        assert run.state == "success"
        states, out = results(run)
        assert states["compensate"] == "skipped" and states["summary"] == "success"
        assert count(pg, schema, "receipts") == 2
        keys = s3_keys(moto, b)
        assert sum(k.startswith("etl/raw/receipts/") for k in keys) == 2
        assert sum(k.startswith("etl/processed/receipts/") for k in keys) == 2
        assert glue.get_crawler(Name=crawler)["Crawler"]["State"] == "READY"
        assert glue.list_crawls(CrawlerName=crawler)["Crawls"]  # it was started
        # the summary: the run's counts and the totals of the weeks its receipts fall in
        assert out["summary"]["counts"]["receipts"] == 2 and out["summary"]["sent"] == []
        weeks = out["summary"]["weeks"]
        assert sum(w["rows"] for w in weeks) == 2 and {w["source"] for w in weeks} == {"receipts"}
        assert all(w["currency"] == "ARS" and float(w["amount"]) > 0 for w in weeks)
        # the second run: the watermark moved, nothing new loads
        run2 = dag.test(run_conf=conf)
        assert run2.state == "success"
        assert count(pg, schema, "ingested_files") == 2
        assert results(run2)[1]["extract"]["staged"] == []
        from airflow.models.variable import Variable

        mark = Variable.get(var)
        # a backfill from a date: Gmail is asked from then, nothing new loads, the watermark stays
        run3 = dag.test(run_conf={**conf, "since": "2025-03-01"})
        assert run3.state == "success" and results(run3)[1]["extract"]["staged"] == []
        queries = [urllib.parse.unquote_plus(p) for _m, p, _h, _b in g.requests if "/messages?" in p]
        assert "after:1740787200" in queries[-1] and Variable.get(var) == mark


REPORTS = ["settlement_es.csv", "release_en_comma.csv", "settlement_bad_amount.csv"]


def mp_stack(monkeypatch, moto, pg, mp):
    for name in REPORTS:
        kind = "release_report" if name.startswith("release") else "settlement_report"
        mp.reports[kind][name] = (FIXTURES / "mercadopago" / name).read_bytes()
    set_conn(monkeypatch, "mercadopago_default", conn_type="mercadopago", password=mp.token, host=mp.url)
    return local_stack(monkeypatch, moto, pg)


def downloads(mp):
    return sorted(p.rsplit("/", 1)[-1] for m, p, _h, _b in mp.requests
                  if m == "GET" and p.endswith(".csv"))


def test_a_refused_mercadopago_token_fails_the_fetch_at_once(airflow_db, fast_dags, monkeypatch, moto, pg,
                                                            schema):
    """A token Mercado Pago refuses (401) is a configuration error: the
    fetch fails on its first try, although the DAG allows retries, and
    asks the API once."""
    from airflow.utils.session import create_session

    monkeypatch.setenv("EXPETL_DAG_RETRIES", "1")  # over fast_dags' 0: a retry would show as a second try
    with FakeMercadoPago() as mp:
        b, crawler, _glue = mp_stack(monkeypatch, moto, pg, mp)
        set_conn(monkeypatch, "mercadopago_default", conn_type="mercadopago", password="APP_USR-revoked",
                 host=mp.url)
        run = load_dag("expenses_mercadopago_reports").test(
            run_conf={"stage_url": f"s3://{b}/etl", "crawler": crawler, "schema": schema})
        assert run.state == "failed"
        with create_session() as session:
            (ti,) = [t for t in run.get_task_instances(session=session) if t.task_id == "fetch_reports"]
            assert (str(ti.state), ti.try_number) == ("failed", 1)
        assert len(mp.requests) == 1 and "/list" in mp.requests[0][1]
        assert count(pg, schema, "ingested_files") == 0


def test_a_refused_aws_key_fails_the_extract_at_once_naming_the_aws_connection(airflow_db, fast_dags, monkeypatch,
                                                                              moto, pg, schema):
    """S3 refusing the AWS connection's key (403) is a configuration error
    too: the extract fails on its first try, nothing is registered, and the
    refusal names the AWS connection, not the source's.  An expired session
    token is left to the retry, which takes fresh credentials."""
    from airflow.exceptions import AirflowFailException
    from airflow.utils.session import create_session

    from expetl import Stage, StageAuthError
    from expetl.airflow.operators import GmailReceiptsOperator, refusals

    monkeypatch.setenv("EXPETL_DAG_RETRIES", "1")
    with FakeGmail() as g:
        b, crawler, _glue = gmail_stack(monkeypatch, moto, pg, g)
        set_conn(monkeypatch, "aws_default", conn_type="aws", login=moto.user["access_key"], password="wrong",
                 extra={"region_name": "us-east-1", "endpoint_url": moto.endpoint})
        run = load_dag("expenses_gmail_receipts").test(
            run_conf={"stage_url": f"s3://{b}/etl", "crawler": crawler, "schema": schema,
                      "watermark_variable": "expetl_gmail_watermark_" + uuid.uuid4().hex[:6]})
        assert run.state == "failed"
        with create_session() as session:
            (ti,) = [t for t in run.get_task_instances(session=session) if t.task_id == "extract"]
            assert (str(ti.state), ti.try_number) == ("failed", 1)
        assert count(pg, schema, "ingested_files") == 0 and s3_keys(moto, b) == []
    # what the extract fails with
    op = GmailReceiptsOperator(task_id="extract", stage_url=f"s3://{b}/etl", schema=schema,
                               source=f"mbox:{FIXTURES / 'mail' / 'takeout.mbox'}")
    with pytest.raises(AirflowFailException, match=r"SignatureDoesNotMatch.*\(connection aws_default\)$"):
        op.execute({"run_id": "manual__refused"})
    expired = b"<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message></Error>"
    with Scripted([(400, {}, expired)]) as srv:
        with pytest.raises(StageAuthError), refusals("aws_default"):
            Stage("s3://bucket", endpoint_url=srv.url).get("raw/x.pdf")


def test_mercadopago_dag_webhook_run_then_daily_catch_up(airflow_db, fast_dags, monkeypatch, moto, pg, schema):
    with FakeMercadoPago() as mp:
        b, crawler, glue = mp_stack(monkeypatch, moto, pg, mp)
        dag = load_dag("expenses_mercadopago_reports")
        params = {"stage_url": f"s3://{b}/etl", "crawler": crawler, "schema": schema}
        # the webhook's conf (what `expetl webhook serve` triggers with): only that report.  The
        # body's URL is never fetched: the download goes to the API by name, with the token.
        note = json.loads((FIXTURES / "mercadopago" / "webhook" / "report_ready.json").read_text())
        conf = {"transaction_id": note["transaction_id"], "report_type": "settlement",
                "generation_date": note["generation_date"],
                "files": [{"type": ".csv", "url": "https://evil.example.invalid/x.csv", "name": "settlement_es.csv"}]}
        run = dag.test(run_conf={**params, **conf})
        assert run.state == "success"
        assert downloads(mp) == ["settlement_es.csv"]
        movements = count(pg, schema, "mp_movements")
        assert movements > 0 and count(pg, schema, "ingested_files") == 1
        # the daily catch-up: every ready report not in yet, and only those; a summary is sent
        topic, received = sns_inbox(moto)
        monkeypatch.setenv("AIRFLOW_VAR_EXPETL_SNS_TOPIC_ARN", topic)
        monkeypatch.setenv("AIRFLOW_VAR_EXPETL_SUCCESS_SUMMARY", "true")
        mp.requests.clear()
        run = dag.test(run_conf=params)
        assert run.state == "success"
        (msg,) = received()
        assert msg["Subject"] == "expetl: expenses_mercadopago_reports succeeded"
        assert "This run loaded 0 receipts" in msg["Message"] and "Mercado Pago movements" in msg["Message"]
        assert "1 file was quarantined" in msg["Message"] and "Week of 2025-" in msg["Message"]
        assert downloads(mp) == ["release_en_comma.csv", "settlement_bad_amount.csv"]
        states, out = results(run)
        assert [q["reason"] for q in out["fetch_reports"]["quarantine"]] == ["ReportError"]
        assert out["fetch_reports"]["quarantine"][0]["line"] == 4  # the line
        assert count(pg, schema, "mp_movements") > movements and count(pg, schema, "quarantine") == 1
        assert glue.list_crawls(CrawlerName=crawler)["Crawls"]
        keys = s3_keys(moto, b)
        assert [k for k in keys if k.startswith("etl/raw/")] == [f"etl/raw/mercadopago/{n}" for n in sorted(REPORTS)]
        # nothing left: no download at all
        mp.requests.clear()
        total = count(pg, schema, "mp_movements")
        assert dag.test(run_conf=params).state == "success"
        assert downloads(mp) == [] and count(pg, schema, "mp_movements") == total


def sns_inbox(moto):
    """An SNS topic with an SQS queue subscribed: what the notifier sent."""
    sns, sqs = moto.client("sns"), moto.client("sqs")
    topic = sns.create_topic(Name="expetl-" + uuid.uuid4().hex[:6])["TopicArn"]
    q = sqs.create_queue(QueueName="inbox-" + uuid.uuid4().hex[:6])["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=q, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=arn)

    def received():
        """What arrived since the last look: read messages are deleted, or SQS
        shows them again once their visibility timeout (30 s) is over."""
        msgs = sqs.receive_message(QueueUrl=q, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", [])
        for m in msgs:  # read once: SQS would hand it out again after its visibility timeout
            sqs.delete_message(QueueUrl=q, ReceiptHandle=m["ReceiptHandle"])
        return [json.loads(m["Body"]) for m in msgs]
    return topic, received


def test_failed_load_compensates_alerts_and_a_later_run_loads_once(airflow_db, fast_dags, monkeypatch, moto,
                                                                   pg, schema, warehouse):
    topic, received = sns_inbox(moto)
    monkeypatch.setenv("AIRFLOW_VAR_EXPETL_SNS_TOPIC_ARN", topic)
    monkeypatch.setenv("AIRFLOW_VAR_EXPETL_ALERT_EMAIL", "yo@example.com, vos@example.com")
    # the load fails inside its transaction: a trigger refuses rows in this test's schema
    warehouse.query(f'CREATE FUNCTION "{schema}".refuse() RETURNS trigger LANGUAGE plpgsql AS '
                    "$$ BEGIN RAISE EXCEPTION 'injected failure'; END $$")
    warehouse.query(f'CREATE TRIGGER refuse BEFORE INSERT ON "{schema}".receipts '
                    f'FOR EACH ROW EXECUTE FUNCTION "{schema}".refuse()')
    with FakeGmail() as g, FakeSmtp() as smtp:
        set_conn(monkeypatch, "smtp_default", conn_type="smtp", host="127.0.0.1", port=smtp.port,
                 extra={"disable_tls": True, "disable_ssl": True, "from_email": "expetl@example.com", "timeout": 5})
        b, crawler, _glue = gmail_stack(monkeypatch, moto, pg, g)
        processed = moto.bucket()  # raw and processed in buckets of their own (as terraform/ deploys)
        var = "expetl_gmail_watermark_" + uuid.uuid4().hex[:6]
        conf = {"stage_url": f"s3://{b}/etl", "processed_stage_url": f"s3://{processed}/etl", "crawler": crawler,
                "schema": schema, "watermark_variable": var}
        dag = load_dag("expenses_gmail_receipts")
        run = dag.test(run_conf=conf)
        assert run.state == "failed"
        states, out = results(run)
        # the teardown compensates, then fails: the run's state is the teardown's (on_failure_fail_dagrun)
        assert states["load"] == "failed" and states["compensate"] == "failed"
        assert states["refresh_crawler"] == "upstream_failed"
        assert removed(run) == 4  # 2 raw + 2 processed objects of this run, from both buckets
        assert s3_keys(moto, b) == [] and s3_keys(moto, processed) == []
        assert count(pg, schema, "receipts") == 0 and count(pg, schema, "receipt_items") == 0
        # what the run staged was registered under it, and is marked failed: a later run takes it again
        from expetl.warehouse import Warehouse

        with Warehouse(pg.dsn, schema=schema) as wh:
            rows = wh.query(f'SELECT status, run_id FROM "{schema}".ingested_files')[1]
        assert rows == [("failed", run.run_id)] * 2
        from airflow.models.variable import Variable

        assert Variable.get(var, default_var=None) is None  # the watermark did not move
        (msg,) = received()
        assert msg["Subject"] == "expetl: expenses_gmail_receipts.load failed"
        # dag.test()'s in-process runner (Airflow 3.1.8) does not put the exception in the callback's
        # context as the real task runner does; the message still names the task and run
        assert f"Run:      {run.run_id}" in msg["Message"] and "Task:     load (try 1)" in msg["Message"]
        (mail,) = smtp.messages
        assert mail[1] == ["<yo@example.com>", "<vos@example.com>"]
        assert b"Subject: expetl: expenses_gmail_receipts.load failed" in mail[2]
        # fixed: the next run fetches the same mail and loads it exactly once
        warehouse.query(f'DROP TRIGGER refuse ON "{schema}".receipts')
        run = dag.test(run_conf=conf)
        assert run.state == "success"
        assert count(pg, schema, "receipts") == 2 and count(pg, schema, "ingested_files") == 2
        assert [k.split("/")[1] for k in s3_keys(moto, b)] == ["raw", "raw"]
        assert [k.split("/")[1] for k in s3_keys(moto, processed)] == ["processed", "processed"]
        assert received() == [] and len(smtp.messages) == 1


def test_failed_crawler_keeps_what_loaded_and_a_later_run_adds_nothing(airflow_db, fast_dags, monkeypatch,
                                                                       moto, pg, schema):
    with FakeGmail() as g:
        b, crawler, glue = gmail_stack(monkeypatch, moto, pg, g)
        var = "expetl_gmail_watermark_" + uuid.uuid4().hex[:6]
        conf = {"stage_url": f"s3://{b}/etl", "crawler": "no-such-crawler", "schema": schema,
                "watermark_variable": var}
        dag = load_dag("expenses_gmail_receipts")
        run = dag.test(run_conf=conf)
        assert run.state == "failed"
        states, out = results(run)
        assert states["load"] == "success" and states["refresh_crawler"] == "failed"
        assert states["compensate"] == "failed" and removed(run) == 0  # all of it is loaded: kept
        assert len(s3_keys(moto, b)) == 4 and count(pg, schema, "receipts") == 2
        run = dag.test(run_conf={**conf, "crawler": crawler})
        assert run.state == "success"
        assert count(pg, schema, "receipts") == 2 and count(pg, schema, "ingested_files") == 2
        assert results(run)[1]["extract"]["staged"] == []
        assert glue.list_crawls(CrawlerName=crawler)["Crawls"]
