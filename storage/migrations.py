"""The versioned schema of the monitor database (sqlite-utils Migrations).

Add a new migration function for every change; never edit one that has shipped.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from sqlite_utils import Database, Migrations

migrations = Migrations("monitor")


@migrations()
def m001_initial(db: Database) -> None:
    db["items"].create(
        {
            "id": int,
            "url": str,                 # canonical URL of the article (after redirects)
            "source": str,              # [[sources]] name
            "language": str,            # ISO 639-1 of the text
            "title": str,
            "title_en": str,
            "summary": str,
            "summary_en": str,
            "body": str,
            "body_en": str,
            "published": str,           # YYYY-MM-DD or NULL
            "first_seen": str,          # ISO 8601 UTC
            "last_seen": str,
            "content_hash": str,        # sha1 of the normalised title + body
            "simhash": str,             # near-duplicate fingerprint (hex), for stories
            "story_id": int,
            "is_award": int,
            "award_level": str,         # gold | silver | bronze | ''
            "award_name": str,
            "award_body": str,          # awarding organisation
            "award_recipient": str,
            "award_evidence": str,      # JSON: matched terms and sentence
            "award_score": float,
            "topics": str,              # JSON list of topic names
            "translation_status": str,  # done | pending | not_needed
            "translator": str,          # provider that produced title_en
            "search_folded": str,       # diacritics-folded text for FTS (ł→l as well)
        },
        pk="id",
        not_null={"url", "source", "title", "first_seen", "last_seen", "translation_status"},
        defaults={"is_award": 0, "translation_status": "pending", "award_level": "", "topics": "[]"},
        if_not_exists=True,
    )
    db["items"].create_index(["url"], unique=True, if_not_exists=True)
    db["items"].create_index(["source"], if_not_exists=True)
    db["items"].create_index(["story_id"], if_not_exists=True)
    db["items"].create_index(["first_seen"], if_not_exists=True)
    db["items"].create_index(["translation_status"], if_not_exists=True)
    db["items"].create_index(["content_hash"], if_not_exists=True)

    # Every URL an item was reached by (tracking copies, pre-redirect addresses), so that the next
    # crawl knows it without downloading it again.
    db["item_urls"].create(
        {"url": str, "item_id": int},
        pk="url",
        foreign_keys=[("item_id", "items", "id")],
        if_not_exists=True,
    )

    db["stories"].create(
        {"id": int, "first_seen": str, "title": str, "published": str},
        pk="id",
        if_not_exists=True,
    )

    db["translations"].create(
        {
            "key": str,                 # sha1(provider, source_lang, target_lang, text)
            "provider": str,
            "source_lang": str,
            "target_lang": str,
            "text": str,
            "translation": str,
            "created": str,
        },
        pk="key",
        not_null={"provider", "text", "translation"},
        if_not_exists=True,
    )

    db["crawl_runs"].create(
        {
            "id": int,
            "started": str,
            "finished": str,
            "source": str,
            "status": str,              # ok | failed | empty
            "pages": int,
            "articles_seen": int,
            "items_new": int,
            "items_duplicate": int,
            "errors": int,
            "message": str,
        },
        pk="id",
        not_null={"started", "source", "status"},
        if_not_exists=True,
    )
    db["crawl_runs"].create_index(["source", "started"], if_not_exists=True)

    db["digests"].create(
        {"id": int, "created": str, "mode": str, "format": str, "items": int},
        pk="id",
        if_not_exists=True,
    )
    db["digest_items"].create(
        {"digest_id": int, "item_id": int},
        pk=("digest_id", "item_id"),
        foreign_keys=[("digest_id", "digests", "id"), ("item_id", "items", "id")],
        if_not_exists=True,
    )
    db["digest_items"].create_index(["item_id"], if_not_exists=True)

    db["items"].enable_fts(
        ["title", "title_en", "summary", "summary_en", "body", "search_folded"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


@migrations()
def m002_story_signatures(db: Database) -> None:
    """Story grouping: per-item signatures, LSH band/name keys with their counts, hreflang alternates."""
    db["story_sigs"].create(
        {
            "item_id": int,
            "day": int,                 # day number of published (else first_seen), for the date window
            "language": str,
            "en_tokens": str,           # JSON list: English content words (title_en, summary_en, body_en)
            "orig_tokens": str,         # JSON list: stems of the original text (non-English items)
            "names": str,               # JSON list: folded proper names and numbers
            "english": int,             # 1 when English text was available
        },
        pk="item_id",
        foreign_keys=[("item_id", "items", "id")],
        if_not_exists=True,
    )
    db["story_keys"].create(
        {"key": str, "day": int, "item_id": int},
        pk=("key", "day", "item_id"),
        if_not_exists=True,
    )
    db["story_keys"].create_index(["item_id"], if_not_exists=True)
    db["story_key_counts"].create({"key": str, "n": int}, pk="key", if_not_exists=True)
    db["item_alternates"].create(
        {"item_id": int, "url": str},
        pk=("item_id", "url"),
        foreign_keys=[("item_id", "items", "id")],
        if_not_exists=True,
    )
    db["item_alternates"].create_index(["url"], if_not_exists=True)


@migrations()
def m010_rejected_urls(db: Database) -> None:
    """Incremental crawling: article candidates that were not articles, and listing validators."""
    # Pages fetched as article candidates and rejected (event, static, too little text, 404/410):
    # the next runs skip them until last_checked is MONITOR_RECHECK_REJECTED_DAYS old.
    db["rejected_urls"].create(
        {
            "url": str,                 # canonical URL as requested (and after redirects)
            "source": str,
            "reason": str,              # event | static | no_title | too_short | not_html | http_404 | http_410
            "status": int,              # HTTP status of the last check
            "first_seen": str,          # ISO 8601 UTC
            "last_checked": str,
            "checks": int,              # how many times the page was fetched and rejected
        },
        pk="url",
        not_null={"reason", "first_seen", "last_checked"},
        defaults={"checks": 1},
        if_not_exists=True,
    )
    # ETag / Last-Modified of listing pages, feeds and sitemaps, sent back as If-None-Match /
    # If-Modified-Since by the next run.
    db["listing_validators"].create(
        {"url": str, "etag": str, "last_modified": str, "saved": str},
        pk="url",
        not_null={"saved"},
        if_not_exists=True,
    )


@migrations()
def m012_story_key_window_index(db: Database) -> None:
    """Story grouping cost that does not grow with the store.

    - item_urls(item_id): the hreflang check of every new item read an item's URLs by a full scan.
    - story_keys and story_key_counts become WITHOUT ROWID tables clustered on their key: each row
      is stored once (not in a rowid table plus an index of the same columns), so a new item dirties
      about half as many pages and the lookup (key, day BETWEEN window) reads the rows in place.
    sqlite-utils cannot create WITHOUT ROWID tables, hence the SQL.
    """
    db["item_urls"].create_index(["item_id"], if_not_exists=True)
    db.execute(
        "CREATE TABLE story_keys_new (key TEXT NOT NULL, day INTEGER NOT NULL, item_id INTEGER NOT NULL, "
        "PRIMARY KEY (key, day, item_id)) WITHOUT ROWID"
    )
    db.execute("INSERT INTO story_keys_new (key, day, item_id) SELECT key, day, item_id FROM story_keys")
    db.execute("DROP TABLE story_keys")
    db.execute("ALTER TABLE story_keys_new RENAME TO story_keys")
    db.execute("CREATE INDEX IF NOT EXISTS idx_story_keys_item_id ON story_keys (item_id)")
    db.execute("CREATE TABLE story_key_counts_new (key TEXT PRIMARY KEY NOT NULL, n INTEGER NOT NULL) WITHOUT ROWID")
    db.execute("INSERT INTO story_key_counts_new (key, n) SELECT key, n FROM story_key_counts WHERE n > 0")
    db.execute("DROP TABLE story_key_counts")
    db.execute("ALTER TABLE story_key_counts_new RENAME TO story_key_counts")


@migrations()
def m011_crawl_run_quality(db: Database) -> None:
    """Parse failures per crawl run: article candidates rejected as not articles, articles without a date."""
    columns = db["crawl_runs"].columns_dict
    for name in ("rejected", "no_date"):
        if name not in columns:
            db["crawl_runs"].add_column(name, int, not_null_default=0)


@migrations()
def m013_newest_first_indexes(db: Database) -> None:
    """The web page lists the newest stories and charts recent weeks: read them through indexes,
    not a scan of every item (a store of a million items answers in milliseconds)."""
    db["items"].create_index(["published"], if_not_exists=True)
    db["items"].create_index(["is_award", "published"], if_not_exists=True)


@migrations()
def m014_story_digest_index(db: Database) -> None:
    """The digest picks each story's item (English first, then the earliest seen) and sorts by date from
    an index holding the columns it reads, not from a scan of the items table (3 GB at a million items,
    its bodies included). The index replaces the one on story_id alone (a prefix of it): no more index
    to update per stored item."""
    db["items"].create_index(["story_id", "language", "first_seen", "published"], if_not_exists=True)
    db.execute("DROP INDEX IF EXISTS idx_items_story_id")


@migrations()
def m015_fts_body_once(db: Database) -> None:
    """Search indexed every body twice: as itself and inside search_folded (the folded title, title_en,
    summary and body, which every query is matched against, folded the same way). The full-text index
    keeps search_folded and the short columns, not the body: each stored item is tokenised and
    written to the index once less (insert cost, disk). Rebuilt from the items table."""
    db["items"].disable_fts()
    db["items"].enable_fts(["title", "title_en", "summary", "summary_en", "search_folded"],
                           create_triggers=True, tokenize="unicode61 remove_diacritics 2")


# FTS5 keeps its index as segments that it merges in the background of every write (an LSM): each
# posting is rewritten once per level, and a store has log_F(items) levels for a merge fan-out F.
# With FTS5's default F = 4, the levels went from 3 at 10,000 items to 7 at 1,000,000, and so did the
# merge work of every insert. F = 16 makes it 2 to 4 levels (half the merge work at a million
# items); searches read up to 15 segments per level instead of 3 (no slower: bench/README.md).
FTS_AUTOMERGE = 16
FTS_CRISISMERGE = 32   # above FTS_AUTOMERGE, so that merges stay incremental (no whole-level merge at once)


@migrations()
def m016_flat_insert_cost(db: Database) -> None:
    """Insert cost that does not grow with the store.

    - The full-text index merges its segments 16 at a time instead of 4 (FTS_AUTOMERGE): fewer levels,
      so fewer rewrites of every posting as the store grows. FTS5 keeps the setting in the database.
    - An item's full-text entry is rewritten only when an indexed column changes: the update trigger
      fired on any column, so that setting an item's story or its last_seen (every new item, every
      item seen again) deleted and re-tokenised the whole item in the index.
    """
    db.execute(f"INSERT INTO items_fts (items_fts, rank) VALUES ('automerge', {FTS_AUTOMERGE})")
    db.execute(f"INSERT INTO items_fts (items_fts, rank) VALUES ('crisismerge', {FTS_CRISISMERGE})")
    cols = ["title", "title_en", "summary", "summary_en", "search_folded"]
    old = ", ".join(f'old."{c}"' for c in cols)
    new = ", ".join(f'new."{c}"' for c in cols)
    names = ", ".join(f'"{c}"' for c in cols)
    db.execute("DROP TRIGGER IF EXISTS items_au")
    # `INSERT INTO "items_fts"` as sqlite-utils writes it, so that its disable_fts() still finds the trigger.
    db.execute(
        f'CREATE TRIGGER "items_au" AFTER UPDATE OF {names} ON "items" BEGIN\n'
        f'  INSERT INTO "items_fts" ("items_fts", rowid, {names}) VALUES(\'delete\', old.rowid, {old});\n'
        f'  INSERT INTO "items_fts" (rowid, {names}) VALUES (new.rowid, {new});\n'
        "END")


# The spelling rule of monitor.urls.canonical_url from this migration on, frozen here as it shipped:
# raw non-ASCII characters as UTF-8 escapes, escapes in upper case.
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _escaped_url(url: str) -> str:
    url = _NON_ASCII.sub(lambda m: quote(m.group(0).encode("utf-8", "surrogatepass"), safe=""), url)
    return _ESCAPE.sub(lambda m: m.group(0).upper(), url)


@migrations()
def m017_url_escapes_as_aliases(db: Database) -> None:
    """Canonical URLs now spell raw non-ASCII letters as UTF-8 escapes and escapes in upper case: every
    stored URL also gets its new spelling as an alias, so an article stored before is still known by
    the links that now canonicalise to the new spelling (no download again, no second item)."""
    rows = db.execute("SELECT url, item_id FROM item_urls WHERE url GLOB '*%*' OR url GLOB '*[^ -~]*'").fetchall()
    new = [(_escaped_url(url), item_id) for url, item_id in rows if _escaped_url(url) != url]
    db.conn.executemany("INSERT OR IGNORE INTO item_urls (url, item_id) VALUES (?, ?)", new)


@migrations()
def m018_item_urls_clustered(db: Database) -> None:
    """item_urls becomes a WITHOUT ROWID table clustered on its URL.

    It was a rowid table plus the index of its URL primary key: every stored URL went into both
    b-trees, and every lookup by URL (the dedup check of each new item, the known-URL check of each
    request) read the index for the rowid, then the table for the item_id: two b-tree descents, each
    one level deeper as the store grows. Now each URL is one row of one b-tree, found with its item_id
    in one descent (bench/README.md, insert cost). Same columns, same foreign key; rows copied as they are.
    """
    db.execute(
        "CREATE TABLE item_urls_new (url TEXT PRIMARY KEY NOT NULL, item_id INTEGER REFERENCES items(id)) WITHOUT ROWID")
    # A rowid table's TEXT PRIMARY KEY allowed NULL; no code ever stored one (no item is found by it).
    db.execute("INSERT INTO item_urls_new (url, item_id) SELECT url, item_id FROM item_urls WHERE url IS NOT NULL")
    db.execute("DROP TABLE item_urls")
    db.execute("ALTER TABLE item_urls_new RENAME TO item_urls")
    db.execute("CREATE INDEX IF NOT EXISTS idx_item_urls_item_id ON item_urls (item_id)")
