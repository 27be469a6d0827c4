"""What the summaries and the weekly report say, as plain text.

``weekly_report`` is the report DAG's whole content, one function on
purpose: the household ledger's Monday report replaces its body (the
operator only sends what it returns).  ``run_weeks`` is what one pipeline
run loaded, per week, for that run's own summary."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Report:
    subject: str
    body: str
    data: dict[str, Any] = field(default_factory=dict)  # what the XCom keeps (JSON)


def plural(n: int, one: str, many: str | None = None) -> str:
    """``plural(1, "receipt")`` → "1 receipt"; ``plural(2, "entry", "entries")`` → "2 entries"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def run_weeks(wh: Any, run_id: str) -> list[dict[str, Any]]:
    """What ``run_id`` loaded, per week, source and currency: rows and what
    they add to spending (receipts' totals; Mercado Pago spending, taxes and
    refunds as the ledger classes them, before links, and before a movement
    another report already carried is counted once: per load, not the
    weekly number)."""
    s = f'"{wh.schema}"'
    _cols, rows = wh.query(
        "SELECT CAST(CAST(date_trunc('week', issued_at) AS date) AS varchar(10)), 'receipts', currency, "
        f"count(*), CAST(sum(total) AS varchar(32)) FROM {s}.receipts WHERE run_id = $1 GROUP BY 1, 2, 3 "
        "UNION ALL "
        "SELECT CAST(CAST(date_trunc('week', ar_time) AS date) AS varchar(10)), 'mercadopago', "
        "COALESCE(currency, 'ARS'), count(*), CAST(sum(CASE WHEN class IN ('spending', 'tax', 'refund') "
        f"THEN -net_amount ELSE 0 END) AS varchar(32)) FROM {s}.mp_movements WHERE run_id = $1 "
        "AND ar_time IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3", (run_id,))
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
    """The household's Monday report of the last week with spending (ARS
    first; expetl.report renders it, expetl.core.ledger fills it)."""
    from expetl.core import ledger
    from expetl.report import render_subject, render_text

    try:
        data = ledger.report_data(wh)
    except ValueError:  # nothing loaded yet
        return Report("expetl: no expenses yet", "The ledger is empty: nothing has been loaded yet.",
                      {"week": None})
    week = data.current
    return Report(render_subject(data), render_text(data), {
        "week": data.week.isoformat(), "currency": data.currency, "spending": str(week.spending),
        "by_category": {k: str(v) for k, v in week.by_category.items()},
        "top_merchants": [[b, str(a)] for b, a in data.top_merchants], "pending": len(data.pending)})
