"""The monitor database: items, their URLs, stories, translation cache, crawl runs, digests.

All SQL of the project lives here. A Store is used from one thread only (sqlite3 connections
are bound to the thread that opened them).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from storage.migrations import migrations
from storage.search import SEARCH_SQL, fold, match_expression

BUSY_TIMEOUT_MS = 30_000     # how long a write waits for another writer's lock before "database is locked"
BUSY_TIMEOUT_ENV = "MONITOR_DB_BUSY_TIMEOUT"   # seconds, overrides BUSY_TIMEOUT_MS (tests, slow disks)
OPEN_ATTEMPTS = 20


def busy_timeout_ms() -> int:
    """The busy timeout: $MONITOR_DB_BUSY_TIMEOUT seconds when set to a number, else 30 s."""
    import os

    try:
        return max(0, int(float(os.environ[BUSY_TIMEOUT_ENV]) * 1000))
    except (KeyError, ValueError):
        return BUSY_TIMEOUT_MS


def utcnow() -> str:
    """Current time as ISO 8601 UTC with a Z, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def translation_key(provider: str, source_lang: str, target_lang: str, text: str) -> str:
    """Cache key of one text translated by one provider between two languages."""
    raw = "\x1f".join((provider, source_lang or "", target_lang, text))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


# What a digest row is built from: every items column but the long texts (body, body_en, the folded
# search text), which no digest shows and which are most of a big store's bytes.
DIGEST_SELECT = ", ".join([
    "id", "url", "source", "language", "title", "title_en", "summary", "summary_en", "published", "first_seen",
    "last_seen", "content_hash", "story_id", "is_award", "award_level", "award_name", "award_body",
    "award_recipient", "award_evidence", "award_score", "topics", "translation_status", "translator"])


# The columns of a digest row, in the order of the tuples digest_rows and story_members give: what
# monitor.digest shows and groups by, nothing more (tuples, not dicts: a digest of a million items
# holds them all at once).
DIGEST_ROW_COLUMNS = ("id", "url", "source", "language", "title", "title_en", "summary", "summary_en", "published",
                      "first_seen", "story_id", "is_award", "award_level", "award_name", "award_body",
                      "award_recipient", "award_evidence", "topics")

# An English item is shown with its own title and summary: its title_en / summary_en (copies, most of
# the time) are not read, and not held in memory.
_DIGEST_ROW_SQL = ", ".join(
    f"CASE WHEN language = 'en' THEN NULL ELSE {c} END AS {c}" if c in ("title_en", "summary_en") else c
    for c in DIGEST_ROW_COLUMNS)
DIGEST_CHUNK = 2000     # digest rows fetched at a time


CACHE_KIB = 32 * 1024   # page cache per connection (KiB)



def _word_set(text: str | None) -> set[str]:
    """The set of a stored signature column: a JSON list of strings as save_story_signature writes it
    (json.dumps, ensure_ascii=False). A string holds a quote or a control character only escaped, so
    a text without a backslash is its strings joined by '", "' and is split as such: the same set as
    json.loads gives, without its cost (a new item reads the columns of up to 100 candidates: a
    third of the time the grouping took to read them, bench/README.md). Any other text is decoded by json."""
    if not text or text == "[]":
        return set()
    if "\\" in text or not (text.startswith('["') and text.endswith('"]')):
        return set(json.loads(text))
    return set(text[2:-2].split('", "'))

# Stored signature text kept decoded by Store.story_signatures (with the sets derived from it, several
# times the text's size in memory; measured in bench/README.md, story grouping cache).
SIG_CACHE_CHARS = 64_000


class StoreError(Exception):
    """The database cannot be opened or written."""


class StoreLocked(StoreError):
    """Another process holds the database's write lock for longer than the busy timeout."""


def is_locked(exc: BaseException) -> bool:
    """An SQLite error saying another connection holds the lock ("database is locked" / "busy")."""
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def _migrate_under_write_lock(db: Database) -> None:
    """Apply the pending migrations inside one BEGIN IMMEDIATE transaction. sqlite-utils reads the
    pending list before taking any lock, so two processes opening a brand-new file at once would both
    apply the first migration; holding the write lock first makes the second one wait, then find
    nothing left to do."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        migrations.apply(db)
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    if db.conn.in_transaction:
        db.conn.execute("COMMIT")


class Store:
    """All reads and writes of the monitor database."""

    def __init__(self, db: Database):
        self.db = db
        # Decoded story signatures of recent candidates (see story_signatures), least recently used first.
        self._sig_cache: OrderedDict[int, tuple[tuple[str, str, str], dict[str, Any]]] = OrderedDict()
        self._sig_cache_chars = 0

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    def open(cls, path: str) -> "Store":
        """Open (creating or upgrading) the database at path."""
        for attempt in range(OPEN_ATTEMPTS):
            try:
                return cls(cls._connect(path))
            except sqlite3.OperationalError as exc:
                # Switching a brand-new file to WAL, or a migration under way in another process,
                # answers "locked" at once instead of waiting on the busy timeout: try again.
                if "locked" not in str(exc):
                    raise StoreError(f"{path}: cannot open the database: {exc}") from None
                if attempt == OPEN_ATTEMPTS - 1:
                    raise StoreLocked(f"{path}: database is locked by another writer: {exc}") from None
                time.sleep(0.1 * (attempt + 1))
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{path}: cannot open the database: {exc}") from None
        raise AssertionError("unreachable")

    def check_writable(self, path: str) -> None:
        """Take the write lock and give it back at once, waiting up to the busy timeout for another
        writer (a crawl or `monitor translate` in another process) to finish; StoreLocked if it does not."""
        waited = time.monotonic()
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if not is_locked(exc):
                raise StoreError(f"{path}: cannot write to the database: {exc}") from None
            raise StoreLocked(f"{path}: database is locked by another writer (waited {time.monotonic() - waited:.0f} s, "
                              f"busy timeout {busy_timeout_ms() / 1000:g} s; ${BUSY_TIMEOUT_ENV} sets it): "
                              "nothing was crawled; run again when the other writer is done") from None

    @staticmethod
    def _connect(path: str) -> Database:
        busy = busy_timeout_ms()
        conn = sqlite3.connect(path, timeout=busy / 1000)
        db = Database(conn)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL keeps the database consistent after a crash or power loss (the
            # last commits may be lost, never corrupted) and saves an fsync per stored item.
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute(f"PRAGMA busy_timeout={busy}")
            # SQLite's default page cache is 2 MB: once the url/content_hash/story indexes of a large
            # store outgrow it, every insert rereads index pages and the cost per item grows with the
            # store. A bounded 32 MB cache keeps the hot index pages (memory stays flat).
            db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            if migrations.pending(db):
                _migrate_under_write_lock(db)
        except Exception:
            conn.close()
            raise
        return db

    @classmethod
    def memory(cls) -> "Store":
        """A fresh in-memory store (tests)."""
        db = Database(memory=True)
        db.execute("PRAGMA foreign_keys=ON")
        migrations.apply(db)
        return cls(db)

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ items
    def known_urls(self) -> set[str]:
        """Every URL (canonical or alias) of a stored item."""
        return {row[0] for row in self.db.execute("SELECT url FROM item_urls")}

    def item_id_for_url(self, url: str) -> int | None:
        row = self.db.execute("SELECT item_id FROM item_urls WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def item_id_for_hash(self, content_hash: str) -> int | None:
        row = self.db.execute("SELECT id FROM items WHERE content_hash = ? LIMIT 1", [content_hash]).fetchone()
        return row[0] if row else None

    def add_aliases(self, item_id: int, urls: Iterable[str]) -> None:
        """Remember more URLs for an item already stored."""
        rows = [(u, item_id) for u in dict.fromkeys(urls) if u]
        if rows:
            with self._committed():
                self.db.conn.executemany("INSERT OR IGNORE INTO item_urls (url, item_id) VALUES (?, ?)", rows)

    @contextlib.contextmanager
    def _committed(self) -> Iterator[None]:
        """Plain SQL writes commit by themselves outside a transaction (as sqlite_utils' did); inside
        one (an item's write_transaction) they are part of it (one statement is atomic by itself)."""
        if self.db.conn.in_transaction:
            yield
        else:
            with self.db.atomic():
                yield

    @contextlib.contextmanager
    def write_transaction(self) -> Iterator[None]:
        """One transaction for a group of writes (an item and its story): one commit instead of one per
        statement group. It takes the write lock at its start (BEGIN IMMEDIATE), waiting up to the busy
        timeout, so a read inside it never has to be upgraded to a write after another process wrote
        (which SQLite refuses at once). Nested inside another transaction it is a savepoint."""
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        self.db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")
            raise
        self.db.conn.execute("COMMIT")

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that see one state of the database (a read transaction: in WAL mode a writer in
        another process goes on, unseen), e.g. a digest's rows and the ids it marks as sent."""
        if self.db.conn.in_transaction:
            yield
            return
        self.db.conn.execute("BEGIN")
        try:
            yield
        finally:
            if self.db.conn.in_transaction:
                self.db.conn.execute("COMMIT")

    def _insert(self, verb: str, table: str, row: dict[str, Any]) -> int:
        """One row by plain SQL (sqlite_utils' insert reads the table's columns on every call: half the
        cost of storing an item); returns its rowid."""
        cols = list(row)
        return self.db.conn.execute(f"{verb} INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                    [row[c] for c in cols]).lastrowid

    def save_item(self, fields: dict[str, Any], aliases: Iterable[str] = ()) -> int | None:
        """Insert a new item; return its id, or None when its URL is already stored."""
        url = fields["url"]
        known = self.item_id_for_url(url)
        if known is not None:
            self.add_aliases(known, aliases)
            return None
        row = self._item_row(fields, utcnow())
        with self.db.atomic():
            item_id = self._insert("INSERT", "items", row)
            self.add_aliases(item_id, [url, *aliases])
        return item_id

    @staticmethod
    def _item_row(fields: dict[str, Any], now: str) -> dict[str, Any]:
        """The items row for an item's fields: timestamps, JSON columns, the folded search text."""
        row = dict(fields)
        row.setdefault("first_seen", now)
        row.setdefault("last_seen", now)
        for key in ("award_evidence", "topics"):
            if key in row and not isinstance(row[key], str):
                row[key] = json.dumps(row[key], ensure_ascii=False)
        if "is_award" in row:
            row["is_award"] = int(bool(row["is_award"]))
        row["search_folded"] = fold(" ".join(str(row.get(k) or "") for k in ("title", "title_en", "summary", "body")))
        return row

    def save_items(self, items: Iterable[dict[str, Any]]) -> int:
        """Insert many new items in one transaction (imports, generated stores); return how many were new.

        Items whose URL is already stored are skipped; each new item's URL goes to item_urls.
        """
        now = utcnow()
        rows = [self._item_row(f, now) for f in items]
        if not rows:
            return 0
        with self.db.atomic():
            fresh = list({r["url"]: r for r in rows if self.item_id_for_url(r["url"]) is None}.values())
            last_id = self.scalar("SELECT coalesce(max(id), 0) FROM items")
            self.db["items"].insert_all(fresh, batch_size=1000, ignore=True)
            # The rows just inserted are the ids above last_id: rowids count on from the largest, and no
            # other connection's rows can be among them (in WAL mode SQLite refuses this transaction's
            # write if another one committed since it read). Their URLs come from the table pages just
            # written, in id order, instead of one lookup in the random-keyed url index per item (one
            # level deeper as the store grows).
            linked = self.db.conn.execute(
                "INSERT OR IGNORE INTO item_urls (url, item_id) SELECT url, id FROM items WHERE id > ?",
                [last_id]).rowcount
            if linked != len(fresh):
                # Some row was not inserted (its URL was an items row without item_urls): map the URLs as
                # before, to whatever item holds them.
                self.db.conn.executemany(
                    "INSERT OR IGNORE INTO item_urls (url, item_id) SELECT url, id FROM items WHERE url = ?",
                    [(r["url"],) for r in fresh])
        return len(fresh)

    def touch(self, item_id: int) -> None:
        self.db.execute("UPDATE items SET last_seen = ? WHERE id = ?", [utcnow(), item_id])

    def get_item(self, item_id: int) -> dict[str, Any]:
        cursor = self.db.conn.execute("SELECT * FROM items WHERE id = ?", [item_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFoundError(f"no item {item_id}")
        return dict(zip([c[0] for c in cursor.description], row))

    def update_item(self, item_id: int, fields: dict[str, Any]) -> None:
        self.db["items"].update(item_id, fields)

    def items(self, where: str | None = None, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        return self.db["items"].rows_where(where, list(params), order_by="id")

    def count_items(self) -> int:
        return self.db["items"].count

    # ------------------------------------------------------------------ stories
    def new_story(self, item: dict[str, Any]) -> int:
        with self._committed():
            return self.db.conn.execute(
                "INSERT INTO stories (first_seen, title, published) VALUES (?, ?, ?)",
                [utcnow(), item.get("title_en") or item.get("title"), item.get("published")]).lastrowid

    def set_story(self, item_id: int, story_id: int) -> None:
        self.db.execute("UPDATE items SET story_id = ? WHERE id = ?", [story_id, item_id])

    # ------------------------------------------------------------------ story grouping (signatures, LSH keys)
    def save_story_signature(self, item_id: int, sig: dict[str, Any], keys: Iterable[str],
                             counted: Iterable[str] = ()) -> None:
        """Store (or replace) an item's story signature and its LSH/name keys; keep key counts.

        `counted` keys are only counted (once per item, e.g. the number of signatures), not posted.
        """
        keys = sorted(set(keys))
        with self.db.atomic():
            is_new = self.db.execute("SELECT 1 FROM story_sigs WHERE item_id = ?", [item_id]).fetchone() is None
            if is_new:
                self.db.conn.executemany(
                    "INSERT INTO story_key_counts (key, n) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1",
                    [(k,) for k in counted],
                )
            old = [r[0] for r in self.db.execute("SELECT key FROM story_keys WHERE item_id = ?", [item_id])]
            if old:
                self.db.execute("DELETE FROM story_keys WHERE item_id = ?", [item_id])
                self.db.conn.executemany("UPDATE story_key_counts SET n = n - 1 WHERE key = ?", [(k,) for k in old])
            row = {"item_id": item_id, **sig}
            for col in ("en_tokens", "orig_tokens", "names"):
                row[col] = json.dumps(sorted(row.get(col) or []), ensure_ascii=False)
            self._insert("INSERT OR REPLACE", "story_sigs", row)
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO story_keys (key, day, item_id) VALUES (?, ?, ?)",
                [(k, sig["day"], item_id) for k in keys],
            )
            self.db.conn.executemany(
                "INSERT INTO story_key_counts (key, n) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1",
                [(k,) for k in keys],
            )

    def has_story_signature(self, item_id: int) -> bool:
        """The item was grouped before (its counted keys are in story_key_counts already)."""
        return self.db.execute("SELECT 1 FROM story_sigs WHERE item_id = ?", [item_id]).fetchone() is not None

    def story_key_matches(self, keys: Iterable[str], day: int, window: int, exclude: int) -> dict[int, int]:
        """{item id: number of shared keys} for items within `window` days sharing any of the keys.

        One query over the (key, day) primary key: it reads only the postings of these keys inside
        the date window, so its cost does not grow with the size of the store.
        """
        keys = list(set(keys))
        hits: dict[int, int] = {}
        for i in range(0, len(keys), 400):
            chunk = keys[i:i + 400]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT item_id, count(*) FROM story_keys WHERE key IN ({marks}) AND day BETWEEN ? AND ? "
                "AND item_id != ? GROUP BY item_id",
                [*chunk, day - window, day + window, exclude],
            )
            for item_id, n in rows:
                hits[item_id] = hits.get(item_id, 0) + n
        return hits

    def story_key_counts(self, keys: Iterable[str]) -> dict[str, int]:
        """How many items carry each key (document frequency of names)."""
        keys = list(set(keys))
        out: dict[str, int] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for key, n in self.db.execute(f"SELECT key, n FROM story_key_counts WHERE key IN ({marks})", chunk):
                out[key] = n
        return out

    def story_signatures(self, item_ids: Iterable[int]) -> list[dict[str, Any]]:
        """Signatures of items joined with their story id, award flags, language and source.

        Each record's "memo" is a dict the caller may keep values derived from the signature in (and
        only from it). The decoded sets and the memo of recently read signatures are kept, up to
        SIG_CACHE_CHARS characters of stored signature text: a new item meets the candidates the items
        before it met (one date window, shared keys), and decoding and deriving them again was most of
        the grouping's cost (bench/README.md). An entry is used only while the stored text is the same
        (compared in full, so a replaced signature is decoded again); the story id and the award flags
        are read fresh every time. The records' sets are shared between calls: callers must not change them.
        """
        ids = list(set(item_ids))
        out: list[dict[str, Any]] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            cur = self.db.conn.execute(
                "SELECT s.item_id, s.day, s.language, s.english, s.en_tokens, s.orig_tokens, s.names, "
                "i.story_id, i.is_award, i.award_level, i.source FROM story_sigs s JOIN items i ON i.id = s.item_id "
                f"WHERE s.item_id IN ({marks})",
                chunk,
            )
            for item_id, day, language, english, en, orig, names, story_id, is_award, level, source in cur.fetchall():
                decoded = self._decoded_signature(item_id, en, orig, names)
                out.append({"item_id": item_id, "day": day, "language": language, "english": english, **decoded,
                            "story_id": story_id, "is_award": is_award, "award_level": level, "source": source})
        return out

    def _decoded_signature(self, item_id: int, en: str | None, orig: str | None, names: str | None) -> dict[str, Any]:
        """The decoded sets (and memo) of one stored signature, from the cache while its text is unchanged."""
        text = (en or "", orig or "", names or "")
        cache = self._sig_cache
        hit = cache.get(item_id)
        if hit is not None:
            if hit[0] == text:
                cache.move_to_end(item_id)
                return hit[1]
            del cache[item_id]
            self._sig_cache_chars -= sum(map(len, hit[0]))
        decoded = {"en_tokens": _word_set(en), "orig_tokens": _word_set(orig), "names": _word_set(names), "memo": {}}
        size = sum(map(len, text))
        cache[item_id] = (text, decoded)
        self._sig_cache_chars += size
        while self._sig_cache_chars > SIG_CACHE_CHARS and cache:
            _, (old_text, _) = cache.popitem(last=False)
            self._sig_cache_chars -= sum(map(len, old_text))
        return decoded

    def save_alternates(self, item_id: int, urls: Iterable[str]) -> None:
        """Remember the URLs of an item's other-language versions (hreflang)."""
        rows = [(item_id, u) for u in dict.fromkeys(urls) if u]
        if rows:
            with self._committed():
                self.db.conn.executemany("INSERT OR IGNORE INTO item_alternates (item_id, url) VALUES (?, ?)", rows)

    def items_listing_alternate(self, urls: Iterable[str]) -> list[int]:
        """Ids of items that list any of the URLs as one of their other-language versions."""
        urls = list(dict.fromkeys(u for u in urls if u))
        if not urls:
            return []
        marks = ",".join("?" * len(urls))
        return [r[0] for r in self.db.execute(f"SELECT DISTINCT item_id FROM item_alternates WHERE url IN ({marks})", urls)]

    def alternate_urls(self, item_id: int) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT url FROM item_alternates WHERE item_id = ?", [item_id])]

    def item_urls(self, item_id: int) -> list[str]:
        """Every URL (canonical and aliases) of an item."""
        return [r[0] for r in self.db.execute("SELECT url FROM item_urls WHERE item_id = ?", [item_id])]

    def merge_stories(self, target: int, others: Iterable[int]) -> None:
        """Move every item of the other stories into the target story."""
        for other in set(others) - {target}:
            self.db.execute("UPDATE items SET story_id = ? WHERE story_id = ?", [target, other])

    def story_size(self, story_id: int) -> int:
        return self.scalar("SELECT count(*) FROM items WHERE story_id = ?", [story_id]) or 0

    # ------------------------------------------------------------------ translations
    def cached_translation(self, provider: str, source_lang: str, target_lang: str, text: str) -> str | None:
        row = self.db.execute(
            "SELECT translation FROM translations WHERE key = ?",
            [translation_key(provider, source_lang, target_lang, text)],
        ).fetchone()
        return row[0] if row else None

    def cache_translation(self, provider: str, source_lang: str, target_lang: str, text: str, translation: str) -> None:
        self.db["translations"].insert(
            {
                "key": translation_key(provider, source_lang, target_lang, text),
                "provider": provider,
                "source_lang": source_lang,
                "target_lang": target_lang,
                "text": text,
                "translation": translation,
                "created": utcnow(),
            },
            replace=True,
        )

    def pending_translations(self) -> list[dict[str, Any]]:
        return list(self.db["items"].rows_where("translation_status = 'pending'", order_by="id"))

    def save_translation(self, item_id: int, fields: dict[str, Any]) -> None:
        """Store title_en/summary_en/body_en (and status, translator) of an item."""
        item = self.get_item(item_id)
        merged = {**item, **fields}
        fields = dict(fields)
        fields["search_folded"] = fold(" ".join(str(merged.get(k) or "") for k in ("title", "title_en", "summary", "body")))
        self.db["items"].update(item_id, fields)

    # ------------------------------------------------------------------ crawl runs
    def record_run(self, run: dict[str, Any]) -> int:
        return self.db["crawl_runs"].insert(run).last_pk

    def recently_crawled_sources(self, days: int = 7) -> list[str]:
        """Sources with a crawl run in the `days` before the latest run (removed sources drop out)."""
        rows = self.db.execute(
            "SELECT DISTINCT source FROM crawl_runs WHERE julianday(started) >= "
            "(SELECT julianday(max(started)) - ? FROM crawl_runs) ORDER BY source",
            [days],
        ).fetchall()
        return [r[0] for r in rows]

    def runs(self, source: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        where, params = ("source = ?", [source]) if source else (None, [])
        return list(self.db["crawl_runs"].rows_where(where, params, order_by="id desc", limit=limit))

    # ------------------------------------------------------------------ digests
    @staticmethod
    def _digest_where(since: str | None, new: bool, awards_only: bool, topic: str | None) -> tuple[str, list[Any]]:
        """The WHERE clause (with " WHERE ", or empty) selecting a digest's items, and its parameters."""
        clauses, params = [], []
        if since:
            clauses.append("first_seen >= ?")
            params.append(since)
        if new:
            clauses.append(
                "id NOT IN (SELECT di.item_id FROM digest_items di JOIN digests d ON d.id = di.digest_id WHERE d.mode = 'new')"
            )
        if awards_only:
            clauses.append("is_award = 1")
        if topic:
            clauses.append("EXISTS (SELECT 1 FROM json_each(items.topics) WHERE json_each.value = ?)")
            params.append(topic)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def digest_items(
        self,
        *,
        since: str | None = None,
        new: bool = False,
        awards_only: bool = False,
        topic: str | None = None,
    ) -> list[dict[str, Any]]:
        """Items for a digest: all, first seen since a date, or not in any earlier --new digest."""
        where, params = self._digest_where(since, new, awards_only, topic)
        cursor = self.db.execute(f"SELECT {DIGEST_SELECT} FROM items{where} "
                                 "ORDER BY coalesce(published, '') desc, id", params)
        cols = [c[0] for c in cursor.description]
        return [dict(zip(cols, row)) for row in cursor]

    def digest_ids(
        self,
        *,
        since: str | None = None,
        new: bool = False,
        awards_only: bool = False,
        topic: str | None = None,
    ) -> list[int]:
        """Ids of the digest_items selection, in id order (what a --new digest marks as sent)."""
        where, params = self._digest_where(since, new, awards_only, topic)
        return [r[0] for r in self.db.execute(f"SELECT id FROM items{where} ORDER BY id", params)]

    def digest_stories(
        self,
        *,
        since: str | None = None,
        new: bool = False,
        awards_only: bool = False,
        topic: str | None = None,
        chunk: int | None = None,
        shown_sql: str | None = None,
    ) -> Iterator[list[tuple[int, Any, int]]]:
        """One row per story among the selected items, newest first, in lists of up to `chunk`.

        Each row is (id and DIGEST_ROW_COLUMNS tuple of the item the story is shown as, the story's number
        of items in the whole store: 1 for an item without a story). The item shown is, among the
        selected items of the story, the English one when there is one, else the earliest first seen,
        then the lowest id. With `shown_sql` (SQL expressions over the items columns), the tuple of
        their values for the item comes instead: what the caller makes of an item can be made by
        SQLite, without a Python value for each of its columns.
        `chunk` defaults to DIGEST_CHUNK.
        Order: that item's published date (undated last), then its first_seen, both descending; ties
        by the lowest selected id of the story. SQLite groups and sorts (narrow rows, on disk when they
        outgrow the page cache); the rows come a chunk at a time, so memory stays flat however many
        items the store holds.
        """
        where, params = self._digest_where(since, new, awards_only, topic)
        in_story = f"{where} AND story_id IS NOT NULL" if where else " WHERE story_id IS NOT NULL"
        alone = f"{where} AND story_id IS NULL" if where else " WHERE story_id IS NULL"
        # The item a story is shown as is the least of its items by one key, so that one min() per story
        # finds it, grouping in the order of the (story_id, language, first_seen, published) index: a
        # window function over the stories cost 1.6x as much. The key orders as (not English,
        # first_seen, id), first_seen in hex so that a space (below every hex digit) can end it; the
        # item's id (fixed width) and published date follow, read back for the sort.
        key = "printf('%d%s %019d%s', language IS NOT 'en', hex(first_seen), id, coalesce(published, ''))"
        # A selection with a filter may hold part of a story: its size is counted in the whole store.
        size = "n" if not where else (
            "CASE WHEN story IS NULL THEN 1 ELSE (SELECT count(*) FROM items m WHERE m.story_id = story) END")
        # Both sorts are of narrow rows (keys and ids); the shown columns are read by id for a chunk at
        # a time (sorting them along made SQLite spill 400 MB of temporary b-trees to disk at 1M items).
        sql = (
            f"WITH g AS (SELECT min({key}) AS k, min(id) AS first_id, count(*) AS n, story_id AS story "
            f"FROM items{in_story} GROUP BY story_id "
            f"UNION ALL SELECT {key}, id, 1, NULL FROM items{alone}), "
            "r AS (SELECT CAST(substr(k, instr(k, ' ') + 1, 19) AS INTEGER) AS id, substr(k, 2, instr(k, ' ') - 2) AS seen, "
            "substr(k, instr(k, ' ') + 20) AS pub, first_id, n, story FROM g) "
            f"SELECT id, {size} FROM r ORDER BY pub DESC, seen DESC, first_id")
        params = [*params, *params]
        ids_json = "(SELECT value FROM json_each(?))"
        by_id = f"SELECT id, {shown_sql or _DIGEST_ROW_SQL} FROM items WHERE id IN {ids_json}"
        execute = self.db.conn.execute
        cursor = execute(sql, params)
        while rows := cursor.fetchmany(chunk or DIGEST_CHUNK):
            got = execute(by_id, ["[" + ",".join([str(r[0]) for r in rows]) + "]"])
            shown = {r[0]: r[1:] for r in got}
            yield [(item_id, shown[item_id], n) for item_id, n in rows]

    def digest_item(self, item_id: int) -> tuple[Any, ...]:
        """One item as a DIGEST_ROW_COLUMNS tuple."""
        return self.db.conn.execute(f"SELECT {_DIGEST_ROW_SQL} FROM items WHERE id = ?", [item_id]).fetchone()

    def story_member_awards(self, story_ids: Iterable[int]) -> dict[int, list[tuple[int, str, Any, Any]]]:
        """{story id: [(id, url, is_award, award_level) of each of its items, in id order]}: what a digest
        row of a story shows of its items besides the one it is shown as."""
        ids = sorted({s for s in story_ids if s is not None})
        out: dict[int, list[tuple[int, str, Any, Any]]] = {}
        for i in range(0, len(ids), 2000):
            cursor = self.db.conn.execute(
                "SELECT story_id, id, url, is_award, award_level FROM items "
                "WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY story_id, id",
                ["[" + ",".join(map(str, ids[i:i + 2000])) + "]"])
            for story, *member in cursor:
                out.setdefault(story, []).append(tuple(member))
        return out

    def story_members(self, story_ids: Iterable[int]) -> dict[int, list[tuple[Any, ...]]]:
        """All items of the given stories as DIGEST_ROW_COLUMNS tuples, by story id, in id order."""
        ids = sorted({s for s in story_ids if s is not None})
        out: dict[int, list[tuple[Any, ...]]] = {}
        story = DIGEST_ROW_COLUMNS.index("story_id")
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT {_DIGEST_ROW_SQL} FROM items WHERE story_id IN ({marks}) ORDER BY id", chunk)
            for values in cursor:
                out.setdefault(values[story], []).append(values)
        return out

    def mark_sent(self, item_ids: Iterable[int], mode: str, fmt: str) -> int:
        """Record a digest and the items it contained; return the digest id."""
        ids = list(dict.fromkeys(item_ids))
        with self.db.atomic():
            digest_id = self.db["digests"].insert(
                {"created": utcnow(), "mode": mode, "format": fmt, "items": len(ids)}
            ).last_pk
            self.db["digest_items"].insert_all(({"digest_id": digest_id, "item_id": i} for i in ids), ignore=True)
        return digest_id

    # ------------------------------------------------------------------ search and stats
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over both languages: diacritics folded, inflected forms found (storage.search)."""
        match = match_expression(query)
        if match is None:
            return []
        cursor = self.db.execute(SEARCH_SQL, {"match": match, "limit": limit})
        cols = [c[0] for c in cursor.description]
        return [dict(zip(cols, row)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = self.db.execute(sql, list(params)).fetchone()
        return row[0] if row else None

    def group_counts(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.db.execute(sql, list(params)).fetchall()]

    def stats(self) -> dict[str, Any]:
        """Figures for `monitor stats`."""
        return {
            "items": self.count_items(),
            "awards": self.scalar("SELECT count(*) FROM items WHERE is_award = 1"),
            "stories": self.scalar("SELECT count(DISTINCT story_id) FROM items WHERE story_id IS NOT NULL"),
            "by_source": self.group_counts("SELECT source, count(*) FROM items GROUP BY source ORDER BY source"),
            "by_language": self.group_counts("SELECT language, count(*) FROM items GROUP BY language ORDER BY 2 DESC"),
            "translation_status": self.group_counts(
                "SELECT translation_status, count(*) FROM items GROUP BY translation_status ORDER BY 1"
            ),
            "translated_by_provider": self.group_counts(
                "SELECT translator, count(*) FROM items WHERE translation_status = 'done' AND translator IS NOT NULL "
                "GROUP BY translator ORDER BY 1"
            ),
            "cached_texts_by_provider": self.group_counts(
                "SELECT provider, count(*) FROM translations GROUP BY provider ORDER BY 1"
            ),
            # every cached text was sent to its provider exactly once: (provider, texts, characters)
            "texts_translated_by_provider": self.group_counts(
                "SELECT provider, count(*), coalesce(sum(length(text)), 0) FROM translations GROUP BY provider ORDER BY 1"
            ),
            "pending_texts": self.scalar(
                "SELECT coalesce(sum((coalesce(title, '') != '') + (coalesce(summary, '') != '')), 0) "
                "FROM items WHERE translation_status = 'pending'"
            ),
            "crawl_runs": self.scalar("SELECT count(*) FROM crawl_runs"),
            "last_crawl": self.scalar("SELECT max(finished) FROM crawl_runs"),
        }

    # ------------------------------------------------------------------ daily operation (health, import)
    def items_per_source(self) -> dict[str, int]:
        """Stored items by source name."""
        return dict(self.group_counts("SELECT source, count(*) FROM items GROUP BY source"))

    def item_quality(self, source: str, since: str, until: str | None = None) -> dict[str, int]:
        """Items of a source first seen in [since, until]: how many, how many without title or date."""
        row = self.db.execute(
            "SELECT count(*), coalesce(sum(coalesce(title, '') = ''), 0), coalesce(sum(coalesce(published, '') = ''), 0) "
            "FROM items WHERE source = ? AND first_seen >= ? AND first_seen <= ?",
            [source, since, until or "9999"],
        ).fetchone()
        return {"items": row[0], "no_title": row[1], "no_date": row[2]}

    # ------------------------------------------------------------------ incremental crawling: rejected pages, listing validators
    # (migration m010_rejected_urls; written from the crawler's shared Store on the reactor thread)
    def rejected_urls(self) -> dict[str, str]:
        """{url: last_checked} of every article candidate rejected so far."""
        return {row[0]: row[1] for row in self.db.execute("SELECT url, last_checked FROM rejected_urls")}

    def rejected_checked(self, url: str) -> str | None:
        """When the article candidate at url was last found not to be an article (None: never)."""
        row = self.db.execute("SELECT last_checked FROM rejected_urls WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def reject_urls(self, urls: Iterable[str], reason: str, status: int | None = None,
                    source: str | None = None) -> None:
        """Remember that these URLs were fetched and are not articles (a re-check updates the row)."""
        now = utcnow()
        rows = [(u, source, reason, status, now, now) for u in dict.fromkeys(urls) if u]
        if not rows:
            return
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT INTO rejected_urls (url, source, reason, status, first_seen, last_checked, checks) "
                "VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT(url) DO UPDATE SET reason = excluded.reason, "
                "status = excluded.status, last_checked = excluded.last_checked, checks = checks + 1",
                rows,
            )

    def forget_rejected(self, urls: Iterable[str]) -> None:
        """A re-checked page turned out to be an article: drop its rejection."""
        urls = list(dict.fromkeys(u for u in urls if u))
        if urls:
            with self.db.atomic():
                self.db.conn.executemany("DELETE FROM rejected_urls WHERE url = ?", [(u,) for u in urls])

    def listing_validators(self) -> dict[str, tuple[str | None, str | None]]:
        """{url: (etag, last_modified)} saved for listing pages, feeds and sitemaps."""
        return {row[0]: (row[1], row[2])
                for row in self.db.execute("SELECT url, etag, last_modified FROM listing_validators")}

    def save_listing_validators(self, validators: dict[str, tuple[str | None, str | None]]) -> None:
        """Store (or replace) the ETag / Last-Modified of each URL; a URL with neither is forgotten."""
        now = utcnow()
        keep = [(u, e, m, now) for u, (e, m) in validators.items() if e or m]
        drop = [(u,) for u, (e, m) in validators.items() if not (e or m)]
        with self.db.atomic():
            if keep:
                self.db.conn.executemany(
                    "INSERT OR REPLACE INTO listing_validators (url, etag, last_modified, saved) VALUES (?, ?, ?, ?)",
                    keep,
                )
            if drop:
                self.db.conn.executemany("DELETE FROM listing_validators WHERE url = ?", drop)

    def forget_listing_validators(self, urls: Iterable[str]) -> None:
        """Next run fetches these listings in full (this run could not finish what they link to)."""
        self.save_listing_validators({u: (None, None) for u in dict.fromkeys(urls) if u})
