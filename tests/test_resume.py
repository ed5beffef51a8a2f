"""A crawl killed half-way loses nothing it stored, and the next run completes the rest without
duplicates; digests and searches read the database while a crawl writes to it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from helpers import child_env, item_count, item_rows, run_monitor, write_config

# One request leaves every 0.4 s and each article answers after 350 ms: the crawl takes about 6 s.
SLOW = {"DOWNLOAD_DELAY": 0.4, "RANDOMIZE_DOWNLOAD_DELAY": False}


@pytest.fixture
def slow_config(site_server, tmp_path):
    site = site_server("slow-news")
    return site, write_config(tmp_path / "cfg.toml", [{"name": "slow", "url": f"{site.url}/news/"}], scrapy=SLOW)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_crawl_killed_half_way_is_completed_by_the_next_run_without_duplicates(slow_config, tmp_path, sig):
    site, cfg = slow_config
    clean = tmp_path / "clean.db"
    assert run_monitor("crawl", "--config", str(cfg), "--db", str(clean)).returncode == 0
    expected = item_rows(clean)
    assert len(expected) == 12

    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "crawl", "--config", str(cfg), "--db", str(db)],
                            env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while item_count(db) < 1 and time.monotonic() < deadline:   # the crawl has created the database
        time.sleep(0.05)
    reads = 0
    while item_count(db) < 4 and time.monotonic() < deadline and proc.poll() is None:
        # Readers are not blocked by the writing crawl (WAL): digest and search both answer.
        digest = run_monitor("digest", "--db", str(db), "--all", "--format", "json", timeout=60)
        search = run_monitor("search", "incubator", "--db", str(db), timeout=60)
        assert digest.returncode == 0 and search.returncode == 0, digest.stderr + search.stderr
        reads += 1
    assert proc.poll() is None, "the crawl finished before it could be killed"
    proc.send_signal(sig)
    proc.wait(timeout=60)
    stored = item_rows(db)
    if sig == signal.SIGKILL:
        assert 4 <= len(stored) < 12, len(stored)
    else:  # Scrapy shuts down gracefully on SIGTERM: the downloads already queued still finish and are stored
        assert 4 <= len(stored) <= 12, len(stored)
    assert set(stored) <= set(expected), "what was stored before the kill is complete and correct"
    assert reads >= 1

    site.clear_log()
    rerun = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert item_rows(db) == expected
    fetched = {r["path"] for r in site.requests() if r["path"].startswith("/news/item-")}
    stored_paths = {u.split("//", 1)[1].split("/", 1)[1] for _, u, *_ in stored}
    assert not fetched & {"/" + p for p in stored_paths}, "articles stored before the kill are not fetched again"
    assert len(fetched) == 12 - len(stored)
