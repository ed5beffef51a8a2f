"""Parse failures per crawl run: article candidates rejected as not articles, articles without a date.

The counts are recorded in crawl_runs (migration m011_crawl_run_quality), shown in the crawl summary
line and read by the health checks: "most article candidates rejected" flags a run whose article
pages stopped looking like articles (a layout change) when earlier runs stored articles.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import TESTS, run_monitor, start_server, write_config

from monitor.config import Source
from monitor.health import Thresholds, problem_lines, source_health
from monitor.runner import _result_from_stats
from storage import Store

BODY = ("The cluster brings together {n} companies, hospitals and universities of the region. "
        "Members share testing equipment, meet buyers and prepare joint projects. ") * 3


def page(title: str, inner: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Cluster</title></head>'
            f'<body><nav><a href="/news/">News</a></nav><main>{inner}</main></body></html>')


def write_site(root: Path, batch: str, articles_ok: bool, dated: bool = True, count: int = 6) -> list[str]:
    """A listing of `count` teasers; the article pages are real articles or empty app shells."""
    slugs = [f"{batch}-cluster-news-number-{i}" for i in range(1, count + 1)]
    teasers = "".join(f'<div class="teaser"><h2><a href="/news/{s}">Cluster news number {i} of {batch}</a></h2>'
                      f'<span class="date">{10 + i} May 2024</span><p>Short teaser text {i}.</p></div>'
                      for i, s in enumerate(slugs, 1))
    (root / "news").mkdir(parents=True, exist_ok=True)
    (root / "news" / "index.html").write_text(page("News", f"<h1>News</h1>{teasers}"), encoding="utf-8")
    for i, s in enumerate(slugs, 1):
        if articles_ok:
            date = f'<time datetime="2024-05-{10 + i}">{10 + i} May 2024</time>' if dated else ""
            inner = f"<article><h1>Cluster news number {i} of {batch}</h1>{date}<p>{BODY.format(n=i * 7)}</p></article>"
        else:
            inner = '<div id="app"></div><script src="/app.js"></script>'
        (root / "news" / s).write_text(page(f"Cluster news number {i}", inner), encoding="utf-8")
    return slugs


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "robots.txt").write_text("User-agent: *\nDisallow:\n", encoding="utf-8")
    srv = start_server([sys.executable, str(TESTS / "sitesrv.py"), str(root), "--host", "127.0.0.1"])
    srv.root = root
    yield srv
    srv.stop()


def crawl(srv, tmp_path):
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "cluster", "url": srv.url + "/news/"}])
    return cfg, run_monitor("crawl", "--config", str(cfg), "--db", str(tmp_path / "m.db"))


def runs(tmp_path) -> list[dict]:
    store = Store.open(str(tmp_path / "m.db"))
    try:
        return store.runs("cluster")
    finally:
        store.close()


# ---------------------------------------------------------------------- end to end
def test_rejected_candidates_are_recorded_shown_and_flagged_after_an_article_layout_change(site, tmp_path):
    write_site(site.root, "may", articles_ok=True)
    cfg, first = crawl(site, tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "[cluster] ok:" in first.stderr and "6 new, 0 known, 0 rejected, 0 errors" in first.stderr
    assert run_monitor("status", "--config", str(cfg), "--db", str(tmp_path / "m.db")).returncode == 0

    # The article pages become script shells: every new candidate is dropped as not an article.
    write_site(site.root, "june", articles_ok=False)
    cfg, second = crawl(site, tmp_path)
    assert second.returncode == 0, second.stderr[-3000:]      # the source itself still crawled
    assert "0 new, 0 known, 6 rejected, 0 errors" in second.stderr
    latest, earlier = runs(tmp_path)[:2]
    assert (latest["rejected"], latest["no_date"], latest["items_new"]) == (6, 0, 0)
    assert (earlier["rejected"], earlier["items_new"]) == (0, 6)

    status = run_monitor("status", "--config", str(cfg), "--db", str(tmp_path / "m.db"))
    assert status.returncode == 3
    assert "6 of 6 article candidates were rejected" in status.stdout


def test_articles_without_a_date_are_counted_per_run(site, tmp_path):
    write_site(site.root, "undated", articles_ok=True, dated=False, count=5)
    _, result = crawl(site, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    [run] = runs(tmp_path)
    assert run["no_date"] == 5 and run["rejected"] == 0 and run["items_new"] == 5


# ---------------------------------------------------------------------- run results and checks
def test_run_result_reads_rejections_and_missing_dates_from_the_stats():
    stats = {"monitor/listing_pages": 1, "monitor/article_links": 9, "monitor/items/new": 5,
             "monitor/article/not_an_article": 3, "monitor/article/not_html": 1, "monitor/article/no_date": 2,
             "monitor/rejected/http_404": 4}
    r = _result_from_stats(Source(name="s", url="http://127.0.0.1/news/"), stats, [])
    assert (r.rejected, r.no_date, r.status) == (4, 2, "ok")


def _run(store: Store, started: str, new: int, rejected: int = 0, no_date: int = 0, duplicate: int = 0,
         status: str = "ok") -> None:
    store.record_run({"started": started, "finished": started, "source": "a", "status": status, "pages": 3,
                      "articles_seen": 8, "items_new": new, "items_duplicate": duplicate, "errors": 0,
                      "message": "", "rejected": rejected, "no_date": no_date})


def test_most_candidates_rejected_needs_enough_candidates_and_an_earlier_run_with_articles(store):
    _run(store, "2024-01-01T06:30:00Z", new=0, rejected=6)
    [h] = source_health(store, ["a"])
    assert h.ok, "a source that never stored articles is not flagged"
    _run(store, "2024-01-02T06:30:00Z", new=5)
    _run(store, "2024-01-03T06:30:00Z", new=0, rejected=4)
    [h] = source_health(store, ["a"])
    assert h.ok and h.last_rejected == 4, "fewer than 5 candidates"
    _run(store, "2024-01-04T06:30:00Z", new=1, rejected=4)
    [h] = source_health(store, ["a"])
    assert not h.ok, "4 of 5 candidates rejected (80%) after a run that stored articles"
    assert problem_lines([h]) == [("a: 4 of 5 article candidates were rejected as not articles "
                                   "(no title or too little text): has the article page layout changed?")]
    _run(store, "2024-01-05T06:30:00Z", new=2, rejected=4)
    [h] = source_health(store, ["a"])
    assert h.ok, "4 of 6 rejected is below the ratio"
    [h] = source_health(store, ["a"], Thresholds(rejected_ratio=0.5))
    assert not h.ok


def test_a_failed_run_is_not_a_rejection_problem(store):
    _run(store, "2024-01-01T06:30:00Z", new=5)
    _run(store, "2024-01-02T06:30:00Z", new=0, rejected=9, status="failed")
    [h] = source_health(store, ["a"])
    assert not [p for p in h.problems if "rejected" in p]


def test_missing_dates_of_a_run_without_new_items_are_parse_failures(store):
    _run(store, "2024-01-01T06:30:00Z", new=0, duplicate=4, no_date=3)
    [h] = source_health(store, ["a"])
    assert h.problems == ["3 of 4 articles had no date: has the article layout changed?"]
    assert h.last_no_date == 3


def test_old_runs_without_the_new_columns_read_as_zero(store):
    store.record_run({"started": "2024-01-01T06:30:00Z", "finished": "2024-01-01T06:31:00Z", "source": "a",
                      "status": "ok", "pages": 1, "articles_seen": 3, "items_new": 3, "items_duplicate": 0,
                      "errors": 0, "message": ""})
    [run] = store.runs("a")
    assert (run["rejected"], run["no_date"]) == (0, 0)
