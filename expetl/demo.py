"""``expetl demo``: the pipeline on a household's sample month (made by
expetl.sample into --home/sample; --mbox/--reports point at other data),
into a throwaway local PostgreSQL kept in --home between runs, with a
file:// stage there.

Both DAGs run once with Airflow's ``dag.test()`` (expetl.dagrun) when
Airflow is installed and the DAG folder is at hand (a checkout); otherwise,
or with --runner, the in-process runner does the same work.  Nothing is
started before the inputs are known to exist."""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import warnings
from pathlib import Path

from .console import print_counts, print_quarantine, print_weekly

DAG_FILE = "expenses_gmail_receipts.py"


def inputs(args: argparse.Namespace, home: str) -> tuple[str, str | None, Path | None]:
    """The mbox, the reports folder and the sample's folder (None when both
    were given): the sample's unless given; given ones must exist (checked
    before any server starts)."""
    mbox, reports, where = args.mbox, args.reports, None
    if mbox is None or reports is None:
        from .sample import household

        month = household()
        where = Path(home) / "sample"
        paths = month.write(where)
        mbox = str(paths["mbox"]) if mbox is None else mbox
        reports = str(paths["reports"]) if reports is None else reports
        chains = len({t.chain.key for t in month.tickets})
        print(f"inputs:    a sample household month from {month.start:%Y-%m-%d} ({len(month.tickets)} tickets "
              f"from {chains} chains in {len(month.mails)} mails, {len(month.mp_rows)} Mercado Pago movements), "
              f"generated in {_short(where)}")
    if not os.path.isfile(mbox):
        raise ValueError(f"--mbox {mbox!r} is not a file")
    if reports and not os.path.isdir(reports):
        raise ValueError(f"--reports {reports!r} is not a folder")
    return mbox, reports or None, where


def dag_folder(given: str | None) -> str | None:
    """--dags, else ./dags, else the checkout's dags/ beside this package
    (an editable install); None when there is none (a wheel install)."""
    if given:
        if not (Path(given) / DAG_FILE).is_file():
            raise ValueError(f"--dags {given!r} has no {DAG_FILE}")
        return given
    for cand in (Path("dags"), Path(__file__).resolve().parent.parent / "dags"):
        if (cand / DAG_FILE).is_file():
            return str(cand)
    return None


def engine(args: argparse.Namespace) -> tuple[str, str | None]:
    """("airflow", dags) or ("runner", None), saying why on one line when
    Airflow was wanted but cannot run here."""
    if args.runner:
        return "runner", None
    if importlib.util.find_spec("airflow") is None:
        print("engine:    Airflow is not installed: the in-process runner runs the pipeline "
              "(pip install 'expetl[airflow]' for the DAGs)")
        return "runner", None
    dags = dag_folder(args.dags)
    if dags is None:
        print("engine:    no DAG folder here (--dags DIR, or run from a checkout): the in-process runner "
              "runs the pipeline")
        return "runner", None
    return "airflow", dags


def run_demo(args: argparse.Namespace) -> int:
    from .localpg import LocalPostgres
    from .warehouse import Warehouse

    home = os.path.abspath(args.home)
    os.makedirs(home, exist_ok=True)
    mbox, reports, sample = inputs(args, home)
    how, dags = engine(args)
    with LocalPostgres(os.path.join(home, "pg")) as pg:
        print(f"warehouse: throwaway PostgreSQL on 127.0.0.1:{pg.port} (data in {_short(home)}/pg)")
        stage_url = "file://" + os.path.join(home, "stage")
        print(f"stage:     {stage_url}")
        if how == "airflow":
            ok = _demo_airflow(dags, mbox, reports, home, pg, stage_url)
        else:
            ok = _demo_runner(mbox, reports, pg, stage_url)
        from .core import ledger
        with Warehouse(pg.dsn) as wh:
            weeks = ledger.weekly(wh)
            print("\nweekly expenses (spending per week; income and transfers beside it, never in it)")
            print_weekly(weeks)
            if weeks:
                _write_report(wh, home)
    if sample is not None:
        exe, tickets = _command_name(), _short(sample / "tickets")
        hints = [(f"{exe} parse {tickets} --csv", "every ticket line, as CSV"),
                 (f"{exe} parse {_short(sample)} --jsonl", "tickets and the report, one JSON a line"),
                 (f"python: expetl.to_frame(expetl.parse_receipts(\"{tickets}\"))", "")]
        width = max(len(c) for c, _ in hints)
        print()
        for i, (cmd, why) in enumerate(hints):
            print(("next: " if i == 0 else "      ") + (f"{cmd.ljust(width)}   # {why}" if why else cmd))
    return 0 if ok else 1


def _write_report(wh, home: str) -> None:
    """The Monday report of the last week, HTML + PNG + text, under home/report."""
    from .core import ledger
    from .report import write_report

    paths = [p for p in write_report(ledger.report_data(wh), os.path.join(home, "report")) if p]
    print("\nMonday report: " + ", ".join(str(p) for p in paths))


def _command_name() -> str:
    """How to call expetl again: its name when the shell finds this one,
    else its path (``make demo`` runs .venv/bin/expetl)."""
    me = os.path.abspath(sys.argv[0])
    return "expetl" if shutil.which("expetl") == me else _short(me)


def _short(path: str | os.PathLike[str]) -> str:
    """A path relative to the current folder when it is under it."""
    p = Path(path).absolute()
    try:
        return str(p.relative_to(Path.cwd()))
    except ValueError:
        return str(p)


def _demo_runner(mbox: str, reports: str | None, pg, stage_url: str) -> bool:
    from .core import kinds
    from .core.sources import Chain, DirSource, MboxSource
    from .runner import Runner
    from .stage import Stage
    from .warehouse import Warehouse

    with Warehouse(pg.dsn) as wh:
        sources = [MboxSource(mbox)]
        if reports:
            sources.append(DirSource(reports, only=(kinds.REPORT,)))
        print_counts(Runner(Stage(stage_url), wh).run(Chain(sources)))
    return True


def _demo_airflow(dags: str, mbox: str, reports: str | None, home: str, pg, stage_url: str) -> bool:
    from . import dagrun
    from .core.records import QuarantineEntry

    dagrun.use_home(os.path.join(home, "airflow"), dags)
    os.environ.setdefault("EXPETL_DAG_RETRIES", "0")  # a demo fails fast
    os.environ.setdefault("AIRFLOW__LOGGING__LOGGING_LEVEL", "WARNING")
    for var in ("expetl_sns_topic_arn", "expetl_alert_email", "expetl_success_summary"):
        os.environ.setdefault(f"AIRFLOW_VAR_{var.upper()}", "")  # no alerts from a demo
    print(f"airflow:   home {_short(home)}/airflow, DAGs from {os.path.abspath(dags)}")
    dagrun.migrate()
    import airflow.configuration  # noqa: F401  (it turns DeprecationWarnings on for airflow.*)
    for category in (DeprecationWarning, FutureWarning):  # Airflow's own, not the demo's business
        warnings.simplefilter("ignore", category)
    from .airflow.hooks import WAREHOUSE_CONN_ID  # the demo drives the DAGs: the provider is there

    dagrun.set_connection(WAREHOUSE_CONN_ID, f"postgres://expetl@127.0.0.1:{pg.port}/postgres?sslmode=disable")
    runs = [("expenses_gmail_receipts", f"mbox:{os.path.abspath(mbox)}", "extract", "parse")]
    if reports:
        runs.append(("expenses_mercadopago_reports", f"dir:{os.path.abspath(reports)}",
                     "fetch_reports", "fetch_reports"))
    ok = True
    for dag_id, source, extract_id, parse_id in runs:
        dag = dagrun.load_dag(os.path.join(dags, dag_id + ".py"))
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
