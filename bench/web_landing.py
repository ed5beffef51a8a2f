#!/usr/bin/env python3
"""The web landing page on a large store: time per request and the query plans it uses.

    python bench/web_landing.py [--items 1000000] [--db FILE] [--runs 20] [--target-ms 300]

1. Generates a store of --items items in the real schema (Store.open runs the migrations) by SQL:
   40 sources, two items in three Polish, one in twenty an award, one in ten sharing a story with
   its neighbour, published over ten years ending today. The FTS triggers are dropped for the bulk
   insert and the index rebuilt afterwards (as fast as inserting through them, minutes faster).
   With --db FILE the store is kept there and reused when it already has --items items.
2. Prints EXPLAIN QUERY PLAN for every query the landing page runs; a full scan of items is a failure.
3. Times GET / (the whole page: queries, charts, template) through Datasette's ASGI client, warm,
   --runs times, and a page search; prints median and max. Exit 1 when the median is over --target-ms
   or a landing query scans items.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.web import landing  # noqa: E402
from monitor.web.app import make_datasette  # noqa: E402
from storage import Store  # noqa: E402


def generate(path: Path, n: int) -> None:
    Store.open(str(path)).close()  # the real schema, every migration applied
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'items'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("""
        INSERT INTO items (id, url, source, language, title, title_en, summary, summary_en, published, first_seen,
                           last_seen, story_id, is_award, award_level, topics, translation_status, search_folded)
        WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < :n),
        rows AS (SELECT i, 'source-' || (i % 40) AS source, CASE WHEN i % 3 = 0 THEN 'en' ELSE 'pl' END AS lang,
                        date('now', '-' || ((:n - i) * 3650 / :n) || ' days') AS day FROM seq)
        SELECT i, 'http://' || source || '.example/news/' || i, source, lang,
               CASE WHEN lang = 'pl' THEN 'Wiadomość ' || i || ' klastra: nagroda i szkolenie' ELSE 'News ' || i || ' from the cluster' END,
               CASE WHEN lang = 'pl' THEN 'News ' || i || ' of the cluster: award and training' ELSE NULL END,
               'Streszczenie numer ' || i, 'Summary number ' || i, day, day || 'T08:00:00Z', day || 'T08:00:00Z',
               CASE WHEN i % 10 = 1 AND i > 1 THEN i - 1 ELSE i END,
               i % 20 = 0, CASE i % 60 WHEN 0 THEN 'gold' WHEN 20 THEN 'silver' WHEN 40 THEN 'bronze' ELSE '' END,
               '[]', CASE WHEN lang = 'pl' THEN 'done' ELSE 'not_needed' END,
               'wiadomosc ' || i || ' klastra nagroda i szkolenie news ' || i || ' award training'
        FROM rows""", {"n": n})
    conn.commit()
    conn.execute("INSERT INTO items_fts (items_fts) VALUES ('rebuild')")
    for _, sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


class Recorder:
    """Collects every SQL statement the landing functions run, to EXPLAIN them afterwards."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn, self.statements = conn, []

    def execute(self, sql: str, params=()):
        self.statements.append((sql, params))
        return self.conn.execute(sql, params)


def plans(path: Path) -> list[tuple[str, list[str]]]:
    conn = sqlite3.connect(path)
    recorder = Recorder(conn)
    landing.landing(recorder)  # type: ignore[arg-type]
    out = []
    for sql, params in recorder.statements:
        rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        out.append((" ".join(sql.split()), [r[3] for r in rows]))
    conn.close()
    return out


async def time_page(path: Path, runs: int, url: str) -> list[float]:
    ds = make_datasette(str(path))
    await ds.invoke_startup()
    assert (await ds.client.get(url)).status_code == 200  # warm: connections, templates, page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = await ds.client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, help="keep the generated store here (reused when it has --items items)")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--target-ms", type=float, default=300)
    args = ap.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="web-landing-")) / "bench.db"
    have = 0
    if path.exists():
        with sqlite3.connect(path) as conn:
            have = conn.execute("SELECT count(*) FROM items").fetchone()[0]
    if have != args.items:
        if path.exists():
            path.unlink()
        start = time.perf_counter()
        generate(path, args.items)
        print(f"generated {args.items:,} items in {time.perf_counter() - start:.0f} s: {path}")
    scans = 0
    for sql, plan in plans(path):
        print(f"  {sql[:110]}")
        for step in plan:
            bad = re.match(r"SCAN items\b(?! USING)", step) is not None
            scans += bad
            # count(*) of all items reads a whole (small) index: reported, ~10 ms on 1M items
            note = "FULL SCAN " if bad else "WHOLE INDEX " if "COVERING INDEX" in step and step.startswith("SCAN") else ""
            print(f"      {note}{step}")
    page = time_page(path, args.runs, "/")
    times = asyncio.run(page)
    search = asyncio.run(time_page(path, max(3, args.runs // 4), "/?q=szkolenie+1234"))
    median = statistics.median(times)
    print(f"landing page on {args.items:,} items: median {median:.0f} ms, max {max(times):.0f} ms ({args.runs} runs); "
          f"page search median {statistics.median(search):.0f} ms; target {args.target_ms:.0f} ms; "
          f"full scans of items: {scans}")
    return 0 if median <= args.target_ms and not scans else 1


if __name__ == "__main__":
    sys.exit(main())
