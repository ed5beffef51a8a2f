"""Source health: failing sources, layout changes (no article links any more), parse failures."""

from __future__ import annotations

from helpers import run_monitor, write_config

from monitor.health import Thresholds, problem_lines, source_health
from storage import Store


def test_a_changed_listing_layout_is_flagged_by_status_and_at_the_top_of_the_digest(site_server, tmp_path):
    before, after = site_server("layout-v1"), site_server("layout-v2")
    db = tmp_path / "m.db"
    daily = {"digest_dir": "out", "formats": ["md", "html", "csv"]}
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "technopark", "url": f"{before.url}/news/"}], daily=daily)
    first = run_monitor("run-daily", "--config", str(cfg), "--db", str(db))
    assert first.returncode == 0, first.stderr[-2000:]
    assert run_monitor("status", "--config", str(cfg), "--db", str(db)).returncode == 0

    # The next morning the site's listing has no article links any more.
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "technopark", "url": f"{after.url}/news/"}], daily=daily)
    second = run_monitor("run-daily", "--config", str(cfg), "--db", str(db))
    assert second.returncode == 3, second.stderr[-2000:]
    assert "health: technopark: no article links found (earlier runs found 4)" in second.stderr

    status = run_monitor("status", "--config", str(cfg), "--db", str(db))
    assert status.returncode == 3
    header, row = status.stdout.splitlines()
    assert header.split()[:3] == ["SOURCE", "LAST", "RUN"]
    assert row.split()[0] == "technopark" and row.split()[2] == "empty"
    assert "has the page layout changed?" in row
    assert "0 healthy, 1 with problems" in status.stderr

    latest = lambda ext: max((tmp_path / "out").glob(f"*.{ext}"), key=lambda p: p.stat().st_mtime_ns)  # noqa: E731
    assert len(list((tmp_path / "out").glob("*.md"))) == 2, "one dated digest per run, none overwritten"
    md = latest("md").read_text(encoding="utf-8")
    problems_at = md.index("Source problems")
    assert problems_at < md.index("Nothing new.")
    assert "technopark: no article links found (earlier runs found 4)" in md
    html = latest("html").read_text(encoding="utf-8")
    assert '<section class="health">' in html and "has the page layout changed?" in html
    csv_text = latest("csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[0].startswith("published,source,language,title"), "CSV keeps its contract header"


def test_articles_without_dates_are_flagged_as_parse_failures(site_server, tmp_path):
    site = site_server("nodate-news")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "nodate", "url": f"{site.url}/news/"}])
    db = tmp_path / "m.db"
    assert run_monitor("crawl", "--config", str(cfg), "--db", str(db)).returncode == 0
    status = run_monitor("status", "--config", str(cfg), "--db", str(db))
    assert status.returncode == 3
    assert "4 of 4 new articles have no date" in status.stdout


def _run(store: Store, source: str, status: str, articles: int, started: str, message: str = "") -> None:
    store.record_run({"started": started, "finished": started, "source": source, "status": status,
                      "pages": 1, "articles_seen": articles, "items_new": 0, "items_duplicate": 0,
                      "errors": 0, "message": message})


def test_consecutive_failures_alert_from_the_threshold_and_clear_after_a_good_run(store):
    _run(store, "a", "ok", 5, "2024-01-01T06:30:00Z")
    _run(store, "a", "failed", 0, "2024-01-02T06:30:00Z", "start page http://x/ could not be fetched")
    [h] = source_health(store, ["a"], Thresholds(failures=2))
    assert h.consecutive_failures == 1 and h.ok
    _run(store, "a", "failed", 0, "2024-01-03T06:30:00Z", "start page http://x/ could not be fetched")
    [h] = source_health(store, ["a"], Thresholds(failures=2))
    assert problem_lines([h]) == ["a: failed 2 runs in a row: start page http://x/ could not be fetched"]
    _run(store, "a", "ok", 5, "2024-01-04T06:30:00Z")
    [h] = source_health(store, ["a"], Thresholds(failures=2))
    assert h.ok and h.consecutive_failures == 0 and h.last_status == "ok"


def test_a_source_that_never_had_articles_and_one_never_crawled_are_not_layout_problems(store):
    _run(store, "quiet", "ok", 0, "2024-01-01T06:30:00Z")
    _run(store, "quiet", "ok", 0, "2024-01-02T06:30:00Z")
    quiet, new = source_health(store, ["quiet", "new"])
    assert quiet.ok and new.ok and new.last_status == "never"
