"""The crawl and translation together: `monitor crawl`/`translate`/`stats` in subprocesses against
the wp-klaster test site and the local LibreTranslate-compatible server."""

from __future__ import annotations

import sys
from typing import Iterator

import pytest

from helpers import TESTS, Server, run_monitor, start_server, write_config
from storage import Store
from test_translation import set_mode, translate_calls

ENGLISH_TITLE = "Cluster joins the European biotech network"


@pytest.fixture(scope="module")
def libre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("libre-e2e") / "requests.jsonl"
    server = start_server([sys.executable, str(TESTS / "libre_server.py"), "--log", str(log)], log)
    yield server
    server.stop()


def crawl(tmp_path, site, libre, db):
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}],
                       monitor={"translator": "libre", "translator_url": libre.url + "/"})
    return run_monitor("crawl", "--config", str(cfg), "--db", str(db))


def items(db) -> dict[str, dict]:
    store = Store.open(str(db))
    try:
        return {i["title"]: i for i in store.items()}
    finally:
        store.close()


def test_polish_items_get_english_titles_and_english_items_are_never_sent(site_server, libre, tmp_path):
    site = site_server("wp-klaster")
    set_mode(libre, "healthy")
    db = tmp_path / "m.db"
    result = crawl(tmp_path, site, libre, db)
    assert result.returncode == 0, result.stderr[-2000:]
    stored = items(db)
    assert len(stored) == 6
    polish = [i for i in stored.values() if i["language"] == "pl"]
    assert len(polish) == 5
    for item in polish:
        assert item["translation_status"] == "done"
        assert item["title_en"] == f"EN<pl>: {item['title']}"
    english = stored[ENGLISH_TITLE]
    assert english["language"] == "en" and english["title_en"] == ENGLISH_TITLE
    assert english["translation_status"] == "not_needed"
    sent = [c["q"] for c in translate_calls(libre)]
    assert ENGLISH_TITLE not in sent and not any(q.startswith("Our cluster") for q in sent)
    assert len(sent) == len(set(sent))  # nothing sent twice

    # a second crawl of the unchanged site sends nothing to the translator
    libre.clear_log()
    again = crawl(tmp_path, site, libre, db)
    assert again.returncode == 0
    assert translate_calls(libre) == []


def test_translator_outage_loses_nothing_and_monitor_translate_completes_later(site_server, libre, tmp_path):
    site = site_server("wp-klaster")
    set_mode(libre, "503")
    db = tmp_path / "m.db"
    result = crawl(tmp_path, site, libre, db)
    assert result.returncode == 0, result.stderr[-2000:]
    stored = items(db)
    assert len(stored) == 6
    assert sorted(i["translation_status"] for i in stored.values()) == ["not_needed"] + ["pending"] * 5
    assert all(i["title_en"] is None for i in stored.values() if i["language"] == "pl")

    still_down = run_monitor("translate", "--db", str(db), "--translator", "libre", "--translator-url", libre.url)
    assert still_down.returncode == 1
    assert "0 items, 5 still pending" in still_down.stdout

    stats = run_monitor("stats", "--db", str(db))
    assert "texts pending: 10" in stats.stdout

    set_mode(libre, "healthy")
    back = run_monitor("translate", "--db", str(db), "--translator", "libre", "--translator-url", libre.url)
    assert back.returncode == 0, back.stderr[-2000:]
    assert "translated 5 items, 0 still pending" in back.stdout
    assert "translating" in back.stderr  # the progress bar
    assert all(i["translation_status"] in ("done", "not_needed") and i["title_en"] for i in items(db).values())

    stats = run_monitor("stats", "--db", str(db))
    assert "items translated by provider: libre 5" in stats.stdout
    assert "texts translated (sent once, then cached) by provider: libre 10" in stats.stdout
    assert "texts pending: 0" in stats.stdout

    nothing_left = run_monitor("translate", "--db", str(db), "--translator", "libre", "--translator-url", libre.url)
    assert nothing_left.returncode == 0 and "translated 0 items, 0 still pending" in nothing_left.stdout


def test_monitor_translate_masks_the_key_in_its_warnings(tmp_path):
    db = tmp_path / "m.db"
    s = Store.open(str(db))
    s.save_item({"url": "http://e.org/1", "source": "e", "title": "Nagroda dla klastra", "language": "pl",
                 "translation_status": "pending"})
    s.close()
    result = run_monitor("translate", "--db", str(db), "--translator", "libre", "--translator-url",
                         "http://127.0.0.1:9/", MONITOR_TRANSLATOR_KEY="S3CRET-KEY-77")
    assert result.returncode == 1
    assert "S3CRET-KEY-77" not in result.stdout + result.stderr
