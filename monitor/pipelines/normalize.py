"""Normalise text fields: mojibake, entities, whitespace; compute the content hash."""

from __future__ import annotations

import hashlib
import html
from typing import TYPE_CHECKING

import ftfy

from monitor.items import ArticleItem

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


def clean_text(text: str | None) -> str:
    """Fix mojibake and entities (keeping Polish „quotes”) and fold whitespace."""
    if not text:
        return ""
    text = ftfy.fix_text(html.unescape(text), uncurl_quotes=False)
    return " ".join(text.split())


def content_hash(title: str, body: str) -> str:
    """Fingerprint of the visible text, case and whitespace insensitive."""
    return hashlib.sha1(f"{title.lower()}\n{' '.join(body.lower().split())}".encode("utf-8")).hexdigest()


class NormalizePipeline:
    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "NormalizePipeline":
        return cls()

    def process_item(self, item: ArticleItem) -> ArticleItem:
        item.title = clean_text(item.title)
        item.summary = clean_text(item.summary)
        item.body = clean_text(item.body)
        item.content_hash = content_hash(item.title, item.body)
        return item
