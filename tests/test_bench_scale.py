"""bench/scale.py keeps working: its quick mode crawls a small mirror with both crawlers, recrawls it,
builds a small store and reports the table and the JSON (figures are not asserted: they depend on
the machine)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import child_env

ROOT = Path(__file__).resolve().parent.parent


def test_scale_benchmark_quick_mode_prints_the_table_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "scale.json"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "scale.py"), "--quick", "--no-translator",
                           "--json", str(out)], capture_output=True, text=True, env=child_env(), timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    for figure in ("CPU ms per page", "pages/s", "peak RSS MB", "recrawl: article pages downloaded",
                   "digest --all --format csv", "search median ms"):
        assert figure in proc.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["machine"]["cores"] >= 1
    mirror = result["mirror"]
    assert result["monitor_crawl"]["items"] == mirror["articles"]          # every style was crawled
    assert result["bare_scrapy"]["pages"] > mirror["articles"]
    assert result["recrawl"]["article_downloads"] == 0                       # nothing downloaded again
    assert result["store"]["digest"]["rows"] > 0
    assert result["store"]["store_path_full_scans"] == []                   # lookups by index only
