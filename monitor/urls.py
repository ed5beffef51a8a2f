"""Canonical URLs: one item per article however it is linked.

>>> canonical_url("HTTP://Example.org/news/?utm_source=x&id=3#comments")
'http://example.org/news/?id=3'
>>> canonical_url("https://example.org/a?b=2&a=1&fbclid=zz")
'https://example.org/a?b=2&a=1'
>>> canonical_url("http://example.org:80/news.php?id=7&amp;utm_medium=x")
'http://example.org/news.php?id=7'
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAM = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|_hsenc|_hsmi|"
    r"igshid|ref_src|cmpid|s_cid|trk|trkCampaign|_ga|_gl)$",
    re.IGNORECASE,
)
SESSION_PARAM = re.compile(r"^(phpsessid|sid|sessionid|jsessionid|cfid|cftoken)$", re.IGNORECASE)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default port, fragment, tracking and session parameters.

    The path (and its trailing slash) and the order of the remaining query parameters are kept:
    servers differ on both, and the stored URL must be one that the site answers.
    A literal "&amp;" left in an href by a double-escaping CMS is read as "&".
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host
    if port and not (scheme == "http" and port == 80 or scheme == "https" and port == 443):
        netloc = f"{host}:{port}"
    query = [
        (k[4:] if k.startswith("amp;") else k, v)
        for k, v in parse_qsl(parts.query.replace("&amp;", "&"), keep_blank_values=True)
    ]
    query = [(k, v) for k, v in query if not TRACKING_PARAM.match(k) and not SESSION_PARAM.match(k)]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def same_host(url: str, host: str) -> bool:
    """True when url is on host or one of its www/subdomain variants."""
    h = (urlsplit(url).hostname or "").lower()
    host = host.lower()
    strip = lambda x: x[4:] if x.startswith("www.") else x  # noqa: E731
    return strip(h) == strip(host)
