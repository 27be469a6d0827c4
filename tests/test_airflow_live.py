"""Airflow for real, as a newcomer runs it: ``airflow standalone`` on dags/
(scheduler, DAG processor, triggerer, API server) with the README's local
settings: the local preset, the fixture mbox and report folder, a file://
stage, the warehouse on the suite's PostgreSQL; no pool, no other
connection.  Both pipeline DAGs are triggered through the REST API v2 and
then from the UI's Trigger form in headless Chromium (screenshots under
build/airflow-ui/); the report and monitor DAGs run on the assets the loads
publish.  One Airflow instance serves every test here."""
import os
import time
import uuid

import pytest

from airflow_live import LiveAirflow
from browser import headless_chromium
from conftest import FIXTURES, ROOT, _free_port

PIPELINES = ("expenses_gmail_receipts", "expenses_mercadopago_reports")
DOWNSTREAM = ("expenses_weekly_report", "expenses_monitor")
SHOTS = ROOT / "build" / "airflow-ui"

# Under the sanitizer build (make test-asan) the extension needs the ASan
# runtime preloaded in every task process; these tests are about Airflow's
# wiring, which the normal run covers.
pytestmark = pytest.mark.skipif("libasan" in os.environ.get("LD_PRELOAD", ""),
                                reason="the live Airflow runs in make test, not under the sanitizers")


@pytest.fixture(scope="module")
def live(pg, tmp_path_factory):
    from expetl.warehouse import Warehouse

    db = "live_" + uuid.uuid4().hex[:8]
    with Warehouse(pg.dsn) as wh:
        wh.query(f"CREATE DATABASE {db}")
    home = tmp_path_factory.mktemp("airflow-live")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "EXPETL_"))}
    port = _free_port()
    env.update({
        # what the README's block sets
        "AIRFLOW_HOME": str(home), "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False", "EXPETL_PRESET": "local",
        "EXPETL_LOCAL_MBOX": str(FIXTURES / "mail" / "takeout.mbox"),
        "EXPETL_LOCAL_REPORTS": str(FIXTURES / "mercadopago"),
        "AIRFLOW_CONN_EXPETL_WAREHOUSE": f"postgres://expetl@127.0.0.1:{pg.port}/{db}?sslmode=disable",
        # the test's own: a free port, fewer task processes at once on 2 cores, no retry backoff to wait
        # out, and monitor thresholds the 2025 fixtures pass (the monitor's alerts have their own tests)
        "AIRFLOW__API__PORT": str(port), "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
        "AIRFLOW__CORE__PARALLELISM": "4",
        "EXPETL_DAG_RETRIES": "0",
        "AIRFLOW_VAR_EXPETL_MONITOR_RECEIPT_DAYS": "100000", "AIRFLOW_VAR_EXPETL_MONITOR_MERCADOPAGO_DAYS": "0",
    })
    af = LiveAirflow(home, port, env)
    t0 = time.monotonic()
    try:
        af.start()
        af.wait_for_dags([*PIPELINES, *DOWNSTREAM])
        af.started_in = time.monotonic() - t0
        af.warehouse = f"postgresql://expetl@127.0.0.1:{pg.port}/{db}?sslmode=disable"
        yield af
    except BaseException:
        print(af.tail(20000))
        raise
    finally:
        af.stop()


def weekly(dsn):
    from expetl.warehouse import Warehouse

    with Warehouse(dsn) as wh:
        return wh.weekly_expenses()[1]


def test_both_dags_run_through_the_rest_api_with_the_local_preset(live):
    """Triggered with the local preset as conf; the loads publish assets, on
    which the weekly report and the monitor run."""
    t0 = time.monotonic()
    runs = {d: live.trigger(d, {"preset": "local"}) for d in PIPELINES}
    for dag_id, run_id in runs.items():
        run = live.wait_run(dag_id, run_id)
        assert run["state"] == "success", live.explain(dag_id, run_id)
    took = time.monotonic() - t0
    gmail = runs["expenses_gmail_receipts"]
    states = live.task_states("expenses_gmail_receipts", gmail)
    assert states["refresh_crawler"] == "skipped" and states["compensate"] == "skipped"
    # Unpausing also started each DAG's latest scheduled run (local by default here), which may have
    # loaded the fixtures first: the files are in either way, once
    loads = [live.xcom(d, r["dag_run_id"], "load") for d in PIPELINES for r in live.runs(d)
             if r["state"] == "success"]
    assert sum(x["receipts"] for x in loads) == 7 and sum(x["movements"] for x in loads) > 0
    assert sum(x["quarantined"] for x in loads) == 1
    # the logs say it in sentences and name each quarantined file with its reason
    logs = "\n".join(live.task_log("expenses_mercadopago_reports", r["dag_run_id"], "fetch_reports")
                     for r in live.runs("expenses_mercadopago_reports") if r["state"] == "success")
    assert "new reports staged from dir:" in logs
    assert "Quarantined raw/mercadopago/settlement_bad_amount.csv (line 4): ReportError" in logs
    summary = live.xcom("expenses_gmail_receipts", gmail, "summary")
    assert set(summary) >= {"counts", "weeks", "sent"}
    assert weekly(live.warehouse)
    # the assets: the report and the monitor ran on the loads' events, and succeeded
    for dag_id in DOWNSTREAM:
        deadline = time.monotonic() + 240
        while not [r for r in live.runs(dag_id) if r["run_type"] == "asset_triggered"]:
            assert time.monotonic() < deadline, f"{dag_id} was not triggered by the assets"
            time.sleep(2)
        run = [r for r in live.runs(dag_id) if r["run_type"] == "asset_triggered"][-1]
        run = live.wait_run(dag_id, run["dag_run_id"])
        if dag_id == "expenses_monitor" and run["state"] == "failed":
            # the problems the fixtures raise: the bad report grew the quarantine between checks, and
            # a seller's refund out (line 11 of two release reports) is no household class; a monitor
            # run set off by the Mercado Pago load before the receipts' load says no receipt is in yet
            found = live.xcom(dag_id, run["dag_run_id"], "quality") + live.xcom(dag_id, run["dag_run_id"], "freshness")
            found = [p for p in found if not (p["check"] == "freshness.receipts"
                                              and "the newest is from never (none loaded yet)" in p["problem"])]
            assert {p["check"] for p in found} <= {"quality.quarantine_growth", "quality.unclassified"}, found
            assert all(" line 11 (refund) is a Mercado Pago" in p["problem"] for p in found
                       if p["check"] == "quality.unclassified"), found
        else:
            assert run["state"] == "success", live.explain(dag_id, run["dag_run_id"])
    report = [r for r in live.runs("expenses_weekly_report") if r["state"] == "success"][0]
    assert live.xcom("expenses_weekly_report", report["dag_run_id"], "report")["week"].startswith("2025-")
    print(f"\nairflow standalone ready in {live.started_in:.0f} s; both DAGs ran through the REST API "
          f"in {took:.0f} s")


def test_trigger_form_with_its_defaults_runs_both_dags(live):
    """The UI as a person uses it: log in, open each DAG's Trigger form, its
    defaults (the local preset) leave Trigger enabled, trigger, see success."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    SHOTS.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    with headless_chromium("--window-size=1400,1000") as drv:
        wait = WebDriverWait(drv, 60)
        drv.get(live.url + "/")
        wait.until(ec.presence_of_element_located((By.NAME, "username"))).send_keys("admin")
        drv.find_element(By.NAME, "password").send_keys(live.password())
        drv.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait.until(lambda d: "/login" not in d.current_url)
        for dag_id in PIPELINES:
            before = {r["dag_run_id"] for r in live.runs(dag_id)}
            drv.get(f"{live.url}/dags/{dag_id}")
            trigger = wait.until(ec.element_to_be_clickable(
                (By.XPATH, "//button[normalize-space()='Trigger']")))
            trigger.click()
            wait.until(lambda d: "Run Parameters" in d.find_element(By.TAG_NAME, "body").text)
            time.sleep(1)  # the form renders its fields after the dialog opens
            drv.save_screenshot(str(SHOTS / f"{dag_id}-trigger-form.png"))
            buttons = drv.find_elements(By.XPATH, "//button[normalize-space()='Trigger']")
            assert len(buttons) == 2, "the page's Trigger button and the form's"
            submit = buttons[-1]
            drv.execute_script("arguments[0].scrollIntoView()", submit)
            assert submit.is_enabled(), f"{dag_id}: Trigger is disabled with the form's defaults"
            submit.click()
            deadline = time.monotonic() + 60
            while not (new := [r for r in live.runs(dag_id) if r["dag_run_id"] not in before]):
                assert time.monotonic() < deadline, f"{dag_id}: the form triggered no run"
                time.sleep(1)
            run = live.wait_run(dag_id, new[0]["dag_run_id"])
            assert run["state"] == "success", live.explain(dag_id, new[0]["dag_run_id"])
            assert run["conf"].get("preset") == "local"
            drv.get(f"{live.url}/dags/{dag_id}/runs/{run['dag_run_id']}")
            wait.until(lambda d: "success" in d.page_source.lower())
            time.sleep(1)
            drv.save_screenshot(str(SHOTS / f"{dag_id}-run-success.png"))
    print(f"\nthe UI triggered both DAGs and saw them succeed in {time.monotonic() - t0:.0f} s")
