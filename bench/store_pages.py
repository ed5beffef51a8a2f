"""Which b-trees a 10,000-item batch writes (issue 10): the pages of one `Store.save_items` batch, by table or
index, appended to a copy of an existing generated store (bench/store_phases.py --db KEEP builds one).

    PYTHONPATH=$PWD python bench/store_pages.py STORE [--batches 3] [--work /tmp/store-pages.db]
        [--pragma secure_delete=FAST ...]

The store is copied to --work, `--batches` more batches of bench/scale.py's generated items (numbered on
from the store's count) are written through Store.save_items with automatic checkpoints off, and after each
commit the page numbers of its WAL frames are read from the WAL file (a 32-byte header, then frames of a
24-byte header, page number first, and one page), and checkpointed by hand. At the end dbstat maps every
page to its b-tree. Prints, per batch, seconds, WAL frames (pages written, a page spilled
mid-transaction and written again counts twice), distinct pages, and distinct pages per b-tree (mean over the batches but the first); freed pages
(on the freelist at the end) show as "(free)".
"""

from __future__ import annotations

import argparse
import random
import shutil
import struct
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scale import STORE_BATCH, generated_items  # noqa: E402
from storage import Store  # noqa: E402

WAL_HEADER = 32
FRAME_HEADER = 24


def wal_pages(wal: Path, page_size: int) -> list[int]:
    """Page number of every frame of the WAL file since its last reset (frames whose salt matches the header)."""
    data = wal.read_bytes()
    if len(data) < WAL_HEADER:
        return []
    salt = data[16:24]
    pages, pos = [], WAL_HEADER
    while pos + FRAME_HEADER + page_size <= len(data):
        if data[pos + 8:pos + 16] != salt:
            break
        pages.append(struct.unpack(">I", data[pos:pos + 4])[0])
        pos += FRAME_HEADER + page_size
    return pages


def page_owners(store: Store) -> dict[int, str]:
    """{page number: name of its table or index} from dbstat; freelist pages as '(free)'."""
    owners = {row[1]: row[0] for row in store.db.execute("SELECT name, pageno FROM dbstat")}
    trunk = store.scalar("PRAGMA freelist_count")
    if trunk:
        for page in range(1, store.scalar("PRAGMA page_count") + 1):
            owners.setdefault(page, "(free)")
    return owners


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--work", default="/tmp/store-pages.db")
    ap.add_argument("--batches", type=int, default=3)
    ap.add_argument("--pragma", action="append", default=[], help="KEY=VALUE run on the connection first")
    args = ap.parse_args(argv)
    work = Path(args.work)
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copyfile(args.store, work)
    store = Store.open(str(work))
    db = store.db
    for pragma in args.pragma:
        db.execute(f"PRAGMA {pragma}")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = store.scalar("PRAGMA page_size")
    start = store.scalar("SELECT max(id) FROM items")
    wal = Path(str(work) + "-wal")
    batches = []
    for k in range(args.batches):
        b0 = start + k * STORE_BATCH
        rows = generated_items(random.Random(b0), b0, b0 + STORE_BATCH)
        t0 = time.perf_counter()
        store.save_items(rows)
        seconds = time.perf_counter() - t0
        batches.append((seconds, wal_pages(wal, page_size)))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    owners = page_owners(store)
    store.close()
    print(f"{args.store}: {start:,} items, then {args.batches} batches of {STORE_BATCH:,}"
          + (f" ({', '.join(args.pragma)})" if args.pragma else ""))
    for seconds, pages in batches:
        print(f"  batch: {seconds:.3f} s, {len(pages):,} WAL frames, {len(set(pages)):,} distinct pages")
    # the first batch warms the cache of the copy: the others are averaged
    counted = batches[1:] or batches
    by_tree: Counter[str] = Counter()
    for _, pages in counted:
        by_tree.update(owners.get(p, "(new, free)") for p in set(pages))
    print(f"  distinct pages per batch by b-tree, mean of the last {len(counted)} batches:")
    for name, n in by_tree.most_common():
        print(f"  | {name} | {n / len(counted):,.0f} |")
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
