"""``expetl webhook serve``: the Mercado Pago notification receiver.

It verifies each notification (the report-ready bcrypt signature in the body,
or the ``x-signature`` header), answers 401 when it does not verify and 202 at
once when it does, and then triggers the ``expenses_mercadopago_reports`` DAG
through Airflow's REST API v2 in the background: a token from
``/auth/token``, ``logical_date: null``, and a ``dag_run_id`` derived from the
transaction id, so a repeated notification cannot start a second run (a 409
counts as done).  Bodies are bounded, sockets time out, secrets are never
logged.

Settings (environment): EXPETL_MP_WEBHOOK_SECRET, EXPETL_AIRFLOW_URL,
EXPETL_AIRFLOW_USERNAME, EXPETL_AIRFLOW_PASSWORD, EXPETL_WEBHOOK_DAG_ID
(default expenses_mercadopago_reports), EXPETL_WEBHOOK_TOLERANCE (seconds).
"""
from __future__ import annotations

import json
import logging
import os
import queue
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from . import _native
from .webhooks import DEFAULT_TOLERANCE, verify_report_notification, verify_x_signature

log = logging.getLogger("expetl.webhook")
MAX_BODY = 64 * 1024
DAG_ID = "expenses_mercadopago_reports"


class AirflowTrigger:
    """Trigger DAG runs through the REST API v2 (one token, refreshed on 401)."""

    def __init__(self, base_url: str, username: str, password: str, dag_id: str = DAG_ID, timeout: float = 30):
        self.base = base_url.rstrip("/")
        self.username, self.password, self.dag_id, self.timeout = username, password, dag_id, timeout
        self._token: str | None = None
        self._lock = threading.Lock()

    def _login(self) -> str:
        status, body = _native.http_request(
            "POST", f"{self.base}/auth/token", ["Content-Type: application/json"],
            json.dumps({"username": self.username, "password": self.password}).encode(), self.timeout)
        if status not in (200, 201):
            raise _native.AuthError(f"Airflow /auth/token answered HTTP {status}")
        return json.loads(body)["access_token"]

    def trigger(self, dag_run_id: str, conf: dict[str, Any]) -> str:
        """'triggered', or 'exists' when the run id is already there (409)."""
        body = json.dumps({"logical_date": None, "dag_run_id": dag_run_id, "conf": conf,
                           "note": "Mercado Pago report-ready notification"}).encode()
        for attempt in range(2):
            with self._lock:
                if self._token is None:
                    self._token = self._login()
                token = self._token
            status, answer = _native.http_request(
                "POST", f"{self.base}/api/v2/dags/{self.dag_id}/dagRuns",
                ["Content-Type: application/json", f"Authorization: Bearer {token}"], body, self.timeout)
            if status == 401 and attempt == 0:
                with self._lock:
                    self._token = None  # expired: log in again, once
                continue
            if status in (200, 201):
                return "triggered"
            if status == 409:
                return "exists"
            raise _native.StageError(f"Airflow dagRuns answered HTTP {status}: {answer[:200]!r}")
        raise _native.AuthError("Airflow refused a fresh token")


def run_id_for(transaction_id: str) -> str:
    """Deterministic, so a redelivered notification maps to the same run."""
    return "mp-" + re.sub(r"[^A-Za-z0-9_.-]", "_", transaction_id)[:200]


class Receiver:
    def __init__(self, secret: str, trigger: AirflowTrigger, tolerance: int = DEFAULT_TOLERANCE,
                 now=None):
        if not secret:
            raise ValueError("EXPETL_MP_WEBHOOK_SECRET is not set")
        self.secret, self.trigger, self.tolerance, self.now = secret, trigger, tolerance, now
        self.jobs: queue.Queue = queue.Queue()
        self.results: list[tuple[str, str]] = []
        threading.Thread(target=self._worker, daemon=True).start()

    def _worker(self) -> None:
        while True:
            run_id, conf = self.jobs.get()
            for attempt in range(5):
                try:
                    outcome = self.trigger.trigger(run_id, conf)
                    self.results.append((run_id, outcome))
                    log.info("dag run %s: %s", run_id, outcome)
                    break
                except _native.ExpetlError as e:
                    log.warning("dag run %s: attempt %d failed: %s", run_id, attempt + 1, e)
                    time.sleep(min(30, 0.5 * 2 ** attempt))
            else:
                self.results.append((run_id, "failed"))
            self.jobs.task_done()

    def handle(self, body: bytes, headers: dict[str, str], query: dict[str, list[str]]) -> int:
        """The HTTP status to answer; a verified notification is queued."""
        now = self.now() if self.now else None
        xsig = headers.get("x-signature")
        try:
            if xsig is not None:
                data_id = (query.get("data.id") or [None])[0]
                verify_x_signature(xsig, headers.get("x-request-id"), data_id, self.secret, self.tolerance, now)
                payload = json.loads(body or b"{}")
                ident = str(payload.get("id") or data_id or headers.get("x-request-id") or "")
                conf = {"type": payload.get("type"), "data_id": data_id, "notification_id": ident}
            else:
                note = verify_report_notification(body, self.secret, self.tolerance, now)
                if note["is_test"]:
                    return 202  # Mercado Pago's test button: verified, nothing to run
                ident = note["transaction_id"]
                conf = {"transaction_id": ident, "report_type": note["report_type"],
                        "generation_date": note["generation_date"], "files": note["files"]}
        except _native.SignatureError as e:
            log.warning("rejected notification: %s", e)
            return 401
        except (ValueError, json.JSONDecodeError) as e:
            log.warning("malformed notification: %s", e)
            return 400
        if not ident:
            return 400
        self.jobs.put((run_id_for(ident), conf))
        return 202


def make_server(host: str, port: int, receiver: Receiver, timeout: float = 10.0) -> ThreadingHTTPServer:
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self):
            super().setup()
            self.connection.settimeout(timeout)  # a slow client cannot hold a thread

        def log_message(self, fmt, *args):
            log.debug("%s " + fmt, self.address_string(), *args)

        def answer(self, status: int) -> None:
            body = json.dumps({"status": status}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            self.answer(200 if urlparse(self.path).path == "/health" else 404)

        def do_POST(self):
            try:
                n = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                return self.answer(400)
            if n > MAX_BODY or n < 0:
                self.close_connection = True
                return self.answer(413)
            body = self.rfile.read(n) if n else b""
            hdrs = {k.lower(): v for k, v in self.headers.items()}
            self.answer(receiver.handle(body, hdrs, parse_qs(urlparse(self.path).query)))

    return ThreadingHTTPServer((host, port), H)


def serve(host: str = "0.0.0.0", port: int = 8085) -> int:
    env = os.environ.get
    trigger = AirflowTrigger(env("EXPETL_AIRFLOW_URL", "http://localhost:8080"),
                             env("EXPETL_AIRFLOW_USERNAME", "admin"), env("EXPETL_AIRFLOW_PASSWORD", ""),
                             env("EXPETL_WEBHOOK_DAG_ID", DAG_ID))
    receiver = Receiver(env("EXPETL_MP_WEBHOOK_SECRET", ""), trigger,
                        int(env("EXPETL_WEBHOOK_TOLERANCE", str(DEFAULT_TOLERANCE))))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    srv = make_server(host, port, receiver)
    log.info("listening on %s:%d", host, srv.server_address[1])
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0
