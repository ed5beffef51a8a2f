"""The one spider: crawls a source's listing pages (or feed, or sitemap) to its article pages.

The spider only routes requests; what a page means is decided by the pure functions in
monitor.extract. Run it alone with `scrapy crawl news -a source=NAME -s MONITOR_CONFIG=sources.toml`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from enum import Enum
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, DownloadTimeoutError, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import TimeoutError as TxTimeoutError

from monitor.config import Source, load
from monitor.extract.article import SentencesSeen, extract_article
from monitor.extract.dateorder import OrderVotes
from monitor.extract.encoding import decode_html
from monitor.extract.feeds import FeedEntry, looks_like_feed, parse_sitemap, read_feed, xml_problem
from monitor.extract.listing import ListingAnalysis, allowed, analyse_listing
from monitor.extract.sitemaps import (
    FALLBACK_SITEMAPS,
    fits_shapes,
    learn_shapes,
    recent_entries,
    robots_sitemaps,
    skip_child_sitemap,
)
from monitor.extract.shared import PagesSeen, SharedTexts, text_key
from monitor.extract.translations import translation_candidates
from monitor.extract.urlshape import (article_shape, archive_year, canonical_keeps_identity, is_file_url,
                                      is_pagination_url)
from monitor.items import ArticleItem
from monitor.middlewares import ARTICLE, CONDITIONAL, RECHECK
from monitor.pipelines import store_for
from monitor.render.scripted import ScriptedListing
from monitor.urls import canonical_url, same_host

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

MAX_SITEMAP_URLS = 500
GONE_STATUSES = (404, 410)           # an article candidate answering these is remembered as rejected
DISCOVERY_PRIORITY = -10             # robots.txt and sitemaps for discovery wait behind everything else
MAX_DISCOVERY_SITEMAPS = 25          # sitemaps (index and children) read per run for discovery
MAX_DISCOVERY_DEPTH = 3              # index -> index -> URL set
MISSING_STATUSES = [401, 403, 404, 410]   # a site without robots.txt or sitemap: normal, not an error
SHORT_RECHECK = "short_recheck"      # meta: a short item asked again once the other pages' sentences are known
MAX_SENTENCES = 20000                # sentences remembered per source (their pages, to tell shared ones)
MAX_PAGE_SENTENCES = 60              # of one page: a short item's sentences are among the first
MAX_DESCRIPTIONS = 20000             # page descriptions remembered per source (to tell a tagline)


class Discovery(str, Enum):
    """Where a `site` source's sitemap discovery stands (it runs when the listing is done)."""

    PENDING = "pending"
    """Listing pages, feeds and their articles are still being crawled."""
    READING = "reading"
    """robots.txt and the sitemaps are being read; candidates are collected."""
    DONE = "done"
    """The recent candidates of the listing's shape were requested (or discovery is off)."""


def page_text(response: TextResponse) -> str:
    """The page as Unicode, with Central European pages that do not declare a charset decoded right."""
    ctype = response.headers.get("Content-Type")
    # NUL bytes (a broken CMS export) mean nothing in HTML and make some parsers stop: drop them.
    return decode_html(response.body, ctype.decode("latin-1") if ctype else None).replace("\x00", "")


# Every byte but the control characters text never holds (tab, line feed, form feed and return are text).
NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


def looks_binary(body: bytes) -> bool:
    """Bytes served as text/html that are not text (an image or archive behind a wrong Content-Type).

    >>> looks_binary(b"<html><body>Text</body></html>"), looks_binary(bytes(range(256)) * 4), looks_binary(b"")
    (False, True, False)
    """
    head = body[:4096]
    control = len(head.translate(None, NOT_CONTROL))   # the control bytes: counted in C, not byte by byte
    return bool(head) and control > 0.05 * len(head)


class NewsSpider(scrapy.Spider):
    """Listing -> articles, feed -> articles, or sitemap -> articles, for one source."""

    name = "news"

    def __init__(self, source: Source | str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.source_arg = source
        self.source: Source | None = source if isinstance(source, Source) else None
        # sitemap discovery (site sources): what the listing yielded, what the sitemaps offer
        self.discovery = Discovery.PENDING
        self.listing_urls: dict[str, None] = {}        # canonical article URLs from listings and feeds
        self.listing_dates: list[str] = []              # their publication dates (feed entries, extracted pages)
        self.sitemap_dates: list[str] = []              # their lastmod in the sitemaps
        self.shapes: dict[str, int] = {}
        self.sitemaps_read: set[str] = set()
        self.sitemap_candidates: dict[str, FeedEntry] = {}
        # texts many pages of the source share (a tagline as meta description), as text_key gives them: never a summary
        self.listing_descriptions: set[str] = set()
        self.description_pages = PagesSeen(MAX_DESCRIPTIONS)   # which page had each description (text_key)
        self.sentences_seen = SentencesSeen(MAX_SENTENCES, MAX_PAGE_SENTENCES)   # which page printed each sentence
        self.deferred_short: list[scrapy.Request] = []  # short items to judge once their round is read
        self.date_orders = OrderVotes()   # day/month order of the source's numeric dates (teasers, earlier pages)
        self.archives_seen: set[str] = set()   # year archives (section@year) and their further pages asked for
        self.own_years: set[str] = set()       # section@year of the start listing itself: never asked

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.source is None:
            if not isinstance(spider.source_arg, str):
                raise ValueError("the news spider needs -a source=NAME")
            path = crawler.settings.get("MONITOR_CONFIG") or "sources.toml"
            spider.source = load(path).source(spider.source_arg)
        spider.name = spider.source.name
        # Scrapy's OffsiteMiddleware then drops every request outside the source's host (and its
        # subdomains), redirects included: nothing from another host is fetched or stored.
        host = spider.source.host
        spider.allowed_domains = [host[4:] if host.startswith("www.") else host]
        if spider.source.type != "site" or not crawler.settings.getbool("MONITOR_SITEMAP_DISCOVERY", True):
            spider.discovery = Discovery.DONE
        settings = crawler.settings
        spider.js = ScriptedListing(spider, spider.source, settings.getfloat("MONITOR_RENDER_TIMEOUT"),
                                    settings.getint("MONITOR_RENDER_CLICKS"))
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    # ------------------------------------------------------------------ start
    async def start(self) -> AsyncIterator[scrapy.Request]:
        src = self.source
        assert src is not None
        rendered = self.js.start_requests()     # render = "browser": the start page goes to Chromium
        for request in rendered:
            yield request
        if rendered:
            return
        callback = {"site": self.parse_listing, "feed": self.parse_feed, "sitemap": self.parse_sitemap}[src.type]
        # a JavaScript shell stays the same while its news change: never take its 304 for "nothing new"
        yield self.listing_request(src.url, callback, self.on_start_error, {"listing_page": 1}, dont_filter=True,
                                   conditional=not self.js.active)

    def listing_request(self, url: str, callback: Any, errback: Any, meta: dict[str, Any] | None = None,
                        conditional: bool = True, **kwargs: Any) -> scrapy.Request:
        """A listing page, feed or sitemap: asked conditionally when an earlier run saw its validators."""
        meta = {**(meta or {}), "handle_httpstatus_list": [304]}
        if conditional and not meta.get("playwright"):
            meta[CONDITIONAL] = True
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
        self.crawler.stats.set_value("monitor/start_page/error", failure.getErrorMessage()[:200])
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
        html = page_text(response)
        self.date_orders.learn_html(html)
        found = analyse_listing(html, response.url, src,
                                hint=response.meta.get("teaser_signatures") or (), start_url=src.url,
                                page_number=page)
        self.crawler.stats.inc_value("monitor/article_links", len(found.articles))
        if found.description:
            self.listing_descriptions.add(text_key(found.description))
        for url in found.articles:
            self.listing_urls[canonical_url(url)] = None
            yield self.article_request(url, response.url, listing_title=found.title)
        yield from self.js.on_listing(response, html, found.articles)
        if page == 1 and not response.meta.get("archive"):
            for feed in found.feeds:
                if same_host(feed, src.host):
                    yield self.listing_request(feed, self.parse_feed, self.on_extra_error,
                                               {"listing_page": src.max_pages})
        nxt = found.next_page
        archive = response.meta.get("archive", False)
        if nxt and page < src.max_pages and canonical_url(nxt) != canonical_url(response.url) \
                and not (archive and self.archive_budget_spent(nxt)):
            yield self.listing_request(nxt, self.parse_listing, self.on_extra_error,
                                       {"listing_page": page + 1, **self.js.next_page_meta(response), "archive": archive,
                                        "teaser_signatures": response.meta.get("teaser_signatures") or found.signatures})
        yield from self.archive_requests(found, response)

    def archive_budget_spent(self, url: str) -> bool:
        """Archive pages (and their own further pages) share one budget per crawl: as many as pagination may
        add to the start page (max_pages - 1, so max_pages = 1 reads the start page alone); False (and the
        page counted) while it lasts. One archive per section and year: ?rok=2024 and /archiwum/2024/ of one
        listing are the same page. (The start page's own year is kept in the set as seen, not counted.)"""
        key = self.archive_key(url)
        if key in self.archives_seen:
            return True
        if len(self.archives_seen - self.own_years) >= self.source.max_pages - 1:
            return True
        self.archives_seen.add(key)
        return False

    @staticmethod
    def archive_key(url: str) -> str:
        found = archive_year(url)
        return f"{found[0]}@{found[1]}" if found and not is_pagination_url(url) else canonical_url(url)

    def archive_requests(self, found: ListingAnalysis, response: Response) -> Any:
        """Year/month archives of the listing, read like its further pages: older items are often linked only
        from there. Asked conditionally like every listing page, so a recrawl gets a 304 for an unchanged year."""
        if found.current_year and not response.meta.get("archive"):
            # the start listing's own year: its archive would be this page again
            own = f"{urlsplit(response.url).path or '/'}@{found.current_year}"
            self.own_years.add(own)
            self.archives_seen.add(own)
        for url in found.archives:
            if self.archive_budget_spent(url):
                continue
            self.crawler.stats.inc_value("monitor/listing/archive_pages")
            yield self.listing_request(url, self.parse_listing, self.on_extra_error,
                                       {"listing_page": 1, "archive": True,
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
        entries, shared = read_feed(response.body, response.url)
        self.listing_descriptions |= {text_key(t) for t in shared}     # the channel's tagline: never an item's summary
        self.check_xml(response, "feed", bool(entries))
        if not entries and self.source.type == "feed":
            logger.warning("%s: %s is not an RSS or Atom feed", self.source.name, response.url)
        for entry in entries:
            if allowed(entry.url, self.source):
                self.listing_urls[canonical_url(entry.url)] = None
                if entry.published:
                    self.listing_dates.append(entry.published)
                yield self.article_request(entry.url, response.url, entry)

    def parse_sitemap(self, response: Response) -> Any:
        """Sitemap index -> child sitemaps (gzip too); URL set -> the pages that look like articles."""
        if self.unchanged(response):
            return
        self.crawler.stats.inc_value("monitor/listing_pages")
        self.crawler.stats.inc_value("monitor/sitemaps")
        pages, children = parse_sitemap(response.body, response.url)
        self.check_xml(response, "sitemap", bool(pages or children))
        for child in children:
            if same_host(child, self.source.host):
                yield self.listing_request(child, self.parse_sitemap, self.on_extra_error)
        pages = [e for e in pages if allowed(e.url, self.source) and not is_file_url(e.url)
                 and article_shape(e.url, self.source.url) >= 0 and not is_pagination_url(e.url)]
        pages.sort(key=lambda e: e.published or "", reverse=True)
        self.crawler.stats.inc_value("monitor/sitemap_urls", len(pages))
        for entry in pages[:MAX_SITEMAP_URLS]:
            yield self.article_request(canonical_url(entry.url), response.url, entry)

    def check_xml(self, response: Response, what: str, usable: bool) -> None:
        """Report a feed or sitemap that is not well-formed XML (what could be read of it is used)."""
        problem = xml_problem(response.body)
        if problem is None:
            return
        self.crawler.stats.inc_value("monitor/xml/invalid")
        if not usable and response.meta.get("listing_page") == 1 and response.url == self.source.url:
            self.crawler.stats.inc_value("monitor/start_page/invalid")
        logger.warning("%s: %s %s is not well-formed XML (%s)%s", self.source.name, what, response.url, problem,
                       "; its readable entries are used" if usable else "")

    def article_request(self, url: str, referer: str, entry: FeedEntry | None = None,
                        listing_title: str = "", via: str = "listing") -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_article_error,
            meta={ARTICLE: True, "feed_entry": entry, "link_url": url, "listing_title": listing_title,
                  "via": via},
            headers={"Referer": referer},
        )

    # ------------------------------------------------------------------ sitemap discovery (site sources)
    def on_idle(self) -> None:
        """The listing is done: read the sitemaps; they are read: ask for the recent candidates."""
        rendering = self.js.on_idle()       # a JavaScript shell whose JSON was not found: render it
        if rendering is not None:
            self.crawler.engine.crawl(rendering)
            raise DontCloseSpider
        if self.deferred_short:
            for request in self.deferred_short:
                self.crawler.engine.crawl(request)
            self.crawler.stats.inc_value("monitor/article/short_rechecked", len(self.deferred_short))
            self.deferred_short = []
            raise DontCloseSpider
        if self.discovery is Discovery.DONE:
            return
        if self.discovery is Discovery.PENDING:
            self.discovery = Discovery.DONE
            if not self.listing_urls:       # nothing to learn the article shape from (or a 304 listing)
                return
            self.shapes = learn_shapes(self.listing_urls, self.source.url)
            self.discovery = Discovery.READING
            robots = urljoin(self.source.url, "/robots.txt")
            self.crawler.engine.crawl(scrapy.Request(
                robots, callback=self.parse_robots, errback=self.on_discovery_error, dont_filter=True,
                priority=DISCOVERY_PRIORITY,
                meta={"dont_obey_robotstxt": True, "handle_httpstatus_list": MISSING_STATUSES}))
            raise DontCloseSpider
        self.discovery = Discovery.DONE
        requests = self.discovered_requests()
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests:
            raise DontCloseSpider

    def sitemap_request(self, url: str, depth: int = 0, fallbacks: tuple[str, ...] = ()) -> scrapy.Request | None:
        if url in self.sitemaps_read or len(self.sitemaps_read) >= MAX_DISCOVERY_SITEMAPS:
            return None
        self.sitemaps_read.add(url)
        return scrapy.Request(
            url, callback=self.parse_discovery_sitemap, errback=self.on_discovery_error,
            priority=DISCOVERY_PRIORITY,
            # not conditional: validators are saved when the crawl first goes idle, before the
            # candidates of these sitemaps are fetched, so a 304 next run could hide a failed one
            meta={"handle_httpstatus_list": MISSING_STATUSES, "sitemap_depth": depth,
                  "sitemap_fallbacks": fallbacks})

    def fallback_request(self, fallbacks: tuple[str, ...]) -> scrapy.Request | None:
        """The next of the usual sitemap addresses (/sitemap.xml, /sitemap_index.xml)."""
        if not fallbacks:
            return None
        return self.sitemap_request(urljoin(self.source.url, fallbacks[0]), 0, fallbacks[1:])

    def parse_robots(self, response: Response) -> Any:
        sitemaps = []
        if response.status == 200 and isinstance(response, TextResponse):
            sitemaps = [u for u in robots_sitemaps(response.text, response.url) if same_host(u, self.source.host)]
        self.crawler.stats.inc_value("monitor/sitemap_discovery/robots_sitemaps", len(sitemaps))
        requests = [self.sitemap_request(u) for u in sitemaps] if sitemaps else [self.fallback_request(FALLBACK_SITEMAPS)]
        yield from (r for r in requests if r is not None)

    def parse_discovery_sitemap(self, response: Response) -> Any:
        """Collect the sitemap's URLs of the listing's article shape; follow child sitemaps."""
        fallbacks = response.meta.get("sitemap_fallbacks") or ()
        pages, children = parse_sitemap(response.body, response.url) if response.status == 200 else ([], [])
        if response.status == 200 and looks_like_feed(response.body):
            self.check_xml(response, "sitemap", bool(pages or children))
        if not pages and not children:      # missing, or an HTML page in its place
            request = self.fallback_request(fallbacks)
            if request is not None:
                yield request
            return
        self.crawler.stats.inc_value("monitor/sitemap_discovery/sitemaps")
        depth = response.meta.get("sitemap_depth", 0)
        for child in children:
            if depth + 1 < MAX_DISCOVERY_DEPTH and same_host(child, self.source.host) and not skip_child_sitemap(child):
                request = self.sitemap_request(child, depth + 1)
                if request is not None:
                    yield request
        for entry in pages:
            url = canonical_url(entry.url)
            if url in self.listing_urls:
                if entry.published:
                    self.sitemap_dates.append(entry.published)
            elif url not in self.sitemap_candidates and allowed(url, self.source) \
                    and fits_shapes(url, self.shapes, self.source.url):
                entry.url = url
                self.sitemap_candidates[url] = entry

    def discovered_requests(self) -> list[scrapy.Request]:
        """Article requests for the recent sitemap candidates (stored ones are skipped downstream)."""
        candidates = list(self.sitemap_candidates.values())
        if not candidates:
            return []
        listed = len(self.listing_urls)
        cap = min(MAX_SITEMAP_URLS, max(50, 5 * listed))
        chosen = recent_entries(candidates, self.sitemap_dates or self.listing_dates, listed, cap)
        stats = self.crawler.stats
        stats.inc_value("monitor/sitemap_discovery/candidates", len(candidates))
        stats.inc_value("monitor/sitemap_discovery/requested", len(chosen))
        logger.info("%s: sitemap discovery: %d of %d candidates of the listing's shape are recent",
                    self.source.name, len(chosen), len(candidates))
        return [self.article_request(e.url, self.source.url, via="sitemap") for e in chosen]

    def on_discovery_error(self, failure: Any) -> None:
        """robots.txt or a sitemap could not be read: discovery is extra, the source is not hurt."""
        self.crawler.stats.inc_value("monitor/sitemap_discovery/failed")
        request = getattr(failure, "request", None)
        logger.info("%s: sitemap discovery: %s failed: %s", self.source.name, request.url if request else "?",
                    failure.getErrorMessage())

    def on_article_error(self, failure: Any) -> None:
        request = getattr(failure, "request", None)
        if failure.check(HttpError):            # (a subclass of IgnoreRequest)
            response = failure.value.response
            if response.status in GONE_STATUSES:
                self.reject(response, f"http_{response.status}")
                logger.info("%s: article %s is gone (HTTP %s)", self.source.name, response.url, response.status)
                return
        elif failure.check(IgnoreRequest) and request is not None and not same_host(request.url, self.source.host):
            # a redirect that leaves the source's host (OffsiteMiddleware): dropped and reported
            self.crawler.stats.inc_value("monitor/offsite/dropped")
            logger.warning("%s: article %s redirected to another host, dropped: %s", self.source.name,
                           (request.meta.get("redirect_urls") or [request.url])[0], request.url)
            return
        elif failure.check(IgnoreRequest) and "max redirections" in failure.getErrorMessage():
            self.crawler.stats.inc_value("monitor/redirect/loop")
            logger.warning("%s: article %s: redirect loop, dropped", self.source.name, request.url if request else "?")
            return
        elif failure.check(IgnoreRequest):      # known, rejected earlier, or robots.txt: not a failure
            logger.debug("%s: %s", self.source.name, failure.getErrorMessage())
            return
        if failure.check(DownloadTimeoutError, TxTimeoutError):
            # DOWNLOAD_TIMEOUT bounds the whole answer (a server trickling bytes included)
            self.crawler.stats.inc_value("monitor/download/timeout")
        if "larger than download max size" in failure.getErrorMessage():
            # DOWNLOAD_MAXSIZE: a page this big is not an article; reported, not retried next run as an error
            self.crawler.stats.inc_value("monitor/download/too_large")
            logger.warning("%s: article %s is over the size cap, dropped", self.source.name,
                           request.url if request else "?")
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
    def translation_requests(self, response: Response, alternates: dict[str, str],
                             switcher_links: list[str]) -> list[scrapy.Request]:
        """The article's translations on the source's host (hreflang, language switcher): article
        candidates of their own, asked once (from articles the listing, feed or sitemap gave)."""
        if response.meta.get("via") == "translation":
            return []
        urls = [u for u in translation_candidates(response.url, alternates, switcher_links, self.source.host)
                if allowed(u, self.source) and u not in self.listing_urls]
        self.crawler.stats.inc_value("monitor/translations/requested", len(urls))
        return [self.article_request(u, response.url, via="translation") for u in urls]

    def parse_article(self, response: Response) -> Any:
        if not isinstance(response, TextResponse) or looks_binary(response.body):
            self.crawler.stats.inc_value("monitor/article/not_html")
            self.reject(response, "not_html")
            return
        page = canonical_url(response.url)
        art = extract_article(page_text(response), response.url, self.source,
                              generic_titles=[response.meta.get("listing_title") or ""],
                              shared_texts=SharedTexts(self.listing_descriptions, self.description_pages.elsewhere(page)),
                              shared_sentences=self.sentences_seen.elsewhere(page),
                              date_orders=self.date_orders)
        if art.description:
            self.description_pages.add(text_key(art.description), page)
        self.sentences_seen.count(art.body, page)
        entry: FeedEntry | None = response.meta.get("feed_entry")
        if entry is not None:
            art.title = art.title or entry.title
            art.published = art.published or entry.published
        if art.is_article and art.short_own and not response.meta.get(SHORT_RECHECK):
            # kept by its own words only: asked again once every page of this round is read, when the
            # sentences it shares with them (a funding line under every post) are known
            self.deferred_short.append(response.request.replace(
                url=response.url, dont_filter=True, meta={**response.meta, SHORT_RECHECK: True}))
            return
        if not art.is_article:
            self.crawler.stats.inc_value("monitor/article/not_an_article")
            logger.debug("%s: %s does not look like an article", self.source.name, response.url)
            self.reject(response, art.kind if art.kind != "article" else "too_short" if art.title else "no_title")
            return
        if response.meta.get(RECHECK):
            self.healed(response)
        yield from self.translation_requests(response, art.alternates, art.translations)
        if response.meta.get("via") == "listing" and art.published:
            self.listing_dates.append(art.published)
        url = canonical_url(response.url)
        if art.canonical and same_host(art.canonical, self.source.host) \
                and canonical_keeps_identity(art.canonical, response.url):
            url = canonical_url(art.canonical)
        aliases = [canonical_url(u) for u in (response.meta.get("redirect_urls") or [])]
        aliases += [canonical_url(response.meta.get("link_url") or response.url), canonical_url(response.url)]
        self.crawler.stats.inc_value("monitor/article/extracted")
        if not art.published:
            self.crawler.stats.inc_value("monitor/article/no_date")
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
            # Switcher links shaped like this article's URL (not the other language's home page).
            translations=translation_candidates(response.url, {}, art.translations, self.source.host),
        )
