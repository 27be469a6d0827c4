"""Every file in fixtures/bad raises the exception bad.exceptions.json names."""
import hashlib
import random

import pytest

import expetl
from conftest import FIXTURES, load_json, receipt_fixtures

EXPECTED = load_json(FIXTURES / "bad.exceptions.json")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input_raises_named_exception(name):
    data = (FIXTURES / "bad" / name).read_bytes()
    cls = getattr(expetl, EXPECTED[name])
    with pytest.raises(cls) as ei:
        expetl.parse_receipt(data)
    assert isinstance(ei.value, expetl.ReceiptError)
    assert ei.value.sha256 == hashlib.sha256(data).hexdigest()
    assert ei.value.sha256 in str(ei.value)


def test_every_bad_file_is_listed():
    files = {p.name for p in (FIXTURES / "bad").iterdir() if p.suffix != ".md"}
    assert files == set(EXPECTED)


def test_exception_hierarchy():
    for cls in (expetl.DamagedPdf, expetl.EncryptedPdf, expetl.UnsupportedLayout):
        assert issubclass(cls, expetl.ReceiptError)
        assert issubclass(cls, expetl.ExpetlError)
    assert issubclass(expetl.ReportError, expetl.ExpetlError)
    assert not issubclass(expetl.ReportError, expetl.ReceiptError)


def test_mutated_pdfs_never_crash():
    """Seeded byte mutations and truncations of real fixtures: each either
    parses or raises a ReceiptError; the process never dies."""
    rng = random.Random(1234)
    seeds = [p.read_bytes() for p in receipt_fixtures()]
    outcomes = {"ok": 0, "error": 0}
    for i in range(300):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 20)):
            pos = rng.randrange(len(data))
            data[pos] = rng.randrange(256)
        if i % 5 == 0:
            data = data[: rng.randrange(1, len(data))] + b"\n%%EOF\n"
        try:
            expetl.parse_receipt(bytes(data))
            outcomes["ok"] += 1
        except expetl.ReceiptError as e:
            assert e.sha256 == hashlib.sha256(bytes(data)).hexdigest()
            outcomes["error"] += 1
    assert outcomes["ok"] + outcomes["error"] == 300


def test_a_document_without_text_says_so():
    """An image-only scan has no text layer: UnsupportedLayout says so (OCR
    is what helps), where a readable non-receipt says it is no known layout."""
    from expetl.sample import write_pdf

    with pytest.raises(expetl.UnsupportedLayout, match="no text to read"):
        expetl.parse_receipt(write_pdf([[]]))
    with pytest.raises(expetl.UnsupportedLayout, match="not a receipt of a known layout"):
        expetl.parse_receipt(write_pdf([[(10.0, 500.0, "HOLA MUNDO")]]))
