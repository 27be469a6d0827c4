"""Untrusted input never stops the pipeline: each trial of the hardening
review is a hostile file among good ones, through the real runner, stage and
PostgreSQL.  The good files load; the hostile one is quarantined with a
typed reason (or skipped with one, when it is refused before it is read);
the next run finds nothing left to do."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import expetl
import hostile
from conftest import FIXTURES
from expetl.core.sources import DirSource, open_source
from expetl.runner import Runner
from expetl.stage import Stage

GOOD = ["carrefour_01_hiper_palermo.pdf", "dia_02_code_first.pdf", "jumbo_02_mixed_case.pdf"]


def folder(tmp_path: Path, hostile_files: dict[str, bytes]) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name in GOOD:
        (src / name).write_bytes((FIXTURES / "receipts" / name).read_bytes())
    for name, data in hostile_files.items():
        (src / name).write_bytes(data)
    return src


def quarantine(wh):
    return {r[0]: r[1] for r in wh.query(f'SELECT object_key, reason FROM "{wh.schema}".quarantine')[1]}


@pytest.mark.parametrize("name, data, reason", [
    ("items.pdf", hostile.many_items(), "LimitExceeded:items"),                # was a bare MemoryError
    ("wrapped.pdf", hostile.long_description(), "LimitExceeded:description"),  # was COPY: value too long
    ("pages.pdf", hostile.over_pages(), "LimitExceeded:pages"),
    ("cell.csv", hostile.report_long_cell(), "ReportError:cell"),              # was COPY: value too long
    ("date.csv", hostile.report_bad_date(), "ReportError"),                    # would fail COPY too
    ("latin1.csv", hostile.report_not_utf8(), "ReportError"),                  # invalid UTF-8: COPY fails
], ids=["items", "description", "pages", "cell", "date", "utf8"])
def test_a_hostile_file_among_good_ones(tmp_path, warehouse, name, data, reason):
    src = folder(tmp_path, {name: data})
    stage = Stage(str(tmp_path / "stage"))
    res = Runner(stage, warehouse, workers=2).run(open_source(f"dir:{src}"))
    assert (res.loaded, res.quarantined) == (3, 1), res.summary()
    (key, why), = quarantine(warehouse).items()
    assert why == reason and (name.endswith(".pdf") == key.startswith("raw/receipts/"))
    # the next run has nothing to do: the hostile file is known, not retried forever
    again = Runner(stage, warehouse).run(open_source(f"dir:{src}"))
    assert (again.new, again.duplicate) == (0, 4)


def test_over_limit_pdfs_raise_limit_exceeded_naming_the_limit():
    for data, limit in ((hostile.many_items(), "items"), (hostile.over_pages(), "pages"),
                        (hostile.long_description(), "description"),
                        (b"%PDF-1.4\n" + b" " * (64 << 20) + b"\n%%EOF\n", "pdf_bytes")):
        with pytest.raises(expetl.LimitExceeded) as e:
            expetl._native.process_pdf(data, "dir", "k")
        assert e.value.limit == limit and e.value.sha256 == expetl._native.sha256(data)
    with pytest.raises(expetl.LimitExceeded) as e:  # the contract API too
        expetl.parse_receipt(hostile.over_pages())
    assert e.value.limit == "pages"
    with pytest.raises(expetl.ReportError) as e:  # a report's limits are ReportErrors with their line
        expetl._native.process_mp_report(hostile.report_long_cell(), "k")
    assert (e.value.limit, e.value.line) == ("cell", 4)


def test_a_sparse_1_5_gb_file_is_refused_by_its_size_unread(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    big = src / "huge.pdf"
    with open(big, "wb") as f:
        f.write(b"%PDF-1.4\n")
        f.truncate(1536 << 20)  # sparse: no disk used
    (src / "ok.pdf").write_bytes((FIXTURES / "receipts" / GOOD[0]).read_bytes())
    skipped = []

    def read_bytes() -> int:
        with open("/proc/self/io") as f:
            return next(int(ln.split()[1]) for ln in f if ln.startswith("rchar"))

    before = read_bytes()
    items = list(DirSource(str(src), lambda p, why: skipped.append((p, why))))
    assert read_bytes() - before < 1 << 20  # the 1.5 GB were never read
    assert [i.name for i in items] == ["ok.pdf"]
    assert skipped == [(str(big), f"LimitExceeded:pdf_bytes: {1536 << 20} bytes, over the {64 << 20} byte limit")]


def test_formula_cells_load_as_data(tmp_path, warehouse):
    """A formula in a description is data: loaded as written (the processed
    CSV is for machines; CSV for people is neutralised, see test_csvsafe)."""
    src = folder(tmp_path, {"formula.pdf": hostile.formula_receipt()})
    res = Runner(Stage(str(tmp_path / "stage")), warehouse).run(open_source(f"dir:{src}"))
    assert res.loaded == 4
    rows = warehouse.query(f'SELECT description FROM "{warehouse.schema}".receipt_items '
                           "WHERE description LIKE '=%'")[1]
    assert rows == [("=cmd|' /C calc'!A0",)]


BATCH_SCRIPT = r"""
import json, os, resource, sys, time
sys.path.insert(0, {tests!r})
import hostile
from expetl.core.sandbox import Budget, Sandbox
from expetl.core.sources import open_source
from expetl.runner import Runner
from expetl.stage import Stage
from expetl.warehouse import Warehouse

wh = Warehouse({dsn!r}, schema={schema!r})
t = time.monotonic()
with Sandbox(2, Budget(wall_time=5, memory=200 << 20)) as sb:
    res = Runner(Stage({stage!r}), wh, workers=2, sandbox=sb).run(open_source("dir:" + {src!r}))
    stats = sb.stats
el = time.monotonic() - t
q = dict(wh.query('SELECT object_key, reason FROM "{schema}".quarantine')[1])
print(json.dumps({{"loaded": res.loaded, "quarantined": res.quarantined, "seconds": el, "quarantine": q,
                  "stats": stats, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10,
                  "children_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss >> 10}}))
"""

BUDGET = ("LimitExceeded:wall_time", "LimitExceeded:memory")
HOSTILE_BATCH = {  # file name: (builder, the reasons it may be quarantined with)
    "h01-items.pdf": (hostile.many_items, ("LimitExceeded:items",)),
    "h02-description.pdf": (hostile.long_description, ("LimitExceeded:description",)),
    "h03-hang.pdf": (hostile.hanging_pdf, BUDGET),   # wall time here; a slower machine may hit memory first
    "h04-memory.pdf": (hostile.memory_bomb_pdf, BUDGET),
    "h05-pages.pdf": (hostile.over_pages, ("LimitExceeded:pages",)),
    "h06-truncated.pdf": (lambda: (FIXTURES / "bad" / "truncated.pdf").read_bytes(), ("DamagedPdf",)),
    "h07-encrypted.pdf": (lambda: (FIXTURES / "bad" / "encrypted.pdf").read_bytes(), ("EncryptedPdf",)),
    "h08-cell.csv": (hostile.report_long_cell, ("ReportError:cell",)),
    "h09-date.csv": (hostile.report_bad_date, ("ReportError",)),
    "h10-latin1.csv": (hostile.report_not_utf8, ("ReportError",)),
}


def test_1000_receipts_with_10_hostile_files(tmp_path, pg, schema):
    """990 good receipts load and the 10 hostile files are quarantined with
    their reasons, in bounded time and memory: the hanging PDF (half a
    minute unchecked) and the memory bomb (gigabytes) are stopped at their
    budget of 5 s and 200 MiB."""
    from expetl.sample import ticket_corpus

    src = tmp_path / "in"
    src.mkdir()
    for i, t in enumerate(ticket_corpus(990, seed=5)):
        (src / f"r{i:04d}.pdf").write_bytes(t.pdf)
    want = {}
    for name, (make, reasons) in HOSTILE_BATCH.items():
        data = make()
        (src / name).write_bytes(data)
        # receipts are keyed by their hash, reports by their name
        want[name if name.endswith(".csv") else f"{expetl._native.sha256(data)}.pdf"] = (name, reasons)
    script = BATCH_SCRIPT.format(tests=str(Path(__file__).parent), dsn=pg.dsn, schema=schema,
                                 stage=str(tmp_path / "stage"), src=str(src))
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr[-3000:]
    out = json.loads(p.stdout.splitlines()[-1])
    report = json.dumps(out, indent=1)
    assert (out["loaded"], out["quarantined"]) == (990, 10), report
    got = {k.rsplit("/", 1)[-1]: v for k, v in out["quarantine"].items()}
    assert set(got) == set(want), report
    for key, (name, reasons) in want.items():
        assert got[key] in reasons, (name, report)
    assert out["stats"]["killed_wall_time"] + out["stats"]["killed_memory"] == 2, report
    assert out["seconds"] < 180, report       # the hanging PDF alone would take half a minute, the bomb minutes
    sanitized = "asan" in os.environ.get("LD_PRELOAD", "")  # ASan's own memory is resident in every process
    assert out["rss_mb"] < (2048 if sanitized else 1024), report  # the runner holds batches, not the whole input
    assert out["children_rss_mb"] < (1400 if sanitized else 600), report  # no worker got far past its budget
