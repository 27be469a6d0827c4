"""The local pipeline: extract → stage raw → parse → stage processed → load.

One unit of work is one file, named by its SHA-256 from the moment it is
read: that name is its stage key, its dedupe key and its warehouse key.
Files already loaded or quarantined are skipped before parsing; a batch is
loaded in one transaction, so a failure leaves the warehouse as it was and
a re-run loads exactly once."""
from __future__ import annotations

import json
import os
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import _native
from .stage import Stage
from .warehouse import Warehouse

RECEIPT, REPORT = "receipt", "mp_report"


@dataclass(frozen=True)
class Incoming:
    kind: str            # RECEIPT or REPORT
    source: str          # gmail, mbox, dir, mercadopago
    name: str            # file name as received
    data: bytes
    sha256: str
    received: datetime | None = None


@dataclass
class RunResult:
    run_id: str
    new: int = 0
    duplicate: int = 0
    quarantined: int = 0
    loaded: int = 0
    receipts: int = 0
    items: int = 0
    movements: int = 0
    staged_keys: list[str] = field(default_factory=list)
    quarantine: list[tuple] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.new} new, {self.duplicate} duplicate, {self.quarantined} quarantined, "
                f"{self.loaded} loaded ({self.receipts} receipts, {self.items} items, "
                f"{self.movements} movements)")


def iter_source(spec: str) -> Iterator[Incoming]:
    """``mbox:PATH`` (a Google Takeout mbox: PDF attachments) or ``dir:PATH``
    (``*.pdf`` receipts and ``*.csv`` Mercado Pago reports)."""
    kind, _, path = spec.partition(":")
    if kind == "mbox" and path:
        from .mbox import pdf_attachments
        for a in pdf_attachments(path):
            yield Incoming(RECEIPT, "gmail", a.filename, a.data, a.sha256, a.date)
    elif kind == "dir" and path:
        for p in sorted(Path(path).rglob("*")):
            suffix = p.suffix.lower()
            if not p.is_file() or suffix not in (".pdf", ".csv"):
                continue
            data = p.read_bytes()
            received = datetime.fromtimestamp(p.stat().st_mtime, timezone.utc)
            if suffix == ".pdf":
                yield Incoming(RECEIPT, "dir", p.name, data, _native.sha256(data), received)
            else:
                yield Incoming(REPORT, "mercadopago", p.name, data, _native.sha256(data), received)
    else:
        raise ValueError(f"source must be mbox:PATH or dir:PATH, not {spec!r}")


def raw_key(item: Incoming, today: datetime) -> str:
    if item.kind == REPORT:
        return f"raw/mercadopago/{_safe_name(item.name)}"
    d = (item.received or today).astimezone(timezone.utc)
    return f"raw/receipts/{d:%Y/%m/%d}/{item.sha256}.pdf"


def _safe_name(name: str) -> str:
    base = os.path.basename(name).strip() or "report.csv"
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in base).lstrip(".") or "report.csv"


def quality_issues(d: dict[str, Any], now: datetime) -> list[str]:
    """Why a parsed receipt must not be loaded (empty: load it)."""
    issues = []
    if "totals_mismatch" in d["warnings"]:
        issues.append("totals_mismatch")
    if not d["merchant"]["name"]:
        issues.append("missing_merchant")
    if not d["issued_at"]:
        issues.append("missing_date")
    elif datetime.fromisoformat(d["issued_at"][:19]) > now.replace(tzinfo=None) + timedelta(days=1):
        issues.append("future_date")
    if d["total"] is None:
        issues.append("missing_total")
    elif d["total"] < 0:
        issues.append("negative_total")
    return issues


def _detail(d: dict[str, Any]) -> str:
    items = sum((i["amount"] for i in d["items"]), Decimal(0))
    disc = sum((x["amount"] for x in d["discounts"]), Decimal(0))
    return json.dumps({"merchant": d["merchant"]["name"], "issued_at": d["issued_at"],
                       "total": str(d["total"]), "items_plus_discounts": str(items + disc),
                       "warnings": d["warnings"]}, ensure_ascii=False)


class Runner:
    """Runs sources through one stage into one warehouse."""

    def __init__(self, stage: Stage, warehouse: Warehouse, *, run_id: str | None = None,
                 workers: int | None = None, batch_size: int = 500, iam_role: str | None = None,
                 region: str | None = None,
                 progress: Callable[[str, int, int], None] | None = None):
        if warehouse.dialect == "redshift" and stage.scheme != "s3":
            raise ValueError("Redshift loads from S3: the stage must be s3://")
        self.stage, self.wh = stage, warehouse
        self.run_id = run_id or datetime.now(timezone.utc).strftime("run-%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]
        self.workers = workers or min(8, os.cpu_count() or 1)
        self.batch_size = batch_size
        self.iam_role, self.region = iam_role, region
        self.progress = progress or (lambda step, done, total: None)
        self.result = RunResult(self.run_id)
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self._batches = 0

    def run(self, items: Iterable[Incoming]) -> RunResult:
        """Batches are processed (stage, parse, load) in a background thread,
        in order, while the next batch is read: reading a mailbox is Python
        work, parsing and loading are C work with the GIL released, so the
        two overlap on separate cores.  At most two batches are in memory."""
        with ThreadPoolExecutor(1, thread_name_prefix="expetl-batch") as batches:
            pending = None
            batch: list[Incoming] = []
            for item in items:
                if item.sha256 in self._seen:
                    with self._lock:
                        self.result.duplicate += 1
                    continue
                self._seen.add(item.sha256)
                batch.append(item)
                if len(batch) >= self.batch_size:
                    if pending:
                        pending.result()
                    pending = batches.submit(self._batch, batch)
                    batch = []
            if pending:
                pending.result()
            if batch:
                self._batch(batch)
        return self.result

    def _batch(self, batch: list[Incoming]) -> None:
        res = self.result
        known = self.wh.known(i.sha256 for i in batch)
        fresh = [i for i in batch if i.sha256 not in known]
        with self._lock:  # the reading thread counts duplicates too
            res.duplicate += len(batch) - len(fresh)
        if not fresh:
            return
        res.new += len(fresh)
        now = datetime.now(timezone.utc)
        keys = [raw_key(i, now) for i in fresh]
        with ThreadPoolExecutor(self.workers) as pool:
            # stage raw, then parse: each file independently, in threads (the C
            # code releases the GIL for the I/O and the parsing)
            outs = list(pool.map(lambda ik: self._one(ik[0], ik[1], now), zip(fresh, keys)))
        self.stage.sync()  # what the warehouse will reference is durable first
        files, quarantine, receipts, movements, manifest = [], [], [], [], {RECEIPT: [], REPORT: []}
        for item, key, out in zip(fresh, keys, outs):
            status, rows, pkey, csv, q = out
            files.append((item.sha256, item.source, key, status, rows))
            quarantine.extend(q)
            if csv is not None:
                (receipts if item.kind == RECEIPT else movements).append(csv)
                manifest[item.kind].append(pkey)
        extra: dict[str, Any] = {}
        if self.wh.dialect == "redshift":
            self._batches += 1
            for kind, name in ((RECEIPT, "receipts"), (REPORT, "movements")):
                if manifest[kind]:
                    mkey = f"processed/manifests/{self.run_id}/{self._batches:04d}-{name}.json"
                    body = {"entries": [{"url": self.stage.url_of(k), "mandatory": True}
                                        for k in manifest[kind]]}
                    self.stage.put(mkey, json.dumps(body).encode(), "application/json")  # S3: durable
                    res.staged_keys.append(mkey)
                    extra[f"{name}_manifest"] = self.stage.url_of(mkey)
            extra.update(iam_role=self.iam_role, region=self.region)
            receipts_arg = movements_arg = None
        else:
            receipts_arg, movements_arg = receipts or None, movements or None
        self.progress("load", 0, len(files))
        counts = self.wh.load(self.run_id, files, quarantine, receipts_arg, movements_arg, **extra)
        self.progress("load", len(files), len(files))
        res.loaded += sum(1 for f in files if f[3] == "loaded")
        res.quarantined += sum(1 for f in files if f[3] == "quarantined")
        res.receipts += counts["receipts"]
        res.items += counts["items"]
        res.movements += counts["movements"]
        res.quarantine.extend(quarantine)

    def _one(self, item: Incoming, key: str, now: datetime):
        """Stage one raw file, parse it, stage the processed CSV.  Returns
        (status, rows, processed key, csv or None, quarantine entries)."""
        self.stage.put(key, item.data, "application/pdf" if item.kind == RECEIPT else "text/csv")
        self.result.staged_keys.append(key)
        try:
            if item.kind == RECEIPT:
                sha, d, csv = _native.process_pdf(item.data, item.source, key)
                issues = quality_issues(d, now)
                if issues:
                    return ("quarantined", 0, None, None,
                            [(sha, item.source, key, None, ",".join(issues), _detail(d))])
                day = d["issued_at"][:10].replace("-", "/")
                pkey = f"processed/receipts/{day}/{sha}.csv"
                rows = len(d["items"]) + len(d["discounts"])
            else:
                sha, _rt, rows, csv = _native.process_mp_report(item.data, key)
                pkey = f"processed/mercadopago/{sha}.csv"
        except (_native.ReceiptError, _native.ReportError) as e:
            return ("quarantined", 0, None, None,
                    [(item.sha256, item.source, key, getattr(e, "line", None), type(e).__name__, str(e))])
        self.stage.put(pkey, csv, "text/csv")
        self.result.staged_keys.append(pkey)
        return ("loaded", rows, pkey, csv, [])
