"""Translate title and summary (and body when asked) of non-English items, off the reactor.

Cache reads and writes stay on the reactor thread (SQLite); only the provider call runs in a
thread (a pool of MONITOR_TRANSLATOR_CONCURRENCY threads under the asyncio reactor, Scrapy's
`run_in_thread` otherwise), at most MONITOR_TRANSLATOR_CONCURRENCY at once for the whole process
(all crawlers share one translator, its circuit breaker and its limit). A text already being
translated for another item is awaited, not sent twice. A failed translation leaves the item
pending for `monitor translate`; it is never dropped.

Back-pressure: items waiting for their translation, plus article downloads let through to become
such items, are at most MONITOR_TRANSLATOR_BACKLOG for the process (`Backlog`; the downloader
middleware `monitor.middlewares.TranslationBacklogMiddleware` holds article requests while it is
full). Without it a crawl ran ahead of translation: ~1,000 items of 40 sources waited, each with
its response and extracted texts, +35 MB of peak RSS (bench/README.md, issue 10).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from scrapy.utils.asyncio import run_in_thread

from monitor.items import ArticleItem
from monitor.pipelines import store_for
from monitor.translation import TranslationError, Translator, make_translator

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)


class Backlog:
    """A count of items bound for translation, with a limit that only new downloads wait for.

    `enter`/`leave` never wait (an item already extracted must not block: that could stall the
    pipelines); `admit` waits, first come first served, while the count is at the limit.
    """

    def __init__(self, limit: int):
        self.limit = max(1, limit)
        self.count = 0
        self.peak = 0
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def full(self) -> bool:
        return self.count >= self.limit

    def enter(self) -> None:
        self.count += 1
        self.peak = max(self.peak, self.count)

    def leave(self) -> None:
        self.count = max(0, self.count - 1)
        while self._waiters and not self.full:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                self.enter()       # the woken download takes its place now, so no burst overshoots

    async def admit(self) -> None:
        """Wait for room, then count one more."""
        if not self.full and not self._waiters:
            self.enter()
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self.leave()       # counted for us, but we will not use it
            raise


class _Shared:
    """What the crawlers of one process share for one translator configuration."""

    def __init__(self, translator: Translator, concurrency: int, backlog: int):
        self.translator = translator
        self.concurrency = max(1, concurrency)
        self.backlog = Backlog(backlog)
        self._semaphore: asyncio.Semaphore | None = None
        self.inflight: dict[tuple[str, str, str], asyncio.Future[str]] = {}
        # Our own pool: the loop's default executor has min(32, CPUs + 4) threads, often fewer
        # than the calls we want in flight, and is shared with everything else.
        self.executor = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="translate")

    async def call(self, fn: Callable[..., str], *args: Any) -> str:
        """fn(*args) in a pool thread, at most `concurrency` at once."""
        async with self.semaphore:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:  # not under the asyncio reactor
                return await run_in_thread(fn, *args)
            return await loop.run_in_executor(self.executor, fn, *args)

    @property
    def semaphore(self) -> asyncio.Semaphore:
        if self._semaphore is None:  # created inside the running loop
            self._semaphore = asyncio.Semaphore(self.concurrency)
        return self._semaphore


_shared: dict[tuple[Any, ...], _Shared] = {}


def _config(s: "BaseSettings") -> tuple[Any, ...]:
    """The translator configuration a crawler's settings name (the key of what crawlers share)."""
    return (
        s.get("MONITOR_TRANSLATOR", "google"),
        s.get("MONITOR_TRANSLATOR_URL"),
        s.get("MONITOR_TRANSLATOR_KEY"),
        s.getfloat("MONITOR_TRANSLATOR_TIMEOUT", 15.0),
        s.getint("MONITOR_TRANSLATOR_RETRIES", 2),
    )


def translation_backlog(crawler: "Crawler") -> Backlog | None:
    """The process's backlog for this crawler's translator, None when it has none (yet, or at all)."""
    shared = _shared.get(_config(crawler.settings))
    return shared.backlog if shared else None


class TranslatePipeline:
    def __init__(self, crawler: "Crawler"):
        s = crawler.settings
        self.crawler = crawler
        self.target = s.get("MONITOR_TARGET_LANGUAGE", "en")
        self.translate_body = s.getbool("MONITOR_TRANSLATE_BODY")
        config = _config(s)
        self.shared: _Shared | None = None
        if config[0] != "none":
            if config not in _shared:
                try:
                    translator = make_translator(*config)
                except TranslationError as exc:  # e.g. no API key: store items, translate later
                    logger.error("translator not usable, items are left pending: %s", exc)
                    return
                assert translator is not None
                _shared[config] = _Shared(translator, s.getint("MONITOR_TRANSLATOR_CONCURRENCY", 16),
                                          s.getint("MONITOR_TRANSLATOR_BACKLOG", 64))
            self.shared = _shared[config]

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "TranslatePipeline":
        return cls(crawler)

    @property
    def translator(self) -> Translator | None:
        return self.shared.translator if self.shared else None

    async def process_item(self, item: ArticleItem) -> ArticleItem:
        stats = self.crawler.stats
        language = item.language if item.language and item.language != "und" else "auto"
        title_language = item.title_language or language
        if language == self.target and title_language == self.target:
            item.title_en, item.summary_en = item.title, item.summary
            item.translation_status = "not_needed"
            stats.inc_value("monitor/translate/not_needed")
            return item
        if self.shared is None:
            item.translation_status = "pending"
            stats.inc_value("monitor/translate/pending")
            return item
        jobs = {"title": (item.title, title_language), "summary": (item.summary, language)}
        if self.translate_body:
            jobs["body"] = (item.body, language)
        self.shared.backlog.enter()
        try:
            results = await asyncio.gather(*(self._translate(text, lang) for text, lang in jobs.values()),
                                           return_exceptions=True)
        finally:
            self.shared.backlog.leave()
        failures = [r for r in results if isinstance(r, BaseException)]
        for key, result in zip(jobs, results):
            setattr(item, f"{key}_en", None if isinstance(result, BaseException) else result)
        if failures:
            for exc in failures:
                if not isinstance(exc, TranslationError):
                    raise exc
            stats.inc_value("monitor/translate/failed")
            stats.inc_value("monitor/translate/pending")
            logger.warning("translation of %s failed, left pending: %s", item.url, failures[0])
            item.translation_status = "pending"
            return item
        item.translation_status = "done"
        item.translator = self.shared.translator.provider
        stats.inc_value("monitor/translate/done")
        return item

    async def _translate(self, text: str, source: str) -> str:
        """One text: as is when already in the target language, else cache, else the provider."""
        text = (text or "").strip()
        if not text or source == self.target:
            return text
        assert self.shared is not None
        stats = self.crawler.stats
        provider = self.shared.translator.provider
        store = store_for(self.crawler)
        cached = store.cached_translation(provider, source, self.target, text)
        if cached is not None:
            stats.inc_value("monitor/translate/cached")
            return cached
        job = (source, self.target, text)
        inflight = self.shared.inflight.get(job)
        if inflight is not None:  # another item asked for the same text: wait for that answer
            stats.inc_value("monitor/translate/cached")
            return await asyncio.shield(inflight)
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self.shared.inflight[job] = future
        try:
            stats.inc_value("monitor/translate/requested")
            result = await self.shared.call(self.shared.translator.translate, text, source, self.target)
            store_for(self.crawler).cache_translation(provider, source, self.target, text, result)
            future.set_result(result)
            return result
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no "never retrieved" warning when nobody else waits
            raise
        finally:
            self.shared.inflight.pop(job, None)
