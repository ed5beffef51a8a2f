"""Canonical URLs: one item per article however it is linked.

Conservative on purpose: only what never changes the page is removed or normalised (the
fragment, tracking and session parameters, the case of scheme and host, a default port, and the
spelling of characters that RFC 3986 calls equivalent: a raw non-ASCII letter and its UTF-8 escape, and
the case of an escape's hex digits). Otherwise the path and the remaining query are kept as written,
so the stored URL is one the site answers.

>>> canonical_url("HTTP://Example.org/news/?utm_source=x&id=3#comments")
'http://example.org/news/?id=3'
>>> canonical_url("https://example.org/a?b=2&a=1&fbclid=zz")
'https://example.org/a?b=2&a=1'
>>> canonical_url("http://example.org:80/news.php?id=7&amp;utm_medium=x")
'http://example.org/news.php?id=7'
>>> canonical_url("http://example.org/~jan/a%20b/?q=x%20y&path=a%2Fb&flag")
'http://example.org/~jan/a%20b/?q=x%20y&path=a%2Fb&flag'
>>> canonical_url("http://example.pl/aktualności/wyróżnienie") == canonical_url("http://example.pl/aktualno%c5%9bci/wyr%C3%B3%C5%BCnienie")
True
>>> canonical_url("http://example.pl/aktualno%c5%9bci/?q=ł")
'http://example.pl/aktualno%C5%9Bci/?q=%C5%82'
>>> canonical_url("http://example.org/n?tx_news_pi1[news]=12&tx_news_pi1%5baction%5d=detail&cHash=ab")
'http://example.org/n?tx_news_pi1%5Bnews%5D=12&tx_news_pi1%5Baction%5D=detail&cHash=ab'
"""

from __future__ import annotations

import functools
import re
from urllib.parse import quote, unquote_plus, urlsplit, urlunsplit

TRACKING_PARAM = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|_hsenc|_hsmi|"
    r"igshid|ref_src|cmpid|s_cid|trk|trkCampaign|_ga|_gl)$",
    re.IGNORECASE,
)
SESSION_PARAM = re.compile(r"^(phpsessid|sid|sessionid|jsessionid|cfid|cftoken)$", re.IGNORECASE)
DEFAULT_PORTS = {"http": 80, "https": 443}
# Brackets of plugin keys (tx_news_pi1[news]) are one key to every server written raw or encoded:
# one form, the encoded one TYPO3 and PHP print, so both links of one article are one URL.
BRACKETS = re.compile(r"\[|\]|%5[bd]", re.IGNORECASE)
BRACKET_CODES = {"[": "%5B", "]": "%5D"}
# A link written with raw Polish letters, one with their escapes in lower case and the URL Scrapy
# requests (upper-case escapes) are one address to every server (RFC 3986 6.2.2.1, 3.2.2 of RFC 3987).
ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _dropped(pair: str) -> bool:
    """True for an empty query pair or a tracking/session parameter (its decoded name)."""
    if not pair:
        return True
    name = unquote_plus(pair.split("=", 1)[0])
    return bool(TRACKING_PARAM.match(name) or SESSION_PARAM.match(name))


def _netloc(scheme: str, parts) -> str:
    """Lower-case host (IPv6 kept in brackets), user info kept, default port dropped."""
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:      # not a number: leave the address as it was written
        return parts.netloc
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    if port and DEFAULT_PORTS.get(scheme) != port:
        netloc = f"{netloc}:{port}"
    return netloc


def _escaped(part: str) -> str:
    """Non-ASCII characters as UTF-8 escapes, every escape in upper case; nothing else touched (a lone
    surrogate, junk no page links, is escaped as its bytes rather than raising)."""
    if "%" not in part and part.isascii():
        return part
    part = NON_ASCII.sub(lambda m: quote(m.group(0).encode("utf-8", "surrogatepass"), safe=""), part)
    return ESCAPE.sub(lambda m: m.group(0).upper(), part)


@functools.lru_cache(maxsize=4096)   # a crawl asks again for the same URLs (links, requests, items): ~16 calls a page
def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default port, fragment, tracking and session parameters.

    The path (its trailing slash) and the remaining query parameters (their order and their escapes:
    no '%20' -> '+', no '%7E' -> '~') are left as written, servers differ on all of these and the
    stored URL must be one that the site answers; only raw non-ASCII letters become their UTF-8
    escapes and escapes are upper-cased, which no server tells apart.
    A literal "&amp;" left in an href by a double-escaping CMS is read as "&".
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:      # "http://[::1" (an unclosed IPv6 bracket): no URL to normalise, keep it
        return url.strip()
    scheme = parts.scheme.lower()
    pairs = parts.query.replace("&amp;", "&").split("&")
    query = "&".join(p for p in pairs if not _dropped(p))
    query = _escaped(BRACKETS.sub(lambda m: BRACKET_CODES.get(m.group(0), m.group(0).upper()), query))
    path = _escaped(parts.path or ("/" if parts.netloc else ""))
    # stripped again: dropping a tracking pair can leave a space at the end ("?id= &fbclid=1")
    return urlunsplit((scheme, _netloc(scheme, parts), path, query, "")).strip()


def same_host(url: str, host: str) -> bool:
    """True when url is on host or one of its www/subdomain variants."""
    try:
        h = (urlsplit(url).hostname or "").lower()
    except ValueError:      # not a URL (an unclosed IPv6 bracket): on no host
        return False
    host = host.lower()
    strip = lambda x: x[4:] if x.startswith("www.") else x  # noqa: E731
    return strip(h) == strip(host)
