"""expetl as an Apache Airflow 3 provider: connection types and hooks,
operators, the Glue trigger, the notifier and the stage links (this
sub-package is imported by Airflow only; ``import expetl`` never needs it).

Airflow finds it through the ``apache_airflow_provider`` entry point;
``airflow providers hooks|links|triggers|notifications`` list what
``get_provider_info`` registers."""
from __future__ import annotations

from typing import Any

INTEGRATION = "expetl"


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
        "integrations": [{"integration-name": INTEGRATION, "tags": ["service"]}],
        "operators": [{"integration-name": INTEGRATION, "python-modules": ["expetl.airflow.operators"]}],
        "hooks": [{"integration-name": INTEGRATION, "python-modules": ["expetl.airflow.hooks"]}],
        "triggers": [{"integration-name": INTEGRATION, "python-modules": ["expetl.airflow.triggers"]}],
        "notifications": ["expetl.airflow.notify.ExpetlNotifier"],
    }
