"""The local pipeline: the core steps (expetl.core.steps) in a pipelined
loop, in one process.

Three stages run at once, each in order: this thread reads the sources
(lazily: a mailbox of any size streams through), a batch thread stages and
parses the previous batch in worker threads (C work, the GIL released), and
a load thread loads the batch before that on a second connection.  At most
three batches are in memory.  A load failure stops the run with its error;
sources commit (the Gmail watermark moves) only after every load committed.
PDFs are parsed in sandbox workers, each within a budget of time and
memory (core/sandbox.py; ``sandbox=False`` or EXPETL_PARSE_SANDBOX=0 parses
in process)."""
from __future__ import annotations

import os
import threading
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Callable, Iterable

from .core import steps
from .core.records import DUPLICATE, LOADED, QUARANTINED, Incoming, ParsedBatch, RunResult
from .core.sandbox import Sandbox, pipeline_sandbox
from .stage import Stage
from .warehouse import Warehouse


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("run-%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]


class Runner:
    """Runs sources through one stage into one warehouse."""

    def __init__(self, stage: Stage, warehouse: Warehouse, *, run_id: str | None = None,
                 workers: int | None = None, batch_size: int = 500, iam_role: str | None = None,
                 region: str | None = None, progress: Callable[[int], None] | None = None,
                 sandbox: Sandbox | bool | None = None):
        d = warehouse.dialect_obj
        if d.needs_s3_processed and stage.processed_scheme != "s3":
            raise ValueError(f"{d.name} loads from S3: the (processed) stage must be s3://")
        self.stage, self.wh = stage, warehouse
        self.run_id = run_id or new_run_id()
        self.workers = workers or min(8, os.cpu_count() or 1)
        self.batch_size = batch_size
        self.iam_role, self.region = iam_role, region
        self.progress = progress or (lambda n: None)  # files read so far
        self.result = RunResult(self.run_id)
        self._lock = threading.Lock()
        self._batches = 0
        self._sandbox_opt = sandbox  # a Sandbox, False (in process), None (the environment's choice)
        self._sandbox: Sandbox | None = None

    def run(self, items: Iterable[Incoming]) -> RunResult:
        loader = self.wh.clone() if not self.wh.dry_run else self.wh
        seen: set[str] = set()
        read = 0
        try:
            # the sandbox's zygote starts now, while the first batch is read
            with pipeline_sandbox(self._sandbox_opt, self.workers) as self._sandbox, \
                    ThreadPoolExecutor(1, thread_name_prefix="expetl-batch") as prep, \
                    ThreadPoolExecutor(1, thread_name_prefix="expetl-load") as load:
                loads: list[Future] = []
                pending: Future | None = None
                batch: list[Incoming] = []

                def prepare_then_queue(b: list[Incoming]) -> None:
                    parsed = self._prepare(b)
                    if parsed is not None:
                        loads.append(load.submit(self._load, loader, *parsed))

                for item in items:
                    read += 1
                    self.progress(read)
                    if item.sha256 in seen:
                        with self._lock:
                            self.result.duplicate += 1
                        continue
                    seen.add(item.sha256)
                    batch.append(item)
                    if len(batch) >= self.batch_size:
                        if pending:
                            pending.result()
                        _raise_failed(loads)
                        pending = prep.submit(prepare_then_queue, batch)
                        batch = []
                if pending:
                    pending.result()
                if batch:
                    prepare_then_queue(batch)
                for f in loads:
                    f.result()
        finally:
            if loader is not self.wh:
                loader.close()
        commit = getattr(items, "commit", None)
        if commit:  # every load committed: a source may now move its watermark
            commit()
        return self.result

    def _prepare(self, batch: list[Incoming]) -> tuple[ParsedBatch, int] | None:
        """Skip what the warehouse has, stage raw, parse, stage processed."""
        known = self.wh.known(i.sha256 for i in batch)
        fresh = [i for i in batch if i.sha256 not in known]
        with self._lock:  # the reading thread counts duplicates too
            self.result.duplicate += len(batch) - len(fresh)
            self.result.new += len(fresh)
        if not fresh:
            return None
        now = steps.now_utc()

        def one(item: Incoming):
            staged = steps.stage_raw(self.stage, item, now)
            return steps.parse(self.stage, staged, now, item.data, self._sandbox)

        parsed = ParsedBatch()
        with ThreadPoolExecutor(min(self.workers, len(fresh))) as pool:
            for p in pool.map(one, fresh):
                parsed.add(p)
                self.result.staged_keys.append(p.staged.key)
                if p.processed_key:
                    self.result.staged_keys.append(p.processed_key)
        self.stage.sync()  # what the warehouse will reference is durable first
        self._batches += 1
        return parsed, self._batches

    def _load(self, wh: Warehouse, parsed: ParsedBatch, batch_no: int) -> None:
        out = steps.load(self.stage, wh, self.run_id, parsed, batch_no, self.iam_role, self.region)
        res = self.result
        with self._lock:
            res.loaded += sum(1 for f in parsed.files if f.status == LOADED)
            res.quarantined += sum(1 for f in parsed.files if f.status == QUARANTINED)
            res.duplicate += out.get("duplicates", 0)  # the same fiscal document in other bytes
            for table, n in out["inserted"].items():
                res.counts[table] = res.counts.get(table, 0) + n
            res.quarantine.extend(q for q in parsed.quarantine if q.reason != DUPLICATE)
            res.duplicates.extend(q for q in parsed.quarantine if q.reason == DUPLICATE)


def _raise_failed(loads: list[Future]) -> None:
    for f in loads:
        if f.done() and f.exception():
            raise f.exception()  # type: ignore[misc]
