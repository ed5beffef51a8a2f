"""Digests: one row per story, rendered as csv | json | html | md | atom.

Building rows (which items, grouped how) is separate from the pure writers that render them.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import html
import json
import operator
import re
from collections import Counter
from typing import Any, Iterable, Iterator, Sequence
from xml.sax.saxutils import escape as xml_escape

from storage import Store, utcnow
from storage.store import DIGEST_ROW_COLUMNS

COLUMNS = ["published", "source", "language", "title", "title_en", "summary_en", "url",
           "is_award", "award_level", "also_at", "first_seen"]
EXTRA_COLUMNS = ["summary", "award_name", "award_body", "award_recipient", "award_evidence", "topics", "story_id"]
FORMATS = ("csv", "json", "html", "md", "atom")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def parse_since(value: str, today: dt.date | None = None) -> str:
    """'7d' -> the date 7 days ago; 'YYYY-MM-DD' as it is. Raises ValueError otherwise."""
    value = value.strip()
    today = today or dt.datetime.now(dt.timezone.utc).date()
    if value[:-1].isdigit() and value[-1:].lower() == "d":
        return (today - dt.timedelta(days=int(value[:-1]))).isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"--since takes a date YYYY-MM-DD or a number of days like 7d, got {value!r}") from None


# Positions in the item tuples of Store.digest_stories / Store.story_members.
(ID, URL, SOURCE, LANGUAGE, TITLE, TITLE_EN, SUMMARY, SUMMARY_EN, PUBLISHED, FIRST_SEEN, STORY_ID, IS_AWARD,
 AWARD_LEVEL, AWARD_NAME, AWARD_BODY, AWARD_RECIPIENT, AWARD_EVIDENCE, TOPICS) = (DIGEST_ROW_COLUMNS.index(c) for c in (
    "id", "url", "source", "language", "title", "title_en", "summary", "summary_en", "published", "first_seen",
    "story_id", "is_award", "award_level", "award_name", "award_body", "award_recipient", "award_evidence", "topics"))
Item = tuple[Any, ...]


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Millions of tuples and dicts, no reference cycles: the cyclic collector would walk all of them
    again and again as they pile up (4 of 10 s of a digest of a million items)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def stream_rows(
    store: Store,
    *,
    since: str | None = None,
    new: bool = False,
    awards_only: bool = False,
    topic: str | None = None,
    csv_lines: bool = False,
) -> Iterator[dict[str, Any] | str]:
    """The digest rows, one per story among the selected items, in digest order, made one at a time.

    SQLite picks each story's item and sorts the stories (Store.digest_stories); only a chunk of rows
    is in memory at once, so a digest of a million items is written in flat memory. A story's other
    items (for also_at and the award flags) are read a chunk's stories at a time. With csv_lines, a
    row comes as its CSV cells joined by \x1f (made by SQLite: CSV_CELLS_SQL), for render_csv_chunks.
    """
    if csv_lines:
        yield from _csv_cells(store, since=since, new=new, awards_only=awards_only, topic=topic)
        return
    for chunk in store.digest_stories(since=since, new=new, awards_only=awards_only, topic=topic):
        shared = store.story_members([shown[STORY_ID] for _, shown, n in chunk if n > 1])
        for _, shown, n in chunk:
            yield _row(shown, shared[shown[STORY_ID]] if n > 1 else (shown,))


_IS_AWARD, _AWARD_LEVEL, _ALSO_AT = (COLUMNS.index(c) for c in ("is_award", "award_level", "also_at"))


def _csv_cells(store: Store, **selection: Any) -> Iterator[dict[str, Any] | str]:
    """stream_rows(csv_lines=True): each row's CSV cells joined by \x1f, as _row makes them."""
    separators = len(COLUMNS) - 1
    for chunk in store.digest_stories(**selection, shown_sql=CSV_CELLS_SQL + ", story_id"):
        shared = store.story_member_awards([story for _, (_, story), n in chunk if n > 1])
        for item_id, (line, story), n in chunk:
            if line.count("\x1f") != separators:    # a \x1f inside a cell: its cells are read one by one
                rep = store.digest_item(item_id)
                yield _row(rep, store.story_members([story])[story] if n > 1 else (rep,))
                continue
            if n == 1:
                yield line
                continue
            # A story of several items: award flag, level and also_at from all of them, as _row has them.
            members = shared[story]
            cells = line.split("\x1f")
            rep = next(m for m in members if m[0] == item_id)
            is_award = bool(rep[2]) or any(m[2] for m in members)
            level = ""
            if is_award:
                level = rep[3]
                if not level:
                    levels = Counter(m[3] for m in members if m[3])
                    level = levels.most_common(1)[0][0] if levels else ""
            cells[_IS_AWARD] = "true" if is_award else "false"
            cells[_AWARD_LEVEL] = level or ""
            cells[_ALSO_AT] = also_at = " ".join(m[1] for m in members if m[1] != rep[1])
            if "\x1f" in also_at:
                yield _row(store.digest_item(item_id), store.story_members([story])[story])
            else:
                yield "\x1f".join(cells)


def build_rows(
    store: Store,
    *,
    since: str | None = None,
    new: bool = False,
    awards_only: bool = False,
    topic: str | None = None,
) -> tuple[list[dict[str, Any]], list[int]]:
    """(rows, ids of the items they cover). One row per story among the selected items."""
    with store.snapshot(), no_cyclic_gc():
        covered = store.digest_ids(since=since, new=new, awards_only=awards_only, topic=topic)
        return list(stream_rows(store, since=since, new=new, awards_only=awards_only, topic=topic)), covered


def _row(rep: Item, members: Sequence[Item]) -> dict[str, Any]:
    is_award = bool(rep[IS_AWARD]) or any(m[IS_AWARD] for m in members)
    level = ""
    if is_award:   # counted only when needed: this runs once per row of digests of a million items
        level = rep[AWARD_LEVEL]
        if not level:
            levels = Counter(m[AWARD_LEVEL] for m in members if m[AWARD_LEVEL])
            level = levels.most_common(1)[0][0] if levels else ""
    english = rep[LANGUAGE] == "en"
    url = rep[URL]
    return {
        "published": rep[PUBLISHED] or "",
        "source": rep[SOURCE],
        "language": rep[LANGUAGE] or "",
        "title": rep[TITLE],
        "title_en": rep[TITLE] if english else (rep[TITLE_EN] or ""),
        "summary_en": (rep[SUMMARY] if english else rep[SUMMARY_EN]) or "",
        "url": url,
        "is_award": "true" if is_award else "false",
        "award_level": level or "",
        "also_at": "" if len(members) == 1 else " ".join(m[URL] for m in members if m[URL] != url),
        "first_seen": rep[FIRST_SEEN],
        "summary": rep[SUMMARY] or "",
        "award_name": rep[AWARD_NAME] or "",
        "award_body": rep[AWARD_BODY] or "",
        "award_recipient": rep[AWARD_RECIPIENT] or "",
        "award_evidence": json.loads(rep[AWARD_EVIDENCE]) if rep[AWARD_EVIDENCE] else None,
        "topics": json.loads(rep[TOPICS]) if rep[TOPICS] and rep[TOPICS] != "[]" else [],
        "story_id": rep[STORY_ID],
    }


# ---------------------------------------------------------------------------- writers
def neutralise(cell: str) -> str:
    """Keep spreadsheets from running a cell as a formula (OWASP CSV injection advice)."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


# The CSV of a row is its cells joined by commas and ended by CRLF when no cell needs quoting (no comma,
# quote or line break: csv.QUOTE_MINIMAL's rule for this dialect) and none starts with a formula
# character; str methods on the row's cells joined by \x1f find that in one pass each. Other rows
# (and a row with a \x1f inside a cell) go through csv.writer and neutralise cell by cell.
# csv.writer alone spent 10 us a row: most of a digest of a million items.
_CSV_CELLS = operator.itemgetter(*COLUMNS)
_FORMULA_CELL = re.compile("\x1f[" + re.escape("".join(FORMULA_START)) + "]")
CSV_CHUNK_ROWS = 2000


# A story of one item comes from SQLite as its CSV cells (as _row makes them) joined by \x1f: one string
# per row instead of a Python tuple, dict and join (most stories of a big digest are one item, and those
# were most of the time of a digest of a million items). render_csv_chunks writes it like any other row.
_ONE_ITEM_CELLS = {
    "published": "published", "source": "source", "language": "language", "title": "title",
    "title_en": "CASE WHEN language = 'en' THEN title ELSE title_en END",
    "summary_en": "CASE WHEN language = 'en' THEN summary ELSE summary_en END",
    "url": "url", "is_award": "CASE WHEN is_award THEN 'true' ELSE 'false' END",
    "award_level": "CASE WHEN is_award THEN award_level END", "also_at": "''", "first_seen": "first_seen"}
# printf's %s makes NULL an empty cell; one printf is a fifth cheaper than concatenating the cells with ||.
CSV_CELLS_SQL = ("printf(" + " || char(31) || ".join("'%s'" for _ in COLUMNS) + ", "
                 + ", ".join(_ONE_ITEM_CELLS[c] for c in COLUMNS) + ")")


class _Chunks(list):
    """A file-like list of the strings written to it."""
    write = list.append


def render_csv_chunks(rows: Iterable[dict[str, Any] | str]) -> Iterator[str]:
    """The CSV digest (BOM, header, rows) in pieces of CSV_CHUNK_ROWS rows: written to a file as they come,
    a big digest is never held whole in memory. A row may be its cells joined by \x1f (stream_rows' csv_lines)."""
    out = _Chunks(["\ufeff"])
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    separators = len(COLUMNS) - 1
    for n, r in enumerate(rows, 1):
        if type(r) is str:   # stream_rows' cells, no \x1f inside one
            line = cells = r
            whole = True
        else:
            cells = _CSV_CELLS(r)
            try:
                line = "\x1f".join(cells)
            except TypeError:   # a cell that is not a string (None, a number)
                line = ""
            whole = line.count("\x1f") == separators
        if (line and whole and not ("," in line or '"' in line or "\r" in line or "\n" in line)
                and line[0] not in FORMULA_START and _FORMULA_CELL.search(line) is None):
            out.append(line.replace("\x1f", ","))
            out.append("\r\n")
        else:
            if type(cells) is str:   # stream_rows gives no \x1f inside a cell
                cells = cells.split("\x1f")
            writer.writerow([neutralise(str(c or "")) for c in cells])
        if n % CSV_CHUNK_ROWS == 0:
            yield "".join(out)
            out.clear()
    if out:
        yield "".join(out)


def render_csv(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(render_csv_chunks(rows))


def render_json(rows: Iterable[dict[str, Any]]) -> str:
    return json.dumps([{c: r.get(c) for c in COLUMNS + EXTRA_COLUMNS} for r in rows], ensure_ascii=False, indent=2) + "\n"


def _md_cell(text: str) -> str:
    return html.escape(text or "", quote=False).replace("|", "\\|").replace("\n", " ")


def render_md(rows: Iterable[dict[str, Any]], title: str = "monitor digest", health: list[str] | None = None) -> str:
    lines = [f"# {title}", "", f"Generated {utcnow()}", ""]
    if health:  # source health problems first (monitor.health.problem_lines)
        lines += ["## ⚠ Source problems", "", *(f"- {_md_cell(p)}" for p in health), ""]
    rows = list(rows)
    if not rows:
        lines.append("Nothing new.")
    for r in rows:
        badge = f" 🏆 {r['award_level'] or 'award'}" if r["is_award"] == "true" else ""
        heading = r["title_en"] or r["title"]
        lines.append(f"## [{_md_cell(heading)}]({r['url']}){badge}")
        meta = [r["published"] or "undated", r["source"], r["language"]]
        lines.append("*" + " · ".join(_md_cell(m) for m in meta if m) + "*")
        if r["title_en"] and r["title_en"] != r["title"]:
            lines.append(f"> {_md_cell(r['title'])}")
        if r["summary_en"]:
            lines.append("")
            lines.append(_md_cell(r["summary_en"]))
        details = [f"{k.split('_')[1]}: {_md_cell(r[k])}" for k in ("award_name", "award_body", "award_recipient") if r.get(k)]
        if details:
            lines.append("")
            lines.append("- " + "\n- ".join(details))
        if r["also_at"]:
            lines.append("")
            lines.append("Also at: " + " ".join(f"<{u}>" for u in r["also_at"].split()))
        lines.append("")
    return "\n".join(lines) + "\n"


HTML_STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
article{border-bottom:1px solid #ddd;padding:.8rem 0}.meta{color:#666;font-size:.9rem}
.summary{font-size:1.15rem}.summary strong{font-size:1.4rem}
.award{background:#fff4cc;border-radius:4px;padding:0 .4rem;font-size:.85rem}.orig{color:#555;font-style:italic}"""


def _html_article(r: dict[str, Any], e: Any) -> list[str]:
    """One story: the English title (linking to the original page), the original title beneath."""
    award = f' <span class="award">award {e(r["award_level"])}</span>' if r["is_award"] == "true" else ""
    parts = ["<article>", f'<h3><a href="{e(r["url"])}">{e(r["title_en"] or r["title"])}</a>{award}</h3>']
    if r["title_en"] and r["title_en"] != r["title"]:
        parts.append(f'<p class="orig">{e(r["title"])}</p>')
    parts.append(f'<p class="meta">{e(r["published"] or "undated")} · {e(r["source"])} · {e(r["language"])}</p>')
    if r["summary_en"]:
        parts.append(f"<p>{e(r['summary_en'])}</p>")
    details = [(k.split("_")[1], r.get(k)) for k in ("award_name", "award_body", "award_recipient") if r.get(k)]
    if details:
        parts.append("<ul>" + "".join(f"<li>{e(k)}: {e(v)}</li>" for k, v in details) + "</ul>")
    if r["also_at"]:
        links = " ".join(f'<a href="{e(u)}">{e(u)}</a>' for u in r["also_at"].split())
        parts.append(f'<p class="meta">Also at: {links}</p>')
    parts.append("</article>")
    return parts


def render_html(rows: Iterable[dict[str, Any]], title: str = "monitor digest", health: list[str] | None = None) -> str:
    """What a comms team reads first comes first: how many stories and awards, then the awards."""
    e = lambda s: html.escape(str(s or ""), quote=True)  # noqa: E731
    rows = list(rows)
    awards = [r for r in rows if r["is_award"] == "true"]
    others = [r for r in rows if r["is_award"] != "true"]
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(title)}</title><style>{HTML_STYLE}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f'<p class="summary"><strong>{len(rows)}</strong> {"story" if len(rows) == 1 else "stories"}, '
        f'<strong>{len(awards)}</strong> {"award" if len(awards) == 1 else "awards"}</p>',
        f'<p class="meta">Generated {e(utcnow())}</p>',
    ]
    if health:  # source health problems next (monitor.health.problem_lines)
        parts.append('<section class="health"><h2>⚠ Source problems</h2><ul>'
                     + "".join(f"<li>{e(p)}</li>" for p in health) + "</ul></section>")
    if not rows:
        parts.append("<p>Nothing new.</p>")
    for heading, group, css in (("Awards", awards, "awards"), ("Other stories" if awards else "Stories", others, "stories")):
        if group:
            parts.append(f'<section class="{css}"><h2>{heading} ({len(group)})</h2>')
            for r in group:
                parts.extend(_html_article(r, e))
            parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render_atom(rows: Iterable[dict[str, Any]], title: str = "monitor digest", health: list[str] | None = None) -> str:
    x = lambda s: xml_escape(str(s or ""), {'"': "&quot;"})  # noqa: E731
    now = utcnow()
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{x(title)}</title>", "<id>urn:monitor:digest</id>", f"<updated>{now}</updated>"]
    if health:  # source health problems first, as one entry
        out += ["<entry>", f"<title>Source problems ({len(health)})</title>", f"<id>urn:monitor:health:{x(now)}</id>",
                f"<updated>{now}</updated>", "<author><name>monitor</name></author>",
                f'<summary type="text">{x(chr(10).join(health))}</summary>', "</entry>"]
    for r in rows:
        updated = r["first_seen"] or now
        summary = r["summary_en"] or r["summary"]
        label = "[award] " if r["is_award"] == "true" else ""
        out += ["<entry>", f"<title>{x(label + (r['title_en'] or r['title']))}</title>",
                f'<link rel="alternate" href="{x(r["url"])}"/>', f"<id>{x(r['url'])}</id>",
                f"<updated>{x(updated)}</updated>"]
        if r["published"]:
            out.append(f"<published>{x(r['published'])}T00:00:00Z</published>")
        out.append(f"<author><name>{x(r['source'])}</name></author>")
        if summary:
            out.append(f'<summary type="text">{x(summary)}</summary>')
        for u in r["also_at"].split():
            out.append(f'<link rel="related" href="{x(u)}"/>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"


WRITERS = {"csv": render_csv, "json": render_json, "html": render_html, "md": render_md, "atom": render_atom}


def render_chunks(rows: Iterable[dict[str, Any]], fmt: str, health: list[str] | None = None) -> Iterable[str]:
    """render() in pieces to write one after the other (csv comes row by row; the others whole)."""
    if fmt == "csv":
        return render_csv_chunks(rows)
    return [render(rows, fmt, health)]


def render(rows: list[dict[str, Any]], fmt: str, health: list[str] | None = None) -> str:
    """Render rows in one of FORMATS; html/md/atom list source health problems first
    (csv and json keep their contract shape: a header row / a plain array)."""
    if health and fmt in ("html", "md", "atom"):
        return WRITERS[fmt](rows, health=health)  # type: ignore[operator]
    return WRITERS[fmt](rows)
