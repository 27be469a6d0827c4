"""A throwaway local PostgreSQL (Debian's initdb + pg_ctl) for the demo and
the test suite: its own data folder, a free port on 127.0.0.1, trust
authentication for the local user only, stopped when done.

PostgreSQL refuses to run as root, so as root the server runs as the
``postgres`` system user that Debian's package creates."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import time
from pathlib import Path


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        return Path(pg_ctl).parent
    raise RuntimeError("PostgreSQL server binaries not found: apt-get install postgresql")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalPostgres:
    """``with LocalPostgres(folder) as pg: pg.dsn`` — initialises the folder on
    first use, so a kept folder keeps its data between runs."""

    def __init__(self, folder: str | os.PathLike[str], port: int | None = None):
        self.folder = Path(folder).absolute()
        self.data = self.folder / "data"
        self.port = port or free_port()
        self.bindir = _bindir()
        self._as = None
        if os.geteuid() == 0:
            self._as = pwd.getpwnam("postgres")

    @property
    def dsn(self) -> str:
        return f"postgresql://expetl@127.0.0.1:{self.port}/postgres?sslmode=disable"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        # a sanitizer preloaded for our extension is not for the server
        env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
        kw: dict = {"check": False, "capture_output": True, "text": True, "env": env}
        if self._as:
            uid, gid = self._as.pw_uid, self._as.pw_gid
            kw["user"], kw["group"], kw["extra_groups"] = uid, gid, []
            env["HOME"] = self._as.pw_dir
        r = subprocess.run(cmd, **kw)
        if r.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({r.returncode}): {r.stderr.strip() or r.stdout.strip()}")
        return r

    def _own(self, path: Path) -> None:
        if self._as:
            os.chown(path, self._as.pw_uid, self._as.pw_gid)

    def start(self) -> "LocalPostgres":
        self.folder.mkdir(parents=True, exist_ok=True)
        self.folder.chmod(0o755)
        self._own(self.folder)
        if self._as:
            for parent in self.folder.parents:
                if not parent.stat().st_mode & 0o001:
                    raise RuntimeError(f"the postgres user cannot reach {self.folder}: {parent} is "
                                       "private; use a folder under a world-readable path")
        if not (self.data / "PG_VERSION").exists():
            self._run("initdb", "-D", str(self.data), "-U", "expetl", "--auth=trust",
                      "-E", "UTF8", "--locale=C", "--no-sync")
        sock = self.folder / "sock"
        sock.mkdir(exist_ok=True)
        self._own(sock)
        opts = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {sock} "
                "-c fsync=off -c full_page_writes=off -c synchronous_commit=off")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-o", opts, "-w", "-t", "60", "start")
        # pg_ctl -w waits for the socket; make sure TCP answers too
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        return self

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def __enter__(self) -> "LocalPostgres":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
