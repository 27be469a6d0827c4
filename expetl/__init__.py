"""expetl: supermarket receipts and Mercado Pago reports into one expenses table.

The notebook API::

    import expetl
    r = expetl.parse_receipt("ticket.pdf")     # or bytes
    r.total, r.items[0]["description"], r.to_dict()
    expetl.parse_receipts(paths, workers=4)     # threads; the C core releases the GIL
    expetl.parse_mp_report(open("settlement.csv", "rb").read())
    expetl.to_frame(receipts)                   # pandas, items as rows
    expetl.Stage("s3://bucket/prefix").put(key, data)
    expetl.Warehouse("postgresql://…").weekly_expenses()
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
    StageError,
    UnsupportedLayout,
    WarehouseError,
)
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
    "schema_sql",
    "to_frame",
]
