"""Incremental crawling: article pages already stored are not downloaded again."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from monitor.urls import canonical_url
from storage import Store

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class KnownArticlesMiddleware:
    """Drops requests for article pages whose URL (or an alias of it) is stored.

    Listing pages and feeds are always fetched; `MONITOR_REFRESH = True` (`crawl --refresh`)
    downloads stored articles again.
    """

    def __init__(self, crawler: "Crawler", db_path: str):
        self.crawler = crawler
        self.db_path = db_path
        self.known: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "KnownArticlesMiddleware":
        if crawler.settings.getbool("MONITOR_REFRESH"):
            raise NotConfigured("MONITOR_REFRESH is on")
        mw = cls(crawler, crawler.settings.get("MONITOR_DB"))
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        return mw

    def spider_opened(self, spider: "Spider") -> None:
        store = Store.open(self.db_path)
        try:
            self.known = store.known_urls()
        finally:
            store.close()

    def remember(self, url: str) -> None:
        self.known.add(url)

    def process_request(self, request: "Request") -> None:
        if request.meta.get("monitor_article") and canonical_url(request.url) in self.known:
            self.crawler.stats.inc_value("monitor/known/skipped")
            raise IgnoreRequest(f"already stored: {request.url}")
        return None
