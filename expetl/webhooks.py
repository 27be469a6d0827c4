"""Mercado Pago notification checks (csrc/mpwebhook.c).

Report-ready notifications are signed with bcrypt over
``transaction_id-secret-generation_date``; other notifications carry the
``x-signature`` HMAC-SHA256 header.  Both compare in constant time and
reject notifications older than ``tolerance`` seconds.  The default, 7 days,
covers Mercado Pago's own retries (up to +4 days after the first attempt);
repeats inside it are harmless because a notification's run is keyed by its
transaction id."""
from __future__ import annotations

from typing import Any

from . import _native

DEFAULT_TOLERANCE = 7 * 86400


def verify_report_notification(body: bytes, secret: str, tolerance: int = DEFAULT_TOLERANCE,
                               now: int | None = None) -> dict[str, Any]:
    """The notification's transaction_id, generation_date, report_type,
    is_test and files, once its signature verifies; else SignatureError."""
    return _native.verify_report_notification(body, secret, tolerance, now)


def verify_x_signature(x_signature: str | None, request_id: str | None, data_id: str | None,
                       secret: str, tolerance: int = DEFAULT_TOLERANCE, now: int | None = None) -> None:
    """Raises SignatureError unless the x-signature header verifies."""
    _native.verify_x_signature(x_signature, request_id, data_id, secret, tolerance, now)
