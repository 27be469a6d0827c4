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
from .console import print_counts
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


def cmd_run(args: argparse.Namespace) -> int:
    from .core.sources import Chain, open_source
    from .runner import Runner
    from .warehouse import Warehouse

    dsn = args.warehouse or os.environ.get("EXPETL_WAREHOUSE_DSN")
    if not dsn:
        print("expetl run: --warehouse DSN (or EXPETL_WAREHOUSE_DSN) is needed", file=sys.stderr)
        return 2

    def skipped(path: str, why: str) -> None:
        print(f"  skipped {path}: {why}", file=sys.stderr)

    # read lazily: a mailbox of any size streams through the runner
    sources = Chain(open_source(spec, skipped) for spec in args.source)
    with Warehouse(dsn, dialect=args.dialect, schema=args.schema) as wh:
        runner = Runner(_stage_from(args), wh, run_id=args.run_id, workers=args.workers,
                        iam_role=args.iam_role, region=args.aws_region, progress=_Counter().step)
        res = runner.run(sources)  # sources commit (watermarks move) after every load committed
    print_counts(res)
    return 0


class _Counter:
    """Files read so far, on one stderr line, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.on = sys.stderr.isatty()

    def step(self, n: int) -> None:
        if self.on and n % 50 == 0:
            sys.stderr.write(f"\r{n} files read")
            sys.stderr.flush()


def cmd_weekly(args: argparse.Namespace) -> int:
    from .core import ledger
    from .console import print_weekly
    from .warehouse import Warehouse

    dsn = args.warehouse or os.environ.get("EXPETL_WAREHOUSE_DSN")
    if not dsn:
        print("expetl weekly: --warehouse DSN (or EXPETL_WAREHOUSE_DSN) is needed", file=sys.stderr)
        return 2
    with Warehouse(dsn, dialect=args.dialect, schema=args.schema) as wh:
        weeks = ledger.weekly(wh, args.since, args.until)
    if args.json:
        json.dump(weeks, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_weekly(weeks)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .core import ledger
    from .report import render_text, write_report
    from .warehouse import Warehouse

    dsn = args.warehouse or os.environ.get("EXPETL_WAREHOUSE_DSN")
    if not dsn:
        print("expetl report: --warehouse DSN (or EXPETL_WAREHOUSE_DSN) is needed", file=sys.stderr)
        return 2
    with Warehouse(dsn, dialect=args.dialect, schema=args.schema) as wh:
        data = ledger.report_data(wh, args.week, args.currency)
    print(render_text(data))
    if args.out:
        paths = [p for p in write_report(data, args.out) if p]
        print("\nwritten: " + ", ".join(str(p) for p in paths))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .warehouse import schema_sql
    sys.stdout.write(schema_sql(args.dialect, args.schema))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo
    return run_demo(args)


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
    pwst = pws.add_parser("status", help="the receiver's spool: notifications waiting for Airflow "
                                         "(exit 1 when one waits too long)")
    pwst.add_argument("--json", action="store_true")
    pwst.set_defaults(func=lambda a: __import__("expetl.webhook", fromlist=["status"]).status(a.json))

    from datetime import date
    pw = sub.add_parser("weekly", help="the weekly ledger of a warehouse: spending per week and currency",
                        description="Spending per ISO week and currency (receipts, Mercado Pago spending "
                        "no ticket explains, taxes, minus refunds), by category and brand, with income, own "
                        "transfers and transfers out beside it.",
                        epilog="example: expetl weekly --warehouse postgresql://me@localhost/expenses --json")
    pw.add_argument("--warehouse", help="libpq DSN or URI (default: $EXPETL_WAREHOUSE_DSN)")
    pw.add_argument("--dialect", default="postgres", help="warehouse dialect (default: postgres)")
    pw.add_argument("--schema", default="expenses", help="warehouse schema (default: expenses)")
    pw.add_argument("--since", type=date.fromisoformat, help="first week (a date in it, YYYY-MM-DD)")
    pw.add_argument("--until", type=date.fromisoformat, help="last week (a date in it, YYYY-MM-DD)")
    pw.add_argument("--json", action="store_true", help="a JSON list, one object per week and currency")
    pw.set_defaults(func=cmd_weekly)

    pm = sub.add_parser("report", help="the Monday report of a week: text, and HTML + PNG chart with --out",
                        description="What was spent in a week against the four before it, by category (a chart "
                        "in the HTML), top merchants, the biggest purchases, products whose unit price rose, "
                        "and what is pending (quarantined files, unclassified movements) with what to do.",
                        epilog="example: expetl report --warehouse postgresql://me@localhost/expenses "
                               "--week 2025-09-15 --out reports/")
    pm.add_argument("--warehouse", help="libpq DSN or URI (default: $EXPETL_WAREHOUSE_DSN)")
    pm.add_argument("--dialect", default="postgres", help="warehouse dialect (default: postgres)")
    pm.add_argument("--schema", default="expenses", help="warehouse schema (default: expenses)")
    pm.add_argument("--week", type=date.fromisoformat, help="a date in the week (default: the last week with spending)")
    pm.add_argument("--currency", default="ARS", help="the report's currency (default: ARS)")
    pm.add_argument("--out", help="folder for report-YYYY-MM-DD.html, .png and .txt")
    pm.set_defaults(func=cmd_report)

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
