"""Writes tests/sites/tuning16own-archive-en (issue 12, branch i12ao): the own held-out site of round 16, never tuned
on: an English agency's /news/ list whose older items hang only from year archives in other forms than tuning16's:
a sidebar list of "Archive 2025" links (/news/archive/2025, with a "Next page" /news/archive/2025?page=2), an option
list whose values are URLs (?year=2023, a jump menu), and an event-calendar year link and a report link that are not
news archives.

    python bench/make_tuning16own_site.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "sites" / "tuning16own-archive-en"
SITE = "Northern Ports Development Agency"
MONTHS = "January February March April May June July August September October November December".split()

ARTICLES = {
    "": [("new-berth-contract", 2026, 4, 2, "Contract signed for the new container berth",
          "The agency signed a contract with a joint venture of two builders for the fourth container berth."),
         ("grant-round-opens", 2026, 2, 16, "Small port grants round opens in March",
          "Harbour operators with fewer than fifty staff may apply for grants for shore power and cranes.")],
    "archive/2025": [("rail-link-study", 2025, 10, 7, "Study backs a rail link to the eastern quay",
                      "An independent study found that a single-track rail link would take two hundred lorries a day off the road."),
                     ("board-appointment", 2025, 6, 23, "Two new members join the agency board",
                      "The minister appointed a former harbour master and a logistics professor to the supervisory board.")],
    "archive/2025?page=2": [("dredging-completed", 2025, 2, 11, "Dredging of the approach channel completed",
                             "The approach channel now has a depth of fourteen metres along its whole length of six miles.")],
    "?year=2024": [("annual-traffic-2024", 2024, 12, 19, "Cargo traffic grew for the third year running",
                    "Ports in the region handled nine per cent more cargo than a year before, led by grain and timber.")],
    "?year=2023": [("agency-founded-partners", 2023, 9, 1, "Agency signs partnership with three universities",
                    "The agreement covers joint research on port automation and paid internships for engineering students.")],
}
YEARS = [(2026, "/news/"), (2025, "/news/archive/2025"), (2024, "/news/?year=2024"), (2023, "/news/?year=2023")]


def page(title: str, main: str, aside: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title} - {SITE}</title></head>\n'
            f'<body><header><a href="/">{SITE}</a><nav><a href="/news/">News</a> <a href="/about/">About</a> '
            f'<a href="/events/2026">Events 2026</a></nav></header>\n<div class="layout"><main>{main}</main>'
            f'<aside>{aside}</aside></div>\n<footer><p>1 Quay Road, Northport</p></footer></body></html>\n')


def sidebar(current: int) -> str:
    links = "".join(f'<li><a href="{href}">Archive {y}</a></li>' for y, href in YEARS[1:3] if y != current)
    jump = "".join(f'<option value="{href}">{y}</option>' for y, href in YEARS if y != current)
    return (f'<h2>News archive</h2><ul class="years">{links}</ul>'
            f'<select onchange="location=this.value"><option>Choose a year</option>{jump}</select>'
            f'<p><a href="/reports/2025">Annual report 2025</a></p>')


def listing(key: str) -> str:
    rows = ARTICLES[key]
    items = "".join(f'<article class="teaser"><h2><a href="/news/{s}">{t}</a></h2><time>{MONTHS[m - 1]} {d}, {y}'
                    f'</time><p>{lead[:70]}...</p></article>\n' for s, y, m, d, t, lead in rows)
    if key == "archive/2025":
        items += '<a class="next" href="/news/archive/2025?page=2">Next page</a>'
    return page("News", f"<h1>News</h1>\n{items}", sidebar(rows[0][1]))


def article(slug: str, y: int, m: int, d: int, title: str, lead: str) -> str:
    return page(title, f'<article><h1>{title}</h1><p class="meta">Published {d} {MONTHS[m - 1]} {y}</p><p>{lead}</p>'
                       f'<p>Further details are available from the agency press office, which answers enquiries on '
                       f'working days, and in the documents published on the agency website.</p></article>')


def listing_file(key: str) -> str:
    if not key:
        return "news/index.html"
    if key.startswith("?"):
        return f"news/index__{key[1:]}.html"
    return "news/" + key.replace("?", "__")      # slash-less paths are served from files without an extension


def main() -> None:
    files = {"robots.txt": "User-agent: *\nAllow: /\n", "index.html": page("Home", '<p><a href="/news/">News</a></p>')}
    expected, listing_pages = [], ["/", "/news/"]
    for key, rows in ARTICLES.items():
        files[listing_file(key)] = listing(key)
        if key:
            listing_pages.append("/news/" + key)
        for slug, y, m, d, title, lead in rows:
            files[f"news/{slug}"] = article(slug, y, m, d, title, lead)
            expected.append({"path": f"/news/{slug}", "title": title, "published": f"{y}-{m:02d}-{d:02d}",
                             "date_shape": "published-dmy-en", "traps": [], "summary_start": [lead[:60]],
                             "furniture": [], "lang": "en", "award": False})
    files["_expected.json"] = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    files["_unseen.json"] = json.dumps({"start": "/news/", "type": "site", "listing_pages": listing_pages}, indent=1) + "\n"
    for rel, text in files.items():
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
