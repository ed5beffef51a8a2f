"""News lists hidden in JSON: inline state blobs, endpoints a script fetches, and reading either.

No per-site code: a JSON document is searched for arrays of objects that carry a link (url, link,
href, permalink...) and a title; a date next to them is kept. Endpoints are found as string
literals in scripts that look like JSON addresses (".json", "/api/", "/wp-json/", a fetch() call).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from monitor.extract.dates import parse_date
from monitor.extract.feeds import FeedEntry

LINK_KEYS = ("url", "link", "href", "permalink", "uri", "path", "canonical_url", "canonicalUrl", "absolute_url")
TITLE_KEYS = ("title", "headline", "name", "heading", "subject", "tytul", "tytuł")
DATE_KEYS = ("published", "published_at", "publishedAt", "datePublished", "date", "pubDate", "publication_date",
             "created", "created_at", "createdAt", "date_gmt", "data", "datetime", "time")
NEXT_KEYS = ("next", "next_page", "nextPage", "next_url", "nextUrl", "next_page_url")
MORE_KEYS = ("has_more", "hasMore", "more", "has_next", "hasNext", "hasNextPage")
PAGE_PARAMS = ("page", "p", "pg", "paged", "strona", "pageNumber", "page_number", "pagenum")
TOTAL_PAGE_KEYS = ("total_pages", "totalPages", "pages", "last_page", "lastPage", "page_count", "pageCount")
# an assignment of a literal to a global: window.__INITIAL_STATE__ = {...}; var data = [...]
ASSIGNMENT = re.compile(r"(?:window|self|globalThis)\s*(?:\.\s*[\w$]+|\[\s*['\"][\w$]+['\"]\s*\])\s*=\s*(?=[\[{])"
                        r"|\b(?:var|let|const)\s+[\w$]+\s*=\s*(?=[\[{])")
JSON_PARSE = re.compile(r"JSON\.parse\(\s*(['\"])((?:\\.|(?!\1).)*)\1\s*\)", re.DOTALL)
STRING_LITERAL = re.compile(r"([\"'`])((?:https?://|/|\./|\.\./)?[^\"'`\s<>(){}]{1,300}?)\1")
FETCH_CALL = re.compile(r"(?:fetch|getJSON|axios(?:\.get)?|\$\.get|\.open\(\s*['\"]GET['\"]\s*,)\s*\(?\s*[\"'`]([^\"'`\s]+)[\"'`]")
JSONISH = re.compile(r"\.json(?:$|[?#])|/api/|/wp-json/|/rest/|/feeds?/.+\.json|[?&](?:format|_format|output)=json",
                     re.IGNORECASE)
MAX_BLOB = 5_000_000        # characters of inline JSON read at most (a state blob can be huge)


def _scripts(html: str) -> Selector:
    return Selector(text=html or "<html></html>")


def inline_json(html: str) -> list[Any]:
    """The JSON documents inline in a page: data script tags, state assignments, JSON.parse('...')."""
    sel = _scripts(html)
    docs: list[Any] = []
    for text in sel.xpath("//script[contains(@type, 'json')]/text()").getall():
        try:
            docs.append(json.loads(text[:MAX_BLOB]))
        except ValueError:
            pass
    decoder = json.JSONDecoder()
    for text in sel.xpath("//script[not(@type) or contains(@type, 'javascript') or @type='module']/text()").getall():
        for m in ASSIGNMENT.finditer(text):
            try:
                docs.append(decoder.raw_decode(text[m.end():m.end() + MAX_BLOB])[0])
            except ValueError:          # a JavaScript object literal that is not JSON: not ours to read
                pass
        for m in JSON_PARSE.finditer(text):
            raw = m.group(2) if m.group(1) == '"' else m.group(2).replace("\\'", "'").replace('"', '\\"')
            try:
                docs.append(json.loads(json.loads(f'"{raw}"')))
            except ValueError:
                pass
    return docs


def endpoint_candidates(script: str, page_url: str) -> list[str]:
    """Addresses of JSON a script may fetch, absolute (relative ones resolve against the page, as fetch() does).

    Called with the text of inline scripts or of a script file. A literal cut short by string
    concatenation ('/api/news?page=' + n) is completed with the first page.
    """
    found: dict[str, None] = {}
    literals = [m.group(1) for m in FETCH_CALL.finditer(script)]
    literals += [m.group(2) for m in STRING_LITERAL.finditer(script) if JSONISH.search(m.group(2))]
    for lit in literals:
        lit = re.sub(r"\$\{[^}]*\}", "1", lit)          # template literal placeholder: the first page
        if lit.endswith("="):
            lit += "1"
        if lit.startswith(("http://", "https://", "/", "./", "../")) or JSONISH.search(lit):
            url = urljoin(page_url, lit)
            if urlsplit(url).scheme in ("http", "https"):
                found.setdefault(url.split("#", 1)[0], None)
    return list(found)


def inline_script_text(html: str) -> str:
    """All inline script code of a page, joined."""
    return "\n".join(_scripts(html).xpath("//script[not(@src)]/text()").getall())


def script_sources(html: str, page_url: str) -> list[str]:
    """Absolute URLs of the page's external scripts, in page order."""
    srcs = _scripts(html).xpath("//script/@src").getall()
    return list(dict.fromkeys(urljoin(page_url, s.strip()) for s in srcs if s.strip()))


def _text(value: Any) -> str:
    """A title may be a string or {"rendered": ...} (WordPress) / {"text": ...} / {"pl": ...}."""
    if isinstance(value, str):
        return " ".join(re.sub(r"<[^>]+>", " ", value).split())
    if isinstance(value, dict):
        for key in ("rendered", "text", "value", "en", "pl", "default"):
            if isinstance(value.get(key), str):
                return _text(value[key])
    return ""


def _link(obj: dict[str, Any]) -> str:
    for key in LINK_KEYS:
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("href") or value.get("url")
        if isinstance(value, str) and value.strip() and not value.startswith(("#", "mailto:", "javascript:")):
            return value.strip()
    return ""


def _date(obj: dict[str, Any]) -> str | None:
    for key in DATE_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and (parsed := parse_date(value)):
            return parsed
    return None


def _object_lists(doc: Any, depth: int = 0) -> Iterator[list[dict[str, Any]]]:
    if depth > 12:
        return
    if isinstance(doc, list):
        dicts = [d for d in doc if isinstance(d, dict)]
        if dicts:
            yield dicts
        for item in doc:
            yield from _object_lists(item, depth + 1)
    elif isinstance(doc, dict):
        for value in doc.values():
            yield from _object_lists(value, depth + 1)


def articles_from_json(docs: Iterable[Any], base_url: str) -> list[FeedEntry]:
    """Link + title entries of the arrays of objects in the documents (dated lists win over undated).

    A list counts when at least half its objects have both a link and a title; when some such
    list carries dates, undated lists (menus, tags, breadcrumbs) are left out.
    """
    lists: list[tuple[bool, list[FeedEntry]]] = []
    for doc in docs:
        for objects in _object_lists(doc):
            entries = []
            for obj in objects:
                link, title = _link(obj), next((t for k in TITLE_KEYS if (t := _text(obj.get(k)))), "")
                if link and title:
                    entries.append(FeedEntry(url=urljoin(base_url, link), title=title, published=_date(obj)))
            if entries and 2 * len(entries) >= len(objects):
                lists.append((any(e.published for e in entries), entries))
    dated = any(has_dates for has_dates, _ in lists)
    out: dict[str, FeedEntry] = {}
    for has_dates, entries in lists:
        if has_dates or not dated:
            for e in entries:
                out.setdefault(e.url.split("#", 1)[0], e)
    return list(out.values())


def _find(doc: Any, keys: tuple[str, ...], depth: int = 0) -> Any:
    """The first value under one of keys in the top levels of a document (pagination metadata)."""
    if not isinstance(doc, dict) or depth > 2:
        return None
    for key in keys:
        if key in doc:
            return doc[key]
    for value in doc.values():
        if isinstance(value, dict) and (found := _find(value, keys, depth + 1)) is not None:
            return found
    return None


def next_api_url(doc: Any, url: str, entries: int) -> str | None:
    """The next page of a JSON listing: a "next" link in it, else the page parameter plus one.

    Only while the page gave entries and the document does not say it is the last one.
    """
    if entries == 0:
        return None
    nxt = _find(doc, NEXT_KEYS) or _find(doc, ("links", "_links", "paging"))
    if isinstance(nxt, dict):
        nxt = nxt.get("next") or nxt.get("href")
        if isinstance(nxt, dict):
            nxt = nxt.get("href")
    if isinstance(nxt, str) and nxt.strip():
        return urljoin(url, nxt.strip())
    more = _find(doc, MORE_KEYS)
    if more is False:
        return None
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    current = next(((i, k, v) for i, (k, v) in enumerate(query) if k in PAGE_PARAMS and v.isdigit()), None)
    total = _find(doc, TOTAL_PAGE_KEYS)
    if current is None:
        if more is not True and not (isinstance(total, int) and total > 1):
            return None                 # no sign that there is a next page, nor how to ask for it
        query.append(("page", "2"))
    else:
        i, key, value = current
        if isinstance(total, int) and not isinstance(total, bool) and int(value) >= total:
            return None
        query[i] = (key, str(int(value) + 1))
    return urlunsplit(parts._replace(query=urlencode(query)))


def looks_like_json(body: bytes, content_type: str = "") -> bool:
    """A response body that is JSON (by type, or by its first character when served as text)."""
    head = body.lstrip()[:1]
    return "json" in content_type.lower() or head in (b"{", b"[")
