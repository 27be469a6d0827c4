"""The expetl command, run as a real subprocess."""
import csv
import io
import json
import pathlib
import subprocess
import sys

from conftest import FIXTURES

PDF = FIXTURES / "receipts" / "carrefour_01_hiper_palermo.pdf"
PDF2 = FIXTURES / "receipts" / "dia_02_code_first.pdf"
EXE = pathlib.Path(sys.executable).parent / "expetl"


def run(*args):
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, text=True)


def test_parse_json_one_file_is_an_object():
    p = run("parse", PDF)
    assert p.returncode == 0, p.stderr
    d = json.loads(p.stdout)
    assert d["total"] == "26543.75" and d["merchant"]["cuit"] == "30687310434"


def test_parse_json_many_files_is_a_list():
    p = run("parse", "--json", PDF, PDF2)
    assert p.returncode == 0
    assert [d["number"] for d in json.loads(p.stdout)] == [87234, 57690592]


def test_parse_csv_one_line_per_item():
    p = run("parse", "--csv", PDF, PDF2)
    rows = list(csv.DictReader(io.StringIO(p.stdout)))
    assert len(rows) == 9 + 10
    assert rows[0]["description"] == "LECHE DESCREMADA 1L" and rows[0]["amount"] == "2780.00"


def test_errors_go_to_stderr_with_the_file_name_and_fail():
    bad = FIXTURES / "bad" / "letter.pdf"
    p = run("parse", PDF, bad)
    assert p.returncode == 1
    assert "letter.pdf: UnsupportedLayout" in p.stderr
    assert len(json.loads(p.stdout)) == 1


def test_demo_prints_weekly_totals():
    p = run("demo", "--mbox", FIXTURES / "mail" / "takeout.mbox")
    assert p.returncode == 0, p.stderr
    assert "7 distinct PDFs, 1 duplicate(s) skipped, 0 error(s)" in p.stdout
    weeks = [ln.split() for ln in p.stdout.splitlines() if ln[:4] == "2025"]
    # one line per ISO week (Monday), oldest first; the sum covers the 7 distinct receipts
    assert weeks[0] == ["2025-03-10", "26,543.75"]
    total = sum(float(w[1].replace(",", "")) for w in weeks)
    assert abs(total - (26543.75 + 29761.30 + 20754.32 + 111703.31 + 60644.38 + 16924.55 + 90100.03)) < 0.01
