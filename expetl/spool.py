"""The webhook receiver's durable spool: verified notifications waiting for
Airflow, and a record of the ones it accepted.

One folder::

    pending/<run id>.json    verified, not yet accepted by Airflow
    delivered/<run id>.json  accepted (201, or 409: the run was there); kept
                             for ``keep`` seconds so a repeat is recognised
                             here and never reaches Airflow
    tmp/                     files being written
    lock                     held (flock) by the one receiver using the spool

Every write is temp file + fsync + rename + fsync of the folder, so an entry
the receiver answered 202 for survives a crash or a power cut; delivery moves
it with a single rename.  A crash between Airflow's answer and that rename
leaves the entry pending: it is sent again and Airflow's 409 marks it done.
"""
from __future__ import annotations

import fcntl
import itertools
import json
import os
import re
import threading
import time
from typing import Any

SUBDIRS = ("pending", "delivered", "tmp")
RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,239}$")


class SpoolError(RuntimeError):
    pass


def default_spool() -> str:
    """$XDG_STATE_HOME/expetl/webhook-spool, else ~/.local/state/…"""
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return os.path.join(base, "expetl", "webhook-spool")


def _fsync_dir(path: str) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Spool:
    def __init__(self, root: str, keep: float = 8 * 86400, create: bool = True):
        self.root = os.path.abspath(root)
        self.keep = keep
        self._lock = threading.Lock()
        self._lockfile: int | None = None
        self._names = itertools.count()
        if create:
            for sub in SUBDIRS:
                os.makedirs(os.path.join(self.root, sub), mode=0o700, exist_ok=True)
        elif not os.path.isdir(os.path.join(self.root, "pending")):
            raise SpoolError(f"no webhook spool at {self.root} (set EXPETL_WEBHOOK_SPOOL to the receiver's)")
        self.pending: dict[str, dict[str, Any]] = {}
        self.unreadable: list[str] = []
        for name in sorted(os.listdir(self._dir("pending"))):
            if name.endswith(".json"):
                try:
                    entry = _read(os.path.join(self._dir("pending"), name))
                    self.pending[entry["run_id"]] = entry
                except (OSError, ValueError, KeyError, TypeError):
                    self.unreadable.append(name)  # kept on disk, reported
        self.delivered_count = sum(1 for n in os.listdir(self._dir("delivered")) if n.endswith(".json"))

    def _dir(self, sub: str) -> str:
        return os.path.join(self.root, sub)

    def _path(self, sub: str, run_id: str) -> str:
        if not RUN_ID.match(run_id):
            raise SpoolError(f"not a spool run id: {run_id!r}")
        return os.path.join(self.root, sub, run_id + ".json")

    def lock(self) -> None:
        """One receiver per spool: two would deliver the same entries."""
        fd = os.open(os.path.join(self.root, "lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise SpoolError(f"another receiver is using the spool {self.root}") from None
        self._lockfile = fd
        for name in os.listdir(self._dir("tmp")):  # a crashed writer's leftovers
            os.unlink(os.path.join(self._dir("tmp"), name))

    def _write(self, path: str, entry: dict[str, Any]) -> None:
        tmp = os.path.join(self._dir("tmp"), f"{os.getpid()}-{next(self._names)}")
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(entry, f, sort_keys=True)
                f.flush()
                os.fsync(f.fileno())
            os.rename(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)  # a full disk, say: leave no partial file
            raise
        _fsync_dir(os.path.dirname(path))

    def put(self, run_id: str, conf: dict[str, Any], kind: str) -> str:
        """'queued', or 'pending' / 'delivered' for a repeat (nothing written)."""
        with self._lock:
            if run_id in self.pending:
                return "pending"
            if os.path.exists(self._path("delivered", run_id)):
                return "delivered"
            entry = {"version": 1, "run_id": run_id, "kind": kind, "conf": conf, "received_at": time.time(),
                     "attempts": 0, "last_error": None, "last_attempt_at": None}
            self._write(self._path("pending", run_id), entry)
            self.pending[run_id] = entry
            return "queued"

    def failed(self, run_id: str, reason: str) -> dict[str, Any]:
        """Count a failed delivery attempt (on disk, for `expetl webhook status`)."""
        with self._lock:
            entry = dict(self.pending[run_id], attempts=self.pending[run_id]["attempts"] + 1, last_error=reason,
                         last_attempt_at=time.time())
            self._write(self._path("pending", run_id), entry)
            self.pending[run_id] = entry
            return entry

    def delivered(self, run_id: str) -> None:
        with self._lock:
            dst = self._path("delivered", run_id)
            os.rename(self._path("pending", run_id), dst)
            os.utime(dst)  # its age is the delivery's, for prune()
            _fsync_dir(self._dir("delivered"))
            _fsync_dir(self._dir("pending"))
            del self.pending[run_id]
            self.delivered_count += 1

    def prune(self, now: float | None = None) -> int:
        """Forget delivered run ids older than ``keep`` (by then a repeat no
        longer verifies: it is outside the signature's replay window)."""
        now = time.time() if now is None else now
        gone = 0
        with self._lock:
            for entry in os.scandir(self._dir("delivered")):
                if entry.name.endswith(".json") and now - entry.stat().st_mtime > self.keep:
                    os.unlink(entry.path)
                    gone += 1
            self.delivered_count -= gone
        return gone

    def oldest(self) -> dict[str, Any] | None:
        with self._lock:
            return min(self.pending.values(), key=lambda e: e["received_at"], default=None)

    def queue(self) -> list[dict[str, Any]]:
        """Pending entries, oldest first."""
        with self._lock:
            return sorted(self.pending.values(), key=lambda e: e["received_at"])

    def status(self, stale_after: float, now: float | None = None) -> dict[str, Any]:
        now = time.time() if now is None else now
        oldest = self.oldest()
        age = round(now - oldest["received_at"], 1) if oldest else None
        return {"spool": self.root, "pending": len(self.pending), "oldest_pending_s": age,
                "oldest_pending": oldest["run_id"] if oldest else None,
                "last_error": oldest["last_error"] if oldest else None, "delivered": self.delivered_count,
                "unreadable": list(self.unreadable),
                "ok": not self.unreadable and (age is None or age <= stale_after)}
