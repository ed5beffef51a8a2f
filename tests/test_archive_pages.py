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
