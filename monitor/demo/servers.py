"""Loopback HTTP servers for the demo: the sample sites and a LibreTranslate-compatible translator.

The translator knows the sample sites' Polish titles and leads (translations.json, written with
the sites) and translates any other text word by word from a small glossary, so the demo shows
English titles without a translation service or internet access. It speaks the LibreTranslate API
the `libre` provider uses: POST /translate with q, source, target in the query string or form.
"""

from __future__ import annotations

import functools
import json
import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
SITES = HERE / "sites"
TRANSLATIONS = HERE / "translations.json"


class _Server(ThreadingHTTPServer):
    daemon_threads = True


class _QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:  # the demo's output is the crawl summary, not access logs
        pass


class Running:
    """A server running in a daemon thread; `url` ends with '/'."""

    def __init__(self, server: ThreadingHTTPServer):
        self.server = server
        host, port = server.server_address[:2]
        self.url = f"http://{host}:{port}/"
        self.thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def site_names() -> list[str]:
    return sorted(p.name for p in SITES.iterdir() if p.is_dir())


def serve_site(name: str, host: str = "127.0.0.1") -> Running:
    """Serve sites/NAME (a folder of static pages; /a/b/ -> a/b/index.html) on a free port."""
    handler = functools.partial(_QuietFiles, directory=str(SITES / name))
    return Running(_Server((host, 0), handler))


class Glossary:
    """Polish to English: whole phrases first, then sentence by sentence, then word by word."""

    def __init__(self, data: dict[str, Any]):
        self.phrases: dict[str, str] = data["phrases"]
        self.words: dict[str, str] = data["words"]

    @classmethod
    def bundled(cls) -> "Glossary":
        return cls(json.loads(TRANSLATIONS.read_text(encoding="utf-8")))

    def translate(self, text: str) -> str:
        if text.strip() in self.phrases:
            return self.phrases[text.strip()]
        sentences = re.split(r"(?<=[.!?])\s+", text.strip())
        return " ".join(self.phrases.get(s) or self._words(s) for s in sentences)

    def _words(self, sentence: str) -> str:
        def word(m: re.Match[str]) -> str:
            w = m.group(0)
            english = self.words.get(w.lower())
            if english is None:
                return w
            return english.capitalize() if w[:1].isupper() else english
        return re.sub(r"\w+", word, sentence)


def serve_translator(host: str = "127.0.0.1", glossary: Glossary | None = None) -> Running:
    """A LibreTranslate-compatible translator on a free port."""
    glossary = glossary or Glossary.bundled()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _json(self, status: int, obj: Any) -> None:
            body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            if urllib.parse.urlsplit(self.path).path.rstrip("/") == "/languages":
                return self._json(200, [{"code": c, "name": c, "targets": ["en", "pl"]} for c in ("en", "pl")])
            return self._json(404, {"error": "Not Found"})

        def do_POST(self) -> None:
            split = urllib.parse.urlsplit(self.path)
            params = dict(urllib.parse.parse_qsl(split.query))
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                raw = self.rfile.read(length).decode("utf-8")
                params.update(json.loads(raw) if "json" in (self.headers.get("Content-Type") or "")
                              else dict(urllib.parse.parse_qsl(raw)))
            if split.path.rstrip("/") != "/translate":
                return self._json(404, {"error": "Not Found"})
            if not params.get("q"):
                return self._json(400, {"error": "Invalid request: missing q parameter"})
            text = params["q"] if params.get("source") == "en" else glossary.translate(params["q"])
            return self._json(200, {"translatedText": text})

    return Running(_Server((host, 0), Handler))
