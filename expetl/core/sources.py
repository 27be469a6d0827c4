"""Sources: where files come from, read lazily, as ``Incoming`` records.

A source is an iterable of ``Incoming`` with a ``commit()`` that the
pipeline calls once every load of the run has committed (the Gmail
watermark moves then, never before).  ``open_source(spec)`` builds one from
the CLI's spec strings."""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .. import _native
from . import kinds
from .records import Incoming
from .state import FileWatermark, WatermarkStore, since_state

log = logging.getLogger(__name__)


class Source:
    """An iterable of Incoming; ``commit()`` after the run's loads committed."""

    def __iter__(self) -> Iterator[Incoming]:
        raise NotImplementedError

    def commit(self) -> None:
        pass


class MboxSource(Source):
    """A Google Takeout mbox: every PDF attachment, mailbox order."""

    def __init__(self, path: str):
        if not os.path.exists(path):
            raise ValueError(f"mbox source {path!r} does not exist")
        self.path = path

    def __iter__(self) -> Iterator[Incoming]:
        from ..mbox import pdf_attachments
        for a in pdf_attachments(self.path):
            yield Incoming(kinds.RECEIPT, "gmail", a.filename, a.data, a.sha256, a.internal_date)


def files_under(top: str | os.PathLike[str]) -> Iterator[Path]:
    """Every file under a folder, recursively, in name order; hidden files
    and everything in a hidden folder (``.git``, ``.cache``) left out."""
    top = Path(top)
    for p in sorted(top.rglob("*")):
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(top).parts):
            yield p


class DirSource(Source):
    """Every file of a folder (``files_under``: recursively, in name order,
    hidden ones left out) that a registered
    kind recognises; the others are passed to ``skipped`` (path, reason), as
    is a file over its kind's size limit (found by its size, never read)."""

    HEAD = 4096

    def __init__(self, path: str, skipped: Callable[[str, str], None] | None = None,
                 only: Iterable[str] | None = None):
        if not os.path.exists(path):
            raise ValueError(f"dir source {path!r} does not exist")
        self.path, self.skipped = path, skipped or (lambda p, why: None)
        self.only = set(only) if only is not None else None

    def __iter__(self) -> Iterator[Incoming]:
        for p in files_under(self.path):
            with open(p, "rb") as f:
                head = f.read(self.HEAD)
                kind = kinds.recognise(p.name, head)
                if kind is None or (self.only is not None and kind.name not in self.only):
                    self.skipped(str(p), "not a document of a known kind")
                    continue
                st = os.fstat(f.fileno())
                name, limit = kind.size_limit or ("", -1)
                # the size first (a 1.5 GB file is never read), then a read bounded
                # the same way (the file may grow meanwhile)
                over = 0 <= limit < st.st_size
                data = b"" if over else head + (f.read(limit + 1 - len(head)) if limit >= 0 else f.read())
                if over or 0 <= limit < len(data):
                    self.skipped(str(p), f"LimitExceeded:{name}: {max(st.st_size, len(data))} bytes, "
                                         f"over the {limit} byte limit")
                    continue
            received = datetime.fromtimestamp(st.st_mtime, timezone.utc)
            yield Incoming(kind.name, kind.dir_source, p.name, data, _native.sha256(data), received)


class GmailSource(Source):
    """New receipt PDFs from Gmail since the watermark in ``store``.  With
    ``since`` (an ISO date) it reads from then instead and leaves the
    watermark alone (a backfill).  ``new_state`` is the watermark to save
    once the run's loads committed; ``commit()`` saves it."""

    def __init__(self, client: Any, store: WatermarkStore, query: str, label: str | None = None,
                 since: str | None = None):
        self.client, self.store, self.query, self.label, self.since = client, store, query, label, since
        self.new_state: dict[str, Any] | None = None

    def __iter__(self) -> Iterator[Incoming]:
        state = since_state(self.since) if self.since else self.store.load()
        mail = self.client.new_mail(state, self.query, None if self.since else self.label)
        for p in mail:
            yield Incoming(kinds.RECEIPT, "gmail", p.filename, p.data, p.sha256, p.internal_date)
        self.new_state = None if self.since else mail.state

    def commit(self) -> None:
        if self.new_state is not None:
            self.store.save(self.new_state)


class MercadoPagoSource(Source):
    """Reports from Mercado Pago's API: the ``wanted`` (kind, file name)
    pairs, or every ready report of ``report_types`` whose raw key is not in
    ``done`` (the catch-up).  Downloads go to the API with the client's
    token, never to a URL from a notification.

    One report that cannot be downloaded (gone since it was listed, over
    the size limit, a server error after the retries) is passed to
    ``skipped`` (name, reason; a warning by default) and the others are
    read: it is not registered, so the next catch-up asks for it again.
    A refused token stops at once, and so does a run in which no report
    could be downloaded (an outage, not one report)."""

    def __init__(self, client: Any, report_types: Iterable[str] = ("settlement", "release"),
                 wanted: Iterable[tuple[str, str]] | None = None, done: Iterable[str] = (),
                 skipped: Callable[[str, str], None] | None = None):
        self.client, self.report_types = client, tuple(report_types)
        self.wanted, self.done = (list(wanted) if wanted is not None else None), set(done)
        self.skipped = skipped or (lambda name, why: log.warning("Report %s skipped: %s", name, why))

    def __iter__(self) -> Iterator[Incoming]:
        reports: list[tuple[str, str, str | None]]
        if self.wanted is not None:
            reports = [(k, n, None) for k, n in self.wanted]
        else:
            reports = [(k, r["file_name"], r.get("date_created")) for k in self.report_types
                       for r in self.client.ready_reports(k) if kinds.report_key(r["file_name"]) not in self.done]
        failed: Exception | None = None
        got = 0
        for kind, name, created in reports:
            try:
                data = self.client.download(kind, name)
            except _native.AuthError:
                raise
            except _native.ExpetlError as e:
                failed = e
                self.skipped(name, str(e))
                continue
            got += 1
            try:
                received = datetime.fromisoformat(created) if created else None
            except ValueError:
                received = None
            yield Incoming(kinds.REPORT, "mercadopago", name, data, _native.sha256(data), received)
        if failed is not None and not got:
            raise failed


def gmail_from_env(token_path: str, skipped: Callable[[str, str], None] | None = None) -> GmailSource:
    """``gmail:TOKEN_JSON`` for the CLI: the watermark beside the token
    (TOKEN.watermark.json, or $EXPETL_GMAIL_STATE); $EXPETL_GMAIL_QUERY,
    $EXPETL_GMAIL_LABEL, $EXPETL_GMAIL_LINKS (comma separated allowed link
    prefixes); $EXPETL_GMAIL_TOKEN_URI and $EXPETL_GMAIL_API_BASE point
    elsewhere (tests, proxies)."""
    from ..gmail import DEFAULT_LINKS, DEFAULT_QUERY, Gmail

    env = os.environ.get
    links = tuple(x for x in env("EXPETL_GMAIL_LINKS", ",".join(DEFAULT_LINKS)).split(",") if x)
    g = Gmail.from_token_file(token_path, token_uri=env("EXPETL_GMAIL_TOKEN_URI"),
                              api_base=env("EXPETL_GMAIL_API_BASE"), link_allow=links, skipped=skipped)
    store = FileWatermark(env("EXPETL_GMAIL_STATE") or token_path + ".watermark.json")
    return GmailSource(g, store, env("EXPETL_GMAIL_QUERY") or DEFAULT_QUERY, env("EXPETL_GMAIL_LABEL"))


def open_source(spec: str, skipped: Callable[[str, str], None] | None = None) -> Source:
    """``mbox:PATH`` (a Google Takeout mbox: PDF attachments), ``dir:PATH``
    (every file a registered kind recognises), ``gmail:TOKEN_JSON`` (new
    mail since the watermark) or ``mercadopago:settlement|release`` (the
    reports API; token from ``MERCADOPAGO_ACCESS_TOKEN``)."""
    kind, _, path = spec.partition(":")
    if kind == "mbox" and path:
        return MboxSource(path)
    if kind == "dir" and path:
        return DirSource(path, skipped)
    if kind == "gmail" and path:
        return gmail_from_env(path, skipped)
    if kind == "mercadopago":
        from ..mercadopago import KINDS, MercadoPago
        if path not in KINDS:
            raise ValueError("source must be mercadopago:settlement or mercadopago:release")
        return MercadoPagoSource(MercadoPago(), (path,), skipped=skipped)
    raise ValueError(f"source must be mbox:PATH, dir:PATH, gmail:TOKEN_JSON or mercadopago:KIND, not {spec!r}")


class Chain(Source):
    """Several sources read one after the other; commit commits them all."""

    def __init__(self, sources: Iterable[Source]):
        self.sources = list(sources)

    def __iter__(self) -> Iterator[Incoming]:
        for s in self.sources:
            yield from s

    def commit(self) -> None:
        for s in self.sources:
            s.commit()
