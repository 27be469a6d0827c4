"""Every receipt fixture against its expected file, the whole contract."""
import hashlib
from decimal import Decimal

import pytest

import expetl
from conftest import FIXTURES, load_json, receipt_fixtures
from contract import ITEM_KEYS, RECEIPT_KEYS, diff, norm

FILES = receipt_fixtures()


def test_fixture_set_is_complete():
    assert len(FILES) == 21


@pytest.mark.parametrize("pdf", FILES, ids=lambda p: p.name)
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


@pytest.mark.parametrize("pdf", FILES, ids=lambda p: p.name)
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
    for pdf in FILES:
        r = expetl.parse_receipt(pdf)
        s = sum((i["amount"] for i in r.items), Decimal(0)) + sum(
            (d["amount"] for d in r.discounts), Decimal(0))
        assert ("totals_mismatch" in r.warnings) == (abs(s - r.total) > Decimal("0.01")), pdf.name
