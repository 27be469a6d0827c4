"""
### Weekly expenses report

The household's Monday report of the last week with spending: what was
spent against the four weeks before, by category, the top merchants, the
biggest purchases, products whose price rose, and what is pending.

It runs when new receipts or Mercado Pago movements are loaded (it is
scheduled on those tables' assets), so the report follows the data.

The report is logged and sent through the alert channels (the Variables
expetl_sns_topic_arn and expetl_alert_email) unless the Variable
expetl_weekly_report is false. What it says is one function,
expetl.airflow.report.weekly_report.
"""
from __future__ import annotations

from airflow.sdk import DAG

from expetl.airflow import assets
from expetl.airflow.defaults import dag_settings, schema_param
from expetl.airflow.operators import WeeklyReportOperator

with DAG(
    dag_id="expenses_weekly_report",
    schedule=assets.RECEIPTS | assets.MP_MOVEMENTS,
    tags=["expetl", "report"],
    params={"schema": schema_param()},
    **dag_settings(__doc__, "The Monday report of the last week of expenses, after new receipts or movements load"),
) as dag:
    WeeklyReportOperator(task_id="report", schema="{{ params.schema }}")
