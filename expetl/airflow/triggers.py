"""Triggers (run in Airflow's triggerer, off the workers)."""
from __future__ import annotations

import asyncio
from typing import Any, AsyncIterator

from airflow.triggers.base import BaseTrigger, TriggerEvent

from expetl.airflow.hooks import ExpetlAwsHook


class GlueCrawlerTrigger(BaseTrigger):
    """Polls a crawler until READY, or until ``timeout`` seconds passed."""

    def __init__(self, crawler_name: str, aws_conn_id: str | None, poll_interval: float, timeout: float):
        super().__init__()
        self.crawler_name, self.aws_conn_id = crawler_name, aws_conn_id
        self.poll_interval, self.timeout = poll_interval, timeout

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return ("expetl.airflow.triggers.GlueCrawlerTrigger",
                {"crawler_name": self.crawler_name, "aws_conn_id": self.aws_conn_id,
                 "poll_interval": self.poll_interval, "timeout": self.timeout})

    async def run(self) -> AsyncIterator[TriggerEvent]:
        crawler = await asyncio.to_thread(ExpetlAwsHook(self.aws_conn_id).glue_crawler, self.crawler_name)
        waited = 0.0
        while True:
            st = await asyncio.to_thread(crawler.state)  # the C client releases the GIL
            if st["state"] == "READY":
                yield TriggerEvent({"status": "ready", **st})
                return
            if waited >= self.timeout:
                yield TriggerEvent({"status": "timeout", **st})
                return
            await asyncio.sleep(self.poll_interval)
            waited += self.poll_interval
