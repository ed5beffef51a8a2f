#!/usr/bin/env python3
"""Performance at scale (issue 10): monitor against a bare Scrapy spider on one local mirror, the
recrawl, and a store of 1,000,000 generated items.

    python bench/scale.py [--sites 40] [--articles 100] [--items 1000000] [--quick] [--no-translator]
                          [--keep DIR] [--json bench/results/scale.json]

Steps, all in one run so that the load of the (shared) machine weighs on both crawlers alike:

1. Generates a mirror: `--sites` sites of `--articles` articles each, in five CMS styles (WordPress-like
   /YYYY/MM/DD/slug/, Drupal-like /node/N with ?page=N, a Joomla table layout under index.php?option=...,
   custom PHP news.php?id=N, a gov.pl-like /web/office/slug-N), half of them Polish, about one article in
   eight an award announcement, with an RSS feed (WordPress and PHP styles), a sitemap and robots.txt
   each; half the sites send ETag / Last-Modified (304 on a conditional GET), half do not.
2. Serves every site on its own 127.0.10.X address from one server process (tests/sitesrv.py's handler),
   logging every request.
3. Runs a bare Scrapy spider (downloads every listing, feed, sitemap and article page, parses each with
   parsel and follows the same links) and `monitor crawl --translator none`, each in its own
   subprocess; CPU (user+sys) and peak RSS of each come from os.wait4, pages from the server log.
   Then `monitor crawl` again on the unchanged mirror: article downloads counted per CMS style from the
   server log (must be 0). Unless --no-translator, a third crawl into a fresh database with a
   LibreTranslate-compatible server (tests/libre_server.py) gives the peak RSS with translation.
4. Generates a store of `--items` items through Store.save_items (batches of 10,000, timed: insert cost
   per 10k as the store grows), then times `monitor digest --all --format csv` against
   `sqlite3 -csv` of the same rows (Debian's sqlite3 CLI; Python's sqlite3 module + csv when it is
   missing, said in the table), Store.search (median of 20 queries, and `monitor search` as a command),
   and the crawl path (save_item + assign_story) on the full store, with every SQL statement it ran
   checked by EXPLAIN QUERY PLAN for scans of whole tables.

Prints one table and writes --json (machine facts included). `--quick` (3 sites x 10 articles,
20,000 items) keeps it working in the tests; its figures mean nothing.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
sys.path.insert(0, str(ROOT))

STYLES = ("wordpress", "drupal", "joomla", "php", "gov")
PER_PAGE = 20

PL_WORDS = """klaster firma projekt innowacja rozwój współpraca region województwo badania technologia szkolenie
spotkanie konferencja program wsparcie przedsiębiorstwo eksport rynek produkt usługa partner członek zarząd
inwestycja laboratorium uczelnia student energia środowisko cyfryzacja transformacja strategia doradztwo
finansowanie konkurs umowa porozumienie warsztaty wystawa targi delegacja misja gospodarczy przemysł
turystyka medycyna żywność logistyka budownictwo transport informatyka automatyka""".split()
PL_GLUE = "w z na dla oraz się jest przez przy od za który która jako także w ramach podczas".split()
EN_WORDS = """cluster company project innovation development cooperation region province research technology
training meeting conference programme support enterprise export market product service partner member board
investment laboratory university student energy environment digitalisation transformation strategy advice
funding competition agreement workshop exhibition fair delegation mission business industry
tourism medicine food logistics construction transport software automation""".split()
EN_GLUE = "the of and for with from by is are was has have will its this that at an as into their".split()
PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ORGS = ["Nordwind", "Karpaty", "Baltic Bridge", "Silesia Med", "Vistula Tech", "Podlasie Food", "Mazovia Data",
        "Warta Energy", "Odra Logistics", "Tatra Tourism", "Lublin Bio", "Pomerania Wood", "Sudety Glass",
        "Kujawy Chem", "Warmia Agro", "Bieszczady Eco"]
LEVELS = [("Złota", "Złotą", "Gold"), ("Srebrna", "Srebrną", "Silver"), ("Brązowa", "Brązową", "Bronze")]
SEARCH_QUERIES = ["nagroda", "zlota odznaka", "klaster innowacji", "ESCA", "Silver Label", "laboratorium",
                  "Baltic Bridge", "cyfryzacja przemyslu", "export market", "energia", "Karpaty", "workshop",
                  "Nordwind Gold", "logistyka transport", "university research", "konkurs", "medycyna",
                  "Sudety", "strategy", "targi"]


# ============================================================================ the mirror
def _sentence(rng: random.Random, lang: str, n: int) -> str:
    words, glue = (PL_WORDS, PL_GLUE) if lang == "pl" else (EN_WORDS, EN_GLUE)
    out = [rng.choice(glue) if i % 3 == 1 else rng.choice(words) for i in range(n)]
    text = " ".join(out)
    return text[0].upper() + text[1:] + "."


def _date_text(style: str, lang: str, day: dt.date) -> str:
    if lang == "en":
        return {"wordpress": day.strftime("%-d %B %Y"), "drupal": day.strftime("%B %-d, %Y"),
                "joomla": f"Published: {day:%-d %B %Y}", "php": f"Date: {day:%Y-%m-%d}",
                "gov": f"{day:%d.%m.%Y} 10:15"}[style]
    return {"wordpress": f"{day.day} {PL_MONTHS[day.month - 1]} {day.year}",
            "drupal": f"Opublikowano: {day:%d.%m.%Y}",
            "joomla": f"Opublikowano: {day.day} {ROMAN[day.month - 1]} {day.year}",
            "php": f"Data dodania: {day:%Y-%m-%d}", "gov": f"{day:%d.%m.%Y} 10:15"}[style]


class Site:
    """One generated site: its CMS style, language, articles, and how its URLs are laid out."""

    def __init__(self, index: int, style: str, lang: str, count: int, rng: random.Random):
        self.index, self.style, self.lang = index, style, lang
        self.name = f"{style}-{lang}-{index:02d}"
        self.title = f"{'Klaster' if lang == 'pl' else 'Cluster'} {rng.choice(ORGS)} {index}"
        self.etag = index % 2 == 0
        today = dt.date.today()
        self.articles = []
        for i in range(count):
            day = today - dt.timedelta(days=1 + i * 2)
            art_id = 1000 + index * 1000 + i
            self.articles.append(self._article(rng, i, art_id, day))
        self.pages = max(1, -(-count // PER_PAGE))

    # --------------------------------------------------------------- URL layout per style
    def listing_path(self, n: int) -> str:
        s = self.style
        if s == "wordpress":
            return "/aktualnosci/" if n == 1 else f"/aktualnosci/page/{n}/"
        if s == "drupal":
            return "/aktualnosci" if n == 1 else f"/aktualnosci?page={n - 1}"
        if s == "joomla":
            base = "/index.php?option=com_content&view=category&id=7"
            return base if n == 1 else f"{base}&start={(n - 1) * PER_PAGE}"
        if s == "php":
            return "/aktualnosci.php" if n == 1 else f"/aktualnosci.php?strona={n}"
        return "/web/urzad/wiadomosci" if n == 1 else f"/web/urzad/wiadomosci?page={n}"

    def article_path(self, a: dict) -> str:
        s = self.style
        if s == "wordpress":
            return f"/{a['day']:%Y/%m/%d}/{a['slug']}/"
        if s == "drupal":
            return f"/node/{a['id']}"
        if s == "joomla":
            return f"/index.php?option=com_content&view=article&id={a['id']}"
        if s == "php":
            return f"/news.php?id={a['id']}"
        return f"/web/urzad/{a['slug']}-{a['id']}"

    def has_feed(self) -> bool:
        return self.style in ("wordpress", "php")

    @staticmethod
    def file_for(path: str) -> str:
        """The file tests/sitesrv.py serves for a path (see its docstring)."""
        p, _, q = path.partition("?")
        rel = p.lstrip("/")
        if q:
            return (rel + "index__" + q + ".html") if (rel == "" or rel.endswith("/")) else f"{rel}__{q}"
        return rel + "index.html" if (rel == "" or rel.endswith("/")) else rel

    # --------------------------------------------------------------- content
    def _article(self, rng: random.Random, i: int, art_id: int, day: dt.date) -> dict:
        lang, org = self.lang, rng.choice(ORGS)
        award = i % 8 == 3
        if award:
            pl, pl_acc, en = rng.choice(LEVELS)
            if lang == "pl":
                title = f"{pl} Odznaka ESCA dla Klastra {org}"
                lead = (f"Klaster {org} otrzymał {pl_acc} Odznakę Jakości Zarządzania Klastrem przyznawaną przez "
                        "ESCA (European Secretariat for Cluster Analysis) po ocenie zarządzania i usług.")
            else:
                title = f"{org} Cluster earns the ESCA {en} Label"
                lead = (f"The {org} Cluster received the Cluster Management Excellence {en} Label from ESCA "
                        "after an assessment of its management, services and results.")
        else:
            words = PL_WORDS if lang == "pl" else EN_WORDS
            topic = " ".join(rng.sample(words, 3))
            title = f"{org}: {topic} {art_id}"
            lead = _sentence(rng, lang, 24)
        paragraphs = [lead] + [" ".join(_sentence(rng, lang, rng.randint(12, 22)) for _ in range(4))
                               for _ in range(rng.randint(3, 6))]
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower().encode("ascii", "ignore").decode()).strip("-")[:60]
        return {"id": art_id, "title": title, "lead": lead, "paragraphs": paragraphs, "day": day, "slug": slug,
                "award": award}

    def _page(self, title: str, main: str, body_class: str = "", head: str = "") -> str:
        lang_attr = "pl-PL" if self.lang == "pl" else "en-GB"
        feed = (f'<link rel="alternate" type="application/rss+xml" href="/feed.xml" title="{self.title}">'
                if self.has_feed() else "")
        nav = (f'<nav class="menu"><ul><li><a href="/">Start</a></li><li><a href="{self.listing_path(1)}">'
               f'{"Aktualności" if self.lang == "pl" else "News"}</a></li><li><a href="/kontakt.html">'
               f'{"Kontakt" if self.lang == "pl" else "Contact"}</a></li></ul></nav>')
        if self.style == "joomla":   # table layout, logo heading
            return (f'<!DOCTYPE html><html lang="{lang_attr}"><head><meta charset="utf-8"><title>{self.title}</title>'
                    f'{feed}{head}</head><body class="{body_class}"><div id="naglowek"><h1>{self.title}</h1></div>'
                    f'<div id="menu-glowne">{nav}</div><table width="100%"><tr><td id="srodek" valign="top">{main}'
                    f'</td><td id="prawa" width="200" valign="top"><div class="moduletable"><h3>Partnerzy</h3>'
                    f'<a href="/kontakt.html">{"Partnerzy regionalni" if self.lang == "pl" else "Partners"}</a>'
                    f'</div></td></tr></table><div id="stopka">© {self.title}</div></body></html>\n')
        return (f'<!DOCTYPE html>\n<html lang="{lang_attr}"><head><meta charset="UTF-8"><title>{title} – {self.title}'
                f'</title>{feed}{head}</head><body class="{body_class}">\n<header><div class="site-title">'
                f'<a href="/">{self.title}</a></div>{nav}</header>\n<main>{main}</main>\n'
                f'<footer><p>© {self.title}</p></footer></body></html>\n')

    def listing_html(self, n: int, chunk: list[dict]) -> str:
        s, lang = self.style, self.lang
        more = "Czytaj dalej" if lang == "pl" else "Read more"
        heading = "Aktualności" if lang == "pl" else "News"
        nxt = self.listing_path(n + 1) if n < self.pages else None
        if s == "joomla":
            rows = "".join(f'<tr class="cat-list-row{k % 2}"><td class="list-title"><a href="{self.article_path(a)}">'
                           f'{a["title"]}</a></td><td class="list-date">{a["day"]:%d.%m.%Y}</td></tr>'
                           for k, a in enumerate(chunk))
            pager = f'<ul class="pagination"><li><a title="Next" href="{nxt}">{"Następna" if lang == "pl" else "Next"}</a></li></ul>' if nxt else ""
            main = (f'<div class="category-list"><h2>{heading}</h2><table class="category"><thead><tr><th>Tytuł</th>'
                    f'<th>Data</th></tr></thead><tbody>{rows}</tbody></table>{pager}</div>')
            return self._page(heading, main, "com_content view-category")
        teasers = []
        for a in chunk:
            url = self.article_path(a)
            date = f'<span class="date">{_date_text(s, lang, a["day"]) if s != "joomla" else ""}</span>'
            if s == "gov":
                teasers.append(f'<li><a href="{url}"><div class="title">{a["title"]}</div></a>'
                               f'<div class="event">{a["day"]:%d.%m.%Y}</div><div class="intro">{a["lead"][:140]}</div></li>')
            elif s == "php":
                teasers.append(f'<div class="news"><h3><a href="{url}">{a["title"]}</a></h3>{date}'
                               f'<p>{a["lead"][:120]}… <a href="{url}">{more}</a></p></div>')
            else:
                cls = "node node--type-article node--view-mode-teaser" if s == "drupal" else "post type-post"
                teasers.append(f'<article class="{cls}"><h2><a href="{url}">{a["title"]}</a></h2>{date}'
                               f'<p>{a["lead"][:120]}…</p><a href="{url}" class="more">{more}</a></article>')
        if s == "gov":
            body = f'<ul class="art-prev">{"".join(teasers)}</ul>'
        else:
            body = "\n".join(teasers)
        pager = ""
        if nxt:
            label = {"pl": "Starsze wpisy »", "en": "Older posts »"}[lang] if s == "wordpress" else \
                ("Następna strona" if lang == "pl" else "Next page")
            pager = f'<nav class="pagination"><a class="next" rel="next" href="{nxt}">{label}</a></nav>'
        main = f'<h1 class="page-title">{heading}</h1>{body}{pager}'
        return self._page(heading, main, {"wordpress": "blog", "drupal": "path-aktualnosci", "php": "",
                                          "gov": "list"}[s])

    def article_html(self, a: dict) -> str:
        s, lang = self.style, self.lang
        body = "\n".join(f"<p>{p}</p>" for p in a["paragraphs"])
        date = _date_text(s, lang, a["day"])
        if s == "wordpress":
            main = (f'<article class="post type-post"><h1 class="entry-title">{a["title"]}</h1><div class="entry-meta">'
                    f'<time class="entry-date" datetime="{a["day"].isoformat()}T09:00:00+02:00">{date}</time></div>'
                    f'<div class="entry-content">{body}</div></article>')
            return self._page(a["title"], main, f"single-post postid-{a['id']}")
        if s == "drupal":
            main = (f'<article class="node node--type-article"><h1 class="page-title"><span>{a["title"]}</span></h1>'
                    f'<div class="node__meta">{date}</div><div class="field--name-body">{body}</div></article>')
            return self._page(a["title"], main, "page-node-type-article")
        if s == "joomla":
            main = (f'<div class="item-page"><h2 class="contentheading">{a["title"]}</h2><dl class="article-info">'
                    f'<dd class="create">{date}</dd></dl><div class="item-body">{body}</div></div>')
            return self._page(a["title"], main, "com_content view-article")
        if s == "php":
            main = (f'<div class="artykul"><h2>{a["title"]}</h2><p class="data">{date}</p>{body}</div>')
            return self._page(a["title"], main)
        main = (f'<article class="article"><h2 class="article-title">{a["title"]}</h2><p class="event-date">{date}</p>'
                f'<div class="editor-content">{body}</div></article>')
        return self._page(a["title"], main)

    def write(self, base: Path) -> Path:
        root = base / self.name
        root.mkdir(parents=True)

        def put(path: str, text: str) -> None:
            f = root / self.file_for(path)
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(text, encoding="utf-8")

        put("/", self._page(self.title, f'<p><a href="{self.listing_path(1)}">News</a></p>', "home"))
        put("/kontakt.html", self._page("Kontakt", "<p>ul. Złota 5, 00-001 Warszawa</p>", "page"))
        put("/robots.txt", "User-agent: *\nDisallow: /admin/\nSitemap: /sitemap.xml\n")
        for n in range(1, self.pages + 1):
            put(self.listing_path(n), self.listing_html(n, self.articles[(n - 1) * PER_PAGE: n * PER_PAGE]))
        for a in self.articles:
            put(self.article_path(a), self.article_html(a))
        if self.has_feed():
            items = "".join(f"<item><title>{a['title']}</title><link>{self.article_path(a)}</link>"
                            f"<pubDate>{a['day']:%a, %d %b %Y} 09:00:00 +0000</pubDate></item>"
                            for a in self.articles[:10])
            put("/feed.xml", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{self.title}'
                             f"</title><link>/</link>{items}</channel></rss>")
        urls = "".join(f"<url><loc>{self.article_path(a).replace('&', '&amp;')}</loc><lastmod>{a['day'].isoformat()}"
                       "</lastmod></url>" for a in self.articles)
        put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset '
                            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
        (root / "_site.json").write_text(json.dumps({"etag": self.etag}), encoding="utf-8")
        return root


def generate_mirror(base: Path, sites: int, articles: int, seed: int = 10) -> list[Site]:
    rng = random.Random(seed)
    out = [Site(i, STYLES[i % len(STYLES)], "pl" if (i // len(STYLES)) % 2 == 0 else "en", articles, rng)
           for i in range(sites)]
    for site in out:
        site.write(base)
    return out


# ============================================================================ serving
def serve(mirror: Path, names: list[str], logdir: Path, first_ip: int) -> None:
    """Serve each named site on its own 127.0.10.X from this one process; print READY <json>."""
    sys.path.insert(0, str(TESTS))
    from http.server import ThreadingHTTPServer

    from sitesrv import make_handler

    urls = {}
    for k, name in enumerate(names):
        root = mirror / name
        site = json.loads((root / "_site.json").read_text(encoding="utf-8"))
        host = f"127.0.10.{first_ip + k}"
        server = ThreadingHTTPServer((host, 0), make_handler(str(root), site, str(logdir / f"{name}.jsonl")))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        urls[name] = f"http://{host}:{server.server_address[1]}"
    print("READY " + json.dumps(urls), flush=True)
    sys.stdin.read()   # until the parent closes our stdin


# ============================================================================ the bare Scrapy spider
def bare_crawl(plan_path: str) -> None:
    """The baseline: download and parse with parsel the pages monitor reads, following the same links."""
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import IGNORED_EXTENSIONS  # noqa: F401  (imported like a real project would)

    plan = json.loads(Path(plan_path).read_text(encoding="utf-8"))

    class BareSpider(scrapy.Spider):
        name = "bare"

        def __init__(self, site: dict, **kw: Any):
            super().__init__(**kw)
            self.site = site
            self.article_re = re.compile(site["article_re"])
            self.listing_re = re.compile(site["listing_re"])

        async def start(self):
            base = self.site["url"]
            yield scrapy.Request(base + self.site["start"], callback=self.parse_listing)
            if self.site["feed"]:
                yield scrapy.Request(base + "/feed.xml", callback=self.parse_xml)
            yield scrapy.Request(base + "/sitemap.xml", callback=self.parse_xml)

        def parse_listing(self, response):
            for href in response.css("a::attr(href)").getall():
                url = response.urljoin(href)
                path = url.split("//", 1)[1].split("/", 1)[-1]
                path = "/" + path
                if self.article_re.fullmatch(path):
                    yield response.follow(url, callback=self.parse_article)
                elif self.listing_re.fullmatch(path):
                    yield response.follow(url, callback=self.parse_listing)

        def parse_xml(self, response):
            sel = scrapy.Selector(text=response.text, type="xml")
            sel.remove_namespaces()
            for loc in sel.xpath("//loc/text() | //item/link/text()").getall():
                yield response.follow(loc.strip(), callback=self.parse_article)

        def parse_article(self, response):
            title = " ".join(response.xpath("//h1//text() | //h2//text()").getall())
            body = " ".join(response.xpath("//p//text()").getall())
            date = response.xpath("//time/@datetime").get() or ""
            yield {"url": response.url, "title": title.strip(), "words": len(body.split()), "date": date}

    settings = dict(plan["settings"])
    settings.update({"LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
                     "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor"})
    process = CrawlerProcess(settings)
    for site in plan["sites"]:
        process.crawl(BareSpider, site=site)
    process.start()


# ============================================================================ measuring
def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost,127.0.0.0/8"
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    for key in ("MONITOR_TRANSLATOR", "MONITOR_TRANSLATOR_URL", "MONITOR_TRANSLATOR_KEY", "MONITOR_DB"):
        env.pop(key, None)
    return env


SAMPLER = ROOT / "bench" / "memsample"


def run_measured(argv: list[str], log: Path, timeout: float, stdout: Path | None = None,
                 sample: Path | None = None) -> dict[str, float]:
    """Run argv; its exit status, wall seconds, CPU seconds (user+sys) and peak RSS (MB) from os.wait4.

    With `sample`, bench/memsample/sitecustomize.py writes a line of memory figures a second there.
    """
    env = child_env()
    if sample is not None:
        sample.unlink(missing_ok=True)
        env["MONITOR_MEMSAMPLE"] = str(sample)
        env["PYTHONPATH"] = os.pathsep.join([str(SAMPLER), env["PYTHONPATH"]])
    with open(log, "w", encoding="utf-8") as err, open(stdout or log.with_suffix(".out"), "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=log.parent)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"status": proc.returncode, "wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
            "peak_rss_mb": usage.ru_maxrss / 1024, **sample_peaks(sample)}


def sample_peaks(sample: Path | None) -> dict[str, Any]:
    """The sampler's highest figures (and the other figures of the sample where RSS peaked)."""
    if sample is None or not sample.exists():
        return {}
    rows = [json.loads(x) for x in sample.read_text(encoding="utf-8").splitlines() if x.startswith('{"t"')]
    peaks = next((json.loads(x)["peak"] for x in sample.read_text(encoding="utf-8").splitlines()
                  if x.startswith('{"peak"')), {})
    at_peak = max(rows, key=lambda r: r["rss_mb"]) if rows else {}
    return {"sample": {"max": peaks, "at_rss_peak": at_peak, "file": str(sample)}}


def read_logs(logdir: Path, sites: list[Site]) -> dict[str, list[dict]]:
    out = {}
    for s in sites:
        f = logdir / f"{s.name}.jsonl"
        out[s.name] = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x] if f.exists() else []
    return out


def clear_logs(logdir: Path) -> None:
    for f in logdir.glob("*.jsonl"):
        f.write_text("")


def article_downloads(site: Site, requests: list[dict]) -> int:
    """Article pages sent in full (status 200) to the crawler."""
    paths = {site.article_path(a) for a in site.articles}
    return sum(1 for r in requests if r["path"] in paths and r["status"] == 200 and r["method"] == "GET")


def crawl_settings() -> dict[str, Any]:
    """The Scrapy settings both crawlers run with: no politeness delay on loopback, same concurrency."""
    return {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 16,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "DOWNLOAD_TIMEOUT": 30, "RETRY_TIMES": 1}


def write_monitor_config(path: Path, sites: list[Site], urls: dict[str, str], translator_url: str | None,
                         extra: dict[str, Any] | None = None) -> None:
    lines = ["[monitor]"]
    if translator_url:
        lines += ['translator = "libre"', f'translator_url = "{translator_url}/"']
    table = {**crawl_settings(), **(extra or {})}
    lines += ["", "[scrapy]"] + [f"{k} = {json.dumps(v)}" for k, v in table.items()] + [""]
    for s in sites:
        lines += ["[[sources]]", f'name = "{s.name}"', f'url = "{urls[s.name]}{s.listing_path(1)}"',
                  f'language = "{s.lang}"', f"max_pages = {s.pages}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_bare_plan(path: Path, sites: list[Site], urls: dict[str, str]) -> None:
    plan = {"settings": {**crawl_settings(), "ROBOTSTXT_OBEY": True, "USER_AGENT": "bare-scrapy-bench"}, "sites": []}
    for s in sites:
        articles = "|".join(re.escape(s.article_path(a)) for a in s.articles)
        listings = "|".join(re.escape(s.listing_path(n)) for n in range(2, s.pages + 1)) or "(?!)"
        plan["sites"].append({"url": urls[s.name], "start": s.listing_path(1), "feed": s.has_feed(),
                              "article_re": f"(?:{articles})", "listing_re": f"(?:{listings})"})
    path.write_text(json.dumps(plan), encoding="utf-8")


def start_helper(argv: list[str]) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=child_env())
    line = proc.stdout.readline() if proc.stdout else ""
    if not line.startswith("READY"):
        proc.kill()
        raise RuntimeError(f"{argv[1:3]} did not start: {line!r} {proc.stderr.read()[-800:] if proc.stderr else ''}")
    return proc, line.split(" ", 1)[1].strip()


def stop_helper(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            if proc.stdin:
                proc.stdin.close()
        except OSError:
            pass
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


# ============================================================================ the big store
def generated_items(rng: random.Random, lo: int, hi: int) -> list[dict[str, Any]]:
    """Items lo..hi-1 of the generated store: half Polish, one in nine an award, one in ten joining its
    neighbour's story, 400 sources, one item every 90 s from 2021-01-01."""
    start = dt.datetime(2021, 1, 1, tzinfo=dt.timezone.utc)
    rows = []
    for i in range(lo, hi):
        lang = "pl" if i % 2 == 0 else "en"
        award = i % 9 == 4
        org = ORGS[i % len(ORGS)]
        title = (f"{org}: " + " ".join(rng.choice(PL_WORDS if lang == "pl" else EN_WORDS) for _ in range(5))
                 + f" {i}")
        if award:
            title = (f"Złota Odznaka ESCA dla Klastra {org} {i}" if lang == "pl"
                     else f"{org} Cluster earns the ESCA Gold Label {i}")
        summary = _sentence(rng, lang, 25)
        body = " ".join(_sentence(rng, lang, 15) for _ in range(4))
        seen = start + dt.timedelta(seconds=i * 90)
        published = (seen - dt.timedelta(days=i % 3)).date().isoformat() if i % 17 else None
        story = i if i % 10 else i - 1       # one item in ten joins its neighbour's story
        rows.append({
            "url": f"https://site{i % 400}.example.pl/news/{i}", "source": f"source-{i % 400}",
            "language": lang, "title": title, "title_en": title if lang == "en" else f"EN {title}",
            "summary": summary, "summary_en": summary if lang == "en" else f"EN {summary}",
            "body": body, "published": published,
            "first_seen": seen.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
            "last_seen": seen.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
            "content_hash": f"{i:040x}", "story_id": story + 1, "is_award": award,
            "award_level": "gold" if award else "", "topics": ["awards"] if award else [],
            "translation_status": "not_needed" if lang == "en" else "done",
        })
    return rows


STORE_BATCH = 10_000


def generate_store(db_path: Path, count: int, seed: int = 11) -> tuple[list[float], list[float]]:
    """`count` items through Store.save_items in batches of 10,000; wall and CPU seconds per batch (CPU
    is less disturbed by other jobs on a shared machine)."""
    from storage import Store

    rng = random.Random(seed)
    store = Store.open(str(db_path))
    per_batch, cpu_batch = [], []
    try:
        for b0 in range(0, count, STORE_BATCH):
            rows = generated_items(rng, b0, min(count, b0 + STORE_BATCH))
            t0, c0 = time.perf_counter(), time.process_time()
            store.save_items(rows)
            per_batch.append(time.perf_counter() - t0)
            cpu_batch.append(time.process_time() - c0)
    finally:
        store.close()
    return per_batch, cpu_batch


def scanned_tables(db_path: Path, statements: list[str]) -> list[str]:
    """Statements whose query plan scans a whole table (SCAN without an index), FTS and tiny tables aside."""
    conn = sqlite3.connect(str(db_path))
    bad = []
    for sql in dict.fromkeys(statements):
        head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        if head not in ("SELECT", "UPDATE", "DELETE", "INSERT", "WITH"):
            continue
        try:
            plan = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        except sqlite3.Error:
            continue
        for row in plan:
            detail = row[-1]
            if detail.startswith("SCAN ") and "VIRTUAL TABLE" not in detail and "USING" not in detail \
                    and not re.match(r"SCAN (\d+ )?CONSTANT ROWS|SCAN json_each|SCAN (main\.)?\w+_fts_(config|data)"
                                     r"|SCAN (sqlite_master|_sqlite_migrations|digests|crawl_runs)\b", detail):
                bad.append(f"{detail}: {sql[:160]}")
    conn.close()
    return bad


def crawl_path_on_store(db_path: Path, n: int = 200, seed: int = 12) -> tuple[float, list[str]]:
    """ms per item of the crawl's store path (dedup lookups, save_item, assign_story) on this store,
    and the SQL statements it ran (bound parameters inlined, for EXPLAIN QUERY PLAN)."""
    from monitor.stories import assign_story
    from storage import Store

    rng = random.Random(seed)
    store = Store.open(str(db_path))
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        t0 = time.perf_counter()
        for k in range(n):
            lang = "pl" if k % 2 else "en"
            title = f"{rng.choice(ORGS)}: " + " ".join(rng.sample(PL_WORDS if lang == "pl" else EN_WORDS, 5))
            url = f"https://new.example.pl/news/{seed}-{k}"
            fields = {"url": url, "source": "new", "language": lang, "title": title, "title_en": title,
                      "summary": _sentence(rng, lang, 20), "body": " ".join(_sentence(rng, lang, 15) for _ in range(4)),
                      "published": "2022-06-01", "content_hash": f"new{seed}-{k}", "translation_status": "not_needed"}
            store.item_id_for_url(url)
            store.item_id_for_hash(fields["content_hash"])
            item_id = store.save_item(fields, [url + "?utm_source=x"])
            assign_story(store, item_id, [])
        per_item_ms = (time.perf_counter() - t0) * 1000 / n
    finally:
        store.db.conn.set_trace_callback(None)
        store.close()
    return per_item_ms, statements


def sqlite_csv_baseline(db_path: Path, out: Path, log: Path, timeout: float) -> tuple[dict[str, float], str]:
    """Dump the digest's columns of every item as CSV with the sqlite3 CLI (or Python's sqlite3 module)."""
    sql = ("SELECT coalesce(published, ''), source, language, title, title_en, summary_en, url, "
           "CASE is_award WHEN 1 THEN 'true' ELSE 'false' END, award_level, '', first_seen FROM items "
           "ORDER BY coalesce(published, '') DESC, first_seen DESC")
    cli = shutil.which("sqlite3")
    if cli:
        return run_measured([cli, "-csv", "-header", str(db_path), sql], log, timeout, stdout=out), "sqlite3 -csv"
    code = ("import csv,sqlite3,sys;c=sqlite3.connect(sys.argv[1]);w=csv.writer(open(sys.argv[2],'w',newline=''));"
            "w.writerows(c.execute(sys.argv[3]))")
    return run_measured([sys.executable, "-c", code, str(db_path), str(out), sql], log, timeout), "python sqlite3+csv"


# ============================================================================ profile (--profile)
# Where the CPU of a crawl goes: (label, [(file suffix, function name)]) whose cumulative cProfile time is
# summed. The labels do not overlap (a pipeline's own calls into storage count under that pipeline).
PROFILE_PARTS = [
    ("article extraction (monitor/extract, dates)", [("monitor/spiders/news.py", "parse_article")]),
    ("listings, feeds, sitemaps, robots", [("monitor/spiders/news.py", f) for f in (
        "parse_listing", "parse_feed", "parse_sitemap", "parse_robots", "parse_discovery_sitemap")]),
    ("normalize (ftfy, hash)", [("monitor/pipelines/normalize.py", "process_item")]),
    ("language detection", [("monitor/pipelines/language.py", "process_item")]),
    ("dedup lookups", [("monitor/pipelines/dedup.py", "process_item")]),
    ("award classifier, topics", [("monitor/pipelines/classify.py", "process_item")]),
    ("translate pipeline", [("monitor/pipelines/translate.py", "process_item")]),
    ("storage: save_item", [("storage/store.py", "save_item")]),
    ("stories: assign_story (signature, candidates, SQL)", [("monitor/stories.py", "assign_story")]),
]


def profile_shares(prof: Path, cpu_ms_per_page: float) -> list[dict[str, Any]]:
    """Cumulative cProfile seconds per part of the crawl, and that share of the unprofiled CPU ms/page."""
    import pstats

    stats = pstats.Stats(str(prof)).stats  # {(file, line, func): (cc, nc, tt, ct, callers)}

    def cumulative(file_suffix: str, func: str) -> float:
        return sum(v[3] for k, v in stats.items() if k[0].endswith(file_suffix) and k[2] == func)

    total = max(v[3] for v in stats.values())
    crawl = cumulative("monitor/runner.py", "run_crawl")
    rows = [{"part": "start-up: imports, config (before the crawl starts)", "s": total - crawl}]
    for label, funcs in PROFILE_PARTS:
        rows.append({"part": label, "s": sum(cumulative(f, fn) for f, fn in funcs)})
    rows.append({"part": "Scrapy, Twisted, downloading, scheduling (the rest)", "s": crawl - sum(r["s"] for r in rows[1:])})
    for r in rows:
        r["share"] = r["s"] / total
        r["ms_per_page"] = r["share"] * cpu_ms_per_page
    return rows


MEMORY_STEPS = """
import gc, json, sys
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS'):
            return int(line.split()[1]) / 1024
out = [('python', rss())]
import scrapy, scrapy.crawler, twisted.internet.reactor
out.append(('+ scrapy, twisted', rss()))
import monitor.runner, monitor.spiders.news, monitor.settings
for name in ('normalize', 'language', 'dedup', 'classify', 'translate', 'store'):
    __import__('monitor.pipelines.' + name)
out.append(('+ monitor modules (extract, trafilatura, awards, stories, storage)', rss()))
from monitor.language import detector
detector()._models()
out.append(('+ language models (lingua, langdetect profiles)', rss()))
from monitor.awards import classify_award
classify_award('Klaster zdobył Złotą Odznakę ESCA', 'Klaster zdobył Złotą Odznakę ESCA. ' * 20, 'pl')
out.append(('+ award classifier (first use)', rss()))
print(json.dumps(out))
"""


def memory_steps() -> list[tuple[str, float]]:
    """Resident memory (MB) after each step of what a crawl loads, in a fresh interpreter."""
    proc = subprocess.run([sys.executable, "-c", MEMORY_STEPS], capture_output=True, text=True, env=child_env(),
                          timeout=300)
    if proc.returncode:
        raise RuntimeError(proc.stderr[-1500:])
    return [tuple(x) for x in json.loads(proc.stdout.strip().splitlines()[-1])]


def format_profile(r: dict[str, Any]) -> str:
    p = r["profile"]
    lines = [f"profile of `monitor crawl --translator none` under cProfile ({p['pages']} pages, {p['cprofile_s']:.1f} s "
             f"profiled; ms/page = share x the unprofiled {p['cpu_ms_per_page']:.1f} ms/page; load {p['load']})",
             "| part | cProfile s | share | ≈ CPU ms/page |", "|---|---|---|---|"]
    for row in p["parts"]:
        lines.append(f"| {row['part']} | {row['s']:.1f} | {100 * row['share']:.0f}% | {row['ms_per_page']:.1f} |")
    lines += ["", f"memory (resident MB, fresh interpreter; the crawl's peak was {p['peak_rss_mb']:.0f} MB)",
              "| after | RSS MB | + MB |", "|---|---|---|"]
    prev = 0.0
    for step, mb in p["memory"]:
        lines.append(f"| {step} | {mb:.0f} | {mb - prev:+.0f} |")
        prev = mb
    lines.append(f"| the crawl itself (pages, items, SQLite page cache, Scrapy queues), to its peak | "
                 f"{p['peak_rss_mb']:.0f} | {p['peak_rss_mb'] - prev:+.0f} |")
    return "\n".join(lines)


# ============================================================================ main
def machine() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    cpu = ""
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "")
    except OSError:
        pass
    mem = ""
    try:
        mem = next((line.split(":", 1)[1].strip() for line in open("/proc/meminfo") if line.startswith("MemTotal")), "")
    except OSError:
        pass
    import scrapy
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "load_at_start": load,
            "python": platform.python_version(), "platform": platform.platform(), "scrapy": scrapy.__version__,
            "sqlite": sqlite3.sqlite_version, "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=40)
    ap.add_argument("--articles", type=int, default=100, help="articles per site")
    ap.add_argument("--items", type=int, default=1_000_000, help="items of the generated store")
    ap.add_argument("--quick", action="store_true", help="3 sites x 10 articles, 20,000 items (keeps it working)")
    ap.add_argument("--no-translator", action="store_true", help="skip the crawl with a LibreTranslate server")
    ap.add_argument("--skip-store", action="store_true", help="skip the generated store figures")
    ap.add_argument("--store-only", action="store_true", help="only the generated store figures (step 4): no mirror, "
                    "no crawls")
    ap.add_argument("--timeout", type=float, default=3600.0)
    ap.add_argument("--keep", help="work in this directory and keep it")
    ap.add_argument("--json", default=str(ROOT / "bench" / "results" / "scale.json"), help="where to write results")
    ap.add_argument("--serve", nargs=3, metavar=("MIRROR", "LOGDIR", "FIRST_IP"), help=argparse.SUPPRESS)
    ap.add_argument("--bare", metavar="PLAN", help=argparse.SUPPRESS)
    ap.add_argument("--serve-names", help=argparse.SUPPRESS)
    ap.add_argument("--only", choices=("none", "libre"), help="run only the monitor crawl without a translator "
                    "(none) or only the one with the LibreTranslate server (libre): no bare Scrapy, no recrawl")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="a setting for the monitor crawls' [scrapy] table (VALUE read as JSON, else a string)")
    ap.add_argument("--libre-latency-ms", type=int, default=0, help="the LibreTranslate server waits this long per answer")
    ap.add_argument("--sample", action="store_true", help="sample memory figures every second in the monitor crawls "
                    "(bench/memsample); their highest figures go into the results")
    ap.add_argument("--profile", metavar="PROF", help="also crawl the mirror once more under cProfile (written to PROF) "
                    "and print where the CPU ms per page and the memory go")
    args = ap.parse_args(argv)
    if args.serve:
        serve(Path(args.serve[0]), args.serve_names.split(","), Path(args.serve[1]), int(args.serve[2]))
        return 0
    if args.bare:
        bare_crawl(args.bare)
        return 0
    if args.quick:
        args.sites, args.articles, args.items = 3, 10, 20_000
    extra: dict[str, Any] = {}
    for kv in args.set:
        key, _, value = kv.partition("=")
        try:
            extra[key] = json.loads(value)
        except ValueError:
            extra[key] = value
    if args.only:
        args.skip_store = True
        args.no_translator = args.only == "none"

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="scale-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    for sub in ("mirror", "logs"):
        shutil.rmtree(work / sub, ignore_errors=True)
    logdir = work / "logs"
    logdir.mkdir()
    facts = machine()
    if args.store_only:
        args.sites = 0
    sites = generate_mirror(work / "mirror", args.sites, args.articles)
    result: dict[str, Any] = {"machine": facts, "mirror": {
        "sites": len(sites), "articles_per_site": args.articles, "styles": list(STYLES),
        "articles": sum(len(s.articles) for s in sites),
        "awards": sum(a["award"] for s in sites for a in s.articles)}}
    helpers: list[subprocess.Popen] = []
    py = sys.executable
    if not args.store_only:   # steps 1-3: the mirror's crawls
        try:
            server, urls_json = start_helper([py, str(Path(__file__).resolve()), "--serve", str(work / "mirror"),
                                              str(logdir), "1", "--serve-names", ",".join(s.name for s in sites)])
            helpers.append(server)
            urls = json.loads(urls_json)
            cfg, plan = work / "monitor.toml", work / "bare.json"
            write_monitor_config(cfg, sites, urls, None, extra)
            write_bare_plan(plan, sites, urls)

            # -------- 1. bare Scrapy, then monitor, same mirror, same run
            if args.only:
                bare = {"status": 0, "wall_s": 0.0, "cpu_s": 0.0, "peak_rss_mb": 0.0}
            else:
                bare = run_measured([py, str(Path(__file__).resolve()), "--bare", str(plan)], work / "bare.log",
                                    args.timeout)
            bare["pages"] = sum(len(v) for v in read_logs(logdir, sites).values())
            clear_logs(logdir)
            db = work / "monitor.db"
            for f in work.glob("monitor.db*"):
                f.unlink()
            if args.only == "libre":
                mon = {"status": 0, "wall_s": 0.0, "cpu_s": 0.0, "peak_rss_mb": 0.0}
            else:
                mon = run_measured([py, "-m", "monitor", "crawl", "--config", str(cfg), "--db", str(db),
                                    "--translator", "none"], work / "crawl.log", args.timeout,
                                   sample=work / "sample-none.jsonl" if args.sample else None)
            logs = read_logs(logdir, sites)
            mon["pages"] = sum(len(v) for v in logs.values())
            mon["items"] = mon["awards"] = 0
            if db.exists():
                conn = sqlite3.connect(str(db))
                mon["items"] = conn.execute("SELECT count(*) FROM items").fetchone()[0]
                mon["awards"] = conn.execute("SELECT count(*) FROM items WHERE is_award = 1").fetchone()[0]
                conn.close()
            for r in (bare, mon):
                r["cpu_ms_per_page"] = 1000 * r["cpu_s"] / max(1, r["pages"])
                r["pages_per_s"] = r["pages"] / max(1e-9, r["wall_s"])
            result["bare_scrapy"], result["monitor_crawl"] = bare, mon

            # -------- 2. recrawl of the unchanged mirror
            clear_logs(logdir)
            if args.only:
                re_run = {"status": 0, "wall_s": 0.0, "cpu_s": 0.0, "peak_rss_mb": 0.0}
            else:
                re_run = run_measured([py, "-m", "monitor", "crawl", "--config", str(cfg), "--db", str(db),
                                       "--translator", "none"], work / "recrawl.log", args.timeout)
            logs = read_logs(logdir, sites)
            by_style: dict[str, int] = {}
            for s in sites:
                by_style[s.style] = by_style.get(s.style, 0) + article_downloads(s, logs[s.name])
            re_run["pages"] = sum(len(v) for v in logs.values())
            re_run["not_modified"] = sum(1 for v in logs.values() for r in v if r["status"] == 304)
            re_run["article_downloads_by_style"] = by_style
            re_run["article_downloads"] = sum(by_style.values())
            result["recrawl"] = re_run

            # -------- 2b. (--profile) the same first crawl under cProfile, into a fresh database
            if args.profile:
                db_p = work / "monitor-profile.db"
                for f in work.glob("monitor-profile.db*"):
                    f.unlink()
                clear_logs(logdir)
                load = tuple(round(x, 2) for x in os.getloadavg())
                prof = run_measured([py, "-m", "cProfile", "-o", str(Path(args.profile).resolve()), "-m", "monitor", "crawl",
                                     "--config", str(cfg), "--db", str(db_p), "--translator", "none"],
                                    work / "crawl-profile.log", args.timeout)
                pages = sum(len(v) for v in read_logs(logdir, sites).values())
                result["profile"] = {"pages": pages, "cprofile_s": prof["cpu_s"], "load": load,
                                     "cpu_ms_per_page": mon["cpu_ms_per_page"], "peak_rss_mb": mon["peak_rss_mb"],
                                     "parts": profile_shares(Path(args.profile), mon["cpu_ms_per_page"]),
                                     "memory": memory_steps()}

            # -------- 3. with a translator (peak memory with translation)
            if not args.no_translator:
                libre, libre_url = start_helper([py, str(TESTS / "libre_server.py"), "--host", "127.0.10.250",
                                                 "--mode", "healthy", "--latency-ms", str(args.libre_latency_ms),
                                                 "--log", str(work / "libre.jsonl")])
                helpers.append(libre)
                cfg_t, db_t = work / "monitor-libre.toml", work / "monitor-libre.db"
                write_monitor_config(cfg_t, sites, urls, libre_url, extra)
                for f in work.glob("monitor-libre.db*"):
                    f.unlink()
                clear_logs(logdir)
                tr = run_measured([py, "-m", "monitor", "crawl", "--config", str(cfg_t), "--db", str(db_t)],
                                  work / "crawl-libre.log", args.timeout,
                                  sample=work / "sample-libre.jsonl" if args.sample else None)
                tr["pages"] = sum(len(v) for v in read_logs(logdir, sites).values())
                tr["cpu_ms_per_page"] = 1000 * tr["cpu_s"] / max(1, tr["pages"])
                result["monitor_crawl_translated"] = tr
                stop_helper(libre)
        finally:
            for proc in helpers:
                stop_helper(proc)

    # -------- 4. the generated store
    if not args.skip_store:
        big = work / "big.db"
        for f in work.glob("big.db*"):
            f.unlink()
        t0 = time.perf_counter()
        batches, cpu_batches = generate_store(big, args.items)
        gen_s = time.perf_counter() - t0
        warm = batches[1:] or batches
        cpu_warm = cpu_batches[1:] or cpu_batches
        # One batch is a noisy figure: FTS5 merges come in bursts and other jobs share the machine. The
        # medians of the first and last ten batches (the first, into an empty file, left out) say more.
        ten = max(1, min(10, len(warm) // 2))
        store_res: dict[str, Any] = {"items": args.items, "generate_s": gen_s,
                                     "insert_s_per_10k_first": warm[0], "insert_s_per_10k_last": warm[-1],
                                     "insert_s_per_10k_median": statistics.median(warm),
                                     "insert_growth_last_over_first": warm[-1] / warm[0] if warm[0] else None,
                                     "insert_s_per_10k_first10_median": statistics.median(warm[:ten]),
                                     "insert_s_per_10k_last10_median": statistics.median(warm[-ten:]),
                                     "insert_growth_last10_over_first10":
                                         statistics.median(warm[-ten:]) / statistics.median(warm[:ten]),
                                     "insert_cpu_s_per_10k_first10_median": statistics.median(cpu_warm[:ten]),
                                     "insert_cpu_s_per_10k_last10_median": statistics.median(cpu_warm[-ten:]),
                                     "insert_cpu_growth_last10_over_first10":
                                         statistics.median(cpu_warm[-ten:]) / statistics.median(cpu_warm[:ten]),
                                     "insert_s_per_10k": [round(b, 3) for b in batches],
                                     "insert_cpu_s_per_10k": [round(b, 3) for b in cpu_batches]}
        # The first reader after the generation pays for the kernel writing the new 3 GB file back (the
        # digest ran 1.4-1.6x slower than alone then): one unmeasured dump first, so neither side does.
        sqlite_csv_baseline(big, work / "baseline.csv", work / "baseline.log", args.timeout)
        dig = run_measured([py, "-m", "monitor", "digest", "--db", str(big), "--all", "--format", "csv",
                            "-o", str(work / "digest.csv")], work / "digest.log", args.timeout)
        base, how = sqlite_csv_baseline(big, work / "baseline.csv", work / "baseline.log", args.timeout)
        with open(work / "digest.csv", encoding="utf-8-sig", newline="") as fh:
            dig["rows"] = sum(1 for _ in csv.reader(fh)) - 1
        store_res.update({"digest": dig, "baseline": base, "baseline_tool": how,
                          "digest_ratio_cpu": dig["cpu_s"] / max(1e-9, base["cpu_s"]),
                          "digest_ratio_wall": dig["wall_s"] / max(1e-9, base["wall_s"])})
        from storage import Store
        store = Store.open(str(big))
        times, hits = [], []
        try:
            for q in SEARCH_QUERIES:
                store.search(q)   # warm the page cache once per query, as a second search would be
                t0 = time.perf_counter()
                hits.append(len(store.search(q)))
                times.append(1000 * (time.perf_counter() - t0))
        finally:
            store.close()
        cli_ms, help_ms = [], []
        for q in SEARCH_QUERIES[:5]:
            r = run_measured([py, "-m", "monitor", "search", q, "--db", str(big)], work / "search.log", 120)
            cli_ms.append(1000 * r["wall_s"])
            # the same start-up (Python, the CLI's imports) without the store: what the command adds to it
            r = run_measured([py, "-m", "monitor", "search", "--help"], work / "search.log", 120)
            help_ms.append(1000 * r["wall_s"])
        per_item_ms, statements = crawl_path_on_store(big)
        store_res.update({"search_median_ms": statistics.median(times), "search_max_ms": max(times),
                          "search_ms": {q: round(t, 1) for q, t in zip(SEARCH_QUERIES, times)},
                          "search_results": dict(zip(SEARCH_QUERIES, hits)),
                          "search_command_median_ms": statistics.median(cli_ms),
                          "search_command_startup_median_ms": statistics.median(help_ms),
                          "store_path_ms_per_item_at_full_store": per_item_ms,
                          "store_path_full_scans": scanned_tables(big, statements)})
        result["store"] = store_res

    table = format_only(result, args.only) if args.only else format_table(result)
    if "profile" in result:
        table += "\n\n" + format_profile(result)
    print(table)
    result["table"] = table
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"results written to {out}" + (f"; work files in {work}" if args.keep else ""))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    if args.store_only:
        return 0
    ok = result["monitor_crawl"]["status"] in (0, 3) and result["bare_scrapy"]["status"] == 0
    return 0 if ok else 2


def format_only(r: dict[str, Any], only: str) -> str:
    """The one crawl of --only: peak RSS, CPU and the sampler's figures where RSS peaked."""
    m = r["monitor_crawl_translated" if only == "libre" else "monitor_crawl"]
    line = (f"monitor crawl ({only}), {r['mirror']['sites']} x {r['mirror']['articles_per_site']}: status {m['status']}, "
            f"peak RSS {m['peak_rss_mb']:.0f} MB, {m['cpu_ms_per_page']:.1f} CPU ms/page, {m['wall_s']:.0f} s wall")
    if "sample" in m:
        line += f"\nsampler, highest: {m['sample']['max']}\nsampler, at the RSS peak: {m['sample']['at_rss_peak']}"
    return line


def format_table(r: dict[str, Any]) -> str:
    if "monitor_crawl" not in r:   # --store-only
        return "\n".join(["| figure | baseline | monitor | monitor / baseline | target |", "|---|---|---|---|---|",
                          *format_store_rows(r)])
    b, m, re_ = r["bare_scrapy"], r["monitor_crawl"], r["recrawl"]
    ratio = m["cpu_ms_per_page"] / max(1e-9, b["cpu_ms_per_page"])
    speed = m["pages_per_s"] / max(1e-9, b["pages_per_s"])
    lines = [f"mirror: {r['mirror']['sites']} sites x {r['mirror']['articles_per_site']} articles "
             f"({', '.join(r['mirror']['styles'])}; {r['mirror']['awards']} awards); "
             f"{r['machine']['cores']} cores, load {r['machine']['load_at_start']}",
             "| figure | bare Scrapy | monitor | monitor / Scrapy | target |", "|---|---|---|---|---|",
             f"| pages fetched | {b['pages']} | {m['pages']} | | |",
             f"| CPU ms per page | {b['cpu_ms_per_page']:.1f} | {m['cpu_ms_per_page']:.1f} | {ratio:.2f} | ≤ 2 |",
             f"| pages/s | {b['pages_per_s']:.0f} | {m['pages_per_s']:.0f} | {speed:.2f} | ≥ 0.5 |",
             f"| peak RSS MB | {b['peak_rss_mb']:.0f} | {m['peak_rss_mb']:.0f} | | ≤ 300 |"]
    if "monitor_crawl_translated" in r:
        t = r["monitor_crawl_translated"]
        lines.append(f"| peak RSS MB, with translator (libre) | | {t['peak_rss_mb']:.0f} | | ≤ 300 |")
        lines.append(f"| CPU ms per page, with translator | | {t['cpu_ms_per_page']:.1f} | "
                     f"{t['cpu_ms_per_page'] / max(1e-9, b['cpu_ms_per_page']):.2f} | |")
    styles = ", ".join(f"{k} {v}" for k, v in re_["article_downloads_by_style"].items())
    lines.append(f"| recrawl: article pages downloaded | | {re_['article_downloads']} ({styles}); "
                 f"{re_['pages']} requests, {re_['not_modified']} answered 304 | | 0 |")
    lines.append(f"| items stored (awards) | | {m['items']} ({m['awards']}) | | |")
    return "\n".join(lines + format_store_rows(r))


def format_store_rows(r: dict[str, Any]) -> list[str]:
    """The table rows of the generated store (step 4), none when it was skipped."""
    lines: list[str] = []
    if "store" in r:
        s = r["store"]
        d, base = s["digest"], s["baseline"]
        lines += [
            f"| store of {s['items']:,} items: `digest --all --format csv` s CPU (wall) | {s['baseline_tool']}: "
            f"{base['cpu_s']:.1f} ({base['wall_s']:.1f}) | {d['cpu_s']:.1f} ({d['wall_s']:.1f}), {d['rows']:,} rows, "
            f"{d['peak_rss_mb']:.0f} MB | {s['digest_ratio_cpu']:.2f} ({s['digest_ratio_wall']:.2f}) | ≤ 3 |",
            f"| search median ms (max), 20 queries, Store.search | | {s['search_median_ms']:.1f} "
            f"({s['search_max_ms']:.0f}) | | < 50 |",
            f"| `monitor search` command ms, median of 5 (process start included; `monitor search --help`: "
            f"{s.get('search_command_startup_median_ms', float('nan')):.0f}) | | {s['search_command_median_ms']:.0f} | | |",
            f"| insert s per 10k items, first → last batch (median) | | {s['insert_s_per_10k_first']:.2f} → "
            f"{s['insert_s_per_10k_last']:.2f} ({s['insert_s_per_10k_median']:.2f}) | "
            f"{s['insert_growth_last_over_first']:.2f} | flat |",
            *([f"| insert s per 10k items, median of the first 10 → last 10 batches, wall (CPU) | | "
               f"{s['insert_s_per_10k_first10_median']:.2f} → {s['insert_s_per_10k_last10_median']:.2f} "
               f"({s['insert_cpu_s_per_10k_first10_median']:.2f} → {s['insert_cpu_s_per_10k_last10_median']:.2f}) | "
               f"{s['insert_growth_last10_over_first10']:.2f} ({s['insert_cpu_growth_last10_over_first10']:.2f}) | ≤ 1.2 |"]
              if "insert_s_per_10k_first10_median" in s else []),
            f"| crawl store path (dedup, save, story) ms/item at {s['items']:,} | | "
            f"{s['store_path_ms_per_item_at_full_store']:.1f}; full-table scans: {len(s['store_path_full_scans'])} | | 0 scans |",
        ]
    return lines


if __name__ == "__main__":
    sys.exit(main())
