"""Two (or more) first runs at once both create the schema: the DDL
transaction races on the catalog (SQLSTATE 23505, 42P07, 42P06) and the
loser retries once the winner committed.  Against a real PostgreSQL."""
import threading
import uuid

from expetl.core import kinds
from expetl.core.schema import LEDGER_TABLES, SHARED_TABLES, VIEWS
from expetl.warehouse import Warehouse


def race(dsn: str, schema: str, n: int) -> list:
    gate = threading.Barrier(n)
    errors: list = []

    def first_run():
        try:
            gate.wait()
            Warehouse(dsn, schema=schema).close()
        except Exception as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)

    ts = [threading.Thread(target=first_run) for _ in range(n)]
    [t.start() for t in ts]
    [t.join() for t in ts]
    return errors


def test_concurrent_first_runs_all_succeed(pg):
    for _ in range(5):  # the race is timing: several rounds
        schema = "race_" + uuid.uuid4().hex[:10]
        assert race(pg.dsn, schema, 2) == []
        assert race(pg.dsn, schema, 4) == []  # the schema there: replacing the view concurrently
        with Warehouse(pg.dsn, schema=schema, create=False) as wh:
            assert wh.weekly_expenses() == (wh.weekly_expenses()[0], [])
            tables = wh.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1",
                              [schema])[1]
            want = [t.name for t in SHARED_TABLES + LEDGER_TABLES] + list(kinds.target_tables()) + \
                [v.name for v in VIEWS] + ["expetl_schema"]
            assert sorted(t for (t,) in tables) == sorted(want)  # each table and view once
