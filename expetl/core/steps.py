"""The pipeline's steps, each a function over keys and small records:

    extract     sources → new files staged raw          → [Staged]
    parse       a staged file → processed CSV staged, or quarantined → Parsed
    load        a ParsedBatch → one warehouse transaction
    compensate  after a failed run: what it staged and did not load, deleted

One unit of work is one file, named by its SHA-256 from the moment it is
read: that name is its stage key, its dedupe key and its warehouse key.
The local runner (runner.py) drives these in a pipelined loop; the Airflow
operators call them one per task."""
from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

from .. import _native
from . import kinds
from .records import (DUPLICATE, LOADED, QUARANTINED, STAGED, FileRecord, Incoming, Parsed, ParsedBatch,
                      QuarantineEntry, Staged)
from .sandbox import Sandbox, SandboxUnavailable, pipeline_sandbox

log = logging.getLogger(__name__)

# Failures of the pipeline itself (the stage, the warehouse, a sandbox that
# cannot run): they fail the run.  Anything else raised while reading one
# file belongs to that file.
PIPELINE_ERRORS = (_native.StageError, _native.WarehouseError, SandboxUnavailable)


def default_workers() -> int:
    """Parse workers for the pipeline: one more than the CPUs, at most 8.
    A sandbox worker idles while its thread here stages and records the
    document it just parsed; the extra one fills those gaps (10,000
    receipts on 2 CPUs: 11.7-12.2 s with two, 11.0-11.4 s with three)."""
    return min(8, (os.cpu_count() or 1) + 1)


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


# one name-keyed file at a time looks at its key and takes it (the runner stages in threads)
_NAMED = threading.Lock()


def stage_raw(stage: Any, item: Incoming, now: datetime) -> Staged:
    kind = kinds.get(item.kind)
    key = kind.raw_key(item, now)
    if not kind.keyed_by_name:
        stage.put(key, item.data, kind.content_type)
    else:
        with _NAMED:
            if stage.exists(key) and _native.sha256(stage.get(key)) != item.sha256:
                key = kinds.beside(key, item.sha256)  # another file has that name: never over its bytes
            stage.put(key, item.data, kind.content_type)
    return Staged(item.sha256, item.kind, item.source, item.name, key)


# files read before the warehouse is asked which it has (and the new ones staged)
EXTRACT_CHUNK = 500


def extract(stage: Any, wh: Any, items: Iterable[Incoming], now: datetime | None = None,
            run_id: str | None = None) -> tuple[list[Staged], int]:
    """Stage every file not seen yet (in this call or in the warehouse), a
    chunk at a time, so a source of any size streams through (only the
    staged records are kept); returns them and how many were duplicates.
    With a run id, each chunk's files are registered ``staged`` under it
    (``Warehouse.register_staged``): a run that never loads them shows (the
    monitor's stuck check) and its teardown marks them failed."""
    now = now or now_utc()
    seen: set[str] = set()
    staged: list[Staged] = []
    chunk: list[Incoming] = []
    dup = 0

    def flush() -> None:
        nonlocal dup
        known = wh.known([i.sha256 for i in chunk])
        new = [stage_raw(stage, i, now) for i in chunk if i.sha256 not in known]
        dup += len(chunk) - len(new)
        if run_id and new:
            stage.sync()  # registered means on disk
            wh.register_staged(run_id, new)
        staged.extend(new)
        chunk.clear()

    for it in items:
        if it.sha256 in seen:
            dup += 1
            continue
        seen.add(it.sha256)
        chunk.append(it)
        if len(chunk) >= EXTRACT_CHUNK:
            flush()
    if chunk:
        flush()
    return staged, dup


def reason(e: BaseException) -> str:
    """A quarantine reason: the exception's name, and the limit it names
    (``LimitExceeded:items``, ``LimitExceeded:wall_time``, ``ReportError:cell``)."""
    limit = getattr(e, "limit", None)
    return (type(e).__name__ + (f":{limit}" if isinstance(limit, str) and limit else ""))[:64]


def parse(stage: Any, staged: Staged, now: datetime, data: bytes | None = None,
          sandbox: Sandbox | None = None) -> Parsed:
    """Parse one staged file and stage its processed CSV.  A failure that
    belongs to the file (an unreadable or hostile document, whatever the
    exception, a limit, a budget) quarantines it with a typed reason.  With
    a sandbox, a kind with a native parser is read in a worker within the
    sandbox's budget."""
    if data is None:
        data = stage.get(staged.key)
    try:
        kind = kinds.get(staged.kind)
        if sandbox is not None and kind.native:
            p = kind.finish(staged, sandbox.call(kind.native, data, staged.source, staged.key,
                                                 sha256=staged.sha256), now)
        else:
            p = kind.process(staged, data, now)
    except PIPELINE_ERRORS:
        raise
    except Exception as e:  # noqa: BLE001 - isolation: one bad file never stops the others
        return Parsed(staged, QUARANTINED, quarantine=(QuarantineEntry(
            staged.sha256, staged.source, staged.key, getattr(e, "line", None), reason(e),
            (str(e) or type(e).__name__)[:4096]),))
    if p.processed_key:
        stage.put(p.processed_key, p.csv, "text/csv")
    return p


def parse_all(stage: Any, staged: Sequence[Staged], workers: int | None = None,
              datas: Sequence[bytes] | None = None, now: datetime | None = None,
              sandbox: Sandbox | bool | None = None, keep_csv: bool = True) -> ParsedBatch:
    """Parse files in threads (the C work releases the GIL), PDFs in
    sandbox workers (``sandbox``: one to use, ``False`` for in process,
    ``None`` for a new one unless ``EXPETL_PARSE_SANDBOX=0``).  With
    ``keep_csv=False`` the processed CSVs are only staged, not kept in the
    batch (a task whose load runs elsewhere: memory flat in the files)."""
    now = now or now_utc()
    workers = workers or default_workers()
    args = list(zip(staged, datas)) if datas is not None else [(s, None) for s in staged]
    batch = ParsedBatch()
    if not args:
        return batch
    needed = any(kinds.get(s.kind).native for s, _ in args)
    with pipeline_sandbox(sandbox if needed else False, min(workers, len(args))) as sb, \
            ThreadPoolExecutor(min(workers, len(args))) as pool:
        for p in pool.map(lambda a: parse(stage, a[0], now, a[1], sb), args):
            if not keep_csv:
                p.csv = None
            batch.add(p)
    return batch


def mark_duplicates(wh: Any, batch: ParsedBatch) -> int:
    """A document whose identity (a receipt's fiscal key: CUIT, type, point
    of sale, number) is already in the warehouse, or came earlier in this
    batch, is a duplicate whatever its bytes: registered as such, with what
    it repeats, and not loaded again.  Returns how many."""
    kind_of = {k.rsplit("/", 1)[-1].removesuffix(".csv"): kind
               for kind, keys in batch.processed.items() for k in keys}
    first: dict[tuple[str, str], str] = {}
    for kind in {kind_of[s] for s in batch.identities if s in kind_of}:
        k = kinds.get(kind)
        if not k.identity_column or not k.targets:
            continue
        ids = [i for s, i in batch.identities.items() if kind_of.get(s) == kind]
        known = wh.known_identities(k.targets[0].table, k.identity_column, k.targets[0].key[0], ids)
        first.update({(kind, i): sha for i, sha in known.items()})
    n = 0
    for at, f in enumerate(batch.files):
        ident, kind = batch.identities.get(f.sha256), kind_of.get(f.sha256)
        if f.status != LOADED or not ident or not kind:
            continue
        orig = first.setdefault((kind, ident), f.sha256)
        if orig == f.sha256:
            continue
        batch.files[at] = FileRecord(f.sha256, f.source, f.object_key, DUPLICATE, 0)
        batch.drop_processed(kind, f.sha256)
        batch.quarantine.append(QuarantineEntry(f.sha256, f.source, f.object_key, None, DUPLICATE, json.dumps(
            {"identity": ident, "duplicate_of": orig})))
        n += 1
    return n


def check_stage(stage: Any, wh: Any) -> Any:
    """The warehouse's dialect, once it is known to load from this stage
    (Redshift COPYs from S3: its processed stage must be s3://)."""
    d = wh.dialect_obj
    if d.needs_s3_processed and stage.processed_scheme != "s3":
        raise ValueError(f"{d.name} loads from S3: the (processed) stage must be s3://")
    return d


def load(stage: Any, wh: Any, run_id: str, batch: ParsedBatch, batch_no: int = 1,
         iam_role: str | None = None, region: str | None = None) -> dict[str, Any]:
    """One transaction, after the stage is made durable (what the warehouse
    will reference is on disk first, whichever process staged it).  The
    dialect says how the processed files reach the loader (streamed from
    memory or the stage; a manifest for Redshift).
    Duplicates of documents already in are registered, not loaded; after
    the load the ledger's links are computed again (either side of a
    ticket ↔ Mercado Pago link may have just arrived)."""
    d = check_stage(stage, wh)
    for k, keys in batch.processed.items():  # numbered rows go in as they are: a file twice is a fault
        if len(set(keys)) != len(keys) and any(t.numbered for t in kinds.get(k).targets):
            raise ValueError(f"a batch holds a processed {k} file twice: {sorted({x for x in keys if keys.count(x) > 1})}")
    stage.sync()
    checked = batch.identities and not wh.dry_run
    # from the check to the commit: another loader's copy is seen or waits
    with d.loading(wh) if checked else contextlib.nullcontext():
        dups = mark_duplicates(wh, batch) if checked else 0
        loads = [d.kind_load(kinds.get(k), stage, run_id, batch_no, keys, batch.csv.get(k))
                 for k, keys in batch.processed.items() if keys]
        out = wh.load_batch(run_id, batch, loads, iam_role, region)
    out["duplicates"] = dups
    if batch.dropped:  # a duplicate's rows are in the stage too, where Glue would find them twice
        try:
            stage.delete_many(batch.dropped)
        except _native.StageError as e:  # the load is in: left over, said, not a failed load
            log.warning("The processed files of %d duplicates stay in the stage: %s", len(batch.dropped), e)
    if not wh.dry_run:
        from . import ledger
        out["links"] = ledger.refresh_links(wh)
    return out


def compensate(stage: Any, wh: Any, run_id: str, staged: Sequence[Staged], batch: ParsedBatch | None) -> int:
    """After a failed run: delete what it staged and did not load, and mark
    its registrations failed (a later run takes those files again); the
    load itself is one transaction and needs nothing.  What the run staged
    is what its extract handed on and what the warehouse has registered
    ``staged`` under it (an extract that failed midway handed nothing on).
    A file whose row is now another run's, or final, is left alone: a
    file's keys are the same in every run (a receipt's date and hash, a
    report's name), so its objects are that run's too."""
    keys: dict[str, list[str]] = {}
    for sha, key in [(s.sha256, s.key) for s in staged] + wh.staged_by(run_id):
        if key not in keys.setdefault(sha, []):
            keys[sha].append(key)
    if batch:  # processed files are named by their file's hash
        for k in (k for ks in batch.processed.values() for k in ks):
            keys.setdefault(k.rsplit("/", 1)[-1].removesuffix(".csv"), []).append(k)
    rows = wh.registrations(keys) if keys else {}
    doomed = [k for sha, ks in keys.items() if rows.get(sha, (run_id, STAGED)) == (run_id, STAGED) for k in ks]
    stage.delete_many(doomed)
    wh.mark_failed(run_id)
    return len(doomed)
