"""The warehouse: PostgreSQL or Redshift through libpq (csrc/warehouse.c)."""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from . import _native

DIALECTS = ("postgres", "redshift")


def schema_sql(dialect: str = "postgres", schema: str = "expenses") -> str:
    """The DDL ``expetl schema`` prints and the loader runs."""
    return _native.schema_sql(dialect, schema)


class Warehouse:
    """``Warehouse("postgresql://user@host/db?sslmode=require", dialect="postgres")``.

    The loader creates the schema on first use, loads batches in one
    transaction each and answers which files are already in.  Errors raise
    ``WarehouseError`` with ``.sqlstate``; messages never carry the DSN."""

    def __init__(self, dsn: str | None, dialect: str = "postgres", schema: str = "expenses",
                 dry_run: bool = False, create: bool = True):
        if dialect not in DIALECTS:
            raise ValueError(f"dialect must be one of {DIALECTS}")
        self.schema, self.dry_run = schema, dry_run
        self._w = _native.Warehouse(dsn, dialect, schema, dry_run)
        if create:
            self._w.ensure_schema()

    dialect = property(lambda self: self._w.dialect)
    trace = property(lambda self: self._w.trace)

    def known(self, sha256s: Iterable[str]) -> set[str]:
        """Which of these files are already loaded or quarantined."""
        return self._w.known(list(sha256s))

    def load(self, run_id: str, files: Sequence[tuple] = (), quarantine: Sequence[tuple] = (),
             receipts: Sequence[bytes] | None = None, movements: Sequence[bytes] | None = None,
             **redshift: Any) -> dict[str, int]:
        """One transaction.  ``files``: (sha256, source, object_key, status, rows);
        ``quarantine``: (sha256, source, object_key, line, reason, detail);
        ``receipts``/``movements``: processed CSV files (PostgreSQL), or
        ``receipts_manifest``/``movements_manifest``/``iam_role``/``region``
        (Redshift COPY from S3)."""
        return self._w.load(run_id, list(files), list(quarantine), receipts, movements, **redshift)

    def mark_failed(self, run_id: str) -> int:
        return self._w.mark_failed(run_id)

    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[tuple[str, ...], list[tuple]]:
        return self._w.query(sql, tuple(params))

    def weekly_expenses(self) -> tuple[tuple[str, ...], list[tuple]]:
        return self.query(f'SELECT * FROM "{self.schema}".weekly_expenses '
                          "ORDER BY week_start, source, merchant, category")

    def ingested_keys(self, source: str) -> set[str]:
        """Stage keys of this source's files already loaded or quarantined
        (Mercado Pago's catch-up skips those reports before downloading)."""
        return {k for (k,) in self.query(
            f'SELECT object_key FROM "{self.schema}".ingested_files '
            "WHERE source = $1 AND status IN ('loaded', 'quarantined')", (source,))[1]}

    def week_total(self, on: str) -> tuple[str, list[tuple[str, str]]] | None:
        """The latest week of ``weekly_expenses`` starting on or before the
        date ``on`` (YYYY-MM-DD): its start and total per currency."""
        cols, rows = self.query(
            f'WITH w AS (SELECT max(week_start) AS s FROM "{self.schema}".weekly_expenses '
            "WHERE week_start <= CAST($1 AS date)) "
            f'SELECT CAST(e.week_start AS varchar), e.currency, CAST(sum(e.amount) AS varchar) '
            f'FROM "{self.schema}".weekly_expenses e JOIN w ON e.week_start = w.s '
            "GROUP BY 1, 2 ORDER BY 2", (on,))
        return (rows[0][0], [(r[1], r[2]) for r in rows]) if rows else None

    def clone(self) -> "Warehouse":
        """A second connection with the same settings (the runner loads one
        batch on it while the next batch is checked on this one)."""
        w = object.__new__(Warehouse)
        w.schema, w.dry_run, w._w = self.schema, self.dry_run, self._w.clone()
        return w

    def close(self) -> None:
        self._w.close()

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
