"""End to end: `monitor crawl` in a subprocess against a local test site, a real SQLite file."""

from __future__ import annotations

import csv
import io

from helpers import run_monitor, stored, write_config
from storage import Store


def crawl(cfg, db, *extra):
    return run_monitor("crawl", "--config", str(cfg), "--db", str(db), *extra)


def test_crawl_stores_every_article_of_a_paginated_listing(site_server, tmp_path):
    site = site_server("wp-klaster")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}])
    db = tmp_path / "m.db"
    result = crawl(cfg, db)
    assert result.returncode == 0, result.stderr[-2000:]
    items = stored(db)
    assert len(items) == 6
    silver = items[f"{site.url}/2021/06/17/srebrna-odznaka-dla-klastra/"]
    assert silver["title"] == "Srebrna Odznaka ESCA dla Klastra Biotechnologii Małopolski"
    assert silver["published"] == "2021-06-17"
    assert silver["language"] == "pl"
    assert "[wp] ok" in result.stderr


def test_second_crawl_downloads_no_stored_article_and_stores_nothing(site_server, tmp_path):
    site = site_server("wp-klaster")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}])
    db = tmp_path / "m.db"
    assert crawl(cfg, db).returncode == 0
    site.clear_log()
    again = crawl(cfg, db)
    assert again.returncode == 0
    article_gets = [r["path"] for r in site.requests() if r["path"].startswith("/2021/")]
    assert article_gets == []
    assert "0 new items" in again.stdout


def test_robots_txt_disallowed_pages_are_never_requested(site_server, tmp_path):
    site = site_server("wp-klaster")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}])
    crawl(cfg, tmp_path / "m.db")
    assert not [r for r in site.requests() if r["path"].startswith("/wp-admin")]


def test_a_source_that_is_down_fails_alone_with_exit_3(site_server, tmp_path):
    site = site_server("wp-klaster")
    cfg = write_config(tmp_path / "cfg.toml", [
        {"name": "down", "url": "http://127.0.0.1:9/news/"},
        {"name": "wp", "url": f"{site.url}/aktualnosci/"},
    ])
    db = tmp_path / "m.db"
    result = crawl(cfg, db)
    assert result.returncode == 3, result.stderr[-2000:]
    assert "[down] failed" in result.stderr
    wp_line = next(line for line in result.stderr.splitlines() if line.startswith("[wp] ok"))
    assert wp_line.endswith("0 errors"), "another source's errors must not be counted against wp"
    store = Store.open(str(db))
    assert {i["source"] for i in store.items()} == {"wp"}
    runs = {r["source"]: r["status"] for r in store.runs()}
    store.close()
    assert runs == {"down": "failed", "wp": "ok"}


def test_digest_csv_after_a_crawl_has_the_contract_header(site_server, tmp_path):
    site = site_server("wp-klaster")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}])
    db = tmp_path / "m.db"
    crawl(cfg, db)
    out = tmp_path / "d.csv"
    result = run_monitor("digest", "--db", str(db), "--all", "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 6
    assert {r["language"] for r in rows} == {"pl", "en"}


def test_translator_credentials_never_reach_logs_or_the_database(site_server, tmp_path):
    site = site_server("wp-klaster")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}],
                       monitor={"translator": "libre", "translator_url": "http://127.0.0.1:9/"})
    db = tmp_path / "m.db"
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db), "-vv", MONITOR_TRANSLATOR_KEY="S3CRET-KEY-42")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "S3CRET-KEY-42" not in result.stdout + result.stderr
    for path in tmp_path.glob("m.db*"):
        assert b"S3CRET-KEY-42" not in path.read_bytes()


def test_a_feed_source_stores_the_articles_its_entries_link(site_server, tmp_path):
    site = site_server("wp-klaster")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp-feed", "url": f"{site.url}/feed/", "type": "feed"}])
    db = tmp_path / "m.db"
    result = crawl(cfg, db)
    assert result.returncode == 0, result.stderr[-2000:]
    items = stored(db)
    assert len(items) == 6
    assert items[f"{site.url}/2021/03/15/cluster-joins-european-network/"]["published"] == "2021-03-15"
    assert items[f"{site.url}/2021/03/15/cluster-joins-european-network/"]["language"] == "en"
