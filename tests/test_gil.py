"""The GIL is released during I/O: two threads waiting on slow answers
overlap.  With the GIL held for the wait they would take turns, and the
elapsed time would be the sum instead of the longest."""
import threading
import time

import pytest

from expetl.stage import Stage
from expetl.warehouse import Warehouse
from fakes import QuietHandler, Served

DELAY = 0.6


class Slow(Served):
    def __init__(self):
        class H(QuietHandler):
            def do_GET(self):
                time.sleep(DELAY)
                self.send(200, b"slow", ctype="application/octet-stream")

        self.serve(H)


def both(fn_a, fn_b) -> float:
    ts = [threading.Thread(target=fn_a), threading.Thread(target=fn_b)]
    t = time.monotonic()
    [x.start() for x in ts]
    [x.join() for x in ts]
    return time.monotonic() - t


def test_stage_requests_overlap():
    with Slow() as srv:
        a = Stage("s3://bucket", endpoint_url=srv.url)
        b = Stage("s3://bucket", endpoint_url=srv.url)
        elapsed = both(lambda: a.get("x"), lambda: b.get("y"))
    assert elapsed < 1.6 * DELAY, elapsed  # serialised it would be 2 * DELAY


def test_warehouse_queries_overlap(pg, schema):
    with Warehouse(pg.dsn, schema=schema) as a, Warehouse(pg.dsn, schema=schema, create=False) as b:
        elapsed = both(lambda: a.query("SELECT pg_sleep($1)", [DELAY]),
                       lambda: b.query("SELECT pg_sleep($1)", [DELAY]))
    assert elapsed < 1.6 * DELAY, elapsed


def test_one_object_serialises_its_own_calls():
    """A Stage shared by threads: calls take turns on its one connection
    (the per-object lock), and both complete correctly."""
    with Slow() as srv:
        s = Stage("s3://bucket", endpoint_url=srv.url)
        out = []
        elapsed = both(lambda: out.append(s.get("x")), lambda: out.append(s.get("y")))
    assert out == [b"slow", b"slow"] and elapsed >= 1.9 * DELAY


# ---- objects shared by threads, and calls that run Python midway ------------------

def test_a_token_read_while_another_thread_refreshes_is_one_the_server_issued():
    """token() copies the access token under the object's lock: a refresh in
    another thread frees the old one (read unlocked, the copy could be of
    freed memory: garbage, or a crash under the sanitizers' build)."""
    from expetl import _native
    from fake_gmail import FakeGmail

    with FakeGmail() as srv:
        g = _native.Gmail(srv.client_id, srv.client_secret, srv.refresh_token, token_uri=srv.url + "/token",
                          api_base=srv.url)
        done = threading.Event()

        def refresher():
            for _ in range(150):
                g.refresh()
            done.set()

        t = threading.Thread(target=refresher)
        t.start()
        seen = set()
        while not done.is_set():
            seen.add(g.token()[0])
        t.join()
        issued = set(srv.tokens)
    assert seen - {None} and seen - {None} <= issued, sorted(seen - issued - {None})[:3]


def test_rules_match_a_copy_of_the_rows_so_another_thread_may_change_them():
    """items() matches without the GIL: on a tuple of its own, not the
    caller's list, which another thread may empty meanwhile."""
    from expetl import rules

    r = rules.default()

    def rows():  # pairs and strings of their own, freed when the list lets them go
        return [("ALMACEN", f"LECHE ENTERA {i} " * 20) for i in range(20000)]

    want = r.items(rows())
    for _ in range(5):
        mine = rows()
        started = threading.Event()

        def clear():
            started.set()
            mine.clear()  # runs while items() matches without the GIL

        t = threading.Thread(target=clear)
        t.start()
        started.wait()
        got = r.items(mine)
        t.join()
        # the copy was taken before the list emptied, or the list was empty:
        # never strings read after they were freed (the sanitizers' build sees that)
        assert got in ([], want)
    assert r.items(iter(rows()[:3])) == want[:3]  # any iterable of pairs, as before


def test_a_warehouse_closed_midway_through_a_call_is_a_clear_error():
    """close() run by a parameter's __str__ (or another thread) while a query
    is under way: a WarehouseError, never the engine called on no connection."""
    import expetl
    from expetl import _native

    w = _native.Warehouse(None, "postgres", "expenses", True)

    class Closes:
        def __str__(self):
            w.close()
            return "x"

    with pytest.raises(expetl.WarehouseError, match="closed"):
        w.query("SELECT $1", [Closes()])
    with pytest.raises(RuntimeError, match="not initialised"):
        w.query("SELECT 1")


def test_an_unknown_dialect_named_by_keyword_is_named_in_the_error():
    from expetl import _native

    with pytest.raises(ValueError, match="'bogus'"):
        _native.Warehouse(None, dialect="bogus", dry_run=True)


def test_an_engine_message_cut_inside_a_character_still_raises_its_typed_error(tmp_path):
    """Messages are cut to fixed buffers, which can split a UTF-8 character:
    the exception keeps its class and attributes, the cut replaced."""
    import expetl

    s = Stage(f"file://{tmp_path}")
    key = "a" + "/".join(["é" * 100] * 3)
    for k in (key, "b" + key):  # one of the two cuts a character in half
        with pytest.raises(expetl.StageError) as e:
            s.get(k)
        assert e.value.code is not None or "é" in str(e.value)


def test_scrub_refuses_more_secrets_than_it_can_hold():
    from expetl import _native

    secrets = [f"secret{i:02d}XYZ" for i in range(17)]
    with pytest.raises(ValueError, match="at most 16"):
        _native.scrub(" ".join(secrets), secrets)
    assert "secret08XYZ" not in _native.scrub(" ".join(secrets[:16]), secrets[:16])
