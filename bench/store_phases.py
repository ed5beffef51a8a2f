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
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scale import STORE_BATCH, generated_items  # noqa: E402
from storage import Store  # noqa: E402

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
    args = ap.parse_args(argv)
    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    store = Store.open(args.db)
    db = store.db
    if args.no_fts:
        db.execute("DROP TRIGGER items_ai")
    rng = random.Random(11)   # the items of bench/scale.py's store
    batches = []
    try:
        for b0 in range(0, args.items, STORE_BATCH):
            items = generated_items(rng, b0, min(args.items, b0 + STORE_BATCH))
            t = [time.perf_counter()]
            # the steps of Store.save_items, one by one
            rows = [store._item_row(f, "2026-01-01T00:00:00Z") for f in items]
            t.append(time.perf_counter())
            db.conn.execute("BEGIN")
            fresh = list({r["url"]: r for r in rows if store.item_id_for_url(r["url"]) is None}.values())
            t.append(time.perf_counter())
            db["items"].insert_all(fresh, batch_size=1000, ignore=True)
            t.append(time.perf_counter())
            db.conn.executemany(
                "INSERT OR IGNORE INTO item_urls (url, item_id) SELECT url, id FROM items WHERE url = ?",
                [(r["url"],) for r in fresh])
            t.append(time.perf_counter())
            db.conn.execute("COMMIT")
            t.append(time.perf_counter())
            batches.append([t[k + 1] - t[k] for k in range(len(STEPS))])
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
    if args.json:
        Path(args.json).write_text(json.dumps({"steps": STEPS, "batches": batches, "fts_levels": levels}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
