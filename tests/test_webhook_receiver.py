"""The webhook receiver over real HTTP, against a fake Airflow API server
that checks the exact requests (token, strict body, run id) and answers 409
for a run id it has seen."""
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime

import pytest

from conftest import FIXTURES
from expetl.webhook import AirflowTrigger, Receiver, make_server
from fakes import QuietHandler, Served

HOOKS = FIXTURES / "mercadopago" / "webhook"
SECRET = "expetl-fixture-secret"
GENERATED = int(datetime.fromisoformat("2025-03-18T09:00:11.872-04:00").timestamp())


class FakeAirflow(Served):
    def __init__(self):
        self.runs, self.requests, self.logins = {}, [], 0
        outer = self

        class H(QuietHandler):
            def do_POST(self):
                body = self.read_body()
                outer.requests.append((self.path, dict(self.headers), body))
                if self.path == "/auth/token":
                    creds = json.loads(body)
                    if creds != {"username": "admin", "password": "pw"}:
                        return self.send(401, {"detail": "Invalid credentials"})
                    outer.logins += 1
                    return self.send(201, {"access_token": f"jwt-{outer.logins}"})
                if self.headers.get("Authorization") != f"Bearer jwt-{outer.logins}":
                    return self.send(401, {"detail": "Not authenticated"})
                if self.path != "/api/v2/dags/expenses_mercadopago_reports/dagRuns":
                    return self.send(404, {"detail": "no such DAG"})
                req = json.loads(body)
                # the strict TriggerDAGRunPostBody: no unknown keys, logical_date present
                if set(req) - {"logical_date", "dag_run_id", "conf", "note"} or "logical_date" not in req:
                    return self.send(422, {"detail": "validation"})
                if req["dag_run_id"] in outer.runs:
                    return self.send(409, {"detail": "exists"})
                outer.runs[req["dag_run_id"]] = req
                return self.send(200, {"dag_run_id": req["dag_run_id"], "state": "queued"})

        self.serve(H)


@pytest.fixture
def stack():
    with FakeAirflow() as af:
        receiver = Receiver(SECRET, AirflowTrigger(af.url, "admin", "pw"), now=lambda: GENERATED + 60)
        srv = make_server("127.0.0.1", 0, receiver, timeout=2)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{srv.server_address[1]}"
        yield af, receiver, url
        srv.shutdown()
        srv.server_close()


def post(url, body, headers=None):
    req = urllib.request.Request(url + "/webhooks/mercadopago", data=body, method="POST",
                                 headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def settle(receiver):
    receiver.jobs.join()


def test_valid_notification_triggers_one_run(stack):
    af, receiver, url = stack
    assert post(url, (HOOKS / "report_ready.json").read_bytes()) == 202
    settle(receiver)
    (run_id, req), = af.runs.items()
    assert run_id == "mp-62974562037" and req["logical_date"] is None
    assert req["conf"]["transaction_id"] == "62974562037" and req["conf"]["report_type"] == "settlement"
    assert req["conf"]["files"][0]["name"].startswith("settlement-report-")
    assert receiver.results == [("mp-62974562037", "triggered")]


def test_repeated_notification_is_one_run(stack):
    af, receiver, url = stack
    for _ in range(3):
        assert post(url, (HOOKS / "report_ready.json").read_bytes()) == 202
    settle(receiver)
    assert len(af.runs) == 1 and [r[1] for r in receiver.results] == ["triggered", "exists", "exists"]


def test_tampered_notification_is_401_and_triggers_nothing(stack):
    af, receiver, url = stack
    assert post(url, (HOOKS / "report_ready_tampered.json").read_bytes()) == 401
    body = json.loads((HOOKS / "report_ready.json").read_bytes())
    del body["signature"]
    assert post(url, json.dumps(body).encode()) == 401
    settle(receiver)
    assert af.runs == {} and af.requests == []


def test_limits_and_malformed_bodies(stack):
    af, receiver, url = stack
    assert post(url, b"x" * (64 * 1024 + 1)) == 413
    assert post(url, b"{not json") in (400, 401)
    body = json.loads((HOOKS / "report_ready.json").read_bytes())
    body["is_test"] = True  # the signature does not cover is_test: verified, then skipped
    assert post(url, json.dumps(body).encode()) == 202
    settle(receiver)
    assert af.runs == {}
    # a client that sends headers and then stalls is cut off
    host, port = url[7:].split(":")
    s = socket.create_connection((host, int(port)))
    s.sendall(b"POST /webhooks/mercadopago HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
    s.settimeout(5)
    t = time.monotonic()
    assert s.recv(100) == b"" and time.monotonic() - t < 4.5
    s.close()


def test_x_signature_notifications(stack):
    import hashlib
    import hmac

    af, receiver, url = stack
    ts = str(GENERATED)
    manifest = f"id:123456;request-id:req-9;ts:{ts};"
    v1 = hmac.new(SECRET.encode(), manifest.encode(), hashlib.sha256).hexdigest()
    body = json.dumps({"id": 987, "type": "payment", "data": {"id": "123456"}}).encode()
    req = urllib.request.Request(url + "/webhooks/mercadopago?data.id=123456&type=payment", data=body,
                                 method="POST", headers={"x-signature": f"ts={ts},v1={v1}",
                                                         "x-request-id": "req-9"})
    with urllib.request.urlopen(req, timeout=5) as r:
        assert r.status == 202
    bad = urllib.request.Request(req.full_url, data=body, method="POST",
                                 headers={"x-signature": f"ts={ts},v1={'0' * 64}", "x-request-id": "req-9"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(bad, timeout=5)
    assert e.value.code == 401
    settle(receiver)
    assert list(af.runs) == ["mp-987"]


def test_expired_airflow_token_logs_in_again(stack):
    af, receiver, url = stack
    receiver.trigger._token = "jwt-stale"
    assert post(url, (HOOKS / "report_ready.json").read_bytes()) == 202
    settle(receiver)
    assert len(af.runs) == 1 and af.logins == 1
