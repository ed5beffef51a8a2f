"""Where the insert time of a growing store goes (issue 10): bench/scale.py's generated store, written in
batches of 10,000 by the steps of Store.save_items, each step timed.

    PYTHONPATH=$PWD python bench/store_phases.py --items 1000000 [--no-fts] [--json out.json]

Steps: building the rows (fold of the search text), the dedup lookups by URL, the items INSERT (the
table, its b-tree indexes and, through its trigger, the full-text index), the item_urls INSERT, the
COMMIT (WAL write and checkpoint). `--no-fts` drops the full-text trigger first: the difference of two
runs is the full-text index's share. Prints the median of each step over ten batches at the start
(batches 2-11), the middle and the end of the store, and the FTS5 segment levels at the end.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scale import STORE_BATCH, generated_items  # noqa: E402
from storage import Store  # noqa: E402

class CacheCounters:
    """SQLite's page cache counters of one connection (sqlite3_db_status: hits, misses, pages written, dirty
    pages spilled mid-transaction), read through the sqlite3* handle that CPython's Connection object holds
    first after its object header (bench only; {} when the library or the layout does not allow it)."""

    OPS = {"hit": 7, "miss": 8, "write": 9, "spill": 12}

    def __init__(self, conn: Any) -> None:
        self.lib = self.handle = None
        try:
            path = next(line.split()[-1] for line in open("/proc/self/maps") if "libsqlite3" in line)
            self.lib = ctypes.CDLL(path)
            self.handle = ctypes.c_void_p(ctypes.c_void_p.from_address(id(conn) + 2 * ctypes.sizeof(ctypes.c_void_p)).value)
            self.read()
        except (StopIteration, OSError, AttributeError):
            self.lib = None

    def _get(self, op: int, reset: bool) -> int:
        cur, high = ctypes.c_int(), ctypes.c_int()
        if self.lib.sqlite3_db_status(self.handle, op, ctypes.byref(cur), ctypes.byref(high), int(reset)) != 0:
            raise OSError("sqlite3_db_status failed")
        return cur.value

    def read(self) -> dict[str, int]:
        return {k: self._get(op, False) for k, op in self.OPS.items()} if self.lib else {}

    def reset(self) -> None:
        if self.lib:
            for op in self.OPS.values():
                self._get(op, True)


STEPS = ("rows", "dedup lookups", "items insert", "item_urls insert", "commit")


def fts_levels(store: Store) -> list[int]:
    """Segments per level of the FTS5 index, from its structure record (fts5_index.c: a 4-byte cookie,
    then varints: levels, segments, write counter, and per level: merging, segments, 3 per segment)."""
    blob = store.scalar("SELECT block FROM items_fts_data WHERE id = 10")
    pos = 4

    def varint() -> int:
        nonlocal pos
        value = 0
        for _ in range(8):
            byte = blob[pos]
            pos += 1
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                return value
        value = (value << 8) | blob[pos]
        pos += 1
        return value

    levels, _, _ = varint(), varint(), varint()
    out = []
    for _ in range(levels):
        varint()
        segments = varint()
        for _ in range(3 * segments):
            varint()
        out.append(segments)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/store-phases.db")
    ap.add_argument("--no-fts", action="store_true", help="without the full-text index's insert trigger")
    ap.add_argument("--json", help="write the seconds of every step of every batch here")
    ap.add_argument("--pragma", action="append", default=[], help="KEY=VALUE run on the store's connection first")
    ap.add_argument("--fts-config", action="append", default=[],
                    help="KEY=VALUE written into the full-text index's settings first (e.g. automerge=8)")
    args = ap.parse_args(argv)
    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    store = Store.open(args.db)
    db = store.db
    if args.no_fts:
        db.execute("DROP TRIGGER items_ai")
    for pragma in args.pragma:
        db.execute(f"PRAGMA {pragma}")
    for setting in args.fts_config:
        key, value = setting.split("=", 1)
        db.execute("INSERT INTO items_fts (items_fts, rank) VALUES (?, ?)", [key, int(value)])
    rng = random.Random(11)   # the items of bench/scale.py's store
    counters = CacheCounters(db.conn)
    batches, cpu, pages = [], [], []
    try:
        for b0 in range(0, args.items, STORE_BATCH):
            items = generated_items(rng, b0, min(args.items, b0 + STORE_BATCH))
            counters.reset()
            t, c = [time.perf_counter()], [time.process_time()]

            def lap() -> None:
                t.append(time.perf_counter())
                c.append(time.process_time())

            # the steps of Store.save_items, one by one
            rows = [store._item_row(f, "2026-01-01T00:00:00Z") for f in items]
            lap()
            db.conn.execute("BEGIN")
            fresh = list({r["url"]: r for r in rows if store.item_id_for_url(r["url"]) is None}.values())
            lap()
            last_id = store.scalar("SELECT coalesce(max(id), 0) FROM items")
            db["items"].insert_all(fresh, batch_size=1000, ignore=True)
            lap()
            db.conn.execute("INSERT OR IGNORE INTO item_urls (url, item_id) SELECT url, id FROM items WHERE id > ?",
                            [last_id])
            lap()
            db.conn.execute("COMMIT")
            lap()
            batches.append([t[k + 1] - t[k] for k in range(len(STEPS))])
            cpu.append([c[k + 1] - c[k] for k in range(len(STEPS))])
            pages.append(counters.read())
        levels = [] if args.no_fts else fts_levels(store)
    finally:
        store.close()
    n = len(batches)
    spans = {"start": (1, min(n, 11)), "middle": (max(0, n // 2 - 5), min(n, n // 2 + 5)), "end": (max(0, n - 10), n)}
    windows = {k: batches[lo:hi] for k, (lo, hi) in spans.items()}
    print(f"seconds per {STORE_BATCH:,} items, median of 10 batches" + (" (no full-text index)" if args.no_fts else ""))
    print("| step | " + " | ".join(f"{k}: {STORE_BATCH * lo:,} → {STORE_BATCH * hi:,} items"
                                    for k, (lo, hi) in spans.items()) + " |")
    print("|---|---|---|---|")
    for i, step in enumerate((*STEPS, "total")):
        cells = [statistics.median(sum(b) if step == "total" else b[i] for b in w) for w in windows.values()]
        print(f"| {step} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")
    if levels:
        print(f"FTS5 segments per level at the end: {levels}")
    if n >= 21:   # bench/scale.py's figure: medians of batches 2-11 and of the last 10, every step
        first, last = (statistics.median(sum(b) for b in batches[lo:hi]) for lo, hi in ((1, 11), (n - 10, n)))
        cpu_first, cpu_last = (statistics.median(sum(b) for b in cpu[lo:hi]) for lo, hi in ((1, 11), (n - 10, n)))
        print(f"all steps, first 10 -> last 10 batches: wall {first:.3f} -> {last:.3f} s ({last / first:.2f}x), "
              f"CPU {cpu_first:.3f} -> {cpu_last:.3f} s ({cpu_last / cpu_first:.2f}x); "
              f"sum of all batches {sum(map(sum, batches)):.1f} s")
        print("CPU s per step, first 10 -> last 10: " + ", ".join(
            f"{step} {statistics.median(b[i] for b in cpu[1:11]):.3f} -> {statistics.median(b[i] for b in cpu[-10:]):.3f}"
            for i, step in enumerate(STEPS)))
        if pages[0]:
            print("page cache per batch, first 10 -> last 10: " + ", ".join(
                f"{k} {statistics.median(p[k] for p in pages[1:11]):,.0f} -> {statistics.median(p[k] for p in pages[-10:]):,.0f}"
                for k in CacheCounters.OPS))
    if args.json:
        Path(args.json).write_text(json.dumps({"steps": STEPS, "batches": batches, "cpu": cpu, "pages": pages, "fts_levels": levels,
                                               "pragma": args.pragma, "fts_config": args.fts_config}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
