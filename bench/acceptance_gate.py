#!/usr/bin/env python3
"""Acceptance gate: run the shared acceptance scorer and fail when a figure falls below its floor.

    python bench/acceptance_gate.py [--corpus ../shared/acceptance/corpus] [--floors bench/acceptance_floors.json]

Floors are the figures the project has reached (raise them as figures rise; never lower one to
make a change land). Exit 0 when every floor holds, 1 otherwise, 2 when the scorer is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lookup(result: dict, path: str):
    cur = result
    for part in path.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def outage_translated(result: dict, corpus: str) -> float | None:
    """Share of the Polish items of the outage run whose stored title_en is right after `monitor translate`.

    Read from the outage database itself: the scorer's own `outage.recovered` counts only items that
    keep a digest row of their own, so an item that translation lets join its English story (shown in
    that row's also_at, as in the healthy run) counts there as not recovered although it is translated.
    """
    db = os.path.join(result.get("workdir") or "", "outage", "outage.db")
    if not os.path.exists(db):
        return None
    with open(os.path.join(corpus, "truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    key = lambda url: (urlsplit(url).path.rstrip("/"), urlsplit(url).query)  # noqa: E731  (port may differ)
    want = {key(a["url"]): a["title_en"] for a in truth["articles"] if a["language"] != "en"}
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT url, title_en FROM items").fetchall()
    finally:
        conn.close()
    polish = [(key(url), title_en) for url, title_en in rows if key(url) in want]
    if not polish:
        return None
    good = sum(1 for k, title_en in polish if " ".join((title_en or "").split()) == " ".join(want[k].split()))
    return round(good / len(polish), 4)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "acceptance", "corpus"))
    ap.add_argument("--floors", default=os.path.join(ROOT, "bench", "acceptance_floors.json"))
    ap.add_argument("--with-latency", action="store_true", help="also run the slow-translator latency step")
    args = ap.parse_args()
    scorer = os.path.join(os.path.dirname(os.path.abspath(args.corpus)), "tools", "score.py")
    if not os.path.exists(scorer):
        print(f"acceptance gate: scorer not found at {scorer}", file=sys.stderr)
        return 2
    with open(args.floors, encoding="utf-8") as fh:
        floors = json.load(fh)
    with tempfile.TemporaryDirectory(prefix="acceptance-") as tmp:
        out = os.path.join(tmp, "score.json")
        cmd = [sys.executable, scorer, "--corpus", args.corpus, "--json", out, "--workdir", tmp,
               "--monitor", f"{sys.executable} -m monitor"]
        if not args.with_latency:
            cmd.append("--skip-latency")
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        summary = [line for line in proc.stdout.splitlines() if line.startswith("SUMMARY")]
        print(summary[-1] if summary else proc.stdout[-2000:])
        try:
            with open(out, encoding="utf-8") as fh:
                result = json.load(fh)
        except OSError:
            print(f"acceptance gate: the scorer wrote no result\n{proc.stderr[-3000:]}", file=sys.stderr)
            return 1
        result["gate"] = {"outage_pl_translated_in_db": outage_translated(result, args.corpus)}
    failed = []
    for path, rule in floors.items():
        value = lookup(result, path)
        op, target = rule["op"], rule["value"]
        ok = value is not None and {">=": lambda: value >= target, "<=": lambda: value <= target,
                                    "==": lambda: value == target}[op]()
        print(f"{'ok  ' if ok else 'FAIL'} {path} = {value} (floor {op} {target})")
        if not ok:
            failed.append(path)
    if failed:
        print(f"acceptance gate: {len(failed)} figure(s) below their floor: {', '.join(failed)}", file=sys.stderr)
        return 1
    print(f"acceptance gate: {len(floors)} floors hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
