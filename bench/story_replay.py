"""Replay a stored crawl's items through story grouping: ms per item as the store grows, story ids.

    python bench/story_replay.py SOURCE.db [--out ids.json] [--compare ids.json] [--batch 1000]

Copies SOURCE's items in id order (the order the crawl stored them) into a fresh store, runs
`assign_story` on each with its stored hreflang alternates, and prints the milliseconds per item of
each batch. `--out` writes {url: the url of the first item of its story} (story ids differ between
stores, the grouping they express does not); `--compare` reads such a file and prints how many items
were grouped differently. Used to check that a change to the grouping's mechanics changes no result.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.stories import assign_story  # noqa: E402
from storage import Store  # noqa: E402

SKIP = {"id", "story_id"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", help="a stored crawl (monitor.db)")
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--out", help="write the grouping here (JSON)")
    ap.add_argument("--compare", help="a grouping written by --out to compare with")
    args = ap.parse_args()
    src = sqlite3.connect(args.source)
    src.row_factory = sqlite3.Row
    rows = [dict(r) for r in src.execute("SELECT * FROM items ORDER BY id")]
    alternates: dict[int, list[str]] = {}
    for item_id, url in src.execute("SELECT item_id, url FROM item_alternates"):
        alternates.setdefault(item_id, []).append(url)
    store = Store.open(os.path.join(tempfile.mkdtemp(), "replay.db"))
    store.db.execute("PRAGMA synchronous=NORMAL")   # time the grouping, not the disk's fsync
    spent, batch_ms = 0.0, []
    for n, row in enumerate(rows, 1):
        item_id = store.save_item({k: v for k, v in row.items() if k not in SKIP})
        t0 = time.perf_counter()
        assign_story(store, item_id, alternates.get(row["id"], []))
        spent += time.perf_counter() - t0
        if n % args.batch == 0 or n == len(rows):
            size = n % args.batch or args.batch
            batch_ms.append(round(1000 * spent / size, 2))
            print(f"items {n - size:>6}-{n:<6} {batch_ms[-1]:6.2f} ms/item", flush=True)
            spent = 0.0
    first: dict[int, str] = {}
    grouping = {}
    for url, sid in store.db.execute("SELECT url, story_id FROM items ORDER BY id"):
        grouping[url] = first.setdefault(sid, url)
    print(json.dumps({"items": len(rows), "ms_per_item": batch_ms, "stories": len(first),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
    if args.out:
        Path(args.out).write_text(json.dumps(grouping))
    if args.compare:
        other = json.loads(Path(args.compare).read_text())
        print(f"items grouped differently: {sum(1 for u in grouping if grouping[u] != other.get(u))} of {len(grouping)}")
    store.close()


if __name__ == "__main__":
    main()
