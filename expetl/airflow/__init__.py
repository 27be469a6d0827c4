"""expetl as an Apache Airflow 3 provider: connection types and hooks (this
sub-package is imported by Airflow only; ``import expetl`` never needs it).

Airflow finds it through the ``apache_airflow_provider`` entry point."""
from __future__ import annotations

from typing import Any


def get_provider_info() -> dict[str, Any]:
    from expetl import __version__

    return {
        "package-name": "expetl",
        "name": "expetl",
        "description": "Weekly-expenses ETL for Argentina: receipt PDFs from Gmail and Mercado Pago reports "
                       "into one warehouse table, with a C core.",
        "versions": [__version__],
        "connection-types": [
            {"connection-type": "gmail", "hook-class-name": "expetl.airflow.hooks.GmailHook"},
            {"connection-type": "mercadopago", "hook-class-name": "expetl.airflow.hooks.MercadoPagoHook"},
        ],
        "extra-links": ["expetl.airflow.links.RawObjectsLink", "expetl.airflow.links.ProcessedObjectsLink"],
    }
