"""The Airflow provider: registration through the entry point, connection
types with their hooks, and the hooks building working clients from real
Airflow connections (defined the way deployments do, AIRFLOW_CONN_*),
against the fake Gmail and Mercado Pago servers, moto and PostgreSQL."""
import json

import pytest

from conftest import FIXTURES
from fake_gmail import FakeGmail
from fake_mp import FakeMercadoPago


def conn(monkeypatch, conn_id, **fields):
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(fields))


def test_registered_as_a_provider_with_its_connection_types():
    from importlib.metadata import entry_points

    from airflow.providers_manager import ProvidersManager

    eps = [e for e in entry_points(group="apache_airflow_provider") if e.value.startswith("expetl.")]
    assert len(eps) == 1 and eps[0].load()()["package-name"] == "expetl"
    pm = ProvidersManager()
    assert "expetl" in pm.providers
    hooks = pm.hooks
    assert hooks["gmail"].hook_class_name == "expetl.airflow.hooks.GmailHook"
    assert hooks["mercadopago"].hook_class_name == "expetl.airflow.hooks.MercadoPagoHook"


def test_provider_info_is_valid_and_names_what_exists():
    """What the providers page lists: valid against Airflow's own schema,
    every module and class importable, each section under the one integration."""
    import importlib

    from airflow.providers_manager import ProvidersManager, _create_provider_info_schema_validator

    from expetl.airflow import get_provider_info

    info = get_provider_info()
    _create_provider_info_schema_validator().validate(info)
    names = {i["integration-name"] for i in info["integrations"]}
    for section in ("operators", "hooks", "triggers"):
        for entry in info[section]:
            assert entry["integration-name"] in names
            for module in entry["python-modules"]:
                importlib.import_module(module)
    for path in [*info["notifications"], *info["extra-links"],
                 *(c["hook-class-name"] for c in info["connection-types"])]:
        module, _, cls = path.rpartition(".")
        assert isinstance(getattr(importlib.import_module(module), cls), type), path
    from expetl.airflow.triggers import GlueCrawlerTrigger

    assert GlueCrawlerTrigger.__module__ in info["triggers"][0]["python-modules"]
    pm = ProvidersManager()
    assert "expetl.airflow.notify.ExpetlNotifier" in pm.notification
    assert ("expetl.airflow.triggers", "expetl") in {(t.trigger_class_name, t.package_name) for t in pm.trigger}


def test_import_expetl_does_not_import_airflow():
    import subprocess
    import sys

    code = "import sys, expetl; expetl.parse_receipt; print('airflow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_gmail_hook_from_an_authorised_user_json_connection(monkeypatch):
    from expetl.airflow.hooks import GmailHook

    with FakeGmail() as g:
        g.add_message("m1", 1742300000000, 101, "a@b", "s",
                      [("f.pdf", (FIXTURES / "receipts" / "dia_02_code_first.pdf").read_bytes())])
        conn(monkeypatch, "gmail_default", conn_type="gmail", password=json.dumps(g.token_info()),
             extra={"token_uri": g.url + "/token", "api_base": g.url, "query": "from:a@b", "label": "L1"})
        hook = GmailHook()
        pdfs = list(hook.get_client().fetch(hook.query()))
        assert [p.filename for p in pdfs] == ["f.pdf"] and hook.label() == "L1"
        # or the fields one by one: client id (login), secret (extra), refresh token (password)
        conn(monkeypatch, "gmail_split", conn_type="gmail", login=g.client_id, password=g.refresh_token,
             extra={"client_secret": g.client_secret, "token_uri": g.url + "/token", "api_base": g.url})
        assert len(list(GmailHook("gmail_split").get_client().fetch())) == 1


def test_mercadopago_hook(monkeypatch):
    from expetl.airflow.hooks import MercadoPagoHook

    with FakeMercadoPago("APP_USR-hook") as mp:
        mp.reports["settlement_report"]["s.csv"] = b"x"
        conn(monkeypatch, "mercadopago_default", conn_type="mercadopago", host=mp.url, password="APP_USR-hook",
             extra={"webhook_secret": "whsec"})
        hook = MercadoPagoHook()
        assert [r["file_name"] for r in hook.get_client().list_reports("settlement")] == ["s.csv"]
        assert hook.webhook_secret() == "whsec"


def test_aws_hook_hands_frozen_credentials_to_the_c_clients(monkeypatch, moto):
    from expetl.airflow.hooks import ExpetlAwsHook

    b = moto.bucket()
    conn(monkeypatch, "aws_test", conn_type="aws", login=moto.user["access_key"],
         password=moto.user["secret_key"], extra={"region_name": "us-east-1", "endpoint_url": moto.endpoint})
    hook = ExpetlAwsHook("aws_test")
    st = hook.stage(f"s3://{b}/af")
    st.put("raw/x.pdf", b"%PDF")
    assert [o["key"] for o in st.list()] == ["raw/x.pdf"]  # signed with the connection's keys, checked by moto
    import expetl

    with pytest.raises(expetl.StageError) as e:
        hook.glue_crawler("no-such-crawler").state()
    assert e.value.code == "EntityNotFoundException"  # reached Glue with a valid signature, not a 403
    s = hook.settings()
    assert s["access_key"] == moto.user["access_key"] and s["endpoint_url"] == moto.endpoint


def test_warehouse_hook_builds_a_libpq_uri(monkeypatch, pg, schema):
    from expetl.airflow.hooks import WarehouseHook

    port = pg.dsn.split(":")[2].split("/")[0]
    conn(monkeypatch, "expetl_warehouse", conn_type="postgres", host="127.0.0.1", port=int(port),
         login="expetl", schema="postgres", extra={"sslmode": "disable"})
    hook = WarehouseHook()
    assert hook.dialect() == "postgres"
    with hook.get_warehouse(schema) as wh:
        assert wh.query("SELECT current_user")[1] == [("expetl",)]
    conn(monkeypatch, "rs", conn_type="redshift", host="wg.123.us-east-1.redshift-serverless.amazonaws.com",
         login="etl", password="p@ss:w/rd", schema="dev", extra={"sslmode": "verify-full"})
    rs = WarehouseHook("rs")
    assert rs.dialect() == "redshift"
    assert rs.dsn() == ("postgresql://etl:p%40ss%3Aw%2Frd@wg.123.us-east-1.redshift-serverless.amazonaws.com:5439"
                        "/dev?sslmode=verify-full")


def test_failure_message_carries_the_error_bounded():
    from types import SimpleNamespace

    from expetl.airflow.notify import failure_message

    ti = SimpleNamespace(dag_id="d", task_id="load", try_number=2)
    subject, body = failure_message({"ti": ti, "run_id": "r1", "exception": RuntimeError("x" * 5000)})
    assert subject == "expetl: d.load failed"
    assert "Run:      r1" in body and "Task:     load (try 2)" in body
    assert "RuntimeError: xxx" in body and len(body) < 2600


def test_stage_links_point_at_the_folder_of_what_a_task_staged():
    from types import SimpleNamespace

    from expetl.airflow.links import ProcessedObjectsLink, RawObjectsLink, folder_url, stage_links
    from expetl.airflow.operators import ParseReceiptsOperator

    keys = ["raw/receipts/2025/03/18/a.pdf", "raw/receipts/2025/03/20/b.pdf", "processed/receipts/2025/03/18/a.csv"]
    links = stage_links("s3://raw-bucket/etl", "s3://processed-bucket/etl", keys)
    assert links == {
        "raw": "https://s3.console.aws.amazon.com/s3/buckets/raw-bucket?prefix=etl/raw/receipts/2025/03/",
        "processed": "https://s3.console.aws.amazon.com/s3/buckets/processed-bucket"
                     "?prefix=etl/processed/receipts/2025/03/18/"}
    assert folder_url("file:///srv/stage", keys[:1]) == "file:///srv/stage/raw/receipts/2025/03/18/"
    assert folder_url("file:///srv/stage", []) == ""
    op = SimpleNamespace(stage_links=links)
    assert RawObjectsLink().get_link(op, ti_key=None) == links["raw"]
    assert ProcessedObjectsLink().get_link(op, ti_key=None) == links["processed"]
    assert RawObjectsLink().get_link(SimpleNamespace(), ti_key=None) == ""  # before the task ran
    names = {link.name for link in ParseReceiptsOperator.operator_extra_links}
    assert names == {"Raw objects staged", "Processed objects staged"}
