"""Secrets never reach a log line, even inside URLs and tracebacks written by libraries."""

from __future__ import annotations

import io
import logging

from monitor.redact import RedactSecrets


def logger_with_redaction(secret):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactSecrets([secret]))
    log = logging.getLogger(f"test-redact-{secret}")
    log.addHandler(handler)
    log.propagate = False
    return log, stream


def test_a_key_in_a_logged_url_is_masked():
    log, stream = logger_with_redaction("S3CRET-KEY")
    log.warning("request to %s failed", "http://h/translate?q=x&api_key=S3CRET-KEY")
    assert stream.getvalue() == "request to http://h/translate?q=x&api_key=*** failed\n"


def test_a_key_inside_an_exception_traceback_is_masked():
    log, stream = logger_with_redaction("S3CRET-KEY")
    try:
        raise ConnectionError("Max retries exceeded with url: /translate?api_key=S3CRET-KEY")
    except ConnectionError:
        log.exception("translation failed")
    assert "S3CRET-KEY" not in stream.getvalue()
    assert "api_key=***" in stream.getvalue()
