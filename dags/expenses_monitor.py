"""
### Pipeline monitor

Watches the pipeline between runs: daily at 08:00 UTC, and after every load
(it is scheduled on the warehouse tables' assets).

**Freshness**

- a receipt dated in the last 8 days (Variable expetl_monitor_receipt_days)
- a Mercado Pago report loaded yesterday (expetl_monitor_mercadopago_days; 0 turns it off)
- the Gmail token still refreshes, and is not within 3 days of a known expiry (expetl_monitor_token_days)

**Data quality**

- no week whose spending adds up to a negative amount
- every ticket paid with Mercado Pago is reconciled with its payment (once it is older than the receipt window)
- no Mercado Pago movement that no rule classifies
- the quarantine did not grow since the previous check
- no file left in the staged state for more than 6 hours (expetl_monitor_staged_hours)

**Alerts**

Any problem sends one alert through the failure channels (the Variables
expetl_sns_topic_arn and expetl_alert_email) and the run fails, so it shows
red. Each check is a named entry in expetl.airflow.monitor; a new one is one
register call there.
"""
from __future__ import annotations

from airflow.sdk import DAG
from airflow.timetables.assets import AssetOrTimeSchedule
from airflow.timetables.trigger import CronTriggerTimetable

from expetl.airflow import assets
from expetl.airflow.defaults import dag_settings, schema_param
from expetl.airflow.operators import MonitorAlertOperator, MonitorChecksOperator

SCHEMA = "{{ params.schema }}"

with DAG(
    dag_id="expenses_monitor",
    # after each load (every load registers its files), and daily for what a missing run cannot announce
    schedule=AssetOrTimeSchedule(timetable=CronTriggerTimetable("0 8 * * *", timezone="UTC"),
                                 assets=assets.INGESTED_FILES | assets.QUARANTINE),
    tags=["expetl", "monitoring"],
    params={"schema": schema_param()},
    **dag_settings(__doc__, "Freshness and data-quality checks on the warehouse, with alerts"),
) as dag:
    freshness = MonitorChecksOperator(task_id="freshness", group="freshness", schema=SCHEMA)
    quality = MonitorChecksOperator(task_id="quality", group="quality", schema=SCHEMA)
    alert = MonitorAlertOperator(task_id="alert", check_task_ids=("freshness", "quality"))
    [freshness, quality] >> alert
