"""Detect the language of each item from its text (the page chrome can lie)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.items import ArticleItem
from monitor.language import detect_language

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class LanguagePipeline:
    def __init__(self, crawler: "Crawler"):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "LanguagePipeline":
        return cls(crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        hint = item.language_hint or item.page_language
        item.language = detect_language(f"{item.title}. {item.body[:2000]}", hint=hint)
        item.title_language = detect_language(item.title, hint=item.language)
        self.crawler.stats.inc_value(f"monitor/language/{item.language}")
        return item
