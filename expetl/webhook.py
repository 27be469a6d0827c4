"""``expetl webhook serve``: the Mercado Pago notification receiver.

An ASGI app on uvicorn (h11).  Each POST is verified (the report-ready bcrypt
signature in the body, or the ``x-signature`` header) and answered 401 when
it does not verify.  A verified notification is written to a durable spool
(:mod:`expetl.spool`) *before* the 202, and a delivery thread triggers the
``expenses_mercadopago_reports`` DAG through Airflow's REST API v2 (a token
from ``/auth/token``, ``logical_date: null``) with retries and backoff until
Airflow accepts the run (201, or 409: it is already there).  The run id comes
from signed fields only: ``mp-<transaction_id>`` for a report notification,
``mp-event-<data.id>`` for an x-signature one; a repeat is recognised in the
spool and never reaches Airflow.

Hardening: a whole-request deadline per connection (uvicorn only times out
idle keep-alive connections), a bound on connections, a listen backlog,
bodies over 64 KiB refused with 413 before they are read, bcrypt work on a
bounded pool (and its cost bounded in C before any hashing), Airflow's
credentials checked at start-up, and the webhook secret and Airflow password
scrubbed from every log line.  Settings: :class:`Settings`.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import signal
import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, quote, quote_plus

from . import _native
from .spool import Spool, SpoolError, default_spool
from .webhooks import DEFAULT_TOLERANCE, verify_report_notification, verify_x_signature

log = logging.getLogger("expetl.webhook")
MAX_BODY = 64 * 1024  # csrc/mpwebhook.h XLIM_WEBHOOK_BODY
MAX_HEADERS = 16 * 1024
DAG_ID = "expenses_mercadopago_reports"
HEALTH_PATHS = ("/healthz", "/health")


class ConfigError(ValueError):
    pass


def _env_num(env: dict[str, str], name: str, default: float, kind=float, low: float = 0) -> Any:
    raw = env.get(name, "")
    if not raw:
        return kind(default)
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None
    if value < low:
        raise ConfigError(f"{name} must be at least {low}")
    return value


@dataclass(frozen=True)
class Settings:
    """The receiver's settings, from the environment (names in from_env)."""

    secret: str
    airflow_password: str
    airflow_url: str = "http://localhost:8080"
    airflow_username: str = "admin"
    dag_id: str = DAG_ID
    tolerance: int = DEFAULT_TOLERANCE
    spool: str = field(default_factory=default_spool)
    deadline: float = 10.0
    max_connections: int = 512
    backlog: int = 2048
    verify_workers: int = max(2, os.cpu_count() or 2)
    retry_min: float = 1.0
    retry_max: float = 300.0
    airflow_timeout: float = 10.0
    stale_after: float = 3600.0

    @property
    def keep_delivered(self) -> float:
        """How long delivered run ids are kept: the replay window and a day
        (a repeat older than the window no longer verifies)."""
        return (self.tolerance if self.tolerance > 0 else 30 * 86400) + 86400

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, need_secrets: bool = True) -> Settings:
        env = dict(os.environ if env is None else env)
        secret, password = env.get("EXPETL_MP_WEBHOOK_SECRET", ""), env.get("EXPETL_AIRFLOW_PASSWORD", "")
        if need_secrets and not secret:
            raise ConfigError("set EXPETL_MP_WEBHOOK_SECRET (Mercado Pago's webhook secret / report password)")
        if need_secrets and not password:
            raise ConfigError("set EXPETL_AIRFLOW_PASSWORD (with EXPETL_AIRFLOW_USERNAME: an Airflow user "
                              "allowed to trigger DAG runs)")
        d = cls.__dataclass_fields__
        return cls(
            secret=secret, airflow_password=password,
            airflow_url=env.get("EXPETL_AIRFLOW_URL") or d["airflow_url"].default,
            airflow_username=env.get("EXPETL_AIRFLOW_USERNAME") or d["airflow_username"].default,
            dag_id=env.get("EXPETL_WEBHOOK_DAG_ID") or DAG_ID,
            tolerance=_env_num(env, "EXPETL_WEBHOOK_TOLERANCE", DEFAULT_TOLERANCE, int),
            spool=env.get("EXPETL_WEBHOOK_SPOOL") or default_spool(),
            deadline=_env_num(env, "EXPETL_WEBHOOK_DEADLINE", d["deadline"].default, float, 0.1),
            max_connections=_env_num(env, "EXPETL_WEBHOOK_MAX_CONNECTIONS", d["max_connections"].default, int, 1),
            backlog=_env_num(env, "EXPETL_WEBHOOK_BACKLOG", d["backlog"].default, int, 1),
            verify_workers=_env_num(env, "EXPETL_WEBHOOK_VERIFY_WORKERS", d["verify_workers"].default, int, 1),
            retry_min=_env_num(env, "EXPETL_WEBHOOK_RETRY_MIN", d["retry_min"].default, float, 0.01),
            retry_max=_env_num(env, "EXPETL_WEBHOOK_RETRY_MAX", d["retry_max"].default, float, 0.01),
            airflow_timeout=_env_num(env, "EXPETL_AIRFLOW_TIMEOUT", d["airflow_timeout"].default, float, 0.1),
            stale_after=_env_num(env, "EXPETL_WEBHOOK_STALE_AFTER", d["stale_after"].default, float, 0))


# ---- secrets out of every log line ------------------------------------------

class ScrubbingFormatter(logging.Formatter):
    """Replaces each secret's value (and its URL-encoded forms) in the whole
    formatted record, traceback included, whichever logger wrote it."""

    def __init__(self, fmt: str):
        super().__init__(fmt)
        self.secrets: list[str] = []

    def add(self, *secrets: str) -> None:
        new = {form for s in secrets if s for form in (s, quote(s, safe=""), quote_plus(s))}
        # a new list, swapped in whole: other threads may be formatting
        self.secrets = sorted(set(self.secrets) | new, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        for s in self.secrets:
            text = text.replace(s, "[secret]")
        return text

    def format(self, record: logging.LogRecord) -> str:
        return self.scrub(super().format(record))


def setup_logging() -> ScrubbingFormatter:
    fmt = ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(fmt)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    fmt.add(os.environ.get("EXPETL_MP_WEBHOOK_SECRET", ""), os.environ.get("EXPETL_AIRFLOW_PASSWORD", ""))
    return fmt


# ---- Airflow -------------------------------------------------------------------

class DeliveryError(Exception):
    """A failed attempt.  whole_queue: Airflow itself is unavailable (down,
    5xx, credentials refused), so the other entries wait too."""

    def __init__(self, reason: str, whole_queue: bool = True):
        super().__init__(reason)
        self.whole_queue = whole_queue


class CredentialsRefused(DeliveryError):
    pass


class Airflow:
    """Trigger DAG runs through the REST API v2 (one token, renewed on 401)."""

    def __init__(self, s: Settings, on_token=lambda token: None):
        self.base, self.username, self.password = s.airflow_url.rstrip("/"), s.airflow_username, s.airflow_password
        self.dag_id, self.timeout, self.on_token = s.dag_id, s.airflow_timeout, on_token
        self.token: str | None = None

    def _post(self, path: str, headers: list[str], body: dict[str, Any]) -> tuple[int, bytes]:
        try:
            return _native.http_request("POST", self.base + path, ["Content-Type: application/json", *headers],
                                        json.dumps(body).encode(), self.timeout)
        except _native.ExpetlError as e:
            raise DeliveryError(f"Airflow is unreachable ({e})") from None

    def login(self) -> None:
        status, body = self._post("/auth/token", [], {"username": self.username, "password": self.password})
        if status in (401, 403):
            raise CredentialsRefused(
                f"Airflow at {self.base} refused the credentials of user {self.username!r} (HTTP {status} from "
                "/auth/token): set EXPETL_AIRFLOW_USERNAME and EXPETL_AIRFLOW_PASSWORD to an Airflow user "
                "allowed to trigger DAG runs")
        try:
            token = json.loads(body)["access_token"] if status in (200, 201) else None
        except (ValueError, KeyError, TypeError):
            token = None
        if not isinstance(token, str) or not token:
            raise DeliveryError(f"Airflow /auth/token answered HTTP {status} without a token")
        self.token = token
        self.on_token(token)

    def trigger(self, run_id: str, conf: dict[str, Any], note: str) -> str:
        """'triggered', or 'exists' when Airflow has the run id already (409)."""
        body = {"logical_date": None, "dag_run_id": run_id, "conf": conf, "note": note}
        if self.token is None:
            self.login()
        status, answer = self._dag_run(body)
        if status == 401:  # the token expired: log in again, once
            self.login()
            status, answer = self._dag_run(body)
            if status == 401:
                raise CredentialsRefused(f"Airflow refused a fresh token of user {self.username!r}")
        if status in (200, 201):
            return "triggered"
        if status == 409:
            return "exists"
        detail = answer[:200].decode("utf-8", "replace")
        # a 400/422 is about this entry; anything else (404: no such DAG, 403, 5xx) about Airflow
        raise DeliveryError(f"Airflow dagRuns answered HTTP {status}: {detail}", whole_queue=status not in (400, 422))

    def _dag_run(self, body: dict[str, Any]) -> tuple[int, bytes]:
        return self._post(f"/api/v2/dags/{self.dag_id}/dagRuns", [f"Authorization: Bearer {self.token}"], body)


# ---- delivery ----------------------------------------------------------------

class Deliverer(threading.Thread):
    """Sends the spool's pending entries to Airflow, oldest first; an entry
    leaves the spool only once Airflow has the run.  After a failure it waits
    retry_min, doubling up to retry_max, and starts again from the oldest."""

    def __init__(self, spool: Spool, airflow: Airflow, s: Settings, scrub=lambda text: text):
        super().__init__(name="expetl-deliver", daemon=True)
        self.spool, self.airflow, self.s, self.scrub = spool, airflow, s, scrub
        self.woken, self.stopping = threading.Event(), threading.Event()
        self.failures = 0
        self.airflow_state = "not tried yet"

    def wake(self) -> None:
        self.woken.set()

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        self.woken.set()
        self.join(timeout)

    def _backoff(self, failures: int) -> float:
        return min(self.s.retry_max, self.s.retry_min * 2 ** max(0, failures - 1))

    def run(self) -> None:
        pruned = 0.0
        while not self.stopping.is_set():
            if time.monotonic() - pruned > 3600:
                self._guard(self.spool.prune)
                pruned = time.monotonic()
            self.woken.clear()
            try:
                ok = self._pass()
            except Exception:  # a bug must not end delivery while the receiver goes on answering 202
                log.exception("delivery pass failed")
                ok = False
            if ok:
                self.failures = 0
                self.woken.wait(60)  # until a new entry (or the hourly prune)
            else:
                self.failures += 1
                # new entries do not cut the backoff short: Airflow is not answering
                self.stopping.wait(self._backoff(self.failures))

    def _guard(self, fn, *args) -> bool:
        try:
            fn(*args)
            return True
        except OSError as e:
            log.error("webhook spool %s: %s", self.spool.root, e)
            return False

    def _pass(self) -> bool:
        ok = True
        for entry in self.spool.queue():
            if self.stopping.is_set():
                break
            run_id = entry["run_id"]
            try:
                outcome = self.airflow.trigger(run_id, entry["conf"], f"Mercado Pago {entry['kind']} notification")
            except DeliveryError as e:
                reason = self.scrub(str(e))  # kept on disk and shown by /healthz
                self.airflow_state = reason
                ok = False
                if not self._guard(self.spool.failed, run_id, reason):
                    return False
                oldest = self.spool.oldest()
                log.warning("delivery of %s failed (attempt %d): %s; next try in %.1f s; %d pending, oldest %.0f s",
                            run_id, self.spool.pending[run_id]["attempts"], reason, self._backoff(self.failures + 1),
                            len(self.spool.pending), time.time() - oldest["received_at"] if oldest else 0)
                if e.whole_queue:
                    return False
                continue
            self.airflow_state = "ok"
            if not self._guard(self.spool.delivered, run_id):
                return False
            log.info("delivered %s to Airflow: %s (%d failed attempts, %.1f s after receipt); %d pending",
                     run_id, outcome, entry["attempts"], time.time() - entry["received_at"],
                     len(self.spool.pending))
        return ok


# ---- verification ------------------------------------------------------------

class Rejected(Exception):
    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


def run_id_for(prefix: str, ident: str) -> str:
    """Deterministic, so a redelivered notification maps to the same run."""
    return prefix + re.sub(r"[^A-Za-z0-9_.-]", "_", ident)[:200]


def verify(s: Settings, body: bytes, headers: dict[str, str],
           query: dict[str, list[str]]) -> tuple[str, dict[str, Any], str] | None:
    """(run id, conf, kind) of a verified notification; None for a verified
    test notification (nothing to run); Rejected otherwise.  Only signed
    fields name the run."""
    try:
        if "x-signature" in headers:
            ids = query.get("data.id", [])
            if len(ids) > 1:
                raise Rejected(400, "more than one data.id in the query")
            request_id = headers.get("x-request-id")
            verify_x_signature(headers["x-signature"], request_id, ids[0] if ids else None, s.secret, s.tolerance)
            if not ids or not ids[0]:
                raise Rejected(400, "a signed notification without data.id: nothing names its run")
            data_id = ids[0].lower()  # the manifest signs it in lower case
            return (run_id_for("mp-event-", data_id), {"source": "x-signature", "data_id": data_id,
                                                       "request_id": request_id}, "x-signature")
        note = verify_report_notification(body, s.secret, s.tolerance)
    except _native.SignatureError as e:
        raise Rejected(401, str(e)) from None
    except ValueError as e:
        raise Rejected(400, str(e)) from None
    if note["is_test"]:
        return None  # Mercado Pago's test button: verified, nothing to run
    conf = {k: note[k] for k in ("transaction_id", "report_type", "generation_date", "files")}
    return run_id_for("mp-", note["transaction_id"]), conf, "report-ready"


# ---- the ASGI app ------------------------------------------------------------

async def respond(send, status: int, payload: dict[str, Any], close: bool = False) -> None:
    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class Receiver:
    """The ASGI application: POST (any path) a notification, GET /healthz."""

    def __init__(self, s: Settings, spool: Spool, deliverer: Deliverer):
        self.s, self.spool, self.deliverer = s, spool, deliverer
        # bcrypt is CPU work (the C call releases the GIL): one pool the size
        # of the machine, so a flood queues instead of multiplying threads
        self.verify_pool = ThreadPoolExecutor(s.verify_workers, thread_name_prefix="expetl-verify")
        self.spool_pool = ThreadPoolExecutor(2, thread_name_prefix="expetl-spool")

    def health(self) -> tuple[int, dict[str, Any]]:
        st = self.spool.status(self.s.stale_after)
        st["airflow"] = self.deliverer.airflow_state
        st["ok"] = st["ok"] and self.deliverer.is_alive()
        return (200 if st["ok"] else 503), st

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"]
        if path in HEALTH_PATHS and method in ("GET", "HEAD"):
            status, payload = self.health()
            return await respond(send, status, payload)
        if method != "POST":
            return await respond(send, 405, {"status": 405})
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            declared = int(headers.get("content-length") or 0)
        except ValueError:
            return await respond(send, 400, {"status": 400}, close=True)
        if declared > MAX_BODY:
            return await respond(send, 413, {"status": 413}, close=True)  # before reading a byte of it
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # cut off (the deadline) or gone: nothing to answer
            body += message.get("body", b"")
            if len(body) > MAX_BODY:
                return await respond(send, 413, {"status": 413}, close=True)
            if not message.get("more_body"):
                break
        status = await self.handle(bytes(body), headers, parse_qs(scope["query_string"].decode("latin-1"),
                                                                  keep_blank_values=True), scope.get("client"))
        await respond(send, status, {"status": status})

    async def handle(self, body: bytes, headers: dict[str, str], query: dict[str, list[str]], client) -> int:
        loop = asyncio.get_running_loop()
        peer = f"{client[0]}:{client[1]}" if client else "?"
        try:
            verified = await loop.run_in_executor(self.verify_pool, verify, self.s, body, headers, query)
        except Rejected as e:
            log.warning("%s: notification rejected (%d): %s", peer, e.status, e)
            return e.status
        if verified is None:
            log.info("%s: verified test notification, nothing to run", peer)
            return 202
        run_id, conf, kind = verified
        try:
            state = await loop.run_in_executor(self.spool_pool, self.spool.put, run_id, conf, kind)
        except (OSError, SpoolError) as e:
            # not stored, so not acknowledged: Mercado Pago sends it again
            log.error("%s: could not spool %s (%s): answering 503", peer, run_id, e)
            return 503
        if state == "queued":
            log.info("%s: %s notification spooled as %s", peer, kind, run_id)
            self.deliverer.wake()
        else:
            log.info("%s: repeat of %s (already %s): not sent to Airflow again", peer, run_id, state)
        return 202


# ---- uvicorn with a whole-request deadline -------------------------------------

def deadline_protocol(seconds: float):
    """uvicorn's h11 protocol with a deadline per request: from the connection
    (or the end of the previous response) to the last byte of the request.
    uvicorn times out only idle keep-alive connections, so a client trickling
    a byte a second would otherwise hold its connection for ever."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class DeadlineH11Protocol(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None

        def _arm(self) -> None:
            self._disarm()
            self._deadline = self.loop.call_later(seconds, self._expired)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _expired(self) -> None:
            self._deadline = None
            # still arriving (or never started): cut; a request being answered finishes
            if self.conn.their_state in (h11.IDLE, h11.SEND_BODY) and not self.transport.is_closing():
                log.info("%s: request not complete within %.1f s: connection closed",
                         "%s:%d" % self.client if self.client else "?", seconds)
                self.transport.abort()

    return DeadlineH11Protocol


class _Stopped(Exception):
    pass


def _stop(signum, frame):
    raise _Stopped()


def serve(host: str = "0.0.0.0", port: int = 8085) -> int:
    fmt = setup_logging()
    try:
        s = Settings.from_env()
        spool = Spool(s.spool, keep=s.keep_delivered)
        spool.lock()
    except (ConfigError, SpoolError, OSError) as e:
        log.error("cannot start: %s", e)
        return 2
    airflow = Airflow(s, on_token=fmt.add)
    try:
        airflow.login()
    except CredentialsRefused as e:
        log.error("cannot start: %s", e)
        return 2
    except DeliveryError as e:
        log.warning("%s; notifications are kept in %s and delivered once it answers", e, spool.root)
    deliverer = Deliverer(spool, airflow, s, fmt.scrub)
    deliverer.start()  # a previous process's pending entries go first
    try:
        sock = socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET,
                                    backlog=s.backlog)
    except OSError as e:
        log.error("cannot listen on %s:%d: %s", host, port, e)
        deliverer.stop()
        return 2
    log.info("listening on %s:%d (spool %s: %d pending, %d delivered kept)", host, sock.getsockname()[1],
             spool.root, len(spool.pending), spool.delivered_count)
    import uvicorn

    app = Receiver(s, spool, deliverer)
    config = uvicorn.Config(
        app, http=deadline_protocol(s.deadline), ws="none", lifespan="off", loop="asyncio",
        limit_concurrency=s.max_connections, backlog=s.backlog, timeout_keep_alive=5,
        timeout_graceful_shutdown=5, h11_max_incomplete_event_size=MAX_HEADERS, server_header=False,
        log_config=None)
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then raises the signal
    # again under the handler found at start: this one, so the clean-up runs
    signal.signal(signal.SIGTERM, _stop)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except (_Stopped, KeyboardInterrupt):
        pass
    finally:
        deliverer.stop()
        app.verify_pool.shutdown(wait=False, cancel_futures=True)
        app.spool_pool.shutdown(wait=True)
        log.info("stopped; %d notifications pending in %s", len(spool.pending), spool.root)
    return 0


def status(as_json: bool = False) -> int:
    """``expetl webhook status``: the spool as the receiver left it (it need
    not be running).  Exit 1 when an entry is older than the stale limit or
    unreadable."""
    fmt = ScrubbingFormatter("%(message)s")
    fmt.add(os.environ.get("EXPETL_MP_WEBHOOK_SECRET", ""), os.environ.get("EXPETL_AIRFLOW_PASSWORD", ""))
    s = Settings.from_env(need_secrets=False)
    spool = Spool(s.spool, keep=s.keep_delivered, create=False)
    st = spool.status(s.stale_after)
    if as_json:
        st["entries"] = spool.queue()
        print(fmt.scrub(json.dumps(st, indent=2, sort_keys=True)))
        return 0 if st["ok"] else 1
    print(f"spool {st['spool']}: {st['pending']} pending, {st['delivered']} delivered run ids kept")
    now = time.time()
    for e in spool.queue():
        print(fmt.scrub(f"  {e['run_id']}: waiting {now - e['received_at']:.0f} s, {e['attempts']} failed attempts"
                        + (f", last: {e['last_error']}" if e["last_error"] else "")))
    for name in st["unreadable"]:
        print(f"  pending/{name}: unreadable")
    if not st["ok"]:
        print(f"not ok: an entry waits longer than {s.stale_after:.0f} s (EXPETL_WEBHOOK_STALE_AFTER) "
              "or cannot be read", file=sys.stderr)
    return 0 if st["ok"] else 1
