"""`monitor import`: JSON-lines feed exports of the news spider (as Scrapyd nodes write them)
merged into one database without duplicates."""

from __future__ import annotations

import json
import subprocess
import sys

from helpers import child_env, run_monitor, write_config
from storage import Store

REPO = __import__("pathlib").Path(__file__).resolve().parent.parent


def export_items(cfg, node_db, out, source):
    """What a Scrapyd node runs: the spider with a feed export (and its own database)."""
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"source={source}", "-O", f"{out}:jsonlines",
         "-s", f"MONITOR_CONFIG={cfg}", "-s", f"MONITOR_DB={node_db}", "-s", "MONITOR_TRANSLATOR=none",
         "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING"],
        cwd=REPO, capture_output=True, text=True, timeout=300, env=child_env())
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def items(db):
    store = Store.open(str(db))
    try:
        return sorted((i["source"], i["url"], i["title"], i["published"], i["language"]) for i in store.items())
    finally:
        store.close()


def test_two_nodes_exports_merge_into_one_database_without_duplicates(site_server, tmp_path):
    a, b = site_server("wp-klaster"), site_server("layout-v1")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{a.url}/aktualnosci/"},
                                               {"name": "technopark", "url": f"{b.url}/news/"}])
    exported_a = export_items(cfg, tmp_path / "node1.db", tmp_path / "node1.jl", "wp")
    exported_b = export_items(cfg, tmp_path / "node2.db", tmp_path / "node2.jl", "technopark")
    assert len(exported_a) == 6 and len(exported_b) == 4

    central = tmp_path / "central.db"
    first = run_monitor("import", str(tmp_path / "node1.jl"), str(tmp_path / "node2.jl"), "--db", str(central))
    assert first.returncode == 0, first.stderr
    assert f"{tmp_path / 'node1.jl'}: 6 new, 0 already stored" in first.stdout
    again = run_monitor("import", str(tmp_path / "node1.jl"), "--db", str(central))
    assert f"{tmp_path / 'node1.jl'}: 0 new, 6 already stored" in again.stdout

    merged = items(central)
    assert merged == sorted(items(tmp_path / "node1.db") + items(tmp_path / "node2.db"))
    store = Store.open(str(central))
    silver = next(i for i in store.items() if "srebrna" in i["url"])
    store.close()
    assert silver["is_award"] == 1 and silver["award_level"] == "silver" and silver["story_id"] is not None

    # The merged items flow into the digest like crawled ones (one row per story, the rest in also_at).
    digest = run_monitor("digest", "--db", str(central), "--new", "--format", "json")
    rows = json.loads(digest.stdout)
    urls = [r["url"] for r in rows] + [u for r in rows for u in r["also_at"].split()]
    assert sorted(urls) == sorted(url for _, url, *_ in merged)


def test_unusable_lines_are_reported_and_the_rest_imported(tmp_path):
    jl = tmp_path / "items.jl"
    jl.write_text("\n".join([
        json.dumps({"url": "http://example.org/a", "source": "x", "title": "A title", "language": "en",
                    "translation_status": "not_needed"}),
        "{not json",
        json.dumps({"url": "http://example.org/b", "source": "x"}),
    ]) + "\n", encoding="utf-8")
    result = run_monitor("import", str(jl), "--db", str(tmp_path / "m.db"))
    assert result.returncode == 1
    assert f"{jl}: 1 new, 0 already stored, 2 unusable lines" in result.stdout
    assert f"skipped {jl}:3: missing 'title'" in result.stderr
