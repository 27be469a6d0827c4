"""Google Takeout mbox → PDF attachments (Python's mailbox/email read MIME).

The offline twin of the Gmail source: the same GmailPdf records (the
internal date is the Date header here; links are not followed offline)."""
from __future__ import annotations

import email.errors
import email.header
import email.policy
import email.utils
import mailbox
from datetime import timezone
from email.parser import BytesParser
from typing import Iterator

from . import _native
from .gmail import GmailPdf


def _is_pdf(part) -> bool:
    name = (part.get_filename() or "").lower()
    return part.get_content_type() == "application/pdf" or name.endswith(".pdf")


def _text(value) -> str:
    """A header as text (RFC 2047 encoded words decoded)."""
    if value is None:
        return ""
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except (UnicodeError, LookupError, email.errors.HeaderParseError):
        return str(value)


def pdf_attachments(path: str) -> Iterator[GmailPdf]:
    """Every PDF attachment of every message, in mailbox order.

    The compat32 policy: the modern policy's header objects cost ~5x more
    per message and only the few headers above are read."""
    parser = BytesParser(policy=email.policy.compat32)
    box = mailbox.mbox(path, factory=None, create=False)
    try:
        for key in box.iterkeys():
            msg = parser.parsebytes(box.get_bytes(key))
            try:
                date = email.utils.parsedate_to_datetime(msg["Date"]) if msg["Date"] else None
                if date is not None and date.tzinfo is None:
                    date = date.replace(tzinfo=timezone.utc)
            except (TypeError, ValueError):
                date = None
            for part in msg.walk():
                if part.is_multipart() or not _is_pdf(part):
                    continue
                data = part.get_payload(decode=True) or b""
                yield GmailPdf(
                    message_id=_text(msg["Message-ID"]), internal_date=date,
                    sender=_text(msg["From"]), subject=_text(msg["Subject"]),
                    filename=_text(part.get_filename()) or "attachment.pdf", data=data,
                    sha256=_native.sha256(data), via="attachment",
                )
    finally:
        box.close()
