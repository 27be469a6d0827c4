"""The expetl command, run as a real subprocess."""
import csv
import io
import json
import os
import pathlib
import subprocess
import sys
import tempfile

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
