"""The HTML digest opens like the landing page: how many stories and awards, the awards first,
English titles with the original beneath (the CSV/JSON/MD/Atom outputs keep their shape)."""

from __future__ import annotations

from monitor.digest import build_rows, render


def _add(store, url, **kw):
    row = {"url": url, "source": "s", "language": "pl", "title": "T", "translation_status": "done",
           "published": "2026-11-02", **kw}
    item_id = store.save_item(row)
    store.set_story(item_id, store.new_story(row))


def test_html_digest_counts_then_awards_first_english_above_the_original(store):
    _add(store, "http://e.org/new", title="Nowy członek klastra", title_en="New cluster member", published="2026-11-30")
    _add(store, "http://e.org/gold", title="Złota Odznaka dla klastra", title_en="Gold Label for the cluster",
         is_award=1, award_level="gold", published="2026-11-01")
    _add(store, "http://e.org/other", title="Szkolenie", title_en="Training", published="2026-11-15")
    page = render(build_rows(store)[0], "html")
    assert '<p class="summary"><strong>3</strong> stories, <strong>1</strong> award</p>' in page
    assert page.index("Gold Label for the cluster") < page.index("New cluster member"), "awards before newer stories"
    assert page.index("<h2>Awards (1)</h2>") < page.index("<h2>Other stories (2)</h2>")
    assert page.index("Gold Label for the cluster") < page.index("Złota Odznaka dla klastra")
    assert '<p class="orig">Złota Odznaka dla klastra</p>' in page


def test_html_digest_without_awards_says_so_in_its_counts(store):
    _add(store, "http://e.org/x", title="Szkolenie", title_en="Training")
    page = render(build_rows(store)[0], "html")
    assert "<strong>1</strong> story, <strong>0</strong> awards" in page and "<h2>Stories (1)</h2>" in page
    assert "Awards (" not in page
