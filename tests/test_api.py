"""The notebook API: inputs, threads, frames."""
import builtins
import decimal
from datetime import timezone
from decimal import Decimal
import importlib
import json

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


def test_money_is_exact_whatever_the_callers_decimal_context():
    """The printed amounts, to the last printed digit, under a caller's
    context that would round them (or trap on rounding)."""
    want = json.loads(PDF.with_suffix(".expected.json").read_text(), parse_float=Decimal)
    with decimal.localcontext() as ctx:
        ctx.clear_flags()  # a copy of the thread's context carries its flags
        ctx.prec = 2
        ctx.traps[decimal.Inexact] = ctx.traps[decimal.Rounded] = True
        got = expetl.parse_receipt(PDF).to_dict()
        assert not ctx.flags[decimal.Inexact] and not ctx.flags[decimal.Rounded]
    assert [i["amount"] for i in got["items"]] == [Decimal(str(i["amount"])) for i in want["items"]]
    assert got["total"] == Decimal(str(want["total"])) and got["total"] > 1000


def _weighed_ticket(kilos: str, price: str) -> str:
    """A one-line ticket: kilos (3 decimals) at a price (2 decimals)."""
    amount = f"{Decimal(kilos.replace(',', '.')) * Decimal(price.replace(',', '.')):.2f}".replace(".", ",")
    return f"""\
                 SUPERMERCADO EJEMPLO S.A.
              CUIT Nro.: 30-68731043-4
----------------------------------------------
P.V. Nro.: 0412   Nro T. 00087234
Fecha 14/03/25   Hora 18:35
----------------------------------------------
Almacen
QUESO
{kilos} x {price} (21,00)                   {amount}
----------------------------------------------
TOTAL                                $ {amount}
EFECTIVO                               {amount}
"""


def test_money_shared_across_documents_keeps_each_values_own_digits():
    """Decimals are shared between documents (a cache of the immutable
    objects): a value printed with other digits (1,000 kg beside $ 10,00:
    the same integer at another scale) is its own Decimal, and a value
    evicted by over a thousand others comes back exact."""
    seen = []
    for i in range(1500):  # more distinct values than the cache has slots
        kilos, price = f"{1 + i % 7},000", f"{10 + i},00"
        r = expetl.parse_receipt_text(_weighed_ticket(kilos, price))
        (it,) = r.items
        assert str(it["quantity"]) == f"{1 + i % 7}.000"
        assert str(it["unit_price"]) == f"{10 + i}.00"
        assert it["amount"] == it["quantity"] * it["unit_price"] == r.total
        seen.append((str(it["quantity"]), str(it["unit_price"]), str(r.total)))
    # the same integer at two scales in one document: 1,000 kg at $ 10,00
    r = expetl.parse_receipt_text(_weighed_ticket("1,000", "10,00"))
    assert [str(r.items[0][k]) for k in ("quantity", "unit_price", "amount")] == ["1.000", "10.00", "10.00"]
    # the first documents again, their slots long replaced
    for i in range(3):
        r = expetl.parse_receipt_text(_weighed_ticket(f"{1 + i % 7},000", f"{10 + i},00"))
        assert (str(r.items[0]["quantity"]), str(r.items[0]["unit_price"]), str(r.total)) == seen[i]


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


def test_to_frame_lines_as_rows():
    rs = expetl.parse_receipts(receipt_fixtures()[:3])
    df = expetl.to_frame(rs)
    assert len(df) == sum(len(r.items) + len(r.discounts) + len(r.taxes) for r in rs)
    assert (df["sha256"] == rs[0].sha256).sum() == len(rs[0].items) + len(rs[0].discounts)
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


def test_a_pdf_sent_as_octet_stream_under_an_encoded_name_is_found(tmp_path):
    """Mailers send PDFs as application/octet-stream named by an RFC 2047
    encoded word (as Gmail's API decodes it); the name is decoded before it
    is judged.  Near miss: an encoded name of another type is no PDF."""
    from expetl.mbox import pdf_attachments

    def part(name: str) -> bytes:
        return (b"--XX\nContent-Type: application/octet-stream; name=\"" + name.encode() + b"\"\n"
                b"Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n")

    p = tmp_path / "m.mbox"
    p.write_bytes(b"From x@y Mon Jan  1 00:00:00 2024\nFrom: =?utf-8?q?Jos=C3=A9?= <j@x>\nSubject: factura\n"
                  b"Date: Mon, 1 Jan 2024 10:00:00 -0300\nContent-Type: multipart/mixed; boundary=XX\n\n"
                  + part("=?utf-8?q?Factura_N=C2=BA_0003-00000438=2EPDF?=") + part("=?utf-8?q?foto=2Ejpg?=")
                  + b"--XX--\n")
    got = list(pdf_attachments(str(p)))
    assert [(a.filename, a.sender, a.data) for a in got] == [("Factura Nº 0003-00000438.PDF", "José <j@x>", b"%PDF-1.4\n")]


def _mapped_kb() -> int:
    """This process's resident pages of mapped files (a file system's or tmpfs')."""
    with open("/proc/self/status") as f:
        return sum(int(line.split()[1]) for line in f if line.startswith(("RssFile:", "RssShmem:")))


def test_reading_a_mailbox_keeps_little_of_it_in_memory(tmp_path):
    """The mailbox is read through a memory map; the pages already read are
    let go as the reader goes, so a mailbox's size never shows in the
    process's memory (a 48 MB one here, every message read and the map
    still open), and every message comes out whole."""
    from expetl import mbox

    body = b"".join(b"line %05d of a plain message, long enough to fill pages\n" % i for i in range(140))
    n = 6000
    p = tmp_path / "big.mbox"
    with open(p, "wb") as f:
        for i in range(n):
            f.write(b"From x@y Mon Jan  1 00:00:00 2024\nSubject: %d\n\n" % i + body)
    assert p.stat().st_size > 45 << 20
    before = _mapped_kb()
    it = mbox.messages(str(p))
    got = 0
    for m in it:
        assert m.endswith(body) and m.startswith(b"Subject: %d\n" % got)
        got += 1
        if got == n:
            grown = _mapped_kb() - before  # the map is still open: the generator is not done
    it.close()
    assert got == n
    assert grown < (mbox._UNMAP_EVERY >> 10) + 4096, f"{grown} kB of the mailbox resident"


def _email_headers(head: bytes):
    import email.policy
    from email.parser import BytesParser

    return BytesParser(policy=email.policy.compat32).parsebytes(head + b"\n\n", headersonly=True)


def _same_headers(ours, theirs) -> bool:
    return (ours.items() == theirs.items() and ours.get_unixfrom() == theirs.get_unixfrom()
            and ours.get_content_type() == theirs.get_content_type()
            and ours.get_filename() == theirs.get_filename() and ours.get_boundary() == theirs.get_boundary())


@pytest.mark.parametrize("head", [
    b"From: a@b\nSubject: hola\nContent-Type: application/pdf; name=\"f.pdf\"",
    b"From: a@b\r\nSubject: folded\r\n  on two lines\r\n\tand three\r\nDate: Mon, 1 Jan 2024 10:00:00 -0300",
    b"Subject: a bare CR\rFrom: x@y\rContent-Type: text/plain",
    b"From x@y Mon Jan  1 00:00:00 2024\nFrom: x@y",           # an envelope line first
    b"From: x@y\nFrom misplaced envelope\nSubject: s",          # one in the middle: dropped
    b"Subject: s\nFrom the body's first line",                  # one last: the body's
    b"  a continuation first\nSubject: s",                        # dropped
    b"Subject: s\nno colon here\nContent-Type: text/html",       # the headers end there
    b": no name\nSubject: s\n continued",
    b"Subject: \xc3\xa1 raw UTF-8\nContent-Type: multipart/mixed;\n boundary=\"==XX==\"",
    b"Content-Disposition: attachment;\n filename*=utf-8''Factura%20N%C2%BA.pdf\nContent-Type: application/octet-stream",
    b"Subject:\nX-Empty:   \nSubject: second\n\tvalue",
    b"Subject: s\x0bwith a vertical tab\x0cand a form feed\nX-A: b",
    b"",
])
def test_the_mailbox_header_reader_reads_what_python_email_reads(head):
    """The mbox walk's own header reader (a third of a message's cost in
    email's feed parser) and email's compat32 parser agree on every header
    block: names, raw values, the envelope line, the content type, the file
    name and the boundary."""
    from expetl.mbox import _headers

    assert _same_headers(_headers(head), _email_headers(head))


def test_the_mailbox_header_reader_agrees_with_python_email_on_random_blocks():
    import random

    from expetl.mbox import _headers

    pieces = [b"From: a@b", b"From x", b"Subject: s", b"Content-Type: multipart/mixed; boundary=Q",
              b"Content-Type: application/pdf", b"name=\"a.pdf\"", b" ", b"\t", b":", b"X", b"\r\n",
              b"\n", b"\r", b"\xff", b"=?utf-8?q?x?=", b";", b"\x0c", b"\x00"]
    rng = random.Random(2026)
    for _ in range(3000):
        head = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _same_headers(_headers(head), _email_headers(head)), head


def test_the_headers_the_reader_does_not_use_are_skipped_and_the_rest_read_the_same():
    """The walk keeps only the headers it reads (a real mail's block is
    mostly Received, ARC and DKIM lines): what it keeps is exactly what the
    full reader reads for those names, in order, on 3,000 random blocks."""
    import random

    from expetl.mbox import _READ, _headers

    pieces = [b"From: a@b", b"From x", b"Subject: s", b"Content-Type: multipart/mixed; boundary=Q",
              b"Received: from x", b"DKIM-Signature: v=1;", b"content-disposition: inline", b"Date: d",
              b"Content-Type: application/pdf", b"name=\"a.pdf\"", b" ", b"\t", b":", b"X", b"\r\n",
              b"\n", b"\r", b"\xff", b";", b"Message-ID: <m>", b"SUBJECT : spaced"]
    rng = random.Random(2027)
    for _ in range(3000):
        head = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        full, kept = _headers(head), _headers(head, _READ)
        assert kept.items() == [(k, v) for k, v in full.items() if k.lower() in _READ], head
        assert kept.get_unixfrom() == full.get_unixfrom()
        assert (kept.get_content_type(), kept.get_filename(), kept.get_boundary()) == \
            (full.get_content_type(), full.get_filename(), full.get_boundary())


def _email_decoded(cte: str, body: bytes) -> bytes:
    from email.message import Message

    m = Message()
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(body.decode("ascii", "surrogateescape"))
    return m.get_payload(decode=True) or b""


@pytest.mark.parametrize("body, clean", [
    (b"JVBERi0xLjQK\n", b"%PDF-1.4\n"),
    (b"QUJD\r\nREVG\r\nRw==\r\n", b"ABCDEFG"),
    (b"QUJDRA\n==\n", b"ABCD"),          # the padding on a line of its own
    (b"QR==", b"A"),                      # bits past the last byte: dropped, as everywhere
    (b"", b""), (b"\r\n", b""),
    (b"QQ", None), (b"QQ=", None),         # short of a quad: email pads it (a defect)
    (b"Q===", None), (b"QQ=A", None), (b"====", None), (b"QQ==QQ==", None),
    (b" QQ==", None), (b"QQ==\n \n", None), (b"QU\tJD", None), (b"QUJ\xff", None),
    (b"QUJD-_==", None),                  # the URL-safe alphabet is not MIME's
    (b"QUJD\rREVG\r", None),              # bare CR line ends: rare, left to email
])
def test_a_clean_base64_part_decodes_in_c_and_anything_else_is_left_to_email(body, clean):
    """The mailbox decodes a clean base64 body (the alphabet in lines,
    padding only at the end) in C; anything else is None, and email's
    lenient decoder reads it.  Either way the bytes are email's."""
    from expetl.mbox import _decoded
    from email.message import Message

    assert expetl._native.mime_base64(body) == clean
    part = Message()
    part["Content-Transfer-Encoding"] = "base64"
    assert _decoded(part, body) == _email_decoded("base64", body)


def test_the_c_base64_decoder_agrees_with_email_on_random_bodies():
    """3,000 bodies: random bytes encoded with random line lengths and ends,
    some then damaged (a character dropped, added or changed, padding moved,
    blanks); whenever the C decoder reads one, its bytes are email's, and it
    reads every undamaged one with LF or CRLF line ends."""
    import base64
    import random

    from expetl.mbox import _decoded
    from email.message import Message

    rng = random.Random(2028)
    junk = b"=\r\n \t-_*\xff\x00A"
    read = 0
    for _ in range(3000):
        data = rng.randbytes(rng.randint(0, 200))
        text = base64.b64encode(data)
        step = rng.choice([4, 19, 76, 1000])
        eol = rng.choice([b"\n", b"\r\n", b"\r"])
        body = eol.join(text[i:i + step] for i in range(0, len(text), step)) + rng.choice([b"", eol])
        damaged = rng.random() < 0.5
        if damaged:
            b = bytearray(body)
            for _ in range(rng.randint(1, 3)):
                i = rng.randint(0, len(b))
                op = rng.randrange(3)
                if op == 0 and i < len(b):
                    del b[i]
                elif op == 1:
                    b[i:i] = bytes([rng.choice(junk)])
                elif i < len(b):
                    b[i] = rng.choice(junk)
            body = bytes(b)
        got = expetl._native.mime_base64(body)
        if got is not None:
            read += 1
            assert got == _email_decoded("base64", body), body
        else:
            assert damaged or eol == b"\r", body
        part = Message()
        part["Content-Transfer-Encoding"] = rng.choice(["base64", "BASE64", "7bit"])
        cte = part["Content-Transfer-Encoding"]
        assert _decoded(part, body) == _email_decoded(cte, body), body
    assert read > 1000


def test_a_message_splits_at_its_first_empty_line_lf_or_crlf():
    """Headers end at the first empty line, whichever its line ends: an LF
    one before a CRLF one, a CRLF one before an LF one; none: all headers."""
    import random

    from expetl.mbox import _split_head

    def first_blank(raw: bytes) -> tuple[bytes, bytes]:  # the rule, spelled out
        for i in range(len(raw)):
            for blank in (b"\n\n", b"\r\n\r\n"):
                if raw.startswith(blank, i):
                    return raw[:i], raw[i + len(blank):]
        return raw, b""

    assert _split_head(b"A: 1\r\n\r\nbody\n\nmore") == (b"A: 1", b"body\n\nmore")
    assert _split_head(b"A: 1\n\nbody\r\n\r\nmore") == (b"A: 1", b"body\r\n\r\nmore")
    assert _split_head(b"A: 1\r\n\nbody") == (b"A: 1\r", b"body")
    assert _split_head(b"A: 1\r\nB: 2") == (b"A: 1\r\nB: 2", b"")
    rng = random.Random(3)
    for _ in range(5000):
        raw = bytes(rng.choice(b"\r\n\na") for _ in range(rng.randint(0, 14)))
        assert _split_head(raw) == first_blank(raw), raw


@pytest.mark.parametrize("date", [
    b"Mon, 1 Jan 2024 10:00:00 +0000 (hora est\xe1ndar)",  # an 8-bit byte: email hands back a Header
    b"Fri, 31 Dec 9999 23:30:00 -0100",                      # a day past what UTC holds
    b"Lun, 1 Ene 2024 10:00:00 +0000",                       # not RFC 5322's names
    b"\xff\xfe", b"", b"=?utf-8?b?////?=",
])
def test_no_date_header_stops_the_mailbox_or_the_run(tmp_path, date):
    """Anyone can mail the household: whatever a Date header says, its
    message's PDF is read (the date unknown: None) and the messages after
    it too, and the run stages every one (a day the stage can name)."""
    from expetl.core.sources import MboxSource
    from expetl.mbox import pdf_attachments
    from expetl.runner import Runner

    pdfs = [p.read_bytes() for p in receipt_fixtures()[:3]]

    def message(d: bytes, pdf: bytes) -> bytes:
        import base64
        return (b"From x@y Mon Jan  1 00:00:00 2024\nFrom: a@b\nDate: " + d + b"\n"
                b"Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: application/pdf; name=t.pdf\n"
                b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(pdf) + b"--XX--\n")

    p = tmp_path / "m.mbox"
    p.write_bytes(message(b"Mon, 1 Jan 2024 10:00:00 +0000", pdfs[0]) + message(date, pdfs[1])
                  + message(b"Tue, 2 Jan 2024 10:00:00 -0300", pdfs[2]))
    got = list(pdf_attachments(str(p)))
    assert [a.data for a in got] == pdfs
    d = got[1].internal_date  # as email reads it, or unknown; never a day UTC cannot hold
    assert d is None or d.astimezone(timezone.utc).tzinfo is not None
    assert got[0].internal_date.year == 2024
    stage = expetl.Stage(f"file://{tmp_path}/stage")
    r = Runner(stage, expetl.Warehouse(None, dry_run=True, create=False), sandbox=False).run(MboxSource(str(p)))
    assert (r.new, r.loaded + r.quarantined) == (3, 3), r.summary()
    assert len(stage.list("raw/receipts/")) == 3


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


# ---- a notebook's needs ------------------------------------------------------

def _identity(x):
    return x


def test_receipts_pickle_and_copy_round_trip():
    import copy
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    r = expetl.parse_receipt(PDF)
    for back in (pickle.loads(pickle.dumps(r)), copy.deepcopy(r), copy.copy(r)):
        assert back == r and back.sha256 == r.sha256 and back.source == r.source
    deep = copy.deepcopy(r)
    deep.items[0]["amount"] = 0
    assert r.items[0]["amount"] != 0  # a deep copy shares nothing
    with ProcessPoolExecutor(1) as pool:  # what joblib and process pools do
        assert pool.submit(_identity, r).result() == r


def test_contract_keys_complete_in_dir():
    from expetl.receipts import CONTRACT_KEYS

    r = expetl.parse_receipt(PDF)
    assert set(CONTRACT_KEYS) <= set(dir(r)) and {"to_dict", "sha256", "source"} <= set(dir(r))
    assert set(CONTRACT_KEYS) == set(r.to_dict())
    with pytest.raises(AttributeError):
        r.no_such_key


def test_receipt_html_shows_merchant_date_total_and_lines_escaped():
    r = expetl.parse_receipt(PDF)
    h = r._repr_html_()
    assert "INC S.A." in h and "2025-03-14 18:35" in h and "total ARS 26543.75" in h
    assert "LECHE DESCREMADA 1L" in h and "PROMO 2DA UNIDAD 50%" in h and "-695.00" in h
    assert "carrefour_01_hiper_palermo.pdf" in h
    d = r.to_dict()
    d["items"][0]["description"] = "<script>alert(1)</script>"  # PDF text is outside input
    h = expetl.Receipt(d, r.sha256)._repr_html_()
    assert "<script>" not in h and "&lt;script&gt;" in h


def test_frame_lines_sum_to_what_was_paid_with_typed_columns():
    from decimal import Decimal

    import pandas as pd

    files = [PDF, FIXTURES / "receipts" / "union_01_label_variants.pdf",
             FIXTURES / "receipts" / "afip_factura_b_00005_00000123.pdf"]
    rs = expetl.parse_receipts(files)
    df = expetl.to_frame(rs)
    assert set(df["kind"]) == {"item", "discount"}
    for r in rs:
        mine = df[df["sha256"] == r.sha256]
        assert mine["amount_exact"].sum() == r.total and isinstance(mine["amount_exact"].sum(), Decimal)
        assert round(mine["amount"].sum(), 2) == float(r.total)
        assert (mine["kind"] == "discount").sum() == len(r.discounts)
        assert set(mine["file"]) == {str(r.source)}
    assert df["issued_at"].dtype == "datetime64[ns]"  # tickets' date-times and an invoice's date
    assert df["issued_at"].max() == pd.Timestamp("2025-04-10")
    for c in ("total", "amount", "quantity", "unit_price", "vat_rate"):
        assert df[c].dtype == "float64", c
    assert str(df["line"].dtype) == "Int64"
    assert len(expetl.to_frame(rs[0])) == len(rs[0].items) + len(rs[0].discounts)  # one receipt


def test_frame_refuses_errors_in_place_of_receipts():
    out = expetl.parse_receipts([PDF, FIXTURES / "bad" / "truncated.pdf"], errors="return")
    with pytest.raises(TypeError, match=r"item 1 is DamagedPdf .*truncated.pdf.*isinstance\(r, expetl.Receipt\)"):
        expetl.to_frame(out)


def test_report_frame_typed():
    rep = expetl.parse_mp_report(FIXTURES / "household" / "release_2025-09-15_2025-09-28.csv")
    rf = expetl.report_to_frame(rep)
    assert str(rf["date"].dtype) == "datetime64[ns, UTC-03:00]"
    assert rf["net_amount"].dtype == "float64" and rf["net_amount_exact"].sum() == sum(
        r["net_amount"] for r in rep if r["net_amount"] is not None)
    assert list(rf["line"][:2]) == rep.lines[:2] and set(rf["file"]) == {str(rep.source)}
    # -04:00 printed, Argentina time shown: 12:06:58-04:00 is 13:06:58 here
    assert (rf["date"].dt.strftime("%H:%M:%S") == "13:06:58").any()


def test_errors_from_a_path_name_the_file():
    bad = FIXTURES / "bad" / "letter.pdf"
    with pytest.raises(expetl.UnsupportedLayout) as e:
        expetl.parse_receipt(bad)
    assert e.value.path == str(bad) and str(e.value).startswith(f"{bad}: ") and e.value.sha256
    with pytest.raises(expetl.UnsupportedLayout) as e:
        expetl.parse_receipt(bad.read_bytes())
    assert e.value.path is None
    out = expetl.parse_receipts([bad], errors="return")
    assert out[0].path == str(bad)
    rbad = FIXTURES / "mercadopago" / "settlement_bad_amount.csv"
    with pytest.raises(expetl.ReportError) as e:
        expetl.parse_mp_report(rbad)
    assert e.value.path == str(rbad) and e.value.line == 4 and str(rbad) in str(e.value)


def test_parse_receipts_takes_one_path_a_folder_or_bytes_and_refuses_the_rest():
    one = expetl.parse_receipts(str(PDF))
    assert len(one) == 1 and one[0].source == str(PDF)
    assert expetl.parse_receipts(PDF.read_bytes()) == one
    folder = expetl.parse_receipts(FIXTURES / "household")  # its PDFs; the CSVs, JSON, mbox left out
    assert len(folder) == 11 and all(r.source.endswith(".pdf") for r in folder)
    with pytest.raises(TypeError, match="item 1 is int"):
        expetl.parse_receipts([PDF, 3])
    with pytest.raises(TypeError, match="path or bytes, not int"):
        expetl.parse_receipt(3)


def test_parse_mp_report_takes_text_bytes_files_and_paths():
    import io

    path = FIXTURES / "mercadopago" / "release_en_comma.csv"
    ref = expetl.parse_mp_report(path)
    text = path.read_text(encoding="utf-8")
    for src in (text, path.read_bytes(), io.StringIO(text), io.BytesIO(path.read_bytes()), str(path)):
        got = expetl.parse_mp_report(src)
        assert got.rows == ref.rows and got.sha256 == ref.sha256
    with open(path, "rb") as f:
        assert expetl.parse_mp_report(f).source == str(path)
    with pytest.raises(FileNotFoundError):
        expetl.parse_mp_report("no-such-report.csv")
    with pytest.raises(TypeError, match="not int"):
        expetl.parse_mp_report(3)


def test_weekly_expenses_values_are_typed(tmp_path, warehouse):
    import datetime
    from decimal import Decimal

    from expetl.core.sources import open_source
    from expetl.runner import Runner

    Runner(expetl.Stage(f"file://{tmp_path}/stage"), warehouse).run(
        open_source(f"mbox:{FIXTURES / 'household' / 'takeout.mbox'}"))
    cols, rows = warehouse.weekly_expenses()
    assert cols[:3] == ("week_start", "currency", "spending") and "unclassified" in cols
    assert rows and all(isinstance(r[0], datetime.date) and isinstance(r[1], str) for r in rows)
    money = [cols.index(c) for c in ("spending", "refunds", "income", "own_transfers", "transfers_out")]
    assert all(isinstance(r[i], Decimal) for r in rows for i in money)


def test_frame_sums_equal_totals_on_every_fixture_that_adds_up():
    """Receipts the parser flags as not adding up are left out."""
    rs = [r for r in expetl.parse_receipts(receipt_fixtures(), errors="return")
          if isinstance(r, expetl.Receipt) and "totals_mismatch" not in r.warnings]
    df = expetl.to_frame(rs)
    sums = df.groupby("sha256")["amount_exact"].sum()
    assert all(abs(sums[r.sha256] - r.total) <= Decimal("0.01") for r in rs) and len(rs) > 30


def test_frame_adds_taxes_and_the_vat_of_net_prices():
    """A Factura A with net line amounts: its VAT lines (kind vat) and its
    other taxes (kind tax) are rows too, as in the contract's totals identity."""
    d = expetl.parse_receipt(FIXTURES / "receipts" / "afip_factura_b_00005_00000123.pdf").to_dict()
    net = sum(i["amount"] for i in d["items"])
    d.update(doc_type="factura_a", prices_include_vat=False,
             vat=[{"rate": Decimal("21.00"), "amount": (net * Decimal("0.21")).quantize(Decimal("0.01"))}],
             taxes=[{"description": "Percepción IIBB", "amount": Decimal("120.00")}])
    d["total"] = net + d["vat"][0]["amount"] + Decimal("120.00")
    df = expetl.to_frame(expetl.Receipt(d, "0" * 64))
    assert list(df["kind"].iloc[-2:]) == ["tax", "vat"] and df["amount_exact"].sum() == d["total"]
