"""Exit codes of the monitor commands, in a module of their own so that commands that do not crawl
(digest, search, serve, ...) need not import Scrapy through monitor.runner."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit codes of the monitor commands."""

    OK = 0
    ERROR = 1       # e.g. translations still pending after `monitor translate`
    USAGE = 2       # bad config or command line
    PARTIAL = 3     # some sources failed, the others were stored
