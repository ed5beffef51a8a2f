"""A loopback site that misbehaves the way real ones do (tests/reliability).

    python tests/reliability/hostile_server.py --host 127.0.0.201 [--other http://127.0.0.202:PORT] --log FILE

Prints `READY http://HOST:PORT`. /news/ lists good articles and one of each hostile case; every
request is logged as a JSON line (path, status).
"""

from __future__ import annotations

import argparse
import json
import random
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOPICS = ("laboratory", "hospital", "university", "export", "battery", "software", "biotech", "robotics",
          "hydrogen", "furniture", "textile", "logistics", "forestry", "aerospace", "dairy", "glass", "photonics",
          "recycling", "shipyard", "vaccine", "drone", "sensor", "mining", "tourism", "ceramics", "printing")
ACTS = ("opened", "tested", "financed", "presented", "exported", "certified", "designed", "hosted", "trained",
        "measured", "licensed", "repaired")


def body(title: str) -> str:
    """A body of its own for each article (shared bodies would rightly be grouped as one story)."""
    rnd = random.Random(title)
    sentences = []
    for _ in range(9):
        a, b = rnd.sample(TOPICS, 2)
        sentences.append(f"The {a} members {rnd.choice(ACTS)} a {b} project in {rnd.randint(2001, 2029)} "
                         f"with {rnd.randint(3, 900)} partners.")
    return " ".join(sentences)


HOSTILE_TITLE = ("<script>alert(1)</script> =HYPERLINK(\"http://evil\") '; DROP TABLE items;-- "
                 "\u202etxt.exe\u202c award 🏆 for the cluster")
LONG_TITLE = "Cluster award " + "very " * 2000 + "long title"


def article(title: str, extra: str = "", charset: str = "utf-8", date: str = "2024-05-10") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}"><title>{title}</title></head>'
            f'<body><main><article><h1>{title}</h1><time datetime="{date}">{date}</time>'
            f"<p>{body(title)}</p>{extra}</article></main></body></html>")


# path -> what the listing promises a user would find there (title stored), or None (must not be stored)
CASES = {
    "/news/good-1": "Good article one about the cluster",
    "/news/good-2": "Good article two about the cluster",
    "/news/truncated": "Truncated article still has its title",
    "/news/wrong-charset": "Zażółć: nagroda dla klastra",
    "/news/nul-bytes": "Article with NUL bytes inside",
    "/news/retry-after-seconds": "Article behind a 429 with seconds",
    "/news/retry-after-date": "Article behind a 429 with a date",
    "/news/hostile": HOSTILE_TITLE,
    "/news/long-title": LONG_TITLE,
    "/news/offsite-redirect": None,
    "/news/redirect-loop": None,
    "/news/binary": None,
    "/news/huge": None,
}


def make_handler(other: str, log_path: str | None):
    lock = threading.Lock()
    hits: dict[str, int] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
                 headers: dict | None = None, length: int | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)
            if log_path:
                with lock, open(log_path, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps({"path": self.path, "status": status}) + "\n")

        def do_GET(self):
            path = self.path
            with lock:
                hits[path] = hits.get(path, 0) + 1
                n = hits[path]
            if path == "/robots.txt":
                return self.send(200, b"User-agent: *\nDisallow:\n", "text/plain")
            if path == "/news/":
                links = "".join(f'<li><a href="{p}">Teaser {i}: cluster news item</a> <span>10 May 2024</span></li>'
                                for i, p in enumerate(CASES, 1))
                return self.send(200, f"<html><head><title>News</title></head><body><main><h1>News</h1>"
                                      f"<ul>{links}</ul></main></body></html>".encode())
            if path.startswith("/elsewhere/"):       # served by the other host
                return self.send(200, article("Foreign article from another host").encode())
            title = CASES.get(path)
            if path == "/news/truncated":
                html = article(title).encode()
                cut = html[: html.index(b"</p>") - 40]          # unclosed tags; the connection closes early
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(cut)))
                self.end_headers()
                self.wfile.write(cut)
                return
            if path == "/news/wrong-charset":         # header says UTF-8, page is windows-1250
                return self.send(200, article(title, charset="windows-1250").encode("cp1250"))
            if path == "/news/nul-bytes":
                return self.send(200, article(title, extra="<p>tail\x00\x00 text</p>").encode())
            if path == "/news/retry-after-seconds" and n == 1:
                return self.send(429, b"slow down", "text/plain", {"Retry-After": "1"})
            if path == "/news/retry-after-date" and n == 1:
                return self.send(429, b"slow down", "text/plain",
                                 {"Retry-After": formatdate(time.time() + 1, usegmt=True)})
            if path == "/news/offsite-redirect":
                return self.send(302, b"", headers={"Location": other + "/elsewhere/foreign"})
            if path == "/news/redirect-loop":
                return self.send(302, b"", headers={"Location": "/news/redirect-loop2"})
            if path == "/news/redirect-loop2":
                return self.send(302, b"", headers={"Location": "/news/redirect-loop"})
            if path == "/news/huge":                 # 20 MB, more than DOWNLOAD_MAXSIZE
                return self.send(200, b"<html><body>" + b"<p>x</p>" * (20 * 1024 * 1024 // 8))
            if path == "/news/binary":
                return self.send(200, bytes(range(256)) * 64, "text/html")
            if path == "/news/hostile":
                extra = '<p><a href="javascript:alert(2)">click</a> <script>alert(3)</script> =1+1 @SUM(A1)</p>'
                return self.send(200, article(title.replace("<", "&lt;").replace(">", "&gt;"), extra).encode())
            if title:
                return self.send(200, article(title).encode())
            return self.send(404, b"<html><body>not found</body></html>")

    return Handler


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--other", default="http://127.0.0.1:9")
    ap.add_argument("--log")
    args = ap.parse_args()
    server = ThreadingHTTPServer((args.host, 0), make_handler(args.other, args.log))
    print(f"READY http://{args.host}:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
