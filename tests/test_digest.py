"""Digest rows and writers: the CSV contract, formula neutralisation, escaping, stories."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from monitor.digest import COLUMNS, build_rows, neutralise, parse_since, render

HEADER = "published,source,language,title,title_en,summary_en,url,is_award,award_level,also_at,first_seen"


def add(store, url, story=None, **kw):
    row = {"url": url, "source": kw.pop("source", "s"), "title": kw.pop("title", "T"), "language": "pl",
           "translation_status": "done", "published": "2022-01-02", **kw}
    item_id = store.save_item(row)
    story = story or store.new_story(row)
    store.set_story(item_id, story)
    return item_id, story


def parse_csv(text):
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_csv_has_bom_and_the_exact_contract_header(store):
    add(store, "http://e.org/1")
    rows, _ = build_rows(store)
    text = render(rows, "csv")
    assert text[1:].split("\r\n", 1)[0] == HEADER
    assert COLUMNS == HEADER.split(",")


def test_cells_starting_with_formula_characters_are_neutralised(store):
    add(store, "http://e.org/1", title="+15 nowych członków", title_en="=HYPERLINK(\"x\")", summary_en="@cmd")
    (row,) = parse_csv(render(build_rows(store)[0], "csv"))
    assert row["title"] == "'+15 nowych członków"
    assert row["title_en"].startswith("'=")
    assert row["summary_en"] == "'@cmd"
    assert neutralise("-1") == "'-1" and neutralise("plain") == "plain"


def test_english_items_have_title_en_equal_to_title_and_pending_ones_empty(store):
    add(store, "http://e.org/en", title="Cluster wins", language="en", translation_status="not_needed")
    add(store, "http://e.org/pl", title="Klaster wygrywa", translation_status="pending")
    rows = {r["url"]: r for r in parse_csv(render(build_rows(store)[0], "csv"))}
    assert rows["http://e.org/en"]["title_en"] == "Cluster wins"
    assert rows["http://e.org/pl"]["title_en"] == ""


def test_a_story_reported_twice_is_one_row_preferring_english_with_the_other_url_in_also_at(store):
    _, story = add(store, "http://pl.org/1", title="Złota Odznaka", is_award=1, award_level="gold")
    add(store, "http://en.org/1", title="Gold Label", language="en", story=story)
    add(store, "http://other.org/9", title="Something else")
    rows, covered = build_rows(store)
    assert len(rows) == 2 and len(covered) == 3
    gold = next(r for r in rows if r["also_at"])
    assert gold["url"] == "http://en.org/1"
    assert gold["also_at"] == "http://pl.org/1"
    assert gold["is_award"] == "true" and gold["award_level"] == "gold"


def test_awards_only_keeps_award_rows(store):
    add(store, "http://e.org/1", is_award=1, award_level="silver")
    add(store, "http://e.org/2")
    rows, _ = build_rows(store, awards_only=True)
    assert [r["url"] for r in rows] == ["http://e.org/1"]


def test_json_is_an_array_with_the_csv_keys_and_award_details(store):
    add(store, "http://e.org/1", is_award=1, award_level="silver", award_recipient="Klaster X", award_body="ESCA")
    (obj,) = json.loads(render(build_rows(store)[0], "json"))
    assert set(COLUMNS) <= set(obj)
    assert obj["award_recipient"] == "Klaster X" and obj["award_body"] == "ESCA"


def test_html_escapes_scraped_text_and_is_self_contained(store):
    add(store, "http://e.org/1", title="<script>alert(1)</script>", title_en="<img src=x onerror=alert(1)>")
    page = render(build_rows(store)[0], "html")
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<link" not in page and 'src="http' not in page


def test_markdown_escapes_html_and_lists_items(store):
    add(store, "http://e.org/1", title="Tytuł", title_en="A <b>bold</b> | piped title")
    md = render(build_rows(store)[0], "md")
    assert "&lt;b&gt;bold&lt;/b&gt; \\| piped title" in md
    assert "(http://e.org/1)" in md


def test_atom_is_a_valid_feed_with_one_entry_per_row(store):
    add(store, "http://e.org/1", title="A & B", title_en="A & B")
    add(store, "http://e.org/2")
    root = ET.fromstring(render(build_rows(store)[0], "atom"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) == 2
    assert {e.find("a:link", ns).get("href") for e in entries} == {"http://e.org/1", "http://e.org/2"}


def test_since_accepts_dates_and_day_counts():
    import datetime as dt

    assert parse_since("2022-01-31") == "2022-01-31"
    assert parse_since("7d", today=dt.date(2022, 1, 31)) == "2022-01-24"


def test_rows_come_one_per_story_newest_first_with_also_at_in_id_order_across_chunks(store, monkeypatch):
    """The digest's order and grouping as SQLite streams them, with stories split over fetch chunks."""
    import storage.store

    monkeypatch.setattr(storage.store, "DIGEST_CHUNK", 2)

    def item(url, published, seen, story=None, **kw):
        fields = {"url": url, "source": "s", "title": url.rsplit("/", 1)[1], "language": "pl",
                  "translation_status": "done", "published": published, "first_seen": f"2022-02-0{seen}T00:00:00Z", **kw}
        item_id = store.save_item(fields)
        if story:
            store.set_story(item_id, story)
        return item_id

    s1, s2, s3 = (store.new_story({"title": t}) for t in ("one", "two", "three"))
    item("http://e.org/s1-pl", "2022-01-09", 1, s1)
    item("http://e.org/s1-en", "2022-01-01", 2, s1, language="en")      # shown: English, dated the 1st
    item("http://e.org/undated", None, 9)                                # no story, no date: last
    item("http://e.org/tie-a", "2022-01-05", 3)
    item("http://e.org/tie-b", "2022-01-05", 3)                          # same date and first_seen: id order
    item("http://e.org/s2-late", "2022-01-07", 5, s2, is_award=1, award_level="silver")
    item("http://e.org/s2-early", "2022-01-03", 4, s2)                   # shown: earliest first seen
    item("http://e.org/s2-third", "2022-01-08", 6, s2)
    item("http://e.org/s3", "2022-01-05", 4, s3)                         # same date as the ties, seen later

    rows = parse_csv(render(build_rows(store)[0], "csv"))
    assert [r["url"].rsplit("/", 1)[1] for r in rows] == ["s3", "tie-a", "tie-b", "s2-early", "s1-en", "undated"]
    s2_row = rows[3]
    assert s2_row["also_at"] == "http://e.org/s2-late http://e.org/s2-third"
    assert (s2_row["is_award"], s2_row["award_level"]) == ("true", "silver")
    assert rows[4]["also_at"] == "http://e.org/s1-pl" and rows[4]["published"] == "2022-01-01"
    assert all(r["also_at"] == "" for r in rows if r["url"].rsplit("/", 1)[1] in ("s3", "tie-a", "tie-b", "undated"))

    # A selection holding part of a story shows a selected item, the story's other items in also_at.
    (award_row,), covered = build_rows(store, awards_only=True)
    assert award_row["url"] == "http://e.org/s2-late" and len(covered) == 1
    assert award_row["also_at"] == "http://e.org/s2-early http://e.org/s2-third"


def test_csv_made_by_sqlite_is_the_csv_of_the_rows(store):
    """The CSV digest's cells come from SQL (CSV_CELLS_SQL); they must give the bytes the rows give."""
    from monitor.digest import render_csv_chunks, stream_rows

    tricky = ["=1+2", "+48 12", "-x", "@me", "\tlead", "\rcr", "a,b", 'say "hi"', "two\nlines", "cr\rin", "x\x1fy",
              "'quoted'", "zażółć", " spaced ", "", None]
    columns = ["title", "title_en", "summary", "summary_en", "published", "source", "language", "award_level", "url"]
    n = 0
    for i, value in enumerate(tricky):
        for column in columns:
            n += 1
            fields = {"url": f"http://e.org/{n}", "source": "s", "title": "T", "translation_status": "done",
                      "language": ["en", "pl", None][n % 3], "is_award": n % 2, "published": "2022-01-01"}
            if value is not None or column not in ("url", "source", "title"):
                fields[column] = value if column != "url" else f"http://e.org/{n}{value}"
            item_id = store.save_item(fields)
            if n % 4 == 0:   # every fourth joins the story of the one before
                store.set_story(item_id, story)
            else:
                story = store.new_story(fields)
                store.set_story(item_id, story)
    by_sql = "".join(render_csv_chunks(stream_rows(store, csv_lines=True)))
    assert by_sql == render(build_rows(store)[0], "csv")
    assert "x\x1fy" in by_sql and "'=1+2" in by_sql and '"say ""hi"""' in by_sql
