"""expetl: supermarket receipts and Mercado Pago reports into one expenses table.

The notebook API::

    import expetl
    r = expetl.parse_receipt("ticket.pdf")     # or bytes; r in a notebook shows a table
    r.total, r.items[0]["description"], r.to_dict()
    expetl.parse_receipts("tickets/")           # a folder, one path, or many; threads (the GIL is released)
    expetl.parse_mp_report("settlement.csv")    # a path, the CSV's text or bytes, a file object
    expetl.to_frame(receipts)                   # pandas: items, discounts and taxes as rows
    expetl.Stage("s3://bucket/prefix").put(key, data)
    expetl.Warehouse("postgresql://…").weekly_expenses()
    expetl.sample.household().write("data")     # a generated month to try it all on
"""
from ._native import (
    AuthError,
    DamagedPdf,
    EncryptedPdf,
    ExpetlError,
    LimitExceeded,
    ReceiptError,
    ReportError,
    SignatureError,
    StageAuthError,
    StageError,
    UnsupportedLayout,
    WarehouseError,
)
from . import sample
from .frames import report_to_frame, to_frame
from .receipts import Receipt, parse_receipt, parse_receipt_text, parse_receipts
from .reports import MpReport, parse_mp_report
from .glue import GlueCrawler
from .gmail import Gmail
from .mercadopago import MercadoPago
from .stage import Stage
from .warehouse import Warehouse, schema_sql
from .core.ledger import build as ledger

__version__ = "0.1.0"

__all__ = [
    "AuthError",
    "DamagedPdf",
    "EncryptedPdf",
    "ExpetlError",
    "Gmail",
    "GlueCrawler",
    "LimitExceeded",
    "MercadoPago",
    "MpReport",
    "ReceiptError",
    "Receipt",
    "ReportError",
    "SignatureError",
    "Stage",
    "StageAuthError",
    "StageError",
    "Warehouse",
    "WarehouseError",
    "UnsupportedLayout",
    "ledger",
    "parse_mp_report",
    "parse_receipt",
    "parse_receipt_text",
    "parse_receipts",
    "report_to_frame",
    "sample",
    "schema_sql",
    "to_frame",
]
