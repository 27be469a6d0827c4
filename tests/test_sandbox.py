"""PDFs parsed in sandbox workers, each within a budget: the hanging PDF
(nested form XObjects drawing 10^5 glyphs at one spot, half a minute in
poppler) and the memory bomb are stopped at their budget and quarantined,
a crashed worker is replaced, and what the workers return is exactly what
the in-process parser returns."""
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

import expetl
import hostile
from conftest import FIXTURES, receipt_fixtures
from expetl import rules
from expetl.core import steps
from expetl.core.records import Staged
from expetl.core.sandbox import Budget, Sandbox, SandboxUnavailable, WorkerCrashed, worker_allocator
from expetl.core.sources import open_source
from expetl.runner import Runner
from expetl.stage import Stage

GOOD = (FIXTURES / "receipts" / "carrefour_01_hiper_palermo.pdf").read_bytes()


def staged(data: bytes, name: str = "x.pdf") -> Staged:
    sha = expetl._native.sha256(data)
    return Staged(sha, "receipt", "dir", name, f"raw/receipts/2025/03/14/{sha}.pdf")


def test_the_hanging_pdf_is_quarantined_within_its_budget(tmp_path):
    bad = hostile.hanging_pdf()
    assert len(bad) < 2100  # 2 KB
    with Sandbox(1, Budget(wall_time=2, memory=1 << 30)) as sb:
        t = time.monotonic()
        p = steps.parse(Stage(str(tmp_path)), staged(bad), steps.now_utc(), bad, sb)
        took = time.monotonic() - t
        assert p.status == "quarantined" and took < 2 + 3, took  # the budget, and a kill (a loaded machine)
        (q,) = p.quarantine
        assert q.reason == "LimitExceeded:wall_time" and "longer than 2 s" in q.detail
        assert q.sha256 in q.detail
        # the worker was killed and is replaced: the next document parses
        assert steps.parse(Stage(str(tmp_path)), staged(GOOD), steps.now_utc(), GOOD, sb).status == "loaded"
        assert sb.stats["killed_wall_time"] == 1 and sb.stats["forked"] == 2


def test_the_memory_bomb_is_stopped_at_its_memory_budget():
    with Sandbox(1, Budget(wall_time=120, memory=150 << 20)) as sb:
        t = time.monotonic()
        with pytest.raises(expetl.LimitExceeded) as e:
            sb.call("process_pdf", hostile.memory_bomb_pdf(), "dir", "k", sha256="ab" * 32)
        assert e.value.limit == "memory" and e.value.sha256 == "ab" * 32
        assert time.monotonic() - t < 60
        assert sb.stats["killed_memory"] == 1


def test_a_crashed_worker_is_replaced():
    with Sandbox(1, Budget(wall_time=60)) as sb:
        sb.call("process_pdf", GOOD, "dir", "k")
        (w,) = list(sb._idle.queue)
        threading.Timer(0.5, os.kill, (w.pid, signal.SIGSEGV)).start()  # poppler crashing, as it would
        with pytest.raises(WorkerCrashed, match="SIGSEGV|SIGABRT"):  # ASan turns a SIGSEGV into an abort
            sb.call("process_pdf", hostile.hanging_pdf(), "dir", "k")
        assert sb.call("process_pdf", GOOD, "dir", "k")[1]["total"] is not None
        assert sb.stats["crashed"] == 1


def _maps(pid: int) -> str:
    with open(f"/proc/{pid}/maps") as f:
        return f.read()


@pytest.mark.parametrize("choice", ["tcmalloc", "system"])
def test_workers_parse_with_the_chosen_malloc_and_this_process_keeps_its_own(monkeypatch, choice):
    if os.environ.get("LD_PRELOAD"):
        pytest.skip("a sanitizer's runtime owns malloc here (make test-asan): nothing is preloaded over it")
    monkeypatch.setenv("EXPETL_PARSE_ALLOCATOR", choice)
    with Sandbox(1, Budget(wall_time=60)) as sb:
        assert sb.call("process_pdf", GOOD, "dir", "k")[1]["total"] is not None
        (w,) = list(sb._idle.queue)
        in_worker = "libtcmalloc_minimal" in _maps(w.pid)
    assert in_worker == (choice == "tcmalloc")
    assert (sb.allocator is not None) == (choice == "tcmalloc")
    assert "libtcmalloc_minimal" not in _maps(os.getpid())


def test_the_workers_malloc_never_replaces_a_preloaded_one_and_a_bad_choice_is_an_error():
    assert worker_allocator({"EXPETL_PARSE_ALLOCATOR": "tcmalloc", "LD_PRELOAD": "/x/libasan.so"}) is None
    assert worker_allocator({"EXPETL_PARSE_ALLOCATOR": "system"}) is None
    assert worker_allocator({}).endswith("/libtcmalloc_minimal.so.4")  # the default, installed by make
    with pytest.raises(ValueError, match="EXPETL_PARSE_ALLOCATOR must be one of tcmalloc, system"):
        worker_allocator({"EXPETL_PARSE_ALLOCATOR": "jemalloc"})


def test_workers_return_what_the_in_process_parser_returns():
    """Every receipt fixture and bad file: the same result, or the same
    exception with the same attributes."""
    bad = sorted((FIXTURES / "bad").glob("*.pdf")) + sorted((FIXTURES / "bad").glob("*.bin"))
    with Sandbox(2) as sb:
        for path in receipt_fixtures() + bad:
            data = path.read_bytes()
            try:
                want = expetl._native.process_pdf(data, "dir", "k", rules.default())
            except expetl.ExpetlError as e:
                with pytest.raises(type(e)) as got:
                    sb.call("process_pdf", data, "dir", "k")
                assert str(got.value) == str(e) and got.value.sha256 == e.sha256
                assert getattr(got.value, "limit", None) == getattr(e, "limit", None)
                continue
            assert sb.call("process_pdf", data, "dir", "k") == want, path.name
            assert sb.call("parse_pdf", data) == expetl._native.parse_pdf(data), path.name


@pytest.mark.parametrize("size", [0, 1, 5000, 3 << 20])
def test_a_frame_crosses_the_socket_whole_whatever_its_size(size):
    """One frame (header, JSON, data) sent in one system call when the socket
    takes it, the rest after it when it does not (a 3 MiB PDF is more than
    a socket buffer): the reader gets the meta and the data exactly."""
    import random
    import socket

    from expetl.core.sandbox import _dumps, _recv, _send

    data = random.Random(size).randbytes(size)
    a, b = socket.socketpair()
    a.settimeout(30)  # a send then takes what the buffer has room for
    with a, b:
        got = []
        t = threading.Thread(target=lambda: got.append(_recv(b)))
        t.start()
        _send(a, _dumps({"fn": "process_pdf", "args": ["dir", "k" * 300]}, bytearray()), data)
        t.join(30)
        assert [(m, bytes(d)) for m, d in got] == [({"fn": "process_pdf", "args": ["dir", "k" * 300]}, data)]


def test_decimals_and_bytes_cross_the_socket_at_any_depth():
    """What a worker returns (a summary with Decimals, the CSV bytes, inside
    lists, tuples and dicts) comes back equal, tuples as lists."""
    import socket
    from decimal import Decimal

    from expetl.core.sandbox import _dumps, _recv, _send

    value = {"ok": ["sha", {"total": Decimal("-12.50"), "nested": [{"d": Decimal("1E+2")}], "n": None},
                    b"a,b\n" * 3, (b"", bytearray(b"x"))]}
    blob = bytearray()
    meta = _dumps(value, blob)
    a, b = socket.socketpair()
    with a, b:
        _send(a, meta, blob)
        got, _ = _recv(b)
    assert got == {"ok": ["sha", {"total": Decimal("-12.50"), "nested": [{"d": Decimal("1E+2")}], "n": None},
                          b"a,b\n" * 3, [b"", b"x"]]}
    assert type(got["ok"][2]) is bytes


@pytest.mark.parametrize("meta, extra", [
    (b'{"ok": {"__bytes__": [0, 99]}}', b""),          # past the blob
    (b'{"ok": {"__bytes__": [-1, 1]}}', b""),
    (b'{"ok": {"__bytes__": "ab"}}', b""),
    (b'{"ok": {"__bytes__": [0.5, 1]}}', b""),
    (b'{"ok": {"__dec__": "not a number"}}', b""),
    (b'{"ok": {"__dec__": 5}}', b""),
    (b'{"ok": 1', b""),                                 # not JSON
    (b'[' * 100000 + b']' * 100000, b""),               # nested past the recursion limit
    (b'{"ok": 1}', b"more"),                            # bytes after the frame
])
def test_a_reply_that_is_not_one_well_formed_frame_is_a_value_error(meta, extra):
    """A worker that parsed a hostile file is not trusted: whatever it
    sends that is not one well-formed frame is a ValueError (the parent
    then kills it as crashed), never another exception or a wrong value."""
    import socket

    from expetl.core.sandbox import _HDR, _MAGIC, _recv

    a, b = socket.socketpair()
    with a, b:
        a.sendall(_HDR.pack(_MAGIC, len(meta), 0) + meta + extra)
        a.shutdown(socket.SHUT_WR)
        with pytest.raises(ValueError):
            _recv(b)


def test_a_worker_whose_reply_cannot_be_read_is_killed_and_replaced():
    """A reply the parent cannot read is the worker's crash: the file gets
    WorkerCrashed, the worker is ended, the next call gets a new one.  The
    lying worker is a peer on a socket pair speaking the wire (one frame
    in, one malformed frame out)."""
    import socket

    from expetl.core import sandbox

    with Sandbox(1) as sb:
        ours, theirs = socket.socketpair()

        def lie():
            sandbox._recv(theirs)
            meta = b'{"ok": {"__bytes__": [1, 99999]}}'
            theirs.sendall(sandbox._HDR.pack(sandbox._MAGIC, len(meta), 0) + meta)

        peer = threading.Thread(target=lie)
        peer.start()
        with sb._lock:
            sb._alive += 1
        sb._idle.put(sandbox._Worker(-1, ours))
        with pytest.raises(sandbox.WorkerCrashed):
            sb.call("process_pdf", GOOD, "d", "k")
        peer.join(30)
        theirs.close()
        assert sb.call("process_pdf", GOOD, "d", "k") == expetl._native.process_pdf(GOOD, "d", "k", rules.default())
        assert sb.stats["crashed"] == 1 and sb.stats["forked"] == 1


def test_one_document_within_a_timeout():
    from expetl.core.sandbox import parse_pdf

    assert parse_pdf(GOOD, timeout=10) == expetl._native.parse_pdf(GOOD)
    with pytest.raises(expetl.LimitExceeded) as e:
        parse_pdf(hostile.hanging_pdf(), timeout=1)
    assert e.value.limit == "wall_time" and e.value.sha256 == expetl._native.sha256(hostile.hanging_pdf())


def test_threads_share_the_workers():
    with Sandbox(2) as sb:
        out = []
        ts = [threading.Thread(target=lambda: out.append(sb.call("process_pdf", GOOD, "d", "k")[0]))
              for _ in range(8)]
        [t.start() for t in ts]
        [t.join() for t in ts]
        assert len(set(out)) == 1 and len(out) == 8 and sb.stats["forked"] <= 2


def test_a_sandbox_that_cannot_run_fails_the_pipeline_not_the_file(tmp_path):
    sb = Sandbox(1)
    sb.call("process_pdf", GOOD, "d", "k")
    sb._zproc.kill()
    sb._zproc.wait()
    for w in list(sb._idle.queue):  # the workers die with their zygote
        os.kill(w.pid, signal.SIGKILL)
    with pytest.raises(SandboxUnavailable):
        steps.parse(Stage(str(tmp_path)), staged(GOOD), steps.now_utc(), GOOD, sb)
    sb.close()


def test_the_pipeline_parses_in_the_sandbox_by_default(tmp_path, warehouse, monkeypatch):
    """Runner and parse_all (the Airflow parse task) sandbox PDFs unless told
    otherwise; the budget comes from the environment."""
    monkeypatch.setenv("EXPETL_PARSE_TIMEOUT", "2")
    src = tmp_path / "in"
    src.mkdir()
    (src / "hang.pdf").write_bytes(hostile.hanging_pdf())
    (src / "ok.pdf").write_bytes(GOOD)
    t = time.monotonic()
    res = Runner(Stage(str(tmp_path / "stage")), warehouse).run(open_source(f"dir:{src}"))
    assert (res.loaded, res.quarantined) == (1, 1) and time.monotonic() - t < 20
    assert [q.reason for q in res.quarantine] == ["LimitExceeded:wall_time"]
    batch = steps.parse_all(Stage(str(tmp_path / "stage2")), [staged(hostile.hanging_pdf())],
                            datas=[hostile.hanging_pdf()])
    assert [q.reason for q in batch.quarantine] == ["LimitExceeded:wall_time"]
    # in process when asked: the same good results
    monkeypatch.setenv("EXPETL_PARSE_SANDBOX", "0")
    batch = steps.parse_all(Stage(str(tmp_path / "stage3")), [staged(GOOD)], datas=[GOOD])
    assert [f.status for f in batch.files] == ["loaded"]


def test_a_sandbox_closed_before_it_parses_anything_ends_quietly():
    """A run with no PDF (a Mercado Pago report alone) closes its sandbox
    before the zygote says it is ready: the zygote's "ready" met a closed
    socket and printed a BrokenPipeError traceback under a run that had
    gone well."""
    p = subprocess.run([sys.executable, "-c", "from expetl.core.sandbox import Sandbox; Sandbox(workers=1).close()"],
                       capture_output=True, text=True, timeout=120)
    assert (p.returncode, p.stderr) == (0, "")
