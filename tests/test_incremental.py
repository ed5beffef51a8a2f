"""Incremental crawling: a daily run does not download again what earlier runs settled.

The fixture site tests/sites/recheck-news lists four articles and, in the same teaser list, an
event page (JSON-LD Event), a static page (JSON-LD AboutPage), a photo gallery with too little
text, a teaser whose page is gone (404) and one whose server fails (500).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from helpers import SITES, TESTS, run_monitor, start_server, write_config
from storage import Store

ARTICLES = {
    "/aktualnosci/2023/05/nagroda-dla-start-upu/",
    "/aktualnosci/2023/05/nowi-czlonkowie-klastra/",
    "/aktualnosci/2023/04/nabor-do-akceleratora/",
    "/aktualnosci/2023/04/misja-gospodarcza-medica/",
}
REJECTED = {
    "/aktualnosci/2023/05/dzien-otwarty-laboratorium/": "event",
    "/aktualnosci/2023/04/nasi-partnerzy/": "static",
    "/aktualnosci/2023/04/galeria-zdjec-z-gali/": "too_short",
    "/aktualnosci/2023/04/usuniety-komunikat/": "http_404",
}
FAILING = "/aktualnosci/2023/03/awaria-serwera-ogloszenie/"      # answers 500: never remembered
LISTING = "/aktualnosci/"


@pytest.fixture
def site(tmp_path):
    """A private copy of recheck-news (tests change its files and options), served on its own address."""
    root = tmp_path / "site"
    shutil.copytree(SITES / "recheck-news", root)
    servers = []

    def serve(**options):
        if options:
            path = root / "_site.json"
            path.write_text(json.dumps({**json.loads(path.read_text()), **options}), encoding="utf-8")
        log = tmp_path / f"requests-{len(servers)}.jsonl"
        srv = start_server([sys.executable, str(TESTS / "sitesrv.py"), str(root), "--host", "127.0.0.1",
                            "--log", str(log)], log)
        srv.root = root
        servers.append(srv)
        return srv

    yield serve
    for srv in servers:
        srv.stop()


def crawl(server, tmp_path: Path, *extra: str, scrapy: dict | None = None):
    """One `monitor crawl` of the site; returns (process, paths requested with their statuses)."""
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "recheck", "url": server.url + LISTING}], scrapy=scrapy)
    server.clear_log()
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(tmp_path / "m.db"), *extra)
    return result, [(r["path"], r["status"]) for r in server.requests()]


def paths(requests) -> set[str]:
    return {p for p, _ in requests}


def stored(tmp_path: Path) -> set[str]:
    store = Store.open(str(tmp_path / "m.db"))
    try:
        return {i["url"] for i in store.items()}
    finally:
        store.close()


def runs(tmp_path: Path) -> list[dict]:
    store = Store.open(str(tmp_path / "m.db"))
    try:
        return store.runs("recheck")
    finally:
        store.close()


def test_rejected_pages_are_not_downloaded_again_until_the_recheck_is_due(site, tmp_path):
    server = site()
    first, got = crawl(server, tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    assert ARTICLES | set(REJECTED) | {FAILING} <= paths(got)
    assert stored(tmp_path) == {server.url + p for p in ARTICLES}

    second, got = crawl(server, tmp_path)
    assert second.returncode == 0, second.stderr[-3000:]
    assert not paths(got) & (ARTICLES | set(REJECTED))
    assert FAILING in paths(got)                       # a 5xx is transient: asked again
    assert LISTING in paths(got)

    third, got = crawl(server, tmp_path, scrapy={"MONITOR_RECHECK_REJECTED_DAYS": 0})
    assert third.returncode == 0, third.stderr[-3000:]
    assert set(REJECTED) <= paths(got)
    assert not paths(got) & ARTICLES                   # stored articles stay skipped
    assert stored(tmp_path) == {server.url + p for p in ARTICLES}


def test_refresh_downloads_everything_again(site, tmp_path):
    server = site()
    assert crawl(server, tmp_path)[0].returncode == 0
    result, got = crawl(server, tmp_path, "--refresh")
    assert result.returncode == 0, result.stderr[-3000:]
    assert ARTICLES | set(REJECTED) | {FAILING, LISTING} <= paths(got)
    assert stored(tmp_path) == {server.url + p for p in ARTICLES}


def test_a_rejected_page_that_became_an_article_is_stored_at_its_recheck(site, tmp_path):
    server = site()
    assert crawl(server, tmp_path)[0].returncode == 0
    gallery = server.root / "aktualnosci/2023/04/galeria-zdjec-z-gali/index.html"
    article = (server.root / "aktualnosci/2023/04/nabor-do-akceleratora/index.html").read_text(encoding="utf-8")
    gallery.write_text(article.replace("Ruszył nabór do akceleratora technologii medycznych",
                                       "Galeria zdjęć z gali Pomorskich Innowacji")
                              .replace("2023-04-20", "2023-04-06").replace("20 kwietnia 2023", "6 kwietnia 2023")
                              .replace("Klaster od lat", "Gala od lat"), encoding="utf-8")
    _, got = crawl(server, tmp_path)                   # within MONITOR_RECHECK_REJECTED_DAYS: still skipped
    assert "/aktualnosci/2023/04/galeria-zdjec-z-gali/" not in paths(got)
    result, got = crawl(server, tmp_path, scrapy={"MONITOR_RECHECK_REJECTED_DAYS": 0})
    assert result.returncode == 0, result.stderr[-3000:]
    assert server.url + "/aktualnosci/2023/04/galeria-zdjec-z-gali/" in stored(tmp_path)
    _, got = crawl(server, tmp_path, scrapy={"MONITOR_RECHECK_REJECTED_DAYS": 0})
    assert "/aktualnosci/2023/04/galeria-zdjec-z-gali/" not in paths(got)   # stored now: known


def test_rejections_are_remembered_with_their_reason_and_never_for_server_errors(site, tmp_path):
    server = site()
    assert crawl(server, tmp_path)[0].returncode == 0
    store = Store.open(str(tmp_path / "m.db"))
    try:
        rows = {r["url"][len(server.url):]: r for r in store.db["rejected_urls"].rows}
    finally:
        store.close()
    assert {p: r["reason"] for p, r in rows.items()} == REJECTED
    assert rows["/aktualnosci/2023/04/usuniety-komunikat/"]["status"] == 404


def test_an_unchanged_listing_answers_304_and_the_source_is_ok(site, tmp_path):
    server = site(etag=True, routes={})               # no failing teaser: the first crawl is clean
    first, got = crawl(server, tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    assert (LISTING, 200) in got

    second, got = crawl(server, tmp_path)
    assert second.returncode == 0, second.stderr[-3000:]
    assert (LISTING, 304) in got
    assert not paths(got) & (ARTICLES | set(REJECTED))
    assert "[recheck] ok" in second.stderr
    latest = runs(tmp_path)[0]
    assert latest["status"] == "ok"
    assert latest["articles_seen"] > 0                # the links of the unchanged listing, for health checks
    status = run_monitor("status", "--db", str(tmp_path / "m.db"), "--config", str(tmp_path / "cfg.toml"))
    assert status.returncode == 0, status.stdout + status.stderr     # no "layout changed?" problem

    listing = server.root / "aktualnosci/index.html"  # a new teaser: the listing changes, so 200 again
    html = listing.read_text(encoding="utf-8")
    listing.write_text(html.replace('<div class="news-list">\n', '<div class="news-list">\n'
                                    '<div class="news-item"><h3><a href="/aktualnosci/2023/05/nowi-czlonkowie-klastra/?utm_source=x">'
                                    'Pięciu nowych członków Klastra Medycznego Pomorze</a></h3>'
                                    '<span class="date">4 maja 2023</span><p>Nowi członkowie.</p></div>\n'),
                       encoding="utf-8")
    third, got = crawl(server, tmp_path)
    assert third.returncode == 0, third.stderr[-3000:]
    assert (LISTING, 200) in got
    assert not paths(got) & (ARTICLES | set(REJECTED))


def test_listing_validators_are_not_kept_when_an_article_failed(site, tmp_path):
    server = site(etag=True)                          # the 500 teaser stays: its article must be retried
    assert crawl(server, tmp_path)[0].returncode == 0
    result, got = crawl(server, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (LISTING, 200) in got
    assert FAILING in paths(got)


def test_refresh_sends_no_conditional_request(site, tmp_path):
    server = site(etag=True, routes={})
    assert crawl(server, tmp_path)[0].returncode == 0
    result, got = crawl(server, tmp_path, "--refresh")
    assert result.returncode == 0, result.stderr[-3000:]
    assert (LISTING, 200) in got
    assert ARTICLES <= paths(got)


@pytest.mark.parametrize("stats, status, seen", [
    # the start listing answered 304: ok, with the links of the last run that read it
    ({"monitor/listing/not_modified": 1, "response_received_count": 2}, "ok", 9),
    # a 304 on a later page while the first page was read: the links found now
    ({"monitor/listing/not_modified": 1, "monitor/listing_pages": 1, "monitor/article_links": 4}, "ok", 4),
    # nothing answered at all: still a failure
    ({"monitor/start_page/failed": 1}, "failed", 0),
    # read in full and no links where earlier runs found some: still flagged
    ({"monitor/listing_pages": 1}, "empty", 0),
])
def test_run_status_of_an_unchanged_listing(stats, status, seen):
    from monitor.config import Source
    from monitor.runner import _result_from_stats

    previous = [{"articles_seen": 9, "status": "ok"}]
    result = _result_from_stats(Source(name="s", url="http://127.0.0.1/news/"), stats, previous)
    assert (result.status, result.articles_seen) == (status, seen)


def test_store_counts_rechecks_and_forgets_healed_pages(store):
    store.reject_urls(["http://x.pl/a/", "http://x.pl/b/"], "event", 200, source="s")
    store.reject_urls(["http://x.pl/a/"], "http_404", 404, source="s")
    rows = {r["url"]: r for r in store.db["rejected_urls"].rows}
    assert (rows["http://x.pl/a/"]["reason"], rows["http://x.pl/a/"]["checks"]) == ("http_404", 2)
    store.forget_rejected(["http://x.pl/b/"])
    assert set(store.rejected_urls()) == {"http://x.pl/a/"}
    store.save_listing_validators({"http://x.pl/news/": ('"abc"', None)})
    assert store.listing_validators() == {"http://x.pl/news/": ('"abc"', None)}
    store.forget_listing_validators(["http://x.pl/news/"])
    assert store.listing_validators() == {}
