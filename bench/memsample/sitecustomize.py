"""Memory sampler for a crawl subprocess (bench only; active when MONITOR_MEMSAMPLE names a file).

bench/scale.py --sample puts this folder first on the child's PYTHONPATH. A daemon thread writes one
JSON line a second: RSS, threads, glibc malloc's view (mallinfo2: bytes in use and free bytes it
keeps), SQLite's own memory (sqlite3_memory_used), and Scrapy's per-crawler scraper slots summed
(responses queued/active, their bytes, items in the pipelines), plus items inside TranslatePipeline.
Reads are unlocked len()/int reads from another thread: approximate, which is enough here.
Each line also has the pages fetched and items scraped so far (Scrapy's stats, summed over the crawlers),
so that RSS can be read against pages. With MONITOR_MEMSAMPLE_CONTAINERS=SECONDS, every SECONDS a line
{"containers": ..., "at": t} lists the largest Python containers (dicts, sets, lists, deques; by length) with what
holds them (class and attribute), and the number of objects the cyclic GC tracks: what grows per page.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import threading
import time

_PATH = os.environ.get("MONITOR_MEMSAMPLE")


class _MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                "fsmblks", "uordblks", "fordblks", "keepcost")]


def _start() -> None:
    slots: list = []
    translating = [0]
    peak: dict = {}

    import scrapy.core.scraper as scraper

    init = scraper.Slot.__init__

    def slot_init(self, *a, **k):  # type: ignore[no-untyped-def]
        init(self, *a, **k)
        slots.append(self)

    scraper.Slot.__init__ = slot_init

    import scrapy.statscollectors as statscollectors

    stats_init = statscollectors.StatsCollector.__init__
    collectors: list = []

    def collector_init(self, *a, **k):  # type: ignore[no-untyped-def]
        stats_init(self, *a, **k)
        collectors.append(self)

    statscollectors.StatsCollector.__init__ = collector_init

    def patch_translate() -> None:
        from monitor.pipelines import translate

        original = translate.TranslatePipeline.process_item

        async def process_item(self, item):  # type: ignore[no-untyped-def]
            translating[0] += 1
            try:
                return await original(self, item)
            finally:
                translating[0] -= 1

        translate.TranslatePipeline.process_item = process_item

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        libc.mallinfo2.restype = _MallInfo2
    except (OSError, AttributeError):
        libc = None
    sqlite = None
    patch_translate()   # before any pipeline object exists: Scrapy keeps bound methods

    def sample(out) -> None:  # type: ignore[no-untyped-def]
        nonlocal sqlite
        status = open("/proc/self/status").read()
        rss = int(status.split("VmRSS:")[1].split()[0]) / 1024
        threads = int(status.split("Threads:")[1].split()[0])
        # Python objects live in pymalloc's own arenas (mmap), outside malloc's figures: count its blocks
        row = {"t": round(time.monotonic(), 1), "rss_mb": round(rss, 1), "threads": threads,
               "py_blocks_k": round(__import__("sys").getallocatedblocks() / 1000)}
        if libc is not None:
            mi = libc.mallinfo2()
            row.update(malloc_used_mb=round(mi.uordblks / 2**20, 1), malloc_free_mb=round(mi.fordblks / 2**20, 1),
                       malloc_mmap_mb=round(mi.hblkhd / 2**20, 1))
        if sqlite is None and "_sqlite3" in __import__("sys").modules:
            for line in open("/proc/self/maps"):
                if "libsqlite3" in line:
                    sqlite = ctypes.CDLL(line.split()[-1])
                    sqlite.sqlite3_memory_used.restype = ctypes.c_int64
                    break
        if sqlite is not None:
            row["sqlite_mb"] = round(sqlite.sqlite3_memory_used() / 2**20, 1)
        live = list(slots)
        row.update(queued=sum(len(s.queue) for s in live), active=sum(len(s.active) for s in live),
                   active_kb=round(sum(s.active_size for s in live) / 1024), items=sum(s.itemproc_size for s in live),
                   translating=translating[0])
        stats = [c._stats for c in list(collectors)]
        row.update(pages=sum(s.get("response_received_count", 0) for s in stats),
                   items_scraped=sum(s.get("item_scraped_count", 0) for s in stats))
        for k, v in row.items():
            if k != "t" and (k not in peak or v > peak[k]):
                peak[k] = v
        out.write(json.dumps(row) + "\n")
        out.flush()

    every = float(os.environ.get("MONITOR_MEMSAMPLE_CONTAINERS") or 0)

    def run() -> None:
        last = time.monotonic()
        with open(_PATH, "a", encoding="utf-8") as out:
            while True:
                try:
                    sample(out)
                    if every and time.monotonic() - last >= every:
                        last = time.monotonic()
                        out.write(json.dumps({"containers": _containers(), "at": round(last, 1)}) + "\n")
                        out.flush()
                except Exception as exc:  # noqa: BLE001 - a sampler must not stop the crawl
                    out.write(json.dumps({"error": repr(exc)}) + "\n")
                time.sleep(1.0)

    threading.Thread(target=run, name="memsample", daemon=True).start()

    import atexit

    def last() -> None:
        with open(_PATH, "a", encoding="utf-8") as out:
            out.write(json.dumps({"peak": peak}) + "\n")

    atexit.register(last)


def _owner(container: object, objects_by_dict: dict[int, object]) -> str:
    """What holds a container: `Class.attribute` of the object whose attribute it is, else the
    referrer's type (a module's globals show as the module)."""
    import gc
    import types

    for ref in gc.get_referrers(container):
        if isinstance(ref, dict):
            holder = objects_by_dict.get(id(ref))
            if holder is not None:
                name = next((k for k, v in ref.items() if v is container), "?")
                kind = holder.__name__ if isinstance(holder, types.ModuleType) else type(holder).__qualname__
                return f"{kind}.{name}"
        elif not isinstance(ref, (list, types.FrameType)) and hasattr(type(ref), "__slots__"):
            name = next((k for k in type(ref).__slots__ if getattr(ref, k, None) is container), "?")
            return f"{type(ref).__qualname__}.{name}"
    return "?"


def _containers(top: int = 25) -> dict:
    """The `top` largest dicts, sets, lists and deques by length, with their holders, and the GC's object count."""
    import collections
    import gc
    import sys

    objects = gc.get_objects()
    kinds = (dict, set, list, collections.deque, frozenset)
    big = sorted((o for o in objects if isinstance(o, kinds) and len(o) >= 200), key=len, reverse=True)[:top]
    by_dict = {id(vars(o)): o for o in objects if hasattr(o, "__dict__") and not isinstance(o, type)
               and isinstance(getattr(o, "__dict__", None), dict)}
    by_dict.update({id(vars(m)): m for m in list(sys.modules.values()) if m is not None})
    out = [{"type": type(o).__name__, "len": len(o), "owner": _owner(o, by_dict),
            "kib": round(sys.getsizeof(o) / 1024)} for o in big]
    import functools

    # memoised functions (functools.lru_cache): bounded ones fill up to their maxsize as pages come
    caches = sorted(({"function": f"{getattr(o, '__module__', '?')}.{getattr(o, '__qualname__', '?')}",
                      "size": o.cache_info().currsize, "maxsize": o.cache_info().maxsize}
                     for o in objects if isinstance(o, functools._lru_cache_wrapper)), key=lambda c: -c["size"])
    del objects, big
    return {"gc_objects": len(gc.get_objects()), "largest": out, "lru_caches": [c for c in caches if c["size"] >= 100]}


if _PATH:
    _start()
