"""The household ledger: one purchase is one row, and the weekly number.

What each document contributes is decided when it is parsed, in C (the
category of every ticket line, the brand of its issuer, the class, brand
and category of every Mercado Pago row: ``expetl.rules``).  What depends on
more than one document is decided here and in the warehouse views
(``core/schema.py``):

- fiscal duplicates (``core.steps.mark_duplicates``): a receipt whose CUIT,
  type, point of sale and number are already in is not loaded again;
- links: a ticket paid with Mercado Pago and its Mercado Pago payment are
  one purchase; ``refresh_links`` recomputes them after every load (either
  side may arrive later) and stores them, each with the rule that matched;
- the weekly view: spending (receipts + Mercado Pago spending no ticket
  explains + taxes − refunds) per ISO week and currency, with income, own
  transfers and transfers out beside it, never in it."""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from .. import rules

LINK_WINDOW_S = 30 * 60  # the QR payment comes a minute or two before the ticket prints
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_DEC = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")



def _ts(s: str) -> datetime:
    return datetime.fromisoformat(s.replace(" ", "T")[:19])


def match_links(cands) -> list[tuple[str, str, int, str]]:
    """From (receipt, issued_at, tender, movement, movement time) pairs that
    agree on amount and currency: the links, one to one, within the window:
    nearest in time first, then as many as can be made (an unlinked ticket
    whose payment went to a nearer ticket counts one purchase twice: two
    tickets of one amount at 12:00 and 12:25, payments at 12:01 and 11:50,
    are both linked).  The same whatever the candidates' order.
    (receipt, movement, seconds, tender)."""
    near = []
    for sha, issued, tender, key, when in cands:
        secs = int((when - issued).total_seconds())
        if abs(secs) <= LINK_WINDOW_S:
            near.append((abs(secs), sha, key, secs, str(tender)))
    near.sort()
    edges: dict[str, list[tuple]] = {}
    for e in near:
        edges.setdefault(e[1], []).append(e)
    of_r: dict[str, tuple] = {}
    of_m: dict[str, tuple] = {}
    for e in near:
        if e[1] not in of_r and e[2] not in of_m:
            of_r[e[1]] = of_m[e[2]] = e

    def augment(sha: str, seen: set[str]) -> bool:
        # a path of alternating links that ends at a free payment: one more link
        for e in edges[sha]:
            if e[2] in seen:
                continue
            seen.add(e[2])
            held = of_m.get(e[2])
            if held is None or augment(held[1], seen):
                of_r[sha] = of_m[e[2]] = e
                return True
        return False

    for sha in sorted(edges):
        if sha not in of_r:
            augment(sha, set())
    return [(e[1], e[2], e[3], e[4]) for e in sorted(of_r.values())]


def movement_identity(m: dict[str, Any]) -> Any:
    """What makes a Mercado Pago movement one, as the warehouse's mp_counted
    view reads it: its source id, instant in Argentina time and description
    (and transaction type), whatever report and columns carried it and
    whatever offset it printed; a row without a source id is its own key."""
    sid = m.get("source_id") or ""
    if not sid:
        return m["row_key"]
    return (sid, m.get("ar_time") or "", m.get("description") or "", m.get("transaction_type") or "")


def copy_rank(m: dict[str, Any]) -> tuple:
    """Which report's copy of a movement counts, as mp_counted orders them
    (the smallest): one with the currency and the store, else the later
    report by the name its stage key keeps."""
    from .kinds import safe_name

    name = safe_name(m["file"], "report.csv")
    later = tuple(-ord(c) for c in name) + (0,)  # descending, a longer name after its prefix
    return (not m.get("currency"), not m.get("store_name"), later, m.get("report_sha256") or "")


def refresh_links(wh: Any) -> int:
    """Link every counted ticket that has a Mercado Pago tender to its
    Mercado Pago payment: same currency, the payment's debit equal to the
    ticket's Mercado Pago tenders to the cent, at most 30 minutes apart
    either way (both in Argentina time).  One to one; when several qualify
    the nearest in time wins.  The links table is replaced in one
    transaction; returns how many links there are."""
    s = wh.schema
    _, rows = wh.query(
        "SELECT r.sha256, CAST(r.issued_at AS varchar(32)), CAST(r.mp_tender AS varchar(32)), m.row_key, "
        "CAST(m.ar_time AS varchar(32)) "
        f'FROM "{s}".receipts r JOIN "{s}".mp_counted m '
        "ON COALESCE(m.currency, 'ARS') = r.currency AND m.net_amount = -r.mp_tender "
        "WHERE r.mp_tender IS NOT NULL AND r.issued_at IS NOT NULL AND m.ar_time IS NOT NULL "
        "AND m.class = 'spending' AND m.description = 'payment'")
    links = match_links((sha, _ts(issued), tender, key, _ts(ar)) for sha, issued, tender, key, ar in rows)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    stmts = [f'DELETE FROM "{s}".links']
    for at in range(0, len(links), 200):
        values = []
        for sha, key, secs, tender in links[at:at + 200]:
            # values inlined: each is checked to be hex, an integer or a decimal
            assert _HEX64.match(sha) and _HEX64.match(key) and _DEC.match(tender)
            rule = (f"mercado_pago_tender: ticket paid {tender} with Mercado Pago; the payment has the same "
                    f"amount and currency, {secs:+d} s from the ticket")
            values.append(f"('{sha}', '{key}', '{rule}', {int(secs)}, CAST('{now}' AS timestamp))")
        stmts.append(f'INSERT INTO "{s}".links (receipt_sha256, mp_row_key, rule, seconds, linked_at) VALUES '
                     + ", ".join(values))
    wh.exec_script(stmts)
    return len(links)


def _money(d: Decimal | str | None) -> str:
    return str(Decimal(d or 0).quantize(Decimal("0.01")))


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


WEEK_FIELDS = ("spending", "receipts", "mp_spending_unlinked", "taxes", "refunds", "income", "own_transfers",
               "transfers_out")


def weekly(wh: Any, since: date | None = None, until: date | None = None) -> list[dict[str, Any]]:
    """One entry per ISO week and currency, every week from the first to the
    last with any movement and every currency seen (zeros where nothing
    happened): ``week_start`` (the Monday), ``week``, ``end``,
    ``currency``, ``spending`` and its parts, ``income``, ``own_transfers``,
    ``transfers_out`` (decimal strings), ``unclassified`` (movements no rule
    placed: shown, never counted), ``by_category`` (taxonomy order, adds up
    to spending) and ``by_brand`` (largest first, adds up to spending)."""
    s = wh.schema
    _, rows = wh.fetch(f'SELECT week_start, currency, {", ".join(WEEK_FIELDS)}, unclassified '
                       f'FROM "{s}".weekly_expenses')
    _, cats = wh.fetch(f'SELECT week_start, currency, category, SUM(amount) FROM "{s}".expense_lines '
                       "GROUP BY 1, 2, 3")
    _, brands = wh.fetch(f'SELECT week_start, currency, brand, SUM(amount) FROM "{s}".expense_lines '
                         "GROUP BY 1, 2, 3")
    totals: dict[tuple[date, str], dict[str, Any]] = {}
    unclassified: dict[tuple[date, str], int] = {}
    for r in rows:
        totals[(r[0], r[1])] = dict(zip(WEEK_FIELDS, r[2:-1]))
        unclassified[(r[0], r[1])] = int(r[-1] or 0)
    by_cat: dict[tuple[date, str], dict[str, Decimal]] = defaultdict(dict)
    for wk, cur, cat, amount in cats:
        by_cat[(wk, cur)][cat] = amount
    by_brand: dict[tuple[date, str], dict[str, Decimal]] = defaultdict(dict)
    for wk, cur, brand, amount in brands:
        by_brand[(wk, cur)][brand] = amount
    return _assemble(totals, by_cat, by_brand, unclassified, since, until)


def _assemble(totals, by_cat, by_brand, unclassified, since: date | None = None,
              until: date | None = None) -> list[dict[str, Any]]:
    """Every week from the first to the last, every currency, zeros filled."""
    if not totals:
        return []
    weeks = [w for w, _ in totals]
    monday = (lambda d: d - timedelta(days=d.weekday()))
    first = max(min(weeks), monday(since)) if since else min(weeks)
    last = min(max(weeks), monday(until)) if until else max(weeks)
    currencies = sorted({c for _, c in totals}, key=lambda c: (c != "ARS", c))
    order = {c: i for i, c in enumerate(rules.category_names())}  # the taxonomy's order, pseudo-categories last
    out = []
    wk = first
    while wk <= last:
        for cur in currencies:
            t = totals.get((wk, cur), {})
            out.append({
                "week_start": wk.isoformat(), "week": _iso_week(wk), "end": (wk + timedelta(days=6)).isoformat(),
                "currency": cur, **{f: _money(t.get(f)) for f in WEEK_FIELDS},
                "unclassified": unclassified.get((wk, cur), 0),
                "by_category": {c: _money(a) for c, a in sorted(by_cat.get((wk, cur), {}).items(),
                                                                key=lambda x: (order.get(x[0], 99), x[0]))
                                if Decimal(a) != 0},
                "by_brand": {b: _money(a) for b, a in sorted(by_brand.get((wk, cur), {}).items(),
                                                             key=lambda x: (-abs(Decimal(x[1])), x[0]))
                             if Decimal(a) != 0},
            })
        wk += timedelta(days=7)
    return out


# ---- the same ledger in memory, for notebooks -------------------------------

def _documents(sources: Any):
    """(name, bytes, named) of every file named (folders recursively, hidden
    files left out) or given as bytes; ``named``: given itself, not found in
    a folder."""
    import os
    from pathlib import Path

    from .sources import files_under

    one = (str, os.PathLike, bytes, bytearray, memoryview)
    # bytes are named by their place among the arguments ("document-3")
    flat = [s for src in sources for s in ([src] if isinstance(src, one) else src)]
    for i, src in enumerate(flat):
        if isinstance(src, (bytes, bytearray, memoryview)):
            yield f"document-{i + 1}", bytes(src), True
            continue
        p = Path(src)
        if not p.is_dir():
            yield str(p), p.read_bytes(), True
            continue
        for f in files_under(p):
            yield str(f), f.read_bytes(), False


def build(*sources: Any) -> Any:
    """The ledger in memory, no warehouse: ``expetl.ledger(tickets, reports)``
    with paths, folders or bytes (receipt PDFs and Mercado Pago report CSVs,
    recognised by content).  The same per-document reading as the pipeline
    (the C parser, categories, brands, classes), then duplicates, links and
    weeks as in the warehouse.  Returns a pandas DataFrame of expense lines
    (one row per amount that makes up spending: ``source``, ``file``,
    ``doc``, ``week_start``, ``occurred_at``, ``currency``, ``brand``,
    ``category``, ``line_kind``, ``description``, ``amount`` (float) and
    ``amount_exact`` (Decimal)) with the ``.ledger`` accessor:
    ``.ledger.weekly()`` (as ``expetl weekly --json``), ``.ledger.plot_week()``.
    ``.attrs["quarantine"]``: (file, reason, detail) of each document not
    counted, a file named or bytes given that is no known kind included;
    ``.attrs["skipped"]``: a folder's files of no known kind."""
    import csv
    import io

    from .._native import sha256 as _sha256
    from . import kinds as _kinds
    from .records import LOADED, Staged
    from ..frames import _pandas

    pd = _pandas()
    now = datetime.now(timezone.utc)
    receipts: list[dict[str, Any]] = []
    movements: list[dict[str, Any]] = []
    quarantine: list[tuple[str, str, str]] = []
    seen_sha: set[str] = set()
    skipped: list[str] = []
    for name, data, named in _documents(sources):
        kind = _kinds.recognise(name, data[:4096])
        sha = _sha256(data)
        if kind is None:
            # a document given by name or as bytes is never dropped
            # unsaid; a folder's other files (notes, pictures) are listed
            if named:
                quarantine.append((name, "UnknownKind", f"sha256 {sha}: not a receipt PDF nor a Mercado "
                                   "Pago report (no PDF header, no report header line)"))
            else:
                skipped.append(name)
            continue
        if sha in seen_sha:
            continue
        seen_sha.add(sha)
        staged = Staged(sha, kind.name, "notebook", name, f"memory/{sha}")
        try:
            p = kind.process(staged, data, now)
        except Exception as e:  # noqa: BLE001 - a file that cannot be read is reported, not fatal
            quarantine.append((name, type(e).__name__, str(e)))
            continue
        if p.status != LOADED:
            quarantine.extend((name, q.reason, q.detail) for q in p.quarantine)
            continue
        rows = list(csv.DictReader(io.StringIO(p.csv.decode())))
        for r in rows:
            r["file"] = name
        (receipts if kind.name == _kinds.RECEIPT else movements).extend(rows)
    # a movement in two overlapping reports counts once, as the warehouse's
    # mp_counted view makes it: one report's copies (every row of it), the
    # one with the currency and the store, else the later report
    best: dict[Any, tuple] = {}
    for m in movements:
        k, rank = movement_identity(m), copy_rank(m)
        if k not in best or rank < best[k]:
            best[k] = rank
    movements = [m for m in movements if copy_rank(m) == best[movement_identity(m)]]
    # fiscal duplicates: the first of an identity counts
    first: dict[str, str] = {}
    counted = []
    for r in receipts:
        fk = r.get("fiscal_key")
        if fk and first.setdefault(fk, r["sha256"]) != r["sha256"]:
            continue
        counted.append(r)
    heads = {r["sha256"]: r for r in counted}
    cands = [(sha, _ts(h["issued_at"]), Decimal(h["mp_tender"]), m["row_key"], _ts(m["ar_time"]))
             for sha, h in heads.items() if h.get("mp_tender") and h.get("issued_at")
             for m in movements if m.get("class") == "spending" and m.get("description") == "payment"
             and m.get("ar_time") and (m.get("currency") or "ARS") == h["currency"]
             and Decimal(m["net_amount"] or 0) == -Decimal(h["mp_tender"])]
    linked = {key for _, key, _, _ in match_links(cands)}
    lines = []
    for r in counted:
        if not r.get("kind"):
            continue
        lines.append({"source": "receipt", "file": r["file"], "doc": r["sha256"], "occurred_at": r["issued_at"],
                      "currency": r["currency"], "brand": r.get("brand") or r.get("merchant_name") or "Otros",
                      "category": r.get("category") or "otros", "line_kind": r["kind"],
                      "description": r.get("description"), "amount_exact": Decimal(r["amount"])})
    for m in movements:
        cls = m.get("class")
        if cls not in ("spending", "tax", "refund") or not m.get("ar_time") or m["row_key"] in linked:
            continue
        lines.append({"source": "mercadopago", "file": m["file"], "doc": m["row_key"], "occurred_at": m["ar_time"],
                      "currency": m.get("currency") or "ARS",
                      "brand": m.get("brand") or "Otros", "category": m.get("category") or "otros",
                      "line_kind": cls, "description": m.get("store_name") or m.get("description"),
                      "amount_exact": -Decimal(m["net_amount"])})
    df = pd.DataFrame(lines, columns=["source", "file", "doc", "occurred_at", "currency", "brand", "category",
                                      "line_kind", "description", "amount_exact"])
    # tickets carry a time, invoices a date alone
    df["occurred_at"] = pd.to_datetime(df["occurred_at"], format="ISO8601")
    df.insert(3, "week_start", df["occurred_at"].dt.normalize() - pd.to_timedelta(df["occurred_at"].dt.weekday,
                                                                                   unit="D"))
    df["amount"] = df["amount_exact"].astype(float)
    df.attrs["movements"] = movements
    df.attrs["quarantine"] = quarantine
    df.attrs["skipped"] = skipped
    _register_accessor(pd)
    return df


def _register_accessor(pd: Any) -> None:
    if hasattr(pd.DataFrame, "ledger"):
        return

    @pd.api.extensions.register_dataframe_accessor("ledger")
    class LedgerAccessor:
        """``lines.ledger.weekly()`` and ``lines.ledger.plot_week(...)``."""

        def __init__(self, df: Any):
            self._df = df

        def weekly(self) -> list[dict[str, Any]]:
            return weekly_from_lines(self._df)

        def plot_week(self, week: str | date | None = None, currency: str = "ARS", ax: Any = None) -> Any:
            """Spending by category of one week (the last one by default), as
            horizontal bars on a matplotlib axis (an optional extra)."""
            import matplotlib.pyplot as plt

            weeks = [w for w in self.weekly() if w["currency"] == currency]
            if not weeks:
                raise ValueError(f"no {currency} spending in this ledger")
            if week is not None:
                day = date.fromisoformat(str(week)) if not isinstance(week, date) else week
                wanted = (day - timedelta(days=day.weekday())).isoformat()
                weeks = [w for w in weeks if w["week_start"] == wanted] or weeks[-1:]
            w = weeks[-1]
            cats = sorted(w["by_category"].items(), key=lambda x: float(x[1]))
            if ax is None:
                _, ax = plt.subplots(figsize=(7, 0.35 * len(cats) + 1.2))
            ax.barh([c for c, _ in cats], [float(a) for _, a in cats])
            ax.set_title(f"{w['week']} ({w['week_start']}): {currency} {w['spending']}")
            return ax


def weekly_from_lines(df: Any) -> list[dict[str, Any]]:
    """``weekly`` for an in-memory ledger (the same shape as from the warehouse)."""
    totals: dict[tuple[date, str], dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    by_cat: dict[tuple[date, str], dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    by_brand: dict[tuple[date, str], dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for r in df.itertuples():
        k = (r.week_start.date(), r.currency)
        t = totals[k]
        t["spending"] += r.amount_exact
        part = {"receipt": "receipts"}.get(r.source) or {"spending": "mp_spending_unlinked", "tax": "taxes",
                                                         "refund": "refunds"}[r.line_kind]
        t[part] += -r.amount_exact if part == "refunds" else r.amount_exact
        by_cat[k][r.category] += r.amount_exact
        by_brand[k][r.brand] += r.amount_exact
    unclassified: dict[tuple[date, str], int] = defaultdict(int)
    for m in df.attrs.get("movements", []):
        if not m.get("ar_time"):
            continue
        t = _ts(m["ar_time"])
        k = ((t - timedelta(days=t.weekday())).date(), m.get("currency") or "ARS")
        net, cls = Decimal(m["net_amount"] or 0), m.get("class")
        field = {"income": "income", "own_transfer": "own_transfers", "transfer_out": "transfers_out"}.get(cls)
        if field:
            totals[k][field] += net if cls == "income" else -net
        elif cls == "unclassified":
            unclassified[k] += 1
        else:
            totals[k]  # the week exists
    return _assemble(totals, by_cat, by_brand, unclassified)


# ---- the Monday report's data --------------------------------------------------

# What to do about a pending document, by quarantine reason (Spanish, as the report).
TODO = {
    "totals_mismatch": "los ítems no suman el total impreso: revisá el ticket y reenviá una copia legible",
    "qr_mismatch": "el QR de AFIP no coincide con lo impreso: verificá el comprobante en afip.gob.ar",
    "DamagedPdf": "el PDF está dañado: pedí el comprobante de nuevo y reenvialo",
    "EncryptedPdf": "el PDF tiene contraseña: descargalo sin contraseña y reenvialo",
    "UnsupportedLayout": "un formato que todavía no se lee: reenviá el PDF para que se incorpore",
    "LimitExceeded": "excede un límite de tamaño: revisá que sea un comprobante",
    "ReportError": "el reporte de Mercado Pago tiene una línea ilegible: generalo de nuevo",
    "future_date": "la fecha está en el futuro: revisá el comprobante",
    "missing_merchant": "no se lee el comercio: revisá el comprobante",
    "missing_date": "no se lee la fecha: revisá el comprobante",
    "missing_total": "no se lee el total: revisá el comprobante",
    "negative_total": "el total es negativo: revisá el comprobante",
}


def _todo(reason: str) -> str:
    for key, text in TODO.items():
        if key in reason:
            return text
    return "no se pudo leer: revisá el archivo y reenvialo"


def report_data(wh: Any, week: date | None = None, currency: str = "ARS") -> Any:
    """The Monday report of one week (the last one with spending by
    default) in one currency, from the warehouse: the week and the four
    before it, top merchants, the biggest purchases, products whose unit
    price rose (same EAN), and what is pending (quarantined files,
    movements no rule classed) with what to do."""
    from ..report import ReportData, Week

    s = wh.schema
    weeks = weekly(wh)
    mine = {w["week_start"]: w for w in weeks if w["currency"] == currency}
    if not mine:
        raise ValueError(f"no {currency} expenses in the warehouse yet")
    spent = [k for k, w in mine.items() if Decimal(w["spending"])]
    target = (week - timedelta(days=week.weekday())) if week else date.fromisoformat(max(spent or mine))

    def as_week(start: date, cur: str, full: bool) -> Any:
        w = next((x for x in weeks if x["week_start"] == start.isoformat() and x["currency"] == cur), None)
        if w is None:
            return Week(start, cur, Decimal("0.00"))
        d = {k: Decimal(w[k]) for k in ("spending", "income", "own_transfers", "transfers_out")}
        return Week(start, cur, **d, by_category={c: Decimal(a) for c, a in w["by_category"].items()} if full else {},
                    by_brand={b: Decimal(a) for b, a in w["by_brand"].items()} if full else {})

    first = min(date.fromisoformat(k) for k in mine)
    starts = [target - timedelta(weeks=n) for n in range(4, -1, -1)]
    series = [as_week(d, currency, d == target) for d in starts if d >= first or d == target]
    current = series[-1]
    top = sorted(((b, a) for b, a in current.by_brand.items() if a > 0), key=lambda x: -x[1])[:5]
    _, items = wh.fetch(
        "SELECT occurred_at, brand, description, amount FROM " f'"{s}".expense_lines '
        "WHERE week_start = $1 AND currency = $2 AND line_kind IN ('item', 'spending') "
        "ORDER BY amount DESC, description LIMIT 5", (target.isoformat(), currency))
    biggest = [(o.date(), b, d or "", a) for o, b, d, a in items]
    end = target + timedelta(days=7)
    _, prices = wh.fetch(
        "SELECT i.ean, i.description, i.unit_price, r.issued_at "
        f'FROM "{s}".receipt_items i JOIN "{s}".receipts r ON r.sha256 = i.sha256 '
        "WHERE i.kind = 'item' AND i.ean IS NOT NULL AND i.unit_price IS NOT NULL AND r.currency = $1 "
        "AND r.issued_at < CAST($2 AS timestamp) ORDER BY r.issued_at", (currency, end.isoformat()))
    before: dict[str, tuple[Decimal, date]] = {}
    now: dict[str, tuple[str, Decimal, date]] = {}
    for ean, desc, price, when in prices:
        monday = (when - timedelta(days=when.weekday())).date()
        if monday < target:
            before[ean] = (price, monday)
        else:
            now[ean] = (desc, price, monday)
    rises = sorted(((ean, d, before[ean][0], p, before[ean][1], m) for ean, (d, p, m) in now.items()
                    if ean in before and p > before[ean][0]), key=lambda x: -(x[3] / x[2]))
    _, quarantined = wh.query(f'SELECT object_key, reason FROM "{s}".quarantine '
                              "WHERE reason <> 'duplicate' ORDER BY quarantined_at DESC, object_key")
    pending = [("En cuarentena", key.rsplit("/", 1)[-1] if key else "", _todo(reason)) for key, reason in quarantined]
    _, unclassified = wh.query(f'SELECT object_key, line, description FROM "{s}".mp_counted '
                               "WHERE class = 'unclassified' ORDER BY object_key, line")
    pending += [("Sin clasificar", f"{(k or '').rsplit('/', 1)[-1]} línea {ln}: {d or ''}",
                 "un movimiento de Mercado Pago que ninguna regla ubica: no se cuenta hasta clasificarlo")
                for k, ln, d in unclassified]
    others = [as_week(target, w["currency"], False) for w in weeks
              if w["week_start"] == target.isoformat() and w["currency"] != currency]
    return ReportData(target, currency, series, top, biggest, rises, pending, None, others)
