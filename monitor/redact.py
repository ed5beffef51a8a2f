"""Keep secrets (API keys, passwords) out of every log line, whatever library wrote it.

Some libraries put credentials in URLs (deep-translator sends LibreTranslate's api_key in the query
string, and requests repeats the URL in its exceptions), so redaction happens at the log handlers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

MASK = "***"


class RedactSecrets(logging.Filter):
    """Replace each secret by *** in the message, its arguments and its traceback."""

    def __init__(self, secrets: Iterable[str]):
        super().__init__()
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the caller's problem, not a reason to leak
            message = str(record.msg)
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


def install_redaction(secrets: Iterable[str]) -> RedactSecrets:
    """Add a redacting filter to every handler of the root logger."""
    flt = RedactSecrets(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(flt)
    return flt
