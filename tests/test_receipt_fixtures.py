"""Every receipt fixture against its expected file, the whole contract."""
import hashlib
from decimal import Decimal

import pytest

import expetl
from conftest import FIXTURES, known_failures, load_json, receipt_fixtures
from contract import ITEM_KEYS, RECEIPT_KEYS, diff, norm

FILES = receipt_fixtures()
KNOWN = known_failures()


def _expected_to_fail(pdf):
    """The fixture as a param, strictly expected to fail when it is on
    tests/known_failures.txt (so a fix shows up as XPASS, an error)."""
    if pdf.name in KNOWN:
        return pytest.param(pdf, id=pdf.name, marks=pytest.mark.xfail(strict=True, reason=KNOWN[pdf.name]))
    return pytest.param(pdf, id=pdf.name)


def test_fixture_set_is_complete():
    assert len(FILES) == 44
    assert set(KNOWN) <= {p.name for p in FILES}, "known_failures.txt names a file that is not a fixture"


@pytest.mark.parametrize("pdf", [_expected_to_fail(p) for p in FILES])
def test_fixture_matches_contract(pdf):
    want = load_json(pdf.with_suffix(".expected.json"))
    r = expetl.parse_receipt(pdf)
    got = r.to_dict()
    assert set(got) == RECEIPT_KEYS
    for it in got["items"]:
        assert set(it) == ITEM_KEYS
    problems = diff(norm(got), norm(want))
    assert not problems, "\n".join(problems)
    assert r.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()


@pytest.mark.parametrize("pdf", [p for p in FILES if p.name not in KNOWN], ids=lambda p: p.name)
def test_money_is_decimal_and_json_is_strings(pdf):
    r = expetl.parse_receipt(pdf.read_bytes())
    d = r.to_dict()
    assert isinstance(d["total"], Decimal)
    assert all(isinstance(i["amount"], Decimal) for i in d["items"])
    j = r.to_json_dict()
    assert isinstance(j["total"], str) and Decimal(j["total"]) == d["total"]


def test_copies_are_read_once():
    r = expetl.parse_receipt(FIXTURES / "receipts" / "afip_factura_c_00002_00000458.pdf")
    assert len(r.items) == 5


def test_totals_check_flags_mismatch_only_where_printed_total_disagrees():
    """The identity of CONTRACT.md v2: items + discounts + taxes (+ VAT when
    line amounts are net) = total, else totals_mismatch."""
    checked = 0
    for pdf in FILES:
        try:
            r = expetl.parse_receipt(pdf)
        except expetl.UnsupportedLayout:
            assert pdf.name in KNOWN
            continue
        s = sum((x["amount"] for k in ("items", "discounts", "taxes") for x in getattr(r, k)), Decimal(0))
        if not r.prices_include_vat:
            s += sum((v["amount"] for v in r.vat), Decimal(0))
        assert ("totals_mismatch" in r.warnings) == (abs(s - r.total) > Decimal("0.01")), pdf.name
        checked += 1
    assert checked >= 36
