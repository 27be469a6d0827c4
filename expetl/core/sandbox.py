"""Untrusted documents parsed in worker processes, each document within a
budget of wall time and memory.

Anyone who can e-mail the user sends the pipeline PDFs, and poppler's own
text layout can be made to run for hours and take gigabytes (nested form
XObjects drawing 10^5 glyphs at one spot).  So the pipeline parses PDFs in
workers it can kill:

* a **zygote** (``python -c ...``, started once per Sandbox, single-threaded,
  with expetl's C engine imported and poppler warmed) forks the workers, so
  a new or restarted worker costs a fork (milliseconds), not an
  interpreter start, and no worker is ever forked from the threaded parent;
* each **worker** is reused for many documents; it gets a document's bytes
  and arguments over its own socket pair, runs one whitelisted C entry
  point (``process_pdf``) and sends back the result as JSON (never pickle:
  a worker that parsed a hostile file is not trusted) plus the CSV bytes;
* the **parent** enforces the budget of each document: a deadline (past it
  the worker is killed with SIGKILL) and the worker's resident memory,
  checked every ``poll`` seconds while a document takes longer than that
  (over it: SIGKILL).  ``RLIMIT_AS`` in the worker (the budget twice over,
  above its size at start) is the backstop against a faster blow-up; a
  worker that dies is reaped by the zygote and replaced on the next call.

A document over budget raises ``LimitExceeded`` with ``.limit`` =
``"wall_time"`` or ``"memory"``; a worker that crashed raises
``WorkerCrashed``; both are the file's failures (the pipeline quarantines
it and goes on).  Only a sandbox that cannot run at all
(``SandboxUnavailable``) fails the run.

Settings (``Budget.from_env``): ``EXPETL_PARSE_SANDBOX`` (``0`` parses in
process), ``EXPETL_PARSE_TIMEOUT`` (seconds per document, default 20),
``EXPETL_PARSE_MEMORY_MB`` (default 1024), ``EXPETL_PARSE_ALLOCATOR``
(``tcmalloc``, the default when Debian's libtcmalloc-minimal4 is installed,
or ``system`` for glibc's malloc)."""
from __future__ import annotations

import contextlib
import json
import os
import queue
import resource
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterator

from .. import _native, rules


def _process_pdf(data: Any, source: str, object_key: str) -> Any:
    """process_pdf with the shipped ledger rules (categories, brands)."""
    return _native.process_pdf(data, source, object_key, rules.default())


# the C entry points a worker may run, by name: each takes (data, *str args)
FUNCTIONS = {"process_pdf": _process_pdf, "parse_pdf": _native.parse_pdf}

_HDR = struct.Struct("<4sIQ")  # magic, JSON length, blob length
_MAGIC = b"XPS1"
_MAX_META = 1 << 20            # what a worker may send back: bounded,
_MAX_BLOB = 512 << 20          # it read a hostile file
# The workers' malloc.  poppler allocates and frees a small object for
# nearly every token and glyph; gperftools' thread-caching malloc parses a
# ticket in about three quarters of the CPU glibc's takes (measured in
# alternated runs).  Preloaded into the zygote only, so the workers have
# it and this process keeps its own; never over an LD_PRELOAD already set (a
# sanitizer's runtime, which must own malloc).
_ALLOCATORS = {"tcmalloc": "tcmalloc_minimal", "system": None}
_LIBDIRS = ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")


def worker_allocator(env: dict[str, str] | None = None) -> str | None:
    """The shared library the workers preload as their malloc, or None
    (glibc's): ``EXPETL_PARSE_ALLOCATOR`` (``tcmalloc`` or ``system``)."""
    env = os.environ if env is None else env
    choice = (env.get("EXPETL_PARSE_ALLOCATOR") or "tcmalloc").strip().lower()
    if choice not in _ALLOCATORS:
        raise ValueError(f"EXPETL_PARSE_ALLOCATOR must be one of {', '.join(_ALLOCATORS)}, not {choice!r}")
    lib = _ALLOCATORS[choice]
    if lib is None or env.get("LD_PRELOAD"):
        return None
    for d in _LIBDIRS:
        path = f"{d}/lib{lib}.so.4"
        if os.path.exists(path):
            return path
    return None


# Under ASan (make test-asan) a worker's shadow memory and quarantine of
# freed blocks are resident too, and are not the document's
_SANITIZER_RSS = 768 << 20


class SandboxUnavailable(_native.ExpetlError):
    """The sandbox itself cannot run (no zygote, no fork): a failure of the
    pipeline, not of a file."""


class WorkerCrashed(_native.ReceiptError):
    """The worker parsing the file died (a signal, an abort in poppler)."""


@dataclass(frozen=True)
class Budget:
    """What one document may take: ``wall_time`` seconds and ``memory``
    bytes of the worker's resident set.  ``docs_per_worker``: a worker is
    replaced after that many documents (fragmentation never builds up)."""

    wall_time: float = 20.0
    memory: int = 1024 << 20
    poll: float = 0.05
    docs_per_worker: int = 2000

    @classmethod
    def from_env(cls) -> "Budget":
        env = os.environ.get
        return cls(wall_time=float(env("EXPETL_PARSE_TIMEOUT") or cls.wall_time),
                   memory=int(float(env("EXPETL_PARSE_MEMORY_MB") or (cls.memory >> 20)) * (1 << 20)))


def enabled_from_env() -> bool:
    return (os.environ.get("EXPETL_PARSE_SANDBOX") or "1").strip().lower() not in ("0", "false", "no", "off")


# ---- the wire: a header, JSON, a blob ---------------------------------------
#
# Each call is one frame each way, sent in one system call and read in one
# when it fits the first read: every extra call is a release of the GIL and
# a wait to take it back from the threads reading and staging files, while
# the worker sits idle.

_FIRST_READ = 64 << 10  # most replies (a ticket's summary and CSV) fit


def _dumps(obj: Any, blob: bytearray) -> bytes:
    """JSON of obj; Decimals as {"__dec__": text}, bytes appended to blob
    as {"__bytes__": [offset, length]}."""
    def default(o: Any) -> Any:
        if isinstance(o, Decimal):
            return {"__dec__": str(o)}
        if isinstance(o, (bytes, bytearray, memoryview)):
            off = len(blob)
            blob.extend(o)
            return {"__bytes__": [off, len(blob) - off]}
        raise TypeError(f"{type(o).__name__} cannot cross the sandbox")
    return json.dumps(obj, separators=(",", ":"), default=default).encode()


def _loads(meta: bytes, blob: memoryview) -> Any:
    """The inverse of _dumps.  What a worker sends is not trusted: anything
    malformed is a ValueError (the worker is then treated as crashed)."""
    def hook(d: dict[str, Any]) -> Any:
        if "__dec__" in d:
            v = d["__dec__"]
            if not isinstance(v, str) or len(v) > 64:
                raise ValueError("a bad decimal")
            try:
                return Decimal(v)
            except ArithmeticError:
                raise ValueError("a bad decimal") from None
        if "__bytes__" in d:
            ref = d["__bytes__"]
            if not (isinstance(ref, list) and len(ref) == 2 and all(type(x) is int for x in ref)
                    and 0 <= ref[0] <= ref[0] + ref[1] <= len(blob)):
                raise ValueError("a blob reference out of range")
            return bytes(blob[ref[0]:ref[0] + ref[1]])
        return d
    try:
        return json.loads(meta, object_hook=hook)
    except RecursionError:
        raise ValueError("meta nested too deep") from None


def _send(sock: socket.socket, meta: bytes, data: bytes | bytearray | memoryview = b"", wait=None) -> None:
    """One frame: header, meta (JSON bytes), data.  One system call when the
    socket takes it all; the data is never copied.  A send the socket's own
    timeout cut short (the parent's: SO_SNDTIMEO of ``poll``) calls wait()
    (the budget's checks) and goes on."""
    data = memoryview(data).cast("B")  # lengths in bytes, whatever the buffer's items
    bufs = [b for b in (memoryview(_HDR.pack(_MAGIC, len(meta), len(data)) + meta), data) if len(b)]
    while bufs:
        try:
            k = sock.sendmsg(bufs)
        except (BlockingIOError, InterruptedError):
            if wait:
                wait()
            continue
        except (ConnectionResetError, BrokenPipeError) as e:
            raise EOFError from e
        while k:
            n = len(bufs[0])
            if k < n:
                bufs[0], k = bufs[0][k:], 0
            else:
                bufs.pop(0)
                k -= n


def _recv(sock: socket.socket, wait=None, limits: tuple[int, int] | None = None) -> tuple[Any, memoryview]:
    """One frame: (its meta decoded, a view of its data).  ``wait()`` is called before
    each read (the parent's deadline and memory checks; a read the socket's
    timeout cuts short comes back to it).  EOFError when the peer is gone;
    ValueError for anything that is not one well-formed frame."""
    buf = bytearray(_FIRST_READ)
    view, got, total = memoryview(buf), 0, 0
    while not total or got < total:
        if wait:
            wait()
        try:
            k = sock.recv_into(view[got:total or len(buf)])
        except (socket.timeout, BlockingIOError, InterruptedError):
            continue
        except (ConnectionResetError, BrokenPipeError) as e:
            raise EOFError from e
        if k == 0:
            raise EOFError
        got += k
        if not total and got >= _HDR.size:
            magic, ml, bl = _HDR.unpack_from(buf)
            if magic != _MAGIC or (limits and (ml > limits[0] or bl > limits[1])):
                raise ValueError("not a sandbox frame, or one over its limits")
            total = _HDR.size + ml + bl
            if got > total:  # one frame a turn: bytes past it are a peer out of step
                raise ValueError("bytes after the frame")
            if total > len(buf):
                big = bytearray(total)
                big[:got] = view[:got]
                view.release()
                buf, view = big, memoryview(big)
    meta_end = _HDR.size + ml
    data = view[meta_end:total]
    return _loads(bytes(view[_HDR.size:meta_end]), data), data


# ---- the zygote and its workers (the child side) ----------------------------

def _vm_size() -> int:
    with open("/proc/self/status") as f:
        for ln in f:
            if ln.startswith("VmSize:"):
                return int(ln.split()[1]) * 1024
    return 0


def _sanitized() -> bool:
    """ASan reserves terabytes of address space: RLIMIT_AS cannot apply."""
    with open("/proc/self/maps") as f:
        return any("libasan" in ln for ln in f)


def _die_with_parent() -> None:
    import ctypes

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _worker(fd: int, memory: int) -> None:
    _die_with_parent()  # the zygote gone, the worker goes
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core files of hostile documents
    if memory and not _sanitized():
        cap = _vm_size() + 2 * memory
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    chan = socket.socket(fileno=fd)
    funcs = FUNCTIONS
    while True:
        try:
            meta, data = _recv(chan)
        except (EOFError, OSError, ValueError):
            return
        blob = bytearray()
        try:
            reply = _dumps({"ok": funcs[meta["fn"]](data, *meta["args"])}, blob)
        except BaseException as e:  # noqa: BLE001 - the parent decides what it means
            blob = bytearray()
            attrs = {k: getattr(e, k, None) for k in ("sha256", "line", "code", "status", "limit")}
            reply = _dumps({"error": type(e).__name__, "message": str(e),
                            "attrs": {k: v for k, v in attrs.items() if isinstance(v, (str, int))}}, blob)
        del data
        _send(chan, reply, blob)


def _zygote(fd: int, memory: int) -> None:
    """Fork a worker per "fork" command (its socket passed along), kill or
    reap one on request; every child is killed when the parent goes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C
    rules.default()  # loaded once here, inherited by every worker
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET, fileno=fd)
    children: set[int] = set()
    ended: dict[int, tuple[int, int]] = {}

    def sweep() -> None:
        while children:
            try:
                pid, status, ru = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if not pid:
                return
            children.discard(pid)
            ended[pid] = (status, ru.ru_maxrss)
            while len(ended) > 256:
                ended.pop(next(iter(ended)))

    # a parent that closes before it needs a worker (a run with no PDF)
    # is gone before "ready": nothing to tell it, no traceback
    try:
        sock.send(b"ready")
        while True:
            try:
                msg, fds, _flags, _addr = socket.recv_fds(sock, 64, 1)
            except OSError:
                break
            if not msg:
                break
            sweep()
            cmd, _, arg = msg.partition(b" ")
            if cmd == b"fork" and fds:
                pid = os.fork()
                if pid == 0:
                    try:
                        sock.close()
                        _worker(fds[0], memory)
                    finally:
                        os._exit(0)
                os.close(fds[0])
                children.add(pid)
                sock.send(b"%d" % pid)
            elif cmd in (b"kill", b"reap"):
                pid = int(arg)
                if pid in children:  # never a pid that is not (or no longer) ours
                    if cmd == b"kill":
                        os.kill(pid, signal.SIGKILL)
                    _, status, ru = os.wait4(pid, 0)
                    children.discard(pid)
                    ended[pid] = (status, ru.ru_maxrss)
                status, rss = ended.pop(pid, (-1, 0))
                sock.send(b"%d %d" % (status, rss))
            else:
                for f in fds:
                    os.close(f)
                sock.send(b"?")
    except (BrokenPipeError, ConnectionResetError):
        pass
    for pid in children:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


# ---- the parent side --------------------------------------------------------

def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class _Worker:
    def __init__(self, pid: int, sock: socket.socket):
        self.pid, self.sock, self.docs = pid, sock, 0


class Sandbox:
    """``with Sandbox(workers=2) as sb: sb.call("process_pdf", data, source, key)``.

    Thread-safe: each call takes an idle worker (one is forked when fewer
    than ``workers`` are alive), so up to ``workers`` documents are parsed
    at once.  The zygote starts at construction, in the background."""

    def __init__(self, workers: int = 2, budget: Budget | None = None):
        self.budget = budget or Budget.from_env()
        self.size = max(1, workers)
        # the workers run what this process runs (LD_PRELOAD is inherited)
        self._rss_budget = self.budget.memory + (_SANITIZER_RSS if _sanitized() else 0)
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._alive = 0
        self._lock = threading.Lock()      # _alive, stats
        self._zlock = threading.Lock()     # one zygote conversation at a time
        self._closed = False
        self.stats = {"documents": 0, "killed_wall_time": 0, "killed_memory": 0, "crashed": 0, "forked": 0}
        self._start_zygote()

    # the zygote ------------------------------------------------------------
    def _start_zygote(self) -> None:
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        code = f"from expetl.core.sandbox import _zygote; _zygote({child.fileno()}, {int(self.budget.memory)})"
        env = dict(os.environ)
        self.allocator = worker_allocator(env)
        if self.allocator:
            env["LD_PRELOAD"] = self.allocator
        try:
            self._zproc = subprocess.Popen([sys.executable, "-c", code], pass_fds=(child.fileno(),),
                                           start_new_session=True, stdin=subprocess.DEVNULL, env=env)
        except OSError as e:
            parent.close()
            raise SandboxUnavailable(f"the parse sandbox could not start: {e}") from e
        finally:
            child.close()
        self._zsock, self._zready = parent, False

    def _ask(self, msg: bytes, fds: tuple[int, ...] = ()) -> bytes:
        with self._zlock:
            try:
                if not self._zready:  # the zygote says ready once its imports are done
                    self._zsock.settimeout(120)
                    if self._zsock.recv(16) != b"ready":
                        raise OSError("the zygote did not start")
                    self._zready = True
                if fds:
                    socket.send_fds(self._zsock, [msg], list(fds))
                else:
                    self._zsock.send(msg)
                reply = self._zsock.recv(64)
            except OSError as e:
                raise SandboxUnavailable(f"the parse sandbox stopped: {e}") from e
            if not reply:
                raise SandboxUnavailable("the parse sandbox stopped (its zygote exited)")
            return reply

    def _fork(self) -> _Worker:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        ours.settimeout(None)  # blocking whatever the default: the kernel times out, not a poll() per call
        # a blocked read or send returns every poll seconds, for the budget's checks
        tv = struct.pack("ll", int(self.budget.poll), int(self.budget.poll % 1 * 1e6) or 1)
        ours.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, tv)
        ours.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, tv)
        try:
            pid = int(self._ask(b"fork", (theirs.fileno(),)))
        finally:
            theirs.close()
        with self._lock:
            self.stats["forked"] += 1
        return _Worker(pid, ours)

    def _end(self, w: _Worker, kill: bool) -> tuple[int, int]:
        """Kill (or reap a dead) worker; (wait status, max RSS in KiB)."""
        w.sock.close()
        with self._lock:
            self._alive -= 1
        try:
            status, rss = self._ask(b"%s %d" % (b"kill" if kill else b"reap", w.pid)).split()
            return int(status), int(rss)
        except (SandboxUnavailable, ValueError):
            return -1, 0

    def _retire(self, w: _Worker) -> None:
        """A worker done with its quota: its channel closed, it exits."""
        w.sock.close()
        with self._lock:
            self._alive -= 1

    # calls -------------------------------------------------------------------
    def _checkout(self) -> _Worker:
        while True:
            try:
                return self._idle.get_nowait()
            except queue.Empty:
                pass
            with self._lock:
                grow = self._alive < self.size
                if grow:
                    self._alive += 1
            if grow:
                try:
                    return self._fork()
                except BaseException:
                    with self._lock:
                        self._alive -= 1
                    raise
            try:
                return self._idle.get(timeout=1.0)
            except queue.Empty:
                continue

    def call(self, fn: str, data: bytes | bytearray | memoryview, *args: str, sha256: str | None = None) -> Any:
        """Run the C entry point ``fn`` on data in a worker, within the
        budget.  Raises what the entry point raised (the same classes and
        attributes), ``LimitExceeded`` (``.limit`` ``wall_time`` or
        ``memory``) or ``WorkerCrashed``."""
        if fn not in FUNCTIONS:
            raise ValueError(f"the sandbox runs {', '.join(FUNCTIONS)}, not {fn!r}")
        if self._closed:
            raise SandboxUnavailable("the sandbox is closed")
        b = self.budget
        w = self._checkout()
        start = time.monotonic()
        deadline = start + b.wall_time
        reply: dict[str, Any] | None = None
        over = None

        def wait() -> None:
            nonlocal over
            now = time.monotonic()
            if now >= deadline:
                over = "wall_time"
            elif b.memory and now - start >= b.poll and _rss(w.pid) > self._rss_budget:  # quick ones are not polled
                over = "memory"
            if over:
                raise TimeoutError

        # the socket's own timeouts (poll, set at fork) bring each read and
        # send back to wait(): no timeout set per call, no poll() before each read
        try:
            _send(w.sock, _dumps({"fn": fn, "args": list(args)}, bytearray()), data, wait)
            reply, _ = _recv(w.sock, wait, (_MAX_META, _MAX_BLOB))
            if not isinstance(reply, dict):
                raise ValueError("a reply that is not an object")
        except TimeoutError:  # raised by wait(): past the deadline or over the memory
            over = over or "wall_time"
        except (EOFError, OSError, ValueError):
            reply = None
        with self._lock:
            self.stats["documents"] += 1
        if reply is None:
            self._failed(w, over, sha256)
        w.docs += 1
        if "ok" in reply:
            self._give_back(w)
            return tuple(reply["ok"]) if isinstance(reply["ok"], list) else reply["ok"]
        if reply.get("error") == "MemoryError":  # under RLIMIT_AS: over budget, and the worker is suspect
            self._end(w, kill=True)
            raise self._limit("memory", f"the document took more than {b.memory >> 20} MiB", sha256)
        self._give_back(w)
        raise _rebuild(reply, sha256)

    def _give_back(self, w: _Worker) -> None:
        if w.docs >= self.budget.docs_per_worker or self._closed:
            self._retire(w)
        else:
            self._idle.put(w)

    def _failed(self, w: _Worker, over: str | None, sha256: str | None) -> None:
        """The worker is gone or killed: raise why, as the file's failure."""
        b = self.budget
        status, maxrss = self._end(w, kill=True)
        with self._lock:
            key = {"wall_time": "killed_wall_time", "memory": "killed_memory"}.get(over or "", "crashed")
            self.stats[key] += 1
        if over == "wall_time":
            raise self._limit(over, f"parsing took longer than {b.wall_time:g} s (stopped)", sha256)
        if over == "memory":
            raise self._limit(over, f"parsing took more than {b.memory >> 20} MiB (stopped)", sha256)
        if self._zproc.poll() is not None:
            raise SandboxUnavailable("the parse sandbox stopped (its zygote exited)")
        sig = os.WTERMSIG(status) if status > 0 and os.WIFSIGNALED(status) else None
        if sig and maxrss * 1024 >= b.memory // 2:  # an allocation failed under RLIMIT_AS (poppler aborts)
            raise self._limit("memory", f"the document took more than {b.memory >> 20} MiB", sha256)
        name = signal.Signals(sig).name if sig else f"status {status}"
        e = WorkerCrashed(f"the parser died ({name})" + (f" (sha256 {sha256})" if sha256 else ""))
        e.sha256 = sha256
        raise e

    @staticmethod
    def _limit(limit: str, msg: str, sha256: str | None) -> Exception:
        e = _native.LimitExceeded(msg + (f" (sha256 {sha256})" if sha256 else ""))
        e.limit, e.sha256 = limit, sha256
        return e

    def close(self) -> None:
        """Every worker and the zygote end (idle workers on EOF)."""
        if self._closed:
            return
        self._closed = True
        while True:
            try:
                self._retire(self._idle.get_nowait())
            except queue.Empty:
                break
        self._zsock.close()  # the zygote kills what is left and exits
        try:
            self._zproc.wait(10)
        except subprocess.TimeoutExpired:
            self._zproc.kill()
            self._zproc.wait()

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


# the classes a worker's error may be rebuilt as, by name
_ERRORS = {c.__name__: c for c in (
    _native.ExpetlError, _native.ReceiptError, _native.DamagedPdf, _native.EncryptedPdf,
    _native.UnsupportedLayout, _native.LimitExceeded, _native.ReportError, ValueError, TypeError,
    RecursionError)}


def _rebuild(reply: dict[str, Any], sha256: str | None) -> Exception:
    cls = _ERRORS.get(str(reply.get("error")))
    msg = str(reply.get("message", ""))[:4096]
    if cls is None:
        e: Exception = WorkerCrashed(f"{reply.get('error')}: {msg}"[:4096])
    else:
        e = cls(msg)
    for k, v in (reply.get("attrs") or {}).items():
        if k in ("sha256", "line", "code", "status", "limit") and isinstance(v, (str, int)):
            setattr(e, k, v)
    if sha256 and getattr(e, "sha256", None) is None:
        e.sha256 = sha256
    return e


def parse_pdf(data: bytes | bytearray | memoryview, timeout: float, memory: int | None = None) -> tuple[str, dict]:
    """``_native.parse_pdf`` (sha256, the contract dict) in a one-off worker
    within ``timeout`` seconds (and ``memory`` bytes): for a caller of the
    in-process API that wants a bound on one document (it costs a process
    start; the pipeline keeps its workers)."""
    with Sandbox(1, Budget(wall_time=timeout, memory=memory or Budget.memory)) as sb:
        return sb.call("parse_pdf", data, sha256=_native.sha256(data))


@contextlib.contextmanager
def pipeline_sandbox(sandbox: "Sandbox | bool | None" = None, workers: int = 2) -> Iterator["Sandbox | None"]:
    """The sandbox the pipeline parses in: the one given (left open), a new
    one closed afterwards (``None``: unless ``EXPETL_PARSE_SANDBOX=0``;
    ``True``: always), or none (``False``: in process)."""
    if isinstance(sandbox, Sandbox):
        yield sandbox
        return
    if sandbox is False or (sandbox is None and not enabled_from_env()):
        yield None
        return
    sb = Sandbox(workers)
    try:
        yield sb
    finally:
        sb.close()
