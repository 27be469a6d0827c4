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

LINK_WINDOW_S = 30 * 60  # the QR payment comes a minute or two before the ticket prints
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_DEC = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")

# The taxonomy's order (household README): by_category follows it.
TAXONOMY = ("almacen", "lacteos", "carnes", "verduleria", "panaderia", "congelados", "bebidas", "limpieza",
            "higiene", "bebe", "mascotas", "hogar", "salud", "ropa", "comida_afuera", "transporte", "servicios",
            "entretenimiento", "impuestos", "otros", "descuentos", "reintegros")


def _ts(s: str) -> datetime:
    return datetime.fromisoformat(s.replace(" ", "T")[:19])


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
        f'FROM "{s}".receipts r JOIN "{s}".mp_movements m '
        "ON COALESCE(m.currency, 'ARS') = r.currency AND m.net_amount = -r.mp_tender "
        "WHERE r.mp_tender IS NOT NULL AND r.issued_at IS NOT NULL AND m.ar_time IS NOT NULL "
        "AND m.class = 'spending' AND m.description = 'payment'")
    cands = []
    for sha, issued, tender, key, ar in rows:
        secs = int((_ts(ar) - _ts(issued)).total_seconds())
        if abs(secs) <= LINK_WINDOW_S:
            cands.append((abs(secs), sha, key, secs, tender))
    cands.sort()
    used_r, used_m, links = set(), set(), []
    for _, sha, key, secs, tender in cands:
        if sha in used_r or key in used_m:
            continue
        used_r.add(sha)
        used_m.add(key)
        links.append((sha, key, secs, tender))
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
    for r in rows:
        totals[(r[0], r[1])] = dict(zip(WEEK_FIELDS + ("unclassified",), r[2:]))
    by_cat: dict[tuple[date, str], dict[str, Decimal]] = defaultdict(dict)
    for wk, cur, cat, amount in cats:
        by_cat[(wk, cur)][cat] = amount
    by_brand: dict[tuple[date, str], dict[str, Decimal]] = defaultdict(dict)
    for wk, cur, brand, amount in brands:
        by_brand[(wk, cur)][brand] = amount
    if not totals:
        return []
    weeks = [w for w, _ in totals]
    monday = (lambda d: d - timedelta(days=d.weekday()))
    first = max(min(weeks), monday(since)) if since else min(weeks)
    last = min(max(weeks), monday(until)) if until else max(weeks)
    currencies = sorted({c for _, c in totals}, key=lambda c: (c != "ARS", c))
    out = []
    wk = first
    while wk <= last:
        for cur in currencies:
            t = totals.get((wk, cur), {})
            cats_here = by_cat.get((wk, cur), {})
            order = {c: i for i, c in enumerate(TAXONOMY)}
            out.append({
                "week_start": wk.isoformat(), "week": _iso_week(wk), "end": (wk + timedelta(days=6)).isoformat(),
                "currency": cur, **{f: _money(t.get(f)) for f in WEEK_FIELDS},
                "unclassified": int(t.get("unclassified") or 0),
                "by_category": {c: _money(a) for c, a in sorted(cats_here.items(),
                                                                key=lambda x: (order.get(x[0], 99), x[0]))
                                if Decimal(a) != 0},
                "by_brand": {b: _money(a) for b, a in sorted(by_brand.get((wk, cur), {}).items(),
                                                             key=lambda x: (-abs(x[1]), x[0]))
                             if Decimal(a) != 0},
            })
        wk += timedelta(days=7)
    return out
