"""Translate title and summary (and body when asked) of non-English items, off the reactor.

Cache reads and writes stay on the reactor thread (SQLite); only the HTTP call runs in a thread.
A failed translation leaves the item pending for `monitor translate`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.utils.asyncio import run_in_thread

from monitor.items import ArticleItem
from monitor.pipelines import store_for
from monitor.translation import TranslationError, make_translator

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class TranslatePipeline:
    def __init__(self, crawler: "Crawler"):
        s = crawler.settings
        self.crawler = crawler
        self.target = s.get("MONITOR_TARGET_LANGUAGE", "en")
        self.translate_body = s.getbool("MONITOR_TRANSLATE_BODY")
        self.translator = make_translator(
            s.get("MONITOR_TRANSLATOR", "google"),
            s.get("MONITOR_TRANSLATOR_URL"),
            s.get("MONITOR_TRANSLATOR_KEY"),
            s.getfloat("MONITOR_TRANSLATOR_TIMEOUT", 15.0),
        )

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "TranslatePipeline":
        return cls(crawler)

    async def process_item(self, item: ArticleItem) -> ArticleItem:
        if item.language == self.target:
            item.title_en, item.summary_en = item.title, item.summary
            item.translation_status = "not_needed"
            return item
        if self.translator is None:
            item.translation_status = "pending"
            return item
        try:
            item.title_en = await self._translate(item.title, item.language)
            item.summary_en = await self._translate(item.summary, item.language) if item.summary else ""
            if self.translate_body and item.body:
                item.body_en = await self._translate(item.body, item.language)
        except TranslationError as exc:
            self.crawler.stats.inc_value("monitor/translate/failed")
            logger.warning("translation of %s failed, left pending: %s", item.url, exc)
            item.title_en = item.summary_en = item.body_en = None
            item.translation_status = "pending"
            return item
        item.translation_status = "done"
        item.translator = self.translator.provider
        return item

    async def _translate(self, text: str, source: str | None) -> str:
        store = store_for(self.crawler)
        provider = self.translator.provider
        cached = store.cached_translation(provider, source or "auto", self.target, text)
        if cached is not None:
            self.crawler.stats.inc_value("monitor/translate/cached")
            return cached
        result = await run_in_thread(self.translator.translate, text, source or "auto", self.target)
        store.cache_translation(provider, source or "auto", self.target, text, result)
        self.crawler.stats.inc_value("monitor/translate/requested")
        return result
