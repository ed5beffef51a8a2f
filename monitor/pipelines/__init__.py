"""Item pipelines, in the order data flows: normalize -> language -> dedup -> classify ->
translate -> store. Each is a small class configured from the crawler's settings."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from scrapy import signals

from storage import Store

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

_STORE_ATTR = "_monitor_store"

# One Store per database file for all the crawlers of a process: {absolute path: [store, users]}.
# A connection per crawler gave each of them its own SQLite page cache (up to storage.store.CACHE_KIB):
# with 40 sources that was hundreds of MB holding the same pages 40 times, so memory grew with the
# number of sources. Every use is on the reactor thread and no transaction spans an await, so the
# crawlers can take turns on one connection.
_open_stores: dict[str, list] = {}


def store_for(crawler: "Crawler") -> Store:
    """The crawler's Store (opened on first use, closed when the last crawler using it closes).

    Every pipeline of a crawler, and every crawler of the process writing to the same database,
    shares it, on the reactor thread.
    """
    store = getattr(crawler, _STORE_ATTR, None)
    if store is None:
        path = os.path.abspath(crawler.settings.get("MONITOR_DB"))
        entry = _open_stores.get(path)
        if entry is None:
            entry = _open_stores[path] = [Store.open(path), 0]
        entry[1] += 1
        store = entry[0]
        setattr(crawler, _STORE_ATTR, store)

        def close(*_: object, **__: object) -> None:
            setattr(crawler, _STORE_ATTR, None)
            entry[1] -= 1
            if entry[1] <= 0:
                if _open_stores.get(path) is entry:
                    del _open_stores[path]
                store.close()

        crawler.signals.connect(close, signal=signals.spider_closed, weak=False)
    return store
