"""A static test website server: serves a folder of saved pages on one loopback address.

    python tests/sitesrv.py tests/sites/NAME --host 127.0.0.31 [--port 0] [--log requests.jsonl]

Prints `READY http://HOST:PORT` when listening. URL to file mapping:
  /                 -> index.html
  /a/b/             -> a/b/index.html
  /a/b.html         -> a/b.html
  /news.php?id=3    -> news.php__id=3 (the query after a double underscore; '&' kept)
  /list/?page=2     -> list/index__page=2.html
  /n?a[b]=1         -> n__a%5Bb%5D=1 (raw brackets in a query are read as their %5B %5D form)
Optional `_site.json` in the folder: {"charset": "windows-1250", "send_charset": true,
"routes": {"/path?query": {"status": 500} | {"redirect": "/new", "redirect_status": 308} | {"delay_ms": 1500}
| {"encode": "windows-1250"} | {"bom": true} | {"raw": true}}, "etag": true}. A redirect is a 301 unless
"redirect_status" says otherwise, and its Location is sent as written (relative ones too). "encode" sends that
page's bytes in another charset than the one its Content-Type declares (a CMS that mislabels a page); "bom" puts
a UTF-8 byte-order mark before the page; "raw" sends the file's bytes as they are (a page mixing two encodings).
With "etag", every file is served with an ETag (a hash of its bytes) and a
Last-Modified (its mtime), and a request whose If-None-Match matches (or, without one, whose
If-Modified-Since is not older than the file) gets 304 Not Modified with no body.
Files are stored as UTF-8 and encoded to the site's charset when served. Every request is logged
as one JSON line (method, path, status) when --log is given.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import threading
import time
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

TYPES = {
    ".html": "text/html", ".htm": "text/html", ".php": "text/html", ".xml": "application/xml",
    ".rss": "application/rss+xml", ".atom": "application/atom+xml", ".txt": "text/plain",
    ".gz": "application/gzip", ".json": "application/json", ".js": "application/javascript",
}


def make_handler(root: str, site: dict, log_path: str | None):
    lock = threading.Lock()
    charset = site.get("charset", "utf-8")
    send_charset = site.get("send_charset", True)
    routes = site.get("routes", {})
    etags = bool(site.get("etag", False))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet
            pass

        def _log(self, status: int) -> None:
            if log_path:
                with lock, open(log_path, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps({"method": self.command, "path": self.path, "status": status,
                                         "ua": self.headers.get("User-Agent", "")}) + "\n")

        def _send(self, status: int, body: bytes = b"", ctype: str = "text/plain", headers: dict | None = None):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            self._log(status)

        def _file_for(self, path: str, query: str) -> str | None:
            rel = unquote(path).lstrip("/")
            if ".." in rel.split("/"):
                return None
            candidates = []
            # a query with raw brackets (tx_news_pi1[news]=3) is the file of its encoded form (%5B, %5D),
            # as a PHP server reads both alike
            encoded = query.replace("[", "%5B").replace("]", "%5D").replace("%5b", "%5B").replace("%5d", "%5D")
            for q in dict.fromkeys(q for q in (query, encoded) if q):
                if rel == "" or rel.endswith("/"):
                    candidates.append(os.path.join(rel, f"index__{q}.html"))
                else:
                    candidates += [f"{rel}__{q}", f"{rel}__{q}.html"]
            if not query:
                candidates.append(os.path.join(rel, "index.html") if rel == "" or rel.endswith("/") else rel)
            for c in candidates:
                full = os.path.join(root, c)
                if os.path.isfile(full):
                    return full
            return None

        def do_HEAD(self):
            self.do_GET()

        def do_GET(self):
            parts = urlsplit(self.path)
            key = parts.path + (f"?{parts.query}" if parts.query else "")
            route = routes.get(key, {})
            if route.get("delay_ms"):
                time.sleep(route["delay_ms"] / 1000)
            if "status" in route:
                return self._send(route["status"], b"error", "text/html")
            if "redirect" in route:
                return self._send(route.get("redirect_status", 301), b"", "text/html", {"Location": route["redirect"]})
            path = self._file_for(parts.path, parts.query)
            if path is None:
                return self._send(404, b"<html><body><h1>404 Not Found</h1></body></html>", "text/html")
            ext = os.path.splitext(path.split("__")[0])[1] or os.path.splitext(path)[1]
            ctype = TYPES.get(ext, TYPES.get(os.path.splitext(path)[1], "text/html"))
            with open(path, "rb") as fh:
                body = fh.read()
            if route.get("raw"):
                ctype += f"; charset={charset}" if send_charset else ""
            elif ctype.startswith("text/") or ctype.endswith("xml"):
                body = body.decode("utf-8").encode(route.get("encode", charset), errors="xmlcharrefreplace")
                if route.get("bom"):
                    body = b"\xef\xbb\xbf" + body
                if send_charset:
                    ctype += f"; charset={charset}"
            if etags:
                return self._send_validated(path, body, ctype)
            self._send(200, body, ctype)

        def _send_validated(self, path: str, body: bytes, ctype: str):
            """200 with ETag / Last-Modified, or 304 when the client's copy is current."""
            mtime = int(os.path.getmtime(path))
            headers = {"ETag": '"%s"' % hashlib.sha1(body).hexdigest()[:16],
                       "Last-Modified": formatdate(mtime, usegmt=True)}
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            if inm is not None:
                fresh = inm.strip() == "*" or headers["ETag"] in [t.strip() for t in inm.split(",")]
            elif ims is not None:
                try:
                    fresh = mtime <= parsedate_to_datetime(ims).timestamp()
                except (TypeError, ValueError):
                    fresh = False
            else:
                fresh = False
            if fresh:
                return self._send(304, b"", ctype, headers)
            self._send(200, body, ctype, headers)

    return Handler


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--log")
    args = ap.parse_args(argv)
    site_file = os.path.join(args.root, "_site.json")
    site = json.load(open(site_file, encoding="utf-8")) if os.path.exists(site_file) else {}
    server = ThreadingHTTPServer((args.host, args.port), make_handler(args.root, site, args.log))
    print(f"READY http://{args.host}:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
