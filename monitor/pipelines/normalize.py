"""Normalise text fields: mojibake, entities, whitespace; compute the content hash."""

from __future__ import annotations

import hashlib
import html
from typing import TYPE_CHECKING

import ftfy

from monitor.items import ArticleItem

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


def _clean_once(text: str) -> str:
    text = ftfy.fix_text(html.unescape(" ".join(text.split())), uncurl_quotes=False)
    return " ".join(text.split())


def clean_text(text: str | None) -> str:
    """Fix mojibake and entities (keeping Polish „quotes”), drop control characters, fold whitespace.

    Idempotent (cleaning clean text changes nothing): a fix can reveal another (a double-escaped
    entity, mojibake hidden by a line break), so fixes run until the text stops changing.
    """
    if not text:
        return ""
    # Folded first: a pass starts by folding whitespace anyway, and a text whose only fix was its
    # whitespace then stops after one ftfy pass instead of two (same result, half the work).
    text = " ".join(text.split())
    for _ in range(4):
        cleaned = _clean_once(text)
        if cleaned == text:
            break
        text = cleaned
    return text


MAX_TITLE = 300     # characters; a longer "title" is a broken page or an attack, not a headline


def cap_title(title: str, limit: int = MAX_TITLE) -> str:
    """A title cut at a word boundary under `limit` characters, with an ellipsis.

    >>> cap_title("word " * 100, 20)
    'word word word…'
    >>> cap_title("Short title")
    'Short title'
    """
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


def content_hash(title: str, body: str) -> str:
    """Fingerprint of the visible text, case and whitespace insensitive."""
    return hashlib.sha1(f"{title.lower()}\n{' '.join(body.lower().split())}".encode("utf-8")).hexdigest()


class NormalizePipeline:
    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "NormalizePipeline":
        return cls()

    def process_item(self, item: ArticleItem) -> ArticleItem:
        title = clean_text(item.title)
        item.title = cap_title(title)
        item.summary = clean_text(item.summary)
        item.body = clean_text(item.body)
        if item.title != title and not item.body.startswith(title):
            item.body = f"{title}\n\n{item.body}"     # the full text is kept
        item.content_hash = content_hash(item.title, item.body)
        return item
