"""The warehouse: PostgreSQL or Redshift (or any registered dialect)."""
from __future__ import annotations

import datetime as _dt
import hashlib
from decimal import Decimal
from typing import Any, Iterable, Sequence

from .core import dialects, kinds, schema as _schema
from .core.records import FAILED, STAGED, FileRecord, KindLoad, ParsedBatch, QuarantineEntry, Staged, load_counts

# the fingerprint of the DDL a schema was made with (Warehouse.ensure_schema)
_SCHEMA_TAG_TABLE = "expetl_schema"


def schema_statements(dialect: str = "postgres", schema: str = "expenses") -> list[str]:
    """The DDL statements: every registered kind's tables, the shared ones, the views."""
    d = dialects.get(dialect)
    return d.ddl(schema, kinds.owned_tables() + _schema.SHARED_TABLES + _schema.LEDGER_TABLES, _schema.VIEWS)


def schema_sql(dialect: str = "postgres", schema: str = "expenses") -> str:
    """The DDL ``expetl schema`` prints and the loader runs."""
    return dialects.get(dialect).script(schema_statements(dialect, schema))


def _parse_ts(s: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(s.replace(" ", "T"))


# text as the server sends it → Python values, by the column's type
_CONVERT = {
    "int": int, "float": float, "numeric": Decimal, "bool": lambda s: s in ("t", "true"),
    "date": _dt.date.fromisoformat, "timestamp": _parse_ts, "timestamptz": _parse_ts,
}


def _marks(n: int, first: int = 1) -> str:
    """``$first, ..., $(first + n - 1)``: bound parameters for an IN list."""
    return ", ".join(f"${first + i}" for i in range(n))


def typed_rows(types: Sequence[str], rows: Iterable[Sequence[str | None]]) -> list[tuple]:
    conv = [_CONVERT.get(t) for t in types]
    return [tuple(c(v) if c is not None and v is not None else v for c, v in zip(conv, r)) for r in rows]


def _once(chunks: Sequence[bytes] | None) -> Sequence[bytes] | None:
    """Each processed file of a list once: the same bytes twice in one batch
    (a replayed list) are loaded once, as a receipt's numbered item lines go
    in as they are and would repeat their keys.  Only equal bytes are one
    file: two CSVs of one PDF processed under other keys still repeat its
    lines, and the load refuses them.  Any other sequence is passed on as
    it is, read lazily (one file at a time as the COPY streams); an element
    that is not bytes is left for the loader to refuse."""
    if not isinstance(chunks, (list, tuple)):
        return chunks
    seen: set[bytes] = set()
    out = []
    for c in chunks:
        try:
            digest = hashlib.sha256(c).digest()  # no copy of a memoryview or bytearray
        except (TypeError, BufferError):  # not bytes, or a view hashlib cannot read in place
            out.append(c)
            continue
        if digest not in seen:
            seen.add(digest)
            out.append(c)
    return out


class Warehouse:
    """``Warehouse("postgresql://user@host/db?sslmode=require", dialect="postgres")``.

    The loader creates the schema on first use, loads batches in one
    transaction each and answers which files are already in.  Errors raise
    ``WarehouseError`` with ``.sqlstate``; messages never carry the DSN.
    ``server_version`` (PostgreSQL's number: 110000 for 11) writes SQL for at
    most that version: a receipt's item lines are COPYed straight into their
    table from 12 on (``COPY ... WHERE``), through a staging table below."""

    def __init__(self, dsn: str | None, dialect: str = "postgres", schema: str = "expenses",
                 dry_run: bool = False, create: bool = True, server_version: int | None = None):
        self._d = dialects.get(dialect)
        self.schema, self.dry_run = dialects.check_schema_name(schema), dry_run
        # below the server's own version: for a server that speaks PostgreSQL's
        # protocol with less than its version says, or an older server's dry run
        opts = {} if server_version is None else {"server_version": server_version}
        self._w = self._d.connect(dsn, schema, dry_run, **opts)
        if create:
            self.ensure_schema()

    dialect = property(lambda self: self._d.name)
    dialect_obj = property(lambda self: self._d)
    trace = property(lambda self: self._w.trace)

    def ensure_schema(self) -> None:
        """Create what is missing or changed (safe when two first runs race).

        The DDL runs only when the schema's recorded fingerprint is not this
        version's: replacing a view takes an exclusive lock on it, and a
        reader inside one view (the monitor's checks) while a task's DDL
        held another would deadlock, so the steady state never touches the
        catalog.  The fingerprint is written in the DDL's transaction."""
        stmts = schema_statements(self.dialect, self.schema)
        tag = hashlib.sha256("\n".join(stmts).encode()).hexdigest()
        if not self.dry_run and self._schema_tag() == tag:
            return
        table = f'"{self.schema}".{_SCHEMA_TAG_TABLE}'
        self._w.exec_script(stmts + [f"CREATE TABLE IF NOT EXISTS {table} (ddl_sha256 char(64))",
                                     f"DELETE FROM {table}",
                                     f"INSERT INTO {table} VALUES ('{tag}')"])  # our own hex digest

    def _schema_tag(self) -> str | None:
        """The fingerprint of the DDL the schema was made with, or None
        (no schema yet, or made before fingerprints)."""
        try:
            rows = self.query(f'SELECT ddl_sha256 FROM "{self.schema}".{_SCHEMA_TAG_TABLE}')[1]
        except Exception:  # noqa: BLE001 - no table, no schema, any dialect: make it (a broken connection fails there)
            return None
        return rows[0][0] if len(rows) == 1 else None

    def exec_script(self, statements: Sequence[str]) -> None:
        """Statements in one transaction."""
        self._w.exec_script(list(statements))

    def known(self, sha256s: Iterable[str]) -> set[str]:
        """Which of these files are already loaded or quarantined."""
        return self._w.known(list(sha256s))

    def load_batch(self, run_id: str, batch: ParsedBatch, loads: Sequence[KindLoad] = (),
                   iam_role: str | None = None, region: str | None = None) -> dict[str, Any]:
        """One transaction: each kind's processed files into its targets,
        every file registered, the quarantine recorded."""
        return self._w.load(run_id, batch.files, batch.quarantine, list(loads), kinds.target_tables()
                            + tuple(t.name for t in _schema.SHARED_TABLES), iam_role, region)

    def register_staged(self, run_id: str, staged: Sequence[Staged]) -> None:
        """Register files this run staged and has not loaded (status
        ``staged``; its load replaces each row with the file's fate).  A
        file whose row is final (loaded, quarantined, duplicate: another run
        got there first) is left as it is; one another run left ``staged``
        or ``failed`` is taken over.  Each statement is atomic on
        its own: a row that turns final in between is never overwritten."""
        if self.dry_run or not staged:
            return
        t = f'"{self.schema}".{_schema.INGESTED_FILES.name}'
        ty = {c.name: c.type for c in _schema.INGESTED_FILES.columns}
        now = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
        for at in range(0, len(staged), 100):
            part = staged[at:at + 100]
            self.query(f"DELETE FROM {t} WHERE status IN ('{STAGED}', '{FAILED}') "
                       f"AND sha256 IN ({_marks(len(part))})", [s.sha256 for s in part])
            # one SELECT of bound values per file (VALUES lists are not Redshift's)
            rows = " UNION ALL ".join("SELECT " + ", ".join(f"CAST(${3 * i + 3 + k} AS {ty[c]}) AS {c}"
                                                            for k, c in enumerate(("sha256", "source", "object_key")))
                                      for i in range(len(part)))
            self.query(f"INSERT INTO {t} (sha256, source, object_key, row_count, status, run_id, ingested_at) "
                       f"SELECT v.sha256, v.source, v.object_key, 0, '{STAGED}', CAST($1 AS {ty['run_id']}), "
                       f"CAST($2 AS {ty['ingested_at']}) FROM ({rows}) v "
                       f"WHERE NOT EXISTS (SELECT 1 FROM {t} f WHERE f.sha256 = v.sha256)",
                       [run_id, now] + [x for s in part for x in (s.sha256, s.source, s.key)])

    def _select_in(self, select: str, values: Iterable[str]) -> list[tuple]:
        """The rows of ``select`` (ending ``... IN``) over the distinct
        values, 500 bound parameters a statement."""
        vals, out = sorted(set(values)), []
        for at in range(0, len(vals), 500):
            part = vals[at:at + 500]
            out += self.query(f"{select} ({_marks(len(part))})", part)[1]
        return out

    def registrations(self, sha256s: Iterable[str]) -> dict[str, tuple[str | None, str]]:
        """sha256 → (run id, status) of the files ``ingested_files`` has."""
        return {r[0]: (r[1], r[2]) for r in self._select_in(
            f'SELECT sha256, run_id, status FROM "{self.schema}".{_schema.INGESTED_FILES.name} WHERE sha256 IN',
            sha256s)}

    def staged_by(self, run_id: str) -> list[tuple[str, str]]:
        """(sha256, raw key) of the files this run registered as staged and
        has not loaded."""
        return [(r[0], r[1]) for r in self.query(
            f'SELECT sha256, object_key FROM "{self.schema}".{_schema.INGESTED_FILES.name} '
            f"WHERE run_id = $1 AND status = '{STAGED}' ORDER BY sha256", (run_id,))[1]]

    def load(self, run_id: str, files: Sequence[tuple] = (), quarantine: Sequence[tuple] = (),
             receipts: Sequence[bytes] | None = None, movements: Sequence[bytes] | None = None,
             receipts_manifest: str | None = None, movements_manifest: str | None = None,
             iam_role: str | None = None, region: str | None = None) -> dict[str, int]:
        """The notebook form of a load: ``files`` as (sha256, source,
        object_key, status, rows) and ``quarantine`` as (sha256, source,
        object_key, line, reason, detail) tuples; ``receipts``/``movements``
        processed CSV files (PostgreSQL), or ``receipts_manifest``/
        ``movements_manifest`` (Redshift COPY from S3)."""
        batch = ParsedBatch([f if isinstance(f, FileRecord) else FileRecord(*f) for f in files],
                            [q if isinstance(q, QuarantineEntry) else QuarantineEntry(*q) for q in quarantine])
        loads = []
        for kind, chunks, manifest in ((kinds.RECEIPT, receipts, receipts_manifest),
                                       (kinds.REPORT, movements, movements_manifest)):
            if chunks is not None or manifest is not None:
                loads.append(kinds.get(kind).load(_once(chunks), manifest))
        return load_counts(self.load_batch(run_id, batch, loads, iam_role, region))

    def known_identities(self, table: str, column: str, key: str, ids: Iterable[str]) -> dict[str, str]:
        """identity → key of the rows of ``table`` that carry these identities
        (receipts: fiscal_key → sha256)."""
        for name in (table, column, key):
            dialects.check_schema_name(name)  # plain identifiers only
        return {r[0]: r[1] for r in self._select_in(
            f'SELECT {column}, {key} FROM "{self.schema}".{table} WHERE {column} IN', ids)}

    def mark_failed(self, run_id: str) -> int:
        """The files this run registered as staged and never loaded are
        marked failed (a later run takes them again); how many."""
        return self._w.mark_failed(run_id)

    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[tuple[str, ...], list[tuple]]:
        """(column names, rows) with every value as the server's text (None for NULL)."""
        names, _types, rows = self._w.query(sql, tuple(params))
        return names, rows

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> tuple[tuple[str, ...], list[tuple]]:
        """(column names, rows) with typed values: int, Decimal, date,
        datetime, bool, str."""
        names, types, rows = self._w.query(sql, tuple(params))
        return names, typed_rows(types, rows)

    def weekly_expenses(self) -> tuple[tuple[str, ...], list[tuple]]:
        """The weekly view, typed: spending and its parts, income, own
        transfers and transfers out per week and currency."""
        return self.fetch(f'SELECT * FROM "{self.schema}".weekly_expenses ORDER BY week_start, currency')

    def ingested_keys(self, source: str) -> set[str]:
        """Stage keys of this source's files already loaded or quarantined
        (Mercado Pago's catch-up skips those reports before downloading)."""
        return {k for (k,) in self.query(
            f'SELECT object_key FROM "{self.schema}".ingested_files '
            "WHERE source = $1 AND status IN ('loaded', 'quarantined')", (source,))[1]}

    def clone(self) -> "Warehouse":
        """A second connection with the same settings (the runner loads one
        batch on it while the next batch is checked on this one)."""
        w = object.__new__(Warehouse)
        w._d, w.schema, w.dry_run, w._w = self._d, self.schema, self.dry_run, self._w.clone()
        return w

    def close(self) -> None:
        self._w.close()

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
