"""RSS 2.0 / Atom feeds and XML sitemaps (index, gzip, lastmod)."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from monitor.extract.dates import parse_date


@dataclass
class FeedEntry:
    """One feed entry or sitemap URL."""

    url: str
    title: str = ""
    published: str | None = None
    summary: str = ""


def _local(tag: object) -> str:
    return tag.split("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(node: etree._Element, *names: str) -> str:
    for child in node:
        if _local(child.tag) in names:
            return " ".join("".join(child.itertext()).split())
    return ""


def _parse_xml(body: bytes) -> etree._Element | None:
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except OSError:
            return None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(body.lstrip(), parser=parser)
    except etree.XMLSyntaxError:
        return None


def looks_like_feed(body: bytes) -> bool:
    head = body[:500].lstrip().lower()
    return head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed")


def parse_feed(body: bytes, url: str) -> list[FeedEntry]:
    """Entries of an RSS 2.0 or Atom feed; [] when the body is not a feed."""
    root = _parse_xml(body)
    if root is None:
        return []
    entries: list[FeedEntry] = []
    for node in root.iter():
        name = _local(node.tag)
        if name == "item":
            link = _child_text(node, "link") or _child_text(node, "guid")
            date = _child_text(node, "pubdate", "date")
            entries.append(FeedEntry(urljoin(url, link), _child_text(node, "title"),
                                     _feed_date(date), _child_text(node, "description")))
        elif name == "entry":
            link = ""
            for child in node:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
                    link = child.get("href", "")
                    break
            date = _child_text(node, "published", "issued", "updated")
            entries.append(FeedEntry(urljoin(url, link), _child_text(node, "title"),
                                     _feed_date(date), _child_text(node, "summary", "content")))
    return [e for e in entries if e.url.startswith("http")]


def _feed_date(value: str) -> str | None:
    if not value:
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return parse_date(value, ["en"])


def parse_sitemap(body: bytes, url: str) -> tuple[list[FeedEntry], list[str]]:
    """(page entries with lastmod, child sitemaps) of a sitemap or sitemap index."""
    root = _parse_xml(body)
    if root is None:
        return [], []
    pages: list[FeedEntry] = []
    children: list[str] = []
    for node in root:
        name = _local(node.tag)
        loc = _child_text(node, "loc")
        if not loc:
            continue
        if name == "sitemap":
            children.append(urljoin(url, loc))
        elif name == "url":
            lastmod = _child_text(node, "lastmod")
            title = ""
            published = None
            for child in node:
                if _local(child.tag) == "news":
                    title = _child_text(child, "title")
                    published = parse_date(_child_text(child, "publication_date"))
            pages.append(FeedEntry(urljoin(url, loc), title, published or (parse_date(lastmod) if lastmod else None)))
    return pages, children
