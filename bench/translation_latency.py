#!/usr/bin/env python3
"""Does a slow translator slow the crawl? Recrawl and outage figures too, in one run.

    python bench/translation_latency.py [--articles 80] [--latency-ms 200] [--site tests/sites/NAME]

Builds a WordPress-like site of --articles news pages (Polish and English, texts from
tests/data/language_samples.json; or serves --site as is), serves it with tests/sitesrv.py and
runs tests/libre_server.py answering after --latency-ms, then:

  1. crawl with --translator none                      -> wall time A
  2. crawl with the slow libre translator (fresh db)   -> wall time B, ratio B/A (target <= 1.3)
     (1 and 2 alternate --repeat times; medians are compared)
  3. second crawl of the unchanged site                -> translation requests (target 0)
  4. crawl with the translator answering 503 (fresh)   -> items stored / items expected
     then translator healthy + `monitor translate`     -> items translated, exit code
Prints a JSON report and a last line `SUMMARY ...`. Exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
sys.path.insert(0, str(TESTS))

from helpers import child_env, start_server, write_config  # noqa: E402

PAGE = """<!DOCTYPE html>
<html lang="pl-PL"><head><meta charset="UTF-8"><title>{title} – Klaster Testowy</title>
<link rel="canonical" href="{path}"></head><body>
<header><div class="site-title"><a href="/">Klaster Testowy</a></div>
<nav><a href="/">Start</a> <a href="/aktualnosci/">Aktualności</a> <a href="/kontakt/">Kontakt</a></nav></header>
<main><article><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><time class="entry-date" datetime="{date}T09:00:00+02:00">{date}</time></div>
<div class="entry-content">{body}</div></article></main>
<footer><p>© Klaster Testowy, ul. Długa 1, Lublin</p></footer></body></html>
"""
LISTING = """<!DOCTYPE html>
<html lang="pl-PL"><head><meta charset="UTF-8"><title>Aktualności – Klaster Testowy</title></head><body>
<header><div class="site-title"><a href="/">Klaster Testowy</a></div></header>
<main><h1 class="page-title">Aktualności</h1>
{entries}
{next}</main><footer><p>© Klaster Testowy</p></footer></body></html>
"""
ENTRY = ('<article class="post"><h2 class="entry-title"><a href="{path}">{title}</a></h2>'
         '<span class="date">{date}</span><p>{teaser}…</p><a href="{path}" class="more">Czytaj dalej</a></article>')


def build_site(folder: Path, n: int) -> int:
    """A news site of n articles; returns how many are Polish."""
    samples = json.loads((TESTS / "data" / "language_samples.json").read_text(encoding="utf-8"))["samples"]
    shorts = {lang: [s["text"] for s in samples if s["kind"] == "short" and s["language"] == lang] for lang in ("pl", "en")}
    longs = {lang: [s["text"] for s in samples if s["kind"] == "long" and s["language"] == lang] for lang in ("pl", "en")}
    articles = []
    polish = 0
    for i in range(n):
        lang = "en" if i % 4 == 3 else "pl"
        polish += lang == "pl"
        title = f"{shorts[lang][i % len(shorts[lang])]} {i + 1}"  # unique titles: no cache hits within a crawl
        paragraphs = [longs[lang][(i + k) % len(longs[lang])] for k in range(3)]
        # a unique first sentence: every summary is a new text for the translator
        paragraphs[0] = f"{'Komunikat numer' if lang == 'pl' else 'Announcement number'} {i + 1}. {paragraphs[0]}"
        body = "".join(f"<p>{p}</p>" for p in paragraphs) + f"<p>{'Numer' if lang == 'pl' else 'Number'} {i + 1}.</p>"
        date = f"2022-{1 + i % 12:02d}-{1 + i % 27:02d}"
        path = f"/2022/{i:03d}/artykul-{i}/"
        (folder / path.strip("/")).mkdir(parents=True, exist_ok=True)
        (folder / path.strip("/") / "index.html").write_text(
            PAGE.format(title=title, path=path, date=date, body=body), encoding="utf-8")
        articles.append((path, title, date, paragraphs[0][:100]))
    per_page = 10
    pages = [articles[i:i + per_page] for i in range(0, len(articles), per_page)]
    for p, entries in enumerate(pages, start=1):
        where = folder / "aktualnosci" if p == 1 else folder / "aktualnosci" / "page" / str(p)
        where.mkdir(parents=True, exist_ok=True)
        nxt = f'<nav class="pagination"><a class="next" href="/aktualnosci/page/{p + 1}/">Starsze wpisy »</a></nav>' \
            if p < len(pages) else ""
        html = LISTING.format(entries="\n".join(ENTRY.format(path=a, title=t, date=d, teaser=x) for a, t, d, x in entries),
                              next=nxt)
        (where / "index.html").write_text(html, encoding="utf-8")
    (folder / "index.html").write_text('<html><body><a href="/aktualnosci/">Aktualności</a></body></html>', encoding="utf-8")
    (folder / "robots.txt").write_text("User-agent: *\nDisallow: /wp-admin/\n", encoding="utf-8")
    (folder / "_site.json").write_text(json.dumps({"charset": "utf-8", "send_charset": True}), encoding="utf-8")
    return polish


def monitor(*args: str, timeout: float = 600) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "monitor", *args], capture_output=True, text=True,
                          timeout=timeout, env=child_env(), cwd=str(ROOT))
    return proc, time.monotonic() - start


def set_mode(url: str, mode: str, latency_ms: int) -> None:
    req = urllib.request.Request(f"{url}/_mode?mode={mode}&latency_ms={latency_ms}", data=b"", method="POST")
    urllib.request.urlopen(req, timeout=5).close()


def translate_requests(log: Path, since: int) -> int:
    lines = log.read_text(encoding="utf-8").splitlines()[since:] if log.exists() else []
    return sum(1 for line in lines if json.loads(line)["path"].rstrip("/") == "/translate")


def log_lines(log: Path) -> int:
    return len(log.read_text(encoding="utf-8").splitlines()) if log.exists() else 0


def db_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(str(db))
    try:
        return dict(con.execute("SELECT translation_status, count(*) FROM items GROUP BY 1").fetchall())
    finally:
        con.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=80)
    ap.add_argument("--latency-ms", type=int, default=200)
    ap.add_argument("--site", help="serve this folder instead of a generated site (e.g. tests/sites/wp-klaster)")
    ap.add_argument("--start-path", default="/aktualnosci/")
    ap.add_argument("--host", default="127.0.0.61")
    ap.add_argument("--repeat", type=int, default=3, help="crawl pairs to run; medians are compared")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-translation-"))
    servers = []
    report: dict = {"latency_ms": args.latency_ms}
    try:
        if args.site:
            site = Path(args.site).resolve()
            expected_pl = None
        else:
            site = work / "site"
            site.mkdir()
            expected_pl = build_site(site, args.articles)
            report["articles"] = args.articles
        sites = start_server([sys.executable, str(TESTS / "sitesrv.py"), str(site), "--host", args.host])
        servers.append(sites)
        log = work / "libre.jsonl"
        libre = start_server([sys.executable, str(TESTS / "libre_server.py"), "--log", str(log)], log)
        servers.append(libre)
        sources = [{"name": "bench", "url": f"{sites.url}{args.start_path}", "max_pages": 50}]
        cfg = write_config(work / "cfg.toml", sources, monitor={"translator": "libre", "translator_url": libre.url + "/"})

        # 1-2. the same crawl without and with a slow translator, alternated --repeat times (fresh
        # databases each time); the medians are compared, since a shared machine is noisy
        walls_none, walls_slow = [], []
        for r in range(args.repeat):
            for f in ("none.db", "slow.db"):
                for suffix in ("", "-wal", "-shm"):
                    (work / (f + suffix)).unlink(missing_ok=True)
            set_mode(libre.url, "healthy", args.latency_ms)
            none, t_none = monitor("crawl", "--config", str(cfg), "--db", str(work / "none.db"), "--translator", "none")
            mark = log_lines(log)
            slow, t_slow = monitor("crawl", "--config", str(cfg), "--db", str(work / "slow.db"))
            walls_none.append(t_none)
            walls_slow.append(t_slow)
        t_none, t_slow = statistics.median(walls_none), statistics.median(walls_slow)
        report["walls_none_s"] = [round(w, 2) for w in walls_none]
        report["walls_slow_s"] = [round(w, 2) for w in walls_slow]
        report["crawl_none"] = {"rc": none.returncode, "wall_s": round(t_none, 2), "items": db_counts(work / "none.db")}
        report["crawl_slow"] = {"rc": slow.returncode, "wall_s": round(t_slow, 2), "items": db_counts(work / "slow.db"),
                                "translation_requests": translate_requests(log, mark)}
        report["latency_ratio"] = round(t_slow / t_none, 3)  # medians
        if expected_pl is None:
            expected_pl = sum(v for k, v in report["crawl_slow"]["items"].items() if k != "not_needed")

        # 3. recrawl of the unchanged site
        mark = log_lines(log)
        again, _ = monitor("crawl", "--config", str(cfg), "--db", str(work / "slow.db"))
        report["recrawl"] = {"rc": again.returncode, "translation_requests": translate_requests(log, mark)}

        # 4. outage, then `monitor translate`
        set_mode(libre.url, "503", 0)
        down, t_down = monitor("crawl", "--config", str(cfg), "--db", str(work / "outage.db"))
        during = db_counts(work / "outage.db")
        set_mode(libre.url, "healthy", 0)
        fix, t_fix = monitor("translate", "--db", str(work / "outage.db"), "--translator", "libre",
                             "--translator-url", libre.url)
        after = db_counts(work / "outage.db")
        report["outage"] = {"crawl_rc": down.returncode, "crawl_wall_s": round(t_down, 2), "during": during,
                            "pending_stored": during.get("pending", 0), "expected": expected_pl,
                            "translate_rc": fix.returncode, "translate_wall_s": round(t_fix, 2),
                            "translate_output": fix.stdout.strip(), "after": after}
        report["peak_rss_mb_of_children"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    finally:
        for s in servers:
            s.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            report["work"] = str(work)

    print(json.dumps(report, indent=2, ensure_ascii=False))
    ok = {
        "latency": report["latency_ratio"] <= 1.3,
        "recrawl": report["recrawl"]["translation_requests"] == 0,
        "outage_stored": report["outage"]["pending_stored"] == report["outage"]["expected"],
        "recovered": report["outage"]["translate_rc"] == 0 and report["outage"]["after"].get("pending", 0) == 0,
        "memory": report["peak_rss_mb_of_children"] < 300,
    }
    print(f"SUMMARY latency_ratio={report['latency_ratio']} (none {report['crawl_none']['wall_s']} s, "
          f"slow {report['crawl_slow']['wall_s']} s, {report['crawl_slow']['translation_requests']} requests) "
          f"recrawl_requests={report['recrawl']['translation_requests']} "
          f"outage_stored={report['outage']['pending_stored']}/{report['outage']['expected']} "
          f"recovered_rc={report['outage']['translate_rc']} peak_rss={report['peak_rss_mb_of_children']}MB "
          f"{'PASS' if all(ok.values()) else 'FAIL ' + ','.join(k for k, v in ok.items() if not v)}")
    return 0 if all(ok.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
