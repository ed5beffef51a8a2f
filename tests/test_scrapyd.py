"""Scale-out on Scrapyd: deploy this project with scrapyd-deploy to a Scrapyd node on loopback,
schedule a crawl through its HTTP API, find the items in the node's database and in its
JSON-lines feed, and merge that feed into a central database with `monitor import`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from helpers import child_env, run_monitor, write_config
from smtp_server import free_port

from storage import Store

REPO = Path(__file__).resolve().parent.parent
# scrapyd-deploy writes a setup.py when the project has none. Ours names the packages, their data
# and the Scrapy settings entry point (what Scrapyd reads to find monitor.settings).
SETUP_PY = """from setuptools import find_packages, setup
setup(name="monitor", version="1.0", packages=find_packages(include=["monitor*", "storage*"]),
      package_data={"monitor": ["data/*"]}, entry_points={"scrapy": ["settings = monitor.settings"]})
"""

pytest.importorskip("scrapyd")
pytest.importorskip("scrapyd_client")


def api(url: str, path: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{url}/{path}", body, timeout=30) as resp:
        return json.loads(resp.read())


@pytest.fixture
def scrapyd_node(tmp_path):
    """A Scrapyd node on 127.0.0.1 with a free port, its eggs, logs and item feeds in tmp_path."""
    node = tmp_path / "node"
    node.mkdir()
    port = free_port()
    (node / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\npoll_interval = 0.5\n"
        f"eggs_dir = {node}/eggs\nlogs_dir = {node}/logs\ndbs_dir = {node}/dbs\nitems_dir = file://{node}/items\n")
    proc = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=node, env=child_env(),
                            stdout=(node / "scrapyd.out").open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            assert api(url, "daemonstatus.json")["status"] == "ok"
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("scrapyd did not start: " + (node / "scrapyd.out").read_text()[-2000:])
            time.sleep(0.1)
    yield url, node
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def deploy(url: str, tmp_path: Path) -> dict:
    """scrapyd-deploy from a copy of the project (it writes setup.py and build files where it runs)."""
    proj = tmp_path / "project"
    for pkg in ("monitor", "storage"):
        shutil.copytree(REPO / pkg, proj / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    cfg = (REPO / "scrapy.cfg").read_text().replace("http://127.0.0.1:6800/", f"{url}/")
    (proj / "scrapy.cfg").write_text(cfg)
    (proj / "setup.py").write_text(SETUP_PY)
    done = subprocess.run([sys.executable, "-m", "scrapyd_client.deploy", "-v", "r1"], cwd=proj,
                          env=child_env(), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    return json.loads(done.stdout)


def test_deploy_to_scrapyd_schedule_a_crawl_and_merge_its_feed(scrapyd_node, site_server, tmp_path):
    url, node = scrapyd_node
    site = site_server("wp-klaster")
    answer = deploy(url, tmp_path)
    assert answer["status"] == "ok" and answer["spiders"] == 1
    assert api(url, "listspiders.json?project=monitor")["spiders"] == ["news"]

    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}])
    node_db = tmp_path / "node.db"
    job = api(url, "schedule.json", [
        ("project", "monitor"), ("spider", "news"), ("source", "wp"),
        ("setting", f"MONITOR_CONFIG={cfg}"), ("setting", f"MONITOR_DB={node_db}"),
        ("setting", "MONITOR_TRANSLATOR=none"), ("setting", "DOWNLOAD_DELAY=0"),
        ("setting", "AUTOTHROTTLE_ENABLED=False"),
    ])
    assert job["status"] == "ok", job
    deadline = time.monotonic() + 120
    while not any(j["id"] == job["jobid"] for j in api(url, "listjobs.json?project=monitor")["finished"]):
        assert time.monotonic() < deadline, "the Scrapyd job did not finish in 120 s"
        time.sleep(0.3)

    log = next((node / "logs").rglob(f"{job['jobid']}.log")).read_text(encoding="utf-8")
    feed = next((node / "items").rglob(f"{job['jobid']}.jl"))
    store = Store.open(str(node_db))
    node_items = sorted((i["url"], i["title"]) for i in store.items())
    store.close()
    assert len(node_items) == 6, log[-3000:]
    assert "Srebrna Odznaka ESCA dla Klastra Biotechnologii Małopolski" in {t for _, t in node_items}

    central = tmp_path / "central.db"
    merged = run_monitor("import", str(feed), "--db", str(central))
    assert merged.returncode == 0, merged.stderr
    assert "6 new, 0 already stored" in merged.stdout
    store = Store.open(str(central))
    assert sorted((i["url"], i["title"]) for i in store.items()) == node_items
    store.close()
