"""The Datasette plugin `monitor serve` registers: the landing page route and safe link cells.

The landing page (`/`, search with `/?q=`) replaces Datasette's list of databases; its data comes
from monitor.web.landing on Datasette's read-only connection and its charts from monitor.web.charts.
Templates (monitor/web/templates) are rendered by Datasette's Jinja environment, which autoescapes:
every scraped text reaches the page escaped.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from monitor.web import charts, landing

LINK_COLUMNS = {"url", "also_at"}  # also_at: space-separated URLs, in canned queries that build it


def safe_href(url: str) -> str | None:
    """The URL when it is http(s), else None: a scraped `javascript:` link must never become a link."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


async def landing_page(datasette: Any, request: Any) -> Response:
    db = datasette.get_database()
    query = request.args.get("q", "")
    data = await db.execute_fn(lambda conn: landing.landing(conn, query))
    for key in ("results", "awards", "stories"):
        for row in data.get(key, []):
            row["href"] = safe_href(row["url"])
            for other in row["also_at"]:
                other["href"] = safe_href(other["url"])
    if not query:
        labels, series = data["weekly"]
        data["weekly_svg"] = Markup(charts.stacked_bars(labels, series, "Announcements per week, by source"))
        months, values = data["monthly"]
        data["monthly_svg"] = Markup(charts.bars(months, values, "Award announcements per month", " awards"))
    html = await datasette.render_template("landing.html", {**data, "db_name": db.name, "metadata": datasette.metadata()}, request=request)
    return Response.html(html)


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    return [(r"^/$", landing_page)]


@hookimpl
def render_cell(value: Any, column: str, table: str | None) -> Markup | None:
    """url / also_at cells of items and of canned queries as links (http/https only), the text escaped."""
    if table not in ("items", None) or column not in LINK_COLUMNS or not isinstance(value, str) or not value:
        return None
    parts = []
    for url in value.split():
        href = safe_href(url)
        parts.append(Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(href, url) if href else escape(url))
    return Markup(" ").join(parts)
