"""Progress lines while a crawl runs: pages fetched and items stored per source."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler


class ProgressExtension:
    """Every MONITOR_PROGRESS_INTERVAL seconds, print `[source] N pages, M new items` to stderr."""

    def __init__(self, crawler: "Crawler", interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "ProgressExtension":
        interval = crawler.settings.getfloat("MONITOR_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured("MONITOR_PROGRESS_INTERVAL is 0")
        ext = cls(crawler, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: "Spider") -> None:
        self.loop = task.LoopingCall(self.report, spider)
        self.loop.start(self.interval, now=False)

    def report(self, spider: "Spider") -> None:
        stats = self.crawler.stats
        print(f"[{spider.name}] {stats.get_value('response_received_count', 0)} pages, "
              f"{stats.get_value('monitor/items/new', 0)} new items so far", file=sys.stderr, flush=True)

    def spider_closed(self, spider: "Spider") -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
