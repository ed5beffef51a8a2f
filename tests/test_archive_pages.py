"""Year archives of a listing on a recrawl (issue 12, branch i12ao): the archive pages read in the first run
(?rok=2025, its page 2, /aktualnosci/archiwum/2024/, ?rok=2023 of tests/sites/tuning16-archive-pl) are asked
conditionally like the listing, and no article page is downloaded again."""

from __future__ import annotations

import json
import shutil
import sys
from urllib.parse import unquote

from helpers import SITES, TESTS, run_monitor, start_server, write_config

LISTING = "/aktualnosci/"
ARCHIVES = {"/aktualnosci/?rok=2025", "/aktualnosci/?rok=2025&strona=2", "/aktualnosci/archiwum/2024/",
            "/aktualnosci/?rok=2023"}


def test_archive_pages_are_followed_then_asked_conditionally_and_no_article_is_downloaded_again(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(SITES / "tuning16-archive-pl", root)
    (root / "_site.json").write_text(json.dumps({"etag": True}), encoding="utf-8")
    log = tmp_path / "requests.jsonl"
    server = start_server([sys.executable, str(TESTS / "sitesrv.py"), str(root), "--host", "127.0.0.1",
                           "--log", str(log)], log)
    articles = {"/aktualnosci/" + r["path"].rsplit("/", 1)[1] for r in
                json.loads((root / "_expected.json").read_text(encoding="utf-8"))}
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "izba", "url": server.url + LISTING}])

    def crawl() -> list[tuple[str, int]]:
        server.clear_log()
        result = run_monitor("crawl", "--config", str(cfg), "--db", str(tmp_path / "m.db"))
        assert result.returncode == 0, result.stderr[-3000:]
        return [(unquote(r["path"]), r["status"]) for r in server.requests()]

    try:
        first = crawl()
        assert ARCHIVES <= {p for p, s in first if s == 200}, first
        assert articles <= {p for p, _ in first}
        # the listing changes (a new year row order), so it is read again; the archives are as they were
        listing = root / "aktualnosci/index.html"
        listing.write_text(listing.read_text(encoding="utf-8").replace("<h1>Aktualności</h1>", "<h1>Aktualności izby</h1>"),
                           encoding="utf-8")
        second = crawl()
        assert (LISTING, 200) in second
        assert {(p, 304) for p in ARCHIVES - {"/aktualnosci/?rok=2025&strona=2"}} <= set(second), second
        assert not {p for p, _ in second} & articles, second
    finally:
        server.stop()


def _source(url: str):
    from monitor.config import Source
    return Source(name="x", url=url, type="site")


def test_year_links_of_the_listings_section_are_archives_and_other_year_links_are_not():
    from monitor.extract.listing import analyse_listing
    html = ('<html><body><div class="years"><strong>2026</strong> | <a href="/news/?year=2025">2025</a> | '
            '<a href="/news/archive/2024">Archive 2024</a> | <a href="/archiwum/2023/">2023</a></div>'
            '<p><a href="/reports/2025">2025</a> <a href="/events/2026">Events 2026</a> <a href="/news/?year=2022">'
            'See 2021</a></p><select onchange="location=this.value"><option value="/news/?year=2020">2020</option>'
            '</select><form action="/news/" method="get"><select name="rok"><option value="2026" selected>2026'
            '</option><option value="2019">2019</option></select></form></body></html>')
    found = analyse_listing(html, "http://x.pl/news/", _source("http://x.pl/news/"))
    assert found.archives == ["http://x.pl/news/?year=2025", "http://x.pl/news/archive/2024",
                              "http://x.pl/archiwum/2023/", "http://x.pl/news/?year=2020", "http://x.pl/news/?rok=2019"]
    assert found.current_year == "2026" and not set(found.articles) & set(found.archives)


def test_a_row_of_year_links_is_not_read_as_a_numbered_pager():
    from monitor.extract.listing import next_page
    html = ('<div><a href="/news/">2026</a> <strong>2025</strong> <a href="/news/?year=2024">2024</a></div>'
            '<div class="pager"><span>1</span> <a href="/news/?year=2025&amp;page=2">2</a></div>')
    assert next_page(html, "http://x.pl/news/?year=2025", _source("http://x.pl/news/")) == \
        "http://x.pl/news/?year=2025&page=2"
