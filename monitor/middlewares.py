"""Incremental crawling: what an earlier run settled is not downloaded again."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from monitor.pipelines import store_for
from monitor.pipelines.translate import translation_backlog
from monitor.urls import canonical_url

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

    from monitor.pipelines.translate import Backlog

logger = logging.getLogger(__name__)

# Request meta keys shared with the spider.
ARTICLE = "monitor_article"          # this request fetches an article candidate
CONDITIONAL = "monitor_conditional"  # a listing page, feed or sitemap: may be asked If-None-Match / If-Modified-Since
RECHECK = "monitor_recheck"          # an article candidate rejected by an earlier run, fetched again


class KnownArticlesMiddleware:
    """Skips what earlier runs settled; listings are always asked for, conditionally.

    - Article candidates whose URL (or an alias of it) is stored are dropped.
    - Article candidates rejected by an earlier run (event or static page, too little text,
      HTTP 404/410) are dropped until their last check is `MONITOR_RECHECK_REJECTED_DAYS` old;
      then they are fetched again with `RECHECK` in their meta, so a changed page or a wrong
      verdict heals. 5xx answers and network errors are never remembered (the spider decides).
    - Listing pages, feeds and sitemaps (`CONDITIONAL` in their meta) carry the ETag /
      Last-Modified of the last run as If-None-Match / If-Modified-Since; the spider takes a
      304 as "unchanged". Validators are saved when the crawl goes idle, and only when no request
      failed transiently and no error was logged: otherwise an unchanged listing could hide an
      article that still has to be fetched.

    `MONITOR_REFRESH = True` (`crawl --refresh`) skips nothing and sends no conditional headers
    (validators seen are still saved for the next run).
    """

    def __init__(self, crawler: "Crawler", refresh: bool = False, recheck_days: float = 30):
        self.crawler = crawler
        self.refresh = refresh
        self.recheck_days = recheck_days
        # Stored and rejected URLs are looked up in the store per request (by index), not loaded into a
        # set per crawler: a crawler per source held every URL of the store once per source.
        self.recheck_before = ""                    # rejections checked before this are fetched again
        self.validators: dict[str, tuple[str | None, str | None]] = {}
        self.seen_validators: dict[str, tuple[str | None, str | None]] = {}
        self.transient_failures = 0

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "KnownArticlesMiddleware":
        settings = crawler.settings
        mw = cls(crawler, refresh=settings.getbool("MONITOR_REFRESH"),
                 recheck_days=settings.getfloat("MONITOR_RECHECK_REJECTED_DAYS", 30))
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_idle, signal=signals.spider_idle)
        return mw

    # ------------------------------------------------------------------ signals
    def spider_opened(self) -> None:
        store = store_for(self.crawler)
        if self.refresh:
            return
        self.validators = store.listing_validators()
        if self.recheck_days > 0:
            cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=self.recheck_days)
            self.recheck_before = cutoff.replace(microsecond=0).isoformat().replace("+00:00", "Z")
        else:
            self.recheck_before = "9999"            # every rejection is checked again

    def spider_idle(self) -> None:
        """Every request is done: save the listing validators of a clean crawl (forget them otherwise)."""
        if not self.seen_validators:
            return
        stats = self.crawler.stats
        clean = not (self.transient_failures or stats.get_value("log_count/ERROR")
                     or stats.get_value("spider_exceptions/count"))
        seen, self.seen_validators = self.seen_validators, {}
        store = store_for(self.crawler)
        if clean:
            store.save_listing_validators(seen)
            stats.inc_value("monitor/validators/saved", sum(1 for e, m in seen.values() if e or m))
        else:
            store.forget_listing_validators(seen)
            logger.info("%s: listing validators not saved (some requests failed): the next run reads the listings in full",
                        self.crawler.spider.name if self.crawler.spider else "?")

    # ------------------------------------------------------------------ downloader hooks
    def process_request(self, request: "Request") -> None:
        if self.refresh:
            return None
        if request.meta.get(ARTICLE):
            url = canonical_url(request.url)
            store = store_for(self.crawler)
            if store.item_id_for_url(url) is not None:
                self.crawler.stats.inc_value("monitor/known/skipped")
                raise IgnoreRequest(f"already stored: {request.url}")
            checked = store.rejected_checked(url)
            if checked is not None:
                if checked >= self.recheck_before:
                    self.crawler.stats.inc_value("monitor/rejected/skipped")
                    raise IgnoreRequest(f"not an article when checked on {checked}: {request.url}")
                request.meta[RECHECK] = True
                self.crawler.stats.inc_value("monitor/rejected/rechecked")
        elif request.meta.get(CONDITIONAL):
            etag, modified = self.validators.get(canonical_url(request.url), (None, None))
            if etag and b"If-None-Match" not in request.headers:
                request.headers[b"If-None-Match"] = etag
            if modified and b"If-Modified-Since" not in request.headers:
                request.headers[b"If-Modified-Since"] = modified
        return None

    def process_response(self, request: "Request", response: "Response") -> "Response":
        if response.status >= 500:
            self.transient_failures += 1
        elif request.meta.get(CONDITIONAL) and response.status == 200:
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            self.seen_validators[canonical_url(request.url)] = (
                etag.decode("latin-1") if etag else None, modified.decode("latin-1") if modified else None)
        return response

    def process_exception(self, request: "Request", exception: Exception) -> None:
        if not isinstance(exception, IgnoreRequest):
            self.transient_failures += 1
        return None



def retry_after_seconds(value: str | bytes | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 10.2.3).

    >>> retry_after_seconds("7")
    7.0
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0)
    10.0
    >>> retry_after_seconds("soon") is None
    True
    """
    import email.utils
    import time

    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware:
    """429 / 503 with Retry-After: wait what the server asks (up to MONITOR_RETRY_AFTER_MAX seconds),
    then ask again, at most RETRY_TIMES times. Without the header, or asking longer than the cap,
    the response goes on to Scrapy's RetryMiddleware as usual.

    Sits between the downloader and RetryMiddleware, so the wait replaces Scrapy's immediate retry.
    """

    STATUSES = (429, 503)
    META = "monitor_retry_after_attempts"

    def __init__(self, crawler: "Crawler", max_wait: float, max_retries: int):
        self.crawler = crawler
        self.max_wait = max_wait
        self.max_retries = max_retries

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "RetryAfterMiddleware":
        s = crawler.settings
        return cls(crawler, s.getfloat("MONITOR_RETRY_AFTER_MAX", 60.0), max(1, s.getint("RETRY_TIMES", 2)))

    async def process_response(self, request: "Request", response: "Response") -> "Request | Response":
        import asyncio

        if response.status not in self.STATUSES or request.meta.get("dont_retry"):
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        attempts = request.meta.get(self.META, 0)
        if wait is None or wait > self.max_wait or attempts >= self.max_retries:
            return response
        self.crawler.stats.inc_value("monitor/retry_after/waited")
        logger.info("%s answered %s: waiting %.1f s as Retry-After asks", request.url, response.status, wait)
        await asyncio.sleep(wait)
        retry = request.replace(dont_filter=True)
        retry.meta[self.META] = attempts + 1
        return retry


class RedirectLoopMiddleware:
    """Counts redirects back to a URL of the same chain: Scrapy's dupefilter drops them silently,
    and the crawl summary should say why the page is missing. Sits before RedirectMiddleware (600)."""

    def __init__(self, crawler: "Crawler"):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "RedirectLoopMiddleware":
        return cls(crawler)

    def process_response(self, request: "Request", response: "Response") -> "Response":
        from urllib.parse import urljoin

        if 300 <= response.status < 400 and (location := response.headers.get(b"Location")):
            target = canonical_url(urljoin(request.url, location.decode("latin-1")))
            if target in {canonical_url(u) for u in [request.url, *(request.meta.get("redirect_urls") or [])]}:
                self.crawler.stats.inc_value("monitor/redirect/loop")
                logger.warning("redirect loop at %s, dropped", request.url)
        return response


class TranslationBacklogMiddleware:
    """Holds article requests while the process's translation backlog is full (back-pressure).

    An article download becomes an item that may wait for its translation, holding its response
    and texts. While MONITOR_TRANSLATOR_BACKLOG items (and downloads let through) are waiting,
    article requests wait here, before the download; a held request keeps its place in
    CONCURRENT_REQUESTS, so the crawler fetches no more until translation catches up. Listings,
    feeds and sitemaps are never held. Runs last of the downloader middlewares (see settings), so
    that no later one can answer or drop a request it let through: each one is counted out again
    by its own response or exception, or when the spider closes.
    """

    def __init__(self, crawler: "Crawler"):
        self.crawler = crawler
        self.admitted: dict[int, "Backlog"] = {}      # id(request) -> the backlog it counts in

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "TranslationBacklogMiddleware":
        if crawler.settings.get("MONITOR_TRANSLATOR", "google") == "none":
            raise NotConfigured("no translator")
        mw = cls(crawler)
        crawler.signals.connect(mw.request_left, signal=signals.request_left_downloader)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    async def process_request(self, request: "Request") -> None:
        if not request.meta.get(ARTICLE):
            return None
        backlog = translation_backlog(self.crawler)
        if backlog is None:
            return None
        if backlog.full:
            self.crawler.stats.inc_value("monitor/translate/backlog_waits")
        await backlog.admit()
        self.admitted[id(request)] = backlog
        return None

    def _release(self, request: "Request") -> None:
        backlog = self.admitted.pop(id(request), None)
        if backlog is not None:
            backlog.leave()

    def process_response(self, request: "Request", response: "Response") -> "Response":
        self._release(request)
        return response

    def process_exception(self, request: "Request", exception: BaseException) -> None:
        self._release(request)
        return None

    def request_left(self, request: "Request") -> None:
        self._release(request)

    def spider_closed(self) -> None:
        while self.admitted:
            self.admitted.popitem()[1].leave()
