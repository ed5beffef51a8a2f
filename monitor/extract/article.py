"""Article pages: title, publication date, main text and summary, without selectors.

trafilatura finds the main text and metadata; the title and date get our own checks on top,
because cluster sites often put the site name in <h1> and comments carry later dates.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from parsel import Selector

from monitor.extract.dates import parse_date
from monitor.extract.selectors import select_text

if TYPE_CHECKING:
    from monitor.config import Source

logger = logging.getLogger(__name__)

TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:»·•]\s+")
MIN_BODY_WORDS = 40


@dataclass
class ExtractedArticle:
    """What an article page yields."""

    title: str = ""
    published: str | None = None
    body: str = ""
    summary: str = ""
    page_language: str | None = None
    canonical: str | None = None
    alternates: dict[str, str] = field(default_factory=dict)

    @property
    def is_article(self) -> bool:
        return bool(self.title) and len(self.body.split()) >= MIN_BODY_WORDS


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _meta(sel: Selector, *names: str) -> str:
    for name in names:
        value = sel.xpath(f"//meta[@property='{name}' or @name='{name}']/@content").get()
        if value and value.strip():
            return _norm(value)
    return ""


def _json_ld(sel: Selector) -> list[dict]:
    out: list[dict] = []
    for raw in sel.xpath("//script[@type='application/ld+json']/text()").getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                out.append(node)
                stack.extend(v for v in node.get("@graph", []) if isinstance(v, dict))
    return out


def _strip_site_name(title: str, site_names: set[str]) -> str:
    """'Title - Site name' -> 'Title' when the tail is a known site name."""
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        for i in (len(parts) - 1, 0):
            if _norm(parts[i]).lower() in site_names:
                kept = parts[:i] if i else parts[1:]
                return _norm(" - ".join(kept))
    return title


def find_title(sel: Selector) -> str:
    """The article title: the heading that <title>/og:title agree with, not the site name."""
    doc_title = _norm(sel.xpath("//title//text()").get())
    og_title = _meta(sel, "og:title", "twitter:title")
    site_names = {s.lower() for s in (_meta(sel, "og:site_name"), ) if s}
    headings = [_norm(" ".join(h.xpath(".//text()").getall())) for h in sel.xpath("//h1|//h2|//h3")]
    headings = [h for h in headings if h]
    for h in headings:
        if h and (h == og_title or (doc_title and doc_title.startswith(h) and len(h) >= 0.3 * len(doc_title))):
            return h
    # The <title> minus a site-name suffix that other pages repeat in their <h1>.
    if headings and doc_title:
        site_names.add(headings[0].lower())
    for candidate in (og_title, doc_title):
        if candidate:
            stripped = _strip_site_name(candidate, site_names)
            if stripped:
                return stripped
    return headings[0] if headings else ""


def find_date(sel: Selector, html: str, url: str, languages: list[str]) -> str | None:
    """Publication date from meta tags, JSON-LD, <time> or the text near the title."""
    for node in _json_ld(sel):
        value = node.get("datePublished") or node.get("dateCreated")
        if isinstance(value, str) and (d := parse_date(value)):
            return d
    meta = _meta(sel, "article:published_time", "og:published_time", "datePublished", "pubdate", "date", "dc.date")
    if meta and (d := parse_date(meta)):
        return d
    times = sel.xpath("//time/@datetime").getall()
    if times and (d := parse_date(times[0])):
        return d
    try:
        from htmldate import find_date as htmldate_find

        found = htmldate_find(html, url=url, original_date=True, extensive_search=False)
        if found:
            return found
    except Exception:  # htmldate is a best-effort fallback
        logger.debug("htmldate failed on %s", url, exc_info=True)
    return None


def extract_article(html: str, url: str, source: "Source | None" = None) -> ExtractedArticle:
    """Extract an article; selector overrides of the source win over the heuristics."""
    sel = Selector(text=html)
    languages = [source.language] if source and source.language else ["pl", "en"]
    art = ExtractedArticle()
    art.page_language = (sel.xpath("/html/@lang").get() or _meta(sel, "og:locale") or "")[:2].lower() or None
    canonical = sel.xpath("//link[@rel='canonical']/@href").get()
    art.canonical = urljoin(url, canonical.strip()) if canonical else None
    for link in sel.xpath("//link[@rel='alternate'][@hreflang]"):
        lang, href = link.attrib.get("hreflang", ""), link.attrib.get("href", "")
        if lang and href:
            art.alternates[lang[:2].lower()] = urljoin(url, href)

    import trafilatura

    doc = None
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_precision=True)
    except Exception:
        logger.warning("trafilatura failed on %s", url, exc_info=True)

    art.title = select_text(sel, source.title) if source and source.title else find_title(sel)
    if source and source.date:
        art.published = parse_date(select_text(sel, source.date), languages)
    if not art.published:
        art.published = find_date(sel, html, url, languages)
    if source and source.body:
        art.body = select_text(sel, source.body)
    elif doc is not None:
        art.body = _norm(getattr(doc, "text", "") or "")
    art.summary = _summary(sel, art.body)
    return art


def _summary(sel: Selector, body: str) -> str:
    """The description meta tag, else the first sentences of the body (about 300 characters)."""
    desc = _meta(sel, "description", "og:description")
    if desc and len(desc) >= 60:
        return desc
    if not body:
        return desc
    cut = body[:400]
    end = max(cut.rfind(". ", 0, 350), cut.rfind("! ", 0, 350), cut.rfind("? ", 0, 350))
    return cut[: end + 1] if end > 80 else cut[:300].rsplit(" ", 1)[0] + "…"
