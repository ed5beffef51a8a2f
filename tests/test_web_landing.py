"""The landing page and its parts, through Datasette's own ASGI client on a real SQLite file.

One row per story (English first, the original beneath, also_at links), awards first, counts,
the same folded/stemmed search as `monitor search`, charts as escaped SVG, scraped text escaped
and only http(s) URLs made into links.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3

import pytest

from monitor.web import charts, landing
from monitor.web.app import make_datasette
from monitor.web.plugin import render_cell
from storage import Store

NOW = dt.datetime.now(dt.timezone.utc)
RECENT = (NOW - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
OLD = (NOW - dt.timedelta(days=60)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _add(store: Store, url: str, story: int | None = None, **kw) -> int:
    row = {"url": url, "source": "s", "language": "pl", "title": "T", "translation_status": "done",
           "published": "2026-11-02", "first_seen": RECENT, "last_seen": RECENT, **kw}
    item_id = store.save_item(row)
    store.set_story(item_id, story or store.new_story(row))
    return item_id


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "m.db"
    s = Store.open(str(path))
    gold_pl = _add(s, "http://pl.example/zlota", title="Złota Odznaka ESCA dla klastra",
                   title_en="ESCA Gold Label for the cluster", is_award=1, award_level="gold", published="2026-11-20",
                   summary="Klaster wyróżniony złotym certyfikatem.")
    story = s.get_item(gold_pl)["story_id"]
    _add(s, "http://en.example/gold", story=story, language="en", source="en-site", title="Cluster wins ESCA Gold Label",
         is_award=1, award_level="gold", published="2026-11-20")
    _add(s, "http://pl.example/nagroda", title="Firma otrzymała nagrodę", title_en="Company receives a prize",
         is_award=1, published="2026-11-10")
    _add(s, "http://pl.example/szkolenie", title="Szkolenie dla firm", title_en="Training for companies",
         published="2026-10-01", first_seen=OLD)
    _add(s, "javascript:alert(1)", language="en", title="<script>alert(1)</script> hostile", published="2026-11-25")
    s.close()
    return path


def _page(db, path: str) -> str:
    async def get() -> str:
        ds = make_datasette(str(db))
        await ds.invoke_startup()
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text[:500]
        return response.text
    return asyncio.run(get())


def test_stories_are_one_row_each_english_original_first_with_the_others_as_also_at(db):
    with sqlite3.connect(db) as conn:
        rows = landing.newest_stories(conn)
    gold = next(r for r in rows if r["award_level"] == "gold")
    assert gold["title_en"] == "Cluster wins ESCA Gold Label" and gold["url"] == "http://en.example/gold"
    assert [o["url"] for o in gold["also_at"]] == ["http://pl.example/zlota"]
    assert len(rows) == 4, "the two items of the gold story make one row"
    assert [r["published"] for r in rows] == sorted((r["published"] for r in rows), reverse=True)


def test_counts_and_awards_come_first_on_the_page(db):
    page = _page(db, "/")
    assert "<strong>3</strong> new stories" in page and "<strong>2</strong> awards in the last 7 days" in page
    assert page.index('id="awards"') < page.index('id="newest"')
    assert page.index("Cluster wins ESCA Gold Label") < page.index('id="newest"')
    assert '<div class="orig" lang="pl">Firma otrzymała nagrodę</div>' in page


@pytest.mark.parametrize("query, found", [
    ("nagroda", "Company receives a prize"),          # inflected: nagrodę
    ("zlotym", "Cluster wins ESCA Gold Label"),       # folded: złotym (in the summary)
    ("training", "Training for companies"),           # English word, Polish item, via title_en
])
def test_page_search_finds_polish_forms_and_translations(db, query, found):
    page = _page(db, "/?q=" + query)
    results = page[page.index('id="results"'):]
    assert found in results
    with sqlite3.connect(db) as conn:  # the same search as `monitor search`
        assert [r["title_en"] for r in landing.search(conn, query)] == [found]


def test_scraped_text_is_escaped_and_only_http_urls_become_links(db):
    page = _page(db, "/")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; hostile" in page
    assert 'href="javascript:' not in page
    assert str(render_cell("javascript:alert(1)", "url", "items")) == "javascript:alert(1)"
    cell = str(render_cell("http://a.example/x?a=1&b=2 http://b.example/<y>", "also_at", "items"))
    assert cell.count("<a href=") == 2 and "&amp;b=2" in cell and "&lt;y&gt;" in cell and "<y>" not in cell


def test_charts_are_svg_with_escaped_labels_and_no_external_resources(db):
    svg = charts.stacked_bars(["2026-11-02", "2026-11-09"], {"<b>src</b>": [1, 2], "other": [0, 3]}, "Per week")
    assert svg.startswith("<svg") and "&lt;b&gt;src&lt;/b&gt;" in svg and "<b>" not in svg
    assert svg.count("<rect") == 3 + 2, "three non-empty bars plus two legend keys"
    page = _page(db, "/")
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') == 2
    assert "cdn" not in page.lower() and "<script src=\"http" not in page


def test_weekly_chart_ends_at_the_newest_item_and_counts_per_source(db):
    with sqlite3.connect(db) as conn:
        weeks, series = landing.weekly_by_source(conn, today=dt.date(2026, 12, 1))
        months, awards = landing.monthly_awards(conn, today=dt.date(2026, 12, 1))
    assert weeks[-1] == "2026-11-23" and len(weeks) == 12   # Monday of the week of 2026-11-25
    assert sum(series["s"]) == 4 and sum(series["en-site"]) == 1
    assert months[-1] == "2026-11" and awards[-1] == 3


def test_the_json_api_urls_in_the_readme_answer(db):
    import json

    awards = json.loads(_page(db, "/m/items.json?_shape=array&is_award=1&award_level=gold&_sort_desc=published"))
    assert {a["url"] for a in awards} == {"http://pl.example/zlota", "http://en.example/gold"}
    facets = json.loads(_page(db, "/m/items.json?_size=0"))["facet_results"]
    assert {"source", "language", "award_level"} <= set(facets)
    assert len(json.loads(_page(db, "/m/items.json?_shape=array&published__gte=2026-11-01&language=pl"))) == 2
