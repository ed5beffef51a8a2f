"""Keep secrets (API keys, passwords) out of every log line, whatever library wrote it.

Some libraries put credentials in URLs (deep-translator sends LibreTranslate's api_key in the query
string, and requests repeats the URL in its exceptions), so redaction happens at the log handlers,
over one registry of known secret values.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable

MASK = "***"
# Environment variables whose values are secrets (translation keys, SMTP password).
SECRET_ENV = ("MONITOR_TRANSLATOR_KEY", "MONITOR_SMTP_PASSWORD", "DEEPL_API_KEY", "MICROSOFT_API_KEY",
              "LIBRE_API_KEY")
MIN_SECRET_LENGTH = 4   # shorter values would mask ordinary words

_secrets: set[str] = set()


def add_secrets(values: Iterable[str | None]) -> None:
    """Remember values that must never appear in a log line (short values are ignored)."""
    _secrets.update(v for v in values if v and len(v) >= MIN_SECRET_LENGTH)


def add_environment_secrets(environ: dict[str, str] | None = None) -> None:
    """Remember the values of the SECRET_ENV variables that are set."""
    env = os.environ if environ is None else environ
    add_secrets(env.get(k) for k in SECRET_ENV)


def mask(text: str) -> str:
    """text with every known secret replaced by ***."""
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


class RedactSecrets(logging.Filter):
    """Replace each known secret by *** in the message, its arguments and its traceback."""

    def __init__(self, secrets: Iterable[str | None] = ()):
        super().__init__()
        add_secrets(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        if not _secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the caller's problem, not a reason to leak
            message = str(record.msg)
        record.msg, record.args = mask(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        return True


def install_redaction(secrets: Iterable[str | None] = ()) -> RedactSecrets:
    """Register secrets (and the secret environment variables) and filter every root handler."""
    add_environment_secrets()
    flt = RedactSecrets(secrets)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactSecrets) for f in handler.filters):
            handler.addFilter(flt)
    return flt
