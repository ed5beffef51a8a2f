"""The SQLite store: schema, items and their URLs, translation cache, digest markers, search."""

from __future__ import annotations

import sqlite3

import pytest

from storage import Store, StoreError


def item(url="http://e.org/a/1", **kw):
    return {"url": url, "source": "e", "title": kw.pop("title", "Tytuł"), "language": "pl",
            "translation_status": "pending", **kw}


def test_an_item_is_stored_once_and_known_by_all_its_urls(store):
    first = store.save_item(item(), aliases=["http://e.org/a/1?utm_source=x", "http://e.org/old/1"])
    assert first is not None
    assert store.save_item(item(title="another copy")) is None
    assert store.count_items() == 1
    assert store.known_urls() == {"http://e.org/a/1", "http://e.org/a/1?utm_source=x", "http://e.org/old/1"}
    assert store.item_id_for_url("http://e.org/old/1") == first


def test_first_seen_is_iso_utc(store):
    store.save_item(item())
    (row,) = store.items()
    assert row["first_seen"].endswith("Z") and row["first_seen"][4] == "-"


def test_translation_cache_is_per_provider_and_language_pair(store):
    store.cache_translation("libre", "pl", "en", "Nagroda", "Award")
    assert store.cached_translation("libre", "pl", "en", "Nagroda") == "Award"
    assert store.cached_translation("google", "pl", "en", "Nagroda") is None
    assert store.cached_translation("libre", "cs", "en", "Nagroda") is None


def test_new_digest_items_exclude_items_sent_in_an_earlier_new_digest(store):
    a = store.save_item(item("http://e.org/1"))
    store.save_item(item("http://e.org/2"))
    store.mark_sent([a], "new", "csv")
    assert [i["url"] for i in store.digest_items(new=True)] == ["http://e.org/2"]
    assert len(store.digest_items()) == 2


def test_search_finds_polish_words_without_diacritics_even_the_l_stroke(store):
    store.save_item(item(title="Nagroda w złotym kolorze", body="Laureaci otrzymali nagrody."))
    store.save_item(item("http://e.org/2", title="Inny wpis", body="nic"))
    assert [r["title"] for r in store.search("zlotym")] == ["Nagroda w złotym kolorze"]
    assert [r["title"] for r in store.search("ZŁOTYM")] == ["Nagroda w złotym kolorze"]


def test_search_finds_the_inflected_forms_a_polish_reader_does_not_type(store):
    store.save_item(item(title="Klaster otrzymał nagrodę", body="Wręczenie odbyło się w Krakowie."))
    store.save_item(item("http://e.org/2", title="Złota Odznaka dla firmy", body="Wyróżnienie za jakość."))
    store.save_item(item("http://e.org/3", title="Nabór wniosków", body="Termin mija w piątek."))
    assert [r["title"] for r in store.search("nagroda")] == ["Klaster otrzymał nagrodę"]
    assert [r["title"] for r in store.search("zlotym")] == ["Złota Odznaka dla firmy"]
    assert [r["title"] for r in store.search("nagroda zlota")] == [], "every word must match"
    assert store.search("  \"*  ") == []


def test_search_covers_the_english_translation(store):
    i = store.save_item(item(title="Srebrna Odznaka"))
    store.save_translation(i, {"title_en": "Silver Label", "translation_status": "done"})
    assert [r["title"] for r in store.search("silver")] == ["Srebrna Odznaka"]


def test_the_database_file_uses_wal_and_is_readable_by_plain_sqlite(tmp_path):
    path = tmp_path / "m.db"
    s = Store.open(str(path))
    s.save_item(item())
    s.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT title FROM items").fetchone()[0] == "Tytuł"
    conn.close()


def test_reopening_keeps_data_and_does_not_reapply_migrations(tmp_path):
    path = str(tmp_path / "m.db")
    s = Store.open(path)
    s.save_item(item())
    s.close()
    s = Store.open(path)
    assert s.count_items() == 1
    s.close()


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="notes.db: cannot open the database"):
        Store.open(str(path))


def test_several_processes_may_open_a_brand_new_database_at_once(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "new.db"
    code = "import sys; from storage import Store; s = Store.open(sys.argv[1]); print(s.count_items()); s.close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(6)]
    results = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, [err for _, err in results]
    assert [out.strip() for out, _ in results] == ["0"] * 6


def test_search_ranks_the_newest_rank_window_matches_only(store, monkeypatch):
    from storage import search

    old = store.save_item(item("http://e.org/old", title="Klaster klaster klaster", body="klaster klaster"))
    mid = store.save_item(item("http://e.org/mid", title="Klaster", body="nic"))
    new = store.save_item(item("http://e.org/new", title="Klaster klaster", body="klaster"))
    assert [r["id"] for r in store.search("klaster")] == [old, new, mid]      # fewer matches than the window
    monkeypatch.setattr(search, "RANK_WINDOW", 2)
    sql = search.search_sql()
    found = [r[0] for r in store.db.execute(sql, {"match": search.match_expression("klaster"), "limit": 20})]
    assert found == [new, mid], "the best of the 2 newest matches, best first"


def test_story_signatures_read_back_the_sets_saved(store):
    """The signature columns are read without json.loads when they can be (storage.store._word_set):
    the sets must come back as saved, quotes, backslashes, commas, line breaks and letters of any
    script included."""
    item_id = store.save_item(item("http://e.org/sig", title="Sygnatura", body="tekst"))
    odd = {'cudzy "cytat"', "back\\slash", 'a", "b', "przecinek, spacja", "łódź", "line\nbreak", "", "t:klastr", "😀"}
    sets = {"en_tokens": {"cluster", "award"}, "orig_tokens": odd, "names": set()}
    store.save_story_signature(item_id, {"day": 20000, "language": "pl", "english": 0, **sets}, keys=["n:klastr"])
    (got,) = store.story_signatures([item_id])
    assert {k: got[k] for k in sets} == sets
    plain = {"klastr", "nagrod", "#500", "d:2026", "zażółć"}
    store.save_story_signature(item_id, {"day": 20000, "language": "pl", "english": 0, "en_tokens": plain,
                                         "orig_tokens": {"x"}, "names": {'"'}}, keys=[])
    (got,) = store.story_signatures([item_id])
    assert (got["en_tokens"], got["orig_tokens"], got["names"]) == (plain, {"x"}, {'"'})


def test_story_signatures_keep_decoded_sets_while_unchanged_within_a_budget(store, monkeypatch):
    """A candidate read again hands back its memo (what stories.py derived from it) and fresh story ids;
    a replaced signature gets a new memo; the cache never holds more text than its budget."""
    from storage import store as store_module
    monkeypatch.setattr(store_module, "SIG_CACHE_CHARS", 60)
    ids = [store.save_item(item(f"http://e.org/c{i}", title=f"C {i}", body="tekst")) for i in range(3)]
    for i in ids:
        store.save_story_signature(i, {"day": 20000, "language": "pl", "english": 0, "en_tokens": {f"slowo{i}"},
                                       "orig_tokens": set(), "names": {"klastr"}}, keys=[])
    (first,) = store.story_signatures([ids[0]])
    first["memo"]["derived"] = 1
    store.set_story(ids[0], store.new_story({"title": "C"}))
    (again,) = store.story_signatures([ids[0]])
    assert again["memo"] == {"derived": 1} and again["story_id"] is not None
    store.save_story_signature(ids[0], {"day": 20000, "language": "pl", "english": 0, "en_tokens": {"inne"},
                                        "orig_tokens": set(), "names": {"klastr"}}, keys=[])
    (replaced,) = store.story_signatures([ids[0]])
    assert replaced["memo"] == {} and replaced["en_tokens"] == {"inne"}
    store.story_signatures(ids)
    assert store._sig_cache_chars <= 60 and len(store._sig_cache) < 3


def _fts_rows(store):
    """How many blocks the full-text index holds: an entry written (or rewritten) adds some."""
    return store.scalar("SELECT count(*) FROM items_fts_data")


def test_setting_a_story_or_last_seen_does_not_rewrite_the_full_text_entry(store):
    i = store.save_item(item(title="Nagroda dla klastra"))
    before = _fts_rows(store)
    store.set_story(i, store.new_story(store.get_item(i)))
    store.touch(i)
    assert _fts_rows(store) == before
    assert [r["id"] for r in store.search("nagroda")] == [i]
    store.save_translation(i, {"title_en": "Award for the cluster", "translation_status": "done"})
    assert _fts_rows(store) > before, "a translated title is indexed"
    assert [r["id"] for r in store.search("award")] == [i]
    assert [r["id"] for r in store.search("nagroda")] == [i]


def test_an_older_store_gets_the_lean_update_trigger_and_the_merge_fan_out(tmp_path):
    from storage.migrations import FTS_AUTOMERGE

    path = str(tmp_path / "old.db")
    s = Store.open(path)
    i = s.save_item(item(title="Złota Odznaka"))
    # Back to the schema before m016: sqlite-utils' trigger on any column, FTS5's default merge settings.
    s.db.execute("DELETE FROM items_fts_config WHERE k IN ('automerge', 'crisismerge')")
    s.db.execute("DROP TRIGGER items_au")
    s.db.execute('CREATE TRIGGER "items_au" AFTER UPDATE ON "items" BEGIN INSERT INTO "items_fts" ("items_fts", '
                 "rowid, title, title_en, summary, summary_en, search_folded) VALUES('delete', old.rowid, old.title, "
                 "old.title_en, old.summary, old.summary_en, old.search_folded); INSERT INTO \"items_fts\" (rowid, "
                 "title, title_en, summary, summary_en, search_folded) VALUES (new.rowid, new.title, new.title_en, "
                 "new.summary, new.summary_en, new.search_folded); END")
    s.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm016_flat_insert_cost'")
    s.db.conn.commit()
    s.close()
    s = Store.open(path)
    assert s.scalar("SELECT v FROM items_fts_config WHERE k = 'automerge'") == FTS_AUTOMERGE
    before = _fts_rows(s)
    s.touch(i)
    assert _fts_rows(s) == before
    assert [r["id"] for r in s.search("zlota")] == [i]
    s.close()


def test_an_article_stored_before_urls_spelled_escapes_alike_is_still_known_by_its_new_spelling(tmp_path):
    from sqlite_utils import Database

    from monitor.urls import canonical_url
    from storage.migrations import migrations

    path = str(tmp_path / "old.db")
    old = Database(path)
    migrations.apply(old, stop_before="m017_url_escapes_as_aliases")
    item_id = Store(old).save_item(item("http://e.pl/aktualności/wyróżnienie"), aliases=["http://e.pl/a%c5%82/1"])
    old.close()

    store = Store.open(path)
    assert store.item_id_for_url(canonical_url("http://e.pl/aktualno%C5%9Bci/wyr%c3%b3%c5%bcnienie")) == item_id
    assert store.item_id_for_url(canonical_url("http://e.pl/ał/1")) == item_id
    assert store.item_id_for_url("http://e.pl/aktualności/wyróżnienie") == item_id   # the old spelling stays known
    store.close()


def test_save_items_links_every_new_url_to_its_item_and_skips_stored_ones(store):
    kept = store.save_item(item("http://e.org/kept"))
    # an items row whose URL item_urls does not hold (the fallback of save_items maps it as before)
    store.db.execute("INSERT INTO items (url, source, title, first_seen, last_seen, translation_status) "
                     "VALUES ('http://e.org/orphan', 'e', 'Sierota', 'x', 'x', 'pending')")
    orphan = store.scalar("SELECT id FROM items WHERE url = 'http://e.org/orphan'")
    new = store.save_items([item("http://e.org/kept"), item("http://e.org/n1"), item("http://e.org/n1"),
                            item("http://e.org/n2"), item("http://e.org/orphan")])
    assert new == 3
    rows = dict(store.db.execute("SELECT url, item_id FROM item_urls").fetchall())
    ids = dict(store.db.execute("SELECT url, id FROM items").fetchall())
    assert rows == ids
    assert rows["http://e.org/kept"] == kept and rows["http://e.org/orphan"] == orphan
    assert store.count_items() == 4


def test_an_older_store_gets_item_urls_clustered_on_the_url_with_the_same_rows(tmp_path):
    from sqlite_utils import Database

    from storage.migrations import migrations

    path = str(tmp_path / "old.db")
    old = Database(path)
    migrations.apply(old, stop_before="m018_item_urls_clustered")   # item_urls: a rowid table and its URL index
    assert "WITHOUT ROWID" not in old.execute("SELECT sql FROM sqlite_master WHERE name = 'item_urls'").fetchone()[0]
    first = Store(old).save_item(item(), aliases=["http://e.org/old/1"])
    second = Store(old).save_item(item("http://e.org/a/2"))
    old.close()
    s = Store.open(path)
    assert "WITHOUT ROWID" in s.scalar("SELECT sql FROM sqlite_master WHERE name = 'item_urls'")
    assert s.known_urls() == {"http://e.org/a/1", "http://e.org/old/1", "http://e.org/a/2"}
    assert s.item_id_for_url("http://e.org/old/1") == first
    assert s.item_id_for_url("http://e.org/a/2") == second
    assert sorted(s.item_urls(first)) == ["http://e.org/a/1", "http://e.org/old/1"]
    assert s.save_item(item("http://e.org/old/1")) is None
    assert s.db.execute("PRAGMA foreign_key_check").fetchall() == []
    s.close()
