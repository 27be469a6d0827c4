"""pandas views for notebooks (pandas is an optional extra)."""
from __future__ import annotations

from typing import Any, Iterable


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "expetl.to_frame needs pandas, an optional extra: pip install 'expetl[pandas]'"
        ) from None
    return pandas


ITEM_COLUMNS = [
    "sha256", "doc_type", "merchant_name", "merchant_cuit", "pos", "number", "issued_at",
    "currency", "total", "line", "department", "description", "ean", "quantity", "unit",
    "unit_price", "vat_rate", "amount",
]


def receipt_item_rows(receipts: Iterable[Any]) -> list[dict[str, Any]]:
    """Items as flat rows, the receipt's fields repeated on each."""
    out = []
    for r in receipts:
        d = r._d
        head = {
            "sha256": r.sha256, "doc_type": d["doc_type"],
            "merchant_name": d["merchant"]["name"], "merchant_cuit": d["merchant"]["cuit"],
            "pos": d["pos"], "number": d["number"], "issued_at": d["issued_at"],
            "currency": d["currency"], "total": d["total"],
        }
        for it in d["items"]:
            out.append({**head, **it})
    return out


def to_frame(receipts: Iterable[Any]):
    """A DataFrame with one row per item (receipt fields repeated)."""
    pd = _pandas()
    return pd.DataFrame(receipt_item_rows(receipts), columns=ITEM_COLUMNS)


def report_to_frame(report: Any):
    """A DataFrame with one row per report row; ``extra`` columns flattened."""
    pd = _pandas()
    rows = []
    for row in report:
        flat = {k: v for k, v in row.items() if k != "extra"}
        flat.update({f"extra.{k}": v for k, v in row["extra"].items()})
        rows.append(flat)
    return pd.DataFrame(rows)
