"""The sample generator (expetl.sample): what it makes, the parsers read
back exactly, with no warning."""
from datetime import date, timedelta
from decimal import Decimal

import pytest

import expetl
from expetl import sample
from expetl.core import kinds
from expetl.mbox import pdf_attachments


@pytest.fixture(scope="module")
def month():
    return sample.household()


def _check_ticket(t):
    r = expetl.parse_receipt(t.pdf)
    assert r.warnings == [], (t.chain.key, r.warnings)
    assert r.total == t.total and r.subtotal == t.subtotal and r.discount_total == t.discount_total
    assert r.items == t.expected_items(), t.chain.key
    assert [(x["description"], x["amount"]) for x in r.discounts] == [
        (d.replace("PROMO", "BONIFICACION") if t.chain.layout == "labels" else d, a) for d, a in t.discounts]
    assert [(p["method"], p["amount"]) for p in r.payments] == t.payments
    assert r.merchant == {"name": t.chain.name, "cuit": t.chain.cuit}
    assert (r.doc_type, r.pos, r.number, r.issued_at) == ("ticket", t.pos, t.number, t.issued_at.isoformat())


def test_every_household_ticket_parses_to_what_was_generated(month):
    assert len(month.tickets) == 10
    assert {t.chain.layout for t in month.tickets} == {"classic", "codes", "mixed_case", "labels"}
    assert len({t.chain.key for t in month.tickets}) == 5
    for t in month.tickets:
        _check_ticket(t)


def test_the_benchmark_corpus_parses_too():
    corpus = sample.ticket_corpus(24, seed=5)
    assert {len(t.pdf) > 0 for t in corpus} == {True}
    for t in corpus:
        _check_ticket(t)
    assert max(t.pdf.count(b"/Type /Page ") for t in corpus) == 4  # 1 to 4 pages


def test_deterministic_for_a_seed(month):
    again = sample.household()
    assert again.mbox == month.mbox and again.report == month.report
    assert [t.pdf for t in again.tickets] == [t.pdf for t in month.tickets]
    assert sample.household(seed=7).report != month.report


def test_the_mailbox_holds_every_ticket_once_and_one_twice(month, tmp_path):
    (tmp_path / "m.mbox").write_bytes(month.mbox)
    got = list(pdf_attachments(str(tmp_path / "m.mbox")))
    assert len(got) == 11 and len(month.mails) == 12  # a newsletter without attachment
    assert {a.sha256 for a in got} == {expetl._native.sha256(t.pdf) for t in month.tickets}
    for a in got:
        t = next(t for t in month.tickets if t.pdf == a.data)
        assert a.filename == t.filename
        assert timedelta(0) < a.internal_date - t.issued_at.replace(tzinfo=sample.AR) < timedelta(days=3)


def test_the_release_report_parses_with_balances_that_add_up(month):
    rep = expetl.parse_mp_report(month.report)
    assert rep.report_type == "release" and len(rep) == len(month.mp_rows) + 5  # opening, pre/pos, subtotal, total
    assert kinds.recognise(month.report_name, month.report[:4096]).name == kinds.REPORT
    rows = list(rep)
    movements = [r for r in rows if r["record_type"] == "release"]
    assert {r["description"] for r in movements} >= {"payment", "withdrawal", "refund", "tax_withholding",
                                                      "asset_management_gain", "shipping"}
    assert any(r["net_amount"] > 0 and r["extra"]["PAYER_NAME"] for r in movements)  # money received
    opening = rows[0]
    assert opening["record_type"] == "initial_available_balance"
    pre, pos = (r for r in rows if r["record_type"] == "available_balance")
    before = [r for r in movements if r["date"] < pre["date"]]
    assert pre["net_amount"] == opening["net_amount"] + sum(r["net_amount"] for r in before)
    withdrawal = next(r for r in movements if r["description"] == "withdrawal")
    assert pos["net_amount"] == pre["net_amount"] + withdrawal["net_amount"]
    sub, total = rows[-2:]
    assert (sub["record_type"], total["record_type"]) == ("subtotal", "total")
    assert sub["net_amount"] == total["net_amount"] == sum(r["net_amount"] for r in movements)
    # a purchase, its shipping and its refund share one SOURCE_ID
    ml = [r for r in movements if r["extra"]["OPERATION_TAGS"] == "MARKETPLACE"]
    assert len(ml) == 3 and len({r["source_id"] for r in ml}) == 1


def test_mercado_pago_payments_match_the_tickets_paid_with_it(month):
    """Same amount, at the ticket's store, a few minutes before the ticket's
    time: what a ledger reconciles."""
    from datetime import datetime

    rep = expetl.parse_mp_report(month.report)
    paid_mp = [t for t in month.tickets if any(m == "MERCADO PAGO" for m, _ in t.payments)]
    assert len(paid_mp) == 4
    for t in paid_mp:
        (row,) = [r for r in rep if r["store_name"] == t.chain.store and r["net_amount"] == -t.total]
        gap = t.issued_at.replace(tzinfo=sample.AR) - datetime.fromisoformat(row["date"])
        assert timedelta(0) < gap < timedelta(minutes=5)
    others = {r["store_name"] for r in rep if r["store_name"]} - {t.chain.store for t in paid_mp}
    assert {"Edenor", "Farmacity Palermo"} <= others


def test_write_puts_the_files_once(tmp_path, month):
    paths = month.write(tmp_path)
    assert paths["mbox"].read_bytes() == month.mbox
    assert (paths["reports"] / month.report_name).read_bytes() == month.report
    assert len(list(paths["tickets"].glob("*.pdf"))) == 10
    stamp = paths["mbox"].stat().st_mtime_ns
    month.write(tmp_path)
    assert paths["mbox"].stat().st_mtime_ns == stamp  # same bytes: left alone
    assert month.start == date(2025, 10, 6) and month.start.weekday() == 0
    assert sum(t.total for t in month.tickets) > Decimal(0)
