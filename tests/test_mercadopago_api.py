"""The reports API client against a local server that speaks Mercado Pago's
wire format: listing, paged search, download, create (202/203), config, and
every fault: 401, 429 with Retry-After, 5xx bursts, truncated bodies, slow
answers.  Asserts on what the server received too."""
import pytest

import expetl
from conftest import FIXTURES
from expetl.mercadopago import MercadoPago
from expetl.core.sources import MercadoPagoSource, open_source
from expetl.runner import Runner
from expetl.stage import Stage
from fake_mp import FakeMercadoPago

CSV = (FIXTURES / "mercadopago" / "settlement_es.csv").read_bytes()
TOKEN = "APP_USR-test-token"


@pytest.fixture
def mp():
    with FakeMercadoPago(TOKEN) as srv:
        srv.reports["settlement_report"]["settlement-report-1-2025-03-18.csv"] = CSV
        yield srv


def client(mp, **kw):
    return MercadoPago(TOKEN, mp.url, backoff=0.01, **kw)


def test_list_download_and_the_request_on_the_wire(mp):
    c = client(mp)
    (r,) = c.list_reports("settlement")
    assert r["file_name"] == "settlement-report-1-2025-03-18.csv" and r["created_from"] == "schedule"
    assert c.download("settlement", r["file_name"]) == CSV
    method, path, headers, _ = mp.requests[-1]
    assert (method, path) == ("GET", "/v1/account/settlement_report/settlement-report-1-2025-03-18.csv")
    assert headers["Authorization"] == f"Bearer {TOKEN}" and TOKEN not in path
    assert c.list_reports("release") == []


def test_search_follows_pages(mp):
    for i in range(1203):
        mp.reports["release_report"][f"release-{i:05d}.csv"] = b"x"
    got = client(mp).list_reports("release", range="date_created", range_begin_date="2025-01-01T00:00:00Z",
                                  range_end_date="2025-03-31T00:00:00Z")
    assert len(got) == 1203 and len({g["file_name"] for g in got}) == 1203
    paths = [p for m, p, h, b in mp.requests if "/search" in p]
    assert len(paths) == 3
    assert paths[0].startswith("/v1/account/release_report/search?range=date_created&range_begin_date=2025-01-01T00%3A00%3A00Z")
    assert paths[2].endswith("limit=500&offset=1000")


def test_create_202_and_203(mp):
    c = client(mp)
    task = c.create_report("settlement", "2025-03-01T00:00:00Z", "2025-03-17T23:59:59Z")
    assert task["status"] == "pending" and task["begin_date"] == "2025-03-01T00:00:00Z"
    method, path, headers, body = mp.requests[-1]
    assert (method, path) == ("POST", "/v1/account/settlement_report")
    assert headers["Content-Type"] == "application/json"
    mp.busy = True
    assert c.create_report("settlement", "2025-03-01T00:00:00Z", "2025-03-17T23:59:59Z") is None
    assert c.config("settlement")["separator"] == ";"


def test_bad_token_is_reported_and_never_echoed(mp):
    c = MercadoPago("APP_USR-wrong-token-123", mp.url, backoff=0.01)
    with pytest.raises(expetl.AuthError) as e:  # refused credentials: a configuration error
        c.list_reports("settlement")
    assert e.value.status == 401 and e.value.code == "unauthorized"
    assert len([r for r in mp.requests if r[1].startswith("/v1/account/settlement_report")]) == 1  # not retried
    assert "wrong-token" not in str(e.value)


def test_a_token_not_allowed_the_reports_is_refused_credentials(mp):
    mp.faults = [(403, {}, b'{"message":"forbidden: missing scope","error":"forbidden","status":403}')]
    c = MercadoPago(mp.token, mp.url, backoff=0.01)
    with pytest.raises(expetl.AuthError) as e:
        c.list_reports("settlement")
    assert e.value.status == 403 and e.value.code == "forbidden"


def test_429_with_retry_after_then_success(mp):
    mp.faults = [(429, {"Retry-After": "1"}, b'{"message":"slow down"}')]
    import time
    t = time.monotonic()
    assert len(client(mp).list_reports("settlement")) == 1
    assert time.monotonic() - t >= 0.9  # Retry-After honoured
    assert len(mp.requests) == 2


def test_5xx_burst_then_success_and_budget(mp):
    mp.faults = [(500, {}, b"{}"), (502, {}, b""), (503, {}, b"")]
    assert len(client(mp).list_reports("settlement")) == 1
    mp.faults = [(503, {}, b"")] * 10
    with pytest.raises(expetl.StageError) as e:
        client(mp, max_retries=2).list_reports("settlement")
    assert e.value.status == 503


def test_truncated_body_is_retried(mp):
    mp.faults = ["truncate"]
    assert len(client(mp).list_reports("settlement")) == 1


def test_slow_answer_times_out_cleanly(mp):
    mp.faults = [("slow", 3)]
    with pytest.raises(expetl.StageError) as e:
        client(mp, timeout=0.5, max_retries=0).list_reports("settlement")
    assert "timed out" in str(e.value).lower() or "timeout" in str(e.value).lower()


def test_create_is_never_retried(mp):
    mp.faults = [(503, {}, b"")]
    with pytest.raises(expetl.StageError):
        client(mp).create_report("settlement", "2025-03-01T00:00:00Z", "2025-03-02T00:00:00Z")
    assert len(mp.requests) == 1  # a retried POST could create the report twice


def test_file_names_cannot_escape_the_path(mp):
    for bad in ("../config", "a/b.csv", ""):
        with pytest.raises(ValueError):
            client(mp).download("settlement", bad)


def test_runner_source_loads_new_reports_once(mp, tmp_path, warehouse, monkeypatch):
    monkeypatch.setenv("MERCADOPAGO_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("MERCADOPAGO_BASE_URL", mp.url)
    stage = Stage(str(tmp_path / "stage"))
    r = Runner(stage, warehouse).run(open_source("mercadopago:settlement"))
    assert (r.loaded, r.movements) == (1, 8)
    assert stage.get("raw/mercadopago/settlement-report-1-2025-03-18.csv") == CSV
    again = Runner(stage, warehouse).run(open_source("mercadopago:settlement"))
    assert (again.new, again.duplicate) == (0, 1)


def test_one_report_that_cannot_be_downloaded_never_stops_the_others(mp, tmp_path, warehouse, monkeypatch):
    """A report listed and gone (404) is skipped, said, and asked for again
    by the next catch-up (it is not registered); the others load.  When no
    report can be downloaded the run fails (an outage, not one report), and
    a refused token stops at once."""
    monkeypatch.setenv("MERCADOPAGO_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("MERCADOPAGO_BASE_URL", mp.url)
    mp.reports["settlement_report"]["settlement-report-1-2025-03-17.csv"] = CSV.replace(b"2025", b"2024")
    mp.gone.add("settlement-report-1-2025-03-17.csv")
    stage, skipped = Stage(str(tmp_path / "stage")), []
    r = Runner(stage, warehouse).run(open_source("mercadopago:settlement", lambda n, why: skipped.append((n, why))))
    assert (r.new, r.loaded) == (1, 1)
    assert [n for n, _ in skipped] == ["settlement-report-1-2025-03-17.csv"] and "404" in skipped[0][1]
    mp.gone.clear()  # back: the catch-up takes it now, and only it
    again = MercadoPagoSource(client(mp), ("settlement",), done=warehouse.ingested_keys("mercadopago"))
    assert [i.name for i in again] == ["settlement-report-1-2025-03-17.csv"]
    mp.gone.update(mp.reports["settlement_report"])
    with pytest.raises(expetl.StageError, match="404"):
        list(MercadoPagoSource(client(mp), ("settlement",)))
    with pytest.raises(expetl.AuthError):
        list(MercadoPagoSource(MercadoPago("APP_USR-wrong", mp.url, backoff=0.01), ("settlement",)))


def test_invalid_json_and_oversized_answers_are_clear_errors(mp):
    mp.faults = [(200, {}, b"<html>maintenance</html>")]
    with pytest.raises(expetl.StageError, match="not a list of reports"):
        client(mp).list_reports("settlement")
    mp.faults = [(200, {}, b'{"paging": {"total": 1}, "results": {"not": "a list"}}')]
    with pytest.raises(expetl.StageError, match="not a list of reports"):
        client(mp).list_reports("settlement", range="date_created")
