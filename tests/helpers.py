"""Helpers the tests share: the monitor CLI in a subprocess, helper servers, configs, stored items.

A plain module, not conftest.py, so that test files in any folder import it by one name.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest
import tomli_w

from storage import Store

TESTS = Path(__file__).parent
SITES = TESTS / "sites"
_next_ip = itertools.count(31)


def next_loopback_ip() -> str:
    """A fresh 127.0.0.X address for one more test site."""
    return f"127.0.0.{next(_next_ip)}"


def child_env(**extra: str) -> dict[str, str]:
    """The environment for monitor subprocesses: no proxies, loopback only."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost,127.0.0.0/8"
    env["PYTHONUNBUFFERED"] = "1"
    for key in ("MONITOR_TRANSLATOR", "MONITOR_TRANSLATOR_URL", "MONITOR_TRANSLATOR_KEY", "MONITOR_DB"):
        env.pop(key, None)
    env.update(extra)
    return env


@dataclass
class Server:
    """A helper HTTP server running in a subprocess."""

    url: str
    proc: subprocess.Popen
    log_path: Path | None = None

    @property
    def host(self) -> str:
        return self.url.split("//", 1)[1].split(":", 1)[0]

    def requests(self) -> list[dict[str, Any]]:
        if not self.log_path or not self.log_path.exists():
            return []
        return [json.loads(line) for line in self.log_path.read_text(encoding="utf-8").splitlines() if line]

    def clear_log(self) -> None:
        if self.log_path and self.log_path.exists():
            self.log_path.write_text("")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def start_server(argv: list[str], log_path: Path | None = None, timeout: float = 15) -> Server:
    """Start a server subprocess that prints `READY <url>` and return it."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())
    line = proc.stdout.readline() if proc.stdout else ""
    if not line.startswith("READY"):
        proc.kill()
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"server {argv} did not start: {line!r} {err[-500:]}")
    return Server(url=line.split()[1].rstrip("/"), proc=proc, log_path=log_path)


def write_config(path: Path, sources: list[dict[str, Any]], monitor: dict[str, Any] | None = None,
                 scrapy: dict[str, Any] | None = None, **tables: Any) -> Path:
    """Write a monitor TOML config with fast, test-friendly Scrapy settings."""
    data: dict[str, Any] = {"monitor": {"translator": "none", **(monitor or {})}}
    data["scrapy"] = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 10,
                      "RETRY_TIMES": 0, **(scrapy or {})}
    data.update(tables)
    data["sources"] = sources
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def run_monitor(*args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the monitor CLI in a subprocess (a Twisted reactor cannot restart in-process)."""
    return subprocess.run([sys.executable, "-m", "monitor", *args], capture_output=True, text=True,
                          timeout=timeout, env=child_env(**env))


def run_monitor_measured(*args: str, timeout: float = 300, **env: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """run_monitor, also answering the child's peak RSS in MB (its own rusage, not that of earlier children)."""
    proc = subprocess.Popen([sys.executable, "-m", "monitor", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=child_env(**env))
    out: dict[str, str] = {}
    readers = [threading.Thread(target=lambda k=k, f=f: out.__setitem__(k, f.read()))
               for k, f in (("stdout", proc.stdout), ("stderr", proc.stderr))]
    for r in readers:
        r.start()
    killer = threading.Timer(timeout, proc.kill)
    killer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        killer.cancel()
    for r in readers:
        r.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    result = subprocess.CompletedProcess(proc.args, proc.returncode, out.get("stdout", ""), out.get("stderr", ""))
    return result, usage.ru_maxrss / 1024


def expected(site_name: str, base: str) -> dict[str, dict[str, Any]]:
    """A fixture site's `_expected.json` rows by absolute URL on the served base."""
    rows = json.loads((SITES / site_name / "_expected.json").read_text(encoding="utf-8"))
    return {base + r["path"]: r for r in rows}


def stored(db: Path) -> dict[str, dict[str, Any]]:
    """The items of a database file by URL."""
    s = Store.open(str(db))
    try:
        return {i["url"]: i for i in s.items()}
    finally:
        s.close()


def item_rows(db: Path) -> list[tuple]:
    """(source, url, title, published, language) of every stored item, by URL: what a rerun must reproduce."""
    con = sqlite3.connect(str(db))
    try:
        return con.execute("SELECT source, url, title, published, language FROM items ORDER BY url").fetchall()
    finally:
        con.close()


def item_count(db: Path) -> int:
    """Items stored so far; 0 while a crawl has not created the schema yet."""
    try:
        con = sqlite3.connect(str(db), timeout=30)
        try:
            return con.execute("SELECT count(*) FROM items").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def monitor_serve(db: Path, tries: int = 150) -> Iterator[str]:
    """`monitor serve` on a free loopback port; yields its base URL once it answers, stops it after."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())
    base = f"http://127.0.0.1:{port}"
    for _ in range(tries):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("monitor serve did not start: " + proc.stderr.read())
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
