"""Peak memory of a whole crawl, of `monitor translate` and of `monitor digest` (issue 5: < 300 MB).

    python bench/crawl_memory.py [--articles 200] [--limit-mb 300] [--translator-during-crawl down|healthy]
                                 [--keep DIR]

Serves a local mirror, each site on its own 127.0.0.X address through tests/sitesrv.py: two
generated WordPress-like sites (a Polish cluster and an English agency, `--articles` articles
between them, paginated listings, about one in four an award announcement, a few stories
reported by both) and the project's fixture sites wp-klaster, agency-en, izba-php and
medtech-cards. A LibreTranslate-compatible server (tests/libre_server.py) is the translator.

Then runs, each in its own subprocess, and reads its peak RSS from os.wait4 (ru_maxrss of that
process alone):

1. `monitor crawl` of every source with translator = libre. By default the translator answers 503
   during the crawl ("down": items stay pending, as after an outage), so that step 2 has work;
   `--translator-during-crawl healthy` translates inside the crawl instead.
2. `monitor translate` with the translator healthy (the pending items).
3. `monitor digest --all --format html`.

Prints a table (command, peak RSS, seconds, exit status, what it did) and exits 1 when a command
peaked above --limit-mb, 2 when a command failed. Nothing here is a test: figures depend on the
machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
sys.path.insert(0, str(ROOT))

from storage import Store  # noqa: E402

FIXTURES = {   # fixture site -> start URL path (as in tests/test_e2e_*.py)
    "wp-klaster": "/aktualnosci/",
    "agency-en": "/news/",
    "izba-php": "/index.php?option=com_content&view=category&id=7",
    "medtech-cards": "/pl/wiadomosci/",
}
PER_PAGE = 20

PL_WORDS = """klaster firma projekt innowacja rozwój współpraca region województwo badania technologia szkolenie
spotkanie konferencja program wsparcie przedsiębiorstwo eksport rynek produkt usługa partner członek zarząd
inwestycja laboratorium uczelnia student energia środowisko cyfryzacja transformacja strategia doradztwo
finansowanie dotacja konkurs nabór umowa porozumienie warsztaty wystawa targi delegacja misja gospodarczy
przemysł turystyka medycyna żywność logistyka budownictwo transport informatyka automatyka""".split()
EN_WORDS = """cluster company project innovation development cooperation region province research technology
training meeting conference programme support enterprise export market product service partner member board
investment laboratory university student energy environment digitalisation transformation strategy advice
funding grant competition call agreement workshop exhibition fair delegation mission business industry
tourism medicine food logistics construction transport software automation""".split()
PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia"]
ORGS = ["Nordwind", "Karpaty", "Baltic Bridge", "Silesia Med", "Vistula Tech", "Podlasie Food", "Mazovia Data",
        "Warta Energy", "Odra Logistics", "Tatra Tourism", "Lublin Bio", "Pomerania Wood"]
LEVELS = [("Złota", "Złotą", "Gold"), ("Srebrna", "Srebrną", "Silver"), ("Brązowa", "Brązową", "Bronze")]


# ---------------------------------------------------------------------------- the mirror
def _sentence(rng: random.Random, words: list[str], n: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def _article(rng: random.Random, lang: str, idx: int, day: dt.date, event: dict) -> dict:
    """One article: title, teaser, paragraphs; an award announcement when event["award"]."""
    words = PL_WORDS if lang == "pl" else EN_WORDS
    org = event["org"]
    if event["award"]:
        pl_level, pl_level_acc, en_level = event["level"]
        if lang == "pl":
            title = f"{pl_level} Odznaka ESCA dla Klastra {org}"
            lead = (f"Klaster {org} otrzymał {pl_level_acc} Odznakę Jakości Zarządzania Klastrem przyznawaną przez "
                    "ESCA (European Secretariat for Cluster Analysis) po ocenie zarządzania i usług.")
        else:
            title = f"{org} Cluster earns the ESCA {en_level} Label"
            lead = (f"The {org} Cluster received the Cluster Management Excellence {en_level} Label from ESCA "
                    "after an assessment of its management, services and results.")
    else:
        topic = " ".join(rng.sample(words, 3))
        title = (f"{org}: {topic} ({idx})" if lang == "en" else f"{org} – {topic} ({idx})")
        lead = _sentence(rng, words, 25)
    paragraphs = [lead] + [" ".join(_sentence(rng, words, rng.randint(12, 22)) for _ in range(4)) for _ in range(4)]
    return {"title": title, "lead": lead, "paragraphs": paragraphs, "day": day, "lang": lang,
            "slug": f"{'wpis' if lang == 'pl' else 'post'}-{idx}"}


def _page(lang: str, site: str, title: str, main: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{"pl-PL" if lang == "pl" else "en-GB"}"><head><meta charset="UTF-8">'
            f"<title>{title} – {site}</title></head><body>\n<header><div class=\"site-title\"><a href=\"/\">{site}</a>"
            "</div><nav><ul><li><a href=\"/\">Start</a></li><li><a href=\"/aktualnosci/\">News</a></li>"
            "<li><a href=\"/kontakt/\">Kontakt</a></li></ul></nav></header>\n"
            f"<main>{main}</main>\n<footer><p>© {site}</p></footer></body></html>\n")


def _date_label(lang: str, day: dt.date) -> str:
    return f"{day.day} {PL_MONTHS[day.month - 1]} {day.year}" if lang == "pl" else day.strftime("%-d %B %Y")


def write_site(root: Path, lang: str, site: str, articles: list[dict]) -> None:
    """A WordPress-like site: /aktualnosci/ (paginated listing) and /YYYY/MM/DD/slug/ articles."""
    root.mkdir(parents=True)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /wp-admin/\n", encoding="utf-8")
    (root / "index.html").write_text(_page(lang, site, site, '<a href="/aktualnosci/">News</a>'), encoding="utf-8")
    (root / "kontakt").mkdir()
    (root / "kontakt" / "index.html").write_text(_page(lang, site, "Kontakt", "<p>ul. Złota 5</p>"), encoding="utf-8")
    articles = sorted(articles, key=lambda a: a["day"], reverse=True)
    pages = [articles[i:i + PER_PAGE] for i in range(0, len(articles), PER_PAGE)]
    for n, chunk in enumerate(pages, 1):
        posts = []
        for a in chunk:
            url = f"/{a['day']:%Y/%m/%d}/{a['slug']}/"
            posts.append(f'<article class="post"><h2 class="entry-title"><a href="{url}">{a["title"]}</a></h2>'
                         f'<span class="date">{_date_label(lang, a["day"])}</span><p>{a["lead"][:120]}…</p>'
                         f'<a href="{url}" class="more">{"Czytaj dalej" if lang == "pl" else "Read more"}</a></article>')
        if n < len(pages):
            posts.append(f'<nav class="pagination"><a class="next" href="/aktualnosci/page/{n + 1}/">'
                         f'{"Starsze wpisy" if lang == "pl" else "Older posts"} »</a></nav>')
        folder = root / "aktualnosci" if n == 1 else root / "aktualnosci" / "page" / str(n)
        folder.mkdir(parents=True, exist_ok=True)
        main = f'<h1 class="page-title">{"Aktualności" if lang == "pl" else "News"}</h1>' + "\n".join(posts)
        (folder / "index.html").write_text(_page(lang, site, "News", main), encoding="utf-8")
    for a in articles:
        folder = root / f"{a['day']:%Y/%m/%d}" / a["slug"]
        folder.mkdir(parents=True)
        body = "\n".join(f"<p>{p}</p>" for p in a["paragraphs"])
        main = (f'<article><h1 class="entry-title">{a["title"]}</h1><div class="entry-meta">'
                f'<time class="entry-date" datetime="{a["day"].isoformat()}T09:00:00+02:00">'
                f'{_date_label(lang, a["day"])}</time></div><div class="entry-content">{body}</div></article>')
        (folder / "index.html").write_text(_page(lang, site, a["title"], main), encoding="utf-8")


def generate_mirror(base: Path, count: int, seed: int = 5) -> list[tuple[str, Path, str]]:
    """Two generated sites with `count` articles between them: [(name, folder, start path)]."""
    rng = random.Random(seed)
    today = dt.date.today()
    pl, en = [], []
    for i in range(count):
        day = today - dt.timedelta(days=i * 180 // max(count, 1))
        award = i % 8 in (0, 5)   # in both languages
        event = {"org": rng.choice(ORGS), "award": award, "level": rng.choice(LEVELS)}
        lang = "pl" if i % 2 == 0 else "en"
        (pl if lang == "pl" else en).append(_article(rng, lang, i, day, event))
        if i % 20 == 10:   # the same event reported a day later by the other site, in its language
            other = "en" if lang == "pl" else "pl"
            (pl if other == "pl" else en).append(_article(rng, other, i + 100_000, day + dt.timedelta(days=1),
                                                          event))
    write_site(base / "gen-klaster-pl", "pl", "Klaster Generowany", pl)
    write_site(base / "gen-agency-en", "en", "Generated Agency", en)
    return [("gen-klaster-pl", base / "gen-klaster-pl", "/aktualnosci/"),
            ("gen-agency-en", base / "gen-agency-en", "/aktualnosci/")]


# ---------------------------------------------------------------------------- subprocesses
def child_env() -> dict[str, str]:
    """No proxies, loopback only; no translator settings inherited from the caller."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost,127.0.0.0/8"
    env["PYTHONUNBUFFERED"] = "1"
    for key in ("MONITOR_TRANSLATOR", "MONITOR_TRANSLATOR_URL", "MONITOR_TRANSLATOR_KEY", "MONITOR_DB"):
        env.pop(key, None)
    return env


def start_server(argv: list[str]) -> tuple[subprocess.Popen, str]:
    """Start a helper server that prints `READY <url>`; return it and its URL."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())
    line = proc.stdout.readline() if proc.stdout else ""
    if not line.startswith("READY"):
        proc.kill()
        raise RuntimeError(f"{argv[1]} did not start: {line!r} {proc.stderr.read()[-500:] if proc.stderr else ''}")
    return proc, line.split()[1].rstrip("/")


def measure(argv: list[str], log: Path, timeout: float) -> tuple[int, float, float]:
    """Run argv; return (exit status, seconds, peak RSS in MB of that process alone)."""
    with open(log, "w", encoding="utf-8") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=child_env(), cwd=log.parent)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, seconds, usage.ru_maxrss / 1024   # ru_maxrss is in KiB on Linux


def toml_config(path: Path, sources: list[tuple[str, str, int]], translator_url: str) -> None:
    lines = ["[monitor]", 'translator = "libre"', f'translator_url = "{translator_url}/"', "",
             "[scrapy]", "DOWNLOAD_DELAY = 0", "AUTOTHROTTLE_ENABLED = false", "DOWNLOAD_TIMEOUT = 10",
             "RETRY_TIMES = 0", ""]
    for name, url, max_pages in sources:
        lines += ["[[sources]]", f'name = "{name}"', f'url = "{url}"', f"max_pages = {max_pages}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def set_translator_mode(url: str, mode: str) -> None:
    req = urllib.request.Request(f"{url}/_mode?mode={mode}", data=b"", method="POST")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    opener.open(req, timeout=5).read()


# ---------------------------------------------------------------------------- main
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200, help="articles on the generated sites (default 200)")
    ap.add_argument("--limit-mb", type=float, default=300.0, help="peak RSS allowed per command (default 300)")
    ap.add_argument("--translator-during-crawl", choices=("down", "healthy"), default="down",
                    help="translator state during the crawl (default down: translate catches up)")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds allowed per command")
    ap.add_argument("--keep", help="work in this directory and keep it (default: a temp dir, removed)")
    args = ap.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="crawl-memory-"))
    work.mkdir(parents=True, exist_ok=True)
    servers: list[subprocess.Popen] = []
    try:
        sites = generate_mirror(work / "sites", args.articles)
        sites += [(name, TESTS / "sites" / name, path) for name, path in FIXTURES.items()]
        sources = []
        for n, (name, folder, path) in enumerate(sites):
            proc, url = start_server([sys.executable, str(TESTS / "sitesrv.py"), str(folder),
                                      "--host", f"127.0.0.{61 + n}"])
            servers.append(proc)
            pages = len(list((folder / "aktualnosci").rglob("index.html"))) if name.startswith("gen-") else 5
            sources.append((name, url + path, max(5, pages)))   # every listing page of the generated sites
        mode = "503" if args.translator_during_crawl == "down" else "healthy"
        proc, libre = start_server([sys.executable, str(TESTS / "libre_server.py"), "--host", "127.0.0.60",
                                    "--mode", mode, "--log", str(work / "libre.jsonl")])
        servers.append(proc)
        cfg, db = work / "monitor.toml", work / "monitor.db"
        toml_config(cfg, sources, libre)
        monitor = [sys.executable, "-m", "monitor"]
        rows = []

        status, secs, peak = measure([*monitor, "crawl", "--config", str(cfg), "--db", str(db)],
                                     work / "crawl.log", args.timeout)
        store = Store.open(str(db))
        items, pending = store.count_items(), len(store.pending_translations())
        store.close()
        rows.append(("crawl", peak, secs, status,
                     f"{len(sources)} sources, {items} items stored, {pending} pending translation"))

        set_translator_mode(libre, "healthy")
        status, secs, peak = measure([*monitor, "translate", "--config", str(cfg), "--db", str(db)],
                                     work / "translate.log", args.timeout)
        store = Store.open(str(db))
        left = len(store.pending_translations())
        store.close()
        rows.append(("translate", peak, secs, status, f"{pending - left} items translated, {left} pending"))

        out = work / "digest.html"
        status, secs, peak = measure([*monitor, "digest", "--db", str(db), "--all", "--format", "html", "-o", str(out)],
                                     work / "digest.log", args.timeout)
        size = out.stat().st_size // 1024 if out.exists() else 0
        rows.append(("digest --all html", peak, secs, status, f"{size} KiB written"))
    finally:
        for proc in servers:
            proc.terminate()
        for proc in servers:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()

    print(f"{'command':<18} {'peak RSS':>9} {'seconds':>8} {'exit':>4}  details")
    for name, peak, secs, status, details in rows:
        flag = "  OVER LIMIT" if peak > args.limit_mb else ""
        print(f"{name:<18} {peak:6.0f} MB {secs:8.1f} {status:>4}  {details}{flag}")
    print(f"limit {args.limit_mb:.0f} MB per command; logs and database in {work}" if args.keep
          else f"limit {args.limit_mb:.0f} MB per command")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    if any(status not in (0, 3) for name, _, _, status, _ in rows if name == "crawl") or \
            any(status != 0 for name, _, _, status, _ in rows if name.startswith("digest")):
        return 2
    return 1 if any(peak > args.limit_mb for _, peak, _, _, _ in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
