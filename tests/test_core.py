"""The pipeline core on its own: records, the kind registry, the dialects,
each step, and two toy extensions (a one-column CSV kind, a SQLite
dialect) added through the registries alone, to show the seams are real."""
import contextlib
import csv
import dataclasses
import io
import sqlite3
import time
from datetime import datetime, timezone

import pytest

import expetl
from conftest import FIXTURES
from expetl import _native
from expetl.core import dialects, kinds, schema, steps
from expetl.core.records import (
    LOADED,
    QUARANTINED,
    FileRecord,
    Incoming,
    Parsed,
    ParsedBatch,
    QuarantineEntry,
    Staged,
    Target,
)
from expetl.core.sources import Chain, DirSource, MboxSource
from expetl.runner import Runner
from expetl.stage import Stage
from expetl.warehouse import Warehouse, schema_sql

NOW = datetime(2025, 4, 1, tzinfo=timezone.utc)
TICKET = FIXTURES / "receipts" / "carrefour_01_hiper_palermo.pdf"
REPORT = FIXTURES / "mercadopago" / "settlement_es.csv"


def incoming(path, kind=kinds.RECEIPT, source="dir"):
    data = path.read_bytes()
    return Incoming(kind, source, path.name, data, _native.sha256(data), NOW)


# ---- records -----------------------------------------------------------------

def test_records_round_trip_through_dicts():
    s = Staged("a" * 64, "receipt", "gmail", "t.pdf", "raw/receipts/2025/04/01/x.pdf")
    assert Staged.from_dict(s.to_dict()) == s
    b = ParsedBatch()
    b.add(Parsed(s, LOADED, 3, "processed/receipts/2025/04/01/x.csv", b"csv"))
    b.add(Parsed(s, QUARANTINED, quarantine=(QuarantineEntry("b" * 64, "dir", "k", 4, "ReportError", "bad"),)))
    d = b.to_dict()
    assert "csv" not in d  # bytes never cross a task boundary
    back = ParsedBatch.from_dict(d)
    assert back.files == b.files and back.quarantine == b.quarantine and back.processed == b.processed
    assert back.files[0] == FileRecord("a" * 64, "gmail", s.key, LOADED, 3)


# ---- the kind registry -------------------------------------------------------------

def test_kinds_recognise_by_content_and_name():
    pdf, rep = TICKET.read_bytes(), REPORT.read_bytes()
    assert kinds.recognise("ticket.pdf", pdf).name == "receipt"
    assert kinds.recognise("no-extension", pdf).name == "receipt"  # the magic is enough
    assert kinds.recognise("settlement.csv", rep).name == "mp_report"  # Spanish headers
    assert kinds.recognise("document-2", rep).name == "mp_report"  # the header line is enough
    assert kinds.recognise("notes.csv", b"date,amount\n2025-01-01,3\n") is None  # not every CSV
    assert kinds.recognise("x.txt", b"hello") is None


def test_kinds_key_files_by_their_kind():
    it = incoming(TICKET)
    assert kinds.get("receipt").raw_key(it, NOW) == f"raw/receipts/2025/04/01/{it.sha256}.pdf"
    rep = Incoming(kinds.REPORT, "mercadopago", "../../etc/passwd", b"x", "c" * 64)
    assert kinds.get("mp_report").raw_key(rep, NOW) == "raw/mercadopago/passwd"
    # another file of a name already taken: beside it, named by its hash too
    assert kinds.beside("raw/mercadopago/release.csv", "c" * 64) == f"raw/mercadopago/release.{'c' * 64}.csv"
    assert kinds.beside("raw/mercadopago/passwd", "c" * 64) == f"raw/mercadopago/passwd.{'c' * 64}"
    assert kinds.get("mp_report").keyed_by_name and not kinds.get("receipt").keyed_by_name
    with pytest.raises(ValueError, match="no document kind"):
        kinds.get("bank_statement")


def test_a_kinds_load_names_each_targets_rows_by_its_tables_primary_key():
    """Unless a target says otherwise: the loader keeps one row per key."""
    got = {t.table: t.unique for t in kinds.get("receipt").load([b""]).targets}
    assert got == {"receipts": ("sha256",), "receipt_items": ("sha256", "kind", "line")}
    assert [t.unique for t in kinds.get("mp_report").load([b""]).targets] == [("row_key",)]
    k = kinds.get("receipt")
    saved = k.targets
    try:
        k.targets = (dataclasses.replace(saved[0], unique=("fiscal_key",)),) + saved[1:]
        assert k.load([b""]).targets[0].unique == ("fiscal_key",)
    finally:
        k.targets = saved


def test_receipt_kind_processes_and_checks():
    k = kinds.get("receipt")
    s = Staged(*(lambda i: (i.sha256, i.kind, i.source, i.name, "raw/k.pdf"))(incoming(TICKET)))
    p = k.process(s, TICKET.read_bytes(), NOW)
    assert p.status == LOADED and p.processed_key.startswith("processed/receipts/2025/") and p.rows > 0
    assert p.csv.startswith(b"sha256,source,object_key")
    bad = FIXTURES / "receipts" / "coto_02_totals_mismatch.pdf"
    q = k.process(s, bad.read_bytes(), NOW)
    assert q.status == QUARANTINED and q.quarantine[0].reason == "totals_mismatch"


# ---- the dialects ------------------------------------------------------------

def test_dialects_render_one_schema_description():
    pg, rs = schema_sql("postgres"), schema_sql("redshift")
    assert "DISTKEY(sha256) SORTKEY(issued_at)" in rs and "DISTKEY" not in pg
    # the processed CSV's columns are the staging columns and the tables' types
    cols = dict(_native.processed_columns()["receipt"])
    for name in ("total", "issued_at", "merchant_cuit"):
        assert f"  {name} {cols[name]}" in pg
    with pytest.raises(ValueError, match="dialect must be one of"):
        dialects.get("mysql")
    with pytest.raises(ValueError):
        dialects.get("postgres").ddl('x"; DROP', schema.SHARED_TABLES)


# ---- the steps, against a real PostgreSQL ---------------------------------

def test_extract_skips_what_this_call_and_the_warehouse_have(tmp_path, warehouse):
    stage = Stage(str(tmp_path))
    a = incoming(TICKET)
    staged, dup = steps.extract(stage, warehouse, [a, a])
    assert len(staged) == 1 and dup == 1 and stage.exists(staged[0].key)
    batch = steps.parse_all(stage, staged)
    steps.load(stage, warehouse, "run-x", batch)
    staged, dup = steps.extract(stage, warehouse, [a])
    assert staged == [] and dup == 1  # loaded: known before staging


@pytest.mark.parametrize("path", ["operators", "runner"])
def test_two_reports_of_one_name_each_keep_their_bytes(tmp_path, warehouse, path):
    """Reports are keyed by name (the catch-up tells one is in before
    fetching it); two folders' release.csv with other rows are two files:
    each staged under a key of its own, each loaded whole, whether the
    bytes are read back from the stage (the operators) or not (the runner);
    the same name and bytes again is the same file."""
    MP = FIXTURES / "mercadopago"
    for sub, src in (("sep", "release_en_comma.csv"), ("oct", "release_bom_crlf.csv")):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "release.csv").write_bytes((MP / src).read_bytes())
    stage = Stage(str(tmp_path / "stage"))
    source = DirSource(str(tmp_path / "in"))
    if path == "operators":
        staged, _ = steps.extract(stage, warehouse, source)
        steps.load(stage, warehouse, "run-n", ParsedBatch.from_dict(steps.parse_all(stage, staged).to_dict()))
    else:
        Runner(stage, warehouse, sandbox=False).run(source)
    want = set()  # every movement of both reports
    for src in ("release_en_comma.csv", "release_bom_crlf.csv"):
        out = _native.process_mp_report((MP / src).read_bytes(), "k")[3].decode()
        want |= {r["row_key"] for r in csv.DictReader(io.StringIO(out))}
    _, got = warehouse.query(f'SELECT object_key, row_key FROM "{warehouse.schema}".mp_movements')
    assert {r for _, r in got} == want and len(want) == 32
    keys = sorted({k for k, _ in got})
    assert len(keys) == 2 and "raw/mercadopago/release.csv" in keys
    by_key = {o["key"] for o in stage.list("raw/mercadopago/")}
    assert by_key == set(keys)
    for k in keys:  # each key holds the bytes of the file registered under it
        (sha,) = [r[0] for r in warehouse.query(
            f'SELECT sha256 FROM "{warehouse.schema}".ingested_files WHERE object_key = $1', [k])[1]]
        assert _native.sha256(stage.get(k)) == sha
    again, dup = steps.extract(stage, warehouse, DirSource(str(tmp_path / "in" / "sep")))
    assert again == [] and dup == 1


def test_two_loaders_at_once_keep_one_copy_of_a_fiscal_document(tmp_path, pg, schema):
    """The same ticket re-sent as other bytes, loaded by two runs at once (a
    CLI run beside the DAG): each run's duplicate check is held to its
    commit, so the second sees the first's copy and registers a duplicate.
    The pause (both checks asked before either commits, unless they are
    serialised) makes the interleaving certain; the check itself is real."""
    import threading

    pdf = TICKET.read_bytes()
    datas = [pdf, pdf + b"\n%resent\n"]
    Warehouse(pg.dsn, schema=schema).close()
    both = threading.Barrier(2)

    class Paused(Warehouse):
        def known_identities(self, *a):
            found = super().known_identities(*a)
            try:
                both.wait(timeout=2)
            except threading.BrokenBarrierError:  # the other loader waits for this one's commit
                pass
            return found

    stage, outs = Stage(str(tmp_path / "stage")), []

    def loader(i):
        with Paused(pg.dsn, schema=schema, create=False) as wh:
            s = steps.stage_raw(stage, Incoming(kinds.RECEIPT, "gmail", f"{i}.pdf", datas[i],
                                                _native.sha256(datas[i])), NOW)
            outs.append(steps.load(stage, wh, f"run-{i}", steps.parse_all(stage, [s], sandbox=False)))

    threads = [threading.Thread(target=loader, args=(i,)) for i in range(2)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert sorted(o["duplicates"] for o in outs) == [0, 1]
    with Warehouse(pg.dsn, schema=schema, create=False) as wh:
        assert wh.query(f'SELECT count(*), count(DISTINCT fiscal_key) FROM "{schema}".receipts')[1] == [("1", "1")]
        assert sorted(r[0] for r in wh.query(f'SELECT status FROM "{schema}".ingested_files')[1]) == [
            "duplicate", "loaded"]
    # Redshift has no advisory lock: its loads of receipts come from one DAG, one run at a time
    assert isinstance(dialects.get("redshift").loading(None), contextlib.nullcontext)


def test_a_load_whose_connection_was_re_established_under_the_lock_says_so(pg, schema, caplog):
    """The advisory lock is the session's: a loader that reconnects midway
    (its backend gone) carries on without it, and says so."""
    with Warehouse(pg.dsn, schema=schema) as wh, Warehouse(pg.dsn, schema=schema, create=False) as other:
        with wh.dialect_obj.loading(wh):
            (pid,), = wh.query("SELECT pg_backend_pid()")[1]
            other.query("SELECT pg_terminate_backend($1)", [pid])
            time.sleep(0.2)
            with pytest.raises(expetl.WarehouseError):
                wh.query("SELECT 1")  # the dead session, said
            wh.query("SELECT 1")  # a new one
        assert "ran without the loaders' lock" in caplog.text
        caplog.clear()
        with wh.dialect_obj.loading(wh):
            wh.query("SELECT 1")
        assert "without the loaders' lock" not in caplog.text


def test_extract_registers_what_it_stages_under_its_run(tmp_path, warehouse):
    """With a run id, what extract staged is registered ``staged`` (not
    known: a later run would take it); the load replaces each row with the
    file's fate, and a failed run's teardown marks the rest failed, never a
    file another run loaded or registered as a duplicate."""
    s = warehouse.schema
    stage = Stage(str(tmp_path))
    a, b = incoming(TICKET), incoming(FIXTURES / "receipts" / "dia_01_pct_codes.pdf")

    def status():
        return dict(warehouse.query(f'SELECT sha256, status FROM "{s}".ingested_files')[1])

    staged, _ = steps.extract(stage, warehouse, [a, b], run_id="run-s")
    assert status() == {a.sha256: "staged", b.sha256: "staged"}
    assert warehouse.known([a.sha256, b.sha256]) == set()
    (n,), = warehouse.query(f'SELECT count(*) FROM "{s}".ingested_files WHERE run_id = $1', ("run-s",))[1]
    assert n == "2"
    batch = steps.parse_all(stage, staged[:1])
    steps.load(stage, warehouse, "run-s", batch)
    assert status() == {a.sha256: "loaded", b.sha256: "staged"}
    assert steps.compensate(stage, warehouse, "run-s", staged, batch) == 1  # b's raw file
    assert status() == {a.sha256: "loaded", b.sha256: "failed"} and not stage.exists(staged[1].key)
    # a failed file is taken again by the next run, and registered under it
    again, dup = steps.extract(stage, warehouse, [a, b], run_id="run-t")
    assert [x.sha256 for x in again] == [b.sha256] and dup == 1
    assert status()[b.sha256] == "staged"
    warehouse.load("run-t", [("d" * 64, "gmail", "raw/d.pdf", "duplicate", 0)])
    assert warehouse.mark_failed("run-t") == 1  # b; the duplicate row is final
    assert status()["d" * 64] == "duplicate"


def test_registering_never_overwrites_a_final_row_and_compensation_keeps_to_its_run(tmp_path, warehouse):
    """A file another run has loaded (or quarantined) keeps its row and its
    quarantine entries when a late run registers it; a file another run
    has taken over is not this run's to delete; and what a failed extract
    staged is found from its registrations (it handed nothing on)."""
    s = warehouse.schema
    stage = Stage(str(tmp_path))
    a, b = incoming(TICKET), incoming(FIXTURES / "receipts" / "dia_01_pct_codes.pdf")
    warehouse.load("run-a", [(a.sha256, "dir", "raw/a.pdf", "quarantined", 0)],
                   [(a.sha256, "dir", "raw/a.pdf", None, "TotalsMismatch", "{}")])
    warehouse.register_staged("run-late", [Staged(a.sha256, kinds.RECEIPT, "dir", "a.pdf", "raw/a.pdf")])
    assert warehouse.registrations([a.sha256]) == {a.sha256: ("run-a", "quarantined")}
    (n,), = warehouse.query(f'SELECT count(*) FROM "{s}".quarantine WHERE sha256 = $1', (a.sha256,))[1]
    assert n == "1"
    # run-b stages b and fails before handing anything on; run-c has since taken b over
    (sb,), _ = steps.extract(stage, warehouse, [b], run_id="run-b")
    assert warehouse.staged_by("run-b") == [(b.sha256, sb.key)]
    warehouse.register_staged("run-c", [sb])
    assert steps.compensate(stage, warehouse, "run-b", [], None) == 0 and stage.exists(sb.key)
    assert warehouse.registrations([b.sha256]) == {b.sha256: ("run-c", "staged")}
    assert steps.compensate(stage, warehouse, "run-c", [], None) == 1 and not stage.exists(sb.key)
    assert warehouse.registrations([b.sha256]) == {b.sha256: ("run-c", "failed")}


def test_extract_streams_its_source_a_chunk_at_a_time(tmp_path, warehouse, monkeypatch):
    """A source of any size streams through extract: each chunk is staged
    before the next is read, and only the staged records are kept."""
    monkeypatch.setattr(steps, "EXTRACT_CHUNK", 2)
    stage = Stage(str(tmp_path))
    pdfs = sorted((FIXTURES / "receipts").glob("*.pdf"))[:5]
    staged_when_read = []

    def lazy():
        for p in pdfs:
            staged_when_read.append(sum(1 for f in tmp_path.rglob("*.pdf")))
            yield incoming(p)

    staged, dup = steps.extract(stage, warehouse, lazy())
    assert len(staged) == 5 and dup == 0
    assert staged_when_read == [0, 0, 2, 2, 4]


def test_load_makes_the_stage_durable_first(tmp_path, warehouse):
    """Whichever process staged the files (an Airflow task before), the
    load syncs the stage before the warehouse references it."""
    order = []

    class Watched(Stage):
        def sync(self):
            order.append("sync")
            super().sync()

    class WatchedWarehouse:
        def __getattr__(self, name):
            return getattr(warehouse, name)

        def load_batch(self, *a, **kw):
            order.append("load")
            return warehouse.load_batch(*a, **kw)

    stage = Watched(str(tmp_path))
    staged, _ = steps.extract(stage, warehouse, [incoming(TICKET)])
    steps.load(stage, WatchedWarehouse(), "run-y", steps.parse_all(stage, staged))
    assert order == ["sync", "load"]


def test_parse_quarantines_whatever_belongs_to_the_file(tmp_path):
    """One bad file never stops the others: any exception while reading a
    file becomes its quarantine entry; stage failures stay the run's."""
    stage = Stage(str(tmp_path))

    class Exploding(kinds.DocumentKind):
        name, stage, folder = "exploding", "exploding", "exploding"

        def process(self, staged, data, now):
            raise MemoryError("5,000 items")

    kinds.register(Exploding())
    try:
        s = Staged("d" * 64, "exploding", "dir", "x", "raw/x/y")
        p = steps.parse(stage, s, NOW, b"data")
        assert p.status == QUARANTINED and p.quarantine[0].reason == "MemoryError"
        assert "5,000 items" in p.quarantine[0].detail
        damaged = steps.parse(stage, Staged("e" * 64, "receipt", "dir", "x.pdf", "raw/x.pdf"), NOW, b"%PDF-1.4 junk")
        assert damaged.quarantine[0].reason == "DamagedPdf"
        with pytest.raises(expetl.StageError):  # the pipeline's own failure: not the file's
            steps.parse(stage, Staged("f" * 64, "receipt", "dir", "x.pdf", "raw/missing.pdf"), NOW)
    finally:
        kinds.unregister("exploding")


def test_load_then_compensate(tmp_path, warehouse):
    stage = Stage(str(tmp_path))
    staged, _ = steps.extract(stage, warehouse, [incoming(TICKET), incoming(REPORT, kinds.REPORT, "mercadopago")])
    batch = steps.parse_all(stage, staged)
    assert set(batch.processed) == {"receipt", "mp_report"}
    # a parse task keeps no CSV bytes (its load runs in another task): memory flat in the files
    lean = steps.parse_all(stage, staged, keep_csv=False)
    assert lean.csv == {} and lean.processed == batch.processed and set(batch.csv) == {"receipt", "mp_report"}
    # across tasks the CSV bytes are not at hand: the load reads them back
    out = steps.load(stage, warehouse, "run-c", ParsedBatch.from_dict(batch.to_dict()))
    assert out["inserted"]["receipts"] == 1 and out["inserted"]["mp_movements"] > 0 and out["files"] == 2
    # a failed run's leftovers: a staged file the warehouse never took is removed
    other = incoming(FIXTURES / "receipts" / "dia_01_pct_codes.pdf")
    extra, _ = steps.extract(stage, warehouse, [other])
    n = steps.compensate(stage, warehouse, "run-d", staged + extra, None)
    assert n == 1 and not stage.exists(extra[0].key) and stage.exists(staged[0].key)


def test_a_batch_holding_one_processed_file_twice_is_refused_before_the_load(tmp_path, warehouse):
    """A receipt's numbered item lines go into the warehouse as they are:
    the batch that would carry one file twice is a fault of the caller,
    refused before anything is sent, rather than left to the primary key
    to fail the batch."""
    stage = Stage(str(tmp_path))
    staged, _ = steps.extract(stage, warehouse, [incoming(TICKET)])
    batch = steps.parse_all(stage, staged)
    twice = ParsedBatch(batch.files, [], {k: v * 2 for k, v in batch.processed.items()},
                        {k: v * 2 for k, v in batch.csv.items()})
    with pytest.raises(ValueError, match="processed receipt file twice"):
        steps.load(stage, warehouse, "run-twice", twice)
    assert warehouse.known([f.sha256 for f in batch.files]) == set()
    steps.load(stage, warehouse, "run-once", batch)
    assert warehouse.query(f'SELECT count(*) FROM "{warehouse.schema}".receipts')[1] == [("1",)]


def test_the_runner_streams_its_sources(tmp_path, warehouse):
    """Sources are read lazily: loads happen while the source is still
    being read, so memory does not grow with the mailbox."""
    pdfs = sorted((FIXTURES / "receipts").glob("*.pdf"))[:12]
    events = []

    class Counting(Runner):
        def _load(self, *a, **k):
            events.append("load")
            return super()._load(*a, **k)

    def source():
        for p in pdfs:
            events.append("read")
            yield incoming(p)

    res = Counting(Stage(str(tmp_path)), warehouse, batch_size=2, workers=2).run(source())
    assert res.new == 12
    assert "load" in events[:events.index("read") + 9]  # a load before the last files were read
    assert events.count("load") >= 4


def test_parsing_goes_on_while_a_batch_loads_and_reading_stays_bounded(tmp_path, warehouse):
    """The parse pool does not wait for a batch boundary: while the first
    batch's load is slow, the next batch is parsed; and the reader does not
    run ahead more than the batches in flight (memory stays bounded)."""
    from expetl import runner as runner_mod
    pdfs = sorted((FIXTURES / "receipts").glob("*.pdf"))[:12]
    events: list[str] = []

    class Watched(Stage):
        def put(self, key, data, content_type=None):
            super().put(key, data, content_type)
            if key.startswith("processed/"):
                events.append("parsed")

    class SlowFirstLoad(Runner):
        def _load(self, wh, parsed, batch_no):
            if batch_no == 1:
                time.sleep(1.0)
            super()._load(wh, parsed, batch_no)
            events.append(f"loaded {batch_no}")

    def source():
        for p in pdfs:
            events.append("read")
            yield incoming(p)

    res = SlowFirstLoad(Watched(str(tmp_path)), warehouse, batch_size=2, workers=2, sandbox=False).run(source())
    assert res.loaded == 12
    first = events.index("loaded 1")
    assert events[:first].count("parsed") >= 4  # the second batch parsed while the first one loaded
    assert events[:first].count("read") <= 2 * (runner_mod.IN_FLIGHT + 1)


def _repeating(pdfs, again, runner, sizes):
    """The files, then the first ``again`` of them once more; records how
    many files the run remembered each time it asked for the next."""
    items = [incoming(p) for p in pdfs]
    for it in items + items[:again]:
        sizes.append(len(runner._seen))
        yield it


def test_a_run_remembers_only_the_files_not_yet_loaded(tmp_path, warehouse):
    """What a run keeps of the files it read (to skip a repeat) is bounded
    by the batches in flight, whatever the mailbox's size: a file repeated
    after its batch loaded is found by the warehouse instead, and counted
    as a duplicate all the same."""
    from expetl import runner as runner_mod
    pdfs = sorted((FIXTURES / "receipts").glob("*.pdf"))[:12]
    r = Runner(Stage(str(tmp_path)), warehouse, batch_size=2, workers=2, sandbox=False)
    sizes: list[int] = []
    res = r.run(_repeating(pdfs, 3, r, sizes))
    assert (res.new, res.duplicate, res.loaded + res.quarantined) == (12, 3, 12)
    assert max(sizes) <= (runner_mod.IN_FLIGHT + 1) * 2  # the batch being read and those in flight
    n = warehouse.query(f'SELECT count(*) FROM "{warehouse.schema}".ingested_files')[1]
    assert n == [("12",)]


def test_a_dry_run_remembers_every_file(tmp_path):
    """A dry run loads nothing, so the warehouse cannot know a repeat: the
    run keeps every file it read and still counts each repeat once."""
    pdfs = sorted((FIXTURES / "receipts").glob("*.pdf"))[:12]
    wh = Warehouse(None, dry_run=True, create=False)
    r = Runner(Stage(str(tmp_path)), wh, batch_size=2, workers=2, sandbox=False)
    sizes: list[int] = []
    res = r.run(_repeating(pdfs, 3, r, sizes))
    assert (res.new, res.duplicate) == (12, 3)
    assert sizes[12:] == [12, 12, 12]


# ---- a third kind through the registry alone ----------------------------------

class NotesKind(kinds.DocumentKind):
    """A toy kind: a one-column CSV of notes (header ``NOTE``)."""

    name, stage, folder, content_type = "notes", "notes", "notes", "text/csv"
    columns = (("sha256", "char(64)"), ("line", "int"), ("note", "varchar(256)"))
    tables = (schema.Table("notes", (schema.Column("sha256", "char(64)", True), schema.Column("line", "int", True),
                                     schema.Column("note", "varchar(256)")), primary_key=("sha256", "line")),)
    targets = (Target("notes", ("sha256", "line", "note"), ("sha256",)),)

    def recognise(self, name, head):
        return name.endswith(".csv") and head.split(b"\n", 1)[0].strip() == b"NOTE"

    def raw_key(self, item, now):
        return f"raw/notes/{item.sha256}.csv"

    def process(self, staged, data, now):
        rows = [r[0] for r in csv.reader(io.StringIO(data.decode()))][1:]
        if any(len(r) > 256 for r in rows):
            raise ValueError("a note longer than 256 characters")
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(c for c, _ in self.columns)
        for i, r in enumerate(rows, 1):
            w.writerow([staged.sha256, i, r])
        return Parsed(staged, LOADED, len(rows), f"processed/notes/{staged.sha256}.csv", out.getvalue().encode())


@pytest.fixture
def notes_kind():
    kinds.register(NotesKind())
    yield
    kinds.unregister("notes")


def test_a_toy_kind_loads_through_the_registry_alone(tmp_path, pg, schema, notes_kind):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "todo.csv").write_text("NOTE\nbuy yerba\npay the light bill\n")
    (folder / "long.csv").write_text("NOTE\n" + "x" * 300 + "\n")
    (folder / "other.csv").write_text("date,amount\n")  # no kind claims it
    skipped = []
    with Warehouse(pg.dsn, schema=schema) as wh:
        res = Runner(Stage(str(tmp_path / "stage")), wh).run(
            Chain([DirSource(str(folder), lambda p, why: skipped.append(p)), MboxSource(str(FIXTURES / "mail" / "takeout.mbox"))]))
        assert (res.loaded, res.quarantined) == (8, 1) and res.counts["notes"] == 2
        assert wh.query(f'SELECT line, note FROM "{schema}".notes ORDER BY line')[1] == [("1", "buy yerba"),
                                                                                       ("2", "pay the light bill")]
        assert wh.query(f'SELECT reason FROM "{schema}".quarantine')[1] == [("ValueError",)]
    assert [p.rsplit("/", 1)[1] for p in skipped] == ["other.csv"]


# ---- a toy dialect: SQLite, through the dialect registry alone ----------------

class SqliteConnection:
    """The Connection interface over the standard library's sqlite3."""

    def __init__(self, path, schema_name):
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.path, self.s = path, schema_name
        self.db.execute(f"ATTACH DATABASE ? AS \"{schema_name}\"", (path + "." + schema_name,))

    def exec_script(self, statements):
        self.db.execute("BEGIN")
        for st in statements:
            self.db.execute(st)
        self.db.execute("COMMIT")

    def known(self, shas):
        shas = list(shas)
        if not shas:
            return set()
        q = ",".join("?" * len(shas))
        return {r[0] for r in self.db.execute(f'SELECT sha256 FROM "{self.s}".ingested_files WHERE sha256 IN ({q}) '
                                              "AND status IN ('loaded', 'quarantined')", shas)}

    def load(self, run_id, files=(), quarantine=(), kinds=(), lock=(), iam_role=None, region=None):
        inserted = {}
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for k in kinds:
                rows = [r for chunk in k.chunks for r in list(csv.reader(io.StringIO(bytes(chunk).decode())))[1:]]
                names = [c for c, _ in k.columns]
                for t in reversed(k.targets):
                    keys = {tuple(r[names.index(c)] for c in t.key) for r in rows}
                    for key in keys:
                        cond = " AND ".join(f"{c} = ?" for c in t.key)
                        self.db.execute(f'DELETE FROM "{self.s}".{t.table} WHERE {cond}', key)
                for t in k.targets:
                    keep = [r for r in rows if t.where is None or r[names.index("kind")]]  # the toy knows one where
                    seen = {tuple(r[names.index(c)] or None for c in t.columns) for r in keep}
                    cols = list(t.columns) + (["run_id", "loaded_at"] if t.meta else [])
                    for vals in seen:
                        vals = vals + ((run_id, "2025-04-01 00:00:00") if t.meta else ())
                        self.db.execute(f'INSERT INTO "{self.s}".{t.table} ({", ".join(cols)}) VALUES '
                                        f'({", ".join("?" * len(cols))})', vals)
                    inserted[t.table] = inserted.get(t.table, 0) + len(seen)
            for f in files:
                self.db.execute(f'DELETE FROM "{self.s}".ingested_files WHERE sha256 = ?', (f.sha256,))
                self.db.execute(f'INSERT INTO "{self.s}".ingested_files VALUES (?, ?, ?, ?, ?, ?, ?)',
                                (f.sha256, f.source, f.object_key, f.rows, f.status, run_id, "2025-04-01"))
            for q in quarantine:
                self.db.execute(f'INSERT INTO "{self.s}".quarantine VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                                (q.sha256, q.source, q.object_key, q.line, q.reason, q.detail, run_id, "2025-04-01"))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return {"inserted": inserted, "files": len(files), "quarantined": len(quarantine), "attempts": 1}

    def mark_failed(self, run_id):
        return self.db.execute(f'UPDATE "{self.s}".ingested_files SET status = \'failed\' WHERE run_id = ? '
                               "AND status = 'staged'",
                               (run_id,)).rowcount

    def query(self, sql, params=()):
        cur = self.db.execute(sql, params)
        rows = [tuple(None if v is None else str(v) for v in r) for r in cur.fetchall()]
        return tuple(d[0] for d in cur.description or ()), ("text",) * len(cur.description or ()), rows

    def clone(self):
        return SqliteConnection(self.path, self.s)

    def close(self):
        self.db.close()


class SqliteDialect(dialects.Dialect):
    name = "sqlite"

    def ddl(self, schema_name, tables, views=()):
        # no CREATE SCHEMA, no date_trunc views: the one view the links read, in SQLite's words
        counted = [f'CREATE VIEW IF NOT EXISTS "{schema_name}".{v.name} AS ' + v.sql.replace("{s}", f'"{schema_name}"')
                   for v in views if v.name == "mp_counted"]
        return [self.create_table(schema_name, t) for t in tables] + counted

    def connect(self, dsn, schema_name, dry_run=False):
        return SqliteConnection(dsn, schema_name)

    def kind_load(self, kind, stage, run_id, batch_no, keys, csvs):
        return kind.load(chunks=[stage.get(k) for k in keys])


def test_a_toy_dialect_loads_through_the_registry_alone(tmp_path):
    dialects.register(SqliteDialect())
    try:
        db = str(tmp_path / "warehouse.db")
        with Warehouse(db, dialect="sqlite") as wh:
            res = Runner(Stage(str(tmp_path / "stage")), wh).run(MboxSource(str(FIXTURES / "mail" / "takeout.mbox")))
            assert (res.new, res.loaded, res.receipts) == (7, 7, 7)
            (n,), = wh.query('SELECT count(*) FROM "expenses".receipts')[1]
            assert n == "7"
            again = Runner(Stage(str(tmp_path / "stage")), wh).run(MboxSource(str(FIXTURES / "mail" / "takeout.mbox")))
            assert again.new == 0 and again.duplicate == 8
    finally:
        dialects.unregister("sqlite")


def test_a_folder_source_and_the_cli_walk_take_the_same_files(tmp_path):
    """One walk for both: hidden files and whatever sits in a hidden folder
    (a .git, a cache) are left out, everywhere below the folder."""
    from expetl.paths import walk

    pdf = TICKET.read_bytes()
    for rel in ("a.pdf", "sub/b.pdf", ".hidden.pdf", ".git/objects/c.pdf", "sub/.cache/d.pdf"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(pdf)
    assert [i.name for i in DirSource(str(tmp_path))] == ["a.pdf", "b.pdf"]
    assert [p.relative_to(tmp_path).as_posix() for p, _ in walk([tmp_path])] == ["a.pdf", "sub/b.pdf"]
