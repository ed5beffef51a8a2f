"""Digests: one row per story, rendered as csv | json | html | md | atom.

Building rows (which items, grouped how) is separate from the pure writers that render them.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from collections import Counter
from typing import Any, Iterable
from xml.sax.saxutils import escape as xml_escape

from storage import Store, utcnow

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


def _representative(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The row a story is shown as: the English original when there is one, else the earliest."""
    english = [m for m in members if m.get("language") == "en"]
    pool = english or members
    return min(pool, key=lambda m: (m.get("first_seen") or "", m["id"]))


def build_rows(
    store: Store,
    *,
    since: str | None = None,
    new: bool = False,
    awards_only: bool = False,
    topic: str | None = None,
) -> tuple[list[dict[str, Any]], list[int]]:
    """(rows, ids of the items they cover). One row per story among the selected items."""
    items = store.digest_items(since=since, new=new, awards_only=awards_only, topic=topic)
    by_story: dict[Any, list[dict[str, Any]]] = {}
    for item in items:
        key = item["story_id"] if item["story_id"] is not None else f"item-{item['id']}"
        by_story.setdefault(key, []).append(item)
    # A story whose items are all selected (every story of an --all digest) has them at hand already:
    # read from the store only the stories with members outside the selection.
    sizes = store.story_sizes(k for k in by_story if isinstance(k, int))
    all_members = store.story_members(k for k in by_story if isinstance(k, int) and sizes.get(k) != len(by_story[k]))
    for key, n in sizes.items():
        if key not in all_members and n == len(by_story[key]):
            all_members[key] = sorted(by_story[key], key=lambda m: m["id"])   # story_members' order
    rows, covered = [], []
    for key, selected in by_story.items():
        rep = _representative(selected)
        members = all_members.get(key, selected) if isinstance(key, int) else selected
        rows.append(_row(rep, members))
        covered.extend(m["id"] for m in selected)
    rows.sort(key=lambda r: (r["published"] or "", r["first_seen"]), reverse=True)
    return rows, covered


def _row(rep: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
    level = rep.get("award_level")
    if not level:   # counted only when needed: this runs once per row of digests of a million items
        levels = Counter(m.get("award_level") for m in members if m.get("award_level"))
        level = levels.most_common(1)[0][0] if levels else ""
    is_award = bool(rep.get("is_award")) or any(m.get("is_award") for m in members)
    english = rep.get("language") == "en"
    return {
        "published": rep.get("published") or "",
        "source": rep["source"],
        "language": rep.get("language") or "",
        "title": rep["title"],
        "title_en": rep["title"] if english else (rep.get("title_en") or ""),
        "summary_en": (rep.get("summary") if english else rep.get("summary_en")) or "",
        "url": rep["url"],
        "is_award": "true" if is_award else "false",
        "award_level": level if is_award else "",
        "also_at": " ".join(m["url"] for m in members if m["url"] != rep["url"]),
        "first_seen": rep["first_seen"],
        "summary": rep.get("summary") or "",
        "award_name": rep.get("award_name") or "",
        "award_body": rep.get("award_body") or "",
        "award_recipient": rep.get("award_recipient") or "",
        "award_evidence": json.loads(rep["award_evidence"]) if rep.get("award_evidence") else None,
        "topics": json.loads(rep["topics"]) if rep.get("topics") and rep["topics"] != "[]" else [],
        "story_id": rep.get("story_id"),
    }


# ---------------------------------------------------------------------------- writers
def neutralise(cell: str) -> str:
    """Keep spreadsheets from running a cell as a formula (OWASP CSV injection advice)."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def render_csv(rows: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([neutralise(str(r.get(c) or "")) for c in COLUMNS])
    return "\ufeff" + out.getvalue()


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


def render(rows: list[dict[str, Any]], fmt: str, health: list[str] | None = None) -> str:
    """Render rows in one of FORMATS; html/md/atom list source health problems first
    (csv and json keep their contract shape: a header row / a plain array)."""
    if health and fmt in ("html", "md", "atom"):
        return WRITERS[fmt](rows, health=health)  # type: ignore[operator]
    return WRITERS[fmt](rows)
