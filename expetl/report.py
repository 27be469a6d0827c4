"""The Monday report: one week's spending as plain text (SNS, the e-mail's
text part), a PNG chart and an HTML e-mail, in Spanish, money written the
Argentine way (``$ 145.130,28``).

Independent of the warehouse: the caller fills :class:`ReportData` (one
currency per report) and calls::

    from expetl.report import render_text, render_html, render_chart, write_report, to_email
    write_report(data, "out/")      # report-YYYY-MM-DD.html / .png / .txt

matplotlib is optional (``pip install 'expetl[report]'``); without it the
HTML has the tables only and says what to install.  Every string that comes
from outside (merchants, descriptions, file names) is cleaned of control and
bidi characters and, in the HTML, escaped."""
from __future__ import annotations

import base64
import html
import io
import re
import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from .rules import category_names

ZERO = Decimal("0.00")
CENT = Decimal("0.01")

#: category id -> Spanish name: the taxonomy and the report's two negative
#: pseudo-categories, as the shipped ledger rules name them
CATEGORY_NAMES: dict[str, str] = category_names()

PENDING_LABELS = {"quarantined": "En cuarentena", "unclassified": "Sin clasificar"}
CURRENCY_SYMBOLS = {"ARS": "$", "USD": "US$"}
CHART_HINT = "El gráfico necesita matplotlib: pip install 'expetl[report]'"

# rows per section, so the text stays within 60 lines (the HTML shows the same)
MAX_CATEGORIES, MAX_MERCHANTS, MAX_ITEMS, MAX_RISES, MAX_PENDING = 9, 5, 5, 4, 5
CHART_SIZE, CHART_DPI = (6.4, 4.8), 100          # 640 x 480 px
BAR, BAR_NEGATIVE, BAR_PAST = "#1f6feb", "#2da44e", "#9aa5b1"
_CHART_LOCK = threading.Lock()       # rc_context changes matplotlib's global settings


# ---- the data model (filled by the caller, e.g. from the warehouse) -------

def _check_money(where: str, value) -> None:
    # a float would print cents that were never there; a bad value is an error,
    # never a silent zero
    if not isinstance(value, Decimal) or not value.is_finite():
        raise TypeError(f"{where}: money must be a finite Decimal, not {value!r}")


@dataclass(frozen=True)
class Week:
    """One ISO week in one currency.  ``by_category`` (taxonomy ids, the
    negative ``descuentos``/``reintegros`` included) and ``by_brand`` each
    add up to ``spending`` when given; empty means not given (enough for the
    weeks that only show their total)."""
    start: date
    currency: str
    spending: Decimal
    income: Decimal = ZERO
    own_transfers: Decimal = ZERO
    transfers_out: Decimal = ZERO
    by_category: dict[str, Decimal] = field(default_factory=dict)
    by_brand: dict[str, Decimal] = field(default_factory=dict)

    def __post_init__(self):
        if not isinstance(self.start, date) or self.start.weekday() != 0:
            raise ValueError(f"Week.start must be a Monday, not {self.start!r}")
        if not isinstance(self.currency, str) or not re.fullmatch("[A-Z]{3}", self.currency):
            raise ValueError(f"Week.currency must be an ISO 4217 code such as ARS, not {self.currency!r}")
        for name in ("spending", "income", "own_transfers", "transfers_out"):
            _check_money(f"{self.start} {self.currency} {name}", getattr(self, name))
        for name in ("by_category", "by_brand"):
            parts = getattr(self, name)
            for key, amount in parts.items():
                _check_money(f"{self.start} {self.currency} {name}[{key!r}]", amount)
            if parts and sum(parts.values(), ZERO) != self.spending:
                raise ValueError(f"{self.start} {self.currency}: {name} adds up to "
                                 f"{sum(parts.values(), ZERO)}, spending is {self.spending}")


@dataclass(frozen=True)
class ReportData:
    """The report of one week in one currency.

    ``weeks``: the reported week and up to 4 previous ones, oldest first,
    consecutive (a week without movements is a ``Week`` with zeros); the
    comparison is with the average of the previous ones given.
    ``uncategorised_share``: left None, it is this week's ``otros`` over its
    spending."""
    week: date
    currency: str
    weeks: list[Week]
    top_merchants: list[tuple[str, Decimal]] = field(default_factory=list)
    biggest_items: list[tuple[date, str, str, Decimal]] = field(default_factory=list)
    price_rises: list[tuple[str, str, Decimal, Decimal, date, date]] = field(default_factory=list)
    pending: list[tuple[str, str, str]] = field(default_factory=list)
    uncategorised_share: Decimal | None = None
    other_currencies: list[Week] = field(default_factory=list)

    def __post_init__(self):
        if not 1 <= len(self.weeks) <= 5:
            raise ValueError(f"weeks: the reported week and up to 4 previous ones, got {len(self.weeks)}")
        expected = [self.week - timedelta(weeks=n) for n in range(len(self.weeks) - 1, -1, -1)]
        if [w.start for w in self.weeks] != expected or {w.currency for w in self.weeks} != {self.currency}:
            raise ValueError(f"weeks must be consecutive {self.currency} weeks ending on {self.week}, oldest first")
        if self.current.spending and not self.current.by_category:
            raise ValueError("the reported week needs by_category")
        for name, rows, cols in (("top_merchants", self.top_merchants, (1,)),
                                 ("biggest_items", self.biggest_items, (3,)),
                                 ("price_rises", self.price_rises, (2, 3))):
            for row in rows:
                for i in cols:
                    _check_money(f"{name} {row[:2]!r}", row[i])
        for w in self.other_currencies:
            if w.start != self.week or w.currency == self.currency:
                raise ValueError(f"other_currencies: the week of {self.week} in another currency, "
                                 f"not {w.start} {w.currency}")
        if self.uncategorised_share is None:
            otros, spent = self.current.by_category.get("otros", ZERO), self.current.spending
            object.__setattr__(self, "uncategorised_share", otros / spent if spent > 0 else ZERO)
        elif not isinstance(self.uncategorised_share, Decimal) or not ZERO <= self.uncategorised_share <= 1:
            raise ValueError(f"uncategorised_share must be in 0..1, not {self.uncategorised_share}")

    @property
    def current(self) -> Week:
        return self.weeks[-1]

    @property
    def average(self) -> Decimal | None:
        """Average spending of the previous weeks given; None without any."""
        previous = self.weeks[:-1]
        return sum((w.spending for w in previous), ZERO) / len(previous) if previous else None


# ---- formatting -------------------------------------------------------------

def money(amount: Decimal, currency: str = "ARS") -> str:
    """``$ 145.130,28``, ``-$ 1.508,00``, ``US$ 14,99`` (another currency by its code)."""
    q = amount.quantize(CENT, ROUND_HALF_UP)
    digits = f"{abs(q):,.2f}".translate(str.maketrans(",.", ".,"))
    return f"{'-' if q < 0 else ''}{CURRENCY_SYMBOLS.get(currency, currency)} {digits}"


def percent(value: Decimal, signed: bool = False) -> str:
    """``27,3 %``; signed: ``+12,0 %`` / ``-54,9 %``."""
    q = value.quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{'+' if signed and q > 0 else ''}{q:.1f} %".replace(".", ",")


def _day(d: date, year: bool = True) -> str:
    return d.strftime("%d/%m/%Y" if year else "%d/%m")


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


# control characters, zero-width and bidi controls: a merchant name or a
# description must not start a line of its own or reorder what follows it
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def _clean(value, width: int | None = None) -> str:
    s = " ".join(_UNSAFE.sub(" ", str(value)).split())
    return s if width is None or len(s) <= width else s[:width - 1] + "…"


# ---- the sections, once for every renderer ---------------------------------

@dataclass
class _Table:
    key: str                      # the HTML id
    title: str
    head: tuple[str, ...]
    rows: list[tuple[str, ...]]
    numeric: tuple[bool, ...]     # right-aligned columns
    foot: tuple[str, ...] | None = None
    total: int = 0                # rows there are, when more than shown
    empty: str = "Nada esta semana."

    @property
    def heading(self) -> str:
        return f"{self.title} ({len(self.rows)} de {self.total})" if self.total > len(self.rows) else self.title


def _category_rows(week: Week, names: dict[str, str]) -> list[tuple[str, Decimal]]:
    """(name, amount), largest first; beyond MAX_CATEGORIES the smallest
    positive ones fold into one 'Resto' row, so the rows still add up."""
    rows = sorted(((names.get(k, k), v) for k, v in week.by_category.items() if v),
                  key=lambda r: (-r[1], r[0]))
    positive = [r for r in rows if r[1] > 0]
    if len(positive) > MAX_CATEGORIES:
        kept, rest = positive[:MAX_CATEGORIES - 1], positive[MAX_CATEGORIES - 1:]
        positive = kept + [(f"Resto ({len(rest)} categorías)", sum((v for _, v in rest), ZERO))]
    return positive + [r for r in rows if r[1] <= 0]


def _capped(rows: list, limit: int) -> tuple[list, int]:
    return rows[:limit], len(rows)


def _comparison(data: ReportData) -> str:
    avg, n = data.average, len(data.weeks) - 1
    if avg is None:
        return "Sin semanas anteriores para comparar."
    span = "la semana anterior" if n == 1 else f"las {n} semanas anteriores"
    if avg == 0:
        return f"Sin gasto en {span}: nada con qué comparar."
    diff = data.current.spending - avg
    return (f"vs. promedio de {span} ({money(avg, data.currency)}): "
            f"{'+' if diff > 0 else ''}{money(diff, data.currency)} ({percent(diff / avg * 100, signed=True)})")


def _tables(data: ReportData, names: dict[str, str]) -> list[_Table]:
    cur, w = data.currency, data.current
    m = lambda amount: money(amount, cur)  # noqa: E731
    categories = _category_rows(w, names)
    share = (lambda v: percent(v / w.spending * 100)) if w.spending > 0 else (lambda v: "")
    merchants, n_merchants = _capped(data.top_merchants, MAX_MERCHANTS)
    items, n_items = _capped(data.biggest_items, MAX_ITEMS)
    rises, n_rises = _capped(data.price_rises, MAX_RISES)
    pending, n_pending = _capped(data.pending, MAX_PENDING)
    return [
        _Table("categories", "Por categoría", ("Categoría", "Monto", "%"),
               [(_clean(n, 34), m(v), share(v)) for n, v in categories], (False, True, True),
               foot=("Total", m(w.spending), "")),
        _Table("merchants", "Dónde más gastaste", ("Comercio", "Monto"),
               [(_clean(b, 34), m(v)) for b, v in merchants], (False, True), total=n_merchants),
        _Table("items", "Las compras más grandes", ("Día", "Comercio", "Descripción", "Monto"),
               [(_day(d, False), _clean(b, 20), _clean(desc, 40), m(v)) for d, b, desc, v in items],
               (False, False, False, True), total=n_items),
        _Table("price-rises", "Subieron de precio", ("Producto", "Antes", "Ahora", "Suba"),
               [(f"{_clean(desc, 30)} ({_clean(ean, 14)})", f"{m(old)} ({_day(ow, False)})",
                 f"{m(new)} ({_day(nw, False)})", percent((new - old) / old * 100, signed=True) if old else "")
                for ean, desc, old, new, ow, nw in rises],
               (False, True, True, True), total=n_rises, empty="Ningún precio subió."),
        _Table("pending", "Pendientes", ("Qué", "Archivo o movimiento", "Qué hacer"),
               [(_clean(PENDING_LABELS.get(what, what), 16), _clean(which, 60), _clean(todo))
                for what, which, todo in pending],
               (False, False, False), total=n_pending, empty="Nada pendiente."),
        _Table("weeks", "Últimas semanas", ("Semana", "Gasto"),
               [(f"{_day(x.start)} ({_iso_week(x.start)})" + (" ← esta" if x is w else ""), m(x.spending))
                for x in data.weeks], (False, True)),
        _Table("beside", "Fuera del gasto (no se suman)", ("Movimiento", "Monto"),
               [("Ingresos", m(w.income)), ("Transferencias a cuentas propias", m(w.own_transfers)),
                ("Transferencias a terceros", m(w.transfers_out))], (False, True)),
    ]


def _title(data: ReportData) -> str:
    end = data.week + timedelta(days=6)
    return (f"Gastos de la semana del {_day(data.week)} al {_day(end)} "
            f"({_iso_week(data.week)}), {data.currency}")


def _footer(data: ReportData) -> list[str]:
    lines = [f"Sin categoría (Otros): {percent(data.uncategorised_share * 100)} del gasto."]
    if data.other_currencies:
        def one(w: Week) -> str:
            c = w.currency
            parts = [(label, v) for label, v in (("gasto", w.spending), ("ingresos", w.income),
                                                   ("transferencias propias", w.own_transfers),
                                                   ("a terceros", w.transfers_out)) if v]
            return f"{c}: " + (", ".join(f"{label} {money(v, c)}" for label, v in parts) or "sin movimientos")
        lines.append("Otras monedas: " + "; ".join(one(w) for w in data.other_currencies) + ".")
    return lines


def render_subject(data: ReportData) -> str:
    """A one-line subject: the week, the total and the change vs the average."""
    avg, spent = data.average, data.current.spending
    vs = f" ({percent((spent - avg) / avg * 100, signed=True)} vs. promedio)" if avg else ""
    return f"Gastos de la semana del {_day(data.week, False)}: {money(spent, data.currency)}{vs}"


# ---- plain text -------------------------------------------------------------

def _text_table(t: _Table) -> list[str]:
    out = [t.heading]
    if not t.rows:
        return out + ["  " + t.empty]
    rows = t.rows + ([t.foot] if t.foot else [])
    widths = [max(len(r[i]) for r in rows) for i in range(len(t.head))]
    widths[-1] = 0 if not t.numeric[-1] else widths[-1]     # no trailing padding
    for r in rows:
        cells = [c.rjust(wd) if num else c.ljust(wd) for c, wd, num in zip(r, widths, t.numeric)]
        out.append(("  " + "  ".join(cells)).rstrip())
    return out


def render_text(data: ReportData, names: dict[str, str] = CATEGORY_NAMES) -> str:
    """Plain text (SNS, the e-mail's text part), at most about 60 lines."""
    lines = [_title(data), "",
             f"Gasto de la semana: {money(data.current.spending, data.currency)}",
             _comparison(data)]
    for t in _tables(data, names):
        lines += [""] + _text_table(t)
    return "\n".join(lines + [""] + _footer(data)) + "\n"


# ---- the chart ----------------------------------------------------------------

def _chart_alt(data: ReportData, names: dict[str, str]) -> str:
    top = ", ".join(f"{n} {money(v, data.currency)}" for n, v in _category_rows(data.current, names)[:3])
    return (f"Gráfico: gasto por categoría de la semana del {_day(data.week)} ({top or 'sin gasto'}) "
            f"y gasto total de las últimas {len(data.weeks)} semanas.")


def render_chart(data: ReportData, path: str | Path | None = None,
                 names: dict[str, str] = CATEGORY_NAMES) -> bytes:
    """The PNG (640 x 480): this week's spending by category, horizontal
    bars, over the last weeks' totals.  The same data gives the same bytes:
    fixed size and DPI, matplotlib's default style whatever the local
    matplotlibrc says, the bundled DejaVu Sans, no metadata.  ImportError
    (naming the extra) without matplotlib."""
    try:
        import matplotlib
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as e:
        raise ImportError(CHART_HINT, name="matplotlib") from e
    rc = {k: v for k, v in matplotlib.rcParamsDefault.items() if not k.startswith(("backend", "interactive"))}
    # parse_math off: amounts ("$ 1.508,00") and names from outside must not read as TeX
    rc.update({"font.family": "DejaVu Sans", "font.size": 8, "text.parse_math": False,
               "axes.spines.top": False, "axes.spines.right": False})
    cur = data.currency
    short = lambda v: money(v, cur)[:-3]  # noqa: E731 - no cents on a chart
    with _CHART_LOCK, matplotlib.rc_context(rc):
        fig = Figure(figsize=CHART_SIZE, dpi=CHART_DPI, layout="constrained")
        FigureCanvasAgg(fig)      # Agg, headless; pyplot (global state) stays out
        top, bottom = fig.subplots(2, 1, height_ratios=[3, 1.3])

        rows = _category_rows(data.current, names)[::-1]        # largest on top
        values = [float(v) for _, v in rows]
        bars = top.barh([_clean(n, 30) for n, _ in rows], values,
                        color=[BAR if v > 0 else BAR_NEGATIVE for v in values])
        top.bar_label(bars, [short(v) for _, v in rows], padding=3, fontsize=7)
        top.axvline(0, color="#52606d", linewidth=0.8)
        top.margins(x=0.22)
        top.xaxis.set_visible(False)
        top.spines["bottom"].set_visible(False)
        top.set_title(f"Gasto por categoría, semana del {_day(data.week)}", loc="left", fontsize=10)
        if not rows:
            top.text(0.5, 0.5, "Sin gasto esta semana", ha="center", va="center", transform=top.transAxes)

        totals = [float(w.spending) for w in data.weeks]
        wbars = bottom.bar([_day(w.start, False) for w in data.weeks], totals,
                           color=[BAR_PAST] * (len(totals) - 1) + [BAR], width=0.6)
        bottom.bar_label(wbars, [short(w.spending) for w in data.weeks], padding=2, fontsize=7)
        title = "Gasto total por semana"
        if data.average:
            bottom.axhline(float(data.average), color="#cf222e", linestyle="--", linewidth=0.8)
            title += " (línea roja: promedio de las anteriores)"     # in the title: it overlaps no bar
        bottom.margins(y=0.3)
        bottom.yaxis.set_visible(False)
        bottom.spines["left"].set_visible(False)
        bottom.set_title(title, loc="left", fontsize=10)

        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=CHART_DPI, metadata={"Software": None})
    png = buf.getvalue()
    if path is not None:
        Path(path).write_bytes(png)
    return png


# ---- HTML ---------------------------------------------------------------------

_e = html.escape       # quote=True: safe in text and in attribute values
_FONT = "font-family:Arial,Helvetica,sans-serif;"
_CELL = "padding:4px 8px;border-bottom:1px solid #e4e7eb;"
_NUM = "text-align:right;white-space:nowrap"      # an amount never breaks after its "$"


def _html_table(t: _Table) -> str:
    def row(cells, tag="td", extra=""):
        return "<tr>" + "".join(
            f'<{tag} style="{_CELL}{extra}{_NUM if num else "text-align:left"}">{_e(c)}</{tag}>'
            for c, num in zip(cells, t.numeric)) + "</tr>"

    title = f'<h2 style="{_FONT}font-size:16px;margin:24px 0 8px">{_e(t.heading)}</h2>'
    if not t.rows:
        return title + f'<p id="{t.key}" style="margin:0;color:#52606d">{_e(t.empty)}</p>'
    body = "".join(row(r) for r in t.rows)
    foot = row(t.foot, "td", "font-weight:bold;") if t.foot else ""
    return (title + f'<table id="{t.key}" role="table" cellpadding="0" cellspacing="0" width="100%" '
            f'style="border-collapse:collapse;{_FONT}font-size:14px">'
            f'<thead>{row(t.head, "th", "color:#52606d;font-weight:normal;")}</thead>'
            f"<tbody>{body}</tbody>" + (f"<tfoot>{foot}</tfoot>" if foot else "") + "</table>")


def _render_html(data: ReportData, names: dict[str, str], chart_src: str | None) -> str:
    title = _title(data)
    if chart_src:
        chart = (f'<img id="chart" src="{_e(chart_src)}" width="{int(CHART_SIZE[0] * CHART_DPI)}" '
                 f'height="{int(CHART_SIZE[1] * CHART_DPI)}" alt="{_e(_chart_alt(data, names))}" '
                 'style="display:block;max-width:100%;height:auto;border:0">')
    else:
        chart = f'<p id="chart-missing" style="color:#52606d">{_e(CHART_HINT)}</p>'
    summary = _e(f"Gasto de la semana: {money(data.current.spending, data.currency)}. {_comparison(data)}")
    return "".join([
        '<!DOCTYPE html>\n<html lang="es"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{_e(title)}</title></head>",
        f'<body style="margin:0;padding:0;background:#f4f5f7;color:#1f2933;{_FONT}">',
        # the preview line mail clients show beside the subject
        f'<div style="display:none;max-height:0;overflow:hidden">{summary}</div>',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
        '<table role="presentation" width="680" cellpadding="0" cellspacing="0" '
        'style="max-width:680px;width:100%;background:#ffffff"><tr><td style="padding:24px">',
        f'<h1 style="{_FONT}font-size:18px;margin:0 0 12px">{_e(title)}</h1>',
        '<p style="margin:0;color:#52606d">Gasto de la semana</p>',
        f'<p id="total" style="{_FONT}font-size:34px;font-weight:bold;margin:0 0 4px;color:#1f2933">'
        f"{_e(money(data.current.spending, data.currency))}</p>",
        f'<p id="vs-average" style="margin:0 0 16px">{_e(_comparison(data))}</p>',
        chart,
        *(_html_table(t) for t in _tables(data, names)),
        *(f'<p style="margin:16px 0 0;color:#52606d">{_e(line)}</p>' for line in _footer(data)),
        "</td></tr></table></td></tr></table></body></html>\n",
    ])


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def render_html(data: ReportData, names: dict[str, str] = CATEGORY_NAMES,
                chart_src: str | None = None) -> str:
    """A self-contained HTML e-mail: inline CSS, tables, the total in
    ``id="total"``, the chart as an inline ``data:`` PNG (``id="chart"``).
    ``chart_src`` (e.g. ``cid:…``) points the image elsewhere instead.
    Without matplotlib: the tables and a line saying what to install."""
    if chart_src is None:
        try:
            chart_src = _data_uri(render_chart(data, names=names))
        except ImportError:
            chart_src = None
    return _render_html(data, names, chart_src)


def write_report(data: ReportData, folder: str | Path,
                 names: dict[str, str] = CATEGORY_NAMES) -> tuple[Path, Path | None, Path]:
    """``report-YYYY-MM-DD.html``, ``.png`` and ``.txt`` in ``folder``
    (created); the PNG path is None without matplotlib."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"report-{data.week.isoformat()}"
    html_path, png_path, txt_path = (stem.with_suffix(s) for s in (".html", ".png", ".txt"))
    try:
        png = render_chart(data, png_path, names)
    except ImportError:
        png, png_path = None, None
    html_path.write_text(_render_html(data, names, png and _data_uri(png)), encoding="utf-8")
    txt_path.write_text(render_text(data, names), encoding="utf-8")
    return html_path, png_path, txt_path


def to_email(data: ReportData, sender: str, to: str | list[str], subject: str | None = None,
             names: dict[str, str] = CATEGORY_NAMES) -> EmailMessage:
    """The e-mail: text and HTML alternatives, the chart as a related part
    referenced by ``cid:`` (Gmail and Outlook do not show ``data:``
    images); hand it to ``smtplib.SMTP.send_message``."""
    msg = EmailMessage()
    msg["Subject"] = subject or render_subject(data)
    msg["From"] = sender
    msg["To"] = to if isinstance(to, str) else ", ".join(to)
    msg.set_content(render_text(data, names))
    try:
        png = render_chart(data, names=names)
    except ImportError:
        png = None
    cid = make_msgid("chart", domain="expetl.report")     # a fixed domain: no DNS look-up
    msg.add_alternative(_render_html(data, names, png and f"cid:{cid[1:-1]}"), subtype="html")
    if png:
        msg.get_payload()[1].add_related(png, "image", "png", cid=cid,
                                         filename=f"report-{data.week.isoformat()}.png")
    return msg
