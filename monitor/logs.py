"""Structured logs for unattended runs: one line per event, key=value, secrets masked.

    ts=2024-05-02T06:30:01Z level=info event=crawl.source source=wp status=ok new=3

`event(name, **fields)` writes one such line through the "monitor.events" logger; records from
other loggers (Scrapy's warnings) are written in the same shape with `event=log msg="..."`.
`configure(log_file=...)` adds a size-rotating file handler, as the scheduled job uses.
Values of known secrets (SMTP password, translator key) are replaced by *** before anything is
written, whichever logger produced the record.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import os
import re
from typing import Any

from monitor.redact import add_environment_secrets, mask

EVENTS = "monitor.events"
ROTATE_BYTES = 1_000_000
ROTATE_KEEP = 5
_BARE = re.compile(r"^[A-Za-z0-9_.:/@+\-,]+$")

logger = logging.getLogger(EVENTS)
def _value(v: Any) -> str:
    if v is None:
        return '""'
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v)
    if _BARE.match(s):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def format_fields(fields: dict[str, Any]) -> str:
    """key=value pairs (None left out), values quoted only when they contain spaces or quotes."""
    return " ".join(f"{k}={_value(v)}" for k, v in fields.items() if v is not None)


def event(name: str, level: int = logging.INFO, **fields: Any) -> None:
    """Log one event: `event(name, source="wp", new=3)`."""
    logger.log(level, name, extra={"fields": fields})


class KeyValueFormatter(logging.Formatter):
    """ts=... level=... event=... k=v ...; exceptions folded into one line."""

    def format(self, record: logging.LogRecord) -> str:
        ts = dt.datetime.fromtimestamp(record.created, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        head: dict[str, Any] = {"ts": ts, "level": record.levelname.lower()}
        if record.name == EVENTS:
            head["event"] = record.getMessage()
            head.update(getattr(record, "fields", {}))
        else:
            head.update({"event": "log", "logger": record.name, "msg": record.getMessage()})
        if record.exc_info:
            exc = self.formatException(record.exc_info)
            # Our own failures keep the whole traceback (folded); other libraries' only their last line.
            head["exc"] = exc if record.name.startswith("monitor") else exc.strip().splitlines()[-1]
        return mask(format_fields(head))


class _EventsOrWarnings(logging.Filter):
    """Our events at INFO and up; other libraries' records at WARNING and up."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= (logging.INFO if record.name.startswith("monitor") else logging.WARNING)


def configure(log_file: str | None = None, stderr: bool = True) -> list[logging.Handler]:
    """Send events to stderr and/or a rotating file (1 MB x 5) in the key=value shape."""
    add_environment_secrets()
    handlers: list[logging.Handler] = []
    if log_file:
        os.makedirs(os.path.dirname(os.path.abspath(log_file)), exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            log_file, maxBytes=ROTATE_BYTES, backupCount=ROTATE_KEEP, encoding="utf-8"))
    if stderr:
        handlers.append(logging.StreamHandler())
    root = logging.getLogger()
    for h in handlers:
        h.setFormatter(KeyValueFormatter())
        h.addFilter(_EventsOrWarnings())
        logger.addHandler(h)
    if log_file:
        # The file also gets other libraries' warnings (Scrapy's); stderr already shows those.
        root.addHandler(handlers[0])
        if root.level > logging.WARNING:
            root.setLevel(logging.WARNING)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return handlers
