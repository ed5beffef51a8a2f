"""`monitor serve`: Datasette on a crawled database, read-only, no SQL for visitors, live while a crawl writes."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from helpers import monitor_serve, run_monitor, write_config
from storage import Store


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


@pytest.fixture
def served(tmp_path, site_server):
    site = site_server("wp-klaster")
    cfg = write_config(tmp_path / "sources.toml", [{"name": "wp", "url": site.url + "/aktualnosci/", "language": "pl"}])
    db = tmp_path / "m.db"
    assert run_monitor("crawl", "--config", str(cfg), "--db", str(db)).returncode == 0
    with monitor_serve(db, tries=100) as base:
        yield base, db


def test_the_json_api_lists_the_crawled_items_and_facets(served):
    base, _ = served
    status, body = _get(base + "/m/items.json?_shape=objects&_facet=source")
    assert status == 200
    data = json.loads(body)
    titles = [r["title"] for r in data["rows"]]
    assert "Srebrna Odznaka ESCA dla Klastra Biotechnologii Małopolski" in titles
    assert data["facet_results"]["source"]["results"][0]["value"] == "wp"


def test_canned_queries_run_but_visitors_cannot_run_sql(served):
    base, _ = served
    status, body = _get(base + "/m/by_source.json?_shape=objects")
    assert status == 200 and json.loads(body)["rows"][0]["source"] == "wp"
    status, _ = _get(base + "/m.json?sql=select+1")
    assert status == 403


def test_rows_a_crawl_commits_while_the_page_is_served_show_up(served):
    base, db = served
    store = Store.open(str(db))
    try:
        store.save_item({"url": "http://e.org/live", "source": "live", "language": "en", "title": "Committed while serving",
                         "first_seen": "2024-01-01T00:00:00Z", "last_seen": "2024-01-01T00:00:00Z",
                         "translation_status": "not_needed"})
        store.db.execute("BEGIN IMMEDIATE")  # a writer holding its lock does not block the page (WAL)
        status, body = _get(base + "/m/items.json?_shape=objects&source=live")
        store.db.execute("ROLLBACK")
    finally:
        store.close()
    assert status == 200
    assert [r["title"] for r in json.loads(body)["rows"]] == ["Committed while serving"]
