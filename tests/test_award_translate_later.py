"""English award details of items translated after the crawl: `monitor crawl` with the translator
down, then `monitor translate` once it is back; the store and the digest carry the English details
(award_evidence["en"]) as they would had the translation happened in the crawl."""

from __future__ import annotations

import json
import sys
from typing import Iterator

import pytest

from helpers import TESTS, Server, run_monitor, start_server, write_config
from storage import Store
from test_translation import set_mode

AWARD_TITLE = "Srebrna Odznaka ESCA dla Klastra Biotechnologii Małopolski"
# The stub answers "EN<pl>: " + the text with these phrases replaced: real English words for the award.
GLOSSARY = {
    AWARD_TITLE: "ESCA Silver Label for the Lesser Poland Biotechnology Cluster",
    "Klaster Biotechnologii Małopolski otrzymał Srebrną Odznakę Jakości Zarządzania Klastrem przyznawaną przez ESCA.":
        "The Lesser Poland Biotechnology Cluster received the Silver Label of Cluster Management Quality awarded by ESCA.",
}


@pytest.fixture(scope="module")
def libre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("libre-award")
    glossary = folder / "glossary.json"
    glossary.write_text(json.dumps(GLOSSARY, ensure_ascii=False), encoding="utf-8")
    log = folder / "requests.jsonl"
    server = start_server([sys.executable, str(TESTS / "libre_server.py"), "--log", str(log),
                           "--glossary", str(glossary)], log)
    yield server
    server.stop()


def award_row(db) -> dict:
    store = Store.open(str(db))
    try:
        return next(i for i in store.items() if i["title"] == AWARD_TITLE)
    finally:
        store.close()


def evidence(row: dict) -> dict:
    value = row["award_evidence"]
    return json.loads(value) if isinstance(value, str) else (value or {})


def test_monitor_translate_fills_english_award_details_of_items_crawled_while_the_translator_was_down(
        site_server, libre, tmp_path):
    site = site_server("wp-klaster")
    set_mode(libre, "503")
    db = tmp_path / "m.db"
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}],
                       monitor={"translator": "libre", "translator_url": libre.url + "/"})
    crawled = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    row = award_row(db)
    assert row["is_award"] and row["translation_status"] == "pending"
    assert "en" not in evidence(row)   # nothing in English yet
    polish_recipient = row["award_recipient"]

    set_mode(libre, "healthy")
    done = run_monitor("translate", "--db", str(db), "--translator", "libre", "--translator-url", libre.url)
    assert done.returncode == 0, done.stderr[-2000:]
    row = award_row(db)
    assert row["title_en"] == "EN<pl>: " + GLOSSARY[AWARD_TITLE]
    english = evidence(row)["en"]
    assert english["recipient"] == "Lesser Poland Biotechnology Cluster"
    assert english["body"] == "ESCA"
    assert row["award_recipient"] == polish_recipient   # the original's names stay as written
    assert evidence(row).get("terms")                    # the crawl's evidence is kept beside "en"

    out = tmp_path / "digest.json"
    digest = run_monitor("digest", "--db", str(db), "--all", "--awards-only", "--format", "json", "-o", str(out))
    assert digest.returncode == 0, digest.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert "Lesser Poland Biotechnology Cluster" in text
