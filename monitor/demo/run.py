"""Run the demo: serve the sample sites and the translator, crawl them with `monitor crawl`, serve the result.

The crawl is the ordinary command in a subprocess (the same spiders, pipelines, translation and
story grouping a real run uses), so the demo shows what monitor does, not a pre-filled database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from monitor.demo.servers import Running, serve_site, serve_translator

# (source name, sample site, listing path, language): two languages of one cluster, an agency
# reporting the same award, and an English-only cluster.
SOURCES = [
    ("baltic-pl", "baltic-maritime-cluster", "pl/aktualnosci/", "pl"),
    ("baltic-en", "baltic-maritime-cluster", "en/news/", "en"),
    ("mazovia-agency-pl", "mazovia-innovation-agency", "aktualnosci/", "pl"),
    ("nordic-health-en", "nordic-health-cluster", "news/", "en"),
]


@dataclass
class Demo:
    sites: dict[str, Running]
    translator: Running
    config: Path

    def stop(self) -> None:
        for server in [*self.sites.values(), self.translator]:
            server.stop()


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def start(workdir: Path, db: Path) -> Demo:
    """Start the servers and write the demo's config (workdir/demo-sources.toml)."""
    sites = {name: serve_site(name) for name in sorted({s[1] for s in SOURCES})}
    translator = serve_translator()
    lines = ["[monitor]", f"database = {_toml_str(str(db))}", 'translator = "libre"',
             f"translator_url = {_toml_str(translator.url)}", "",
             "[scrapy]", "DOWNLOAD_DELAY = 0", "AUTOTHROTTLE_ENABLED = false", "RETRY_TIMES = 0", ""]
    for name, site, path, language in SOURCES:
        lines += ["[[sources]]", f"name = {_toml_str(name)}", f"url = {_toml_str(sites[site].url + path)}",
                  f"language = {_toml_str(language)}", ""]
    config = workdir / "demo-sources.toml"
    config.write_text("\n".join(lines), encoding="utf-8")
    return Demo(sites, translator, config)


def crawl(demo: Demo, db: Path) -> int:
    """`monitor crawl` on the demo config; its output goes to ours. Returns its exit status."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"  # the servers are on loopback
    for key in ("MONITOR_TRANSLATOR", "MONITOR_TRANSLATOR_URL", "MONITOR_DB"):
        env.pop(key, None)  # the demo config decides
    return subprocess.run([sys.executable, "-m", "monitor", "crawl", "--config", str(demo.config), "--db", str(db)],
                          env=env).returncode
