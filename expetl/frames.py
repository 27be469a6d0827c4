"""pandas views for notebooks (pandas is an optional extra).

``to_frame(receipts)``: one row per receipt line, of every kind that makes
up the total (``kind``: item, discount, tax, and vat where prices are net),
so ``df.groupby("sha256").amount.sum()`` is what was paid.  Money and
quantities are float64 for arithmetic and plots; ``amount_exact`` keeps the
exact ``decimal.Decimal`` (``df.amount_exact.sum()`` is exact to the cent).
``issued_at`` is datetime64 (an invoice's date is midnight), ``file`` the
path the receipt was read from."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

AR = timezone(timedelta(hours=-3))  # Argentina: UTC-03:00, no daylight saving


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "expetl.to_frame needs pandas, an optional extra: pip install 'expetl[pandas]'"
        ) from None
    return pandas


ITEM_COLUMNS = [
    "file", "sha256", "doc_type", "merchant_name", "merchant_cuit", "pos", "number", "issued_at",
    "currency", "total", "kind", "line", "department", "description", "ean", "quantity", "unit",
    "unit_price", "vat_rate", "amount",
]
_RECEIPT_FLOATS = ("total", "quantity", "unit_price", "vat_rate", "amount")
_REPORT_FLOATS = ("gross_amount", "fee_amount", "net_amount")


def _receipts(receipts: Any) -> list[Any]:
    from .receipts import Receipt

    rs = [receipts] if isinstance(receipts, Receipt) else list(receipts)
    for i, r in enumerate(rs):
        if not isinstance(r, Receipt):
            raise TypeError(f"item {i} is {type(r).__name__}"
                            + (f" ({r})" if isinstance(r, Exception) else "")
                            + ", not a Receipt; keep the receipts: [r for r in rs if isinstance(r, expetl.Receipt)]")
    return rs


def receipt_item_rows(receipts: Iterable[Any]) -> list[dict[str, Any]]:
    """Every line that makes up each receipt's total as a flat row (the
    receipt's fields repeated), values as the contract gives them:
    items, then discounts, taxes, and VAT when line amounts are net."""
    out = []
    for r in _receipts(receipts):
        d = r._d
        head = {
            "file": r.source, "sha256": r.sha256, "doc_type": d["doc_type"],
            "merchant_name": d["merchant"]["name"], "merchant_cuit": d["merchant"]["cuit"],
            "pos": d["pos"], "number": d["number"], "issued_at": d["issued_at"],
            "currency": d["currency"], "total": d["total"],
        }
        for it in d["items"]:
            out.append({**head, "kind": "item", **it})
        others = [("discount", d["discounts"]), ("tax", d.get("taxes") or [])]
        if d.get("prices_include_vat") is False:  # net line amounts: the VAT lines complete the total
            others.append(("vat", [{"description": f"IVA {v['rate']}%", "amount": v["amount"]} for v in d["vat"]]))
        for kind, lines in others:
            for n, x in enumerate(lines, 1):
                out.append({**head, "kind": kind, "line": n, "description": x["description"],
                            "amount": x["amount"]})
    return out


def _floats(values: Iterable[Any]) -> list[float]:
    return [float(v) if v is not None else float("nan") for v in values]


def to_frame(receipts: Any):
    """A DataFrame with one row per receipt line (items, discounts, taxes):
    see the module's doc for the columns and their types."""
    pd = _pandas()
    rows = receipt_item_rows(receipts)
    df = pd.DataFrame(rows, columns=ITEM_COLUMNS)
    df["amount_exact"] = pd.Series([r["amount"] for r in rows], dtype=object)
    for c in _RECEIPT_FLOATS:
        df[c] = pd.Series(_floats(df[c]), dtype="float64")
    for c in ("pos", "number", "line"):
        df[c] = df[c].astype("Int64")
    # tickets carry a time, invoices a date only: both as datetime64
    df["issued_at"] = pd.to_datetime(pd.Series(
        [datetime.fromisoformat(v) if v else None for v in df["issued_at"]], dtype=object))
    return df


def report_to_frame(report: Any):
    """A DataFrame with one row per report row: ``line`` (physical, header
    = 1), ``date`` as datetime64 in Argentina time (UTC-03:00), money as
    float64 plus ``net_amount_exact`` (Decimal), ``extra`` columns
    flattened as ``extra.NAME``, ``file`` the path it was read from."""
    pd = _pandas()
    rows = []
    for line, row in zip(report.lines, report):
        flat = {"file": report.source, "line": line}
        flat.update((k, v) for k, v in row.items() if k != "extra")
        flat.update({f"extra.{k}": v for k, v in row["extra"].items()})
        rows.append(flat)
    df = pd.DataFrame(rows)
    if not rows:
        return df
    df["net_amount_exact"] = pd.Series([r["net_amount"] for r in rows], dtype=object)
    for c in _REPORT_FLOATS:
        df[c] = pd.Series(_floats(df[c]), dtype="float64")
    # dates carry their own offset (MP prints -04:00 or -03:00): one zone for the column
    df["date"] = pd.to_datetime(df["date"], utc=True, format="ISO8601").dt.tz_convert(AR)
    return df

