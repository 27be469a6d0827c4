"""Google Takeout mbox → PDF attachments (Python's mailbox/email read MIME)."""
from __future__ import annotations

import email.policy
import email.utils
import mailbox
from dataclasses import dataclass
from datetime import datetime
from typing import Iterator

from . import _native


@dataclass(frozen=True)
class Attachment:
    message_id: str
    date: datetime | None
    sender: str
    subject: str
    filename: str
    data: bytes
    sha256: str


def _is_pdf(part) -> bool:
    name = (part.get_filename() or "").lower()
    return part.get_content_type() == "application/pdf" or name.endswith(".pdf")


def pdf_attachments(path: str) -> Iterator[Attachment]:
    """Every PDF attachment of every message, in mailbox order."""
    box = mailbox.mbox(path, factory=lambda f: email.message_from_binary_file(
        f, policy=email.policy.default), create=False)
    try:
        for msg in box:
            if msg is None:
                continue
            try:
                date = email.utils.parsedate_to_datetime(msg["Date"]) if msg["Date"] else None
            except (TypeError, ValueError):
                date = None
            for part in msg.walk():
                if part.is_multipart() or not _is_pdf(part):
                    continue
                data = part.get_payload(decode=True) or b""
                yield Attachment(
                    message_id=str(msg["Message-ID"] or ""), date=date,
                    sender=str(msg["From"] or ""), subject=str(msg["Subject"] or ""),
                    filename=part.get_filename() or "attachment.pdf", data=data,
                    sha256=_native.sha256(data),
                )
    finally:
        box.close()
