"""What the monitoring DAG checks, as a registry of named checks.

A check returns problems, one sentence each; none means healthy.  Most are
SQL (``sql_check``): the query returns one row per problem and the message
is formatted with the row's columns.  Adding one is a call::

    register(sql_check("ledger.reconciled", "quality",
        "SELECT sha256 FROM {s}.expenses WHERE NOT reconciled AND explanation IS NULL",
        "Ticket {sha256} is neither reconciled with Mercado Pago nor explained."))

In the SQL, ``{s}`` is the quoted schema and these are literals computed
for the run (so the SQL stays the same on PostgreSQL and Redshift):
``{receipt_since}`` (a date: today less ``receipt_days``),
``{staged_before}`` (a timestamp: now less ``staged_hours``) and
``{today}``.  A growth check (``growth=True``) returns one number, and it is a
problem when that number grew since the previous check (kept in the
Variable ``expetl_monitor_state``).  A check that is not SQL is a
``Check`` with its own function (the Gmail token below).

Thresholds come from Variables, read when the monitor runs:
``expetl_monitor_receipt_days`` (8: weekly receipts plus a day),
``expetl_monitor_mercadopago_days`` (1: yesterday must have its report; 0
turns the check off), ``expetl_monitor_staged_hours`` (6) and
``expetl_monitor_token_days`` (3)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

from expetl.airflow.hooks import GMAIL_CONN_ID

DEFAULTS = {"receipt_days": 8, "mercadopago_days": 1, "staged_hours": 6, "token_days": 3}


@dataclass
class CheckContext:
    """What a check may use: the warehouse, the thresholds, the SQL
    literals, the previous values of growth checks (updated in place)."""

    wh: Any
    thresholds: dict[str, int]
    now: datetime
    state: dict[str, Any] = field(default_factory=dict)
    gmail_conn_id: str = GMAIL_CONN_ID

    @property
    def values(self) -> dict[str, str]:
        t, today = self.thresholds, self.now.date()
        return {"s": f'"{self.wh.schema}"', "today": today.isoformat(),
                "receipt_since": (today - timedelta(days=t["receipt_days"])).isoformat(),
                "staged_before": (self.now - timedelta(hours=t["staged_hours"])).strftime("%Y-%m-%d %H:%M:%S"),
                **{k: str(v) for k, v in t.items()}}


@dataclass(frozen=True)
class Check:
    name: str
    group: str  # "freshness" or "quality": one monitor task each
    run: Callable[[CheckContext], list[str]]
    description: str = ""


CHECKS: dict[str, Check] = {}


def register(check: Check) -> Check:
    CHECKS[check.name] = check
    return check


def sql_check(name: str, group: str, sql: str | Callable[[CheckContext], str], message: str,
              growth: bool = False, description: str = "") -> Check:
    """A check from SQL: every row returned is a problem, described by
    ``message`` formatted with the row's columns (and the literals above); with ``growth``, one number compared with the
    previous check's (``{before}`` and ``{now}`` in the message)."""

    def run(ctx: CheckContext) -> list[str]:
        text = sql(ctx) if callable(sql) else sql
        cols, rows = ctx.wh.query(text.format(**ctx.values))
        if growth:
            value = int(rows[0][0] or 0) if rows else 0
            before = ctx.state.get(name)
            ctx.state[name] = value
            return [message.format(before=before, now=value)] if before is not None and value > before else []
        return [message.format(**{**ctx.values, **dict(zip(cols, r))}) for r in rows]

    return Check(name, group, run, description or message)


def run_checks(group: str, ctx: CheckContext) -> list[dict[str, str]]:
    """Every registered check of ``group``; a check that errors is a problem too."""
    out = []
    for check in CHECKS.values():
        if check.group != group:
            continue
        try:
            problems = check.run(ctx)
        except Exception as e:  # noqa: BLE001  a broken check must not hide the others
            problems = [f"the check could not run: {type(e).__name__}: {e}"]
        out += [{"check": check.name, "problem": p} for p in problems]
    return out


def load_state(raw: str | None, schema: str) -> dict[str, Any]:
    try:
        return dict(json.loads(raw or "{}").get(schema, {}))
    except (ValueError, AttributeError):
        return {}


def save_state(raw: str | None, schema: str, state: dict[str, Any]) -> str:
    try:
        allof = json.loads(raw or "{}")
        assert isinstance(allof, dict)
    except (ValueError, AssertionError):
        allof = {}
    allof[schema] = state
    return json.dumps(allof, sort_keys=True)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# ---- freshness ----------------------------------------------------------------

register(sql_check(
    "freshness.receipts", "freshness",
    "SELECT COALESCE(CAST(CAST(max(issued_at) AS date) AS varchar), 'never (none loaded yet)') AS newest "
    "FROM {s}.receipts "
    "HAVING max(issued_at) IS NULL OR max(issued_at) < CAST('{receipt_since}' AS date)",
    "No receipt in the last {receipt_days} days: the newest is from {newest}. Is Gmail still delivering, "
    "and did the Monday run succeed?",
    description="a receipt dated within expetl_monitor_receipt_days"))


def _missing_report_days(ctx: CheckContext) -> str:
    days = [(ctx.now.date() - timedelta(days=d)).isoformat()
            for d in range(1, ctx.thresholds["mercadopago_days"] + 1)]
    if not days:
        return "SELECT 1 AS day WHERE 1 = 0"  # turned off
    wanted = " UNION ALL ".join(f"SELECT CAST('{d}' AS date) AS day" for d in days)
    return (f"SELECT CAST(w.day AS varchar) AS day FROM ({wanted}) w WHERE NOT EXISTS ("
            "SELECT 1 FROM {s}.ingested_files f WHERE f.object_key LIKE 'raw/mercadopago/%' "
            "AND f.ingested_at >= w.day AND f.ingested_at < w.day + 1) ORDER BY 1")


register(sql_check(
    "freshness.mercadopago", "freshness", _missing_report_days,
    "No Mercado Pago report was loaded on {day}: did the daily catch-up run, and is the scheduled report "
    "still set up in Mercado Pago?",
    description="a Mercado Pago report loaded on each of the last expetl_monitor_mercadopago_days days"))


def gmail_token(ctx: CheckContext) -> list[str]:
    """Refresh the Gmail token of the connection (a revoked or expired
    refresh token is refused), and warn before a known expiry."""
    from airflow.exceptions import AirflowNotFoundException

    from expetl import AuthError
    from expetl.airflow.hooks import GmailHook

    hook = GmailHook(ctx.gmail_conn_id)
    try:
        hook.get_connection(ctx.gmail_conn_id)
    except AirflowNotFoundException:
        return []  # Gmail is not used here (the local preset): nothing to check
    try:
        hook.get_client().refresh()
    except AuthError as e:
        return [f"Gmail refused the token of the connection {ctx.gmail_conn_id}: {e}"]
    expires = hook.refresh_token_expires_at()
    if expires:
        when = datetime.fromisoformat(expires.rstrip("Z")).replace(tzinfo=None)
        left = when - ctx.now
        if left < timedelta(days=ctx.thresholds["token_days"]):
            return [f"The Gmail refresh token of {ctx.gmail_conn_id} expires on {when:%Y-%m-%d %H:%M} UTC "
                    f"({max(left.days, 0)} days left): run expetl gmail-auth and update the connection."]
    return []


register(Check("freshness.gmail_token", "freshness", gmail_token,
               "the Gmail connection's refresh token still works and is not about to expire"))

# ---- data quality ---------------------------------------------------------------

register(sql_check(
    "quality.negative_week", "quality",
    "SELECT CAST(week_start AS varchar(10)) AS week, currency, CAST(spending AS varchar(32)) AS total "
    "FROM {s}.weekly_expenses WHERE spending < 0 ORDER BY 1, 2",
    "The week of {week} spent {currency} {total}: spending cannot be negative (refunds larger than what "
    "was bought? see `expetl weekly`)."))

register(sql_check(
    "quality.unreconciled_ticket", "quality",
    "SELECT r.object_key, CAST(r.issued_at AS varchar(19)) AS issued_at, CAST(r.mp_tender AS varchar(32)) AS tender "
    "FROM {s}.receipts r LEFT JOIN {s}.links l ON l.receipt_sha256 = r.sha256 "
    "WHERE r.mp_tender IS NOT NULL AND l.receipt_sha256 IS NULL "
    "AND r.issued_at < CAST('{receipt_since}' AS timestamp) ORDER BY r.issued_at",
    "The ticket {object_key} of {issued_at} was paid {tender} with Mercado Pago, and no Mercado Pago "
    "payment matches it: load the release report of that day (until then its payment would count twice)."))

register(sql_check(
    "quality.unclassified", "quality",
    "SELECT object_key, line, COALESCE(description, transaction_type, '') AS what FROM {s}.mp_counted "
    "WHERE class = 'unclassified' ORDER BY object_key, line",
    "{object_key} line {line} ({what}) is a Mercado Pago movement no rule classifies: it is not counted "
    "until a rule does (see the household README's table)."))

register(sql_check(
    "quality.quarantine_growth", "quality",
    "SELECT count(*) FROM {s}.quarantine",
    "The quarantine grew from {before} to {now} entries since the last check: see the quarantine table "
    "(or the parse logs) for the files and reasons.", growth=True))

register(sql_check(
    "quality.stuck_staged", "quality",
    "SELECT object_key, run_id, CAST(ingested_at AS varchar) AS since FROM {s}.ingested_files "
    "WHERE status = 'staged' AND ingested_at < CAST('{staged_before}' AS timestamp) ORDER BY ingested_at",
    "{object_key} has been staged since {since} by run {run_id} and never loaded: re-run that DAG or "
    "clear the run."))
