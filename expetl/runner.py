"""The local pipeline: the core steps (expetl.core.steps) in a pipelined
loop, in one process.

This thread reads the sources (lazily: a mailbox of any size streams
through) and cuts them into batches; each file of a batch is staged and
parsed as soon as it is read, in one pool of worker threads that lives as
long as the run (C work, the GIL released), so the pool never waits for a
batch boundary; a batch thread gathers each batch's results in order, and
a load thread makes the stage durable and loads the batch on a second
connection.  At most ``IN_FLIGHT`` batches are parsed or waiting to load
besides the one being read, so memory is bounded whatever the mailbox
size.  A failure of the pipeline itself (the stage, the warehouse) stops
the run with its error; sources commit (the Gmail watermark moves) only
after every load committed.  PDFs are parsed in sandbox workers, each
within a budget of time and memory (core/sandbox.py; ``sandbox=False`` or
EXPETL_PARSE_SANDBOX=0 parses in process)."""
from __future__ import annotations

import contextlib
import sys
import threading
import uuid
from collections import deque
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from datetime import datetime, timezone
from typing import Callable, Iterable

from .core import steps
from .core.records import DUPLICATE, LOADED, QUARANTINED, Incoming, Parsed, ParsedBatch, RunResult
from .core.sandbox import Sandbox, pipeline_sandbox
from .stage import Stage
from .warehouse import Warehouse

# batches parsed or waiting to load while the next one is read
IN_FLIGHT = 2

# The GIL's switch interval while a run is on.  This thread reads the
# sources in Python (about 0.2 ms a message, holding the GIL); a parse thread
# whose worker has just answered waits for the GIL up to the interval (5 ms
# by default) before it can hand that worker its next document, so after
# each batch is submitted, while the next is read, the workers starved and
# a CPU idled.  10,000 receipts on 2 CPUs: 2.5-3.0 CPU-seconds idle at 5 ms,
# 0.7-1.0 at 0.2 ms, 1.3-1.5 at 1 ms.
SWITCH_INTERVAL = 0.0002
_switch = {"lock": threading.Lock(), "runs": 0, "saved": 0.0}


@contextlib.contextmanager
def short_switch_interval(interval: float = SWITCH_INTERVAL):
    """The interpreter's switch interval at most ``interval`` while any run
    is on (runs in threads of one process share it), then as it was."""
    s = _switch
    with s["lock"]:
        if s["runs"] == 0:
            s["saved"] = sys.getswitchinterval()
            sys.setswitchinterval(min(interval, s["saved"]))
        s["runs"] += 1
    try:
        yield
    finally:
        with s["lock"]:
            s["runs"] -= 1
            if s["runs"] == 0:
                sys.setswitchinterval(s["saved"])


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("run-%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]


class Runner:
    """Runs sources through one stage into one warehouse."""

    def __init__(self, stage: Stage, warehouse: Warehouse, *, run_id: str | None = None,
                 workers: int | None = None, batch_size: int = 500, iam_role: str | None = None,
                 region: str | None = None, progress: Callable[[int], None] | None = None,
                 sandbox: Sandbox | bool | None = None):
        steps.check_stage(stage, warehouse)  # before anything is read
        self.stage, self.wh = stage, warehouse
        self.run_id = run_id or new_run_id()
        self.workers = workers or steps.default_workers()
        self.batch_size = batch_size
        self.iam_role, self.region = iam_role, region
        self.progress = progress or (lambda n: None)  # files read so far
        self.result = RunResult(self.run_id)
        self._lock = threading.Lock()
        self._batches = 0
        self._sandbox_opt = sandbox  # a Sandbox, False (in process), None (the environment's choice)
        self._sandbox: Sandbox | None = None
        self._seen: set[str] = set()  # see run()

    def run(self, items: Iterable[Incoming]) -> RunResult:
        loader = self.wh.clone() if not self.wh.dry_run else self.wh
        # this run's files not loaded yet; once a batch is in, the warehouse
        # knows its files (a dry run loads nothing: it keeps them all)
        self._seen = seen = set()
        read = 0
        try:
            # the sandbox's zygote starts now, while the first batch is read
            with short_switch_interval(), \
                    pipeline_sandbox(self._sandbox_opt, self.workers) as self._sandbox, \
                    ThreadPoolExecutor(self.workers, thread_name_prefix="expetl-parse") as parse, \
                    ThreadPoolExecutor(1, thread_name_prefix="expetl-batch") as gather, \
                    ThreadPoolExecutor(1, thread_name_prefix="expetl-load") as load:
                flight: deque[tuple[Future, list[str]]] = deque()  # per batch: gathered, then loaded; its files
                batch: list[Incoming] = []

                def settle() -> None:
                    done, shas = flight.popleft()
                    done.result()  # a failure stops the run here
                    if not self.wh.dry_run:
                        seen.difference_update(shas)

                def submit(b: list[Incoming]) -> None:
                    while len(flight) >= IN_FLIGHT:
                        settle()  # bounded memory
                    parts = self._submit(parse, b)
                    flight.append((gather.submit(self._gather_then_load, load, loader, parts), [i.sha256 for i in b]))

                try:
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
                            submit(batch)
                            batch = []
                    if batch:
                        submit(batch)
                    while flight:
                        settle()
                except BaseException:
                    parse.shutdown(cancel_futures=True)  # what is queued is not started
                    raise
        finally:
            if loader is not self.wh:
                loader.close()
        commit = getattr(items, "commit", None)
        if commit and not self.wh.dry_run:  # every load committed: a source may now move its watermark
            commit()
        return self.result

    def _submit(self, pool: ThreadPoolExecutor, batch: list[Incoming]) -> list[Future[Parsed]]:
        """Skip what the warehouse has; stage raw and parse the rest in the pool."""
        known = self.wh.known(i.sha256 for i in batch)
        fresh = [i for i in batch if i.sha256 not in known]
        with self._lock:
            self.result.duplicate += len(batch) - len(fresh)
            self.result.new += len(fresh)
        now = steps.now_utc()

        def one(item: Incoming) -> Parsed:
            staged = steps.stage_raw(self.stage, item, now)
            return steps.parse(self.stage, staged, now, item.data, self._sandbox)

        return [pool.submit(one, i) for i in fresh]

    def _gather_then_load(self, load: ThreadPoolExecutor, wh: Warehouse, parts: list[Future[Parsed]]) -> None:
        """The batch's results in order, then its load (waited for: one
        batch in flight is one gathered and loaded)."""
        if not parts:
            return
        # one wake-up for the batch, not one per file finished in order
        wait(parts, return_when=FIRST_EXCEPTION)
        parsed = ParsedBatch()
        for f in parts:
            parsed.add(f.result())
        self._batches += 1
        load.submit(self._load, wh, parsed, self._batches).result()

    def _load(self, wh: Warehouse, parsed: ParsedBatch, batch_no: int) -> None:
        out = steps.load(self.stage, wh, self.run_id, parsed, batch_no, self.iam_role, self.region)
        res = self.result
        with self._lock:
            res.loaded += sum(1 for f in parsed.files if f.status == LOADED)
            res.quarantined += sum(1 for f in parsed.files if f.status == QUARANTINED)
            dups = out.get("duplicates", 0)  # the same fiscal document in other bytes: read as new, found a repeat
            res.new -= dups
            res.duplicate += dups
            for table, n in out["inserted"].items():
                res.counts[table] = res.counts.get(table, 0) + n
            res.quarantine.extend(q for q in parsed.quarantine if q.reason != DUPLICATE)
            res.duplicates.extend(q for q in parsed.quarantine if q.reason == DUPLICATE)
