"""RSS 2.0 / Atom feeds and XML sitemaps (index, gzip, lastmod)."""

from __future__ import annotations

import gzip
import re
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


# A document type declaration, with its internal subset: where entities (billion laughs, XXE) live.
DOCTYPE = re.compile(rb"<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>", re.IGNORECASE | re.DOTALL)


def strip_doctype(body: bytes) -> bytes:
    """The document without its DOCTYPE: feeds and sitemaps need none, and entity tricks need one.

    lxml with resolve_entities=False expands nothing and reads no file, but libxml2 still stops
    at a billion-laughs subset ("entity amplification"), losing the good entries after it.
    """
    root = re.search(rb"<[A-Za-z]", body)
    head = body[: root.start()] if root else body
    if b"<!" not in head.upper():
        return body
    return DOCTYPE.sub(b"", head, count=1) + body[len(head):]


def _parse_xml(body: bytes) -> etree._Element | None:
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except OSError:
            return None
    # Entities are never expanded and nothing outside the document is read (no DTD, no network).
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    try:
        return etree.fromstring(strip_doctype(body.lstrip()), parser=parser)
    except etree.XMLSyntaxError:
        return None


def xml_problem(body: bytes) -> str | None:
    """Why the body is not well-formed XML (the parser's first error), or None when it is."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except OSError as exc:
            return f"bad gzip: {exc}"
    parser = etree.XMLParser(recover=False, resolve_entities=False, no_network=True, load_dtd=False)
    try:
        etree.fromstring(strip_doctype(body.lstrip()), parser=parser)
    except etree.XMLSyntaxError as exc:
        return str(exc)
    return None


def looks_like_feed(body: bytes) -> bool:
    head = body[:500].lstrip().lower()
    return head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed")


def parse_feed(body: bytes, url: str) -> list[FeedEntry]:
    """Entries of an RSS 2.0 or Atom feed; [] when the body is not a feed."""
    return read_feed(body, url)[0]


def read_feed(body: bytes, url: str) -> tuple[list[FeedEntry], set[str]]:
    """(entries, texts the feed shares between its items) of an RSS 2.0 or Atom feed.

    The shared texts are the channel's own description (RSS <description>, Atom <subtitle>: the
    site's tagline, which its pages often repeat as their meta description) and an entry summary
    that two or more entries carry: neither is an item's own summary.

    >>> feed = (b'<rss><channel><title>T</title><description>News of the Food Valley network</description>'
    ...         b'<item><link>http://x/a</link><description>News of the Food Valley network</description></item>'
    ...         b'<item><link>http://x/b</link><description>Own lead of b</description></item></channel></rss>')
    >>> entries, shared = read_feed(feed, "http://x/feed")
    >>> [e.url for e in entries], sorted(shared)
    (['http://x/a', 'http://x/b'], ['News of the Food Valley network'])
    """
    root = _parse_xml(body)
    if root is None:
        return [], set()
    entries: list[FeedEntry] = []
    shared: set[str] = set()
    for node in root.iter():
        name = _local(node.tag)
        if name in ("channel", "feed") and (tagline := _child_text(node, "description", "subtitle", "tagline")):
            shared.add(tagline)
        if name == "item":
            link = _child_text(node, "link") or _child_text(node, "guid")
            if not link:                       # (urljoin would make it the feed's own URL)
                continue
            date = _child_text(node, "pubdate", "date")
            entries.append(FeedEntry(urljoin(url, link), _child_text(node, "title"),
                                     _feed_date(date), _child_text(node, "description")))
        elif name == "entry":
            link = ""
            for child in node:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
                    link = child.get("href", "")
                    break
            if not link:
                continue
            date = _child_text(node, "published", "issued", "updated")
            entries.append(FeedEntry(urljoin(url, link), _child_text(node, "title"),
                                     _feed_date(date), _child_text(node, "summary", "content")))
    entries = [e for e in entries if e.url.startswith("http")]
    seen: set[str] = set()
    for e in entries:
        if e.summary in seen:
            shared.add(e.summary)
        seen.add(e.summary)
    shared.discard("")
    return entries, shared


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
