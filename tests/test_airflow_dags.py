"""The DAGs: integrity of every file in dags/, and the weekly Gmail DAG run
end to end with Airflow's dag.test() against the local stack (fake Gmail,
moto for S3 and Glue with signatures checked, a real PostgreSQL)."""
import json
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from fake_gmail import FakeGmail

DAGS = ROOT / "dags"


@pytest.fixture(scope="module")
def airflow_db():
    airflow = Path(sys.executable).parent / "airflow"
    for cmd in (["db", "migrate"], ["pools", "set", "expetl_warehouse", "1", "one warehouse writer"]):
        r = subprocess.run([str(airflow), *cmd], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr[-2000:]
    return True


def test_every_dag_imports_with_tags_retries_owners_and_docs():
    from airflow.models.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS), include_examples=False)
    assert bag.import_errors == {}
    assert "expenses_gmail_receipts" in bag.dags
    for dag_id, dag in bag.dags.items():
        assert dag.tags and dag.doc_md, dag_id
        for t in dag.tasks:
            assert t.owner == "expetl" and t.retries >= 1 and t.retry_exponential_backoff, (dag_id, t.task_id)
    g = bag.dags["expenses_gmail_receipts"]
    assert g.max_active_runs == 1 and not g.catchup
    assert g.get_task("load").pool == "expetl_warehouse"
    assert g.get_task("compensate").is_teardown


def load_dag():
    sys.path.insert(0, str(DAGS))
    try:
        import expenses_gmail_receipts as m
    finally:
        sys.path.remove(str(DAGS))
    return m.dag


def set_conn(monkeypatch, conn_id, **fields):
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(fields))


def local_stack(monkeypatch, moto, pg, g):
    """Connections for the DAG: the fake Gmail, moto, PostgreSQL; a bucket
    and a crawler whose crawls finish at once."""
    b = moto.bucket()
    crawler = "receipts-" + uuid.uuid4().hex[:6]
    glue = moto.client("glue")
    glue.create_database(DatabaseInput={"Name": crawler.replace("-", "_")})
    glue.create_crawler(Name=crawler, Role="arn:aws:iam::123456789012:role/glue",
                        DatabaseName=crawler.replace("-", "_"), Targets={"S3Targets": [{"Path": f"s3://{b}/"}]})
    urllib.request.urlopen(urllib.request.Request(
        f"{moto.endpoint}/moto-api/state-manager/set-transition", method="POST",
        data=json.dumps({"model_name": "glue::crawl", "transition": {"progression": "immediate"}}).encode()))
    port = pg.dsn.split(":")[2].split("/")[0]
    for i, name in enumerate(["carrefour_01_hiper_palermo.pdf", "dia_02_code_first.pdf"]):
        g.add_message(f"m{i}", 1742300000000 + i, 100 + i, "a@b", "ticket",
                      [(name, (FIXTURES / "receipts" / name).read_bytes())])
    set_conn(monkeypatch, "gmail_default", conn_type="gmail", password=json.dumps(g.token_info()),
             extra={"token_uri": g.url + "/token", "api_base": g.url})
    set_conn(monkeypatch, "aws_default", conn_type="aws", login=moto.user["access_key"],
             password=moto.user["secret_key"], extra={"region_name": "us-east-1", "endpoint_url": moto.endpoint})
    set_conn(monkeypatch, "expetl_warehouse", conn_type="postgres", host="127.0.0.1", port=int(port),
             login="expetl", schema="postgres", extra={"sslmode": "disable"})
    return b, crawler, glue


def test_gmail_dag_end_to_end_then_nothing_new(airflow_db, monkeypatch, moto, pg, schema):
    with FakeGmail() as g:
        b, crawler, glue = local_stack(monkeypatch, moto, pg, g)
        var = "expetl_gmail_watermark_" + uuid.uuid4().hex[:6]
        dag = load_dag()
        conf = {"stage_url": f"s3://{b}/etl", "crawler": crawler, "schema": schema, "watermark_variable": var}
        run = dag.test(run_conf=conf)
        assert run.state == "success"
        from expetl.warehouse import Warehouse

        with Warehouse(pg.dsn, schema=schema) as wh:
            assert wh.query(f'SELECT count(*) FROM "{schema}".receipts')[1] == [("2",)]
        keys = [o["Key"] for o in moto.client("s3").list_objects_v2(Bucket=b)["Contents"]]
        assert sum(k.startswith("etl/raw/receipts/") for k in keys) == 2
        assert sum(k.startswith("etl/processed/receipts/") for k in keys) == 2
        assert glue.get_crawler(Name=crawler)["Crawler"]["State"] == "READY"
        assert glue.list_crawls(CrawlerName=crawler)["Crawls"]  # it was started
        # the second run: the watermark moved, nothing new loads
        run2 = dag.test(run_conf=conf)
        assert run2.state == "success"
        with Warehouse(pg.dsn, schema=schema) as wh:
            assert wh.query(f'SELECT count(*) FROM "{schema}".ingested_files')[1] == [("2",)]

