"""The Mercado Pago reports API (csrc/mpapi.c): list, search, download,
create, config for settlement and release reports."""
from __future__ import annotations

import json
import os
import urllib.parse
from datetime import datetime, timezone
from typing import Any

from . import _native

KINDS = ("settlement", "release")


def _iso(d: datetime | str) -> str:
    if isinstance(d, str):
        return d
    return d.astimezone(timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


class MercadoPago:
    """``MercadoPago(token)``; the token defaults to ``MERCADOPAGO_ACCESS_TOKEN``
    and the base URL to ``MERCADOPAGO_BASE_URL`` or https://api.mercadopago.com.
    The token travels only in the Authorization header and never appears in
    an error."""

    def __init__(self, token: str | None = None, base_url: str | None = None, **http: Any):
        token = token or os.environ.get("MERCADOPAGO_ACCESS_TOKEN")
        if not token:
            raise ValueError("a Mercado Pago access token is needed (MERCADOPAGO_ACCESS_TOKEN)")
        self._m = _native.MercadoPago(token, base_url or os.environ.get("MERCADOPAGO_BASE_URL"), **http)

    def list_reports(self, kind: str = "settlement", **search: Any) -> list[dict[str, Any]]:
        """Generated reports: ``/list``, or with search parameters (``begin_date``,
        ``range="date_created"``, …) every page of ``/search``."""
        if search:
            return self._m.list_reports(kind, urllib.parse.urlencode(sorted(search.items())))
        return self._m.list_reports(kind)

    def download(self, kind: str, file_name: str) -> bytes:
        return self._m.download(kind, file_name)

    def create_report(self, kind: str, begin: datetime | str, end: datetime | str) -> dict[str, Any] | None:
        """Ask for a report of [begin, end] (at most 60 days).  The task, or
        None when Mercado Pago answers 203 (try again later)."""
        accepted, body = self._m.create_report(kind, _iso(begin), _iso(end))
        return json.loads(body) if accepted and body else None

    def config(self, kind: str = "settlement") -> dict[str, Any]:
        return json.loads(self._m.config(kind))

    def ready_reports(self, kind: str = "settlement") -> list[dict[str, Any]]:
        """Reports with a file to download."""
        return [r for r in self.list_reports(kind)
                if r["file_name"] and r["status"] in ("", "processed", "enabled", "ready")]
