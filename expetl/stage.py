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


PROCESSED = "processed/"


class Stage:
    """Put, get, head, list and delete objects under a stage URL.

    ``Stage("s3://bucket/prefix", region=..., endpoint_url=..., access_key=...,
    secret_key=..., session_token=..., addressing="auto"|"path"|"virtual")``;
    missing AWS values are read from ``AWS_REGION``/``AWS_DEFAULT_REGION``,
    ``AWS_ENDPOINT_URL_S3``/``AWS_ENDPOINT_URL``, ``AWS_ACCESS_KEY_ID``,
    ``AWS_SECRET_ACCESS_KEY`` and ``AWS_SESSION_TOKEN``.  The I/O runs in C
    with the GIL released; errors raise ``StageError`` with ``.code`` (the S3
    error code) and ``.status``.

    Keys name their layer (``raw/…``, ``processed/…``).  With
    ``processed_url`` the processed layer lives under that URL instead (a
    bucket of its own, with its own retention and readers); keys keep their
    names, so callers never see the split."""

    def __init__(self, url: str, processed_url: str | None = None, **aws: Any):
        self._s = self._open(url, aws)
        self._p = self._open(processed_url, aws) if processed_url and processed_url != url else self._s

    @staticmethod
    def _open(url: str, aws: dict[str, Any]):
        if url.startswith("s3://"):
            aws = aws_from_env(dict(aws), "s3")
        elif not url.startswith("file://"):
            # a plain folder is the file backend
            url = "file://" + os.path.abspath(url)
        return _native.Stage(url, **{k: v for k, v in aws.items() if v is not None})

    def _at(self, key: str):
        return self._p if key.startswith(PROCESSED) else self._s

    url = property(lambda self: self._s.url)
    scheme = property(lambda self: self._s.scheme)
    processed_url = property(lambda self: self._p.url)
    processed_scheme = property(lambda self: self._p.scheme)

    def put(self, key: str, data: bytes, content_type: str | None = None) -> None:
        self._at(key).put(key, data, content_type)

    def get(self, key: str) -> bytes:
        return self._at(key).get(key)

    def head(self, key: str) -> dict[str, Any] | None:
        return self._at(key).head(key)

    def exists(self, key: str) -> bool:
        return self.head(key) is not None

    def list(self, prefix: str = "") -> list[dict[str, Any]]:
        if self._p is self._s or prefix.startswith(PROCESSED):
            return self._at(prefix).list(prefix)
        out = [o for o in self._s.list(prefix) if not o["key"].startswith(PROCESSED)]
        if PROCESSED.startswith(prefix):  # the prefix also covers the processed layer
            out += self._p.list(PROCESSED)
        return sorted(out, key=lambda o: o["key"])

    def delete(self, key: str) -> None:
        self._at(key).delete(key)

    def delete_many(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        for st in {id(s): s for s in (self._s, self._p)}.values():
            mine = [k for k in keys if self._at(k) is st]
            if mine:
                st.delete_many(mine)

    def sync(self) -> None:
        """Make every write so far durable.  file:// writes are atomic at
        once (temp file + rename) and flushed together here, one syncfs per
        batch instead of one fsync per file; S3 writes are durable already."""
        self._s.sync()
        if self._p is not self._s:
            self._p.sync()

    def url_of(self, key: str) -> str:
        return self._at(key).url_of(key)

    def __repr__(self) -> str:
        split = f" processed={self.processed_url!r}" if self._p is not self._s else ""
        return f"<expetl.Stage {self.url!r}{split}>"
