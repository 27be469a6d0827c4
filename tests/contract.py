"""Field-by-field comparison against the contract (shared/CONTRACT.md)."""
from decimal import Decimal

DECIMAL_KEYS = {"quantity", "unit_price", "vat_rate", "amount", "subtotal", "discount_total",
                "total", "rate", "gross_amount", "fee_amount", "net_amount"}

RECEIPT_KEYS = {"doc_type", "merchant", "pos", "number", "issued_at", "currency", "items",
                "discounts", "subtotal", "discount_total", "total", "vat", "taxes", "payments",
                "prices_include_vat", "cae", "qr", "warnings"}
ITEM_KEYS = {"line", "department", "description", "ean", "quantity", "unit", "unit_price",
             "vat_rate", "amount"}


def norm(v, key=None):
    """Decimals compare as decimals ("1" == "1.000"), warnings as a set."""
    if isinstance(v, dict):
        return {k: norm(x, k) for k, x in v.items()}
    if isinstance(v, list):
        if key == "warnings":
            return sorted(v)
        return [norm(x) for x in v]
    if key in DECIMAL_KEYS and v is not None and v != "?":  # "?": a field a set leaves open
        return Decimal(str(v))
    return v


def diff(got, want, path=""):
    """A list of human-readable differences (empty when equal)."""
    out = []
    if isinstance(want, dict) and isinstance(got, dict):
        for k in sorted(set(want) | set(got)):
            if k not in got:
                out.append(f"{path}.{k}: missing")
            elif k not in want:
                out.append(f"{path}.{k}: unexpected key")
            else:
                out += diff(got[k], want[k], f"{path}.{k}")
    elif isinstance(want, list) and isinstance(got, list):
        if len(got) != len(want):
            out.append(f"{path}: {len(got)} entries, want {len(want)}")
        for i, (g, w) in enumerate(zip(got, want)):
            out += diff(g, w, f"{path}[{i}]")
    elif got != want:
        out.append(f"{path}: got {got!r}, want {want!r}")
    return out
