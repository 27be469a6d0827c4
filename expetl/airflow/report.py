"""What the summaries and the weekly report say, as plain text.

``weekly_report`` is the report DAG's whole content, one function on
purpose: the household ledger's Monday report replaces its body (the
operator only sends what it returns).  ``run_weeks`` is what one pipeline
run loaded, per week, for that run's own summary."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Mercado Pago lines that are balances, not movements (as weekly_expenses)
_BALANCE_LINES = "('initial_available_balance', 'available_balance', 'subtotal', 'total')"


@dataclass
class Report:
    subject: str
    body: str
    data: dict[str, Any] = field(default_factory=dict)  # what the XCom keeps (JSON)


def plural(n: int, one: str, many: str | None = None) -> str:
    """``plural(1, "receipt")`` → "1 receipt"; ``plural(2, "entry", "entries")`` → "2 entries"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def run_weeks(wh: Any, run_id: str) -> list[dict[str, Any]]:
    """What ``run_id`` loaded, per week, source and currency: rows and money
    out (receipts' totals; Mercado Pago money out, income negative)."""
    s = f'"{wh.schema}"'
    _cols, rows = wh.query(
        "SELECT CAST(CAST(date_trunc('week', issued_at) AS date) AS varchar), 'receipts', currency, "
        f"count(*), CAST(sum(total) AS varchar) FROM {s}.receipts WHERE run_id = $1 GROUP BY 1, 2, 3 "
        "UNION ALL "
        "SELECT CAST(CAST(date_trunc('week', local_time) AS date) AS varchar), 'mercadopago', currency, "
        f"count(*), CAST(sum(-net_amount) AS varchar) FROM {s}.mp_movements WHERE run_id = $1 "
        f"AND COALESCE(record_type, '') NOT IN {_BALANCE_LINES} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3", (run_id,))
    return [{"week": w, "source": src, "currency": cur, "rows": int(n), "amount": amount}
            for w, src, cur, n, amount in rows]


def describe_weeks(weeks: list[dict[str, Any]]) -> list[str]:
    """One sentence per week: "Week of 2025-03-17: 2 receipts, ARS 1234.50; …"."""
    by_week: dict[str, list[str]] = {}
    for w in weeks:
        what = plural(w["rows"], "receipt") if w["source"] == "receipts" else \
            plural(w["rows"], "Mercado Pago movement")
        by_week.setdefault(w["week"] or "(no date)", []).append(f"{what}, {w['currency']} {w['amount']}")
    return [f"Week of {week}: " + "; ".join(parts) + "." for week, parts in sorted(by_week.items())]


def run_summary(dag_id: str, run_id: str, counts: dict[str, int], weeks: list[dict[str, Any]]) -> Report:
    """A pipeline run's own summary: what it loaded, and the weeks it touched."""
    if counts:
        loaded = (f"This run loaded {plural(counts.get('receipts', 0), 'receipt')} "
                  f"({plural(counts.get('items', 0), 'item')}) and "
                  f"{plural(counts.get('movements', 0), 'Mercado Pago movement')} from "
                  f"{plural(counts.get('files', 0), 'file')}; "
                  f"{plural(counts.get('quarantined', 0), 'file was', 'files were')} quarantined.")
    else:
        loaded = "This run loaded nothing."
    lines = [f"DAG {dag_id}, run {run_id}.", loaded,
             *(describe_weeks(weeks) or ["Nothing new in any week."])]
    return Report(f"expetl: {dag_id} succeeded", "\n".join(lines), {"counts": counts, "weeks": weeks})


def weekly_report(wh: Any) -> Report:
    """The latest week of ``weekly_expenses``: total per currency, then per
    source and the five merchants with the most money out."""
    s = f'"{wh.schema}"'
    _c, latest = wh.query(f"SELECT CAST(max(week_start) AS varchar) FROM {s}.weekly_expenses")
    week = latest[0][0] if latest else None
    if not week:
        return Report("expetl: no expenses yet", "weekly_expenses is empty: nothing has been loaded yet.",
                      {"week": None})
    _c, rows = wh.query(
        "SELECT source, merchant, currency, CAST(sum(amount) AS varchar) "
        f"FROM {s}.weekly_expenses WHERE week_start = CAST($1 AS date) "
        "GROUP BY 1, 2, 3 ORDER BY 3, sum(amount) DESC, 2", (week,))
    totals: dict[str, float] = {}
    sources: dict[tuple[str, str], float] = {}
    for source, _m, cur, amount in rows:
        totals[cur] = totals.get(cur, 0.0) + float(amount)
        sources[(source, cur)] = sources.get((source, cur), 0.0) + float(amount)
    lines = [f"Week of {week}: " + "; ".join(f"{cur} {v:.2f}" for cur, v in sorted(totals.items())) + " spent."]
    lines += [f"- {source}: {cur} {v:.2f}" for (source, cur), v in sorted(sources.items())]
    lines.append("Top merchants:")
    lines += [f"- {m}: {cur} {float(a):.2f}" for _s, m, cur, a in rows[:5]]
    data = {"week": week, "totals": {k: f"{v:.2f}" for k, v in totals.items()},
            "merchants": [{"source": src, "merchant": m, "currency": c, "amount": a} for src, m, c, a in rows]}
    return Report(f"expetl: week of {week}", "\n".join(lines), data)
