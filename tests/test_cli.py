"""The expetl command, run as a real subprocess."""
import csv
import io
import json
import os
import pathlib
import subprocess
import sys
import tempfile
from decimal import Decimal

from conftest import FIXTURES

PDF = FIXTURES / "receipts" / "carrefour_01_hiper_palermo.pdf"
PDF2 = FIXTURES / "receipts" / "dia_02_code_first.pdf"
EXE = pathlib.Path(sys.executable).parent / "expetl"


def run(*args):
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, text=True)


def parse(*args):
    p = run("parse", *args)
    return p, (json.loads(p.stdout) if p.stdout.startswith("[") else None)


def test_parse_json_is_always_a_list_of_documents():
    p, out = parse(PDF)
    assert p.returncode == 0, p.stderr
    (d,) = out
    assert d["file"] == str(PDF) and d["kind"] == "receipt" and len(d["sha256"]) == 64
    assert d["result"]["total"] == "26543.75" and d["result"]["merchant"]["cuit"] == "30687310434"
    p, out = parse("--json", PDF, PDF2)
    assert p.returncode == 0
    assert [d["result"]["number"] for d in out] == [87234, 57690592]


def test_parse_folders_recursively_with_reports_and_skips():
    """A folder: every receipt PDF and Mercado Pago report under it, in name
    order; other files (expected JSON, READMEs, the mbox) skipped on stderr."""
    p, out = parse(FIXTURES / "household")
    assert p.returncode == 0, p.stderr
    kinds = [d["kind"] for d in out]
    assert kinds.count("receipt") == 11 and kinds.count("mp_report") == 2
    assert [d["file"] for d in out] == sorted(d["file"] for d in out)
    rep = next(d for d in out if d["file"].endswith("release_2025-09-01_2025-09-14.csv"))
    assert rep["result"]["report_type"] == "release"
    assert rep["result"]["rows"][0]["line"] == 2 and rep["result"]["rows"][0]["source_id"] is None
    assert "skipped" in p.stderr and "takeout.mbox" in p.stderr and "README.md" in p.stderr


def test_parse_a_mercado_pago_csv_and_force_a_kind(tmp_path):
    p, (d,) = parse(FIXTURES / "mercadopago" / "settlement_es.csv")
    assert p.returncode == 0 and d["kind"] == "mp_report" and d["result"]["report_type"] == "settlement"
    renamed = tmp_path / "export.txt"  # a report by its header line, whatever its name
    renamed.write_bytes((FIXTURES / "mercadopago" / "settlement_es.csv").read_bytes())
    p, (r,) = parse(renamed)
    assert p.returncode == 0 and r["kind"] == "mp_report" and r["result"]["rows"] == d["result"]["rows"]
    odd = tmp_path / "export.csv"  # a file no kind claims: the header line on a later line
    odd.write_bytes(b"Reporte de liquidaciones\n" + (FIXTURES / "mercadopago" / "settlement_es.csv").read_bytes())
    p, (e,) = parse(odd)
    assert p.returncode == 1 and e["error"]["type"] == "ValueError" and "--kind" in e["error"]["message"]
    p, (f,) = parse("--kind", "mp_report", odd)
    assert p.returncode == 1 and f["error"]["type"] == "ReportError"  # forced, and read as it is


def test_parse_jsonl_streams_one_object_per_line():
    p = run("parse", "--jsonl", PDF, FIXTURES / "bad" / "letter.pdf", FIXTURES / "mercadopago")
    lines = p.stdout.splitlines()
    docs = [json.loads(x) for x in lines]
    assert len(docs) == 1 + 1 + 6 and p.returncode == 1  # the folder's bad-amount report fails too
    assert docs[0]["result"]["total"] == "26543.75"
    assert docs[1]["error"]["type"] == "UnsupportedLayout" and docs[1]["sha256"]
    bad = next(d for d in docs if d["file"].endswith("settlement_bad_amount.csv"))
    assert bad["error"] == {"type": "ReportError", "line": 4, "message": bad["error"]["message"]}
    assert not bad["error"]["message"].startswith(str(FIXTURES))  # the entry names the file once


def test_parse_csv_one_line_per_item_and_discount():
    p = run("parse", "--csv", PDF, PDF2)
    rows = list(csv.DictReader(io.StringIO(p.stdout)))
    assert [r["kind"] for r in rows].count("item") == 9 + 10
    assert rows[0]["description"] == "LECHE DESCREMADA 1L" and rows[0]["amount"] == "2780.00"
    assert rows[0]["file"] == str(PDF)
    for f, total in ((str(PDF), "26543.75"), (str(PDF2), "45860.25")):
        mine = [r for r in rows if r["file"] == f]
        assert sum(Decimal(r["amount"]) for r in mine) == Decimal(total) == Decimal(mine[0]["total"])
    p = run("parse", "--csv", "--kind", "mp_report", FIXTURES / "mercadopago")
    assert p.returncode == 2 and "--jsonl" in p.stderr


def test_errors_go_to_stderr_with_the_file_name_and_fail(tmp_path):
    bad = FIXTURES / "bad" / "letter.pdf"
    p, out = parse(PDF, bad, tmp_path / "missing.pdf")
    assert p.returncode == 1
    assert f"{bad}: UnsupportedLayout: not a receipt" in p.stderr
    assert [d.get("error", {}).get("type") for d in out] == [None, "UnsupportedLayout", "FileNotFoundError"]


def test_version():
    import expetl

    p = run("--version")
    assert p.returncode == 0 and p.stdout.startswith(f"expetl {expetl.__version__} (poppler ")


def test_every_command_has_a_description_examples_and_defaults():
    from expetl.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.choices and "parse" in a.choices)
    for name, parser in sub.choices.items():
        h = parser.format_help()
        assert "examples:" in h and f"expetl {name}" in h.split("examples:")[1], name
        assert parser.description, name
        for a in parser._actions:
            if a.option_strings and a.default not in (None, False, "==SUPPRESS==") and a.help:
                assert "default" in parser._get_formatter()._get_help_string(a), (name, a.dest)
    top = run("-h").stdout
    assert "examples:" in top and "expetl demo" in top
    assert "(default: .demo)" in run("demo", "-h").stdout


def test_run_quarantine_in_full_verbose_and_to_a_file(tmp_path, pg, schema):
    """A quarantine detail is never cut inside its JSON: --verbose prints
    it whole, --quarantine-file writes every entry as a JSON line."""
    src = tmp_path / "in"
    src.mkdir()
    for f in (FIXTURES / "receipts" / "coto_02_totals_mismatch.pdf", FIXTURES / "mercadopago" / "settlement_bad_amount.csv"):
        (src / f.name).write_bytes(f.read_bytes())
    qfile = tmp_path / "q.jsonl"
    p = run("run", "--source", f"dir:{src}", "--stage", f"file://{tmp_path}/stage", "--warehouse", pg.dsn,
            "--schema", schema, "--verbose", "--quarantine-file", qfile)
    assert p.returncode == 0, p.stderr
    entries = [json.loads(x) for x in qfile.read_text().splitlines()]
    assert sorted(e["reason"] for e in entries) == ["ReportError", "totals_mismatch"]
    mism = next(e for e in entries if e["reason"] == "totals_mismatch")
    assert json.loads(mism["detail"])["total"] == "47668.39"
    assert "2 quarantine entries written to" in p.stdout
    line = next(x for x in p.stdout.splitlines() if "totals_mismatch:" in x)
    assert line.endswith("items_plus_discounts=47658.39, warnings=totals_mismatch")


def test_a_long_detail_is_cut_at_a_word_with_what_is_left():
    from expetl.console import detail_text

    d = json.dumps({"merchant": "X" * 10, "note": "word " * 80})
    short = detail_text(d)
    assert short.startswith("merchant=XXXXXXXXXX, note=word") and "more characters: --verbose" in short
    assert len(short) < 300 and detail_text(d, full=True).count("word") == 80


def test_demo_runs_both_dags_with_airflow_and_a_rerun_loads_nothing():
    # as root the server runs as `postgres`, which must reach the folder:
    # pytest's own tmp_path is private, a plain temp dir is not
    with tempfile.TemporaryDirectory(prefix="expetl-demo-") as d:
        os.chmod(d, 0o755)
        home = pathlib.Path(d) / "demo"
        p = demo(home)
        assert p.returncode == 0, p.stderr
        assert "success; 7 new staged, loaded: attempts 1, files 7, items 90, movements 0, quarantined 0, " \
               "receipts 7" in p.stdout
        assert "success; 6 new staged, loaded: attempts 1, files 6, items 0, movements 59, quarantined 1, " \
               "receipts 0" in p.stdout
        assert "quarantined raw/mercadopago/settlement_bad_amount.csv line 4: ReportError" in p.stdout
        assert (home / "airflow" / "airflow.db").exists()  # Airflow's own metadata, in the demo's home
        _check_receipt_weeks(p.stdout)
        again = demo(home)
        assert again.returncode == 0, again.stderr
        assert again.stdout.count("success; 0 new staged") == 2 and "receipts 0" in again.stdout
        assert again.stderr == ""
        _check_receipt_weeks(again.stdout)


def test_demo_with_the_local_runner():
    with tempfile.TemporaryDirectory(prefix="expetl-demo-") as d:
        os.chmod(d, 0o755)
        p = demo(pathlib.Path(d) / "demo", "--runner")
        assert p.returncode == 0, p.stderr
        assert ": 13 new, 1 duplicate, 1 quarantined, 12 loaded (7 receipts, 90 items, 59 movements)" in p.stdout
        _check_receipt_weeks(p.stdout)


def test_demo_on_the_generated_sample_with_the_runner():
    """No --mbox/--reports: the sample month expetl generates into HOME."""
    from expetl.sample import household

    month = household()
    with tempfile.TemporaryDirectory(prefix="expetl-demo-") as d:
        os.chmod(d, 0o755)
        home = pathlib.Path(d) / "demo"
        p = run("demo", "--runner", "--home", home)
        assert p.returncode == 0, p.stderr
        items = sum(len(t.items) + len(t.discounts) for t in month.tickets)
        assert f": 11 new, 1 duplicate, 0 quarantined, 11 loaded (10 receipts, {items} items, 26 movements)" \
            in p.stdout
        assert (home / "sample" / "takeout.mbox").read_bytes() == month.mbox
        import re
        receipts = [Decimal(m.replace(".", "").replace(",", "."))
                    for m in re.findall(r"\(receipts (-?[\d.]+,\d\d),", p.stdout)]
        assert sum(receipts) == sum(t.total for t in month.tickets)
        assert (home / "report").is_dir() and list((home / "report").glob("report-*.html"))
        again = run("demo", "--runner", "--home", home)
        assert ": 0 new, 12 duplicate, 0 quarantined, 0 loaded" in again.stdout


def test_demo_checks_its_inputs_before_starting_anything(tmp_path):
    for args, why in ((("--mbox", tmp_path / "none.mbox"), "is not a file"),
                      (("--reports", tmp_path / "none"), "is not a folder"),
                      (("--dags", tmp_path), "has no expenses_gmail_receipts.py")):
        p = run("demo", "--home", tmp_path / "home", *args)
        assert p.returncode == 1 and why in p.stderr and "Traceback" not in p.stderr
        assert not (tmp_path / "home" / "pg").exists()  # no server was started


def demo(home, *extra):
    return run("demo", "--home", home, "--mbox", FIXTURES / "mail" / "takeout.mbox",
               "--reports", FIXTURES / "mercadopago", "--dags", pathlib.Path(__file__).parent.parent / "dags",
               *extra)


def _check_receipt_weeks(out):
    import re
    # the weeks' receipts add up to what the 7 distinct tickets cost
    got = [float(m.replace(".", "").replace(",", ".")) for m in re.findall(r"\(receipts (-?[\d.]+,\d\d),", out)]
    assert abs(sum(got) - (26543.75 + 29761.30 + 20754.32 + 111703.31 + 60644.38 + 16924.55 + 90100.03)) < 0.01
    assert re.search(r"^2025-W11  2025-03-10 to 2025-03-16  ARS$", out, re.M), out


def test_postgres_serves_until_interrupted():
    """`expetl postgres`: the README's warehouse for trying Airflow; it
    prints a DSN that answers, and Ctrl-C stops the server."""
    import signal

    from expetl.warehouse import Warehouse

    with tempfile.TemporaryDirectory(prefix="expetl-cli-pg-") as d:
        p = subprocess.Popen([str(EXE), "postgres", "--dir", d], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
        try:
            lines = [p.stdout.readline() for _ in range(3)]
            assert lines[0].startswith("PostgreSQL on 127.0.0.1:"), (lines, p.stderr.read() if p.poll() else "")
            dsn = lines[1].split("warehouse DSN: ", 1)[1].strip()
            assert lines[2].strip().startswith("export AIRFLOW_CONN_EXPETL_WAREHOUSE='postgres://expetl@127.0.0.1:")
            with Warehouse(dsn, schema="cli_pg") as wh:
                assert wh.query("SELECT 40 + 2")[1] == [("42",)]
        finally:
            p.send_signal(signal.SIGINT)
            out, _err = p.communicate(timeout=60)
        assert p.returncode == 0 and "stopped." in out
        assert not (pathlib.Path(d) / "data" / "postmaster.pid").exists()
