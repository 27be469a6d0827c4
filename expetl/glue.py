"""AWS Glue crawlers (csrc/glue.c): start one, poll it until it is READY."""
from __future__ import annotations

import time
from typing import Any

from . import _native
from .stage import aws_from_env


class CrawlerTimeout(_native.ExpetlError):
    """The crawler did not finish within the wait."""


class GlueCrawler:
    """``GlueCrawler("expenses-receipts").refresh(timeout=900)`` starts the
    crawler (a crawl already running counts as started) and waits for it.
    AWS settings not given come from the environment, as for ``Stage``."""

    def __init__(self, name: str, **aws: Any):
        self.name = name
        aws_from_env(aws, "glue")
        self._g = _native.Glue(**{k: v for k, v in aws.items() if v is not None})

    def start(self) -> bool:
        """True when this call started a crawl, False when one was running."""
        return self._g.start_crawler(self.name)

    def state(self) -> dict[str, Any]:
        """state (READY, RUNNING, STOPPING) and the last crawl's status and error."""
        return self._g.get_crawler(self.name)

    def wait(self, timeout: float = 900.0, poll: float = 15.0) -> dict[str, Any]:
        """Poll until READY; returns the final state.  Raises CrawlerTimeout."""
        deadline = time.monotonic() + timeout
        while True:
            st = self.state()
            if st["state"] == "READY":
                return st
            if time.monotonic() + poll > deadline:
                raise CrawlerTimeout(f"crawler {self.name} still {st['state']} after {timeout:.0f} s")
            time.sleep(poll)

    def refresh(self, timeout: float = 900.0, poll: float = 15.0) -> dict[str, Any]:
        started = self.start()
        st = self.wait(timeout, poll)
        return {**st, "started": started}
