"""The records the pipeline steps hand each other.

Typed and small: bytes travel only inside one process (``Incoming.data``,
``Parsed.csv``); what crosses a task boundary (Airflow XCom) is keys and
counts, through ``to_dict``/``from_dict``.  The warehouse binding reads
``FileRecord``, ``QuarantineEntry``, ``KindLoad`` and ``Target`` by
attribute, so no positional tuple crosses into C."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any, Sequence

LOADED, QUARANTINED, DUPLICATE = "loaded", "quarantined", "duplicate"
# a file staged by a run that has not loaded it yet, and one whose run failed
STAGED, FAILED = "staged", "failed"


def _from(cls, d: dict[str, Any]):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in d.items() if k in names})


@dataclass(frozen=True, slots=True)
class Incoming:
    """One file as a source delivers it (a PDF attachment, a report CSV)."""

    kind: str                       # a document kind's name (kinds.py)
    source: str                     # gmail, mbox, dir, mercadopago
    name: str                       # file name as received
    data: bytes = field(repr=False)
    sha256: str
    received: datetime | None = None  # when it arrived (mail date, report creation)


@dataclass(frozen=True, slots=True)
class Staged:
    """A raw file in the stage: what the extract step hands to parse."""

    sha256: str
    kind: str
    source: str
    name: str
    key: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Staged":
        return _from(cls, d)


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    """Why one file (or one report line) was not loaded."""

    sha256: str
    source: str
    object_key: str | None
    line: int | None
    reason: str
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "QuarantineEntry":
        return _from(cls, d)


@dataclass(frozen=True, slots=True)
class FileRecord:
    """One row of ``ingested_files``: the file, its raw key and its fate."""

    sha256: str
    source: str
    object_key: str | None
    status: str  # loaded / quarantined / duplicate (final); staged / failed
    rows: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "FileRecord":
        return _from(cls, d)


@dataclass(slots=True)
class Parsed:
    """One staged file after parsing: processed (its CSV staged at
    ``processed_key``) or quarantined."""

    staged: Staged
    status: str
    rows: int = 0
    processed_key: str | None = None
    csv: bytes | None = field(default=None, repr=False)  # in-process only
    quarantine: tuple[QuarantineEntry, ...] = ()
    identity: str | None = None  # the document's identity beyond its bytes (kinds.py)

    @property
    def file(self) -> FileRecord:
        s = self.staged
        return FileRecord(s.sha256, s.source, s.key, self.status, self.rows)


@dataclass(slots=True)
class ParsedBatch:
    """What the parse step hands to load: every file's record, the
    quarantine entries and, per kind, the processed keys (and, in one
    process, their CSV bytes so the load need not read them back)."""

    files: list[FileRecord] = field(default_factory=list)
    quarantine: list[QuarantineEntry] = field(default_factory=list)
    processed: dict[str, list[str]] = field(default_factory=dict)
    csv: dict[str, list[bytes]] = field(default_factory=dict)
    identities: dict[str, str] = field(default_factory=dict)  # sha256 → identity, for processed files
    dropped: list[str] = field(default_factory=list)  # processed keys of duplicates, taken out of the load

    def add(self, p: Parsed) -> None:
        self.files.append(p.file)
        self.quarantine.extend(p.quarantine)
        if p.processed_key:
            self.processed.setdefault(p.staged.kind, []).append(p.processed_key)
            if p.csv is not None:
                self.csv.setdefault(p.staged.kind, []).append(p.csv)
            if p.identity:
                self.identities[p.staged.sha256] = p.identity

    def drop_processed(self, kind: str, sha256: str) -> None:
        """Take a file's processed rows out of the load (a duplicate)."""
        keys = self.processed.get(kind, [])
        at = [i for i, k in enumerate(keys) if k.rsplit("/", 1)[-1] == f"{sha256}.csv"]
        for i in reversed(at):
            self.dropped.append(keys[i])
            del keys[i]
            if kind in self.csv and len(self.csv[kind]) > i:
                del self.csv[kind][i]

    def to_dict(self) -> dict[str, Any]:
        """Keys and counts only (the CSV bytes stay in the stage)."""
        return {"files": [f.to_dict() for f in self.files],
                "quarantine": [q.to_dict() for q in self.quarantine],
                "processed": {k: list(v) for k, v in self.processed.items()},
                "identities": dict(self.identities)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ParsedBatch":
        return cls([FileRecord.from_dict(f) for f in d.get("files", [])],
                   [QuarantineEntry.from_dict(q) for q in d.get("quarantine", [])],
                   {k: list(v) for k, v in d.get("processed", {}).items()}, {},
                   dict(d.get("identities", {})))


@dataclass(frozen=True, slots=True)
class Target:
    """A warehouse table a kind's processed rows go to: the named staging
    columns, merged by ``key`` (rows with the same key are replaced), from
    the rows that pass ``where`` (SQL written in code, never from input,
    naming only the target's own columns, key, unique and latest ones:
    PostgreSQL stages each target with just those);
    ``meta`` adds run_id and loaded_at.  ``unique``: the columns that name a
    row of the table (its primary key; the kind fills it in): the batch's
    rows that repeat them are loaded once (empty: rows equal in every
    column are); of rows that repeat them with other values (one movement
    in two overlapping reports), the one with the greatest ``latest``
    column, as a later load would replace an earlier one.  ``numbered``:
    the kind numbers every row of a file within its key (the primary key
    names each one) and a batch holds a file once, so where the warehouse
    enforces primary keys (PostgreSQL) the rows go in as they are, COPYed
    straight into the table, without DISTINCT or a staging table, a repeat
    an error rather than a row dropped (Redshift keeps its DISTINCT).  A
    numbered target's ``where`` names only its own columns: COPY's WHERE
    would read any other column of the table as its default."""

    table: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    where: str | None = None
    meta: bool = False
    unique: tuple[str, ...] = ()
    latest: str | None = None
    numbered: bool = False


@dataclass(frozen=True, slots=True)
class KindLoad:
    """One kind's part of a load: its processed files' columns, where they
    go, and where the loader reads them (``chunks``: the CSV files as a
    sequence of bytes, for COPY FROM STDIN; ``manifest``: an s3:// manifest
    URL, for Redshift's COPY)."""

    stage: str
    columns: tuple[tuple[str, str], ...]
    targets: tuple[Target, ...]
    chunks: Sequence[bytes] | None = None
    manifest: str | None = None


@dataclass
class RunResult:
    run_id: str
    new: int = 0
    duplicate: int = 0
    quarantined: int = 0
    loaded: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # rows inserted per table
    quarantine: list[QuarantineEntry] = field(default_factory=list)
    duplicates: list[QuarantineEntry] = field(default_factory=list)  # what each repeats, in detail

    @property
    def receipts(self) -> int:
        return self.counts.get("receipts", 0)

    @property
    def items(self) -> int:
        return self.counts.get("receipt_items", 0)

    @property
    def movements(self) -> int:
        return self.counts.get("mp_movements", 0)

    def summary(self) -> str:
        return (f"{self.new} new, {self.duplicate} duplicate, {self.quarantined} quarantined, "
                f"{self.loaded} loaded ({self.receipts} receipts, {self.items} items, "
                f"{self.movements} movements)")


def load_counts(out: dict[str, Any]) -> dict[str, int]:
    """A load's result (``Warehouse.load_batch``) in the words people read:
    the rows of the first two kinds' tables, files, quarantine entries and
    attempts (the notebook API's load and the load task's XCom)."""
    ins = out["inserted"]
    return {"receipts": ins.get("receipts", 0), "items": ins.get("receipt_items", 0),
            "movements": ins.get("mp_movements", 0), "files": out["files"],
            "quarantined": out["quarantined"], "attempts": out["attempts"]}
