"""Route one source's scripted listing: inline JSON, then JSON endpoints, then the browser.

The cheapest way that yields article links wins, in this order, each tried only when the one
before gave nothing:
  1. the `api` override, when configured (any render mode): then nothing else is guessed;
  2. JSON inline in the listing (<script type="application/json">, window.__STATE__ = {...});
  3. JSON endpoints named in the page's scripts (inline or same-host script files), read over HTTP;
  4. the listing rendered in Chromium ("load more" pressed until gone); the JSON documents the
     page fetched meanwhile are read as in 3.
With render = "browser" the listing is rendered first; with "http" only the override is used.
Article pages are always fetched over plain HTTP by the spider.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.http import Response, TextResponse

from monitor.extract.feeds import FeedEntry
from monitor.extract.listing import allowed
from monitor.render.jsondata import (
    articles_from_json,
    endpoint_candidates,
    inline_json,
    inline_script_text,
    looks_like_json,
    next_api_url,
    script_sources,
)
from monitor.render.shell import looks_like_app_shell
from monitor.urls import canonical_url, same_host

if TYPE_CHECKING:
    from monitor.config import Source

logger = logging.getLogger(__name__)

MAX_ENDPOINTS = 6           # JSON endpoint candidates read per source and run
MAX_SCRIPTS = 8             # same-host script files searched for endpoints
MAX_SCRIPT_BYTES = 3_000_000
RENDERED = "monitor_rendered"   # meta key: this listing response came from the browser

# stat key -> what the crawl summary says about it
SUMMARY_STATS = {
    "monitor/render/browser_pages": "listing rendered in a browser",
    "monitor/render/load_more": "'load more' pressed {n} times",
    "monitor/render/endpoint_pages": "news read from a JSON endpoint",
    "monitor/render/inline_json": "news read from JSON in the page",
}


def render_summary(stats: dict[str, Any]) -> str:
    """'listing rendered in a browser (1 page), news read from a JSON endpoint (3 pages)' or ''."""
    parts = []
    for key, text in SUMMARY_STATS.items():
        n = stats.get(key, 0)
        if n and "{n}" in text:
            parts.append(text.format(n=n))
        elif n:
            parts.append(f"{text} ({n} page{'s' if n > 1 else ''})")
    if stats.get("monitor/render/shell") and not parts:
        parts.append("the listing is built by JavaScript: set render = \"auto\" or \"browser\"")
    return ", ".join(parts)


class ScriptedListing:
    """The JavaScript side of one source's crawl; the spider calls it at a few hooks."""

    def __init__(self, spider: Any, source: Source, page_timeout: float = 30.0, max_clicks: int = 10) -> None:
        self.spider = spider
        self.source = source
        self.page_timeout = page_timeout
        self.max_clicks = max_clicks
        self.endpoints: set[str] = set()
        self.scripts: set[str] = set()
        self.links_found = 0            # article links from JSON or from rendered pages
        self.waiting_for_probes = False  # a shell was seen: render it if the probes find nothing
        self.render_requested = False

    @property
    def stats(self) -> Any:
        return self.spider.crawler.stats

    @property
    def active(self) -> bool:
        """The source's listing may be read other than as plain HTML (so never as an HTTP 304)."""
        return self.source.needs_browser or bool(self.source.api)

    # ------------------------------------------------------------------ requests
    def browser_meta(self) -> dict[str, Any]:
        """Meta of a listing request rendered by scrapy-playwright."""
        from scrapy_playwright.page import PageMethod

        from monitor.render.browser import json_recorder, settle

        seen: list[str] = []
        return {
            "playwright": True,
            "playwright_page_goto_kwargs": {"wait_until": "domcontentloaded"},
            "playwright_page_methods": [PageMethod(settle, self.max_clicks, self.page_timeout)],
            "playwright_page_event_handlers": {"response": json_recorder(seen)},
            "monitor_json_seen": seen,
            RENDERED: True,
        }

    def render_request(self, url: str, page: int = 1, errback: Any = None, **meta: Any) -> scrapy.Request:
        self.render_requested = True
        return scrapy.Request(url, callback=self.spider.parse_listing, errback=errback or self.on_render_error,
                              meta={**self.browser_meta(), "listing_page": page, **meta}, dont_filter=True)

    def start_requests(self) -> list[scrapy.Request]:
        """With render = "browser" the start page is rendered at once (else the spider asks it over HTTP)."""
        if self.source.render == "browser":
            return [self.render_request(self.source.url, errback=self.spider.on_start_error)]
        return []

    def endpoint_request(self, url: str, page: int = 1, configured: bool = False) -> scrapy.Request | None:
        key = canonical_url(url)
        # guesses are bounded; the pages of an endpoint that answered are bounded by max_pages
        if key in self.endpoints or (not configured and page == 1 and len(self.endpoints) >= MAX_ENDPOINTS):
            return None
        if not configured and not same_host(url, self.source.host):
            return None
        self.endpoints.add(key)
        # a configured endpoint may live on another host (an API domain): the user named it
        return scrapy.Request(url, callback=self.parse_endpoint, errback=self.on_probe_error,
                              headers={"Accept": "application/json, text/plain, */*"},
                              meta={"api_page": page, "allow_offsite": configured, "api_configured": configured})

    def script_request(self, url: str) -> scrapy.Request | None:
        if url in self.scripts or len(self.scripts) >= MAX_SCRIPTS or not same_host(url, self.source.host):
            return None
        self.scripts.add(url)
        return scrapy.Request(url, callback=self.parse_script, errback=self.on_probe_error,
                              meta={"download_maxsize": MAX_SCRIPT_BYTES})

    # ------------------------------------------------------------------ hooks called by the spider
    def next_page_meta(self, response: Response) -> dict[str, Any]:
        """A rendered listing's next page is rendered too."""
        return self.browser_meta() if response.meta.get(RENDERED) else {}

    def on_listing(self, response: Response, html: str, articles: list[str]) -> Iterator[scrapy.Request]:
        """After the spider read a listing page and found `articles` links in its HTML."""
        src = self.source
        page = response.meta.get("listing_page", 1)
        if page == 1 and src.api and (request := self.endpoint_request(src.api, configured=True)) is not None:
            yield request
        if response.meta.get(RENDERED):
            self.stats.inc_value("monitor/render/browser_pages")
            clicks = next((pm.result for pm in response.meta.get("playwright_page_methods") or ()
                           if isinstance(pm.result, int)), 0)
            if clicks:
                self.stats.inc_value("monitor/render/load_more", clicks)
            self.links_found += len(articles)
            for url in response.meta.get("monitor_json_seen") or ():
                if (request := self.endpoint_request(url)) is not None:
                    yield request
            if not articles:
                yield from self._inline(html, response.url)
            return
        if page != 1 or src.api:        # the configured endpoint is the news list: nothing to guess
            return
        if articles or not looks_like_app_shell(html):
            return
        self.stats.inc_value("monitor/render/shell")    # with render = "http": a hint in the summary
        if not src.needs_browser:
            return
        logger.info("%s: %s is a JavaScript shell: looking for its JSON", src.name, response.url)
        found = list(self._inline(html, response.url))
        if found:
            yield from found
            return
        for url in endpoint_candidates(inline_script_text(html), response.url):
            if (request := self.endpoint_request(url)) is not None:
                yield request
        for url in script_sources(html, response.url):
            if (request := self.script_request(url)) is not None:
                yield request
        self.waiting_for_probes = True

    def on_idle(self) -> scrapy.Request | None:
        """Probes gave no article link: the listing is rendered in the browser (once)."""
        if self.waiting_for_probes and not self.links_found and not self.render_requested:
            self.waiting_for_probes = False
            logger.info("%s: no JSON with news found: rendering %s in the browser", self.source.name, self.source.url)
            return self.render_request(self.source.url)
        return None

    # ------------------------------------------------------------------ callbacks
    def _inline(self, html: str, url: str) -> Iterator[scrapy.Request]:
        entries = articles_from_json(inline_json(html), url)
        requests = list(self._articles(entries, url))
        if requests:
            self.stats.inc_value("monitor/render/inline_json")
        yield from requests

    def _articles(self, entries: list[FeedEntry], referer: str) -> Iterator[scrapy.Request]:
        spider = self.spider
        for entry in entries:
            url = canonical_url(entry.url)
            if not allowed(url, self.source) or url in spider.listing_urls or url == canonical_url(self.source.url):
                continue
            entry.url = url
            spider.listing_urls[url] = None
            if entry.published:
                spider.listing_dates.append(entry.published)
            self.links_found += 1
            self.stats.inc_value("monitor/article_links")
            yield spider.article_request(url, referer, entry)

    def parse_script(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        for url in endpoint_candidates(response.text, self.source.url):
            if (request := self.endpoint_request(url)) is not None:
                yield request

    def parse_endpoint(self, response: Response) -> Iterator[scrapy.Request]:
        ctype = (response.headers.get("Content-Type") or b"").decode("latin-1")
        if not looks_like_json(response.body, ctype):
            return
        try:
            doc = json.loads(response.body)
        except ValueError:
            logger.info("%s: %s is not JSON", self.source.name, response.url)
            return
        # links in the JSON resolve as the page's links would: against the listing, not the endpoint
        entries = articles_from_json([doc], self.source.url)
        new = list(self._articles(entries, self.source.url))
        if not entries:
            return
        self.stats.inc_value("monitor/render/endpoint_pages")
        logger.info("%s: %s lists %d articles (%d new links)", self.source.name, response.url, len(entries), len(new))
        yield from new
        page = response.meta.get("api_page", 1)
        nxt = next_api_url(doc, response.url, len(new)) if page < self.source.max_pages else None
        if nxt and (request := self.endpoint_request(nxt, page + 1, response.meta.get("api_configured", False))):
            yield request

    def on_probe_error(self, failure: Any) -> None:
        """A script or endpoint could not be read: one guess less, not a failure of the source."""
        self.stats.inc_value("monitor/render/probe_failed")
        request = getattr(failure, "request", None)
        logger.info("%s: %s: %s", self.source.name, request.url if request else "?", failure.getErrorMessage())

    def on_render_error(self, failure: Any) -> None:
        self.stats.inc_value("monitor/render/failed")
        self.stats.inc_value("monitor/listing/failed")
        request = getattr(failure, "request", None)
        logger.warning("%s: rendering %s in the browser failed: %s", self.source.name,
                       request.url if request else "?", failure.getErrorMessage())
