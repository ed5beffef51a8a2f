"""A site that misbehaves the way real ones do: every good article is stored once, with its own
title; the bad pages are reported; nothing outside the source's host is requested or stored;
hostile text is stored and shown escaped in every digest."""

from __future__ import annotations

import csv
import io
import json
import sys
import xml.dom.minidom
from pathlib import Path

import pytest
from helpers import run_monitor, start_server, stored, write_config

from hostile_server import CASES, HOSTILE_TITLE, LONG_TITLE

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    other = start_server([sys.executable, str(HERE / "hostile_server.py"), "--host", "127.0.0.202",
                          "--log", str(tmp / "other.jsonl")], tmp / "other.jsonl")
    site = start_server([sys.executable, str(HERE / "hostile_server.py"), "--host", "127.0.0.201",
                         "--other", other.url, "--log", str(tmp / "site.jsonl")], tmp / "site.jsonl")
    try:
        cfg = write_config(tmp / "cfg.toml", [{"name": "hostile", "url": site.url + "/news/", "language": "en"}],
                           scrapy={"RETRY_TIMES": 2, "DOWNLOAD_TIMEOUT": 10})
        db = tmp / "m.db"
        result = run_monitor("crawl", "--config", str(cfg), "--db", str(db), timeout=240)
        digests = {fmt: run_monitor("digest", "--db", str(db), "--all", "--format", fmt).stdout
                   for fmt in ("csv", "html", "md", "atom", "json")}
        yield {"result": result, "items": stored(db), "site": site, "other": other, "digests": digests,
               "base": site.url, "requests": site.requests(), "other_requests": other.requests()}
    finally:
        site.stop()
        other.stop()


GOOD = [p for p, t in CASES.items() if t]


@pytest.mark.parametrize("path", GOOD)
def test_every_valid_article_is_stored_once_with_its_own_title(crawl, path):
    items = [i for i in crawl["items"].values() if i["url"] == crawl["base"] + path]
    assert len(items) == 1, (path, crawl["result"].stderr[-2000:])
    want = CASES[path]
    title = items[0]["title"]
    if path == "/news/long-title":
        assert len(title) <= 300 and title.startswith("Cluster award very")
        assert LONG_TITLE in items[0]["body"], "the full text is kept"
    else:
        assert title == want


def test_nothing_from_another_host_is_requested_or_stored(crawl):
    assert crawl["other_requests"] == [], "no request outside the source's host"
    assert all(u.startswith(crawl["base"]) for u in crawl["items"]), list(crawl["items"])
    assert not [i for i in crawl["items"].values() if "Foreign" in i["title"]]


def test_bad_pages_are_not_stored_and_the_crawl_summary_reports_them(crawl):
    stderr = crawl["result"].stderr
    assert crawl["result"].returncode == 0, stderr[-3000:]
    line = next(l for l in stderr.splitlines() if l.startswith("[hostile] ok:"))
    assert f"{len(GOOD)} new" in line
    for reason in ("1 page sent to another host (dropped)", "1 page redirect loop", "1 page not HTML",
                   "1 page over the size cap"):
        assert reason in line, line
    assert len(crawl["items"]) == len(GOOD)


def test_retry_after_is_waited_for_then_the_page_is_fetched(crawl):
    for path in ("/news/retry-after-seconds", "/news/retry-after-date"):
        statuses = [r["status"] for r in crawl["requests"] if r["path"] == path]
        assert statuses == [429, 200], (path, statuses)


def test_hostile_text_is_escaped_in_html_atom_markdown_and_csv(crawl):
    d = crawl["digests"]
    assert "<script>" not in d["html"] and "&lt;script&gt;alert(1)&lt;/script&gt;" in d["html"]
    assert "javascript:" not in d["html"]
    xml.dom.minidom.parseString(d["atom"].encode())          # well-formed: nothing leaked into the markup
    assert "&lt;script&gt;" in d["atom"]
    assert "<script>" not in d["md"]
    rows = list(csv.DictReader(io.StringIO(d["csv"].lstrip("\ufeff"))))
    hostile = next(r for r in rows if r["url"].endswith("/news/hostile"))
    assert hostile["title"] == HOSTILE_TITLE and not hostile["title"].startswith(("=", "+", "-", "@"))
    formula = [r["title"] for r in rows if r["title"][:1] in "=+-@"]
    assert formula == []
    assert "🏆" in d["csv"] and "\u202e" in d["csv"], "emoji and RTL characters kept as text"
    assert "DROP TABLE items" in json.dumps(json.loads(d["json"]), ensure_ascii=False)
