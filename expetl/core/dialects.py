"""Warehouse dialects as objects, behind one interface.

A dialect renders the DDL from the schema descriptions (schema.py), opens a
connection, and says how a load reads the processed files: PostgreSQL
streams them through COPY FROM STDIN, Redshift COPYs them from S3 through a
manifest written to the processed stage.  PostgreSQL and Redshift share the
libpq loader in C (csrc/warehouse.c, with its C dialect objects in
csrc/whdialect.c); another warehouse (DuckDB on a laptop, BigQuery) is one
new Dialect whose connection implements ``Connection``."""
from __future__ import annotations

import contextlib
import json
import logging
import re
from typing import Any, ContextManager, Protocol, Sequence

from .. import _native
from .records import KindLoad
from .schema import Table, View

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
log = logging.getLogger(__name__)


def check_schema_name(schema: str) -> str:
    # validated and then quoted: the quoting is what protects, the check
    # keeps names portable between the dialects
    if not isinstance(schema, str) or not _IDENT.match(schema):
        raise ValueError("schema name must be 1-63 letters, digits or '_'")
    return schema


class Connection(Protocol):
    """What the pipeline asks of a warehouse connection."""

    def exec_script(self, statements: Sequence[str]) -> None: ...
    def known(self, sha256s: Sequence[str]) -> set[str]: ...
    def load(self, run_id: str, files: Sequence[Any] = (), quarantine: Sequence[Any] = (),
             kinds: Sequence[KindLoad] = (), lock: Sequence[str] = (), iam_role: str | None = None,
             region: str | None = None) -> dict[str, Any]: ...
    def mark_failed(self, run_id: str) -> int: ...
    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[tuple[str, ...], tuple[str, ...], list[tuple]]: ...
    def clone(self) -> "Connection": ...
    def close(self) -> None: ...


class Dialect:
    """The base: SQL rendering shared by the SQL warehouses.  Subclasses set
    ``name`` and override what differs."""

    name = ""
    # Redshift COPYs from S3: the processed stage must be s3://
    needs_s3_processed = False
    # the server's port when a connection gives none (None: the driver's own)
    default_port: int | None = None

    def table_suffix(self, table: Table) -> str:
        return ""

    def create_table(self, schema: str, t: Table) -> str:
        single = len(t.primary_key) == 1
        lines = []
        for c in t.columns:
            s = f"  {c.name} {c.type}"
            if c.not_null:
                s += " NOT NULL"
            if single and c.name == t.primary_key[0]:
                s += " PRIMARY KEY"
            lines.append(s)
        if len(t.primary_key) > 1:
            lines.append(f"  PRIMARY KEY ({', '.join(t.primary_key)})")
        return (f'CREATE TABLE IF NOT EXISTS "{schema}".{t.name} (\n' + ",\n".join(lines)
                + f"\n){self.table_suffix(t)}")

    def create_view(self, schema: str, v: View) -> str:
        return f'CREATE OR REPLACE VIEW "{schema}".{v.name} AS\n' + v.sql.replace("{s}", f'"{schema}"')

    def ddl(self, schema: str, tables: Sequence[Table], views: Sequence[View] = ()) -> list[str]:
        check_schema_name(schema)
        return ([f'CREATE SCHEMA IF NOT EXISTS "{schema}"'] + [self.create_table(schema, t) for t in tables]
                + [self.create_view(schema, v) for v in views])

    def script(self, statements: Sequence[str]) -> str:
        """The DDL as one printable script (``expetl schema``)."""
        return "".join(s + ";\n" for s in statements)

    def connect(self, dsn: str | None, schema: str, dry_run: bool = False,
                server_version: int | None = None) -> Connection:
        """A connection; ``server_version`` (passed only when the caller set
        it): write SQL for at most that version of the server."""
        raise NotImplementedError

    def kind_load(self, kind: Any, stage: Any, run_id: str, batch_no: int, keys: Sequence[str],
                  csvs: Sequence[bytes] | None) -> KindLoad:
        """How this batch's processed files of one kind reach the loader."""
        raise NotImplementedError

    def loading(self, wh: Any) -> ContextManager[None]:
        """Held from the duplicate check to the load's commit (steps.load),
        so two loaders at once cannot both miss the other's copy of one
        fiscal document.  None here: a dialect says how it serialises."""
        return contextlib.nullcontext()


class _LazyStage(Sequence[bytes]):
    """Processed files fetched one at a time while the COPY streams, so
    memory stays flat whatever the batch size (once per target table: the
    loader stages each target's columns in a COPY of its own)."""

    def __init__(self, stage: Any, keys: Sequence[str]):
        self.stage, self.keys = stage, list(keys)

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i):  # type: ignore[override]
        return self.stage.get(self.keys[i])


class PostgresDialect(Dialect):
    name = "postgres"

    @contextlib.contextmanager
    def loading(self, wh):
        # a session advisory lock per schema, on the loading connection
        # itself (the load's transaction runs inside it)
        key = [f"expetl-load:{wh.schema}"]
        wh.query("SELECT pg_advisory_lock(hashtext($1))", key)
        try:
            yield
        finally:
            try:
                held = wh.query("SELECT pg_advisory_unlock(hashtext($1))", key)[1] == [("t",)]
            except _native.WarehouseError:
                held = True  # the connection is gone, and its session's lock with it
            if not held:  # the loader reconnected midway: a new session, without the lock
                log.warning("A load in schema %s ran without the loaders' lock (the connection was "
                            "re-established midway); a fiscal duplicate loaded at the same moment by "
                            "another run would not have been seen", wh.schema)

    def connect(self, dsn, schema, dry_run=False, server_version=None):
        return _native.Warehouse(dsn, self.name, check_schema_name(schema), dry_run, server_version or 0)

    def kind_load(self, kind, stage, run_id, batch_no, keys, csvs):
        # in one process the CSV bytes are at hand; across tasks, read back
        return kind.load(chunks=list(csvs) if csvs is not None and len(csvs) == len(keys)
                         else _LazyStage(stage, keys))


class RedshiftDialect(PostgresDialect):
    name = "redshift"
    needs_s3_processed = True
    default_port = 5439

    def loading(self, wh):
        # no advisory locks in Redshift: receipts reach it from one DAG,
        # one active run at a time (README, Reliability)
        return contextlib.nullcontext()

    def table_suffix(self, table: Table) -> str:
        out = f" DISTKEY({table.dist_key})" if table.dist_key else ""
        return out + (f" SORTKEY({table.sort_key})" if table.sort_key else "")

    def kind_load(self, kind, stage, run_id, batch_no, keys, csvs):
        """A manifest of the processed files, written to the processed
        stage (where the COPY role reads), one per kind and batch."""
        mkey = f"processed/manifests/{run_id}/{batch_no:04d}-{kind.stage}.json"
        body = {"entries": [{"url": stage.url_of(k), "mandatory": True} for k in keys]}
        stage.put(mkey, json.dumps(body).encode(), "application/json")  # S3: durable once put
        return kind.load(manifest=stage.url_of(mkey))


_DIALECTS: dict[str, Dialect] = {}


def register(d: Dialect) -> Dialect:
    if not d.name:
        raise ValueError("a dialect needs a name")
    _DIALECTS[d.name] = d
    return d


def unregister(name: str) -> None:
    _DIALECTS.pop(name, None)


def get(name: str) -> Dialect:
    try:
        return _DIALECTS[name]
    except KeyError:
        raise ValueError(f"dialect must be one of {', '.join(map(repr, _DIALECTS))}, not {name!r}") from None


def names() -> tuple[str, ...]:
    return tuple(_DIALECTS)


register(PostgresDialect())
register(RedshiftDialect())
