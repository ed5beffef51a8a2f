"""Build and run the Datasette app that `monitor serve` starts.

The database is opened in Datasette's plain file mode, whose read connections use SQLite's
`?mode=ro`: unlike `--immutable`, it sees rows a crawl commits while the page is open (WAL), and
it cannot write. Arbitrary SQL is denied unless allow_sql is set; canned queries still run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HIDDEN = ["story_sigs", "story_keys", "story_key_counts", "item_alternates", "translations", "listing_validators",
          "rejected_urls", "_sqlite_migrations", "items_fts", "items_fts_config", "items_fts_data",
          "items_fts_docsize", "items_fts_idx"]

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "awards_this_week": {
        "title": "Awards this week",
        "sql": "SELECT published, source, title_en, title, award_level, url FROM items "
               "WHERE is_award = 1 AND first_seen >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-7 days') "
               "ORDER BY published DESC",
    },
    "new_since_last_digest": {
        "title": "New since the last --new digest",
        "sql": "SELECT published, source, language, title_en, title, is_award, award_level, url FROM items "
               "WHERE NOT EXISTS (SELECT 1 FROM digest_items di JOIN digests d ON d.id = di.digest_id "
               "WHERE di.item_id = items.id AND d.mode = 'new') ORDER BY published DESC",
    },
    "by_source": {
        "title": "Items by source",
        "sql": "SELECT source, count(*) AS items, sum(is_award) AS awards, max(published) AS newest, "
               "max(first_seen) AS last_found FROM items GROUP BY source ORDER BY items DESC",
    },
    "failing_sources": {
        "title": "Failing sources (latest crawl run not ok)",
        "sql": "SELECT r.source, r.started, r.status, r.pages, r.errors, r.message FROM crawl_runs r "
               "WHERE r.id = (SELECT max(id) FROM crawl_runs WHERE source = r.source) AND r.status != 'ok' "
               "ORDER BY r.source",
    },
}


def metadata(db_name: str) -> dict[str, Any]:
    """Datasette metadata: titles, facets, hidden internals, canned queries."""
    return {
        "title": "monitor: award announcements",
        "description": "Announcements crawled from cluster and agency sites, in the original and in English.",
        "databases": {db_name: {
            "queries": CANNED_QUERIES,
            "tables": {
                "items": {
                    "facets": ["source", "language", {"array": "topics"}, "award_level"],
                    "sort_desc": "published",
                    "label_column": "title_en",
                    "fts_table": "items_fts",
                    "fts_pk": "id",
                },
                **{t: {"hidden": True} for t in HIDDEN},
            },
        }},
    }


TEMPLATES = Path(__file__).parent / "templates"


def _register_plugin() -> None:
    """Register monitor.web.plugin with Datasette's plugin manager once per process."""
    from datasette.plugins import pm

    from monitor.web import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="monitor-web")


def make_datasette(db_path: str, allow_sql: bool = False):
    """A Datasette instance serving db_path read-only, with the landing page and templates."""
    from datasette.app import Datasette

    _register_plugin()
    name = Path(db_path).stem
    return Datasette(
        files=[db_path],
        template_dir=str(TEMPLATES),
        metadata=metadata(name),
        settings={"default_allow_sql": allow_sql, "suggest_facets": False, "sql_time_limit_ms": 3000,
                  "default_page_size": 50, "allow_download": False},
    )


def serve(db_path: str, host: str, port: int, allow_sql: bool = False) -> None:
    """Run the web front end until interrupted."""
    import asyncio

    import uvicorn

    ds = make_datasette(db_path, allow_sql)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
