"""expetl: supermarket receipts (ticket PDFs, AFIP invoices) and Mercado Pago
reports into one weekly-expenses warehouse."""
from __future__ import annotations

import argparse
from datetime import date
import csv
import json
import os
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterator

from . import __version__, _native
from .core import dialects
from .console import print_counts, write_quarantine
from .frames import ITEM_COLUMNS, receipt_item_rows


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


# ---- help text ----------------------------------------------------------------

class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and examples as written; every option's default shown
    (when it has one worth showing)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        h = action.help or ""
        d = action.default
        said = "%(default)" in h or "default:" in h or "the default" in h
        if not said and d not in (None, False, argparse.SUPPRESS, []) and action.option_strings:
            h += " (default: %(default)s)"
        return h


def command(sub: Any, name: str, summary: str, description: str, examples: str) -> argparse.ArgumentParser:
    """A subcommand with its one-line summary (in ``expetl -h``), a
    description and examples (in ``expetl NAME -h``)."""
    return sub.add_parser(name, help=summary, description=textwrap.dedent(description).strip(),
                          epilog="examples:\n" + textwrap.indent(textwrap.dedent(examples).strip(), "  "),
                          formatter_class=_Formatter)


# ---- expetl parse -------------------------------------------------------------

def _documents(paths: list[str], forced: str | None, only: tuple[str, ...] | None) -> list[tuple[str, str | None]]:
    """(path, kind name) of every document: files as named (kind forced,
    or recognised; None when neither), folders walked."""
    from .paths import kind_of, walk

    def skipped(path: str, why: str) -> None:
        print(f"  skipped {path}: {why}", file=sys.stderr)

    out: list[tuple[str, str | None]] = []
    for p in paths:
        if os.path.isdir(p):
            wanted = (forced,) if forced else only
            out += [(str(f), k.name) for f, k in walk([p], wanted, skipped)]
        else:
            try:
                kind = forced or getattr(kind_of(p), "name", None)
            except OSError:
                kind = None  # reported when parsed
            out.append((p, kind))
    return out


def _parse_one(path: str, kind: str | None) -> dict[str, Any]:
    """One document's entry: file, kind, sha256, and result or error."""
    from .core import kinds
    from .receipts import parse_receipt
    from .reports import parse_mp_report

    entry: dict[str, Any] = {"file": path, "kind": kind, "sha256": None}
    try:
        if kind == kinds.RECEIPT:
            r = parse_receipt(path)
            entry["sha256"], entry["result"] = r.sha256, r.to_json_dict()
        elif kind == kinds.REPORT:
            rep = parse_mp_report(path)
            entry["sha256"] = rep.sha256
            entry["result"] = {"report_type": rep.report_type,
                               "rows": [{"line": n, **row} for n, row in zip(rep.lines, rep.to_json_dicts())]}
        else:
            if not os.path.exists(path):
                raise FileNotFoundError(2, "no such file", path)
            raise ValueError("not a receipt PDF or a Mercado Pago report CSV (--kind forces one)")
    except (_native.ExpetlError, OSError, ValueError) as e:
        entry["sha256"] = getattr(e, "sha256", None)
        entry["error"] = {"type": type(e).__name__, "message": _message(e, path)}
        if getattr(e, "line", None):
            entry["error"]["line"] = e.line
    return entry


def _message(e: BaseException, path: str) -> str:
    """The error without the path prefix the entry already carries."""
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    msg = str(e)
    return msg[len(path) + 2:] if msg.startswith(path + ": ") else msg


def _entries(docs: list[tuple[str, str | None]], workers: int) -> Iterator[dict[str, Any]]:
    """Entries in input order; the C core parses in threads (GIL released)."""
    if workers <= 1 or len(docs) < 2:
        yield from (_parse_one(p, k) for p, k in docs)
        return
    with ThreadPoolExecutor(workers) as pool:
        window = workers * 4  # a bounded number in flight: output streams, memory stays flat
        futures = [pool.submit(_parse_one, p, k) for p, k in docs[:window]]
        for i in range(len(docs)):
            if i + window < len(docs):
                futures.append(pool.submit(_parse_one, *docs[i + window]))
            yield futures[i].result()
            futures[i] = None  # type: ignore[call-overload]


def cmd_parse(args: argparse.Namespace) -> int:
    from .core import kinds
    from .receipts import Receipt

    if args.csv and args.kind == kinds.REPORT:
        print("expetl parse: --csv prints receipts; use --json or --jsonl for Mercado Pago reports",
              file=sys.stderr)
        return 2
    docs = _documents(args.paths, args.kind, (kinds.RECEIPT,) if args.csv else None)
    bar, failed, out = _Progress(len(docs)), 0, sys.stdout
    if args.csv:
        w = csv.DictWriter(out, fieldnames=ITEM_COLUMNS, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
    elif args.json_format == "json":
        out.write("[")
    first = True
    for e in _entries(docs, args.workers):
        bar.step()
        if "error" in e or (args.csv and e["kind"] != kinds.RECEIPT):
            failed += 1
            err = e.get("error") or {"type": "ValueError", "message": "--csv prints receipts; "
                                     "use --json or --jsonl for Mercado Pago reports"}
            print(f"{e['file']}: {err['type']}: {err['message']}", file=sys.stderr)
            if args.csv:
                continue
        if args.csv:
            # the JSON result's money strings are the CSV's cells as they are
            r = Receipt(e["result"], e["sha256"], e["file"])
            for row in receipt_item_rows([r]):
                w.writerow({k: "" if v is None else v for k, v in row.items()})
        elif args.json_format == "jsonl":
            out.write(json.dumps(e, ensure_ascii=False) + "\n")
            out.flush()  # one line per document as it is parsed: a pipe sees it at once
        else:
            out.write(("\n" if first else ",\n") + textwrap.indent(json.dumps(e, ensure_ascii=False, indent=2), "  "))
        first = False
    if not args.csv and args.json_format == "json":
        out.write("\n]\n" if not first else "]\n")
    return 1 if failed else 0


def add_parse(sub: Any) -> None:
    p = command(sub, "parse", "parse receipt PDFs and Mercado Pago report CSVs, print the contract", """
        Parse receipt PDFs (supermarket tickets, AFIP invoices) and Mercado Pago
        settlement/release report CSVs, and print what was read.

        PATH is a file or a folder; a folder stands for every file under it, recursively,
        that is a receipt PDF or a Mercado Pago report (recognised by name and first bytes;
        others are skipped with a line on stderr).  --kind forces the kind of the files
        named and keeps only that kind in folders.

        JSON output is always one list with one object per document, in input order:
          {"file": PATH, "kind": "receipt" | "mp_report", "sha256": HEX,
           "result": {...}}                 the contract (money as strings); for a report
                                            {"report_type": ..., "rows": [{"line": N, ...}]}
          {"file": ..., "kind": ..., "sha256": HEX or null,
           "error": {"type": "UnsupportedLayout", "message": "...", "line": N}}
        --jsonl prints the same objects one per line, each as soon as it is parsed.
        --csv prints receipts only, one line per item, discount and tax.

        Errors also go to stderr as "FILE: ExceptionName: message"; the exit status is 1
        when any document failed.""", """
        expetl parse ticket.pdf
        expetl parse ~/Descargas/tickets/ --csv > lines.csv
        expetl parse tickets/ reports/ --jsonl | jq -c 'select(.error)'
        expetl parse settlement.csv
        expetl parse --kind mp_report export.txt""")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a receipt PDF, a report CSV, or a folder of them")
    p.add_argument("--kind", choices=("receipt", "mp_report"),
                   help="treat the files named as this kind; in folders, take only this kind")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="json_format", action="store_const", const="json", default="json",
                     help="one JSON list of document objects (the default)")
    fmt.add_argument("--jsonl", dest="json_format", action="store_const", const="jsonl",
                     help="one JSON object per line, streamed (for many files)")
    fmt.add_argument("--csv", action="store_true", help="CSV of receipts, one line per item, discount and tax")
    p.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1),
                   help="parsing threads (default: the CPU count, at most 4)")
    p.set_defaults(func=cmd_parse)


# ---- expetl run ---------------------------------------------------------------

def _stage_from(args: argparse.Namespace):
    from .stage import Stage
    aws = {k: v for k, v in (("region", args.aws_region), ("endpoint_url", args.s3_endpoint_url),
                             ("addressing", args.s3_addressing)) if v}
    return Stage(args.stage, args.processed_stage, **aws)


class _Counter:
    """Files read so far, on one stderr line, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.on = sys.stderr.isatty()

    def step(self, n: int) -> None:
        if self.on and n % 50 == 0:
            sys.stderr.write(f"\r{n} files read")
            sys.stderr.flush()


def cmd_run(args: argparse.Namespace) -> int:
    from .core.sources import Chain, open_source
    from .runner import Runner
    from .warehouse import Warehouse

    dsn = args.warehouse or os.environ.get("EXPETL_WAREHOUSE_DSN")
    if not dsn:
        print("expetl run: --warehouse DSN (or EXPETL_WAREHOUSE_DSN) is needed", file=sys.stderr)
        return 2
    qfile = open(args.quarantine_file, "w", encoding="utf-8") if args.quarantine_file else None  # fail early

    def skipped(path: str, why: str) -> None:
        print(f"  skipped {path}: {why}", file=sys.stderr)

    try:
        # read lazily: a mailbox of any size streams through the runner
        sources = Chain(open_source(spec, skipped) for spec in args.source)
        with Warehouse(dsn, dialect=args.dialect, schema=args.schema) as wh:
            runner = Runner(_stage_from(args), wh, run_id=args.run_id, workers=args.workers,
                            iam_role=args.iam_role, region=args.aws_region, progress=_Counter().step)
            res = runner.run(sources)  # sources commit (watermarks move) after every load committed
        print_counts(res, full=args.verbose)
        if qfile:
            n = write_quarantine(res.quarantine, qfile)
            print(f"{n} quarantine entries written to {args.quarantine_file}")
    finally:
        if qfile:
            qfile.close()
    return 0


def add_run(sub: Any) -> None:
    p = command(sub, "run", "extract → stage → parse → load, locally", """
        Run the pipeline once in this process: read the sources, stage every new file raw,
        parse it (processed CSV staged, or a quarantine entry), load the batch into the
        warehouse in one transaction.  Files already loaded or quarantined are skipped, so a
        re-run loads nothing twice.  Prints "N new, N duplicate, N quarantined, N loaded (...)"
        and one line per quarantined file with its reason.

        Sources: mbox:PATH (a Google Takeout mbox: its PDF attachments), dir:PATH (every
        receipt PDF and Mercado Pago report under a folder), gmail:TOKEN_JSON (new mail since
        the watermark kept beside the token), mercadopago:settlement|release (the reports API;
        MERCADOPAGO_ACCESS_TOKEN).""", """
        expetl run --source mbox:takeout.mbox --stage file:///tmp/stage \\
                   --warehouse postgresql://me@localhost/expenses
        expetl run --source dir:~/tickets --source mercadopago:release \\
                   --stage s3://my-bucket/expetl --quarantine-file quarantine.jsonl
        expetl run --dialect redshift --stage s3://raw/expetl --processed-stage s3://processed/expetl \\
                   --iam-role arn:aws:iam::123456789012:role/copy --source gmail:gmail-token.json""")
    p.add_argument("--source", action="append", required=True, metavar="SPEC",
                   help="mbox:PATH, dir:PATH, gmail:TOKEN_JSON or mercadopago:settlement|release (repeatable)")
    p.add_argument("--stage", required=True, help="file:///path or s3://bucket/prefix")
    p.add_argument("--processed-stage", metavar="URL", help="where processed/… goes when not under --stage "
                   "(a bucket of its own), e.g. s3://processed-bucket/prefix")
    p.add_argument("--warehouse", metavar="DSN", help="libpq DSN or URI (default: $EXPETL_WAREHOUSE_DSN)")
    p.add_argument("--dialect", choices=dialects.names(), default="postgres", help="warehouse dialect")
    p.add_argument("--schema", default="expenses", help="warehouse schema")
    p.add_argument("--run-id", help="the run's id in ingested_files (default: run-<UTC time>-<random>)")
    p.add_argument("--workers", type=int, help="parse workers (default: one more than the CPUs, at most 8)")
    p.add_argument("--iam-role", metavar="ARN", help="Redshift COPY role (default: IAM_ROLE default)")
    p.add_argument("--aws-region", help="AWS region (default: $AWS_REGION)")
    p.add_argument("--s3-endpoint-url", metavar="URL", help="an S3-compatible endpoint (MinIO, moto)")
    p.add_argument("--s3-addressing", choices=("auto", "path", "virtual"),
                   help="S3 URL style (default: virtual-hosted on AWS, path style on a custom endpoint)")
    p.add_argument("-v", "--verbose", action="store_true", help="print each quarantine detail in full")
    p.add_argument("--quarantine-file", metavar="FILE",
                   help="write every quarantine entry (sha256, source, object_key, line, reason, detail) "
                        "to FILE as JSON lines")
    p.set_defaults(func=cmd_run)


# ---- expetl demo, schema, gmail-auth, webhook -----------------------------------

def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo
    return run_demo(args)


def add_demo(sub: Any) -> None:
    p = command(sub, "demo", "run the whole pipeline on a sample month into a throwaway PostgreSQL", """
        Run the pipeline end to end on this machine: a sample household month (tickets
        from five chains in a Takeout mailbox, and a Mercado Pago release report, made by
        expetl's own generator into HOME/sample) is staged to HOME/stage, parsed and loaded
        into a PostgreSQL of its own under HOME/pg (started on a free port, stopped at the
        end; needs Debian's postgresql package), then the weekly_expenses view is printed.

        With Airflow installed and the DAG folder at hand (a checkout), both DAGs run once
        with dag.test(); otherwise (or with --runner) the in-process runner does the same.
        Run it again and nothing new loads.""", """
        expetl demo
        expetl demo --runner --home /tmp/expetl-demo
        expetl demo --mbox ~/Takeout/Mail/Compras.mbox --reports ''
        expetl demo --mbox ../shared/fixtures/mail/takeout.mbox --reports ../shared/fixtures/mercadopago""")
    p.add_argument("--home", default=".demo", help="where the demo keeps its sample, database, stage and Airflow")
    p.add_argument("--mbox", help="a Takeout mbox to load (default: the sample's)")
    p.add_argument("--reports", metavar="DIR",
                   help="a folder of Mercado Pago report CSVs, '' for none (default: the sample's)")
    p.add_argument("--dags", metavar="DIR", help="the DAG folder (default: ./dags, or the checkout's)")
    p.add_argument("--runner", action="store_true", help="the in-process runner even when Airflow is installed")
    p.set_defaults(func=cmd_demo)


def add_postgres(sub: Any) -> None:
    p = command(sub, "postgres", "run a PostgreSQL of its own, for trying Airflow or the CLI locally", """
        Start a PostgreSQL server in DIR (initialised on first use, its data kept between
        runs) on 127.0.0.1, print its DSN and the Airflow connection line to export, and
        wait; Ctrl-C stops it.  Needs Debian's postgresql package (make demo and make test
        install it).  As root the server runs as the postgres user, so DIR must sit under
        a world-readable path.""", """
        expetl postgres
        expetl postgres --dir /tmp/expetl-pg --port 5433""")
    p.add_argument("--dir", default=".expetl-pg", help="where the server keeps its data")
    p.add_argument("--port", type=int, help="the TCP port (default: a free one)")
    p.set_defaults(func=cmd_postgres)


def cmd_postgres(args: argparse.Namespace) -> int:
    import signal
    import threading

    from .localpg import LocalPostgres

    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    pg = LocalPostgres(args.dir, args.port).start()
    try:
        print(f"PostgreSQL on 127.0.0.1:{pg.port}, data in {pg.data}; Ctrl-C stops it.")
        print(f"  warehouse DSN: {pg.dsn}")
        print(f"  export AIRFLOW_CONN_EXPETL_WAREHOUSE='postgres://expetl@127.0.0.1:{pg.port}/postgres"
              "?sslmode=disable'", flush=True)
        stop.wait()
    finally:
        pg.stop()
    print("stopped.")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .warehouse import schema_sql
    sys.stdout.write(schema_sql(args.dialect, args.schema))
    return 0


def add_schema(sub: Any) -> None:
    p = command(sub, "schema", "print the warehouse DDL", """
        Print the DDL the loader runs on first use: every document kind's tables,
        ingested_files, quarantine and the views, for the dialect.""", """
        expetl schema
        expetl schema --dialect redshift --schema expenses > schema.sql""")
    p.add_argument("--dialect", choices=dialects.names(), default="postgres", help="warehouse dialect")
    p.add_argument("--schema", default="expenses", help="schema name")
    p.set_defaults(func=cmd_schema)


def add_gmail_auth(sub: Any) -> None:
    p = command(sub, "gmail-auth", "authorise Gmail read access; writes the token JSON", """
        Authorise read-only Gmail access in a browser (OAuth with a loopback redirect and
        PKCE) and write the authorised-user token JSON that gmail:TOKEN_JSON sources and the
        Airflow gmail connection read.""", """
        expetl gmail-auth --client-secrets client.json
        expetl gmail-auth --client-secrets client.json --out ~/.config/expetl/gmail.json --no-browser""")
    p.add_argument("--client-secrets", required=True, metavar="JSON", help="the OAuth client JSON from Cloud Console")
    p.add_argument("--out", default="gmail-token.json", help="where the token JSON goes (written 0600)")
    p.add_argument("--port", type=int, default=0, help="loopback port (default: any free one)")
    p.add_argument("--no-browser", action="store_true", help="only print the URL")
    p.set_defaults(func=lambda a: __import__("expetl.gmail_auth", fromlist=["run"]).run(
        a.client_secrets, a.out, a.port, not a.no_browser))


def add_webhook(sub: Any) -> None:
    p = command(sub, "webhook", "the Mercado Pago notification receiver", """
        Receive Mercado Pago report notifications, verify them, and trigger the
        expenses_mercadopago_reports DAG through Airflow's REST API.""", """
        EXPETL_MP_WEBHOOK_SECRET=... EXPETL_AIRFLOW_URL=http://localhost:8080 expetl webhook serve""")
    ps = p.add_subparsers(dest="webhook_cmd", required=True, metavar="COMMAND")
    s = command(ps, "serve", "verify notifications and trigger the Airflow DAG", """
        Serve HTTP: a notification that verifies (x-signature, bcrypt) is answered 202 at once
        and triggers a DAG run; a wrong one is a 401.  Settings come from the environment
        (EXPETL_MP_WEBHOOK_SECRET, EXPETL_AIRFLOW_URL, EXPETL_AIRFLOW_USERNAME,
        EXPETL_AIRFLOW_PASSWORD, EXPETL_WEBHOOK_DAG_ID, EXPETL_WEBHOOK_TOLERANCE).""", """
        expetl webhook serve --port 8085""")
    s.add_argument("--host", default="0.0.0.0", help="address to listen on")
    s.add_argument("--port", type=int, default=8085, help="port to listen on (0: any free port, logged)")
    s.set_defaults(func=lambda a: __import__("expetl.webhook", fromlist=["serve"]).serve(a.host, a.port))
    st = command(ps, "status", "notifications waiting for Airflow in the receiver's spool", """
        Read the spool (EXPETL_WEBHOOK_SPOOL) whether the receiver runs or not: what is
        pending, the oldest entry's age and the last delivery error.  Exit 1 when an entry
        has waited longer than EXPETL_WEBHOOK_STALE_AFTER.""", """
        expetl webhook status --json""")
    st.add_argument("--json", action="store_true", help="JSON instead of text")
    st.set_defaults(func=lambda a: __import__("expetl.webhook", fromlist=["status"]).status(a.json))


def _warehouse_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--warehouse", help="libpq DSN or URI (default: $EXPETL_WAREHOUSE_DSN)")
    p.add_argument("--dialect", default="postgres", help="warehouse dialect")
    p.add_argument("--schema", default="expenses", help="warehouse schema")


def _open_warehouse(args: argparse.Namespace):
    from .warehouse import Warehouse

    dsn = args.warehouse or os.environ.get("EXPETL_WAREHOUSE_DSN")
    if not dsn:
        raise SystemExit(f"expetl {args.cmd}: --warehouse DSN (or EXPETL_WAREHOUSE_DSN) is needed")
    return Warehouse(dsn, dialect=args.dialect, schema=args.schema)


def cmd_weekly(args: argparse.Namespace) -> int:
    from .console import print_weekly
    from .core import ledger

    with _open_warehouse(args) as wh:
        weeks = ledger.weekly(wh, args.since, args.until)
    if args.json:
        json.dump(weeks, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_weekly(weeks)
    return 0


def add_weekly(sub: Any) -> None:
    p = command(sub, "weekly", "the weekly ledger of a warehouse: spending per week and currency", """
        Spending per ISO week and currency: receipts, Mercado Pago spending that no ticket
        explains and taxes, minus refunds; by category and by brand; with income, own
        transfers and transfers out beside it, never in it.  --json prints one object per
        week and currency (week_start, currency, spending, income, own_transfers,
        transfers_out, by_category, by_brand; amounts as decimal strings).""", """
        expetl weekly --warehouse postgresql://me@localhost/expenses
        expetl weekly --warehouse postgresql://me@localhost/expenses --json --since 2025-09-01""")
    _warehouse_args(p)
    p.add_argument("--since", type=date.fromisoformat, help="first week (a date in it, YYYY-MM-DD)")
    p.add_argument("--until", type=date.fromisoformat, help="last week (a date in it, YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="a JSON list, one object per week and currency")
    p.set_defaults(func=cmd_weekly)


def cmd_report(args: argparse.Namespace) -> int:
    from .core import ledger
    from .report import render_text, write_report

    with _open_warehouse(args) as wh:
        data = ledger.report_data(wh, args.week, args.currency)
    print(render_text(data))
    if args.out:
        paths = [p for p in write_report(data, args.out) if p]
        print("\nwritten: " + ", ".join(str(p) for p in paths))
    return 0


def add_report(sub: Any) -> None:
    p = command(sub, "report", "the Monday report of a week: text, and HTML + PNG chart with --out", """
        What was spent in a week against the four before it, by category (a chart in the
        HTML), top merchants, the biggest purchases, products whose unit price rose, and
        what is pending (quarantined files, unclassified movements) with what to do.  The
        chart needs the report extra: pip install 'expetl[report]'.""", """
        expetl report --warehouse postgresql://me@localhost/expenses
        expetl report --warehouse postgresql://me@localhost/expenses --week 2025-09-15 --out reports/""")
    _warehouse_args(p)
    p.add_argument("--week", type=date.fromisoformat,
                   help="a date in the week (default: the last week with spending)")
    p.add_argument("--currency", default="ARS", help="the report's currency")
    p.add_argument("--out", help="folder for report-YYYY-MM-DD.html, .png and .txt")
    p.set_defaults(func=cmd_report)


# Each entry adds one subcommand; a new command is one more function here.
COMMANDS: list[Callable[[Any], None]] = [add_parse, add_run, add_weekly, add_report, add_demo, add_schema,
                                         add_postgres, add_gmail_auth, add_webhook]


def version_text() -> str:
    v = _native.backend_versions()
    return f"expetl {__version__} (poppler {v['poppler']}, Python {sys.version.split()[0]})"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="expetl", description=__doc__, formatter_class=_Formatter,
                                epilog=textwrap.dedent("""\
                                    examples:
                                      expetl demo                      # the whole pipeline on a sample month
                                      expetl parse ticket.pdf          # what a receipt reads as
                                      expetl parse tickets/ --csv      # every line of every ticket
                                      expetl COMMAND -h                # a command's options and examples"""))
    p.add_argument("--version", action="version", version=version_text())
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
    except (_native.ExpetlError, OSError, ValueError, RuntimeError) as e:
        print(f"expetl {args.cmd}: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
