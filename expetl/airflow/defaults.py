"""What both DAGs share: task defaults and the params every run accepts.

Retries come from ``EXPETL_DAG_RETRIES`` (default 3, exponential backoff from
2 minutes); failures go to ExpetlNotifier (SNS and/or e-mail when the
Variables name a destination, else only the log)."""
from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import Param

from expetl.airflow.hooks import AWS_CONN_ID
from expetl.airflow.notify import ExpetlNotifier


def dag_settings(doc_md: str) -> dict[str, Any]:
    """The DAG arguments both DAGs share: start date, no catch-up (the
    pipeline fetches what is new itself), one active run, task defaults, docs."""
    return {"start_date": pendulum.datetime(2025, 1, 6, tz="UTC"), "catchup": False, "max_active_runs": 1,
            "doc_md": doc_md, "default_args": default_args()}


def default_args() -> dict[str, Any]:
    return {"owner": "expetl", "retries": int(os.environ.get("EXPETL_DAG_RETRIES", "3")),
            "retry_delay": timedelta(minutes=2), "retry_exponential_backoff": True,
            "aws_conn_id": AWS_CONN_ID, "on_failure_callback": ExpetlNotifier()}


# What every stage operator of a DAG takes, from the params below.
STAGE_ARGS = {"stage_url": "{{ params.stage_url }}", "processed_stage_url": "{{ params.processed_stage_url }}"}


def params(source: str, crawler_env: str, crawler: str, **extra: Param) -> dict[str, Param]:
    """``stage_url`` (default ``$EXPETL_STAGE_URL``), ``processed_stage_url``
    (default ``$EXPETL_PROCESSED_STAGE_URL``; empty: processed/… under
    ``stage_url``), ``source``, ``crawler`` (default ``$<crawler_env>``, else
    ``crawler``; '' skips the refresh), ``schema``."""
    return {"stage_url": Param(os.environ.get("EXPETL_STAGE_URL", "s3://expenses-stage/expetl"), type="string"),
            "processed_stage_url": Param(os.environ.get("EXPETL_PROCESSED_STAGE_URL", ""), type="string",
                                         description="processed/… in a bucket of its own; empty: under stage_url"),
            "source": Param(source, type="string"),
            "crawler": Param(os.environ.get(crawler_env, crawler), type="string"),
            "schema": Param("expenses", type="string", pattern="^[A-Za-z_][A-Za-z0-9_]{0,62}$"),
            **extra}
