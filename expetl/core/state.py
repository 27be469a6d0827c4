"""Where a source's position is kept between runs (the Gmail watermark),
in one place.  The position moves only after every load of a run has
committed: a failed run reads the same input again.

A store is anything with ``load() -> dict`` and ``save(dict)``: a JSON file
beside the token for the CLI (here), an Airflow Variable for the DAGs
(expetl.airflow)."""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol


class WatermarkStore(Protocol):
    def load(self) -> dict[str, Any]: ...
    def save(self, state: dict[str, Any]) -> None: ...


class FileWatermark:
    """A JSON file, replaced atomically."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)

    def load(self) -> dict[str, Any]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def save(self, state: dict[str, Any]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(state))
        os.replace(tmp, self.path)


def since_state(iso: str) -> dict[str, Any]:
    """A watermark at an ISO date or time (UTC when it has no zone): a
    backfill starts there."""
    d = datetime.fromisoformat(iso)
    return {"internal_date_ms": int((d if d.tzinfo else d.replace(tzinfo=timezone.utc)).timestamp() * 1000)}
