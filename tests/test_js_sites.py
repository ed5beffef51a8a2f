"""Sites that build their news list with JavaScript (issue 14), crawled end to end.

Three fixture sites in tests/sites/js-*: a listing drawn from an inline JSON state blob, one
drawn by a script file from a fetch() of /api/news.json, and one with a "load more" button that
fetches further pages of a JSON endpoint whose address is in a data attribute (so only the
browser finds it). Crawls run `monitor crawl` in a subprocess with the system Chromium.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from helpers import SITES, expected, run_monitor, stored, write_config
from monitor.config import load
from monitor.render.browser import CHROMIUM_NAMES, ChromiumNotFound, find_chromium
from monitor.render.jsondata import articles_from_json, endpoint_candidates, inline_json, next_api_url
from monitor.render.shell import looks_like_app_shell

CHROMIUM = next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)
needs_chromium = pytest.mark.skipif(not CHROMIUM, reason="no Chromium on PATH (apt-get install chromium-headless-shell)")

JS_SITES = {"js-inline-json": "/aktualnosci/", "js-fetch-json": "/", "js-load-more": "/"}


def _sources(site_server, render: str, **extra) -> list[dict]:
    return [{"name": name, "url": site_server(name).url + path, "render": render, **extra}
            for name, path in JS_SITES.items()]


def _summary(stderr: str, name: str) -> str:
    return next(line for line in stderr.splitlines() if line.startswith(f"[{name}] ") and "crawling" not in line)


def _assert_every_article_once(db: Path, site_server) -> None:
    items = stored(db)
    for name in JS_SITES:
        want = expected(name, site_server(name).url)
        got = {url: row for url, row in items.items() if url in want}
        assert set(got) == set(want), f"{name}: missing {sorted(set(want) - set(got))}"
        for url, row in want.items():
            assert (got[url]["title"], got[url]["published"], got[url]["language"]) == \
                (row["title"], row["published"], row["language"]), url
    # every article once: nothing stored beyond the expected articles (no listing, no menu page)
    assert len(items) == sum(len(expected(n, site_server(n).url)) for n in JS_SITES)
    urls = [r[0] for r in sqlite3.connect(db).execute("SELECT url FROM items")]
    assert len(urls) == len(set(urls))


# ------------------------------------------------------------------------------------------ end to end
@needs_chromium
def test_auto_finds_every_article_and_says_how(site_server, tmp_path):
    cfg = write_config(tmp_path / "c.toml", _sources(site_server, "auto"))
    db = tmp_path / "m.db"
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]
    _assert_every_article_once(db, site_server)
    assert "news read from JSON in the page" in _summary(result.stderr, "js-inline-json")
    # the endpoint is named in the script file: read over HTTP, no browser needed
    fetch = _summary(result.stderr, "js-fetch-json")
    assert "news read from a JSON endpoint" in fetch and "browser" not in fetch
    # the endpoint's address is built at run time: only rendering the page finds the news
    more = _summary(result.stderr, "js-load-more")
    assert "listing rendered in a browser" in more and "'load more' pressed 2 times" in more


@needs_chromium
def test_browser_renders_every_listing_and_articles_stay_plain_http(site_server, tmp_path):
    for name in JS_SITES:
        site_server(name).clear_log()
    cfg = write_config(tmp_path / "c.toml", _sources(site_server, "browser"))
    db = tmp_path / "m.db"
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]
    _assert_every_article_once(db, site_server)
    for name in JS_SITES:
        assert "listing rendered in a browser" in _summary(result.stderr, name)
    # images, fonts and styles are not fetched by the browser; article pages come once, from Scrapy
    log = site_server("js-load-more").requests()
    article_paths = {r["path"] for r in json.loads((SITES / "js-load-more" / "_expected.json").read_text("utf-8"))}
    hits = [r for r in log if r["path"] in article_paths]
    assert len(hits) == len(article_paths)
    assert all(r["ua"].startswith("monitor/") for r in hits)
    assert not [r["path"] for r in log if r["path"].startswith(("/img/", "/static/"))]
    listing = [r for r in log if r["path"] == "/"]
    assert listing and all(r["ua"].startswith("monitor/") for r in listing)   # Scrapy's User-Agent in the browser too


@needs_chromium
def test_second_crawl_stores_nothing_new_and_skips_stored_articles(site_server, tmp_path):
    cfg = write_config(tmp_path / "c.toml", _sources(site_server, "auto"))
    db = tmp_path / "m.db"
    assert run_monitor("crawl", "--config", str(cfg), "--db", str(db)).returncode == 0
    for name in JS_SITES:
        site_server(name).clear_log()
    again = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert again.returncode == 0, again.stderr[-3000:]
    assert "0 new items" in again.stdout
    for name in JS_SITES:
        paths = {r["path"] for r in site_server(name).requests()}
        wanted = {r["path"] for r in json.loads((SITES / name / "_expected.json").read_text("utf-8"))}
        assert not paths & wanted, f"{name} downloaded stored articles again: {sorted(paths & wanted)}"


def test_render_http_on_a_js_site_is_empty_and_says_why(site_server, tmp_path):
    cfg = write_config(tmp_path / "c.toml", [{"name": "fetch", "url": site_server("js-fetch-json").url + "/"}])
    db = tmp_path / "m.db"
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]
    assert stored(db) == {}
    line = _summary(result.stderr, "fetch")
    assert "no article links found" in line and 'render = "auto"' in line


def test_api_override_reads_the_endpoint_without_a_browser(site_server, tmp_path):
    site = site_server("js-fetch-json")
    cfg = write_config(tmp_path / "c.toml", [{"name": "fetch", "url": site.url + "/", "api": site.url + "/api/news.json"}])
    db = tmp_path / "m.db"
    # no Chromium anywhere on PATH: render = "http" (the default) never needs one
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db), PATH=str(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    assert set(stored(db)) == set(expected("js-fetch-json", site.url))


def test_auto_on_a_server_rendered_site_crawls_as_plain_http(site_server, tmp_path):
    site = site_server("agency-en")
    plain = write_config(tmp_path / "p.toml", [{"name": "agency", "url": site.url + "/news/"}])
    auto = write_config(tmp_path / "a.toml", [{"name": "agency", "url": site.url + "/news/", "render": "auto"}])
    results = {}
    for name, cfg in (("plain", plain), ("auto", auto)):
        db = tmp_path / f"{name}.db"
        result = run_monitor("crawl", "--config", str(cfg), "--db", str(db), MONITOR_CHROMIUM=CHROMIUM or "true")
        assert result.returncode == 0, result.stderr[-3000:]
        assert "browser" not in _summary(result.stderr, "agency")
        results[name] = {u: (r["title"], r["published"]) for u, r in stored(db).items()}
    assert results["auto"] == results["plain"] and results["plain"]


# ------------------------------------------------------------------------------------------ config and Chromium
def test_browser_source_without_chromium_is_a_clear_usage_error(site_server, tmp_path):
    cfg = write_config(tmp_path / "c.toml", [{"name": "plain", "url": "http://127.0.0.1:9/"},
                                              {"name": "spa-news", "url": "http://127.0.0.1:9/news/", "render": "browser"}])
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(tmp_path / "m.db"), PATH=str(tmp_path))
    assert result.returncode == 2
    assert "spa-news" in result.stderr and "render" in result.stderr and "Chromium" in result.stderr
    pointed = run_monitor("crawl", "--config", str(cfg), "--db", str(tmp_path / "m.db"),
                          MONITOR_CHROMIUM=str(tmp_path / "no-such-browser"))
    assert pointed.returncode == 2 and "no-such-browser" in pointed.stderr
    # crawling only the plain source needs no browser
    only_plain = run_monitor("crawl", "--config", str(cfg), "--db", str(tmp_path / "m.db"), "--source", "plain",
                             PATH=str(tmp_path))
    assert only_plain.returncode != 2, only_plain.stderr[-2000:]


def _executable(folder: Path, name: str) -> str:
    path = folder / name
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return str(path)


def test_the_headless_shell_is_preferred_and_monitor_chromium_overrides(tmp_path):
    full = _executable(tmp_path, "chromium")
    assert find_chromium(environ={"PATH": str(tmp_path)}) == full
    shell = _executable(tmp_path, "chromium-headless-shell")
    assert find_chromium(environ={"PATH": str(tmp_path)}) == shell
    assert find_chromium(environ={"PATH": str(tmp_path), "MONITOR_CHROMIUM": "chromium"}) == full
    assert find_chromium("chromium", environ={"PATH": str(tmp_path)}) == full
    with pytest.raises(ChromiumNotFound, match="no-such-browser"):
        find_chromium(environ={"PATH": str(tmp_path), "MONITOR_CHROMIUM": "no-such-browser"})
    with pytest.raises(ChromiumNotFound, match="chromium-headless-shell"):
        find_chromium(environ={"PATH": str(tmp_path / "empty")})


@pytest.mark.parametrize("field, value, message", [
    ("render", "chrome", "field 'render' must be one of http, browser, auto"),
    ("render", True, "field 'render' must be a string"),
    ("api", "ftp://example.org/news.json", "field 'api' must be an http(s) URL"),
])
def test_bad_render_or_api_names_the_source_and_field(tmp_path, field, value, message):
    cfg = write_config(tmp_path / "c.toml", [{"name": "spa", "url": "https://example.org/", field: value}])
    result = run_monitor("sources", "--config", str(cfg))
    assert result.returncode == 2
    assert "source 'spa'" in result.stderr and message in result.stderr


def test_render_applies_to_site_sources_only(tmp_path):
    cfg = write_config(tmp_path / "c.toml", [{"name": "f", "url": "https://example.org/feed", "type": "feed",
                                              "render": "browser"}])
    result = run_monitor("sources", "--config", str(cfg))
    assert result.returncode == 2 and "source 'f'" in result.stderr and "'render'" in result.stderr


def test_render_defaults_to_http(tmp_path):
    cfg = write_config(tmp_path / "c.toml", [{"name": "s", "url": "https://example.org/"}])
    source = load(cfg).source("s")
    assert source.render == "http" and source.api is None and not source.needs_browser


# ------------------------------------------------------------------------------------------ JSON discovery
def test_inline_state_blob_gives_dated_news_not_the_menu():
    html = (SITES / "js-inline-json" / "aktualnosci" / "index.html").read_text("utf-8")
    entries = articles_from_json(inline_json(html), "https://klaster.example/aktualnosci/")
    assert [e.url for e in entries] == ["https://klaster.example" + r["path"] for r in
                                        json.loads((SITES / "js-inline-json" / "_expected.json").read_text("utf-8"))]
    assert all(e.published and e.title for e in entries)


def test_next_data_script_and_wordpress_rest_shapes():
    html = ('<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"posts":'
            '[{"slug":"a","title":{"rendered":"Grant &amp; award for <b>the</b> cluster"},"link":"https://x.example/a/",'
            '"date":"2024-01-02T10:00:00"}]}}}</script>')
    [entry] = articles_from_json(inline_json(html), "https://x.example/")
    assert (entry.url, entry.published) == ("https://x.example/a/", "2024-01-02")
    assert "award for the cluster" in entry.title


def test_endpoints_are_found_in_fetch_calls_and_concatenated_literals():
    script = """fetch('/api/news?page=' + n); axios.get("https://other.example/wp-json/wp/v2/posts");
                const css = "/static/site.css"; fetch(`/data/items.json?lang=${lang}`)"""
    found = endpoint_candidates(script, "https://x.example/aktualnosci/")
    assert found[:2] == ["https://x.example/api/news?page=1", "https://other.example/wp-json/wp/v2/posts"]
    assert "https://x.example/data/items.json?lang=1" in found
    assert not any(u.endswith(".css") for u in found)


@pytest.mark.parametrize("doc, url, want", [
    ({"items": [1], "has_more": True}, "https://x/api?page=2", "https://x/api?page=3"),
    ({"items": [1], "has_more": False}, "https://x/api?page=2", None),
    ({"items": [1], "next": "/api?cursor=abc"}, "https://x/api", "https://x/api?cursor=abc"),
    ({"data": [1], "meta": {"total_pages": 3}}, "https://x/api?p=3", None),
    ({"data": [1], "meta": {"total_pages": 3}}, "https://x/api", "https://x/api?page=2"),
    ({"data": [1]}, "https://x/api", None),        # no sign of more pages: none is guessed
])
def test_json_pagination(doc, url, want):
    assert next_api_url(doc, url, entries=1) == want


def test_no_entries_means_no_next_page():
    assert next_api_url({"has_more": True}, "https://x/api?page=9", entries=0) is None


def test_app_shells_are_told_from_server_rendered_listings():
    for name, path in JS_SITES.items():
        page = SITES / name / path.strip("/") / "index.html"
        assert looks_like_app_shell(page.read_text("utf-8")), name
    for page in ("agency-en/news/index.html", "wp-klaster/aktualnosci/index.html", "joomla-blog/index.html"):
        path = SITES / page
        if path.exists():
            assert not looks_like_app_shell(path.read_text("utf-8")), page


@needs_chromium
def test_the_browser_obeys_robots_txt(tmp_path):
    from helpers import next_loopback_ip, start_server

    root = tmp_path / "site"
    shutil.copytree(SITES / "js-load-more", root)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /\n", encoding="utf-8")
    log = tmp_path / "requests.jsonl"
    server = start_server([sys.executable, str(SITES.parent / "sitesrv.py"), str(root), "--host", next_loopback_ip(),
                           "--log", str(log)], log)
    try:
        cfg = write_config(tmp_path / "c.toml", [{"name": "closed", "url": server.url + "/", "render": "browser"}])
        result = run_monitor("crawl", "--config", str(cfg), "--db", str(tmp_path / "m.db"))
        assert "Traceback" not in result.stderr
        assert stored(tmp_path / "m.db") == {}
        assert [r["path"] for r in server.requests()] == ["/robots.txt"]
    finally:
        server.stop()


@needs_chromium
def test_held_out_nuxt_site_whose_state_is_not_json(site_server, tmp_path):
    """Written after the rules and never tuned against: a Nuxt payload is a function, not JSON."""
    site = site_server("js-heldout-nuxt")
    cfg = write_config(tmp_path / "c.toml", [{"name": "nuxt", "url": site.url + "/pl/aktualnosci/", "render": "auto"}])
    db = tmp_path / "m.db"
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]
    want = expected("js-heldout-nuxt", site.url)
    got = stored(db)
    assert set(got) == set(want)
    assert all((got[u]["title"], got[u]["published"], got[u]["language"]) ==
               (w["title"], w["published"], w["language"]) for u, w in want.items())
    assert "listing rendered in a browser" in _summary(result.stderr, "nuxt")
