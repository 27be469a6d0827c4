"""``expetl demo``: the pipeline on the embedded defaults, into a throwaway
local PostgreSQL kept in --home between runs, with a file:// stage there.
Both DAGs run once with Airflow's ``dag.test()`` (expetl.dagrun); --runner
uses the in-process runner instead (no Airflow needed)."""
from __future__ import annotations

import argparse
import os
import warnings

from .console import print_counts, print_quarantine, print_weekly


def run_demo(args: argparse.Namespace) -> int:
    from .localpg import LocalPostgres
    from .warehouse import Warehouse

    home = os.path.abspath(args.home)
    os.makedirs(home, exist_ok=True)
    with LocalPostgres(os.path.join(home, "pg")) as pg:
        print(f"warehouse: throwaway PostgreSQL on 127.0.0.1:{pg.port} (data in {home}/pg)")
        stage_url = "file://" + os.path.join(home, "stage")
        print(f"stage:     {stage_url}")
        ok = (_demo_runner if args.runner else _demo_airflow)(args, home, pg, stage_url)
        from .core import ledger
        with Warehouse(pg.dsn) as wh:
            weeks = ledger.weekly(wh)
            print("\nweekly expenses (spending per week; income and transfers beside it, never in it)")
            print_weekly(weeks)
            if weeks:
                _write_report(wh, home)
    return 0 if ok else 1


def _write_report(wh, home: str) -> None:
    """The Monday report of the last week, HTML + PNG + text, under home/report."""
    from .core import ledger
    from .report import write_report

    paths = [p for p in write_report(ledger.report_data(wh), os.path.join(home, "report")) if p]
    print("\nMonday report: " + ", ".join(str(p) for p in paths))


def _demo_runner(args: argparse.Namespace, home: str, pg, stage_url: str) -> bool:
    from .core.sources import Chain, DirSource, MboxSource
    from .core import kinds
    from .runner import Runner
    from .stage import Stage
    from .warehouse import Warehouse

    with Warehouse(pg.dsn) as wh:
        sources = [MboxSource(args.mbox)]
        if args.reports:
            sources.append(DirSource(args.reports, only=(kinds.REPORT,)))
        print_counts(Runner(Stage(stage_url), wh).run(Chain(sources)))
    return True


def _demo_airflow(args: argparse.Namespace, home: str, pg, stage_url: str) -> bool:
    from . import dagrun
    from .core.records import QuarantineEntry

    dagrun.use_home(os.path.join(home, "airflow"), args.dags)
    os.environ.setdefault("EXPETL_DAG_RETRIES", "0")  # a demo fails fast
    os.environ.setdefault("AIRFLOW__LOGGING__LOGGING_LEVEL", "WARNING")
    for var in ("expetl_sns_topic_arn", "expetl_alert_email", "expetl_success_summary"):
        os.environ.setdefault(f"AIRFLOW_VAR_{var.upper()}", "")  # no alerts from a demo
    print(f"airflow:   home {home}/airflow, DAGs from {os.path.abspath(args.dags)}")
    dagrun.migrate()
    import airflow.configuration  # noqa: F401  (it turns DeprecationWarnings on for airflow.*)
    for category in (DeprecationWarning, FutureWarning):  # Airflow's own, not the demo's business
        warnings.simplefilter("ignore", category)
    dagrun.set_connection("expetl_warehouse", f"postgres://expetl@127.0.0.1:{pg.port}/postgres?sslmode=disable")
    runs = [("expenses_gmail_receipts", f"mbox:{os.path.abspath(args.mbox)}", "extract", "parse")]
    if args.reports:
        runs.append(("expenses_mercadopago_reports", f"dir:{os.path.abspath(args.reports)}",
                     "fetch_reports", "fetch_reports"))
    ok = True
    for dag_id, source, extract_id, parse_id in runs:
        dag = dagrun.load_dag(os.path.join(args.dags, dag_id + ".py"))
        run = dag.test(run_conf={"stage_url": stage_url, "source": source, "crawler": "", "schema": "expenses"})
        res = dagrun.task_results(run)
        extracted, parsed, loaded = res.get(extract_id) or {}, res.get(parse_id) or {}, res.get("load") or {}
        print(f"\n{dag_id}: run {run.run_id} {run.state}; {len(extracted.get('staged', []))} new staged, "
              f"loaded: " + ", ".join(f"{k} {v}" for k, v in sorted(loaded.items())))
        if run.state != "success":
            ok = False
            print("  tasks: " + ", ".join(f"{t} {s}" for t, s in sorted(dagrun.task_states(run).items())))
        print_quarantine([QuarantineEntry.from_dict(q) for q in parsed.get("quarantine", [])])
    return ok
