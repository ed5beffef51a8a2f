"""What the landing page shows, read from an open SQLite connection (Datasette's read-only one).

Pure reads through indexes (items.published, items(is_award, published), items.first_seen,
items.story_id, the FTS table), so the page costs the same on a store of a thousand or a million
items. One row per story, like the digest: the English original when a story has one, else its
newest item; the other items' URLs are its also_at links.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from storage.search import match_expression, search_sql

COLUMNS = "id, url, source, language, title, title_en, published, first_seen, story_id, is_award, award_level"
NEW_DAYS = 7
CHART_WEEKS = 12
CHART_MONTHS = 12


def _rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def _story_key(item: dict[str, Any]) -> Any:
    return item["story_id"] if item["story_id"] is not None else f"item-{item['id']}"


def stories(conn: sqlite3.Connection, items: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """Group items (already in display order) into at most `limit` story rows, in the same order."""
    order: list[Any] = []
    first: dict[Any, dict[str, Any]] = {}
    for item in items:
        key = _story_key(item)
        if key not in first:
            first[key] = item
            order.append(key)
            if len(order) == limit:
                break
    ids = [k for k in order if isinstance(k, int)]
    members: dict[Any, list[dict[str, Any]]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for m in _rows(conn, f"SELECT {COLUMNS} FROM items WHERE story_id IN ({marks}) ORDER BY id", chunk):
            members.setdefault(m["story_id"], []).append(m)
    return [_story_row(first[k], members.get(k) or [first[k]]) for k in order]


def _story_row(shown: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
    english = [m for m in members if m["language"] == "en"]
    rep = min(english, key=lambda m: m["id"]) if english else shown
    is_award = any(m["is_award"] for m in members)
    levels = [m["award_level"] for m in members if m["is_award"] and m["award_level"]]
    title_en = rep["title"] if rep["language"] == "en" else (rep["title_en"] or "")
    return {
        "title_en": title_en,
        "title": rep["title"],
        "original": rep["title"] if title_en and title_en != rep["title"] else "",
        "url": rep["url"],
        "source": rep["source"],
        "language": rep["language"] or "",
        "published": rep["published"] or shown["published"] or "",
        "is_award": is_award,
        "award_level": (rep["award_level"] or (levels[0] if levels else "")) if is_award else "",
        "also_at": [{"url": m["url"], "source": m["source"]} for m in members if m["url"] != rep["url"]],
    }


def newest_stories(conn: sqlite3.Connection, limit: int = 50, awards_only: bool = False) -> list[dict[str, Any]]:
    """The newest stories by publication date (undated ones last)."""
    where = "WHERE is_award = 1 " if awards_only else ""
    # Several items of one story are often adjacent; 3x the limit leaves room to merge them.
    items = _rows(conn, f"SELECT {COLUMNS} FROM items {where}ORDER BY published DESC, id DESC LIMIT ?",
                  (limit * 3,))
    return stories(conn, items, limit)


def search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Story rows for a typed query, best match first: the same search as `monitor search`."""
    match = match_expression(query)
    if match is None:
        return []
    items = _rows(conn, search_sql(), {"match": match, "limit": limit * 3})
    return stories(conn, items, limit)


def counts(conn: sqlite3.Connection, now: dt.datetime | None = None) -> dict[str, int]:
    """New stories and awards first seen in the last NEW_DAYS days, and the totals."""
    now = now or dt.datetime.now(dt.timezone.utc)
    since = (now - dt.timedelta(days=NEW_DAYS)).strftime("%Y-%m-%dT%H:%M:%SZ")
    new_stories, new_awards = conn.execute(
        "SELECT count(DISTINCT coalesce(story_id, -id)), "
        "count(DISTINCT CASE WHEN is_award = 1 THEN coalesce(story_id, -id) END) "
        "FROM items WHERE first_seen >= ?", (since,)).fetchone()
    items = conn.execute("SELECT count(*) FROM items").fetchone()[0]
    awards = conn.execute("SELECT count(*) FROM items WHERE is_award = 1").fetchone()[0]
    return {"new_stories": new_stories, "new_awards": new_awards, "days": NEW_DAYS, "total_items": items, "total_awards": awards}


def _last_date(conn: sqlite3.Connection, today: dt.date, awards: bool = False) -> dt.date | None:
    """The newest publication date not in the future: charts end there, so an old store still shows."""
    where = "is_award = 1 AND " if awards else ""
    value = conn.execute(f"SELECT max(published) FROM items WHERE {where}published <= ?",
                         (today.isoformat(),)).fetchone()[0]
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def weekly_by_source(conn: sqlite3.Connection, today: dt.date | None = None,
                     weeks: int = CHART_WEEKS) -> tuple[list[str], dict[str, list[int]]]:
    """(week labels, per-source counts) for the last `weeks` ISO weeks up to the newest item."""
    today = today or dt.datetime.now(dt.timezone.utc).date()
    end = _last_date(conn, today)
    if end is None:
        return [], {}
    last_monday = end - dt.timedelta(days=end.weekday())
    mondays = [last_monday - dt.timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    series: dict[str, list[int]] = {}
    for published, source, n in conn.execute(
            "SELECT published, source, count(*) FROM items WHERE published >= ? AND published <= ? "
            "GROUP BY published, source", (mondays[0].isoformat(), end.isoformat() + "~")):
        try:
            day = dt.date.fromisoformat(published[:10])
        except ValueError:
            continue
        index = (day - mondays[0]).days // 7
        if 0 <= index < weeks:
            series.setdefault(source, [0] * weeks)[index] += n
    return [m.isoformat() for m in mondays], series


def monthly_awards(conn: sqlite3.Connection, today: dt.date | None = None,
                   months: int = CHART_MONTHS) -> tuple[list[str], list[int]]:
    """(month labels YYYY-MM, award items per month) for the last `months` months up to the newest award."""
    today = today or dt.datetime.now(dt.timezone.utc).date()
    end = _last_date(conn, today, awards=True)
    if end is None:
        return [], []
    labels = []
    year, month = end.year, end.month
    for _ in range(months):
        labels.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    labels.reverse()
    found = dict(conn.execute(
        "SELECT substr(published, 1, 7), count(*) FROM items WHERE is_award = 1 AND published >= ? "
        "AND published <= ? GROUP BY 1", (labels[0] + "-01", end.isoformat() + "~")).fetchall())
    return labels, [found.get(m, 0) for m in labels]


def landing(conn: sqlite3.Connection, query: str = "", limit: int = 50,
            now: dt.datetime | None = None) -> dict[str, Any]:
    """Everything the landing page renders: counts, award stories, newest (or found) stories, chart data."""
    now = now or dt.datetime.now(dt.timezone.utc)
    query = (query or "").strip()
    data: dict[str, Any] = {"counts": counts(conn, now), "query": query}
    if query:
        data["results"] = search(conn, query, limit)
        return data
    data["awards"] = newest_stories(conn, 10, awards_only=True)
    data["stories"] = newest_stories(conn, limit)
    data["weekly"] = weekly_by_source(conn, now.date())
    data["monthly"] = monthly_awards(conn, now.date())
    return data
