"""What the DAGs share: task defaults, the params every run accepts and the
two presets those params start from.

Retries come from ``EXPETL_DAG_RETRIES`` (default 3, exponential backoff from
2 minutes) and only cover errors a retry can fix: a configuration error
fails at once (``AirflowFailException``).  Every task has an
``execution_timeout`` (``EXPETL_TASK_TIMEOUT_MINUTES``, default 60), so a
hanging parse or download cannot hold a run forever.  Failures go to
ExpetlNotifier (SNS and/or e-mail when the Variables name a destination,
else only the log).

**Presets.**  ``production`` (the default, or ``$EXPETL_PRESET``): the S3
stage (``$EXPETL_STAGE_URL``), Gmail or the Mercado Pago API, the Glue
crawler.  ``local``: a ``file://`` stage under ``$AIRFLOW_HOME``, receipts
from the Takeout mbox ``$EXPETL_LOCAL_MBOX`` and reports from the folder
``$EXPETL_LOCAL_REPORTS``, no crawler.  A param left empty (null) takes its
preset's value; one that is set wins.  The templates resolve them through the
``expetl`` macro (``{{ expetl.stage_url(params) }}``), so the rendered
values show in each task's Rendered Template view."""
from __future__ import annotations

import os
from datetime import timedelta
from typing import Any, Mapping

import pendulum
from airflow.sdk import Param

from expetl.airflow.hooks import AWS_CONN_ID
from expetl.airflow.notify import ExpetlNotifier

PRESETS = ("production", "local")
SCHEMA_PATTERN = "^[A-Za-z_][A-Za-z0-9_]{0,62}$"

# Per pipeline: (production source, local source prefix, the environment
# variable naming the local input, production crawler env, crawler name).
PIPELINES = {
    "receipts": ("gmail", "mbox:", "EXPETL_LOCAL_MBOX", "EXPETL_CRAWLER_RECEIPTS", "expenses-receipts"),
    "mercadopago": ("api", "dir:", "EXPETL_LOCAL_REPORTS", "EXPETL_CRAWLER_MERCADOPAGO", "expenses-mercadopago"),
}


class RunSettings:
    """The ``expetl`` template macro: a run's effective settings from its
    params and preset (see the module doc).  Each returns a string; ''
    means none (no processed bucket, no crawler, no source configured)."""

    @staticmethod
    def preset(params: Mapping[str, Any]) -> str:
        p = params.get("preset") or default_preset()
        if p not in PRESETS:
            return "production"  # Param validation refuses others; a plain conf cannot reach here
        return p

    def stage_url(self, params: Mapping[str, Any]) -> str:
        if params.get("stage_url"):
            return str(params["stage_url"])
        if self.preset(params) == "local":
            return os.environ.get("EXPETL_LOCAL_STAGE_URL") or "file://" + os.path.join(
                os.path.abspath(os.environ.get("AIRFLOW_HOME") or os.path.expanduser("~/airflow")), "expetl-stage")
        return os.environ.get("EXPETL_STAGE_URL") or "s3://expenses-stage/expetl"

    def processed_stage_url(self, params: Mapping[str, Any]) -> str:
        if params.get("processed_stage_url"):
            return str(params["processed_stage_url"])
        return "" if self.preset(params) == "local" else os.environ.get("EXPETL_PROCESSED_STAGE_URL", "")

    def source(self, params: Mapping[str, Any], pipeline: str) -> str:
        if params.get("source"):
            return str(params["source"])
        production, prefix, env, _c, _n = PIPELINES[pipeline]
        if self.preset(params) == "local":
            path = os.environ.get(env, "")
            return prefix + os.path.abspath(path) if path else ""
        return production

    def crawler(self, params: Mapping[str, Any], pipeline: str) -> str:
        if params.get("crawler") is not None:
            return str(params["crawler"])
        if self.preset(params) == "local":
            return ""
        _p, _x, _e, env, name = PIPELINES[pipeline]
        return os.environ.get(env, name)


def default_preset() -> str:
    return os.environ.get("EXPETL_PRESET") or "production"


def dag_settings(doc_md: str, description: str, **extra: Any) -> dict[str, Any]:
    """The DAG arguments the DAGs share: start date, no catch-up (the
    pipeline fetches what is new itself), one active run, task defaults,
    docs, the ``expetl`` macro."""
    return {"start_date": pendulum.datetime(2025, 1, 6, tz="UTC"), "catchup": False, "max_active_runs": 1,
            "doc_md": doc_md, "description": description, "default_args": default_args(),
            "user_defined_macros": {"expetl": RunSettings()}, **extra}


def task_timeout() -> timedelta:
    return timedelta(minutes=float(os.environ.get("EXPETL_TASK_TIMEOUT_MINUTES", "60")))


def default_args() -> dict[str, Any]:
    return {"owner": "expetl", "retries": int(os.environ.get("EXPETL_DAG_RETRIES", "3")),
            "retry_delay": timedelta(minutes=2), "retry_exponential_backoff": True,
            "execution_timeout": task_timeout(),
            "aws_conn_id": AWS_CONN_ID, "on_failure_callback": ExpetlNotifier()}


# What every stage operator of a pipeline DAG takes, resolved from the params.
STAGE_ARGS = {"stage_url": "{{ expetl.stage_url(params) }}",
              "processed_stage_url": "{{ expetl.processed_stage_url(params) }}"}


def optional(title: str, description: str, **kw: Any) -> Param:
    """A param the form may leave empty (null: the preset decides)."""
    return Param(None, type=["null", "string"], title=title, description=description, **kw)


def schema_param() -> Param:
    return Param("expenses", type="string", pattern=SCHEMA_PATTERN, title="Warehouse schema",
                 description="The schema of the warehouse tables (created on the first load).")


def params(pipeline: str, **extra: Param) -> dict[str, Param]:
    """The params of a pipeline DAG (``receipts`` or ``mercadopago``): the
    preset, then the settings that override it."""
    production, prefix, env, crawler_env, crawler = PIPELINES[pipeline]
    what = "Takeout mbox" if prefix == "mbox:" else "folder of report CSVs"
    return {
        "preset": Param(default_preset(), type="string", enum=list(PRESETS), title="Preset",
                        description=f"local: a file:// stage under AIRFLOW_HOME, the {what} in {env}, no Glue "
                                    "crawler. production: S3 (EXPETL_STAGE_URL), "
                                    f"{'Gmail' if production == 'gmail' else 'the Mercado Pago API'}, "
                                    "the Glue crawler. Empty fields below take the preset's value.",
                        values_display={"production": "production (S3, APIs, Glue)",
                                        "local": "local (file:// stage, files on this machine)"}),
        "stage_url": optional("Stage URL", "s3://bucket/prefix or file:///path. Empty: the preset's "
                                           "(EXPETL_STAGE_URL; local: file://AIRFLOW_HOME/expetl-stage)."),
        "processed_stage_url": optional("Processed stage URL", "processed/… in a bucket of its own (what Glue "
                                                               "and Redshift read). Empty: under the stage URL "
                                                               "(production: EXPETL_PROCESSED_STAGE_URL)."),
        "source": optional("Source", f"{production}, or {prefix}PATH (a {what}). Empty: the preset's "
                                     f"({production}; local: {prefix}${env})."),
        "crawler": optional("Glue crawler", f"The crawler to refresh after the load. Empty: the preset's "
                                            f"(production: ${crawler_env}, else {crawler}; local: none)."),
        "schema": schema_param(),
        **extra,
    }
