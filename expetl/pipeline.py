"""The pipeline as separate steps that hand each other small records, for
orchestrators (the Airflow operators) where each step is its own task:

    stage_incoming  → records of the raw files staged (new ones only)
    parse_staged    → files, quarantine entries and processed keys
    load_parsed     → one warehouse transaction, reading the processed stage

Bytes stay in the stage; what passes between steps is keys and counts.  The
local runner (runner.py) does the same work in one process, pipelined."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any, Iterable

from .runner import RECEIPT, Incoming, content_type, process_one, raw_key
from .stage import Stage
from .warehouse import Warehouse


def stage_incoming(stage: Stage, wh: Warehouse, items: Iterable[Incoming]) -> list[dict[str, Any]]:
    """Stage every file not seen yet (in this call or in the warehouse)."""
    now = datetime.now(timezone.utc)
    seen: dict[str, Incoming] = {}
    for it in items:
        seen.setdefault(it.sha256, it)
    known = wh.known(seen) if seen else set()
    out = []
    for sha, it in seen.items():
        if sha in known:
            continue
        key = raw_key(it, now)
        stage.put(key, it.data, content_type(it.kind))
        out.append({"sha256": sha, "kind": it.kind, "source": it.source, "name": it.name, "key": key})
    return out


def parse_staged(stage: Stage, records: list[dict[str, Any]], workers: int = 4) -> dict[str, Any]:
    now = datetime.now(timezone.utc)

    def one(r: dict[str, Any]):
        item = Incoming(r["kind"], r["source"], r["name"], stage.get(r["key"]), r["sha256"])
        return process_one(stage, item, r["key"], now)

    with ThreadPoolExecutor(workers) as pool:
        outs = list(pool.map(one, records))
    files, quarantine, processed = [], [], []
    for r, (status, rows, pkey, _csv, q) in zip(records, outs):
        files.append([r["sha256"], r["source"], r["key"], status, rows])
        quarantine.extend([list(x) for x in q])
        if pkey:
            processed.append({"kind": r["kind"], "key": pkey})
    return {"files": files, "quarantine": quarantine, "processed": processed}


def load_parsed(stage: Stage, wh: Warehouse, run_id: str, parsed: dict[str, Any],
                iam_role: str | None = None, region: str | None = None) -> dict[str, int]:
    """One transaction.  PostgreSQL streams the processed files from the
    stage; Redshift COPYs them from S3 through a manifest written here."""
    files = [tuple(f) for f in parsed["files"]]
    quarantine = [tuple(q) for q in parsed["quarantine"]]
    keys = {k: [p["key"] for p in parsed["processed"] if p["kind"] == k] for k in (RECEIPT, "mp_report")}
    if wh.dialect == "redshift":
        extra: dict[str, Any] = {"iam_role": iam_role, "region": region}
        for kind, name in ((RECEIPT, "receipts"), ("mp_report", "movements")):
            if keys[kind]:
                mkey = f"processed/manifests/{run_id}/{name}.json"
                body = {"entries": [{"url": stage.url_of(k), "mandatory": True} for k in keys[kind]]}
                stage.put(mkey, json.dumps(body).encode(), "application/json")
                extra[f"{name}_manifest"] = stage.url_of(mkey)
        return wh.load(run_id, files, quarantine, **extra)

    class Lazy:
        """The processed files, fetched one at a time while the COPY streams."""

        def __init__(self, ks):
            self.ks = ks

        def __len__(self):
            return len(self.ks)

        def __getitem__(self, i):
            return stage.get(self.ks[i])

    return wh.load(run_id, files, quarantine, Lazy(keys[RECEIPT]) if keys[RECEIPT] else None,
                   Lazy(keys["mp_report"]) if keys["mp_report"] else None)


def compensate(stage: Stage, wh: Warehouse, run_id: str, records: list[dict[str, Any]],
               parsed: dict[str, Any] | None) -> int:
    """After a failed run: delete what it staged and did not load, mark its
    staged registrations failed.  The warehouse itself needs nothing: the
    load is one transaction."""
    loaded = wh.known([r["sha256"] for r in records]) if records else set()
    doomed = [r["key"] for r in records if r["sha256"] not in loaded]
    if parsed:  # processed files are named by their file's hash
        doomed += [p["key"] for p in parsed.get("processed", [])
                   if p["key"].rsplit("/", 1)[-1].removesuffix(".csv") not in loaded]
    stage.delete_many(doomed)
    wh.mark_failed(run_id)
    return len(doomed)
