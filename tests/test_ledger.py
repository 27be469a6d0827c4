"""The household ledger against the household fixture's golden answer:
every week's totals to the cent, categories and brands, through the runner,
the CLI and the DAGs, on first runs and re-runs, whatever order the files
arrive in; and the rules behind it on synthetic cases."""
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import expetl
from conftest import FIXTURES
from expetl.core import ledger
from expetl.core.sources import Chain, DirSource, MboxSource
from expetl.core import kinds
from expetl.runner import Runner
from expetl.stage import Stage
from test_airflow_dags import airflow_db, fast_dags, load_dag, set_conn  # noqa: F401 (fixtures)
from test_ticket_layouts import text_pdf, ticket

HOUSE = FIXTURES / "household"
GOLDEN = json.loads((HOUSE / "household.expected.json").read_text())
EXE = Path(sys.executable).parent / "expetl"
WEEK_KEYS = ("spending", "receipts", "mp_spending_unlinked", "taxes", "refunds", "income", "own_transfers",
             "transfers_out")


def normalised(weeks, start="week_start"):
    """Weeks as comparable values: amounts as Decimals (the golden file names
    a week's Monday ``start``, the ledger ``week_start``)."""
    return [{"week": w["week"], "week_start": w[start], "currency": w["currency"],
             **{k: Decimal(w[k]) for k in WEEK_KEYS},
             "by_category": {c: Decimal(a) for c, a in w["by_category"].items()},
             "by_brand": {b: Decimal(a) for b, a in w["by_brand"].items()}} for w in weeks]


def assert_golden(weeks):
    got, want = normalised(weeks), normalised(GOLDEN["weeks"], start="start")
    assert [(w["week"], w["currency"]) for w in got] == [(w["week"], w["currency"]) for w in want]
    for g, w in zip(got, want):
        for k in WEEK_KEYS:
            assert g[k] == w[k], (w["week"], w["currency"], k, g[k], w[k])
        assert g["by_category"] == w["by_category"], (w["week"], w["currency"])
        assert g["by_brand"] == w["by_brand"], (w["week"], w["currency"])
        assert sum(g["by_category"].values(), Decimal(0)) == g["spending"]
        assert sum(g["by_brand"].values(), Decimal(0)) == g["spending"]
        # the parts explain spending: they add up to it
        assert g["receipts"] + g["mp_spending_unlinked"] + g["taxes"] - g["refunds"] == g["spending"]


def reports():
    return DirSource(str(HOUSE), only=(kinds.REPORT,))


def tickets():
    return MboxSource(str(HOUSE / "takeout.mbox"))


def test_household_month_through_the_runner(tmp_path, warehouse):
    stage = Stage(str(tmp_path / "stage"))
    res = Runner(stage, warehouse).run(Chain([tickets(), DirSource(str(HOUSE))]))
    # 11 distinct PDFs in the mailbox (one mailed twice), the same 11 in the folder, 2 reports;
    # one ticket re-sent as another PDF is the same fiscal document: a duplicate, not a new file;
    # every file read is one of duplicate, quarantined, loaded
    assert (res.new, res.duplicate, res.loaded, res.quarantined) == (12, 13, 12, 0)
    (dup,) = res.duplicates
    want = next(d for d in GOLDEN["duplicates"] if d["kind"] == "same_fiscal_document")
    assert dup.sha256 == want["sha256"]
    assert json.loads(dup.detail) == {"identity": want["duplicates"], "duplicate_of": want["duplicates_sha256"]}
    # the stage holds the original's processed rows, not the duplicate's (Glue reads it)
    processed = [o["key"] for o in stage.list("processed/receipts/")]
    assert any(k.endswith(f"/{want['duplicates_sha256']}.csv") for k in processed)
    assert not any(dup.sha256 in k for k in processed)
    assert_golden(ledger.weekly(warehouse))
    # the links, each with its rule
    _, rows = warehouse.query(f'SELECT receipt_sha256, seconds, rule FROM "{warehouse.schema}".links ORDER BY 2')
    assert sorted((r[0], int(r[1])) for r in rows) == sorted(
        (lk["sha256"], lk["seconds_after_ticket"]) for lk in GOLDEN["links"])
    assert all(r[2].startswith("mercado_pago_tender:") for r in rows)
    # a re-run changes nothing
    again = Runner(stage, warehouse).run(Chain([tickets(), DirSource(str(HOUSE))]))
    assert again.new == 0
    assert_golden(ledger.weekly(warehouse))


@pytest.mark.parametrize("first", ["reports", "tickets"])
def test_household_month_in_either_order(tmp_path, warehouse, first):
    """Links and duplicates do not depend on which side arrives first."""
    stage = Stage(str(tmp_path / "stage"))
    order = [reports, tickets] if first == "reports" else [tickets, reports]
    for src in order:
        Runner(stage, warehouse).run(src())
    assert_golden(ledger.weekly(warehouse))


def test_every_movement_is_classified_as_the_golden_answer(tmp_path, warehouse):
    Runner(Stage(str(tmp_path / "stage")), warehouse).run(reports())
    _, rows = warehouse.query(f'SELECT m.line, m.class, m.object_key FROM "{warehouse.schema}".mp_movements m')
    got = {(r[2].rsplit("/", 1)[-1], int(r[0])): r[1] for r in rows}
    want = {(r["file"], r["line"]): r["class"] for r in GOLDEN["mp_rows"]}
    assert got == want


def test_weekly_from_the_cli(tmp_path, pg, schema):
    args = [str(EXE), "run", "--source", f"mbox:{HOUSE / 'takeout.mbox'}", "--source", f"dir:{HOUSE}",
            "--stage", str(tmp_path / "stage"), "--warehouse", pg.dsn, "--schema", schema]
    p = subprocess.run(args, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    p = subprocess.run([str(EXE), "weekly", "--warehouse", pg.dsn, "--schema", schema, "--json"],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    weeks = json.loads(p.stdout)
    assert all(set(w) >= {"week_start", "currency", "spending", "income", "own_transfers", "transfers_out",
                          "by_category", "by_brand"} for w in weeks)
    assert_golden(weeks)
    p = subprocess.run([str(EXE), "weekly", "--warehouse", pg.dsn, "--schema", schema],
                       capture_output=True, text=True)
    assert p.returncode == 0 and "2025-W36  2025-09-01 to 2025-09-07  ARS" in p.stdout
    assert "145.130,28" in p.stdout


def test_user_overrides_in_the_warehouse(tmp_path, warehouse):
    """A brand and a category rule the user adds in the warehouse apply on
    the next read."""
    Runner(Stage(str(tmp_path / "stage")), warehouse).run(Chain([tickets(), reports()]))
    s = warehouse.schema
    warehouse.query(f"INSERT INTO \"{s}\".brand_overrides VALUES ('cuit', '30548083156', 'Coto Digital')")
    warehouse.query(f"INSERT INTO \"{s}\".category_rules VALUES ('store_name', 'EDENOR%', 'hogar', 10)")
    w36 = next(w for w in ledger.weekly(warehouse) if w["week"] == "2025-W36" and w["currency"] == "ARS")
    assert w36["by_brand"]["Coto Digital"] == "37644.91" and "Coto" not in w36["by_brand"]
    assert Decimal(w36["by_category"]["hogar"]) == Decimal("17997.00") + Decimal("28540.37")
    assert "servicios" not in w36["by_category"] and w36["spending"] == "145130.28"


def test_household_month_through_the_dags(airflow_db, fast_dags, monkeypatch, pg, schema, tmp_path, warehouse):
    """The local preset of both pipeline DAGs (dag.test()): the reports
    first, the tickets a day later; the warehouse then holds the golden
    month, links made when the tickets arrived."""
    port = pg.dsn.split(":")[2].split("/")[0]
    set_conn(monkeypatch, "expetl_warehouse", conn_type="postgres", host="127.0.0.1", port=int(port),
             login="expetl", schema="postgres", extra={"sslmode": "disable"})
    stage = f"file://{tmp_path}/stage"
    mp = load_dag("expenses_mercadopago_reports").test(
        run_conf={"preset": "local", "source": f"dir:{HOUSE}", "stage_url": stage, "schema": schema})
    assert mp.state == "success"
    gm = load_dag("expenses_gmail_receipts").test(
        run_conf={"preset": "local", "source": f"mbox:{HOUSE / 'takeout.mbox'}", "stage_url": stage,
                  "schema": schema})
    assert gm.state == "success"
    assert_golden(ledger.weekly(warehouse))
    _, rows = warehouse.query(f'SELECT count(*) FROM "{schema}".links')
    assert int(rows[0][0]) == len(GOLDEN["links"])


def test_household_month_in_a_notebook_without_a_warehouse():
    """expetl.ledger(...) reads the same documents in memory: the same
    golden weeks, and a frame of typed expense lines."""
    lines = expetl.ledger(HOUSE)
    assert_golden(lines.ledger.weekly())
    assert str(lines["week_start"].dtype).startswith("datetime64") and lines["amount"].dtype == float
    assert set(lines["category"]) <= set(expetl.rules.category_names())


def _overlap(tmp_path, drop=(), offset=None):
    """Report 1's movements of 8-14 September again, in another report: with
    columns ``drop``ped (the user chooses a report's columns) and its dates
    printed at another UTC ``offset`` (hours), the same instants."""
    import csv
    import io
    from datetime import datetime, timedelta, timezone

    first = (HOUSE / "release_2025-09-01_2025-09-14.csv").read_text()
    rows = list(csv.DictReader(io.StringIO(first)))
    cols = [c for c in rows[0] if c not in drop]
    out = io.StringIO()
    w = csv.DictWriter(out, cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    n = 0
    for r in rows:
        if "2025-09-08" <= r["DATE"][:10] <= "2025-09-14":
            if offset is not None:
                at = datetime.fromisoformat(r["DATE"]).astimezone(timezone(timedelta(hours=offset)))
                r["DATE"] = at.isoformat(timespec="milliseconds")
            w.writerow(r)
            n += 1
    assert n > 3  # it does overlap
    path = tmp_path / "release_2025-09-08_2025-09-14.csv"
    path.write_text(out.getvalue())
    return path


OVERLAPS = {"same columns": {}, "without gross and fee": {"drop": ("GROSS_AMOUNT", "MP_FEE_AMOUNT")},
            "without record type": {"drop": ("RECORD_TYPE",)}, "printed at -04:00": {"offset": -4},
            "printed in UTC": {"offset": 0}}


@pytest.mark.parametrize("how", list(OVERLAPS))
def test_overlapping_reports_in_a_notebook_count_each_movement_once(tmp_path, how):
    """A report downloaded again over a period another covers (the same
    movements, another file): the golden weeks.  Each movement was counted
    once per report, and still twice when the second report had other
    columns or printed its dates at another offset (its lines' keys differ)."""
    lines = expetl.ledger(HOUSE, _overlap(tmp_path, **OVERLAPS[how]))
    assert_golden(lines.ledger.weekly())


def _report(path, rows):
    head = (HOUSE / GOLDEN["files"]["reports"][0]).read_text().splitlines()[0]
    cols = head.split(",")
    lines = [",".join(r.get(c, "") for c in cols) for r in rows]
    path.write_text(head + "\n" + "\n".join(lines) + "\n")
    return path


def _mv(date, sid, desc, net, **kw):
    net = Decimal(net)
    return {"DATE": date, "SOURCE_ID": sid, "RECORD_TYPE": "release", "DESCRIPTION": desc,
            "NET_CREDIT_AMOUNT": f"{max(net, 0):.2f}", "NET_DEBIT_AMOUNT": f"{max(-net, 0):.2f}",
            "GROSS_AMOUNT": f"{net:.2f}", "MP_FEE_AMOUNT": "0.00", "CURRENCY": "ARS",
            "PAYMENT_METHOD": "account_money", **kw}


def test_two_movements_of_one_report_in_one_second_are_two(tmp_path, warehouse):
    """Two partial refunds of one payment (two tax withholdings) in one
    second of one report: two movements.  Only copies in other reports are
    copies; the identity alone dropped one of each (10,000 of refunds and
    300 of taxes lost)."""
    rows = [_mv("2025-10-07T12:00:00.000-03:00", "111", "payment", "-50000", STORE_NAME="Tienda Ejemplo"),
            _mv("2025-10-08T15:22:36.120-03:00", "111", "refund", "10000"),
            _mv("2025-10-08T15:22:36.870-03:00", "111", "refund", "15000"),
            _mv("2025-10-08T15:22:40.000-03:00", "222", "tax_withholding", "-300"),
            _mv("2025-10-08T15:22:40.500-03:00", "222", "tax_withholding", "-450")]
    folder = tmp_path / "reports"
    folder.mkdir()
    _report(folder / "release_2025-10-06_2025-10-12.csv", rows)
    want = {"spending": Decimal("25750.00"), "refunds": Decimal("25000.00"), "taxes": Decimal("750.00")}
    (week,) = expetl.ledger(folder).ledger.weekly()
    assert {k: Decimal(week[k]) for k in want} == want
    Runner(Stage(str(tmp_path / "stage")), warehouse).run(DirSource(str(folder)))
    (week,) = ledger.weekly(warehouse)
    assert {k: Decimal(week[k]) for k in want} == want


def test_the_copy_that_counts_is_the_one_with_the_currency_and_the_store(tmp_path, warehouse):
    """A later report without the CURRENCY and STORE_NAME columns over a
    dollar payment: its copy made the payment pesos and the store 'Otros'."""
    pay = _mv("2025-10-07T12:00:00.000-03:00", "333", "payment", "-14.99", CURRENCY="USD", STORE_NAME="Steam")
    folder = tmp_path / "reports"
    folder.mkdir()
    _report(folder / "release_2025-10-01_2025-10-12.csv", [pay])
    bare = {k: v for k, v in pay.items() if k not in ("CURRENCY", "STORE_NAME")}
    head = (HOUSE / GOLDEN["files"]["reports"][0]).read_text().splitlines()[0].split(",")
    cols = [c for c in head if c not in ("CURRENCY", "STORE_NAME")]
    (folder / "release_2025-10-06_2025-10-12.csv").write_text(
        ",".join(cols) + "\n" + ",".join(bare.get(c, "") for c in cols) + "\n")
    weeks = expetl.ledger(folder).ledger.weekly()
    assert [(w["currency"], Decimal(w["spending"]), w["by_brand"]) for w in weeks] == [
        ("USD", Decimal("14.99"), {"Steam": "14.99"})]
    Runner(Stage(str(tmp_path / "stage")), warehouse).run(DirSource(str(folder)))
    weeks = ledger.weekly(warehouse)
    assert [(w["currency"], Decimal(w["spending"])) for w in weeks] == [("USD", Decimal("14.99"))]


@pytest.mark.parametrize("how", ["without gross and fee", "without record type", "printed at -04:00"])
def test_overlapping_reports_in_the_warehouse_count_each_movement_once(tmp_path, warehouse, how):
    """The same through the runner: both reports' lines are loaded (their
    keys differ), the weeks, the links and the report count each movement
    once (the later report's copy)."""
    stage = Stage(str(tmp_path / "stage"))
    overlap = tmp_path / "more"
    overlap.mkdir()
    _overlap(overlap, **OVERLAPS[how])
    Runner(stage, warehouse).run(Chain([DirSource(str(HOUSE)), DirSource(str(overlap))]))
    _, rows = warehouse.query(f'SELECT count(*) FROM "{warehouse.schema}".mp_movements')
    _, counted = warehouse.query(f'SELECT count(*) FROM "{warehouse.schema}".mp_counted')
    assert int(rows[0][0]) > int(counted[0][0])  # both copies are in, one counts
    assert_golden(ledger.weekly(warehouse))
    _, links = warehouse.query(f'SELECT count(*) FROM "{warehouse.schema}".links')
    assert int(links[0][0]) == len(GOLDEN["links"])


def test_a_notebook_reads_documents_given_as_bytes_by_their_content(tmp_path):
    """Bytes have no name: the reports among them were skipped unsaid (the
    report kind wanted a .csv name), weeks without their movements.  A
    report saved without its extension is read the same way."""
    docs = [(HOUSE / f).read_bytes() for f in GOLDEN["files"]["receipts"] + GOLDEN["files"]["reports"]]
    lines = expetl.ledger(*docs)
    assert_golden(lines.ledger.weekly())
    assert lines.attrs["quarantine"] == []
    renamed = tmp_path / "reporte_mayo"
    renamed.write_bytes((HOUSE / GOLDEN["files"]["reports"][0]).read_bytes())
    assert kinds.recognise(renamed.name, renamed.read_bytes()[:4096]).name == kinds.REPORT


def test_a_notebook_reports_what_it_cannot_count(tmp_path):
    """A file named or given that is no known kind is quarantined, with its
    SHA-256; a folder's other files are listed as skipped; neither stops
    the rest."""
    notes = tmp_path / "notas.txt"
    notes.write_text("gastos de septiembre\n")
    lines = expetl.ledger(HOUSE, notes, b"date,amount\n2025-09-01,3\n")
    assert_golden(lines.ledger.weekly())
    q = lines.attrs["quarantine"]
    assert [(f, r) for f, r, _ in q] == [(str(notes), "UnknownKind"), ("document-3", "UnknownKind")]
    assert expetl._native.sha256(notes.read_bytes()) in q[0][2]
    assert str(HOUSE / "README.md") in lines.attrs["skipped"]
    assert not any(f.endswith((".pdf", ".csv")) for f in lines.attrs["skipped"])


def test_a_notebook_weeks_an_invoice_dated_without_a_time_beside_tickets():
    """An invoice carries its date alone, a ticket its time: together they
    made the frame's date column fail to parse (a ValueError, no ledger)."""
    invoice = FIXTURES / "receipts" / "afip_factura_b_00005_00000123.pdf"
    ticket = HOUSE / GOLDEN["files"]["receipts"][0]
    for docs in ((invoice, ticket), (ticket, invoice)):
        lines = expetl.ledger(*docs)
        assert sorted(set(lines["file"])) == sorted(map(str, docs))
        day = expetl.parse_receipt(invoice).issued_at[:10]
        inv = lines[lines["file"] == str(invoice)]
        assert {d.strftime("%Y-%m-%d") for d in inv["occurred_at"]} == {day}
        assert all(inv["week_start"].dt.weekday == 0)
        assert sum(w["receipts"] for w in map(lambda w: {**w, "receipts": Decimal(w["receipts"])},
                                                lines.ledger.weekly())) == (
            expetl.parse_receipt(invoice).total + expetl.parse_receipt(ticket).total)


@pytest.mark.parametrize("tender", ["PAGO CON MERCADO PAGO", "SU PAGO QR MP"])
def test_a_ticket_paid_by_a_tender_that_begins_with_pago_counts_once(tender):
    """The ticket's tender 'PAGO CON MERCADO PAGO' was taken for the cash
    handed over and dropped: the ticket and its Mercado Pago payment were
    counted as two purchases."""
    import random
    from datetime import datetime

    from expetl.sample import CHAINS, make_ticket

    t = make_ticket(random.Random(5), CHAINS["carrefour"], datetime(2025, 10, 7, 12, 0), 4, (tender,))
    head = (HOUSE / GOLDEN["files"]["reports"][0]).read_text().splitlines()[0]
    pay = (f"2025-10-07T11:58:30.000-03:00,91234567890,,release,payment,0.00,{t.total},-{t.total},0.00,0.00,"
           "0.00,0.00,0.00,1,account_money,,2025-10-07T11:58:25.000-03:00,,,,,Carrefour Hiper Palermo,,ARS,,,,QR,")
    lines = expetl.ledger(t.pdf, f"{head}\n{pay}\n".encode())
    (week,) = lines.ledger.weekly()
    assert Decimal(week["spending"]) == Decimal(week["receipts"]) == t.total
    assert Decimal(week["mp_spending_unlinked"]) == 0


def test_the_processed_files_carry_the_knowledge_only_with_rules():
    """Without rules the category, brand and class columns stay empty; with
    the shipped rules every line has a category and the receipt its brand."""
    import csv
    import io

    from expetl import _native, rules

    def lines(csv_bytes):
        return list(csv.DictReader(io.StringIO(csv_bytes.decode())))

    pdfs = [HOUSE / r["file"] for r in GOLDEN["receipts"]]
    with_discounts = next(p for p in pdfs if expetl.parse_receipt(p).discounts)
    data = with_discounts.read_bytes()
    bare = lines(_native.process_pdf(data, "dir", "k")[2])
    known = lines(_native.process_pdf(data, "dir", "k", rules.default())[2])
    assert {r["kind"] for r in bare} >= {"item", "discount"}
    assert all(r["category"] == "" and r["brand"] == "" for r in bare)
    assert all(r["category"] for r in known) and {r["brand"] for r in known} <= set(GOLDEN["brands"]["by_cuit"].values())
    assert {r["category"] for r in known if r["kind"] == "discount"} == {"descuentos"}
    report = (HOUSE / GOLDEN["files"]["reports"][0]).read_bytes()
    assert all(r["class"] == "" for r in lines(_native.process_mp_report(report, "k")[3]))
    assert all(r["class"] for r in lines(_native.process_mp_report(report, "k", rules.default())[3]))


# ---- links: one to one, nearest first, as many as can be made ----------------

def _at(hhmm):
    from datetime import datetime
    return datetime(2025, 9, 10, int(hhmm[:2]), int(hhmm[3:]))


@pytest.mark.parametrize("tickets,payments,want", [
    # the nearer payment of A is B's only one: both linked (A-P2, B-P1), none counted twice
    ({"a" * 64: "12:00", "b" * 64: "12:25"}, {"p1": "12:01", "p2": "11:50"}, {("a" * 64, "p2"), ("b" * 64, "p1")}),
    # a tie at 5 minutes: whichever is taken first, both tickets are linked
    ({"a" * 64: "12:00", "b" * 64: "12:10"}, {"p1": "12:05", "p2": "12:40"}, {("a" * 64, "p1"), ("b" * 64, "p2")}),
    ({"b" * 64: "12:00", "a" * 64: "12:10"}, {"p1": "12:05", "p2": "12:40"}, {("b" * 64, "p1"), ("a" * 64, "p2")}),
    # nearest first when it costs no link
    ({"a" * 64: "12:00", "b" * 64: "12:20"}, {"p1": "12:01", "p2": "12:19"}, {("a" * 64, "p1"), ("b" * 64, "p2")}),
    # outside the window: no link
    ({"a" * 64: "12:00"}, {"p1": "12:31"}, set()),
])
def test_links_are_as_many_as_can_be_made_whatever_the_order(tickets, payments, want):
    """Greedy nearest-first left a ticket unlinked when its only payment was
    another's nearest (one purchase counted twice, by the ticket and by the
    payment), and the result hung on the tickets' hashes when two were at
    the same distance."""
    import itertools

    cands = [(sha, _at(t), Decimal("31805.98"), key, _at(p)) for sha, t in tickets.items()
             for key, p in payments.items()]
    for order in itertools.permutations(cands):
        assert {(s, k) for s, k, _, _ in ledger.match_links(order)} == want


def test_the_taxes_printed_on_a_ticket_are_inside_its_receipt_not_beside_it(tmp_path, warehouse):
    """A ticket's perception is part of what it cost: the week's parts are
    the receipt whole and the Mercado Pago rows no ticket explains, so they
    add up to spending.  The warehouse counted the ticket's tax lines in
    ``taxes`` as well (10,300 spent read as receipts 10,300 + taxes 300);
    the notebook did not."""
    pdf = text_pdf(ticket("Almacen\nARROZ GALLO ORO 1KG\n2 x 5.000,00 (21,00)                  10.000,00\n"
                          "SUBTOTAL                              10.000,00\n"
                          "PERC. IIBB CABA 3,00%                    300,00\n"
                          "TOTAL                               $ 10.300,00\n"
                          "TARJETA DEBITO                        10.300,00\n",
                          date_line="Fecha 12/11/25   Hora 11:00"))
    r = expetl.parse_receipt(pdf)
    assert (r.total, [t["amount"] for t in r.taxes], r.warnings) == (Decimal("10300.00"), [Decimal("300.00")], [])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ticket.pdf").write_bytes(pdf)
    assert Runner(Stage(str(tmp_path / "stage")), warehouse).run(DirSource(str(tmp_path / "in"))).loaded == 1
    want = {"spending": Decimal("10300.00"), "receipts": Decimal("10300.00"), "mp_spending_unlinked": 0,
            "taxes": 0, "refunds": 0}
    for weeks in (ledger.weekly(warehouse), expetl.ledger(pdf).ledger.weekly()):
        (w,) = weeks
        assert {k: Decimal(w[k]) for k in want} == want
        assert Decimal(w["spending"]) == (Decimal(w["receipts"]) + Decimal(w["mp_spending_unlinked"])
                                          + Decimal(w["taxes"]) - Decimal(w["refunds"]))
