"""Drop items already stored (by URL or identical text) or already seen in this crawl."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import DropItem

from monitor.items import ArticleItem
from monitor.pipelines import store_for

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class DedupPipeline:
    def __init__(self, crawler: "Crawler"):
        self.crawler = crawler
        # Items still on their way to the store (translation is awaited in between).
        self.in_flight: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "DedupPipeline":
        return cls(crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        store = store_for(self.crawler)
        existing = store.item_id_for_url(item.url)
        reason = "url"
        if existing is None and item.content_hash:
            existing = store.item_id_for_hash(item.content_hash)
            reason = "content"
        if existing is None and ({item.url, item.content_hash} & self.in_flight):
            self.crawler.stats.inc_value("monitor/items/duplicate")
            raise DropItem(f"duplicate of an item seen earlier in this crawl: {item.url}")
        if existing is not None:
            # Remember how we reached it, so the next crawl does not download it again.
            with store.write_transaction():   # committed at once, not left open for the next writer
                store.add_aliases(existing, [item.url, *item.aliases])
                store.touch(existing)
            self.crawler.stats.inc_value("monitor/items/duplicate")
            raise DropItem(f"duplicate ({reason}) of stored item {existing}: {item.url}")
        self.in_flight.update(filter(None, (item.url, item.content_hash)))
        return item
