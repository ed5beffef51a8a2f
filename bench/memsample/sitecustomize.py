"""Memory sampler for a crawl subprocess (bench only; active when MONITOR_MEMSAMPLE names a file).

bench/scale.py --sample puts this folder first on the child's PYTHONPATH. A daemon thread writes one
JSON line a second: RSS, threads, glibc malloc's view (mallinfo2: bytes in use and free bytes it
keeps), SQLite's own memory (sqlite3_memory_used), and Scrapy's per-crawler scraper slots summed
(responses queued/active, their bytes, items in the pipelines), plus items inside TranslatePipeline.
Reads are unlocked len()/int reads from another thread: approximate, which is enough here.
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
        row = {"t": round(time.monotonic(), 1), "rss_mb": round(rss, 1), "threads": threads}
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
        for k, v in row.items():
            if k != "t" and (k not in peak or v > peak[k]):
                peak[k] = v
        out.write(json.dumps(row) + "\n")
        out.flush()

    def run() -> None:
        with open(_PATH, "a", encoding="utf-8") as out:
            while True:
                try:
                    sample(out)
                except Exception as exc:  # noqa: BLE001 - a sampler must not stop the crawl
                    out.write(json.dumps({"error": repr(exc)}) + "\n")
                time.sleep(1.0)

    threading.Thread(target=run, name="memsample", daemon=True).start()

    import atexit

    def last() -> None:
        with open(_PATH, "a", encoding="utf-8") as out:
            out.write(json.dumps({"peak": peak}) + "\n")

    atexit.register(last)


if _PATH:
    _start()
