"""Mercado Pago report fixtures against their expected rows, and bad reports."""
import pytest

import expetl
from conftest import FIXTURES, load_json
from contract import diff, norm

CSVS = sorted((FIXTURES / "mercadopago").glob("*.csv"))


@pytest.mark.parametrize("csv", CSVS, ids=lambda p: p.name)
def test_report_fixture(csv):
    want = load_json(csv.with_suffix(".expected.json"))
    if isinstance(want, dict) and want.get("error"):
        with pytest.raises(getattr(expetl, want["error"])) as ei:
            expetl.parse_mp_report(csv)
        assert ei.value.line == want["line"]
        assert f"line {want['line']}" in str(ei.value)
        return
    rep = expetl.parse_mp_report(csv.read_bytes())
    got = rep.to_dicts()
    problems = diff(norm(got), norm(want))
    assert not problems, "\n".join(problems[:20])
    assert rep.lines == list(range(2, 2 + len(got)))  # no fixture cell holds a newline


def test_line_numbers_count_physical_lines_with_quoted_newlines():
    data = ("SOURCE_ID,TRANSACTION_DATE,DESCRIPTION,TRANSACTION_AMOUNT\n"
            "1,2025-01-01T10:00:00-03:00,\"two\nlines\",10.00\n"
            "2,2025-01-01T10:00:00-03:00,x,bad\n").encode()
    with pytest.raises(expetl.ReportError) as ei:
        expetl.parse_mp_report(data)
    assert ei.value.line == 4


@pytest.mark.parametrize("data", [b"", b"just one column\n1\n", b"FOO,BAR\n1,2\n"])
def test_not_a_report(data):
    with pytest.raises(expetl.ReportError):
        expetl.parse_mp_report(data)


def test_bad_date_fails_report():
    data = b"SOURCE_ID;TRANSACTION_DATE;TRANSACTION_AMOUNT\n1;yesterday;1.00\n"
    with pytest.raises(expetl.ReportError) as ei:
        expetl.parse_mp_report(data)
    assert ei.value.line == 2


def test_unknown_columns_are_kept_in_extra():
    data = b"SOURCE_ID,TRANSACTION_DATE,TRANSACTION_AMOUNT,NEW_COLUMN\n1,2025-01-01T10:00:00Z,1.00,v\n"
    rep = expetl.parse_mp_report(data)
    assert rep.rows[0]["extra"] == {"NEW_COLUMN": "v"}
    assert rep.rows[0]["date"] == "2025-01-01T10:00:00Z"


HEAD = ("EXTERNAL_REFERENCE;SOURCE_ID;USER_ID;PAYMENT_METHOD_TYPE;PAYMENT_METHOD;SITE;TRANSACTION_TYPE;"
        "TRANSACTION_AMOUNT;TRANSACTION_CURRENCY;TRANSACTION_DATE;FEE_AMOUNT;SETTLEMENT_NET_AMOUNT;"
        "SETTLEMENT_CURRENCY;SETTLEMENT_DATE\n")


@pytest.mark.parametrize("row,want", [
    # a dollar sale settled in pesos: the net is pesos (it was labelled dollars)
    (";1;9;account_money;account_money;MLA;SETTLEMENT;100.00;USD;2025-03-01T10:00:00-03:00;-10.00;120000.00;ARS;"
     "2025-03-19T10:00:00-03:00", ("ARS", None, None, "120000.00")),
    # a withdrawal of pesos settled in dollars: the net is dollars (it was summed as pesos)
    (";2;9;;;MLA;WITHDRAWAL;-95000.00;ARS;2025-03-02T10:00:00-03:00;0.00;-100.00;USD;2025-03-02T10:00:00-03:00",
     ("USD", None, None, "-100.00")),
    # one currency: every amount stands
    (";3;9;;;MLA;SETTLEMENT;500.00;ARS;2025-03-03T10:00:00-03:00;-5.00;495.00;ARS;2025-03-03T10:00:00-03:00",
     ("ARS", "500.00", "-5.00", "495.00")),
])
def test_a_settlements_net_is_in_its_settlement_currency(row, want):
    r = expetl.parse_mp_report((HEAD + row + "\n").encode()).rows[0]
    got = (r["currency"], r["gross_amount"], r["fee_amount"], r["net_amount"])
    assert tuple(None if v is None else str(v) for v in got) == want


def test_a_line_printed_twice_is_one_movement_without_a_warning():
    """Two identical lines of one report share their key (loaded once); the
    key's code tried to number them and only made GLib warn on stderr."""
    import subprocess
    import sys

    line = ";1;9;;;MLA;SETTLEMENT;500.00;ARS;2025-03-03T10:00:00-03:00;-5.00;495.00;ARS;2025-03-03T10:00:00-03:00\n"
    data = (HEAD + line + line).encode()
    code = ("import sys, expetl; from expetl import _native; "
            "r = _native.process_mp_report(sys.stdin.buffer.read(), 'raw/mercadopago/r.csv'); "
            "rows = r[3].decode().splitlines()[1:]; print(len(rows), len({x.split(',')[0] for x in rows}))")
    out = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, check=True)
    assert out.stdout.split() == [b"2", b"1"]
    assert b"GLib" not in out.stderr, out.stderr
