"""The ``expetl`` command."""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import warnings

from . import _native
from .frames import ITEM_COLUMNS, receipt_item_rows
from .receipts import parse_receipt


class _Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int):
        self.total = total
        self.on = total > 5 and sys.stderr.isatty()
        self.n = 0

    def step(self) -> None:
        self.n += 1
        if self.on:
            w = 30
            done = w * self.n // self.total
            sys.stderr.write(f"\r[{'#' * done}{'.' * (w - done)}] {self.n}/{self.total}")
            if self.n == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def cmd_parse(args: argparse.Namespace) -> int:
    results, failed = [], 0
    bar = _Progress(len(args.files))
    for path in args.files:
        try:
            results.append(parse_receipt(path))
        except (_native.ReceiptError, OSError) as e:
            failed += 1
            print(f"{path}: {type(e).__name__}: {e}", file=sys.stderr)
        bar.step()
    if args.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=ITEM_COLUMNS, lineterminator="\n")
        w.writeheader()
        for row in receipt_item_rows(results):
            w.writerow({k: "" if v is None else v for k, v in row.items()})
    else:
        docs = [r.to_json_dict() for r in results]
        out = docs[0] if len(args.files) == 1 and docs else docs
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 1 if failed else 0


def _stage_from(args: argparse.Namespace):
    from .stage import Stage
    aws = {k: v for k, v in (("region", args.aws_region), ("endpoint_url", args.s3_endpoint_url),
                             ("addressing", args.s3_addressing)) if v}
    return Stage(args.stage, args.processed_stage, **aws)


def _print_counts(res, out=sys.stdout) -> None:
    print(f"run {res.run_id}: {res.summary()}", file=out)
    _print_quarantine(res.quarantine, out)


def _print_quarantine(entries, out=sys.stdout) -> None:
    for _sha, _src, key, line, reason, detail in entries:
        where = f" line {line}" if line else ""
        print(f"  quarantined {key}{where}: {reason}: {detail[:160]}", file=out)


def cmd_run(args: argparse.Namespace) -> int:
    from .runner import Runner, open_source
    from .warehouse import Warehouse

    dsn = args.warehouse or os.environ.get("EXPETL_WAREHOUSE_DSN")
    if not dsn:
        print("expetl run: --warehouse DSN (or EXPETL_WAREHOUSE_DSN) is needed", file=sys.stderr)
        return 2
    sources = [open_source(spec) for spec in args.source]
    items = [it for src in sources for it in src]
    bar = _Progress(len(items))
    with Warehouse(dsn, dialect=args.dialect, schema=args.schema) as wh:
        runner = Runner(_stage_from(args), wh, run_id=args.run_id, workers=args.workers,
                        iam_role=args.iam_role, region=args.aws_region)
        res = runner.run(_counting(items, bar))
    for src in sources:  # all loaded: watermarks (Gmail) may move
        if hasattr(src, "commit"):
            src.commit()
    _print_counts(res)
    return 0


def _counting(items, bar):
    for it in items:
        yield it
        bar.step()


def cmd_schema(args: argparse.Namespace) -> int:
    from .warehouse import schema_sql
    sys.stdout.write(schema_sql(args.dialect, args.schema))
    return 0


def print_weekly(cols, rows, out=sys.stdout) -> None:
    widths = [max(len(str(c)), *(len(str(r[i] or "")) for r in rows)) if rows else len(c)
              for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for r in rows:
        cells = [str(v if v is not None else "") for v in r]
        print("  ".join(c.rjust(w) if i == len(cells) - 1 else c.ljust(w)
                        for i, (c, w) in enumerate(zip(cells, widths))), file=out)


def cmd_demo(args: argparse.Namespace) -> int:
    """The pipeline on the embedded defaults: a local PostgreSQL kept in
    --home between runs, a file:// stage there, the fixture Takeout mbox as
    the Gmail source and the fixture reports as Mercado Pago's.  Both DAGs
    run once with Airflow's dag.test(); --runner uses the in-process runner
    instead (no Airflow needed)."""
    from .localpg import LocalPostgres
    from .warehouse import Warehouse

    home = os.path.abspath(args.home)
    os.makedirs(home, exist_ok=True)
    with LocalPostgres(os.path.join(home, "pg")) as pg:
        print(f"warehouse: throwaway PostgreSQL on 127.0.0.1:{pg.port} (data in {home}/pg)")
        stage_url = "file://" + os.path.join(home, "stage")
        print(f"stage:     {stage_url}")
        ok = (_demo_runner if args.runner else _demo_airflow)(args, home, pg, stage_url)
        with Warehouse(pg.dsn) as wh:
            cols, rows = wh.weekly_expenses()
        print("\nweekly_expenses (amount = money out; Mercado Pago income shows negative)")
        print_weekly(cols, rows)
    return 0 if ok else 1


def _demo_runner(args: argparse.Namespace, home: str, pg, stage_url: str) -> bool:
    from .runner import Runner, iter_source
    from .stage import Stage
    from .warehouse import Warehouse

    with Warehouse(pg.dsn) as wh:
        items = list(iter_source(f"mbox:{args.mbox}"))
        if args.reports:
            items.extend(iter_source(f"dir:{args.reports}"))
        _print_counts(Runner(Stage(stage_url), wh).run(items))
    return True


def _demo_airflow(args: argparse.Namespace, home: str, pg, stage_url: str) -> bool:
    from .airflow import local

    local.use_home(os.path.join(home, "airflow"), args.dags)
    os.environ.setdefault("EXPETL_DAG_RETRIES", "0")  # a demo fails fast
    os.environ.setdefault("AIRFLOW__LOGGING__LOGGING_LEVEL", "WARNING")
    for var in ("expetl_sns_topic_arn", "expetl_alert_email", "expetl_success_summary"):
        os.environ.setdefault(f"AIRFLOW_VAR_{var.upper()}", "")  # no alerts from a demo
    print(f"airflow:   home {home}/airflow, DAGs from {os.path.abspath(args.dags)}")
    local.migrate()
    import airflow.configuration  # noqa: F401  (it turns DeprecationWarnings on for airflow.*)
    for category in (DeprecationWarning, FutureWarning):  # Airflow's own, not the demo's business
        warnings.simplefilter("ignore", category)
    local.set_connection("expetl_warehouse", f"postgres://expetl@127.0.0.1:{pg.port}/postgres?sslmode=disable")
    runs = [("expenses_gmail_receipts", f"mbox:{os.path.abspath(args.mbox)}", "extract", "parse")]
    if args.reports:
        runs.append(("expenses_mercadopago_reports", f"dir:{os.path.abspath(args.reports)}",
                     "fetch_reports", "fetch_reports"))
    ok = True
    for dag_id, source, extract_id, parse_id in runs:
        dag = local.load_dag(os.path.join(args.dags, dag_id + ".py"))
        run = dag.test(run_conf={"stage_url": stage_url, "source": source, "crawler": "", "schema": "expenses"})
        res = local.task_results(run)
        extracted, parsed, loaded = res.get(extract_id) or {}, res.get(parse_id) or {}, res.get("load") or {}
        print(f"\n{dag_id}: run {run.run_id} {run.state}; {len(extracted.get('records', []))} new staged, "
              f"loaded: " + ", ".join(f"{k} {v}" for k, v in sorted(loaded.items())))
        if run.state != "success":
            ok = False
            print("  tasks: " + ", ".join(f"{t} {s}" for t, s in sorted(local.task_states(run).items())))
        _print_quarantine(parsed.get("quarantine", []))
    return ok


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="expetl", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    pp = sub.add_parser("parse", help="parse receipt PDFs and print the contract")
    pp.add_argument("files", nargs="+")
    fmt = pp.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON (default)")
    fmt.add_argument("--csv", action="store_true", help="CSV, one line per item")
    pp.set_defaults(func=cmd_parse)
    fixtures = os.path.join("..", "shared", "fixtures")  # from a checkout, as `make demo` runs
    pd = sub.add_parser("demo", help="run the pipeline on the fixtures into a local PostgreSQL")
    pd.add_argument("--mbox", default=os.path.join(fixtures, "mail", "takeout.mbox"))
    pd.add_argument("--reports", default=os.path.join(fixtures, "mercadopago"),
                    help="folder of Mercado Pago report CSVs ('' for none)")
    pd.add_argument("--home", default=".demo", help="where the demo keeps its database, stage and Airflow")
    pd.add_argument("--dags", default="dags", help="the DAG folder (from a checkout: dags)")
    pd.add_argument("--runner", action="store_true", help="the in-process runner instead of Airflow")
    pd.set_defaults(func=cmd_demo)

    pr = sub.add_parser("run", help="extract → stage → parse → load, locally")
    pr.add_argument("--source", action="append", required=True,
                    help="mbox:PATH, dir:PATH, gmail:TOKEN_JSON or mercadopago:settlement|release (repeatable)")
    pr.add_argument("--stage", required=True, help="file:///path or s3://bucket/prefix")
    pr.add_argument("--processed-stage", help="where processed/… goes when not under --stage "
                    "(a bucket of its own), e.g. s3://processed-bucket/prefix")
    pr.add_argument("--warehouse", help="libpq DSN or URI (default: $EXPETL_WAREHOUSE_DSN)")
    pr.add_argument("--dialect", choices=("postgres", "redshift"), default="postgres")
    pr.add_argument("--schema", default="expenses")
    pr.add_argument("--run-id")
    pr.add_argument("--workers", type=int)
    pr.add_argument("--iam-role", help="Redshift COPY role ARN (default: IAM_ROLE default)")
    pr.add_argument("--aws-region")
    pr.add_argument("--s3-endpoint-url", help="an S3-compatible endpoint (MinIO, moto)")
    pr.add_argument("--s3-addressing", choices=("auto", "path", "virtual"))
    pr.set_defaults(func=cmd_run)

    pa = sub.add_parser("gmail-auth", help="authorise Gmail read access; writes the token JSON")
    pa.add_argument("--client-secrets", required=True, help="the OAuth client JSON from Cloud Console")
    pa.add_argument("--out", default="gmail-token.json")
    pa.add_argument("--port", type=int, default=0, help="loopback port (default: any free one)")
    pa.add_argument("--no-browser", action="store_true", help="only print the URL")
    pa.set_defaults(func=lambda a: __import__("expetl.gmail_auth", fromlist=["run"]).run(
        a.client_secrets, a.out, a.port, not a.no_browser))

    pw = sub.add_parser("webhook", help="the Mercado Pago notification receiver")
    pws = pw.add_subparsers(dest="webhook_cmd", required=True)
    pwr = pws.add_parser("serve", help="verify notifications and trigger the Airflow DAG")
    pwr.add_argument("--host", default="0.0.0.0")
    pwr.add_argument("--port", type=int, default=8085)
    pwr.set_defaults(func=lambda a: __import__("expetl.webhook", fromlist=["serve"]).serve(a.host, a.port))

    ps = sub.add_parser("schema", help="print the warehouse DDL")
    ps.add_argument("--dialect", choices=("postgres", "redshift"), default="postgres")
    ps.add_argument("--schema", default="expenses")
    ps.set_defaults(func=cmd_schema)
    args = p.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
    except (_native.ExpetlError, OSError, ValueError, RuntimeError) as e:
        print(f"expetl {args.cmd}: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
