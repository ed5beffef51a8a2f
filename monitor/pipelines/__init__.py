"""Item pipelines, in the order data flows: normalize -> language -> dedup -> classify ->
translate -> store. Each is a small class configured from the crawler's settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy import signals

from storage import Store

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

_STORE_ATTR = "_monitor_store"


def store_for(crawler: "Crawler") -> Store:
    """The crawler's one Store (opened on first use, closed when the spider closes).

    Every pipeline of a crawler shares it, on the reactor thread.
    """
    store = getattr(crawler, _STORE_ATTR, None)
    if store is None:
        store = Store.open(crawler.settings.get("MONITOR_DB"))
        setattr(crawler, _STORE_ATTR, store)

        def close(*_: object, **__: object) -> None:
            store.close()
            setattr(crawler, _STORE_ATTR, None)

        crawler.signals.connect(close, signal=signals.spider_closed, weak=False)
    return store
