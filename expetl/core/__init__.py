"""The pipeline, once: records, document kinds, warehouse dialects, sources,
watermark state and the steps.  The local runner (expetl.runner) and the
Airflow operators (expetl.airflow.operators) both drive these steps."""
from . import dialects, kinds, schema, sources, state, steps
from .records import (
    FileRecord,
    Incoming,
    KindLoad,
    Parsed,
    ParsedBatch,
    QuarantineEntry,
    RunResult,
    Staged,
    Target,
)

__all__ = [
    "FileRecord", "Incoming", "KindLoad", "Parsed", "ParsedBatch", "QuarantineEntry", "RunResult", "Staged",
    "Target", "dialects", "kinds", "schema", "sources", "state", "steps",
]
