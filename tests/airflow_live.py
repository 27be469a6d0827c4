"""A real Airflow for the tests: ``airflow standalone`` (scheduler, DAG
processor, triggerer and API server; LocalExecutor on SQLite) in a temp
AIRFLOW_HOME on a free port, as the README has a newcomer start it, and a
small REST API v2 client."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any


class LiveAirflow:
    def __init__(self, home: Path, port: int, env: dict[str, str]):
        self.home, self.port = home, port
        self.url = f"http://127.0.0.1:{port}"
        self.env = env
        self.proc: subprocess.Popen | None = None
        self.token = ""

    def start(self, timeout: float = 300) -> "LiveAirflow":
        self.home.mkdir(parents=True, exist_ok=True)
        self.log = open(self.home / "standalone.log", "w")
        airflow = Path(sys.executable).parent / "airflow"
        # standalone starts its components as `airflow ...` from PATH
        self.env = {**self.env, "PATH": f"{airflow.parent}{os.pathsep}{self.env.get('PATH', '')}"}
        # its own process group, so the scheduler's task processes end with it
        self.proc = subprocess.Popen([str(airflow), "standalone"], env=self.env, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"airflow standalone exited:\n{self.tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"airflow standalone not ready in {timeout:.0f} s:\n{self.tail()}")
            try:
                health = self.request("GET", "/api/v2/monitor/health", auth=False)
                parts = ("scheduler", "triggerer", "dag_processor")
                if all((health.get(p) or {}).get("status") == "healthy" for p in parts) and self.password():
                    break
            except (OSError, urllib.error.URLError, ValueError):
                pass
            time.sleep(2)
        self.token = self.request("POST", "/auth/token", {"username": "admin", "password": self.password()},
                                  auth=False)["access_token"]
        return self

    def password(self) -> str:
        f = self.home / "simple_auth_manager_passwords.json.generated"
        return json.loads(f.read_text()).get("admin", "") if f.exists() else ""

    def tail(self, n: int = 4000) -> str:
        try:
            return (self.home / "standalone.log").read_text(errors="replace")[-n:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        if getattr(self, "log", None):
            self.log.close()

    def request(self, method: str, path: str, body: Any = None, auth: bool = True) -> Any:
        req = urllib.request.Request(self.url + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
        req.add_header("Content-Type", "application/json")
        if auth:
            req.add_header("Authorization", f"Bearer {self.token}")
        with urllib.request.urlopen(req, timeout=30) as r:
            data = r.read()
        return json.loads(data) if data else None

    def wait_for_dags(self, dag_ids: list[str], timeout: float = 180) -> None:
        """Until the DAG processor has parsed every DAG (then unpause them)."""
        deadline = time.monotonic() + timeout
        while True:
            found = {d["dag_id"] for d in self.request("GET", "/api/v2/dags?limit=100")["dags"]}
            if set(dag_ids) <= found:
                break
            if time.monotonic() > deadline:
                errors = self.request("GET", "/api/v2/importErrors")
                raise AssertionError(f"DAGs not parsed: {set(dag_ids) - found}; import errors: {errors}")
            time.sleep(2)
        for d in dag_ids:
            self.request("PATCH", f"/api/v2/dags/{d}", {"is_paused": False})

    def trigger(self, dag_id: str, conf: dict[str, Any] | None = None) -> str:
        run = self.request("POST", f"/api/v2/dags/{dag_id}/dagRuns", {"logical_date": None, "conf": conf or {}})
        return run["dag_run_id"]

    def runs(self, dag_id: str) -> list[dict[str, Any]]:
        return self.request("GET", f"/api/v2/dags/{dag_id}/dagRuns?limit=100&order_by=-run_after")["dag_runs"]

    def wait_run(self, dag_id: str, run_id: str, timeout: float = 300) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            run = self.request("GET", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}")
            if run["state"] in ("success", "failed"):
                return run
            if time.monotonic() > deadline:
                raise AssertionError(f"{dag_id} {run_id} still {run['state']} after {timeout:.0f} s: "
                                     f"{self.task_states(dag_id, run_id)}")
            time.sleep(2)

    def explain(self, dag_id: str, run_id: str) -> str:
        """The task states and the logs of the tasks that failed, for an assertion."""
        states = self.task_states(dag_id, run_id)
        logs = [f"--- {t}:\n{self.task_log(dag_id, run_id, t)[-3000:]}" for t, st in states.items() if st == "failed"]
        return f"{dag_id} {run_id}: {states}\n" + "\n".join(logs)

    def task_states(self, dag_id: str, run_id: str) -> dict[str, str]:
        tis = self.request("GET", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances")["task_instances"]
        return {t["task_id"]: t["state"] for t in tis}

    def xcom(self, dag_id: str, run_id: str, task_id: str, key: str = "return_value") -> Any:
        return self.request("GET", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/xcomEntries/"
                                   f"{key}?deserialize=true")["value"]

    def task_log(self, dag_id: str, run_id: str, task_id: str, try_number: int = 1) -> str:
        out = self.request("GET", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/logs/"
                                  f"{try_number}?full_content=true")
        content = out.get("content", "")
        if isinstance(content, list):
            return "\n".join(c.get("event", "") if isinstance(c, dict) else str(c) for c in content)
        return str(content)
