"""Shared fixtures: test websites on loopback addresses and stores (helpers live in helpers.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterator

import pytest

from helpers import SITES, TESTS, Server, next_loopback_ip, start_server
from storage import Store


@pytest.fixture(scope="session")
def site_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Server]]:
    """Factory: serve tests/sites/NAME on its own 127.0.0.X address (one server per name per session)."""
    servers: dict[str, Server] = {}
    logdir = tmp_path_factory.mktemp("sitelogs")

    def serve(name: str) -> Server:
        if name not in servers:
            log = logdir / f"{name}.jsonl"
            ip = next_loopback_ip()
            servers[name] = start_server(
                [sys.executable, str(TESTS / "sitesrv.py"), str(SITES / name), "--host", ip, "--log", str(log)], log
            )
        return servers[name]

    yield serve
    for s in servers.values():
        s.stop()


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "monitor.db"
