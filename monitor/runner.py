"""Run one crawl of several sources in one process and report per-source outcomes."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from monitor.config import Config, ConfigError, Source, translator_settings
from monitor.exit_status import ExitStatus
from monitor.redact import install_redaction
from monitor.render.scripted import render_summary
from storage import Store, utcnow
from storage.store import is_locked

logger = logging.getLogger(__name__)


@dataclass
class SourceResult:
    """What one source's crawl did."""

    source: str
    status: str = "ok"              # ok | failed | empty
    pages: int = 0
    articles_seen: int = 0
    items_new: int = 0
    items_duplicate: int = 0
    known_skipped: int = 0
    rejected: int = 0               # article candidates fetched and dropped as not articles (no title, too short...)
    no_date: int = 0                # articles extracted without a publication date
    errors: int = 0
    message: str = ""
    started: str = field(default_factory=utcnow)
    finished: str | None = None

    @property
    def failed(self) -> bool:
        return self.status != "ok"


def build_settings(cfg: Config, overrides: dict[str, Any]) -> Settings:
    """Project settings, then the config's [scrapy] table, then monitor settings (cmdline priority)."""
    settings = Settings()
    settings.setmodule("monitor.settings", priority="project")
    settings.update(cfg.scrapy, priority="project")
    settings.update({k: v for k, v in overrides.items()}, priority="cmdline")
    return settings


def crawl_overrides(
    cfg: Config,
    config_path: str,
    db_path: str,
    *,
    translator: str | None = None,
    translator_url: str | None = None,
    refresh: bool = False,
    log_level: str = "WARNING",
    sources: list[Source] | None = None,
) -> dict[str, Any]:
    """The MONITOR_* (and log) settings a crawl of this config runs with; raises ConfigError."""
    overrides: dict[str, Any] = translator_settings(cfg, translator, translator_url)
    overrides.update(browser_overrides(cfg, sources))
    overrides.update({
        "MONITOR_DB": os.path.abspath(db_path),
        "MONITOR_CONFIG": os.path.abspath(config_path),
        "MONITOR_TARGET_LANGUAGE": cfg.target_language,
        "MONITOR_TRANSLATE_BODY": cfg.translate_body,
        "MONITOR_REFRESH": refresh,
        "MONITOR_TOPICS": [{"name": t.name, "terms": {k: list(v) for k, v in t.terms.items()}} for t in cfg.topics],
        "LOG_LEVEL": log_level,
    })
    return overrides


def browser_overrides(cfg: Config, sources: list[Source] | None = None) -> dict[str, Any]:
    """The scrapy-playwright settings when a source of this crawl may need Chromium, else none.

    Raises ConfigError naming the source when no Chromium can be found, before anything is fetched.
    """
    from monitor.render.browser import ChromiumNotFound, find_chromium, playwright_settings

    needing = [s for s in (cfg.sources if sources is None else sources) if s.needs_browser]
    if not needing:
        return {}                   # a plain crawl: Scrapy's own download handlers, as always
    project = build_settings(cfg, {})
    try:
        executable = find_chromium(project.get("MONITOR_CHROMIUM"))
    except ChromiumNotFound as exc:
        raise ConfigError(f"{cfg.path}: source {needing[0].name!r}: field 'render' is {needing[0].render!r} "
                          f"but {exc}") from None
    return {"MONITOR_CHROMIUM": executable,
            **playwright_settings(executable, project.getfloat("MONITOR_RENDER_TIMEOUT"),
                                  project.getint("MONITOR_RENDER_PAGES"))}


# Responses downloaded and waiting for their callbacks and pipelines, in bytes, for the whole process.
# Scrapy bounds them per crawler (SCRAPER_SLOT_MAX_ACTIVE_SIZE, 5 MB): with a crawler per source, and
# downloads much faster than extraction, every source filled its own allowance, so memory grew with
# the number of sources. The process budget is shared out (a user's own setting wins).
SCRAPER_BUDGET = 4 * 1024 * 1024
SCRAPER_SLOT_MIN = 128 * 1024


def share_scraper_budget(settings: Settings, crawlers: int) -> None:
    """Each crawler's share of SCRAPER_BUDGET as its SCRAPER_SLOT_MAX_ACTIVE_SIZE."""
    if settings.getpriority("SCRAPER_SLOT_MAX_ACTIVE_SIZE") > 0:     # set by the config's [scrapy] table
        return
    share = max(SCRAPER_SLOT_MIN, SCRAPER_BUDGET // max(1, crawlers))
    settings.set("SCRAPER_SLOT_MAX_ACTIVE_SIZE", min(share, settings.getint("SCRAPER_SLOT_MAX_ACTIVE_SIZE")),
                 priority="default")


def exit_status(results: list[SourceResult]) -> ExitStatus:
    """OK when every source crawled, PARTIAL when some failed."""
    return ExitStatus.PARTIAL if any(r.failed for r in results) else ExitStatus.OK


def _result_from_stats(source: Source, stats: dict[str, Any], previous: list[dict[str, Any]]) -> SourceResult:
    r = SourceResult(source=source.name)
    r.pages = stats.get("response_received_count", 0)
    r.articles_seen = stats.get("monitor/article_links", 0) + stats.get("monitor/feed_entries", 0)
    r.items_new = stats.get("monitor/items/new", 0)
    r.items_duplicate = stats.get("monitor/items/duplicate", 0)
    r.known_skipped = stats.get("monitor/known/skipped", 0)
    # Pages that are not articles (a parse-failure signal for health checks); 404 teasers are not counted.
    r.rejected = stats.get("monitor/article/not_an_article", 0) + stats.get("monitor/article/not_html", 0)
    r.no_date = stats.get("monitor/article/no_date", 0)
    # Not log_count/ERROR: every crawler of the process counts every crawler's log records.
    r.errors = sum(stats.get(key, 0) for key in ("monitor/start_page/failed", "monitor/listing/failed",
                                                  "monitor/article/failed", "spider_exceptions/count"))
    reason = stats.get("finish_reason", "finished")
    unchanged = stats.get("monitor/listing/not_modified", 0)   # HTTP 304: the listing is as the last run saw it
    if stats.get("monitor/start_page/failed") or not (
            stats.get("monitor/listing_pages", 0) or stats.get("monitor/feeds", 0) or unchanged):
        why = stats.get("monitor/start_page/error")
        r.status, r.message = "failed", f"start page {source.url} could not be fetched" + (f": {why}" if why else "")
    elif stats.get("monitor/start_page/invalid"):
        r.status, r.message = "failed", f"start page {source.url} is not a readable {source.type} (not well-formed XML)"
    elif reason != "finished":
        r.status, r.message = "failed", f"crawl stopped: {reason}"
    elif (r.articles_seen + stats.get("monitor/sitemap_urls", 0)) == 0 and unchanged:
        # the same links as the last run that read the listing (so layout checks do not fire)
        r.articles_seen = next((p["articles_seen"] for p in previous if p.get("articles_seen")), 0)
        r.message = "listing unchanged since the last run (HTTP 304)"
    elif (r.articles_seen + stats.get("monitor/sitemap_urls", 0)) == 0:
        had_articles = any((p.get("articles_seen") or 0) > 0 for p in previous)
        r.status = "empty" if had_articles else "ok"
        r.message = ("no article links found where earlier runs found some: has the layout changed?"
                     if had_articles else "no article links found")
    bad = bad_page_reasons(stats)
    if bad:
        r.message = "; ".join(filter(None, [r.message, bad]))
    rendered = render_summary(stats)        # how a JavaScript listing was read (browser, JSON)
    if rendered:
        r.message = "; ".join(filter(None, [r.message, rendered]))
    return r


# Pages dropped for a reason a user should see in the summary line (stat key -> reason).
BAD_PAGE_REASONS = {
    "offsite/filtered": "sent to another host (dropped)",     # Scrapy's OffsiteMiddleware
    "monitor/redirect/loop": "redirect loop",
    "monitor/rejected/not_html": "not HTML",
    "monitor/download/too_large": "over the size cap",
    "monitor/download/timeout": "timed out",                 # DOWNLOAD_TIMEOUT, for the whole answer
    "monitor/xml/invalid": "not well-formed XML",            # feeds and sitemaps: readable entries used
}


def bad_page_reasons(stats: dict[str, Any]) -> str:
    """'1 page redirected to another host (dropped), 2 pages not HTML' (empty when none)."""
    parts = []
    for key, reason in BAD_PAGE_REASONS.items():
        n = stats.get(key, 0)
        if n:
            parts.append(f"{n} page{'s' if n > 1 else ''} {reason}")
    return ", ".join(parts)


def run_crawl(
    cfg: Config,
    sources: list[Source],
    overrides: dict[str, Any],
    progress: Callable[[str], None] | None = None,
) -> list[SourceResult]:
    """Crawl the sources (in one Twisted reactor) and record a crawl run per source."""
    from monitor.spiders.news import NewsSpider

    say = progress or (lambda msg: print(msg, file=sys.stderr, flush=True))
    settings = build_settings(cfg, overrides)
    share_scraper_budget(settings, len(sources))
    db_path = settings.get("MONITOR_DB")
    store = Store.open(db_path)
    previous = {s.name: store.runs(s.name, limit=5) for s in sources}
    store.close()

    process = CrawlerProcess(settings)
    install_redaction([settings.get("MONITOR_TRANSLATOR_KEY") or ""])
    crawlers = []
    for source in sources:
        crawler = process.create_crawler(NewsSpider)
        started = utcnow()

        def opened(spider: Any, name: str = source.name) -> None:
            say(f"[{name}] crawling")

        crawler.signals.connect(opened, signal=signals.spider_opened, weak=False)
        crawlers.append((source, crawler, started))
        process.crawl(crawler, source=source)
    process.start()

    results = []
    store = Store.open(db_path)
    try:
        for source, crawler, started in crawlers:
            stats = crawler.stats.get_stats() if crawler.stats else {}
            result = _result_from_stats(source, stats, previous[source.name])
            result.started, result.finished = started, utcnow()
            run = {
                "started": result.started, "finished": result.finished, "source": result.source,
                "status": result.status, "pages": result.pages, "articles_seen": result.articles_seen,
                "items_new": result.items_new, "items_duplicate": result.items_duplicate,
                "errors": result.errors, "message": result.message,
                "rejected": result.rejected, "no_date": result.no_date,
            }
            try:
                store.record_run(run)
            except sqlite3.OperationalError as exc:
                if not is_locked(exc):
                    raise
                say(f"[{source.name}] {db_path}: database locked by another writer, this run is not recorded")
            say(f"[{source.name}] {result.status}: {result.pages} pages, {result.items_new} new, "
                f"{result.items_duplicate + result.known_skipped} known, {result.rejected} rejected, "
                f"{result.errors} errors"
                + (f" ({result.message})" if result.message else ""))
            results.append(result)
    finally:
        store.close()
    return results
