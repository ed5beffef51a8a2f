"""`monitor demo`: the bundled sample sites crawled for real, translated by the stand-in, ready to serve."""

from __future__ import annotations

import re

from helpers import run_monitor, stored
from monitor.demo.servers import Glossary


def test_demo_crawls_the_sample_sites_into_a_new_database(tmp_path):
    db = tmp_path / "demo.db"
    result = run_monitor("demo", "--db", str(db), "--no-serve")
    assert result.returncode == 0, result.stderr[-2000:]
    assert re.search(r"4 sources crawled, (\d+) new items", result.stdout)
    items = stored(db)
    by_title = {i["title"]: i for i in items.values()}
    polish = by_title["Złota Odznaka ESCA dla Bałtyckiego Klastra Morskiego"]
    assert polish["title_en"] == "ESCA Gold Label for the Baltic Maritime Cluster"
    assert polish["translator"] == "libre" and polish["is_award"] == 1 and polish["award_level"] == "gold"
    english = by_title["Baltic Maritime Cluster awarded the ESCA Gold Label"]
    assert english["story_id"] == polish["story_id"], "the two language versions are one story"
    assert {i["source"] for i in items.values()} == {"baltic-pl", "baltic-en", "mazovia-agency-pl", "nordic-health-en"}
    assert all(i["translation_status"] in ("done", "not_needed") for i in items.values())
    assert (tmp_path / "demo-sources.toml").exists()


def test_demo_never_writes_into_an_existing_database(tmp_path):
    db = tmp_path / "mine.db"
    db.write_bytes(b"precious")
    result = run_monitor("demo", "--db", str(db), "--no-serve")
    assert result.returncode == 2 and "file exists" in result.stderr
    assert db.read_bytes() == b"precious"


def test_the_stand_in_translator_uses_its_phrases_then_words():
    g = Glossary({"phrases": {"Dzień dobry.": "Good morning."}, "words": {"nagroda": "award", "dla": "for"}})
    assert g.translate("Dzień dobry.") == "Good morning."
    assert g.translate("Nagroda dla Kowalskiego. Dzień dobry.") == "Award for Kowalskiego. Good morning."
