"""Story grouping cost as the store grows: 100k synthetic items, time per 10k items.

    python bench/story_grouping.py [--items 100000] [--batch 10000] [--db PATH]

Items are spread over about three years (as a real monitor's store grows), draw words from a
shared vocabulary and names from a pool of organisations; every tenth item is a rewritten copy of an
earlier story on another site a few days later. Prints, per batch, the seconds spent in
`assign_story` (signature, LSH keys, candidate lookup, verification, writes), and at the end the
number of planted stories split, the number of wrong merges and the peak RSS, then

    ratio last/first-after-warmup = X

the seconds of the last batch over those of the second (the first batch builds the store from
empty and is the warm-up). A cost that does not grow with the store keeps X near 1.0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.stories import assign_story  # noqa: E402
from storage import Store  # noqa: E402

WORDS = [f"w{i:04d}" for i in range(6000)]
NAMES = [f"Org{chr(65 + i % 26)}{i:05d}" for i in range(20000)]
START = dt.date(2021, 1, 1)


def make_story(rng: random.Random, day: int) -> dict:
    names = rng.sample(NAMES, 3)
    words = rng.sample(WORDS, 40)
    return {"names": names, "words": words, "day": day}


def render(story: dict, rng: random.Random, rewrite: float) -> tuple[str, str]:
    words = [w if rng.random() > rewrite else rng.choice(WORDS) for w in story["words"]]
    title = f"{story['names'][0]} and {story['names'][1]} " + " ".join(words[:6])
    summary = " ".join(words[6:]) + f". Partners: {story['names'][0]}, {story['names'][1]} and {story['names'][2]}."
    return title, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=100_000, help="items to group (default 100000)")
    ap.add_argument("--batch", type=int, default=10_000, help="items per timed batch (default 10000)")
    ap.add_argument("--db", help="database file (default: a new one in a temp dir)")
    args = ap.parse_args()
    rng = random.Random(42)
    path = args.db or os.path.join(tempfile.mkdtemp(), "bench.db")
    store = Store.open(path)
    # WAL with synchronous=NORMAL syncs at checkpoints rather than at every commit; without it the
    # figures measure the disk's fsync latency, not the grouping.
    store.db.execute("PRAGMA synchronous=NORMAL")
    days = 3 * 365
    stories: list[dict] = []
    truth: dict[int, int] = {}
    per_batch: list[float] = []
    spent = 0.0
    for n in range(args.items):
        day = int(n * days / args.items)
        if stories and n % 10 == 9:
            sid = rng.randrange(max(0, len(stories) - 300), len(stories))   # a recent story, reported again
            story = stories[sid]
            title, summary = render(story, rng, 0.15)
            published = START + dt.timedelta(days=min(day, story["day"] + rng.randint(0, 5)))
        else:
            story = make_story(rng, day)
            stories.append(story)
            sid = len(stories) - 1
            title, summary = render(story, rng, 0.0)
            published = START + dt.timedelta(days=day)
        item_id = store.save_item({"url": f"http://site{n % 7}.example/{n}", "source": f"site{n % 7}", "language": "en",
                                   "title": title, "summary": summary, "title_en": title, "summary_en": summary,
                                   "published": published.isoformat(), "translation_status": "not_needed"})
        truth[item_id] = sid
        t0 = time.perf_counter()
        assign_story(store, item_id)
        spent += time.perf_counter() - t0
        if (n + 1) % args.batch == 0:
            per_batch.append(round(spent, 2))
            print(f"items {n + 1 - args.batch:>6}-{n + 1:<6} grouping {spent:6.2f} s", flush=True)
            spent = 0.0
    got = dict(store.db.execute("SELECT id, story_id FROM items").fetchall())
    by_truth: dict[int, set[int]] = {}
    for item_id, sid in truth.items():
        by_truth.setdefault(sid, set()).add(got[item_id])
    multi = [s for s, ids in by_truth.items() if sum(1 for v in truth.values() if v == s) > 1] if len(truth) < 20000 else None
    by_story: dict[int, set[int]] = {}
    for item_id, story_id in got.items():
        by_story.setdefault(story_id, set()).add(truth[item_id])
    wrong_merges = sum(1 for v in by_story.values() if len(v) > 1)
    split = sum(1 for ids in by_truth.values() if len(ids) > 1)
    result = {
        "items": args.items,
        "seconds_per_batch": per_batch,
        "stories_split": split,
        "stories_planted": len(stories),
        "wrong_merges": wrong_merges,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    del multi
    print(json.dumps(result))
    print("seconds per batch: " + ", ".join(f"{s:.2f}" for s in per_batch))
    if len(per_batch) >= 2:
        print(f"ratio last/first-after-warmup = {per_batch[-1] / per_batch[1]:.2f}")
    store.close()


if __name__ == "__main__":
    main()
