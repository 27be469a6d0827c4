"""The household ledger's rules: categories of ticket lines and Mercado Pago
rows, brands of issuers and stores, and the classification of Mercado Pago
movements.

The knowledge lives in ``expetl/data/ledger_rules.json`` (shipped with the
package) and the matching in C (``csrc/categorize.c``, ``csrc/mpclass.c``)::

    from expetl import rules
    r = rules.default()                      # loaded once, immutable, thread-safe
    r.item("Almacen", "ÑOQUIS DE PAPA LA SALTEÑA 500G")   # 'panaderia'
    r.store("Farmacity Palermo")             # 'salud'
    r.brand_for_cuit("30687310434")          # 'Carrefour'
    r.brand_for_store("DIA Tienda 4478")     # 'Día'
    rules.mp_classify("release", True, "2025-09-02T19:09:46-03:00", "89273804304", "release", "payment",
                      None, "-25398.50", "0.00", "25398.50")   # ('spending', 6, '...')
    rules.taxonomy(), rules.pseudo_categories(), rules.brands_by_cuit()   # for the report
"""
from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from ._native import Rules, mp_classify

__all__ = ["Rules", "mp_classify", "default", "data", "taxonomy", "pseudo_categories", "category_names",
           "brands_by_cuit", "brand_names", "load"]

DATA = "ledger_rules.json"


def _text() -> str:
    return resources.files("expetl").joinpath("data", DATA).read_text(encoding="utf-8")


def load(text: str | bytes) -> Rules:
    """Rules from a JSON text of the same format (ValueError says what is wrong)."""
    return Rules(text)


@functools.cache
def _loaded() -> tuple[Rules, dict[str, Any]]:
    text = _text()
    return Rules(text), json.loads(text)


def default() -> Rules:
    """The rules shipped with the package, loaded once per process."""
    return _loaded()[0]


def data() -> dict[str, Any]:
    """The shipped data file, parsed (a fresh copy: callers may not change the shared one)."""
    return json.loads(json.dumps(_loaded()[1]))


def taxonomy() -> list[dict[str, str]]:
    """The categories in report order: [{'id': 'almacen', 'name': 'Almacén'}, ...]."""
    return [dict(c) for c in _loaded()[1]["taxonomy"]]


def pseudo_categories() -> list[dict[str, str]]:
    """The report's negative pseudo-categories: descuentos, reintegros."""
    return [dict(c) for c in _loaded()[1]["pseudo"]]


def category_names() -> dict[str, str]:
    """id → Spanish name, pseudo-categories included."""
    return {c["id"]: c["name"] for c in taxonomy() + pseudo_categories()}


def brands_by_cuit() -> dict[str, str]:
    """Issuer CUIT → brand, as the data knows them."""
    return {k: v for k, v in _loaded()[1]["brands"]["by_cuit"].items() if not k.startswith("_")}


def brand_names() -> dict[str, str]:
    """The brands of rows that are not a store: marketplace, tax, other."""
    b = _loaded()[1]["brands"]
    return {"marketplace": b["marketplace"], "tax": b["tax"], "other": b["other"]}
