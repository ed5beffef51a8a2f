"""Peak memory and time of a crawl with two browser sources (issue 14: peak RSS < 600 MB).

    python bench/js_sites.py [--limit-mb 600] [--runs 1]

Serves the fixture sites tests/sites/js-load-more and tests/sites/js-fetch-json, each on its own
127.0.0.X address (tests/sitesrv.py), and runs `monitor crawl` in a subprocess:

1. both sources with render = "browser": each listing is rendered in the system Chromium (one
   browser for the crawl, shared by the two sources), "load more" pressed until gone;
2. the same two sources with render = "auto": the cheaper ways are tried first (JSON endpoints
   named in scripts), the browser only where they fail.

Memory is the whole process tree (monitor, Playwright's Node driver, every Chromium process),
sampled every 50 ms from /proc: the peak of the summed RSS (shared pages counted in each
process: Chromium's ~70 MB binary and libraries count once per process, so with eight processes
this is an upper bound far above what the machine gives) and of the summed PSS (each shared page
split between the processes that map it: what the crawl costs the machine). Prints a table and
exits 1 when the summed RSS or the PSS peak of a run is over --limit-mb, 2 when a crawl failed or stored fewer
articles than the sites hold. Nothing here is a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
SITES = {"js-load-more": ("127.0.0.241", "/"), "js-fetch-json": ("127.0.0.242", "/")}


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _kind(pid: int, root: int) -> str:
    """Which part of the crawl a process is: the Python crawl, Playwright's driver, or Chromium."""
    if pid == root:
        return "python"
    try:
        exe = os.path.basename(os.readlink(f"/proc/{pid}/exe"))
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "other"
    # the launcher's /bin/sh wrapper (Debian's /usr/bin/chromium*) counts with the browser
    return "node" if exe.startswith("node") else "chromium" if b"chrom" in cmdline else exe


def _tree_kb(root: int) -> tuple[int, int, dict[str, int]]:
    """(summed RSS, summed PSS, PSS by kind) in kB of root and all its descendants."""
    tree, todo, rss, pss = _children(), [root], 0, 0
    kinds: dict[str, int] = {}
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
                    kind = _kind(pid, root)
                    kinds[kind] = kinds.get(kind, 0) + int(line.split()[1])
        except OSError:
            pass
    return rss, pss, kinds


def measure(argv: list[str], env: dict[str, str]
            ) -> tuple[subprocess.CompletedProcess[str], float, int, int, dict[str, int]]:
    """Run argv; return (result, seconds, peak RSS kB, peak PSS kB, PSS by kind at that peak)."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak: list = [0, 0, {}]

    def sample() -> None:
        while proc.poll() is None:
            rss, pss, kinds = _tree_kb(proc.pid)
            peak[0] = max(peak[0], rss)
            if pss > peak[1]:
                peak[1], peak[2] = pss, kinds
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    return (subprocess.CompletedProcess(argv, proc.returncode, out, err), time.monotonic() - start,
            peak[0], peak[1], peak[2])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit-mb", type=float, default=600)
    ap.add_argument("--runs", type=int, default=1, help="crawls per mode (the worst peak is reported)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from monitor.render.browser import ChromiumNotFound, find_chromium

    try:
        chromium = find_chromium()
    except ChromiumNotFound as exc:
        print(exc, file=sys.stderr)
        return 2
    sys.path.insert(0, str(TESTS))
    from helpers import child_env, start_server, write_config

    env = child_env(PYTHONPATH=str(ROOT))
    servers = {name: start_server([sys.executable, str(TESTS / "sitesrv.py"), str(TESTS / "sites" / name),
                                   "--host", ip]) for name, (ip, _) in SITES.items()}
    want = sum(len(json.loads((TESTS / "sites" / n / "_expected.json").read_text("utf-8"))) for n in SITES)
    status, rows = 0, []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for mode in ("browser", "auto"):
                worst, worst_rss = None, 0
                for run in range(args.runs):
                    cfg = write_config(Path(tmp) / f"{mode}.toml", [
                        {"name": name, "url": servers[name].url + path, "render": mode}
                        for name, (_, path) in SITES.items()])
                    db = Path(tmp) / f"{mode}-{run}.db"
                    result, secs, rss, pss, kinds = measure(
                        [sys.executable, "-m", "monitor", "crawl", "--config", str(cfg), "--db", str(db)], env)
                    stored = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
                    if result.returncode != 0 or f"{want} new items" not in stored:
                        print(result.stderr[-3000:], file=sys.stderr)
                        status = 2
                    worst_rss = max(worst_rss, rss)
                    if worst is None or pss > worst[3]:
                        worst = (result, secs, rss, pss, kinds, stored)
                result, secs, rss, pss, kinds, stored = worst
                if max(worst_rss, pss) / 1024 > args.limit_mb and status == 0:
                    status = 1
                notes = [line.split(" (", 1)[-1][:-1] for line in result.stderr.splitlines()
                         if line.startswith("[") and "crawling" not in line and line.endswith(")")]
                split = ", ".join(f"{kind} {kb / 1024:.0f}" for kind, kb in sorted(kinds.items()))
                rows.append((mode, worst_rss / 1024, pss / 1024, secs, result.returncode, stored,
                             [f"PSS at the peak, MB: {split}"] + notes))
    finally:
        for server in servers.values():
            server.stop()
    print(f"browser: {chromium}")
    print(f"{'render':8} {'peak RSS':>9} {'peak PSS':>9} {'seconds':>8} exit  stored")
    for mode, rss, pss, secs, code, stored, notes in rows:
        print(f"{mode:8} {rss:7.0f} MB {pss:7.0f} MB {secs:8.1f} {code:4}  {stored}")
        for note in notes:
            print(f"{'':10}{note}")
    print(f"limit: peak RSS and PSS < {args.limit_mb:.0f} MB with two browser sources: "
          + ("ok" if status != 1 else "OVER"))
    return status


if __name__ == "__main__":
    sys.exit(main())
