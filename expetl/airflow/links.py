"""Extra links on the stage operators: where the objects a task staged are.

As it stages, the task keeps the folders it wrote to (``stage_links``); when
it ends, Airflow asks each link for its URL on the worker and stores it for
the UI's buttons.  An ``s3://`` stage links to the S3 console at the deepest
folder holding every key the task wrote (``raw/receipts/2025/03/``, say); a
``file://`` stage gives the folder's ``file://`` URL (copy it: browsers do not
open file links from a web page)."""
from __future__ import annotations

import os
from typing import Any
from urllib.parse import quote, urlsplit

from airflow.sdk import BaseOperatorLink


def folder_url(stage_url: str, keys: list[str]) -> str:
    """The folder holding every key (keys relative to the stage URL)."""
    if not keys:
        return ""
    common = os.path.commonprefix([k.rsplit("/", 1)[0] + "/" for k in keys])
    common = common[:common.rfind("/") + 1]
    u = urlsplit(stage_url)
    if u.scheme == "s3":
        prefix = (u.path.strip("/") + "/" if u.path.strip("/") else "") + common
        return f"https://s3.console.aws.amazon.com/s3/buckets/{u.netloc}?prefix={quote(prefix)}"
    return stage_url.rstrip("/") + "/" + common


def stage_links(stage_url: str, processed_stage_url: str | None, keys: list[str]) -> dict[str, str]:
    """The raw and processed folders of ``keys`` (processed/… may live apart)."""
    return {"raw": folder_url(stage_url, [k for k in keys if not k.startswith("processed/")]),
            "processed": folder_url(processed_stage_url or stage_url,
                                    [k for k in keys if k.startswith("processed/")])}


class _StageLink(BaseOperatorLink):
    layer = ""

    def get_link(self, operator: Any, *, ti_key: Any) -> str:
        return (getattr(operator, "stage_links", None) or {}).get(self.layer, "")


class RawObjectsLink(_StageLink):
    name = "Raw objects staged"
    layer = "raw"


class ProcessedObjectsLink(_StageLink):
    name = "Processed objects staged"
    layer = "processed"
