"""The stage: ``file:///path`` or ``s3://bucket/prefix`` (csrc/stage.c,
csrc/stage_s3.c).  AWS settings not given come from the usual environment
variables, so the same code runs on a laptop, in a container and on MWAA."""
from __future__ import annotations

import os
from typing import Any, Iterable

from . import _native


def _env(*names: str) -> str | None:
    for n in names:
        v = os.environ.get(n)
        if v:
            return v
    return None


def aws_from_env(aws: dict[str, Any], service: str) -> dict[str, Any]:
    """Fill the AWS settings not given from the environment, as botocore
    does: region, ``AWS_ENDPOINT_URL_<SERVICE>`` or ``AWS_ENDPOINT_URL``, and
    the keys (only when no access key was given, so explicit credentials
    are never mixed with ambient ones)."""
    aws.setdefault("region", _env("AWS_REGION", "AWS_DEFAULT_REGION"))
    aws.setdefault("endpoint_url", _env(f"AWS_ENDPOINT_URL_{service.upper()}", "AWS_ENDPOINT_URL"))
    if "access_key" not in aws:
        aws["access_key"] = _env("AWS_ACCESS_KEY_ID")
        aws.setdefault("secret_key", _env("AWS_SECRET_ACCESS_KEY"))
        aws.setdefault("session_token", _env("AWS_SESSION_TOKEN"))
    return aws


class Stage:
    """Put, get, head, list and delete objects under one stage URL.

    ``Stage("s3://bucket/prefix", region=..., endpoint_url=..., access_key=...,
    secret_key=..., session_token=..., addressing="auto"|"path"|"virtual")``;
    missing AWS values are read from ``AWS_REGION``/``AWS_DEFAULT_REGION``,
    ``AWS_ENDPOINT_URL_S3``/``AWS_ENDPOINT_URL``, ``AWS_ACCESS_KEY_ID``,
    ``AWS_SECRET_ACCESS_KEY`` and ``AWS_SESSION_TOKEN``.  The I/O runs in C
    with the GIL released; errors raise ``StageError`` with ``.code`` (the S3
    error code) and ``.status``."""

    def __init__(self, url: str, **aws: Any):
        if url.startswith("s3://"):
            aws_from_env(aws, "s3")
        elif not url.startswith("file://"):
            # a plain folder is the file backend
            url = "file://" + os.path.abspath(url)
        self._s = _native.Stage(url, **{k: v for k, v in aws.items() if v is not None})

    url = property(lambda self: self._s.url)
    scheme = property(lambda self: self._s.scheme)

    def put(self, key: str, data: bytes, content_type: str | None = None) -> None:
        self._s.put(key, data, content_type)

    def get(self, key: str) -> bytes:
        return self._s.get(key)

    def head(self, key: str) -> dict[str, Any] | None:
        return self._s.head(key)

    def exists(self, key: str) -> bool:
        return self._s.head(key) is not None

    def list(self, prefix: str = "") -> list[dict[str, Any]]:
        return self._s.list(prefix)

    def delete(self, key: str) -> None:
        self._s.delete(key)

    def delete_many(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        if keys:
            self._s.delete_many(keys)

    def sync(self) -> None:
        """Make every write so far durable.  file:// writes are atomic at
        once (temp file + rename) and flushed together here, one syncfs per
        batch instead of one fsync per file; S3 writes are durable already."""
        self._s.sync()

    def url_of(self, key: str) -> str:
        return self._s.url_of(key)

    def __repr__(self) -> str:
        return f"<expetl.Stage {self.url!r}>"
