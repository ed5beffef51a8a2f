"""Faults around a crawl: the process killed, the database locked by another writer, the disk full
while a digest is written, a translator that fails every other request or is down for a whole
crawl. Real subprocesses, a real SQLite file, local HTTP servers."""

from __future__ import annotations

import csv
import io
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from helpers import TESTS, Server, child_env, item_count, item_rows, run_monitor, start_server, write_config

from storage import Store

SLOW = {"DOWNLOAD_DELAY": 0.4, "RANDOMIZE_DOWNLOAD_DELAY": False}


def integrity(db) -> tuple[str, list, list]:
    con = sqlite3.connect(str(db))
    try:
        return (con.execute("PRAGMA integrity_check").fetchone()[0], con.execute("PRAGMA foreign_key_check").fetchall(),
                con.execute("SELECT url, count(*) FROM items GROUP BY url HAVING count(*) > 1").fetchall())
    finally:
        con.close()


# ---------------------------------------------------------------------------------- SIGKILL
def test_sigkill_mid_crawl_then_rerun_loses_nothing_doubles_nothing_and_the_database_is_intact(site_server, tmp_path):
    site = site_server("slow-news")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "slow", "url": f"{site.url}/news/"}], scrapy=SLOW)
    clean = tmp_path / "clean.db"
    assert run_monitor("crawl", "--config", str(cfg), "--db", str(clean)).returncode == 0
    expected = item_rows(clean)

    db = tmp_path / "killed.db"
    kills = []
    for at in (3, 7):                       # killed twice, at different points of the crawl
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "crawl", "--config", str(cfg), "--db", str(db)],
                                env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 90
        while item_count(db) < at and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        assert proc.poll() is None, "the crawl finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        kills.append(item_count(db))
        assert integrity(db) == ("ok", [], []), "the database is intact right after a SIGKILL"
        assert set(item_rows(db)) <= set(expected), "what was stored before the kill is complete and correct"
    assert kills[0] < len(expected) and kills[1] < len(expected), kills

    rerun = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert item_rows(db) == expected, "nothing lost, nothing doubled"
    assert integrity(db) == ("ok", [], [])


# ---------------------------------------------------------------------------------- locked database
def hold_write_lock(db):
    con = sqlite3.connect(str(db), isolation_level=None, check_same_thread=False)
    con.execute("BEGIN IMMEDIATE")          # what another crawl's write transaction holds
    return con


def test_a_database_locked_by_another_writer_is_waited_for_then_a_clear_error(site_server, tmp_path):
    site = site_server("slow-news")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "slow", "url": f"{site.url}/news/"}])
    db = tmp_path / "m.db"
    Store.open(str(db)).close()
    con = hold_write_lock(db)
    site.clear_log()
    try:
        start = time.monotonic()
        result = run_monitor("crawl", "--config", str(cfg), "--db", str(db), MONITOR_DB_BUSY_TIMEOUT="2")
        waited = time.monotonic() - start
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    assert str(db) in result.stderr and "locked by another writer" in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert 2 <= waited < 30, waited
    assert [r for r in site.requests() if r["path"].startswith("/news/item-")] == [], "nothing crawled for nothing"

    again = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert again.returncode == 0 and item_count(db) == 12, again.stderr[-2000:]


def test_a_lock_released_within_the_busy_timeout_is_waited_for(site_server, tmp_path):
    site = site_server("slow-news")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "slow", "url": f"{site.url}/news/"}])
    db = tmp_path / "m.db"
    Store.open(str(db)).close()
    con = hold_write_lock(db)
    release = threading.Timer(1.5, lambda: (con.execute("ROLLBACK"), con.close()))
    release.start()
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db), MONITOR_DB_BUSY_TIMEOUT="20")
    release.join()
    assert result.returncode == 0, result.stderr[-2000:]
    assert item_count(db) == 12


# ---------------------------------------------------------------------------------- disk full
def on_a_full_disk(out_dir, argv: list[str], size: str = "4k") -> tuple[subprocess.CompletedProcess[str], list[str], str]:
    """Run argv with out_dir a tiny tmpfs (a real ENOSPC), in a private mount namespace of its own
    (nothing mounted outside it). Returns the result, the folder's listing and digest.csv afterwards."""
    if subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("needs unshare -rm (user and mount namespaces) to mount a tiny tmpfs")
    script = (f'mount -t tmpfs -o size={size} tmpfs "$OUT" || exit 99; '
              'printf "the digest of yesterday\\n" > "$OUT/digest.csv"; '
              '"$@" 2>"$OUT.stderr"; rc=$?; ls -a "$OUT" > "$OUT.list"; cat "$OUT/digest.csv" > "$OUT.kept"; exit $rc')
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", *argv], capture_output=True, text=True,
                            env={**child_env(), "OUT": str(out_dir)}, timeout=120)
    assert result.returncode != 99, "could not mount the tmpfs"
    result.stderr = (out_dir.parent / f"{out_dir.name}.stderr").read_text(encoding="utf-8")
    listing = (out_dir.parent / f"{out_dir.name}.list").read_text(encoding="utf-8").split()
    return result, sorted(set(listing) - {".", ".."}), (out_dir.parent / f"{out_dir.name}.kept").read_text("utf-8")


def test_a_full_disk_while_writing_a_digest_is_a_clear_error_and_leaves_no_half_written_file(site_server, tmp_path):
    site = site_server("slow-news")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "slow", "url": f"{site.url}/news/"}])
    db = tmp_path / "m.db"
    assert run_monitor("crawl", "--config", str(cfg), "--db", str(db)).returncode == 0
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "digest.csv"
    for fmt in ("csv", "html"):
        # a 4 KB tmpfs whose one page holds yesterday's digest: not a byte left for today's
        result, listing, kept = on_a_full_disk(out_dir, [sys.executable, "-m", "monitor", "digest", "--db", str(db),
                                                         "--all", "--format", fmt, "-o", str(target)])
        assert result.returncode == 1, (result.returncode, result.stderr[-1500:])
        assert f"cannot write {target}" in result.stderr and "No space left on device" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
        assert kept == "the digest of yesterday\n", "the earlier digest is untouched"
        assert listing == ["digest.csv"], "no temporary file is left behind"


# ---------------------------------------------------------------------------------- translator faults
@pytest.fixture
def libre(tmp_path) -> Server:
    log = tmp_path / "libre.jsonl"
    server = start_server([sys.executable, str(TESTS / "libre_server.py"), "--log", str(log)], log)
    yield server
    server.stop()


def set_mode(server: Server, mode: str) -> None:
    import urllib.request

    urllib.request.urlopen(urllib.request.Request(f"{server.url}/_mode?mode={mode}", method="POST"), timeout=10).read()


def translated(title: str) -> str:
    return f"EN<pl>: {title}"


def polish(db) -> dict[str, dict]:
    s = Store.open(str(db))
    try:
        return {i["url"]: i for i in s.items() if i["language"] == "pl"}
    finally:
        s.close()


def test_a_flapping_translator_leaves_items_pending_then_monitor_translate_completes_them(site_server, libre, tmp_path):
    site = site_server("wp-klaster")
    set_mode(libre, "flapping")
    # no retries during the crawl, so the flapping shows: about half the texts fail
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}],
                       monitor={"translator": "libre", "translator_url": libre.url + "/"},
                       scrapy={"MONITOR_TRANSLATOR_RETRIES": 0, "MONITOR_TRANSLATOR_CONCURRENCY": 1})
    db = tmp_path / "m.db"
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert result.returncode == 0, result.stderr[-2000:]
    items = polish(db)
    assert len(items) == 5
    statuses = sorted(i["translation_status"] for i in items.values())
    assert "pending" in statuses, statuses
    for i in items.values():                # never a half or wrong translation marked done
        if i["translation_status"] == "done":
            assert i["title_en"] == translated(i["title"])
        else:
            assert i["translation_status"] == "pending" and not i["title_en"]

    back = run_monitor("translate", "--db", str(db), "--translator", "libre", "--translator-url", libre.url)
    assert back.returncode == 0, back.stdout + back.stderr[-2000:]
    assert "0 still pending" in back.stdout
    for i in polish(db).values():
        assert i["translation_status"] == "done" and i["title_en"] == translated(i["title"]), i["url"]


def digest_rows(db) -> list[dict]:
    out = run_monitor("digest", "--db", str(db), "--all", "--format", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout.lstrip("\ufeff"))))
    return sorted(({k: v for k, v in r.items() if k != "first_seen"} for r in rows), key=lambda r: r["url"])


def test_after_an_outage_and_monitor_translate_the_store_and_digest_are_those_of_a_healthy_run(
        site_server, libre, tmp_path):
    """Every Polish item gets its English title, and the digest is row for row the one a crawl with
    a healthy translator gives (an item that joins an English story once translated is shown in that
    story's also_at, as in the healthy run)."""
    sources = [{"name": "wp", "url": f"{site_server('wp-klaster').url}/aktualnosci/"}]
    cfg = write_config(tmp_path / "cfg.toml", sources, monitor={"translator": "libre", "translator_url": libre.url + "/"})
    set_mode(libre, "healthy")
    healthy = tmp_path / "healthy.db"
    assert run_monitor("crawl", "--config", str(cfg), "--db", str(healthy)).returncode == 0

    set_mode(libre, "503")
    db = tmp_path / "outage.db"
    assert run_monitor("crawl", "--config", str(cfg), "--db", str(db)).returncode == 0
    during = polish(db)
    assert during and all(i["translation_status"] == "pending" and not i["title_en"] for i in during.values())

    set_mode(libre, "healthy")
    back = run_monitor("translate", "--db", str(db), "--translator", "libre", "--translator-url", libre.url)
    assert back.returncode == 0 and "0 still pending" in back.stdout, back.stdout + back.stderr[-2000:]
    after = polish(db)
    assert sorted(after) == sorted(polish(healthy))
    missing = [u for u, i in after.items() if i["title_en"] != polish(healthy)[u]["title_en"] or not i["title_en"]]
    assert missing == [], "Polish items without their English title after `monitor translate`"
    got, want = digest_rows(db), digest_rows(healthy)
    diffs = [(w["url"], k, g.get(k), w[k]) for g, w in zip(got, want) for k in w if g.get(k) != w[k]]
    assert [(r["url"], r["also_at"]) for r in got] == [(r["url"], r["also_at"]) for r in want]
    assert len(got) == len(want) and diffs == [], diffs
