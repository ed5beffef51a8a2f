"""Store new items and give each a story."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.exceptions import DropItem

from monitor.items import ArticleItem
from monitor.pipelines import store_for
from monitor.stories import assign_story

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
        item_id = store.save_item(item.stored_fields(), item.aliases)
        if item_id is None:
            self.crawler.stats.inc_value("monitor/items/duplicate")
            raise DropItem(f"already stored: {item.url}")
        try:
            assign_story(store, item_id, item.alternates)
        except Exception:
            # A grouping failure must not lose the item: it stays a story of its own.
            self.crawler.stats.inc_value("monitor/stories/failed")
            logger.warning("story grouping failed for %s", item.url, exc_info=True)
            if store.get_item(item_id).get("story_id") is None:
                store.set_story(item_id, store.new_story(store.get_item(item_id)))
        self.crawler.stats.inc_value("monitor/items/new")
        return item
