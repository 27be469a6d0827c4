"""The notebook API: inputs, threads, frames."""
import builtins
import importlib

import pytest

import expetl
from conftest import FIXTURES, receipt_fixtures

PDF = FIXTURES / "receipts" / "carrefour_01_hiper_palermo.pdf"


def test_accepts_path_str_bytes_bytearray_memoryview():
    data = PDF.read_bytes()
    ref = expetl.parse_receipt(PDF)
    for src in (str(PDF), data, bytearray(data), memoryview(data)):
        assert expetl.parse_receipt(src) == ref
    assert ref.source == str(PDF)


def test_to_dict_is_a_copy():
    r = expetl.parse_receipt(PDF)
    d = r.to_dict()
    d["items"].clear()
    assert len(r.to_dict()["items"]) == 9


def test_parse_receipts_threads_match_sequential():
    files = receipt_fixtures() * 3

    def view(r):  # documents not read yet raise: compare the errors too
        return r.to_dict() if isinstance(r, expetl.Receipt) else (type(r).__name__, str(r))

    seq = expetl.parse_receipts(files, workers=1, errors="return")
    par = expetl.parse_receipts(files, workers=4, errors="return")
    assert [view(r) for r in par] == [view(r) for r in seq]
    assert sum(isinstance(r, expetl.Receipt) for r in seq) >= 3 * 36


def test_parse_receipts_error_modes():
    bad = FIXTURES / "bad" / "truncated.pdf"
    with pytest.raises(expetl.DamagedPdf):
        expetl.parse_receipts([PDF, bad], workers=2)
    out = expetl.parse_receipts([PDF, bad], workers=2, errors="return")
    assert isinstance(out[0], expetl.Receipt) and isinstance(out[1], expetl.DamagedPdf)


def test_to_frame_items_as_rows():
    rs = expetl.parse_receipts(receipt_fixtures()[:3])
    df = expetl.to_frame(rs)
    assert len(df) == sum(len(r.items) for r in rs)
    assert (df["sha256"] == rs[0].sha256).sum() == len(rs[0].items)
    rep = expetl.parse_mp_report(FIXTURES / "mercadopago" / "settlement_es.csv")
    rf = expetl.report_to_frame(rep)
    assert len(rf) == len(rep) and "extra.SITE" in rf.columns


def test_to_frame_without_pandas_says_how_to_install(monkeypatch):
    real_import = builtins.__import__

    def no_pandas(name, *a, **k):
        if name == "pandas":
            raise ImportError("no pandas")
        return real_import(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    frames = importlib.import_module("expetl.frames")
    with pytest.raises(ImportError, match=r"expetl\[pandas\]"):
        frames.to_frame([])


def test_backend_versions():
    assert expetl._native.backend_versions()["poppler"].count(".") == 2


def test_process_pdf_summary_and_csv_agree_with_the_contract():
    """The pipeline's entry point: a summary for the quality checks and the
    processed CSV, both from the same parse as parse_receipt."""
    import csv as csvmod
    import io
    from decimal import Decimal

    from expetl import _native

    pdf = FIXTURES / "receipts" / "carrefour_01_hiper_palermo.pdf"
    r = expetl.parse_receipt(pdf)
    sha, s, data = _native.process_pdf(pdf.read_bytes(), "gmail", "raw/k.pdf")
    assert sha == r.sha256
    assert s == {"doc_type": "ticket", "merchant": "INC S.A.", "cuit": "30687310434",
                 "issued_at": "2025-03-14T18:35:00", "currency": "ARS", "total": Decimal("26543.75"),
                 "items_total": Decimal("26543.75"), "items": 9, "discounts": 1, "lines": 10,
                 "fiscal_key": "30687310434-ticket-00412-00087234", "warnings": []}
    assert sum(Decimal(x["amount"]) for x in csvmod.DictReader(io.StringIO(data.decode()))) == s["total"]
    rows = list(csvmod.DictReader(io.StringIO(data.decode())))
    items = [x for x in rows if x["kind"] == "item"]
    assert [x["description"] for x in items] == [i["description"] for i in r.items]
    assert [Decimal(x["amount"]) for x in items] == [i["amount"] for i in r.items]
    assert {x["object_key"] for x in rows} == {"raw/k.pdf"} and {x["source"] for x in rows} == {"gmail"}
    mism = _native.process_pdf((FIXTURES / "receipts" / "coto_02_totals_mismatch.pdf").read_bytes(), "d", "k")[1]
    assert mism["warnings"] == ["totals_mismatch"] and mism["items_total"] != mism["total"]


def test_takeout_mbox_gives_the_gmail_records():
    from expetl.gmail import GmailPdf
    from expetl.mbox import pdf_attachments

    got = list(pdf_attachments(str(FIXTURES / "mail" / "takeout.mbox")))
    assert got and all(isinstance(a, GmailPdf) and a.via == "attachment" for a in got)
    assert all(a.internal_date is not None and a.internal_date.tzinfo for a in got)
    assert all(a.data.startswith(b"%PDF") and a.sha256 == expetl._native.sha256(a.data) for a in got)


def test_mutated_mailboxes_never_crash_the_mime_path(tmp_path):
    """Seeded byte mutations of the fixture mbox through Python's email
    parser and our attachment walk: records or nothing, never an exception
    other than a clear decoding error."""
    import random

    from expetl.mbox import pdf_attachments

    raw = (FIXTURES / "mail" / "takeout.mbox").read_bytes()
    rng = random.Random(8)
    for i in range(40):
        b = bytearray(raw)
        for _ in range(rng.randint(1, 40)):
            pos = rng.randrange(len(b))
            op = rng.random()
            if op < 0.5:
                b[pos] = rng.randrange(256)
            elif op < 0.75:
                del b[pos:pos + rng.randint(1, 200)]
            else:
                b[pos:pos] = rng.choice([b"\r\n", b"From x\n", b"--", b"=?utf-8?b?", b"Content-Type: "])
        p = tmp_path / f"m{i}.mbox"
        p.write_bytes(bytes(b))
        for a in pdf_attachments(str(p)):
            assert isinstance(a.data, bytes) and len(a.sha256) == 64
