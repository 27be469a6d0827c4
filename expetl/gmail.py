"""Gmail as a receipt source (csrc/gmail.c): PDF attachments and PDFs linked
from the HTML body (Carrefour's "ticket digital"), incrementally.

Credentials are the authorised-user JSON google-auth writes (``expetl
gmail-auth`` makes one); a refreshed access token is written back to it."""
from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Iterator

from . import _native

log = logging.getLogger("expetl.gmail")

SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
# only these origins and path prefixes are ever fetched from a mail's links
DEFAULT_LINKS = ("https://m.tarjetacarrefour.com.ar/x/c/", "https://m.contactocarrefour.com.ar/x/c/")
# links fetched from one mail at most: a mail with thousands is not a receipt
MAX_LINKS = _native.limits()["links_per_mail"]
DEFAULT_QUERY = ("{from:contacto@m.tarjetacarrefour.com.ar from:atencion_clientes@m.contactocarrefour.com.ar} "
                 "OR (has:attachment filename:pdf)")


@dataclass(frozen=True)
class GmailPdf:
    message_id: str
    internal_date: datetime | None  # None only offline, for a mail without a readable Date
    sender: str
    subject: str
    filename: str
    data: bytes
    sha256: str
    via: str  # "attachment" or "link"


def _expiry_epoch(s: str | None) -> int:
    if not s:
        return 0  # google-auth treats a missing expiry as expired
    d = datetime.strptime(s.rstrip("Z").split(".")[0], "%Y-%m-%dT%H:%M:%S")
    return int(d.replace(tzinfo=timezone.utc).timestamp())


class Gmail:
    def __init__(self, info: dict[str, Any], *, token_uri: str | None = None, api_base: str | None = None,
                 link_allow: tuple[str, ...] = DEFAULT_LINKS, token_file: str | None = None,
                 skipped: Callable[[str, str], None] | None = None, **http: Any):
        for k in ("client_id", "client_secret", "refresh_token"):
            if not info.get(k):
                raise ValueError(f"the authorised-user JSON has no {k}")
        self.info = dict(info)
        self.token_file = token_file
        self.link_allow = tuple(link_allow)
        # (what, why) for each link not fetched; the mail's other PDFs still come
        self.skipped = skipped or (lambda what, why: log.warning("skipped %s: %s", what, why))
        # like google-auth, the file's token_uri is not trusted: the default or an explicit one
        self._g = _native.Gmail(info["client_id"], info["client_secret"], info["refresh_token"],
                                info.get("token"), _expiry_epoch(info.get("expiry")), token_uri, api_base, **http)

    @classmethod
    def from_token_file(cls, path: str, **kw: Any) -> "Gmail":
        with open(path, encoding="utf-8") as f:
            return cls(json.load(f), token_file=path, **kw)

    def save_token(self, path: str | None = None) -> None:
        """Write the (refreshed) authorised-user JSON back, atomically, 0600."""
        path = path or self.token_file
        if not path:
            return
        token, expiry = self._g.token()
        if not token or token == self.info.get("token"):
            return
        self.info["token"] = token
        self.info["expiry"] = datetime.fromtimestamp(expiry, timezone.utc).replace(tzinfo=None).isoformat() + "Z"
        self.info.setdefault("scopes", [SCOPE])
        d = os.path.dirname(os.path.abspath(path))
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".token-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(self.info, f)
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise

    def refresh(self) -> None:
        """Trade the refresh token for a new access token now (AuthError when
        Google refuses it: revoked, or expired); the monitor's token check."""
        self._g.refresh()
        self.save_token()

    def message_pdfs(self, msg_id: str | dict[str, Any]) -> Iterator[GmailPdf]:
        m = self._g.get(msg_id) if isinstance(msg_id, str) else msg_id
        when = datetime.fromtimestamp(m["internal_date_ms"] / 1000, timezone.utc)
        sender, subject = m["from"] or "", m["subject"] or ""
        for a in m["attachments"]:
            if a["mime_type"] != "application/pdf" and not a["filename"].lower().endswith(".pdf"):
                continue
            data = self._g.attachment(m["id"], a["attachment_id"]) if a["attachment_id"] else a["data"]
            yield GmailPdf(m["id"], when, sender, subject, a["filename"], data, _native.sha256(data), "attachment")
        links, more = _native.Gmail.pdf_links(m["html"], list(self.link_allow), max=MAX_LINKS)
        if more:
            self.skipped(f"message {m['id']}", f"more than {MAX_LINKS} links: the rest are not fetched")
        for i, url in enumerate(links):
            try:
                data = self._g.fetch_link(url, list(self.link_allow))
            except (_native.ExpetlError, ValueError) as e:
                # an expired, non-PDF or refused link (a redirect off the allowed
                # hosts) is not a receipt: the mail's other PDFs still load
                self.skipped(f"message {m['id']} link {i + 1}", f"{type(e).__name__}: {e}")
                continue
            yield GmailPdf(m["id"], when, sender, subject, f"{m['id']}-{i + 1}.pdf", data,
                           _native.sha256(data), "link")

    def fetch(self, query: str = DEFAULT_QUERY, after: int | None = None) -> Iterator[GmailPdf]:
        """Every receipt PDF of the messages matching query (and after epoch
        seconds: Gmail reads YYYY/MM/DD dates as midnight in California)."""
        q = f"{query} after:{after}" if after else query
        for mid in self._g.list(q):
            yield from self.message_pdfs(mid)
        self.save_token()

    def fetch_new(self, state: dict[str, Any], query: str = DEFAULT_QUERY,
                  label: str | None = None) -> tuple[list[GmailPdf], dict[str, Any]]:
        """Only what arrived since the watermark ``state`` ({internal_date_ms,
        history_id}); returns the PDFs and the new state (see ``new_mail``)."""
        mail = self.new_mail(state, query, label)
        return list(mail), mail.state

    def new_mail(self, state: dict[str, Any], query: str = DEFAULT_QUERY, label: str | None = None) -> "NewMail":
        """An iterable of the PDFs that arrived since the watermark, read
        lazily; once it is exhausted, its ``state`` is the new watermark."""
        return NewMail(self, state, query, label)


class NewMail:
    """With a label, history.list from the history id; a stale history id
    (404) falls back to a date query.  ``state`` is the input watermark until
    iteration ends, then the new one."""

    def __init__(self, gmail: Gmail, state: dict[str, Any], query: str, label: str | None):
        self._g, self.state, self.query, self.label = gmail, dict(state), query, label

    def __iter__(self) -> Iterator[GmailPdf]:
        g = self._g._g
        ids: list[str] | None = None
        latest = self.state.get("history_id")
        if self.label and latest:
            try:
                ids, latest = g.history(str(latest), self.label)
            except _native.StageError as e:
                if e.status != 404:
                    raise
                ids = None  # too old: Gmail keeps history for about a week
        if ids is None:
            after = int(self.state.get("internal_date_ms", 0)) // 1000
            ids = g.list(f"{self.query} after:{after}" if after else self.query)
        newest = int(self.state.get("internal_date_ms", 0))
        for mid in ids:
            m = g.get(mid)
            newest = max(newest, m["internal_date_ms"])
            if m["history_id"] and (not latest or int(m["history_id"]) > int(latest)):
                latest = m["history_id"]
            yield from self._g.message_pdfs(m)
        self._g.save_token()
        self.state = {"internal_date_ms": newest, "history_id": latest}
