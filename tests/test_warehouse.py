"""The libpq loader against a real PostgreSQL started by the suite, and the
Redshift SQL it issues (golden files: Redshift cannot run here)."""
import contextlib
import threading

import pytest

import expetl
from conftest import FIXTURES, ROOT
from expetl import _native
from expetl.core.records import ParsedBatch
from expetl.warehouse import Warehouse, schema_sql

GOLDEN = ROOT / "tests" / "golden"
PDF = FIXTURES / "receipts" / "carrefour_01_hiper_palermo.pdf"
PDF2 = FIXTURES / "receipts" / "dia_02_code_first.pdf"
MP = FIXTURES / "mercadopago" / "settlement_es.csv"


def processed(path, key="raw/x.pdf"):
    sha, d, csv = _native.process_pdf(path.read_bytes(), "dir", key)
    return sha, d, csv


def counts(wh):
    s = wh.schema
    q = (f'SELECT (SELECT count(*) FROM "{s}".receipts), (SELECT count(*) FROM "{s}".receipt_items), '
         f'(SELECT count(*) FROM "{s}".mp_movements), (SELECT count(*) FROM "{s}".ingested_files), '
         f'(SELECT count(*) FROM "{s}".quarantine)')
    return tuple(int(v) for v in wh.query(q)[1][0])


class _Lazy:
    """A sequence read one file at a time (as the stage is, across tasks);
    ``on=(i, nth, fn)`` calls fn() as file i is fetched the nth time (the
    loader passes over the files once per staged target: the receipts'
    columns, then the item lines)."""

    def __init__(self, items, on=None):
        self.items, self.read, self.on, self.fetched = list(items), 0, on, 0

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        self.read += 1
        if self.on and i == self.on[0]:
            self.fetched += 1
            if self.fetched == self.on[1]:
                self.on[2]()
        return self.items[i]


def test_schema_is_created_and_idempotent(warehouse, pg):
    Warehouse(pg.dsn, schema=warehouse.schema).close()  # second ensure_schema: no error
    names = warehouse.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 "
                            "ORDER BY 1", [warehouse.schema])[1]
    assert [n[0] for n in names] == ["brand_overrides", "category_rules", "expense_lines", "expenses",
                                     "expetl_schema", "ingested_files", "links", "mp_counted", "mp_movements",
                                     "quarantine", "receipt_items", "receipts", "weekly_expenses"]


def test_a_schema_already_made_is_not_made_again_under_its_readers(warehouse, pg):
    # a reader inside the weekly view (the monitor's checks) holds it while
    # tasks open their connections: a schema already made by this version
    # is only checked, never replaced (replacing views waits on the reader
    # and can deadlock with it)
    reader = Warehouse(pg.dsn, schema=warehouse.schema, create=False)
    reader.query("BEGIN")
    reader.query(f'SELECT * FROM "{warehouse.schema}".weekly_expenses')
    opened = []
    t = threading.Thread(target=lambda: opened.append(Warehouse(pg.dsn, schema=warehouse.schema)))
    t.start()
    t.join(10)
    try:
        assert not t.is_alive() and len(opened) == 1  # it did not wait for the reader
    finally:
        reader.query("COMMIT")
        t.join()
        for w in opened:
            w.close()
        reader.close()
    # a schema whose recorded fingerprint is another version's is made again
    warehouse.query(f'UPDATE "{warehouse.schema}".expetl_schema SET ddl_sha256 = $1', ["0" * 64])
    Warehouse(pg.dsn, schema=warehouse.schema).close()
    assert warehouse.query(f'SELECT ddl_sha256 FROM "{warehouse.schema}".expetl_schema')[1][0][0] != "0" * 64


def test_load_is_exactly_once_and_merges_by_key(warehouse):
    sha, d, csv = processed(PDF)
    msha, _rt, n, mcsv = _native.process_mp_report(MP.read_bytes(), "raw/mercadopago/s.csv")
    files = [(sha, "dir", "raw/x.pdf", "loaded", 10), (msha, "mercadopago", "raw/m.csv", "loaded", n)]
    r1 = warehouse.load("run-1", files, receipts=[csv], movements=[mcsv])
    assert r1 == {"receipts": 1, "items": d["lines"], "movements": n,
                  "files": 2, "quarantined": 0, "attempts": 1}
    before = counts(warehouse)
    assert before == (1, 10, 8, 2, 0)
    # the same files again (a re-run, a replayed batch, the same CSV twice): nothing changes
    warehouse.load("run-2", files, receipts=[csv, csv], movements=[mcsv])
    assert counts(warehouse) == before
    assert warehouse.known([sha, msha, "f" * 64]) == {sha, msha}
    total = warehouse.query(f'SELECT total, merchant_cuit, issued_at FROM "{warehouse.schema}".receipts')[1]
    assert total == [("26543.75", "30687310434", "2025-03-14 18:35:00")]
    # the ledger's lines add up to what was paid
    s = warehouse.query(f"SELECT sum(amount) FROM \"{warehouse.schema}\".expense_lines WHERE source = 'receipt'")
    assert s[1] == [("26543.75",)]


# the server's own version (COPY ... WHERE: the item lines straight in) and
# one below 12 (through their own staging table)
VERSIONS = pytest.mark.parametrize("version", [None, 110000], ids=["direct", "staged"])


def _as(warehouse, pg, version):
    """The test's warehouse, or a second connection to its schema writing
    SQL for that server version."""
    if version is None:
        return contextlib.nullcontext(warehouse)
    return Warehouse(pg.dsn, schema=warehouse.schema, create=False, server_version=version)


@VERSIONS
@pytest.mark.parametrize("twin", ["the same row again", "another description"])
def test_a_receipt_line_that_repeats_its_number_is_refused_not_dropped(warehouse, pg, twin, version):
    """A receipt's lines are numbered within their kind, and PostgreSQL
    loads them without DISTINCT (COPYed straight into receipt_items, or
    from their staging table on a server before 12): a processed file
    that repeats a line's number (a parser fault) fails the load naming the
    key, and nothing of the batch is in, where a DISTINCT would have
    dropped one of the two lines without a word."""
    import csv as csvmod
    import io

    sha, d, csv = processed(PDF)
    rows = list(csvmod.reader(io.StringIO(csv.decode())))
    kind, line, desc = (rows[0].index(c) for c in ("kind", "line", "description"))
    first = next(r for r in rows[1:] if r[kind] == "item" and r[line] == "1")
    again = list(first)
    if twin == "another description":
        again[desc] = "OTRA COSA"
    rows.insert(rows.index(first) + 1, again)
    out = io.StringIO()
    csvmod.writer(out, lineterminator="\n").writerows(rows)
    with _as(warehouse, pg, version) as wh, pytest.raises(expetl.WarehouseError) as e:
        wh.load("run-twin", [(sha, "dir", "k", "loaded", d["lines"])], receipts=[out.getvalue().encode()])
    assert e.value.sqlstate == "23505" and "receipt_items_pkey" in str(e.value)
    assert counts(warehouse) == (0, 0, 0, 0, 0)


@pytest.mark.parametrize("dsn, version, direct", [
    ("live", None, True),        # the suite's server (15): its own version
    ("live", 120000, True),      # COPY ... WHERE came with PostgreSQL 12
    ("live", 119999, False),
    (None, None, True),          # a dry run without a server: the newest
    (None, 110000, False),
])
def test_a_live_postgresql_copies_item_lines_straight_into_their_table(warehouse, pg, dsn, version, direct):
    """The direct COPY hangs on the server's version (COPY ... WHERE is
    PostgreSQL 12's), or the one the loader was told to write for: a dry run
    renders what a load would send, from 12 on the item lines COPYed into
    receipt_items with no staging table of their own, below it staged and
    inserted (no DISTINCT either way: the key refuses a repeated line)."""
    sha, d, csv = processed(PDF)
    dry = Warehouse(pg.dsn if dsn else None, schema=warehouse.schema, dry_run=True, create=False,
                    server_version=version)
    try:
        dry.load("run-dry", [(sha, "dir", "k", "loaded", d["lines"])], receipts=[csv])
        trace = dry.trace
    finally:
        dry.close()
    copied = f'COPY "{warehouse.schema}".receipt_items (sha256, kind, line,' in trace
    staged = "COPY expetl_stage_receipts_receipt_items (sha256, kind, line," in trace
    assert (copied, staged) == (direct, not direct)
    assert ("FROM STDIN WITH (FORMAT csv) WHERE kind IS NOT NULL;" in trace) == direct
    inserted = [ln for ln in trace.splitlines() if ln.startswith(f'INSERT INTO "{warehouse.schema}".receipt_items')]
    assert len(inserted) == (0 if direct else 1)
    assert all(" DISTINCT " not in ln and ln.endswith("FROM expetl_stage_receipts_receipt_items WHERE kind "
                                                       "IS NOT NULL;") for ln in inserted)


def test_a_server_version_is_a_version_number(pg):
    with pytest.raises(ValueError):
        Warehouse(pg.dsn, create=False, server_version=-1)


@pytest.mark.parametrize("version, statement", [(None, 'COPY "{s}".receipt_items ('),
                                                (110000, "COPY expetl_stage_receipts_receipt_items (")])
def test_a_clone_loads_for_the_same_server_version(warehouse, pg, version, statement):
    """The runner loads on a clone: a live load on it sends the item lines
    the way its original was told (seen in the server's own view of the
    loader's statement while the lines stream)."""
    (sha, d, csv), (sha2, d2, csv2) = processed(PDF), processed(PDF2)
    watcher = Warehouse(pg.dsn, schema=warehouse.schema, create=False)
    seen = {}

    def look():  # the second pass: the item lines
        seen["query"] = watcher.query("SELECT query FROM pg_stat_activity WHERE "
                                      "application_name = 'expetl' AND query LIKE 'COPY %'")[1]

    with _as(warehouse, pg, version) as wh:
        other = wh.clone()
    try:
        r = other.load("run-clone", [(sha, "dir", "k1", "loaded", d["lines"]), (sha2, "dir", "k2", "loaded", d2["lines"])],
                       receipts=_Lazy([csv, csv2], on=(1, 2, look)))
        assert (r["receipts"], r["items"]) == (2, d["lines"] + d2["lines"])
        (query,), = seen["query"]
        assert query.startswith(statement.format(s=warehouse.schema)), query
    finally:
        other.close()
        watcher.close()


@VERSIONS
def test_a_receipt_reloaded_without_item_lines_keeps_none_of_its_old_ones(warehouse, pg, version):
    """COPYed straight in, the item lines' old rows are found through the
    receipts' staging table, not their own (staged, through theirs, which
    holds the receipt's row with its line empty): a receipt loaded again
    with no lines at all (its processed file down to the receipt's row) has
    none left."""
    import csv as csvmod
    import io

    sha, d, csv = processed(PDF)
    warehouse.load("run-1", [(sha, "dir", "k", "loaded", d["lines"])], receipts=[csv])
    assert counts(warehouse)[:2] == (1, d["lines"])
    from expetl.core.kinds import ITEM_FIELDS

    rows = list(csvmod.reader(io.StringIO(csv.decode())))
    alone = [v if c not in ITEM_FIELDS or c == "sha256" else "" for c, v in zip(rows[0], rows[1])]
    out = io.StringIO()  # as the writer puts a receipt without lines: its columns, the line's empty
    csvmod.writer(out, lineterminator="\n").writerows([rows[0], alone])
    with _as(warehouse, pg, version) as wh:
        r = wh.load("run-2", [(sha, "dir", "k", "loaded", 0)], receipts=[out.getvalue().encode()])
    assert r["receipts"] == 1 and r["items"] == 0
    assert counts(warehouse)[:2] == (1, 0)


def _seq_scans(wh, table):
    wh.query("SELECT pg_stat_force_next_flush()")  # this backend's counts, flushed as it goes idle
    return int(wh.query("SELECT seq_scan FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = $2",
                        [wh.schema, table])[1][0][0])


def test_a_load_finds_the_rows_it_replaces_by_their_key_not_by_reading_the_tables(warehouse):
    """A load replaces the rows of the files it carries; with a year of
    history in the warehouse (its statistics not yet gathered, as after a
    bulk load) it must probe the key's index for them, never read every row
    (each batch would cost more as the warehouse grows)."""
    s = warehouse.schema
    warehouse.query(f"INSERT INTO \"{s}\".receipts (sha256, source, doc_type, currency, loaded_at) "
                    "SELECT md5(g::text) || md5((-g)::text), 'gmail', 'ticket', 'ARS', now() "
                    "FROM generate_series(1, 20000) g")
    warehouse.query(f"INSERT INTO \"{s}\".receipt_items (sha256, kind, line, amount) "
                    "SELECT md5(g::text) || md5((-g)::text), 'item', l, 1 "
                    "FROM generate_series(1, 20000) g, generate_series(1, 10) l")
    sha, d, csv = processed(PDF)
    # a batch of 400 receipts (one receipt's lines under 400 file names)
    shas = [f"{i:064x}" for i in range(400)]
    csvs = [csv.replace(sha.encode(), s.encode()) for s in shas]
    files = [(s, "dir", f"raw/{s}.pdf", "loaded", d["lines"]) for s in shas]
    before = {t: _seq_scans(warehouse, t) for t in ("receipts", "receipt_items")}
    warehouse.load("run-1", files, receipts=csvs)
    warehouse.load("run-2", files, receipts=csvs)  # again: their rows found and replaced
    assert {t: _seq_scans(warehouse, t) for t in before} == before
    assert counts(warehouse)[:2] == (20400, 200000 + 400 * d["lines"])


def test_a_movement_in_two_reports_of_one_batch_is_the_later_reports(warehouse):
    """Overlapping reports carry the same movements (one row_key); two in
    one batch load each movement once, from the report created later (its
    name says when), in whatever order the batch lists them, as a later
    load would replace an earlier one."""
    raw = MP.read_bytes()
    shorter = raw[:raw.rstrip(b"\n").rfind(b"\n") + 1]  # the same report without its last movement
    early, late = "raw/mercadopago/settlement-2025-04-01.csv", "raw/mercadopago/settlement-2025-04-02.csv"
    a = _native.process_mp_report(raw, early)
    b = _native.process_mp_report(shorter, late)
    assert b[2] == a[2] - 1
    files = [(a[0], "mercadopago", early, "loaded", a[2]), (b[0], "mercadopago", late, "loaded", b[2])]
    q = f'SELECT object_key, count(*) FROM "{warehouse.schema}".mp_movements GROUP BY 1 ORDER BY 1'
    for order in ([a[3], b[3]], [b[3], a[3]]):
        warehouse.load("run-overlap", files, movements=order)
        assert warehouse.query(q)[1] == [(early, "1"), (late, str(b[2]))]


def test_a_target_keyed_by_a_column_the_files_do_not_carry_is_refused(warehouse):
    """A key must be a staging column: an unknown one would bind to the
    target table's own column inside the delete's subquery (and match every
    row)."""
    from expetl.core import kinds
    from expetl.core.records import KindLoad, Target

    sha, d, csv = processed(PDF)
    warehouse.load("run-1", [(sha, "dir", "raw/x.pdf", "loaded", 10)], receipts=[csv])
    k = kinds.get("receipt")
    bad = KindLoad(k.stage, k.columns, (Target("receipts", ("sha256",), ("run_id",)),), [csv])
    with pytest.raises(ValueError, match="staging table does not have"):
        warehouse.load_batch("run-2", ParsedBatch(), [bad])
    assert counts(warehouse)[:2] == (1, d["lines"])


def test_quarantine_rows_are_registered_with_the_file(warehouse):
    q = [("a" * 64, "dir", "raw/bad.pdf", None, "DamagedPdf", "not a PDF"),
         ("b" * 64, "mercadopago", "raw/r.csv", 4, "ReportError", "line 4: bad amount")]
    files = [("a" * 64, "dir", "raw/bad.pdf", "quarantined", 0),
             ("b" * 64, "mercadopago", "raw/r.csv", "quarantined", 0)]
    r = warehouse.load("run-q", files, q)
    assert r["quarantined"] == 2 and r["files"] == 2
    rows = warehouse.query(f'SELECT sha256, line, reason, run_id FROM "{warehouse.schema}".quarantine ORDER BY 1')[1]
    assert rows == [("a" * 64, None, "DamagedPdf", "run-q"), ("b" * 64, "4", "ReportError", "run-q")]
    assert warehouse.known(["a" * 64]) == {"a" * 64}
    warehouse.load("run-q2", files, q)  # again: replaced, not duplicated
    assert counts(warehouse)[4] == 2


def test_a_bad_value_fails_the_whole_batch(warehouse):
    sha, _d, csv = processed(PDF)
    sha2, _d2, csv2 = processed(PDF2)
    broken = csv2.replace(b",2025-", b",20X5-", 1)  # an impossible timestamp in the second file
    files = [(sha, "dir", "k1", "loaded", 1), (sha2, "dir", "k2", "loaded", 1)]
    with pytest.raises(expetl.WarehouseError) as e:
        warehouse.load("run-bad", files, receipts=[csv, broken])
    assert e.value.sqlstate == "22007"  # invalid_datetime_format
    assert counts(warehouse) == (0, 0, 0, 0, 0)
    assert warehouse.known([sha, sha2]) == set()


def _on_line(n, edit):
    """Damage line n (1-based, the header is line 1) of a processed file."""
    def damage(c):
        lines = c.split(b"\n")
        lines[n - 1] = edit(lines[n - 1])
        return b"\n".join(lines)
    return damage


@pytest.mark.parametrize("damage, line", [
    (_on_line(3, lambda r: r + b",extra"), 3),                 # a field too many
    (_on_line(4, lambda r: r[:r.rfind(b",")]), 4),             # a field short
    (_on_line(5, lambda r: r.replace(b",", b',"open', 1)), 5),  # a quote never closed
    (_on_line(2, lambda r: r.replace(b",", b"\r", 1)), 2),     # a bare carriage return
])
def test_a_damaged_processed_file_fails_the_batch_naming_its_line(warehouse, damage, line):
    """The loader stages each target's columns, picking them out of the
    processed files as they stream (from memory, or read back from the
    stage): a file that is not the CSV it should be fails the whole batch
    as COPY would (SQLSTATE 22P04), naming the file and the line, and loads
    nothing."""
    sha, _d, csv = processed(PDF)
    sha2, _d2, csv2 = processed(PDF2)
    files = [(sha, "dir", "k1", "loaded", 1), (sha2, "dir", "k2", "loaded", 1)]
    with pytest.raises(expetl.WarehouseError) as e:
        warehouse.load("run-damaged", files, receipts=[csv, damage(csv2)])
    assert e.value.sqlstate == "22P04"
    assert str(e.value).startswith(f"line {line}: ") and str(e.value).endswith(" in processed file 2 of the batch")
    assert e.value.line == line
    assert counts(warehouse) == (0, 0, 0, 0, 0)


@pytest.mark.parametrize("container", [
    list, tuple,
    lambda cs: [cs[0], bytearray(cs[1])],
    lambda cs: [memoryview(cs[0]), cs[1]],
    _Lazy,
])
def test_processed_files_load_alike_from_any_sequence_of_buffers(warehouse, container):
    """The local runner hands the loader a list of bytes, a task across
    processes a sequence reading the stage one file at a time; any buffer
    will do: the same rows either way."""
    (sha, d, csv), (sha2, d2, csv2) = processed(PDF), processed(PDF2)
    files = [(sha, "dir", "k1", "loaded", d["lines"]), (sha2, "dir", "k2", "loaded", d2["lines"])]
    chunks = container([csv, csv2])
    r = warehouse.load("run-seq", files, receipts=chunks)
    assert (r["receipts"], r["items"]) == (2, d["lines"] + d2["lines"])
    if isinstance(chunks, _Lazy):
        assert chunks.read >= 2  # read through the sequence, not copied first
    rows = warehouse.query(f'SELECT sha256, count(*) FROM "{warehouse.schema}".receipt_items '
                           'GROUP BY sha256 ORDER BY sha256')[1]
    assert rows == sorted([(sha, str(d["lines"])), (sha2, str(d2["lines"]))])


def test_a_buffer_the_loader_cannot_read_in_place_is_refused_and_nothing_loads(warehouse):
    """A strided view (every other byte of a CSV) is no processed file: the
    list form's dedupe passes it on and the loader refuses it; nothing of
    the batch is in."""
    sha, d, csv = processed(PDF)
    with pytest.raises(BufferError):
        warehouse.load("run-strided", [(sha, "dir", "k", "loaded", d["lines"])], receipts=[memoryview(csv)[::2]])
    assert counts(warehouse) == (0, 0, 0, 0, 0)


def test_fields_with_commas_quotes_and_line_breaks_load_as_written(warehouse):
    """A description holding the CSV's own syntax goes through the loader's
    projection byte for byte (commas, doubled quotes, a line break), and a
    receipt's columns once per receipt."""
    import csv as csvmod
    import io

    sha, d, csv = processed(PDF)
    rows = list(csvmod.reader(io.StringIO(csv.decode(), newline="")))
    name, desc = rows[0].index("merchant_name"), rows[0].index("description")
    for r in rows[1:]:  # the receipt's columns, the same on every line as the writer puts them
        r[name] = 'INC, "S.A."'
    rows[1][desc] = 'LECHE "LA SERENISIMA", 1 L\nSACHET'
    out = io.StringIO()
    csvmod.writer(out, lineterminator="\n").writerows(rows)
    edited = out.getvalue().encode()
    warehouse.load("run-quotes", [(sha, "dir", "k1", "loaded", d["lines"])], receipts=[edited])
    s = warehouse.schema
    got = warehouse.query(f'SELECT description FROM "{s}".receipt_items WHERE description LIKE $1', ["%SERENISIMA%"])[1]
    assert got == [('LECHE "LA SERENISIMA", 1 L\nSACHET',)]
    assert warehouse.query(f'SELECT merchant_name FROM "{s}".receipts')[1] == [('INC, "S.A."',)]
    assert counts(warehouse)[:2] == (1, d["lines"])


@VERSIONS
@pytest.mark.parametrize("nth, statement", [(1, "COPY expetl_stage_receipts%"), (2, "COPY %receipt_items (%")],
                         ids=["receipts", "item-lines"])
def test_backend_killed_mid_copy_loads_nothing_and_a_rerun_loads_once(warehouse, pg, version, nth, statement):
    """The loader's backend is terminated (from a second connection) while
    a COPY is streaming: the receipts' columns (the batch's first pass over
    its files) or the item lines (its second, straight into receipt_items
    or into their staging table). Nothing is loaded, ingested_files is
    unchanged, and the same batch then loads exactly once."""
    sha, _d, csv = processed(PDF)
    sha2, _d2, csv2 = processed(PDF2)
    files = [(sha, "dir", "k1", "loaded", 10), (sha2, "dir", "k2", "loaded", 11)]
    killer = Warehouse(pg.dsn, schema=warehouse.schema, create=False)
    killed = []

    def kill():  # as the second file is fetched in that pass
        killed.extend(killer.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE application_name = 'expetl' AND query LIKE $1", [statement])[1])

    try:
        with _as(warehouse, pg, version) as wh:
            with pytest.raises(expetl.WarehouseError) as e:
                wh.load("run-killed", files, receipts=_Lazy([csv, csv2], on=(1, nth, kill)))
            assert len(killed) == 1
            assert e.value.sqlstate in ("57P01", "08006")  # admin_shutdown / connection failure
            assert counts(warehouse) == (0, 0, 0, 0, 0)  # nothing half-loaded
            r = wh.load("run-again", files, receipts=[csv, csv2])  # reconnects
        assert (r["receipts"], r["items"]) == (2, 21)
        assert counts(warehouse) == (2, 21, 0, 2, 0)
    finally:
        killer.close()


def test_concurrent_loads_of_the_same_file_end_with_one_copy(pg, schema):
    sha, _d, csv = processed(PDF)
    Warehouse(pg.dsn, schema=schema).close()
    errors = []

    def one(i):
        try:
            with Warehouse(pg.dsn, schema=schema, create=False) as wh:
                wh.load(f"run-{i}", [(sha, "dir", "k", "loaded", 10)], receipts=[csv])
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    ts = [threading.Thread(target=one, args=(i,)) for i in range(4)]
    [t.start() for t in ts]
    [t.join() for t in ts]
    assert errors == []
    with Warehouse(pg.dsn, schema=schema, create=False) as wh:
        assert counts(wh) == (1, 10, 0, 1, 0)


def test_errors_carry_sqlstate_and_never_the_password():
    from conftest import _free_port

    dsn = f"postgresql://loader:Sup3rS3cret@127.0.0.1:{_free_port()}/dw?connect_timeout=2"
    with pytest.raises(expetl.WarehouseError) as e:
        Warehouse(dsn)
    assert e.value.sqlstate == "08001"
    assert "Sup3rS3cret" not in str(e.value) and "Sup3rS3cret" not in repr(e.value.args)


def test_query_errors_carry_sqlstate(warehouse):
    with pytest.raises(expetl.WarehouseError) as e:
        warehouse.query("SELECT * FROM no_such_table")
    assert e.value.sqlstate == "42P01"


def test_schema_names_are_validated():
    with pytest.raises(ValueError):
        schema_sql("postgres", 'x"; DROP TABLE y; --')
    with pytest.raises(ValueError):
        Warehouse(None, dialect="redshift", schema="bad-name", dry_run=True)


def test_redshift_ddl_matches_the_golden_file():
    assert schema_sql("redshift") == (GOLDEN / "redshift_schema.sql").read_text()


def test_postgres_ddl_runs_as_printed(pg, schema):
    """`expetl schema` output is what the loader runs: feed it to a fresh schema."""
    with Warehouse(pg.dsn, schema=schema, create=False) as wh:
        for stmt in schema_sql("postgres", schema).split(";\n"):
            if stmt.strip():
                wh.query(stmt)
        assert counts(wh) == (0, 0, 0, 0, 0)


def test_redshift_load_sql_matches_the_golden_file():
    wh = Warehouse(None, dialect="redshift", dry_run=True, create=False)
    wh.load("run-golden", [("a" * 64, "gmail", "raw/receipts/a.pdf", "loaded", 3),
                           ("b" * 64, "mercadopago", "raw/mercadopago/r.csv", "quarantined", 0)],
            [("b" * 64, "mercadopago", "raw/mercadopago/r.csv", 4, "ReportError", "bad")],
            receipts_manifest="s3://dw-processed/expetl/processed/manifests/run-golden/0001-receipts.json",
            movements_manifest="s3://dw-processed/expetl/processed/manifests/run-golden/0001-movements.json",
            iam_role="arn:aws:iam::123456789012:role/expetl-redshift-copy", region="us-east-2")
    assert wh.trace == (GOLDEN / "redshift_load.sql").read_text()


def test_postgres_load_sql_matches_the_golden_file():
    """PostgreSQL's load: each target staged with its own columns (the
    client projects the processed files, so a receipt's columns go over
    once, not once per item line), the batch's rows found by probing each
    target's key, one row per primary key by DISTINCT ON (a sort on the
    key, where DISTINCT hashes every column), its sorts in memory; a
    receipt's numbered item lines COPYed straight into their table (their
    old rows found through the receipts' staging table)."""
    wh = Warehouse(None, dialect="postgres", dry_run=True, create=False)
    wh.load("run-golden", [("a" * 64, "gmail", "raw/receipts/a.pdf", "loaded", 3),
                           ("b" * 64, "mercadopago", "raw/mercadopago/r.csv", "quarantined", 0)],
            [("b" * 64, "mercadopago", "raw/mercadopago/r.csv", 4, "ReportError", "bad")],
            receipts=[b"x"], movements=[b"y"])
    assert wh.trace == (GOLDEN / "postgres_load.sql").read_text()


def test_redshifts_merge_of_overlapping_reports_keeps_the_later_reports_movement(warehouse):
    """Redshift has no DISTINCT ON and does not enforce primary keys: its
    statement (the golden file's) keeps one row per movement by ROW_NUMBER(),
    the later report's.  Run here on PostgreSQL (the same standard SQL) over
    a staging table holding two overlapping reports."""
    import csv as csvmod
    import io

    golden = (GOLDEN / "redshift_load.sql").read_text().splitlines()
    create = next(x for x in golden if x.startswith("CREATE TEMP TABLE expetl_stage_mp "))
    insert = next(x for x in golden if x.startswith('INSERT INTO "expenses".mp_movements '))
    raw = MP.read_bytes()
    shorter = raw[:raw.rstrip(b"\n").rfind(b"\n") + 1]
    early, late = "raw/mercadopago/settlement-2025-04-01.csv", "raw/mercadopago/settlement-2025-04-02.csv"
    warehouse.query(create.rstrip(";"))
    try:
        for data, key in ((shorter, late), (raw, early)):
            rows = list(csvmod.reader(io.StringIO(_native.process_mp_report(data, key)[3].decode())))
            marks = ", ".join(f"${i + 1}" for i in range(len(rows[0])))
            for r in rows[1:]:  # as COPY's EMPTYASNULL reads them
                warehouse.query(f"INSERT INTO expetl_stage_mp ({', '.join(rows[0])}) VALUES ({marks})",
                                [v if v != "" else None for v in r])
        warehouse.query(insert.rstrip(";").replace('"expenses".', f'"{warehouse.schema}".'),
                        ["run-rs", "2026-12-01 00:00:00"])
    finally:
        warehouse.query("DROP TABLE IF EXISTS expetl_stage_mp")
    got = warehouse.query(f'SELECT object_key, count(*) FROM "{warehouse.schema}".mp_movements GROUP BY 1 ORDER BY 1')
    assert got[1] == [(early, "1"), (late, str(len(shorter.splitlines()) - 1))]


def test_redshift_copy_literals_are_validated():
    wh = Warehouse(None, dialect="redshift", dry_run=True, create=False)
    with pytest.raises(ValueError):
        wh.load("r", receipts_manifest="s3://b/x' IAM_ROLE 'arn:evil", iam_role="arn:aws:iam::1:role/r")
    with pytest.raises(ValueError):
        wh.load("r", receipts_manifest="file:///tmp/m.json")


@pytest.mark.parametrize("errcode, message, table, version", [
    ("40001", "could not serialize access due to concurrent update", "receipts", None),
    # Redshift's form: error 1023 arrives as an internal error with the number in the text
    ("XX000", "1023 DETAIL: Serializable isolation violation on table - 123, transactions forming the cycle are: 1, 2",
     "receipts", None),
    # after the item lines were loaded (COPYed straight in, or inserted from
    # their staging table): they go again, counted once
    ("40001", "could not serialize access due to concurrent update", "ingested_files", None),
    ("40001", "could not serialize access due to concurrent update", "ingested_files", 110000),
])
def test_serialisation_failures_retry_the_whole_transaction(warehouse, pg, errcode, message, table, version):
    """A trigger in the test's own schema fails the first insert the way a
    serialisation conflict does (a sequence counts attempts: it survives the
    rollback); the loader retries the whole transaction, re-streaming the COPY."""
    s = warehouse.schema
    warehouse.query(f'CREATE SEQUENCE "{s}".attempts')
    warehouse.query(f"""CREATE FUNCTION "{s}".conflict() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF nextval('"{s}".attempts') = 1 THEN
            RAISE EXCEPTION '{message}' USING ERRCODE = '{errcode}';
          END IF;
          RETURN NEW;
        END $$""")
    warehouse.query(f'CREATE TRIGGER conflict BEFORE INSERT ON "{s}".{table} '
                    f'FOR EACH ROW EXECUTE FUNCTION "{s}".conflict()')
    sha, _d, csv = processed(PDF)
    with _as(warehouse, pg, version) as wh:
        r = wh.load("run-retry", [(sha, "dir", "k", "loaded", 10)], receipts=[csv])
    assert r["attempts"] == 2 and r["receipts"] == 1 and r["items"] == 10
    assert counts(warehouse) == (1, 10, 0, 1, 0)


@pytest.mark.parametrize("message", ["refused", "refused: row 1023 of the batch"])
def test_other_errors_are_not_retried(warehouse, message):
    """Near miss of Redshift's 1023: an error of another class whose text
    carries the number is not a serialisation failure."""
    s = warehouse.schema
    warehouse.query(f'CREATE SEQUENCE "{s}".attempts')  # counts attempts: it survives the rollback
    warehouse.query(f"""CREATE FUNCTION "{s}".nope() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM nextval('"{s}".attempts'); RAISE EXCEPTION '{message}' USING ERRCODE = '23514'; END $$""")
    warehouse.query(f'CREATE TRIGGER nope BEFORE INSERT ON "{s}".receipts FOR EACH ROW EXECUTE FUNCTION "{s}".nope()')
    sha, _d, csv = processed(PDF)
    with pytest.raises(expetl.WarehouseError) as e:
        warehouse.load("run-no", [(sha, "dir", "k", "loaded", 10)], receipts=[csv])
    assert e.value.sqlstate == "23514"
    assert warehouse.query(f'SELECT last_value FROM "{s}".attempts')[1] == [("1",)]  # one attempt
    assert counts(warehouse) == (0, 0, 0, 0, 0)


def test_clone_is_a_second_connection_with_the_same_settings(warehouse):
    other = warehouse.clone()
    try:
        pid = "SELECT pg_backend_pid()"
        assert other.query(pid)[1] != warehouse.query(pid)[1]
        assert other.schema == warehouse.schema
        assert counts(other) == counts(warehouse)
    finally:
        other.close()


def test_sslmode_in_the_dsn_is_honoured(pg):
    """The local server has no TLS: asking for it must fail, not fall back."""
    dsn = pg.dsn.replace("sslmode=disable", "sslmode=require")
    with pytest.raises(expetl.WarehouseError) as e:
        Warehouse(dsn)
    assert "SSL" in str(e.value) and e.value.sqlstate == "08001"


def test_staged_files_can_be_marked_failed_and_are_not_known(warehouse):
    """Compensation: files registered as staged by a run that then fails are
    marked failed; failed files are not 'known', so a later run takes them."""
    files = [("c" * 64, "gmail", "raw/a.pdf", "staged", 0), ("d" * 64, "gmail", "raw/b.pdf", "loaded", 3)]
    warehouse.load("run-comp", files)
    assert warehouse.known(["c" * 64, "d" * 64]) == {"d" * 64}
    assert warehouse.mark_failed("run-comp") == 1  # the loaded one stays loaded
    rows = warehouse.query(f'SELECT sha256, status FROM "{warehouse.schema}".ingested_files ORDER BY 1')[1]
    assert rows == [("c" * 64, "failed"), ("d" * 64, "loaded")]
    assert warehouse.known(["c" * 64]) == set()
    assert warehouse.mark_failed("no-such-run") == 0
