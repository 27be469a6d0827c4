"""Google Takeout mbox → PDF attachments, streamed.

The offline twin of the Gmail source: the same GmailPdf records (the
internal date is the Date header here; links are not followed offline).

Python's email package holds the headers (a ``Message``, read here by the
feed parser's own rules) and decodes the transfer encoding; the message and
part boundaries are found here with ``bytes.find`` over a memory map.  Why not ``mailbox.mbox`` and a full
``email`` parse: the mailbox module builds its table of contents line by
line in Python, and the feed parser compiles a regular expression for every
new MIME boundary (each message has its own) and feeds every base64 line
through Python; together about 1 ms per message, most of an end-to-end run.
Here a message costs its headers."""
from __future__ import annotations

import email.errors
import email.header
import email.policy
import email.utils
import io
import mmap
import os
import re
from datetime import datetime, timezone
from email.message import Message
from typing import Iterator

from . import _native
from .gmail import GmailPdf

_COMPAT32 = email.policy.compat32
# a header or continuation line (email.feedparser's own test)
_HEADER_LINE = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")
_BLANK_LINE = re.compile(rb"\n\n|\r\n\r\n")
_MAX_DEPTH = 8  # nested multiparts; deeper is not a receipt mail
# The headers this reader uses (email's get_content_type, get_boundary,
# get_filename and get_payload read the first three); a real mail's block
# is mostly others (Received, ARC, DKIM signatures folded over many lines),
# which are then never parsed.
_READ = frozenset(("content-type", "content-disposition", "content-transfer-encoding",
                   "date", "message-id", "from", "subject"))


def _text(value) -> str:
    """A header as text (RFC 2047 encoded words decoded)."""
    if value is None:
        return ""
    s = str(value)
    if "=?" not in s:  # no encoded word: decode_header would hand it back as it is
        return s
    try:
        return str(email.header.make_header(email.header.decode_header(s)))
    except (UnicodeError, LookupError, email.errors.HeaderParseError):
        return s


def messages(path: str | os.PathLike[str]) -> Iterator[bytes]:
    """Each message of an mbox (mboxo/mboxrd: a line starting ``From ``
    begins the next one), without its ``From`` line, in file order."""
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size == 0:
            return
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            start = dropped = 0
            if mm[:5] != b"From ":  # what precedes the first From line is no message
                start = mm.find(b"\nFrom ") + 1
                if start == 0:
                    return
            while True:
                nxt = mm.find(b"\nFrom ", start)
                end = nxt + 1 if nxt >= 0 else len(mm)
                eol = mm.find(b"\n", start, end)
                if eol >= 0:
                    yield mm[eol + 1:end]
                if nxt < 0:
                    return
                start = nxt + 1
                if start - dropped >= _UNMAP_EVERY:
                    dropped = _unmap_behind(mm, dropped, start)


# The pages of the map already read are let go every few megabytes: each
# page read stays in this process's resident set until the map is closed
# (the kernel keeps it in its cache either way), so a mailbox's whole size
# would show in the reader's memory.
_UNMAP_EVERY = 8 << 20


def _unmap_behind(mm: mmap.mmap, dropped: int, pos: int) -> int:
    """Drop the map's pages in [dropped, pos) from this process (whole
    pages only); returns the new start of what is kept."""
    upto = pos - pos % mmap.PAGESIZE
    if upto > dropped and hasattr(mmap, "MADV_DONTNEED"):
        mm.madvise(mmap.MADV_DONTNEED, dropped, upto - dropped)
        return upto
    return dropped


def _split_head(raw: bytes) -> tuple[bytes, bytes]:
    """Headers and body: the body starts after the first empty line, LF or
    CRLF, whichever comes first (one search: looking for one kind and then
    the other read a whole CRLF attachment part for nothing)."""
    m = _BLANK_LINE.search(raw)
    return (raw[:m.start()], raw[m.end():]) if m else (raw, b"")


def _parts(body: bytes, boundary: str) -> Iterator[bytes]:
    """The body parts of a multipart body (RFC 2046): what lies between
    delimiter lines ``--boundary``, up to the close delimiter."""
    try:
        delim = b"--" + boundary.encode("utf-8", "surrogateescape")
    except UnicodeError:  # a boundary no byte string can carry matches nothing
        return
    pos = body.find(delim)
    while pos >= 0 and (pos == 0 or body[pos - 1:pos] == b"\n"):
        after = pos + len(delim)
        if body.startswith(b"--", after):
            return  # the close delimiter
        eol = body.find(b"\n", after)
        if eol < 0:
            return
        nxt = body.find(b"\n" + delim, eol)
        while nxt >= 0 and not _line_start(body, nxt + 1, delim):
            nxt = body.find(b"\n" + delim, nxt + 1)
        if nxt < 0:
            yield body[eol + 1:]  # no close delimiter: what is there
            return
        yield body[eol + 1:nxt - 1 if body[nxt - 1:nxt] == b"\r" else nxt]
        pos = nxt + 1


def _line_start(body: bytes, i: int, delim: bytes) -> bool:
    """A delimiter line: the boundary followed by "--", blanks or the line end."""
    rest = body[i + len(delim):i + len(delim) + 2]
    return rest in (b"--", b"\r\n", b"") or rest[:1] in (b"\n", b" ", b"\t", b"\r")


def _pdf_name(part: Message) -> str | None:
    """The part's file name, decoded, when it is a PDF by its type or by
    that name (mailers send PDFs as application/octet-stream, the name often
    an RFC 2047 encoded word); None for any other part."""
    name = _text(part.get_filename())
    return name if part.get_content_type() == "application/pdf" or name.lower().endswith(".pdf") else None


def _headers(head: bytes, keep: frozenset[str] | None = None) -> Message:
    """The header block as email's compat32 parser reads it: its line
    splitting, its header and continuation rules, its ``header_source_parse``
    into a ``Message`` (the tests hold the two equal).  Without the feed
    parser's machinery around it, a third of a message's cost.  ``keep``:
    the (lower-case) names to keep, the others skipped unparsed."""
    text = head.decode("ascii", "surrogateescape") + "\n"
    lines = []
    for line in io.StringIO(text, newline="").readlines():  # \r\n, \r or \n, as the feed parser splits
        if not _HEADER_LINE.match(line):
            break  # the feed parser's end of the headers (its defect: the rest is body)
        lines.append(line)
    msg = Message()
    name, value = "", []
    for n, line in enumerate(lines):
        if line[0] in " \t":
            if name:  # a continuation; the first line's is dropped
                value.append(line)
            continue
        if name:
            if keep is None or name.lower() in keep:
                msg.set_raw(*_COMPAT32.header_source_parse(value))
            name, value = "", []
        if line.startswith("From "):
            if n == 0:
                msg.set_unixfrom(line.rstrip("\r\n"))
                continue
            if n == len(lines) - 1:
                break  # the body's first line
            continue  # a misplaced envelope line
        i = line.find(":")
        if i == 0:
            continue  # no header name
        name, value = line[:i], [line]
    if name and (keep is None or name.lower() in keep):
        msg.set_raw(*_COMPAT32.header_source_parse(value))
    return msg


def _walk(part: Message, body: bytes, depth: int = 0) -> Iterator[tuple[Message, bytes]]:
    """(headers, body) of every leaf part, depth first."""
    if part.get_content_maintype() == "multipart" and depth < _MAX_DEPTH:
        boundary = part.get_boundary()
        if boundary:
            for sub in _parts(body, boundary):
                head, sub_body = _split_head(sub)
                yield from _walk(_headers(head, _READ), sub_body, depth + 1)
            return
    yield part, body


def _decoded(part: Message, body: bytes) -> bytes:
    """The part's content with its transfer encoding undone: a clean base64
    body (nearly every attachment) in C, where email's own path (the body
    to text and back, its lines split and joined, a regular expression over
    it) was a quarter of a message's cost; anything else by email, which
    gives a clean body the same bytes (the tests hold the two equal)."""
    if str(part.get("content-transfer-encoding", "")).lower() == "base64":
        data = _native.mime_base64(body)
        if data is not None:
            return data
    part.set_payload(body.decode("ascii", "surrogateescape"))
    return part.get_payload(decode=True) or b""


def _date(top: Message) -> datetime | None:
    """The Date header as an aware datetime that has a UTC day, or None:
    any sender can write anything there (8-bit bytes, which email hands
    back as a Header object; the year 9999 west of Greenwich, past what
    a datetime holds in UTC), and no header may stop the mailbox."""
    raw = _text(top["Date"])
    if not raw:
        return None
    try:
        date = email.utils.parsedate_to_datetime(raw)
        if date.tzinfo is None:
            date = date.replace(tzinfo=timezone.utc)
        date.astimezone(timezone.utc)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    return date


def pdf_attachments(path: str) -> Iterator[GmailPdf]:
    """Every PDF attachment of every message, in mailbox order."""
    for raw in messages(path):
        head, body = _split_head(raw)
        top = _headers(head, _READ)
        date = None
        for part, part_body in _walk(top, body):
            name = _pdf_name(part)
            if name is None:
                continue
            if date is None:
                date = _date(top)
            data = _decoded(part, part_body)
            yield GmailPdf(
                message_id=_text(top["Message-ID"]), internal_date=date,
                sender=_text(top["From"]), subject=_text(top["Subject"]),
                filename=name or "attachment.pdf", data=data,
                sha256=_native.sha256(data), via="attachment",
            )
