"""Back-pressure on translation (issue 10): Backlog counts, waits and wakes in order; a crawl with a
backlog of one item still translates every item."""

from __future__ import annotations

import asyncio
import sys
from typing import Iterator

import pytest

from helpers import TESTS, Server, run_monitor, start_server, write_config
from monitor.pipelines.translate import Backlog
from storage import Store
from test_translation import set_mode


def test_admit_waits_while_full_and_leave_wakes_in_order():
    async def scenario() -> list[str]:
        backlog = Backlog(2)
        order: list[str] = []
        backlog.enter()                  # an item in translation: never waits
        await backlog.admit()            # room for one more
        assert backlog.full and backlog.count == 2

        async def download(name: str) -> None:
            await backlog.admit()
            order.append(name)

        waiting = [asyncio.ensure_future(download(n)) for n in ("a", "b")]
        await asyncio.sleep(0)
        assert order == []               # both held while full
        backlog.leave()
        await asyncio.sleep(0)
        assert order == ["a"] and backlog.count == 2   # the woken one is counted at once
        backlog.leave()
        await asyncio.gather(*waiting)
        assert order == ["a", "b"] and backlog.count == 2 and backlog.peak == 2
        return order

    asyncio.run(scenario())


def test_a_cancelled_wait_gives_its_place_back():
    async def scenario() -> None:
        backlog = Backlog(1)
        await backlog.admit()
        held = asyncio.ensure_future(backlog.admit())
        await asyncio.sleep(0)
        held.cancel()
        await asyncio.sleep(0)
        backlog.leave()
        assert backlog.count == 0
        await backlog.admit()            # not blocked by the cancelled waiter
        assert backlog.count == 1

    asyncio.run(scenario())


@pytest.fixture(scope="module")
def libre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("libre-backlog") / "requests.jsonl"
    server = start_server([sys.executable, str(TESTS / "libre_server.py"), "--log", str(log)], log)
    yield server
    server.stop()


def test_a_crawl_with_a_backlog_of_one_translates_every_item(site_server, libre, tmp_path):
    site = site_server("wp-klaster")
    set_mode(libre, "healthy")
    db = tmp_path / "m.db"
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}],
                       monitor={"translator": "libre", "translator_url": libre.url + "/"},
                       scrapy={"MONITOR_TRANSLATOR_BACKLOG": 1})
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert result.returncode == 0, result.stderr[-2000:]
    store = Store.open(str(db))
    try:
        stored = list(store.items())
    finally:
        store.close()
    assert len(stored) == 6
    assert sorted(i["translation_status"] for i in stored) == ["done"] * 5 + ["not_needed"]
