"""Detect the language of each item from its text (the page chrome can lie), and of its title.

The source's `language` hint and the page's <html lang> are only priors for very short texts;
the title's own language is kept in `title_language` so the translator is told the right source
language for each field (and an English headline over a Polish body is never sent).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.items import ArticleItem
from monitor.language import item_languages

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
        item.language, item.title_language = item_languages(item.title, item.body, hint=hint)
        self.crawler.stats.inc_value(f"monitor/language/{item.language}")
        if item.title_language != item.language:
            self.crawler.stats.inc_value("monitor/language/title_differs")
        return item
