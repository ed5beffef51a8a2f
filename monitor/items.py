"""The item that flows through the pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ArticleItem:
    """One news article as extracted from its page, enriched by the pipelines."""

    url: str                                  # canonical URL (after redirects)
    source: str                               # [[sources]] name
    title: str = ""
    body: str = ""
    summary: str = ""
    published: str | None = None              # YYYY-MM-DD
    aliases: list[str] = field(default_factory=list)   # other URLs the page was reached by
    language_hint: str | None = None          # the source's `language`
    page_language: str | None = None          # <html lang> / og:locale, a weak prior
    language: str | None = None               # set by LanguagePipeline
    title_language: str | None = None
    title_en: str | None = None
    summary_en: str | None = None
    body_en: str | None = None
    translation_status: str = "pending"       # done | pending | not_needed
    translator: str | None = None
    content_hash: str | None = None
    simhash: str | None = None
    is_award: bool = False
    award_level: str = ""
    award_name: str | None = None
    award_body: str | None = None
    award_recipient: str | None = None
    award_evidence: Any = None
    award_score: float | None = None
    topics: list[str] = field(default_factory=list)
    alternates: dict[str, str] = field(default_factory=dict)  # hreflang -> URL of translations
    translations: list[str] = field(default_factory=list)     # language-switcher links to this article's translations

    STORED_FIELDS = (
        "url", "source", "language", "title", "title_en", "summary", "summary_en", "body", "body_en",
        "published", "content_hash", "simhash", "is_award", "award_level", "award_name", "award_body",
        "award_recipient", "award_evidence", "award_score", "topics", "translation_status", "translator",
    )

    def stored_fields(self) -> dict[str, Any]:
        """The columns of the items table this item fills."""
        return {k: getattr(self, k) for k in self.STORED_FIELDS}
