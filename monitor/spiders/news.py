"""The one spider: crawls a source's listing pages (or feed, or sitemap) to its article pages.

The spider only routes requests; what a page means is decided by the pure functions in
monitor.extract. Run it alone with `scrapy crawl news -a source=NAME -s MONITOR_CONFIG=sources.toml`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, AsyncIterator

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from monitor.config import Source, load
from monitor.extract.article import extract_article
from monitor.extract.feeds import FeedEntry, looks_like_feed, parse_feed, parse_sitemap
from monitor.extract.encoding import decode_html
from monitor.extract.listing import allowed, analyse_listing
from monitor.extract.urlshape import article_shape, is_file_url, is_pagination_url
from monitor.items import ArticleItem
from monitor.middlewares import ARTICLE, CONDITIONAL, RECHECK
from monitor.pipelines import store_for
from monitor.urls import canonical_url, same_host

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

MAX_SITEMAP_URLS = 500
GONE_STATUSES = (404, 410)           # an article candidate answering these is remembered as rejected


def page_text(response: TextResponse) -> str:
    """The page as Unicode, with Central European pages that do not declare a charset decoded right."""
    ctype = response.headers.get("Content-Type")
    return decode_html(response.body, ctype.decode("latin-1") if ctype else None)


class NewsSpider(scrapy.Spider):
    """Listing -> articles, feed -> articles, or sitemap -> articles, for one source."""

    name = "news"

    def __init__(self, source: Source | str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.source_arg = source
        self.source: Source | None = source if isinstance(source, Source) else None

    @classmethod
    def from_crawler(cls, crawler: "Crawler", *args: Any, **kwargs: Any) -> "NewsSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.source is None:
            if not isinstance(spider.source_arg, str):
                raise ValueError("the news spider needs -a source=NAME")
            path = crawler.settings.get("MONITOR_CONFIG") or "sources.toml"
            spider.source = load(path).source(spider.source_arg)
        spider.name = spider.source.name
        return spider

    # ------------------------------------------------------------------ start
    async def start(self) -> AsyncIterator[scrapy.Request]:
        src = self.source
        assert src is not None
        callback = {"site": self.parse_listing, "feed": self.parse_feed, "sitemap": self.parse_sitemap}[src.type]
        yield self.listing_request(src.url, callback, self.on_start_error, {"listing_page": 1}, dont_filter=True)

    def listing_request(self, url: str, callback: Any, errback: Any, meta: dict[str, Any] | None = None,
                        **kwargs: Any) -> scrapy.Request:
        """A listing page, feed or sitemap: asked conditionally when an earlier run saw its validators."""
        meta = {**(meta or {}), CONDITIONAL: True, "handle_httpstatus_list": [304]}
        return scrapy.Request(url, callback=callback, errback=errback, meta=meta, **kwargs)

    def unchanged(self, response: Response) -> bool:
        """A 304: the listing is as the last run saw it, so every article it links to is known."""
        if response.status != 304:
            return False
        self.crawler.stats.inc_value("monitor/listing/not_modified")
        logger.info("%s: %s unchanged since the last run (HTTP 304)", self.source.name, response.url)
        return True

    def on_start_error(self, failure: Any) -> None:
        self.crawler.stats.inc_value("monitor/start_page/failed")
        logger.error("%s: start page %s failed: %s", self.source.name, self.source.url, failure.getErrorMessage())

    # ------------------------------------------------------------------ listings
    def parse_listing(self, response: Response) -> Any:
        src = self.source
        if self.unchanged(response):
            return
        self.crawler.stats.inc_value("monitor/listing_pages")
        if not isinstance(response, TextResponse) or looks_like_feed(response.body):
            yield from self.parse_feed(response)
            return
        page = response.meta.get("listing_page", 1)
        found = analyse_listing(page_text(response), response.url, src,
                                hint=response.meta.get("teaser_signatures") or (), start_url=src.url)
        self.crawler.stats.inc_value("monitor/article_links", len(found.articles))
        for url in found.articles:
            yield self.article_request(url, response.url, listing_title=found.title)
        if page == 1:
            for feed in found.feeds:
                if same_host(feed, src.host):
                    yield self.listing_request(feed, self.parse_feed, self.on_extra_error,
                                               {"listing_page": src.max_pages})
        nxt = found.next_page
        if nxt and page < src.max_pages and canonical_url(nxt) != canonical_url(response.url):
            yield self.listing_request(nxt, self.parse_listing, self.on_extra_error,
                                       {"listing_page": page + 1,
                                        "teaser_signatures": response.meta.get("teaser_signatures") or found.signatures})

    def on_extra_error(self, failure: Any) -> None:
        """A later listing page or a feed failed: the source still counts what it found."""
        self.crawler.stats.inc_value("monitor/listing/failed")
        request = getattr(failure, "request", None)
        logger.warning("%s: %s failed: %s", self.source.name, request.url if request else "?",
                       failure.getErrorMessage())

    def parse_feed(self, response: Response) -> Any:
        if self.unchanged(response):
            return
        self.crawler.stats.inc_value("monitor/feeds")
        entries = parse_feed(response.body, response.url)
        if not entries and self.source.type == "feed":
            logger.warning("%s: %s is not an RSS or Atom feed", self.source.name, response.url)
        for entry in entries:
            if allowed(entry.url, self.source):
                yield self.article_request(entry.url, response.url, entry)

    def parse_sitemap(self, response: Response) -> Any:
        """Sitemap index -> child sitemaps (gzip too); URL set -> the pages that look like articles."""
        if self.unchanged(response):
            return
        self.crawler.stats.inc_value("monitor/listing_pages")
        self.crawler.stats.inc_value("monitor/sitemaps")
        pages, children = parse_sitemap(response.body, response.url)
        for child in children:
            if same_host(child, self.source.host):
                yield self.listing_request(child, self.parse_sitemap, self.on_extra_error)
        pages = [e for e in pages if allowed(e.url, self.source) and not is_file_url(e.url)
                 and article_shape(e.url, self.source.url) >= 0 and not is_pagination_url(e.url)]
        pages.sort(key=lambda e: e.published or "", reverse=True)
        self.crawler.stats.inc_value("monitor/sitemap_urls", len(pages))
        for entry in pages[:MAX_SITEMAP_URLS]:
            yield self.article_request(canonical_url(entry.url), response.url, entry)

    def article_request(self, url: str, referer: str, entry: FeedEntry | None = None,
                        listing_title: str = "") -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_article_error,
            meta={ARTICLE: True, "feed_entry": entry, "link_url": url, "listing_title": listing_title},
            headers={"Referer": referer},
        )

    def on_article_error(self, failure: Any) -> None:
        request = getattr(failure, "request", None)
        if failure.check(HttpError):            # (a subclass of IgnoreRequest)
            response = failure.value.response
            if response.status in GONE_STATUSES:
                self.reject(response, f"http_{response.status}")
                logger.info("%s: article %s is gone (HTTP %s)", self.source.name, response.url, response.status)
                return
        elif failure.check(IgnoreRequest):      # known, rejected earlier, or robots.txt: not a failure
            logger.debug("%s: %s", self.source.name, failure.getErrorMessage())
            return
        self.crawler.stats.inc_value("monitor/article/failed")
        logger.warning("%s: article %s failed: %s", self.source.name, request.url if request else "?",
                       failure.getErrorMessage())

    def reject(self, response: Response, reason: str) -> None:
        """Remember an article candidate that is not an article, under every URL it was asked by."""
        urls = [response.meta.get("link_url"), *(response.meta.get("redirect_urls") or []), response.url]
        canon = [canonical_url(u) for u in urls if u]
        self.crawler.stats.inc_value(f"monitor/rejected/{reason}")
        try:
            store_for(self.crawler).reject_urls(canon, reason, response.status, source=self.source.name)
        except Exception:
            self.crawler.stats.inc_value("monitor/rejected/store_failed")
            logger.warning("%s: could not remember %s as rejected", self.source.name, response.url, exc_info=True)

    def healed(self, response: Response) -> None:
        """An article candidate rejected by an earlier run is an article now: forget the rejection."""
        urls = [response.meta.get("link_url"), *(response.meta.get("redirect_urls") or []), response.url]
        self.crawler.stats.inc_value("monitor/rejected/healed")
        try:
            store_for(self.crawler).forget_rejected(canonical_url(u) for u in urls if u)
        except Exception:
            logger.warning("%s: could not forget the rejection of %s", self.source.name, response.url, exc_info=True)

    # ------------------------------------------------------------------ articles
    def parse_article(self, response: Response) -> Any:
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("monitor/article/not_html")
            self.reject(response, "not_html")
            return
        art = extract_article(page_text(response), response.url, self.source,
                              generic_titles=[response.meta.get("listing_title") or ""])
        entry: FeedEntry | None = response.meta.get("feed_entry")
        if entry is not None:
            art.title = art.title or entry.title
            art.published = art.published or entry.published
        if not art.is_article:
            self.crawler.stats.inc_value("monitor/article/not_an_article")
            logger.debug("%s: %s does not look like an article", self.source.name, response.url)
            self.reject(response, art.kind if art.kind != "article" else "too_short" if art.title else "no_title")
            return
        if response.meta.get(RECHECK):
            self.healed(response)
        url = canonical_url(response.url)
        if art.canonical and same_host(art.canonical, self.source.host):
            url = canonical_url(art.canonical)
        aliases = [canonical_url(u) for u in (response.meta.get("redirect_urls") or [])]
        aliases += [canonical_url(response.meta.get("link_url") or response.url), canonical_url(response.url)]
        self.crawler.stats.inc_value("monitor/article/extracted")
        yield ArticleItem(
            url=url,
            source=self.source.name,
            title=art.title,
            body=art.body,
            summary=art.summary,
            published=art.published,
            aliases=[a for a in dict.fromkeys(aliases) if a != url],
            language_hint=self.source.language,
            page_language=art.page_language,
            alternates=art.alternates,
        )
