"""More loopback sites that misbehave, one kind per server process (tests/reliability).

    python tests/reliability/hostile_sites.py --host 127.0.0.211 --kind endless --log FILE [--secret FILE]

Prints `READY http://HOST:PORT`. Kinds:

  endless     /news/?page=N lists 3 articles and a "next" link to page N+1, for ever
  many        /news/ lists 20 articles among 5,000 tag and archive links
  bigsitemap  /sitemap.xml: 50,000 URLs; the 20 with the newest lastmod are articles, the rest 404
  badxml      a site whose feed and sitemap are not well-formed XML; /feed.xml for a feed source
  evil        /feed.xml and /sitemap.xml carry billion-laughs and XXE (SYSTEM file:SECRET) entities
  slow        /news/ lists 3 good articles, one answered after a pause, one that trickles bytes and
              one that stalls after its headers

Every request is logged as one JSON line {path, status, start, end} (end: when the answer was
written or the client went away), so tests can measure how long the client held a connection.
"""

from __future__ import annotations

import argparse
import json
import select
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from hostile_server import article

ARTICLES_PER_PAGE = 3
MANY_ARTICLES = 20
MANY_LINKS = 5000
SITEMAP_URLS = 50_000
SITEMAP_ARTICLES = 20
TRICKLE_SECONDS = 60          # a trickling or stalled answer would take this long if not cut off


def endless_title(page: int, n: int) -> str:
    return f"Endless listing page {page} article {n} about the cluster"


def many_title(n: int) -> str:
    return f"Many-links listing article {n} about the cluster"


def sitemap_title(n: int) -> str:
    return f"Sitemap article number {n} about the cluster"


def slow_title(name: str) -> str:
    return f"Slow server article {name} about the cluster"


def listing(links: list[tuple[str, str]], extra: str = "", head: str = "") -> bytes:
    items = "".join(f'<li><a href="{href}">{text}</a> <span>10 May 2024</span></li>' for href, text in links)
    return (f"<html><head><title>News</title>{head}</head><body><main><h1>News</h1><ul>{items}</ul>{extra}</main>"
            f"</body></html>").encode()


def billion_laughs(root: str) -> str:
    ents = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                                      for i in range(1, 10)]
    return f"<!DOCTYPE {root} [{''.join(ents)}]>"


def make_handler(kind: str, log_path: str | None, secret: str):
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def record(self, status: int, start: float) -> None:
            if log_path:
                with lock, open(log_path, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps({"path": self.path, "status": status, "start": start,
                                         "end": time.time()}) + "\n")

        def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8") -> None:
            start = time.time()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.record(status, start)

        def trickle(self, body: bytes, stall: bool) -> None:
            """Send the headers, then one byte every 0.2 s (or nothing at all) for TRICKLE_SECONDS."""
            start = time.time()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.flush()
            try:
                i = 0
                while time.time() - start < TRICKLE_SECONDS and i < len(body):
                    if not stall:
                        self.wfile.write(body[i:i + 1])
                        self.wfile.flush()
                        i += 1
                    # the client closed the connection (EOF) or reset it: what the test wants to see
                    readable, _, _ = select.select([self.connection], [], [], 0.2)
                    if readable and not self.connection.recv(1, socket.MSG_PEEK):
                        break
            except OSError:
                pass
            self.record(200, start)
            self.close_connection = True

        def do_GET(self):
            path = self.path
            if path == "/robots.txt":
                robots = "User-agent: *\nDisallow:\n"
                if kind in ("badxml", "evil", "bigsitemap"):
                    robots += "Sitemap: /sitemap.xml\n"
                return self.send(200, robots.encode(), "text/plain")
            handler = getattr(self, f"get_{kind}")
            return handler(path)

        # ---------------------------------------------------------------- kinds
        def get_endless(self, path: str):
            if path.startswith("/news/"):
                if path.startswith("/news/a-"):
                    page, n = (int(x) for x in path[len("/news/a-"):].split("-"))
                    return self.send(200, article(endless_title(page, n)).encode())
                page = int(path.split("page=", 1)[1]) if "page=" in path else 1
                links = [(f"/news/a-{page}-{n}", f"Teaser {n}") for n in range(1, ARTICLES_PER_PAGE + 1)]
                nxt = f'<nav><a rel="next" class="next" href="/news/?page={page + 1}">Next page</a></nav>'
                return self.send(200, listing(links, nxt))
            return self.send(404, b"not found")

        def get_many(self, path: str):
            if path == "/news/":
                links = [(f"/news/article-{n}", f"Teaser {n}: cluster news") for n in range(1, MANY_ARTICLES + 1)]
                cloud = "".join(f'<a href="/tag/topic-{n}">topic {n}</a> ' for n in range(MANY_LINKS // 2))
                archive = "".join(f'<a href="/archive/{2000 + n // 12}/{n % 12 + 1}/{n}">{n}</a> '
                                  for n in range(MANY_LINKS // 2))
                return self.send(200, listing(links, f"<aside><div class='tags'>{cloud}</div>"
                                                     f"<div class='archive'>{archive}</div></aside>"))
            if path.startswith("/news/article-"):
                return self.send(200, article(many_title(int(path.rsplit("-", 1)[1]))).encode())
            return self.send(404, b"not found")

        def get_bigsitemap(self, path: str):
            if path == "/sitemap.xml":
                rows = []
                for n in range(SITEMAP_URLS):       # n < SITEMAP_ARTICLES: the newest, real articles
                    day = f"2024-05-{28 - n:02d}" if n < SITEMAP_ARTICLES else f"20{10 + n % 12:02d}-01-01"
                    rows.append(f"<url><loc>http://{self.headers['Host']}/news/item-{n}</loc>"
                                f"<lastmod>{day}</lastmod></url>")
                body = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                        'sitemap/0.9">' + "".join(rows) + "</urlset>").encode()
                return self.send(200, body, "application/xml")
            if path.startswith("/news/item-") and int(path.rsplit("-", 1)[1]) < SITEMAP_ARTICLES:
                return self.send(200, article(sitemap_title(int(path.rsplit("-", 1)[1]))).encode())
            return self.send(404, b"not found")

        def get_badxml(self, path: str):
            if path == "/news/":
                links = [(f"/news/ok-{n}", f"Teaser {n}") for n in range(1, 4)]
                return self.send(200, listing(links, head='<link rel="alternate" type="application/rss+xml" '
                                                           'href="/feed.xml">'))
            if path.startswith("/news/ok-"):
                return self.send(200, article(f"Bad-XML site article {path[-1]} about the cluster").encode())
            if path in ("/feed.xml", "/sitemap.xml"):
                body = b'<?xml version="1.0"?><rss><channel><item><title>Broken <b>feed</title><link>/x</item>' \
                       b'</chanel>\x00 garbage & <<<'
                return self.send(200, body, "application/xml")
            return self.send(404, b"not found")

        def get_evil(self, path: str):
            host = self.headers["Host"]
            xxe = f'<!ENTITY xxe SYSTEM "file://{secret}">'
            if path == "/feed.xml":
                dtd = billion_laughs("rss")[:-2] + xxe + "]>"
                items = "".join(f"<item><title>Evil feed entry {n} &lol9; &xxe;</title>"
                                f"<link>http://{host}/news/evil-{n}</link>"
                                f"<description>&xxe; &lol9;</description></item>" for n in range(1, 4))
                body = f'<?xml version="1.0"?>{dtd}<rss version="2.0"><channel><title>&lol9;</title>{items}</channel></rss>'
                return self.send(200, body.encode(), "application/rss+xml")
            if path == "/sitemap.xml":
                dtd = billion_laughs("urlset")[:-2] + xxe + "]>"
                urls = "".join(f"<url><loc>http://{host}/news/evil-{n}</loc><lastmod>2024-05-1{n}</lastmod></url>"
                               for n in range(4, 7))
                body = (f'<?xml version="1.0"?>{dtd}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                        f"<url><loc>&xxe;</loc></url><url><loc>&lol9;</loc></url>{urls}</urlset>")
                return self.send(200, body.encode(), "application/xml")
            if path.startswith("/news/evil-"):
                n = int(path.rsplit("-", 1)[1])
                return self.send(200, article(f"Entity-safe article {n} about the cluster").encode())
            return self.send(404, b"not found")

        def get_slow(self, path: str):
            if path == "/news/":
                names = ["good-1", "good-2", "late", "trickle", "stall"]
                return self.send(200, listing([(f"/news/{n}", f"Teaser {n}") for n in names]))
            name = path.rsplit("/", 1)[-1]
            if name in ("trickle", "stall"):
                return self.trickle(article(slow_title(name)).encode(), stall=name == "stall")
            if name == "late":
                time.sleep(1.5)                   # slower than usual, well inside the timeout
            if name in ("good-1", "good-2", "late"):
                return self.send(200, article(slow_title(name)).encode())
            return self.send(404, b"not found")

    return Handler


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--kind", required=True,
                    choices=["endless", "many", "bigsitemap", "badxml", "evil", "slow"])
    ap.add_argument("--log")
    ap.add_argument("--secret", default="/etc/hostname", help="file the XXE entities point at")
    args = ap.parse_args()
    server = ThreadingHTTPServer((args.host, 0), make_handler(args.kind, args.log, args.secret))
    server.daemon_threads = True
    print(f"READY http://{args.host}:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
