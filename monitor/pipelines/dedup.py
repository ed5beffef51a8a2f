"""Drop items already stored (by URL or identical text) or already seen in this crawl."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import DropItem

from monitor.items import ArticleItem
from monitor.pipelines import store_for

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class DedupPipeline:
    def __init__(self, crawler: "Crawler"):
        self.crawler = crawler
        # Items still on their way to the store (translation is awaited in between): URL or content
        # hash -> id() of the item that claimed it. An entry leaves when its item is stored or dropped
        # (the store answers for it then), so the set holds the items in flight, not the whole crawl.
        self.in_flight: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "DedupPipeline":
        pipeline = cls(crawler)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(pipeline.item_done, signal=signal)
        return pipeline

    def process_item(self, item: ArticleItem) -> ArticleItem:
        store = store_for(self.crawler)
        existing = store.item_id_for_url(item.url)
        reason = "url"
        if existing is None and item.content_hash:
            existing = store.item_id_for_hash(item.content_hash)
            reason = "content"
        if existing is None and (item.url in self.in_flight or item.content_hash in self.in_flight):
            self.crawler.stats.inc_value("monitor/items/duplicate")
            raise DropItem(f"duplicate of an item seen earlier in this crawl: {item.url}")
        if existing is not None:
            # Remember how we reached it, so the next crawl does not download it again.
            with store.write_transaction():   # committed at once, not left open for the next writer
                store.add_aliases(existing, [item.url, *item.aliases])
                store.touch(existing)
            self.crawler.stats.inc_value("monitor/items/duplicate")
            raise DropItem(f"duplicate ({reason}) of stored item {existing}: {item.url}")
        for key in filter(None, (item.url, item.content_hash)):
            self.in_flight[key] = id(item)
        return item

    def item_done(self, item: Any, **_: Any) -> None:
        """The item left the pipelines: forget what it claimed (not what another item in flight did)."""
        if not isinstance(item, ArticleItem):
            return
        for key in (item.url, item.content_hash):
            if key and self.in_flight.get(key) == id(item):
                del self.in_flight[key]
