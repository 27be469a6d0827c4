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


def open_source(spec: str) -> Iterable[Incoming]:
    """A source to hand to Runner.run: Gmail's keeps its watermark until the
    run commits; the others are plain iterators."""
    kind, _, path = spec.partition(":")
    if kind == "gmail" and path:
        return GmailSource(path)
    return iter_source(spec)


def iter_source(spec: str) -> Iterator[Incoming]:
    """``mbox:PATH`` (a Google Takeout mbox: PDF attachments), ``dir:PATH``
    (``*.pdf`` receipts and ``*.csv`` Mercado Pago reports) or
    ``mercadopago:settlement|release`` (the reports API; token from
    ``MERCADOPAGO_ACCESS_TOKEN``).  Gmail comes from open_source: its
    watermark must wait for the run to commit."""
    kind, _, path = spec.partition(":")
    if kind == "mercadopago":
        from .mercadopago import KINDS, MercadoPago
        if path not in KINDS:
            raise ValueError("source must be mercadopago:settlement or mercadopago:release")
        mp = MercadoPago()
        for rep in mp.ready_reports(path):
            data = mp.download(path, rep["file_name"])
            try:
                received = datetime.fromisoformat(rep["date_created"]) if rep["date_created"] else None
            except ValueError:
                received = None
            yield Incoming(REPORT, "mercadopago", rep["file_name"], data, _native.sha256(data), received)
        return
    if kind in ("mbox", "dir") and path and not os.path.exists(path):
        raise ValueError(f"{kind} source {path!r} does not exist")
    if kind == "mbox" and path:
        from .mbox import pdf_attachments
        for a in pdf_attachments(path):
            yield Incoming(RECEIPT, "gmail", a.filename, a.data, a.sha256, a.internal_date)
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
        raise ValueError(f"source must be mbox:PATH, dir:PATH, gmail:TOKEN_JSON or mercadopago:KIND, "
                         f"not {spec!r}")


class GmailSource:
    """New receipt PDFs from Gmail since the watermark kept beside the token
    (TOKEN.watermark.json, or $EXPETL_GMAIL_STATE).  The watermark moves only
    when ``commit()`` is called, which the runner does after every load has
    committed: a failed run fetches the same mail again.  Settings:
    $EXPETL_GMAIL_QUERY, $EXPETL_GMAIL_LABEL, $EXPETL_GMAIL_LINKS (comma
    separated allowed link prefixes); $EXPETL_GMAIL_TOKEN_URI and
    $EXPETL_GMAIL_API_BASE point elsewhere (tests, proxies)."""

    def __init__(self, token_path: str):
        self.token_path = token_path
        self.state_path = os.environ.get("EXPETL_GMAIL_STATE") or token_path + ".watermark.json"
        self._new_state: dict | None = None

    def __iter__(self) -> Iterator[Incoming]:
        from .gmail import DEFAULT_LINKS, DEFAULT_QUERY, Gmail

        env = os.environ.get
        links = tuple(x for x in env("EXPETL_GMAIL_LINKS", ",".join(DEFAULT_LINKS)).split(",") if x)
        g = Gmail.from_token_file(self.token_path, token_uri=env("EXPETL_GMAIL_TOKEN_URI"),
                                  api_base=env("EXPETL_GMAIL_API_BASE"), link_allow=links)
        state = json.loads(Path(self.state_path).read_text()) if os.path.exists(self.state_path) else {}
        pdfs, self._new_state = g.fetch_new(state, env("EXPETL_GMAIL_QUERY") or DEFAULT_QUERY,
                                            env("EXPETL_GMAIL_LABEL"))
        for p in pdfs:
            yield Incoming(RECEIPT, "gmail", p.filename, p.data, p.sha256, p.internal_date)

    def commit(self) -> None:
        if self._new_state is None:
            return
        tmp = self.state_path + ".tmp"
        Path(tmp).write_text(json.dumps(self._new_state))
        os.replace(tmp, self.state_path)


def raw_key(item: Incoming, today: datetime) -> str:
    if item.kind == REPORT:
        return report_key(item.name)
    d = (item.received or today).astimezone(timezone.utc)
    return f"raw/receipts/{d:%Y/%m/%d}/{item.sha256}.pdf"


def report_key(name: str) -> str:
    """Mercado Pago report names carry their generation time: the raw key
    keeps the name, so the catch-up can tell a report is in before fetching it."""
    return f"raw/mercadopago/{_safe_name(name)}"


def _safe_name(name: str) -> str:
    base = os.path.basename(name).strip() or "report.csv"
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in base).lstrip(".") or "report.csv"


def quality_issues(s: dict[str, Any], now: datetime) -> list[str]:
    """Why a parsed receipt must not be loaded (empty: load it).  ``s`` is
    the summary process_pdf returns (merchant, issued_at, total, warnings)."""
    issues = []
    if "totals_mismatch" in s["warnings"]:
        issues.append("totals_mismatch")
    if not s["merchant"]:
        issues.append("missing_merchant")
    if not s["issued_at"]:
        issues.append("missing_date")
    elif datetime.fromisoformat(s["issued_at"][:19]) > now.replace(tzinfo=None) + timedelta(days=1):
        issues.append("future_date")
    if s["total"] is None:
        issues.append("missing_total")
    elif s["total"] < 0:
        issues.append("negative_total")
    return issues


def _detail(s: dict[str, Any]) -> str:
    return json.dumps({"merchant": s["merchant"], "issued_at": s["issued_at"], "total": str(s["total"]),
                       "items_plus_discounts": str(s["items_total"]), "warnings": s["warnings"]},
                      ensure_ascii=False)


class Runner:
    """Runs sources through one stage into one warehouse."""

    def __init__(self, stage: Stage, warehouse: Warehouse, *, run_id: str | None = None,
                 workers: int | None = None, batch_size: int = 500, iam_role: str | None = None,
                 region: str | None = None,
                 progress: Callable[[str, int, int], None] | None = None):
        if warehouse.dialect == "redshift" and stage.processed_scheme != "s3":
            raise ValueError("Redshift loads from S3: the (processed) stage must be s3://")
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
        """A three-stage pipeline, each stage in order: this thread reads
        the sources (Python work), a batch thread checks, stages and parses
        (C work, the GIL released), a load thread loads the previous batch
        on a second connection (the database's work).  At most three batches
        are in memory; a load failure stops the run with that error."""
        loader_wh = self.wh.clone() if not self.wh.dry_run else None
        try:
            with ThreadPoolExecutor(1, thread_name_prefix="expetl-batch") as prep, \
                    ThreadPoolExecutor(1, thread_name_prefix="expetl-load") as load:
                loads: list = []

                def prepare_then_queue(batch):
                    args = self._prepare(batch)
                    if args is not None:
                        loads.append(load.submit(self._load, loader_wh or self.wh, *args))

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
                        self._raise_failed_loads(loads)
                        pending = prep.submit(prepare_then_queue, batch)
                        batch = []
                if pending:
                    pending.result()
                if batch:
                    prepare_then_queue(batch)
                for f in loads:
                    f.result()
        finally:
            if loader_wh is not None:
                loader_wh.close()
        commit = getattr(items, "commit", None)
        if commit:  # every load committed: a source may now move its watermark
            commit()
        return self.result

    @staticmethod
    def _raise_failed_loads(loads) -> None:
        for f in loads:
            if f.done() and f.exception():
                raise f.exception()

    def _prepare(self, batch: list[Incoming]):
        """Skip what is known, stage raw, parse, stage processed; returns the
        arguments of the load (None when nothing is new)."""
        res = self.result
        known = self.wh.known(i.sha256 for i in batch)
        fresh = [i for i in batch if i.sha256 not in known]
        with self._lock:  # the reading thread counts duplicates too
            res.duplicate += len(batch) - len(fresh)
        if not fresh:
            return None
        res.new += len(fresh)
        now = datetime.now(timezone.utc)
        keys = [raw_key(i, now) for i in fresh]
        with ThreadPoolExecutor(self.workers) as pool:
            # each file independently, in threads (the C code releases the
            # GIL for the I/O and the parsing)
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
            return files, quarantine, None, None, extra
        return files, quarantine, receipts or None, movements or None, extra

    def _load(self, wh: Warehouse, files, quarantine, receipts, movements, extra) -> None:
        res = self.result
        self.progress("load", 0, len(files))
        counts = wh.load(self.run_id, files, quarantine, receipts, movements, **extra)
        self.progress("load", len(files), len(files))
        res.loaded += sum(1 for f in files if f[3] == "loaded")
        res.quarantined += sum(1 for f in files if f[3] == "quarantined")
        res.receipts += counts["receipts"]
        res.items += counts["items"]
        res.movements += counts["movements"]
        res.quarantine.extend(quarantine)

    def _one(self, item: Incoming, key: str, now: datetime):
        self.stage.put(key, item.data, content_type(item.kind))
        self.result.staged_keys.append(key)
        out = process_one(self.stage, item, key, now)
        if out[2]:
            self.result.staged_keys.append(out[2])
        return out


def content_type(kind: str) -> str:
    return "application/pdf" if kind == RECEIPT else "text/csv"


def process_one(stage: Stage, item: Incoming, key: str, now: datetime):
    """Parse one staged raw file and stage its processed CSV.  Returns
    (status, rows, processed key, csv or None, quarantine entries)."""
    try:
        if item.kind == RECEIPT:
            sha, d, csv = _native.process_pdf(item.data, item.source, key)
            issues = quality_issues(d, now)
            if issues:
                return ("quarantined", 0, None, None,
                        [(sha, item.source, key, None, ",".join(issues), _detail(d))])
            day = d["issued_at"][:10].replace("-", "/")
            pkey = f"processed/receipts/{day}/{sha}.csv"
            rows = d["items"] + d["discounts"]
        else:
            sha, _rt, rows, csv = _native.process_mp_report(item.data, key)
            pkey = f"processed/mercadopago/{sha}.csv"
    except (_native.ReceiptError, _native.ReportError) as e:
        return ("quarantined", 0, None, None,
                [(item.sha256, item.source, key, getattr(e, "line", None), type(e).__name__, str(e))])
    stage.put(pkey, csv, "text/csv")
    return ("loaded", rows, pkey, csv, [])
