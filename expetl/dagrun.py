"""Airflow on one machine, without a scheduler: `make demo` and the tests run
the real DAGs with ``dag.test()`` against a metadata database in a folder.

Airflow reads its settings when first imported, so ``use_home`` must run
before anything imports ``airflow``."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

def use_home(home: str | os.PathLike[str], dags: str | os.PathLike[str]) -> None:
    """Point Airflow at ``home`` (SQLite metadata there) and the DAG folder."""
    os.environ["AIRFLOW_HOME"] = str(Path(home).absolute())
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(Path(dags).absolute())
    os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"


def migrate() -> None:
    """``airflow db migrate`` (idempotent); nothing else to create: the DAGs
    need no pool."""
    airflow = Path(sys.executable).parent / "airflow"
    r = subprocess.run([str(airflow), "db", "migrate"], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"airflow db migrate failed:\n{r.stderr[-3000:]}")


def set_connection(conn_id: str, value: str) -> None:
    """A connection for this process (a URI or Airflow's JSON form)."""
    os.environ[f"AIRFLOW_CONN_{conn_id.upper()}"] = value


def load_dag(path: str | os.PathLike[str]) -> Any:
    """The DAG defined in ``path``, imported afresh (its settings, such as
    ``EXPETL_DAG_RETRIES``, are read again)."""
    path = Path(path)
    spec = importlib.util.spec_from_file_location(f"expetl_dag_{path.stem}", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.dag


def task_results(run: Any, key: str = "return_value") -> dict[str, Any]:
    """The return values (or the XComs ``key``) of a finished run's tasks, by task id."""
    from airflow.models.xcom import XComModel
    from airflow.serialization.serde import deserialize
    from airflow.utils.session import create_session

    with create_session() as session:
        rows = session.query(XComModel).filter(XComModel.dag_id == run.dag_id, XComModel.run_id == run.run_id,
                                               XComModel.key == key).all()
        return {r.task_id: deserialize(XComModel.deserialize_value(r)) for r in rows}


def task_states(run: Any) -> dict[str, str]:
    from airflow.utils.session import create_session

    with create_session() as session:
        return {ti.task_id: str(ti.state) for ti in run.get_task_instances(session=session)}
