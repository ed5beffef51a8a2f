#!/usr/bin/env python3
"""Dates, summaries and listing pages on fixture sites no rule was written against (issue 12).

    python bench/unseen_sites.py [--sites heldout|heldout2|...|heldout10|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|tuning|tuning5|tuning7|tuning8|tuning9|tuning12|tuning13|NAME,NAME] [--json OUT] [-v]

`--sites heldout` (default) takes every tests/sites/heldout-* folder; `--sites heldout2` the second
held-out set (tests/sites/heldout2-*, written after the first had been looked at); `--sites heldout3` the
third (tests/sites/heldout3-*, written from scratch while rules were changed elsewhere); `--sites heldout4`
the fourth (tests/sites/heldout4-*, written from scratch and measured before any rule saw it); `--sites heldout5`
the fifth (tests/sites/heldout5-*, written from scratch on templates unlike the first four, measured before any
rule saw it); `--sites heldout6` the sixth (tests/sites/heldout6-*, written from scratch on five more templates
unlike the first five sets, measured before any rule saw it); `--sites heldout7` the seventh (tests/sites/heldout7-*: a Hugo
EN cluster network, a TYPO3 PL agency with tx_news query URLs and a Drupal 10 PL/EN cluster without hreflang, written from
scratch, measured before any rule saw it); `--sites heldout8` the eighth (tests/sites/heldout8-*: an ASP.NET/SharePoint-like PL
ministry with /Strony/...aspx and legacy ?id= URLs, a Ghost-like EN European platform with JSON-LD ISO-8601 times, and a Divi
page-builder PL/EN cluster read from a Yoast-like sitemap index, written from scratch, measured before any rule saw it); `--sites heldout9` the ninth (tests/sites/heldout9-*: a Drupal-like
PL regional agency with extensionless paths, ?page=N listings and an RSS feed, and a Hugo-like EN/PL cluster alliance read
from a sitemap index of two language sitemaps, written from scratch, measured before any rule saw it);
`--sites heldout10` the tenth (tests/sites/heldout10-*: an ISO-8859-2 table-layout PL chamber, an EN agency with relative
bylines and absolute dates in attributes, a PL/EN university transfer office with dates only in URL paths; written from
scratch to be harder on dates and stories, measured before any rule saw it);
`--sites tuning` the tuning sites (tests/sites/tuning-*), `--sites tuning5` those of the fifth
round (tests/sites/tuning5-*), `--sites tuning7` the story-grouping sites of round 7 (tests/sites/tuning7-*: one
story told on a bilingual cluster site, an English awarding body and a Polish agency; series traps), `--sites tuning8` those of language sections and short items (tests/sites/tuning8-*), `--sites tuning9` one site's news in two languages linked by hreflang one way, a switcher or nothing (tests/sites/tuning9-*, written by bench/make_tuning9_sites.py), `--sites tuning13` numeric dates whose day/month order is ambiguous (tests/sites/tuning13-*: a Drupal-like US-order byline with weekdays, a PL/EN site of dotted pl-PL and short en-US dates, modification and event traps; written by bench/make_tuning13_sites.py), `--sites tuning14` odd but valid articles and article-like non-articles (tests/sites/tuning14-*: a winners table or list, two sentences and a PDF, text in <div>s, a date only in the URL or a JSON-LD @graph, a 1 MB page, a print copy, a headline only in og:title, a mislabelled charset, a BOM, entities, broken markup, <noscript>, redirects, tag/category/search pages and soft 404s; written by bench/make_tuning14_sites.py), `--sites heldout14own` its own held-out site (never tuned on), `--sites tuning15` page furniture between the headline and the lead (tests/sites/tuning15-*: event when/where boxes, key-facts tables, author bios, captions, share bars, breadcrumbs, tags, kickers, banners, tables of contents, agendas, slogans; written by bench/make_tuning15_sites.py; its own held-out site tuning15own-drupal-fundacja-plen, by bench/make_tuning15own_site.py, is named on its own), `--sites tuning12` news whose only identity is a query string (TYPO3 tx_news, Joomla without SEF URLs, ASP.NET/PHP scripts; tests/sites/tuning12-*, written by bench/make_tuning12_sites.py);
a comma-separated list names folders. Each site is served by
tests/sitesrv.py on its own 127.0.0.X address, and the set is crawled end to end by one
`python -m monitor crawl` run (translator none, one source per site) into a fresh SQLite file; the
stored items are compared with the site's `_expected.json` (path, title, published, date_shape, traps,
summary_start, optional lang, furniture, award, award_kind, story and series keys) and `_unseen.json` (start path,
source type, listing pages that must not be stored).

Prints per site and in total:
- date accuracy by date shape ("weekday-nominative-time", "roman", "dnia-dotted-r", ...) and by trap
  (a modification date, an event date or a deadline printed on the page beside the real one);
- summary quality: the share of expected items whose summary starts with their own lead (or their
  own per-page description), by the kind of page furniture the truth says is printed above the lead
  ("furniture": event-box, key-facts, author-bio, caption, ...), and the number of summaries shared by two
  items of different stories;
- listing pages stored as articles, expected items missing, unexpected items stored;
- where the truth says so: award precision and recall of the is_award flag (recall per "award_kind"),
  the share of stories told by several items (e.g. one award on a Polish and an English site) that
  come out as one story, and wrong merges (one story row holding items of different stories). Stories are split by kind from
  their items' sites and "lang" (same site two languages, different sites same language, different
  sites different languages); items sharing a "series" key (a yearly call schedule, numbered
  editions) are different stories, and `series_merged` counts series two of whose posts share a row.
Exit 0 always (a measurement); tests/test_unseen_sites.py holds the floors.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "tests" / "sites"
FIRST_IP = 181


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost,127.0.0.0/8"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["PYTHONUNBUFFERED"] = "1"
    for key in ("MONITOR_TRANSLATOR", "MONITOR_TRANSLATOR_URL", "MONITOR_TRANSLATOR_KEY", "MONITOR_DB"):
        env.pop(key, None)
    return env


def site_names(which: str) -> list[str]:
    # a set is every folder named after it: heldout8-*, tuning13-*, heldout14own-* (a tuning set's own held-out part)
    if re.fullmatch(r"(heldout|tuning)\d*(own)?", which):
        return sorted(p.name for p in SITES.glob(f"{which}-*") if (p / "_unseen.json").exists())
    return [n.strip() for n in which.split(",") if n.strip()]


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _serve(name: str, ip: str) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "sitesrv.py"), str(SITES / name), "--host", ip],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    line = server.stdout.readline() if server.stdout else ""
    if not line.startswith("READY"):
        server.kill()
        raise RuntimeError(f"{name}: site server did not start: {line!r}")
    return server, line.split()[1].rstrip("/")


def crawl_sites(names: list[str], workdir: Path) -> dict[str, tuple[str, list[dict[str, Any]]]]:
    """Serve every fixture site of the set on its own address and crawl them all in one
    `monitor crawl` run into one SQLite file (as a user would, so stories can join across sites);
    {site: (base URL, its stored rows)}."""
    servers: list[subprocess.Popen] = []
    try:
        bases: dict[str, str] = {}
        sources = []
        for n, name in enumerate(names):
            server, base = _serve(name, f"127.0.0.{FIRST_IP + n}")
            servers.append(server)
            bases[name] = base
            meta = json.loads((SITES / name / "_unseen.json").read_text(encoding="utf-8"))
            sources.append(f'[[sources]]\nname = "{name}"\nurl = "{base}{meta["start"]}"\n'
                           f'type = "{meta.get("type", "site")}"\n')
        cfg = workdir / "sites.toml"
        db = workdir / "sites.db"
        cfg.write_text(
            '[monitor]\ntranslator = "none"\n\n[scrapy]\nDOWNLOAD_DELAY = 0\nAUTOTHROTTLE_ENABLED = false\n'
            'DOWNLOAD_TIMEOUT = 10\nRETRY_TIMES = 0\n\n' + "\n".join(sources), encoding="utf-8")
        proc = subprocess.run([sys.executable, "-m", "monitor", "crawl", "--config", str(cfg), "--db", str(db)],
                              capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=900)
        if proc.returncode != 0:
            raise RuntimeError(f"{','.join(names)}: crawl exited {proc.returncode}: {proc.stderr[-2000:]}")
        conn = sqlite3.connect(db)
        conn.row_factory = sqlite3.Row
        try:
            rows = [dict(r) for r in conn.execute(
                "SELECT source, url, title, published, summary, story_id, is_award FROM items")]
        finally:
            conn.close()
        return {name: (bases[name], [r for r in rows if r["source"] == name]) for name in names}
    finally:
        for server in servers:
            server.terminate()
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()


def score_site(name: str, base: str, rows: list[dict[str, Any]], verbose: bool = False) -> dict[str, Any]:
    """Figures of one crawled site against its expectations."""
    want = json.loads((SITES / name / "_expected.json").read_text(encoding="utf-8"))
    meta = json.loads((SITES / name / "_unseen.json").read_text(encoding="utf-8"))
    got = {r["url"]: r for r in rows}
    out: dict[str, Any] = {"dates": defaultdict(lambda: [0, 0]), "traps": defaultdict(lambda: [0, 0]),
                           "furniture": defaultdict(lambda: [0, 0]),
                           "summary_own": 0, "titles": 0, "expected": len(want), "missing": [], "wrong": []}
    for row in want:
        item = got.get(base + row["path"])
        if item is None:
            out["missing"].append(row["path"])
            continue
        date_ok = item["published"] == row["published"]
        out["dates"][row["date_shape"]][0] += date_ok
        out["dates"][row["date_shape"]][1] += 1
        for trap in row.get("traps", []):
            out["traps"][trap][0] += date_ok
            out["traps"][trap][1] += 1
        summary = _norm(item["summary"])
        own = any(summary.startswith(_norm(start)) for start in row["summary_start"])
        out["summary_own"] += own
        for kind in row.get("furniture", []):
            out["furniture"][kind][0] += own
            out["furniture"][kind][1] += 1
        out["titles"] += _norm(item["title"]) == _norm(row["title"])
        if not date_ok:
            out["wrong"].append(f"date {row['path']}: {item['published']} != {row['published']}")
        if not own:
            out["wrong"].append(f"summary {row['path']}: {summary[:90]!r}")
        if _norm(item["title"]) != _norm(row["title"]):
            out["wrong"].append(f"title {row['path']}: {item['title']!r}")
    listing = {base + p for p in meta.get("listing_pages", [])}
    expected_urls = {base + r["path"] for r in want}
    out["listing_stored"] = sorted(u[len(base):] for u in got if u in listing)
    out["unexpected"] = sorted(u[len(base):] for u in got if u not in expected_urls and u not in listing)
    by_summary: dict[str, set] = defaultdict(set)
    for r in rows:
        if _norm(r["summary"]):
            by_summary[_norm(r["summary"])].add(r["story_id"] if r["story_id"] is not None else r["url"])
    out["shared_summaries"] = sum(1 for stories in by_summary.values() if len(stories) > 1)
    return out


def ratio(good: int, total: int) -> float | None:
    return round(good / total, 4) if total else None


def totals(per_site: dict[str, dict[str, Any]]) -> dict[str, Any]:
    dates: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    traps: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for fig in per_site.values():
        for shape, (g, t) in fig["dates"].items():
            dates[shape][0] += g
            dates[shape][1] += t
        for trap, (g, t) in fig["traps"].items():
            traps[trap][0] += g
            traps[trap][1] += t
    furniture: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for fig in per_site.values():
        for kind, (g, t) in fig["furniture"].items():
            furniture[kind][0] += g
            furniture[kind][1] += t
    found = sum(f["expected"] - len(f["missing"]) for f in per_site.values())
    expected = sum(f["expected"] for f in per_site.values())
    return {
        "date_accuracy": ratio(sum(g for g, _ in dates.values()), sum(t for _, t in dates.values())),
        "date_accuracy_by_shape": {s: ratio(g, t) for s, (g, t) in sorted(dates.items())},
        "date_accuracy_by_trap": {s: ratio(g, t) for s, (g, t) in sorted(traps.items())},
        "summary_own_lead": ratio(sum(f["summary_own"] for f in per_site.values()), found),
        "summary_own_lead_min_site": min((ratio(f["summary_own"], f["expected"] - len(f["missing"])) or 0.0
                                          for f in per_site.values()), default=None),
        "summary_own_by_furniture": {k: ratio(g, t) for k, (g, t) in sorted(furniture.items())},
        "shared_summaries": sum(f["shared_summaries"] for f in per_site.values()),
        "listing_pages_stored": sum(len(f["listing_stored"]) for f in per_site.values()),
        "title_accuracy": ratio(sum(f["titles"] for f in per_site.values()), found),
        "recall": ratio(found, expected),
        "unexpected_items": sum(len(f["unexpected"]) for f in per_site.values()),
    }


def score_awards_and_stories(crawled: dict[str, tuple[str, list[dict[str, Any]]]]) -> dict[str, Any]:
    """Award flags against the truth's "award", and story rows against its "story" keys (items of one
    key must share one story; items of different keys or none must not). Sites whose truth has no
    such keys add nothing."""
    flagged, truth_rows = {}, []
    for name, (base, rows) in crawled.items():
        got = {r["url"]: r for r in rows}
        for row in json.loads((SITES / name / "_expected.json").read_text(encoding="utf-8")):
            item = got.get(base + row["path"])
            if item is not None and "award" in row:
                truth_rows.append((name + row["path"], row, item))
    tp = sum(1 for _, row, item in truth_rows if row["award"] and item["is_award"])
    fp = sum(1 for _, row, item in truth_rows if not row["award"] and item["is_award"])
    fn = sum(1 for _, row, item in truth_rows if row["award"] and not item["is_award"])
    keys: dict[str, list[Any]] = defaultdict(list)
    for _, row, item in truth_rows:
        if row.get("story"):
            keys[row["story"]].append(item["story_id"])
    together = sum(1 for ids in keys.values() if len(ids) > 1 and None not in ids and len(set(ids)) == 1)
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    members: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for where, row, item in truth_rows:
        if row.get("story"):
            members[row["story"]].append((where.split("/", 1)[0], row.get("lang", "")))
    for key, ids in keys.items():
        if len(ids) > 1:
            sites, langs = {s for s, _ in members[key]}, {lang for _, lang in members[key]}
            kind = ("same-site-two-langs" if len(sites) == 1 else
                    "cross-site-same-lang" if len(langs) == 1 else "cross-site-cross-lang")
            kinds[kind][0] += None not in ids and len(set(ids)) == 1
            kinds[kind][1] += 1
    series: dict[str, list[Any]] = defaultdict(list)
    for where, row, item in truth_rows:
        if row.get("series"):
            series[row["series"]].append(item["story_id"])
    series_merged = [k for k, ids in series.items()
                     if len([i for i in ids if i is not None]) > len({i for i in ids if i is not None})]
    award_kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, row, item in truth_rows:
        if row["award"] and row.get("award_kind"):
            award_kinds[row["award_kind"]][0] += bool(item["is_award"])
            award_kinds[row["award_kind"]][1] += 1
    by_story: dict[Any, set] = defaultdict(set)
    for where, row, item in truth_rows:
        if item["story_id"] is not None:
            by_story[item["story_id"]].add(row.get("story") or where)
    flagged = {
        "award_precision": ratio(tp, tp + fp), "award_recall": ratio(tp, tp + fn),
        "award_wrong": [w for w, row, item in truth_rows if bool(row["award"]) != bool(item["is_award"])],
        "stories_together": ratio(together, sum(1 for ids in keys.values() if len(ids) > 1)),
        "stories_apart": [k for k, ids in keys.items() if len(ids) > 1 and not (None not in ids and len(set(ids)) == 1)],
        "wrong_merges": sum(1 for groups in by_story.values() if len(groups) > 1),
        "stories_together_by_kind": {k: ratio(g, t) for k, (g, t) in sorted(kinds.items())},
        "series_merged": series_merged,
        "award_recall_by_kind": {k: ratio(g, t) for k, (g, t) in sorted(award_kinds.items())},
    }
    return flagged


def measure(names: list[str], verbose: bool = False) -> dict[str, Any]:
    per_site: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="unseen-") as tmp:
        crawled = crawl_sites(names, Path(tmp))
    for name, (base, rows) in crawled.items():
        per_site[name] = score_site(name, base, rows, verbose)
    result = {"sites": {}, "total": totals(per_site)}
    result["total"].update(score_awards_and_stories(crawled))
    for name, fig in per_site.items():
        t = totals({name: fig})
        t.update(wrong=fig["wrong"], listing_stored=fig["listing_stored"], missing=fig["missing"],
                 unexpected=fig["unexpected"])
        result["sites"][name] = t
    return result


def print_report(result: dict[str, Any], verbose: bool) -> None:
    for name, fig in result["sites"].items():
        print(f"{name}: dates {fig['date_accuracy']} summaries own {fig['summary_own_lead']} "
              f"shared {fig['shared_summaries']} listing stored {fig['listing_pages_stored']} "
              f"titles {fig['title_accuracy']} recall {fig['recall']} unexpected {fig['unexpected_items']}")
        if verbose:
            for line in fig["wrong"] + [f"listing stored {p}" for p in fig["listing_stored"]] + \
                    [f"missing {p}" for p in fig["missing"]] + [f"unexpected {p}" for p in fig["unexpected"]]:
                print(f"    {line}")
    t = result["total"]
    print("\ndate shape                         accuracy")
    for shape, acc in t["date_accuracy_by_shape"].items():
        print(f"  {shape:<32} {acc}")
    print("trap (other date on the page)      accuracy")
    for trap, acc in t["date_accuracy_by_trap"].items():
        print(f"  {trap:<32} {acc}")
    if t["summary_own_by_furniture"]:
        print("furniture above the lead          own leads")
        for kind, share in t["summary_own_by_furniture"].items():
            print(f"  {kind:<32} {share}")
    print(f"\nTOTAL dates={t['date_accuracy']} summary_own_lead={t['summary_own_lead']} "
          f"(worst site {t['summary_own_lead_min_site']}) shared_summaries={t['shared_summaries']} "
          f"listing_pages_stored={t['listing_pages_stored']} titles={t['title_accuracy']} recall={t['recall']} "
          f"unexpected={t['unexpected_items']}")
    if t["award_recall"] is not None or t["stories_together"] is not None:
        print(f"awards precision={t['award_precision']} recall={t['award_recall']} "
              f"stories_together={t['stories_together']} wrong_merges={t['wrong_merges']}")
        if t["stories_together_by_kind"] or t["award_recall_by_kind"]:
            print(f"stories together by kind {t['stories_together_by_kind']} series merged {t['series_merged']}\n"
                  f"award recall by kind {t['award_recall_by_kind']}")
        if verbose:
            for line in [f"award flag wrong {w}" for w in t["award_wrong"]] + \
                    [f"story not one row {k}" for k in t["stories_apart"]]:
                print(f"    {line}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", default="heldout",
                    help="heldout | heldout2 | heldout3 | heldout4 | heldout5 | heldout6 | heldoutN | tuningN (e.g. heldout8, tuning13) | NAME,NAME (folders of tests/sites)")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong date, summary and title")
    args = ap.parse_args()
    result = measure(site_names(args.sites), args.verbose)
    print_report(result, args.verbose)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
