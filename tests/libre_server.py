"""A LibreTranslate-compatible test server with failure modes, run as a subprocess.

    python tests/libre_server.py [--host 127.0.0.1] [--port 0] [--mode healthy] [--latency-ms 0] --log FILE

Prints `READY http://HOST:PORT/` when listening. POST /translate takes q, source, target, format,
api_key from the query string, a form or a JSON body, and answers {"translatedText": "EN<source>: q"}
(a recognisable translation; with --glossary FILE the phrases of that JSON object are first replaced
by their translations, so a test can have real English words). Modes, switchable at run time with POST /_mode?mode=NAME&latency_ms=N:

  healthy        answer every request
  503            HTTP 503 with a JSON error
  429-then-ok    every first request for a text gets 429 (Retry-After: 0), the next one succeeds
  slow           sleep latency_ms (default 3000) before answering
  garbage-html   HTTP 200 with an HTML error page
  garbage-empty  HTTP 200 with {"translatedText": ""}
  echo           HTTP 200 with the text unchanged
  flapping       every other /translate request gets HTTP 503 (the 1st, 3rd, 5th... fail)

A request line over 8,192 bytes gets 414 (like nginx). Every request is logged as one JSON line
{"t", "method", "path", "status", "mode", "q", "source", "target", "api_key", "url_length"}.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODES = ("healthy", "503", "429-then-ok", "slow", "garbage-html", "garbage-empty", "echo", "flapping")
MAX_REQUEST_LINE = 8192


class State:
    def __init__(self, mode: str, latency_ms: int, log_path: str):
        self.mode = mode
        self.latency_ms = latency_ms
        self.lock = threading.Lock()
        self.seen_429: set[str] = set()
        self.calls = 0
        self.glossary: dict[str, str] = {}   # phrases replaced in q, for tests that need real English words
        self.log = open(log_path, "a", encoding="utf-8", buffering=1)

    def write(self, record: dict) -> None:
        with self.lock:
            self.log.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.log.flush()


def make_handler(state: State):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet
            pass

        def _params(self) -> dict:
            split = urllib.parse.urlsplit(self.path)
            params = dict(urllib.parse.parse_qsl(split.query, keep_blank_values=True))
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if raw:
                if "json" in (self.headers.get("Content-Type") or ""):
                    params.update(json.loads(raw.decode("utf-8")))
                else:
                    params.update(urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            return params

        def _send(self, status: int, body: bytes, ctype: str, params: dict, headers: dict | None = None):
            # Logged before answering: a test that reads the log right after its call must find the call.
            state.write({"t": round(time.time(), 4), "method": self.command,
                         "path": urllib.parse.urlsplit(self.path).path, "status": status, "mode": state.mode,
                         "q": params.get("q"), "source": params.get("source"), "target": params.get("target"),
                         "api_key": params.get("api_key"), "url_length": len(self.path)})
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _json(self, status: int, obj, params: dict, headers: dict | None = None):
            self._send(status, json.dumps(obj, ensure_ascii=False).encode("utf-8"), "application/json", params, headers)

        def do_GET(self):
            path = urllib.parse.urlsplit(self.path).path
            if path.rstrip("/") == "/languages":
                return self._json(200, [{"code": c, "name": c, "targets": ["en", "pl"]} for c in ("en", "pl", "de")], {})
            return self._json(404, {"error": "Not Found"}, {})

        def do_POST(self):
            if len(self.path) > MAX_REQUEST_LINE:
                return self._send(414, b"<html><body><h1>414 Request-URI Too Large</h1></body></html>",
                                  "text/html", {"q": None})
            path = urllib.parse.urlsplit(self.path).path.rstrip("/")
            params = self._params()
            if path == "/_mode":
                state.mode = params.get("mode", state.mode)
                state.latency_ms = int(params.get("latency_ms", state.latency_ms))
                state.seen_429.clear()
                return self._json(200, {"mode": state.mode, "latency_ms": state.latency_ms}, params)
            if path != "/translate":
                return self._json(404, {"error": "Not Found"}, params)
            q = params.get("q")
            if not q:
                return self._json(400, {"error": "Invalid request: missing q parameter"}, params)
            mode = state.mode
            if state.latency_ms and mode != "slow":
                time.sleep(state.latency_ms / 1000)
            if mode == "503":
                return self._json(503, {"error": "Service Unavailable"}, params)
            if mode == "flapping":
                with state.lock:
                    state.calls += 1
                    fail = state.calls % 2 == 1
                if fail:
                    return self._json(503, {"error": "Service Unavailable"}, params)
            if mode == "429-then-ok":
                with state.lock:
                    first = q not in state.seen_429
                    state.seen_429.add(q)
                if first:
                    return self._json(429, {"error": "Too many requests"}, params, {"Retry-After": "0"})
            if mode == "slow":
                time.sleep((state.latency_ms or 3000) / 1000)
            if mode == "garbage-html":
                page = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>oops</body></html>"
                return self._send(200, page, "text/html", params)
            if mode == "garbage-empty":
                return self._json(200, {"translatedText": ""}, params)
            if mode == "echo":
                return self._json(200, {"translatedText": q}, params)
            for phrase, english in state.glossary.items():
                q = q.replace(phrase, english)
            return self._json(200, {"translatedText": f"EN<{params.get('source')}>: {q}"}, params)

    return Handler


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="LibreTranslate-compatible test server")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--mode", choices=MODES, default="healthy")
    ap.add_argument("--latency-ms", type=int, default=0, help="delay before every answer")
    ap.add_argument("--log", required=True)
    ap.add_argument("--glossary", help="JSON object {source phrase: translation} applied to q before the EN<src> prefix")
    args = ap.parse_args(argv)
    state = State(args.mode, args.latency_ms, args.log)
    if args.glossary:
        with open(args.glossary, encoding="utf-8") as fh:
            state.glossary = json.load(fh)
    srv = Server((args.host, args.port), make_handler(state))
    print(f"READY http://{args.host}:{srv.server_address[1]}/", flush=True)
    try:
        srv.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
