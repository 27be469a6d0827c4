"""The local pipeline end to end: sources → stage → parse → load, against a
real PostgreSQL, with the file stage and with S3 on moto."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from expetl.core.kinds import quality_issues
from expetl.core.sources import open_source
from expetl.runner import Runner
from expetl.stage import Stage
from expetl.warehouse import Warehouse

MBOX = FIXTURES / "mail" / "takeout.mbox"
MP_DIR = FIXTURES / "mercadopago"
EXE = Path(sys.executable).parent / "expetl"

# the 7 distinct receipts of the fixture mbox (one is attached twice)
MBOX_TOTAL = 26543.75 + 29761.30 + 20754.32 + 111703.31 + 60644.38 + 16924.55 + 90100.03


def table(wh, name, cols="count(*)"):
    return wh.query(f'SELECT {cols} FROM "{wh.schema}".{name}')[1]


def run_all(stage, wh, run_id=None):
    items = list(open_source(f"mbox:{MBOX}")) + list(open_source(f"dir:{MP_DIR}"))
    return Runner(stage, wh, run_id=run_id, workers=2).run(items)


class Committing(list):
    """A source's files and its watermark: commit() after the run's loads."""
    commits = 0

    def commit(self):
        self.commits += 1


def test_a_dry_run_moves_no_watermark_and_a_real_run_moves_it_once(tmp_path, warehouse):
    items = list(open_source(f"mbox:{MBOX}"))
    dry = Committing(items)
    res = Runner(Stage(f"file://{tmp_path}/dry"), Warehouse(None, dry_run=True, create=False)).run(dry)
    assert res.new == 7 and dry.commits == 0  # nothing loaded: the same mail again next time
    real = Committing(items)
    Runner(Stage(f"file://{tmp_path}/real"), warehouse).run(real)
    assert real.commits == 1


def test_mbox_and_reports_load_once_with_quarantine(tmp_path, warehouse):
    stage = Stage(f"file://{tmp_path}/stage")
    res = run_all(stage, warehouse, "run-a")
    # 7 receipts + 6 reports new, the repeated attachment is a duplicate; the
    # report with an unreadable amount is quarantined with its line
    assert (res.new, res.duplicate, res.loaded, res.quarantined) == (13, 1, 12, 1)
    assert res.receipts == 7 and res.movements == 59
    (q,) = table(warehouse, "quarantine", "reason, line, object_key")
    assert q == ("ReportError", "4", "raw/mercadopago/settlement_bad_amount.csv")
    assert table(warehouse, "ingested_files") == [("13",)]
    total = warehouse.query(f"SELECT sum(receipts) FROM \"{warehouse.schema}\".weekly_expenses")[1]
    assert abs(float(total[0][0]) - MBOX_TOTAL) < 0.005
    # staged raw and processed, content-addressed
    keys = {o["key"] for o in stage.list()}
    shas = [r[0] for r in table(warehouse, "receipts", "sha256")]
    for sha in shas:
        assert any(k.startswith("raw/receipts/") and k.endswith(f"/{sha}.pdf") for k in keys)
        assert any(k.startswith("processed/receipts/2025/") and k.endswith(f"/{sha}.csv") for k in keys)
    assert "raw/mercadopago/settlement_es.csv" in keys
    # a re-run: everything is known before parsing, nothing loads
    again = run_all(stage, warehouse, "run-b")
    assert (again.new, again.duplicate, again.loaded) == (0, 14, 0)
    assert table(warehouse, "ingested_files") == [("13",)]
    assert table(warehouse, "receipts") == [("7",)]


def test_quality_checks_send_receipts_to_quarantine(tmp_path, warehouse):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("coto_02_totals_mismatch.pdf", "carrefour_01_hiper_palermo.pdf"):
        shutil.copy(FIXTURES / "receipts" / name, src / name)
    shutil.copy(FIXTURES / "bad" / "truncated.pdf", src / "truncated.pdf")
    res = Runner(Stage(str(tmp_path / "stage")), warehouse).run(open_source(f"dir:{src}"))
    assert (res.loaded, res.quarantined) == (1, 2)
    rows = dict(table(warehouse, "quarantine", "reason, detail"))
    assert set(rows) == {"totals_mismatch", "DamagedPdf"}
    assert json.loads(rows["totals_mismatch"])["warnings"] == ["totals_mismatch"]
    assert "sha256" in rows["DamagedPdf"]


def test_quality_rules():
    from datetime import datetime, timezone
    from decimal import Decimal

    now = datetime(2025, 3, 20, tzinfo=timezone.utc)
    ok = {"warnings": [], "merchant": "X", "issued_at": "2025-03-14T10:00:00", "total": Decimal(1)}
    assert quality_issues(ok, now) == []
    assert quality_issues({**ok, "issued_at": "2025-04-01"}, now) == ["future_date"]
    assert quality_issues({**ok, "total": Decimal(-5)}, now) == ["negative_total"]
    assert quality_issues({**ok, "merchant": None}, now) == ["missing_merchant"]
    assert quality_issues({**ok, "issued_at": None, "total": None}, now) == ["missing_date", "missing_total"]
    assert quality_issues({**ok, "warnings": ["totals_mismatch", "cuit_invalid"]}, now) == ["totals_mismatch"]


def test_s3_stage_end_to_end_on_moto(moto, warehouse):
    b = moto.bucket()
    stage = Stage(f"s3://{b}/etl", endpoint_url=moto.endpoint, **moto.temporary_credentials())
    res = run_all(stage, warehouse)
    assert (res.loaded, res.quarantined) == (12, 1)
    objs = moto.client("s3").list_objects_v2(Bucket=b, Prefix="etl/processed/receipts/")["KeyCount"]
    assert objs == 7


def test_redshift_run_writes_manifests_and_copies_from_s3(moto):
    """Redshift cannot run here: a dry-run warehouse records the SQL, the
    manifests land in S3 and name exactly the processed files — in the
    processed bucket, where the COPY role may read, apart from raw."""
    raw, b = moto.bucket(), moto.bucket()
    stage = Stage(f"s3://{raw}/etl", f"s3://{b}/etl", endpoint_url=moto.endpoint, **moto.user)
    wh = Warehouse(None, dialect="redshift", dry_run=True, create=False)
    res = Runner(stage, wh, run_id="run-rs", iam_role="arn:aws:iam::123456789012:role/copy",
                 region="us-east-1").run(open_source(f"mbox:{MBOX}"))
    man = json.loads(stage.get("processed/manifests/run-rs/0001-receipts.json"))
    urls = [e["url"] for e in man["entries"]]
    assert len(urls) == 7 and all(u.startswith(f"s3://{b}/etl/processed/receipts/") for u in urls)
    assert all(e["mandatory"] for e in man["entries"])
    assert f"FROM 's3://{b}/etl/processed/manifests/run-rs/0001-receipts.json' " \
           "IAM_ROLE 'arn:aws:iam::123456789012:role/copy' MANIFEST" in wh.trace
    assert "COPY expetl_stage_mp" not in wh.trace and res.loaded == 7
    raw_keys = [o["Key"] for o in moto.client("s3").list_objects_v2(Bucket=raw)["Contents"]]
    assert len(raw_keys) == 7 and all(k.startswith("etl/raw/receipts/") for k in raw_keys)


def test_redshift_needs_an_s3_stage(tmp_path):
    wh = Warehouse(None, dialect="redshift", dry_run=True, create=False)
    with pytest.raises(ValueError):
        Runner(Stage(str(tmp_path)), wh)
    with pytest.raises(ValueError, match="processed"):  # what COPY reads is what must be in S3
        Runner(Stage("s3://raw-bucket/x", str(tmp_path), endpoint_url="http://127.0.0.1:9"), wh)


def test_cli_run_and_schema(tmp_path, pg, schema):
    stage = f"file://{tmp_path}/stage"
    args = [str(EXE), "run", "--source", f"mbox:{MBOX}", "--source", f"dir:{MP_DIR}", "--stage", stage,
            "--processed-stage", f"{tmp_path}/processed", "--warehouse", pg.dsn, "--schema", schema,
            "--run-id", "cli-1"]
    p = subprocess.run(args, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert sorted(os.listdir(tmp_path / "stage")) == ["raw"]
    assert sorted(os.listdir(tmp_path / "processed")) == ["processed"]
    assert "run cli-1: 13 new, 1 duplicate, 1 quarantined, 12 loaded" in p.stdout
    assert "settlement_bad_amount.csv line 4: ReportError" in p.stdout
    p = subprocess.run(args[:-1] + ["cli-2"], capture_output=True, text=True)
    assert "run cli-2: 0 new, 14 duplicate, 0 quarantined, 0 loaded" in p.stdout
    p = subprocess.run([str(EXE), "schema", "--dialect", "redshift"], capture_output=True, text=True)
    assert p.returncode == 0 and "DISTKEY(sha256)" in p.stdout and "weekly_expenses" in p.stdout
    p = subprocess.run([str(EXE), "run", "--source", "nope:x", "--stage", stage, "--warehouse", pg.dsn],
                       capture_output=True, text=True)
    assert p.returncode == 1 and "source must be mbox:PATH, dir:PATH, gmail:TOKEN_JSON or mercadopago:KIND" in p.stderr
    p = subprocess.run([str(EXE), "run", "--source", "mbox:/nonexistent.mbox", "--stage", stage,
                        "--warehouse", pg.dsn], capture_output=True, text=True)
    assert p.returncode == 1 and "does not exist" in p.stderr and "Traceback" not in p.stderr


def test_a_crash_between_stage_and_load_loses_nothing(tmp_path, pg, schema):
    """The process dies (SIGKILL) after staging a batch and before its load:
    the warehouse is untouched, and the next run stages again over the same
    content-addressed keys and loads every file exactly once."""
    script = tmp_path / "crash.py"
    script.write_text(f"""
import os, signal, sys
from expetl.core.sources import open_source
from expetl.runner import Runner
from expetl.stage import Stage
from expetl.warehouse import Warehouse

class CrashBeforeLoad(Runner):
    def _load(self, *a, **k):
        os.kill(os.getpid(), signal.SIGKILL)

wh = Warehouse({pg.dsn!r}, schema={schema!r})
CrashBeforeLoad(Stage({str(tmp_path / 'stage')!r}), wh).run(open_source({'mbox:' + str(MBOX)!r}))
""")
    p = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert p.returncode == -9, p.stderr
    stage = Stage(str(tmp_path / "stage"))
    assert len([o for o in stage.list("raw/receipts/")]) == 7  # staged...
    with Warehouse(pg.dsn, schema=schema) as wh:
        assert table(wh, "ingested_files") == [("0",)] and table(wh, "receipts") == [("0",)]  # ...not loaded
        r = Runner(stage, wh).run(open_source(f"mbox:{MBOX}"))
        assert (r.loaded, r.receipts) == (7, 7)
        assert table(wh, "receipts") == [("7",)]
        assert len(stage.list("raw/receipts/")) == 7  # the same keys, nothing duplicated


def test_a_run_shortens_the_gil_switch_interval_and_puts_it_back(tmp_path, warehouse):
    """While the reader thread runs Python, a parse thread waits at most the
    switch interval for the GIL: a run shortens it, runs in threads of one
    process share the shortening, and the last one out puts it back."""
    import threading

    from expetl import runner

    before = sys.getswitchinterval()
    seen = []
    inside, release = threading.Event(), threading.Event()

    def source(wait):
        for item in open_source(f"mbox:{MBOX}"):
            seen.append(sys.getswitchinterval())
            if wait:
                inside.set()
                assert release.wait(60)
                wait = False
            yield item

    wh = warehouse.clone()
    other = threading.Thread(target=lambda: Runner(Stage(f"file://{tmp_path}/a"), wh, workers=1,
                                                   sandbox=False).run(source(True)))
    other.start()
    try:
        assert inside.wait(60)
        Runner(Stage(f"file://{tmp_path}/b"), warehouse, workers=1, sandbox=False).run(source(False))
        during = sys.getswitchinterval()  # the other run is still on
    finally:
        release.set()
        other.join(60)
        wh.close()
    short = pytest.approx(runner.SWITCH_INTERVAL, abs=1e-6)
    assert during == short and seen and all(s == short for s in seen)
    assert sys.getswitchinterval() == before and before > 10 * runner.SWITCH_INTERVAL
