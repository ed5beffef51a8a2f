"""Listing pages: which links are articles, which is the next page, which feeds are offered."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from monitor.extract.selectors import select
from monitor.urls import same_host

if TYPE_CHECKING:
    from monitor.config import Source

NEXT_TEXT = re.compile(
    r"^(następn[aey]|dalej|starsze( wpisy)?|next|older( posts| entries)?|load more|więcej|›|»|>|>>)\W*$",
    re.IGNORECASE,
)
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "#")


def _links(sel: Selector, base_url: str) -> list[tuple[str, str]]:
    out = []
    for a in sel.xpath("//a[@href]"):
        href = a.attrib["href"].strip()
        if not href or href.startswith(SKIP_SCHEMES):
            continue
        text = " ".join(" ".join(a.xpath(".//text()").getall()).split())
        out.append((urljoin(base_url, href), text))
    return out


def allowed(url: str, source: "Source") -> bool:
    """The source's include/exclude URL regexes and host."""
    if not same_host(url, source.host):
        return False
    if source.include and not any(re.search(p, url) for p in source.include):
        return False
    return not any(re.search(p, url) for p in source.exclude)


def article_links(html: str, url: str, source: "Source") -> list[str]:
    """Links to articles on a listing page (override selector, else heuristics)."""
    sel = Selector(text=html)
    if source.article_links:
        nodes = select(sel, source.article_links)
        hrefs = [n.attrib.get("href") if not isinstance(n.root, str) else n.root for n in nodes]
        found = [urljoin(url, h.strip()) for h in hrefs if h]
    else:
        found = [u for u, text in _links(sel, url) if len(text.split()) >= 4]
    listing_path = urlsplit(url).path
    return [u for u in dict.fromkeys(found) if allowed(u, source) and urlsplit(u).path != listing_path]


def next_page(html: str, url: str, source: "Source") -> str | None:
    """The next listing page, if any."""
    sel = Selector(text=html)
    if source.next_page:
        nodes = select(sel, source.next_page)
        for n in nodes:
            href = n.attrib.get("href") if not isinstance(n.root, str) else n.root
            if href:
                return urljoin(url, href.strip())
        return None
    rel = sel.xpath("//link[@rel='next']/@href | //a[@rel='next']/@href").get()
    if rel:
        return urljoin(url, rel.strip())
    for link, text in _links(sel, url):
        if NEXT_TEXT.match(text) and same_host(link, source.host):
            return link
    return None


def feed_links(html: str, url: str) -> list[str]:
    """RSS/Atom feeds announced with <link rel="alternate">."""
    sel = Selector(text=html)
    hrefs = sel.xpath(
        "//link[@rel='alternate'][contains(@type,'rss') or contains(@type,'atom')]/@href"
    ).getall()
    return [urljoin(url, h.strip()) for h in hrefs if h.strip()]
