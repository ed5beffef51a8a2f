"""Store new items and give each a story."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.exceptions import DropItem

from monitor.items import ArticleItem
from monitor.pipelines import store_for
from monitor.stories import assign_story
from storage import Store
from storage.store import is_locked

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class StorePipeline:
    def __init__(self, crawler: "Crawler"):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "StorePipeline":
        return cls(crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        store = store_for(self.crawler)
        try:
            # The item, its aliases and its story in one transaction: one commit per item, and a crash
            # (SIGKILL) leaves either all of it or none of it (a rerun then fetches it again).
            with store.write_transaction():
                item_id = store.save_item(item.stored_fields(), item.aliases)
                if item_id is not None:
                    self.group(store, item_id, item)
        except Exception as exc:
            if not is_locked(exc):
                raise
            self.database_locked(item)
            raise DropItem(f"not stored, the database is locked: {item.url}") from None
        if item_id is None:
            self.crawler.stats.inc_value("monitor/items/duplicate")
            raise DropItem(f"already stored: {item.url}")
        self.crawler.stats.inc_value("monitor/items/new")
        return item

    def group(self, store: Store, item_id: int, item: ArticleItem) -> None:
        try:
            assign_story(store, item_id, item.alternates, item.translations)   # a savepoint: a failure undoes only the grouping
        except Exception as exc:
            if is_locked(exc):
                raise
            # A grouping failure must not lose the item: it stays a story of its own.
            self.crawler.stats.inc_value("monitor/stories/failed")
            logger.warning("story grouping failed for %s", item.url, exc_info=True)
            if store.get_item(item_id).get("story_id") is None:
                store.set_story(item_id, store.new_story(store.get_item(item_id)))

    def database_locked(self, item: ArticleItem) -> None:
        """Another writer kept the lock past the busy timeout: stop this source's crawl (every further
        item would wait as long and fail too). Nothing stored is lost; what is not stored is fetched
        again next run (it is not known yet)."""
        stats = self.crawler.stats
        stats.inc_value("monitor/store/locked")
        if stats.get_value("monitor/store/locked") > 1:
            return
        logger.error("%s: the database %s is locked by another writer past the busy timeout: this crawl stops; "
                     "%s and the rest are fetched again next run", item.source, self.crawler.settings.get("MONITOR_DB"),
                     item.url)
        from scrapy.utils.defer import deferred_from_coro

        deferred_from_coro(self.crawler.engine.close_spider_async(reason="database locked"))
