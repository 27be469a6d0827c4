"""The GIL is released during I/O: two threads waiting on slow answers
overlap.  With the GIL held for the wait they would take turns, and the
elapsed time would be the sum instead of the longest."""
import threading
import time

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
