"""Sitemap discovery for `site` sources: which sitemap URLs are more of the listing's articles.

A site's sitemap lists every page: articles, static pages, tags, events, the archive of ten
years. A URL from it is taken as an extra article candidate only when it has the same *shape*
as the article links the listing pages yielded (`url_template`), and is *recent* next to those
articles (`recent_entries`). Pure functions on strings and FeedEntry lists.

>>> shapes = learn_shapes(["http://x.pl/news/first-big-news", "http://x.pl/news/second-big-news"])
>>> fits_shapes("http://x.pl/news/third-big-news", shapes)
True
>>> fits_shapes("http://x.pl/events/a-big-conference", shapes)
False
>>> fits_shapes("http://x.pl/tag/funding", shapes)
False

The same site's articles in another language count too: behind a language prefix (/en/, /pl/,
/en-gb/) and under the section's name in that language (/en/news/ beside /aktualnosci/):

>>> fits_shapes("http://x.pl/en/news/cluster-wins-an-award/", learn_shapes(["http://x.pl/aktualnosci/nagroda-dla-klastra/"]))
True
>>> fits_shapes("http://x.pl/en/news/page/2/", learn_shapes(["http://x.pl/aktualnosci/nagroda-dla-klastra/"]))
False
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from monitor.extract.feeds import FeedEntry
from monitor.extract.urlshape import (
    POSITIVE_QUERY_KEYS,
    SIGNATURE_KEYS,
    article_shape,
    is_file_url,
    is_pagination_url,
    query_params,
)

# Sitemaps a site without a `Sitemap:` line in robots.txt most often has (tried in this order;
# the second only when the first is missing).
FALLBACK_SITEMAPS = ("/sitemap.xml", "/sitemap_index.xml")
# Child sitemaps of an index that never list articles (Yoast, WordPress core, Drupal, Joomla).
SKIP_CHILD_WORDS = frozenset(["tag", "tags", "category", "categories", "taxonomy", "taxonomies", "author", "authors", "user", "users", "page", "pages", "attachment", "attachments", "image", "images", "video", "videos", "product", "products", "event", "events", "media", "term", "terms"])
LOOK_BACK_MIN_DAYS = 30   # the window reaches at least this far before the listing's oldest article
LOOK_BACK_MAX_DAYS = 365  # and never further than this
SCRIPT_EXT = re.compile(r"\.(php|html?|aspx?|jsp|cfm|shtml)$")
SITEMAP_LINE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


def url_template(url: str) -> str:
    """The shape of a URL: literal section names, placeholders for slugs, numbers and dates.

    Host and fragment do not count; the last path segment is the page's own name.

    >>> url_template("http://x.pl/news/agency-wins-an-award/")
    '/news/{slug}'
    >>> url_template("http://x.pl/2021/06/17/srebrna-odznaka/")
    '/{yyyy}/{nn}/{nn}/{slug}'
    >>> url_template("http://x.pl/2021/06/")
    '/{yyyy}/{nn}'
    >>> url_template("http://x.pl/news.php?id=1240")
    '/news.php?id={num}'
    >>> url_template("http://x.pl/index.php?option=com_content&view=article&id=101")
    '/index.php?id={num}&option=com_content&view=article'
    >>> url_template("http://x.pl/a/szczegoly?tx_news_pi1%5Bnews%5D=12&cHash=9f0a")
    '/a/szczegoly?chash={sig}&tx_news_pi1[news]={num}'
    >>> url_template("http://x.pl/index.php?option=com_content&view=article&id=41:nagroda&catid=8")
    '/index.php?catid={num}&id={num}:{slug}&option=com_content&view=article'
    >>> url_template("http://x.pl/aktualnosci/1234/nowy-nabor.html")
    '/aktualnosci/{num}/{slug}.html'
    >>> url_template("http://x.pl/blog/2024-05-20/nowy-nabor")
    '/blog/{date}/{slug}'
    """
    parts = urlsplit(url)
    segs = [s for s in unquote(parts.path).lower().split("/") if s]
    tokens = []
    for i, seg in enumerate(segs):
        m = SCRIPT_EXT.search(seg)
        stem, ext = (seg[: m.start()], m.group(0)) if m else (seg, "")
        if re.fullmatch(r"(19|20)\d\d", stem):
            tok = "{yyyy}"
        elif re.fullmatch(r"\d{1,2}", stem):
            tok = "{nn}"
        elif stem.isdigit():
            tok = "{num}"
        elif re.fullmatch(r"(19|20)\d\d-\d\d(-\d\d)?", stem):
            tok = "{date}"
        elif i == len(segs) - 1 and not parts.query:   # a script's name stays (news.php?id=)
            tok = "{slug}"
        else:
            tok = stem
        tokens.append(tok + ext)
    out = "/" + "/".join(tokens)
    query = []
    for key, value in sorted(parse_qsl(parts.query, keep_blank_values=True)):
        key = key.lower()
        if value.isdigit():
            value = "{num}"
        elif query_params(f"{key}=")[0][0] in SIGNATURE_KEYS:
            value = "{sig}"         # a TYPO3 cHash: one per page
        elif re.fullmatch(r"\d+:[\w-]+", value):
            value = "{num}:{slug}"  # a Joomla id with its alias
        elif key in POSITIVE_QUERY_KEYS and re.fullmatch(r"[\w-]{12,}", value):
            value = "{id}"
        query.append(f"{key}={value.lower()}")
    return out + ("?" + "&".join(query) if query else "")


# Language prefixes of a site's sections in other languages ("/en/", "/pl/", "/en-gb/", "/pl_pl/").
LANGUAGE_CODES = frozenset("pl en de fr es it cs sk uk ru lt lv et fi sv da no nb nl pt hu ro bg hr sl el".split())
LANGUAGE_PREFIX = re.compile(r"([a-z]{2})([-_][a-z]{2})?")
# Names of a news section in the languages of the sites (the same section of a site in Polish and English).
NEWS_SECTIONS = frozenset("""news aktualnosci aktualności wiadomosci wiadomości nowosci nowości informacje komunikaty
blog artykuly artykuły articles article posts wpisy press prasa newsroom press-releases komunikaty-prasowe
aktuelles nachrichten neuigkeiten actualites actualités""".split())


def is_language_segment(segment: str) -> bool:
    """A path segment naming a language ("en", "pl", "en-gb").

    >>> is_language_segment("en-gb"), is_language_segment("news"), is_language_segment("ue")
    (True, False, False)
    """
    m = LANGUAGE_PREFIX.fullmatch(segment.lower())
    return bool(m and m.group(1) in LANGUAGE_CODES)


def language_neutral(template: str) -> str:
    """A URL template without its language prefix and with the news section's name in any language
    as one token: the shape a site's articles share across its languages.

    >>> language_neutral("/en/news/{slug}"), language_neutral("/aktualnosci/{slug}")
    ('/{news}/{slug}', '/{news}/{slug}')
    >>> language_neutral("/pl/aktualnosci/{yyyy}/{nn}/{slug}")
    '/{news}/{yyyy}/{nn}/{slug}'
    """
    path, sep, query = template.partition("?")
    tokens = [t for t in path.split("/") if t]
    if tokens and is_language_segment(tokens[0]):
        tokens = tokens[1:]
    tokens = ["{news}" if t in NEWS_SECTIONS else t for t in tokens]
    return "/" + "/".join(tokens) + (sep + query if sep else "")


def is_section_page(url: str) -> bool:
    """The URL ends in a language or a news section's name (/en/, /en/news/): a home or listing page."""
    segs = [s for s in unquote(urlsplit(url).path).lower().split("/") if s]
    return not segs or is_language_segment(segs[-1]) or SCRIPT_EXT.sub("", segs[-1]) in NEWS_SECTIONS


def learn_shapes(article_urls: Iterable[str], listing_url: str = "") -> dict[str, int]:
    """Template -> the weakest `article_shape` score among the listing's article URLs of that template.

    >>> learn_shapes(["http://x.pl/news.php?id=7", "http://x.pl/news.php?id=12"])
    {'/news.php?id={num}': 1}
    """
    shapes: dict[str, int] = {}
    for url in article_urls:
        t = url_template(url)
        score = article_shape(url, listing_url)
        shapes[t] = min(score, shapes.get(t, score))
    return shapes


def fits_shapes(url: str, shapes: dict[str, int], listing_url: str = "") -> bool:
    """A URL of a learnt template that looks at least as much like an article as the listing's did.

    >>> shapes = learn_shapes(["http://x.pl/2021/06/17/srebrna-odznaka-dla-klastra/"])
    >>> fits_shapes("http://x.pl/2020/01/02/nowy-czlonek-klastra/", shapes)
    True
    >>> fits_shapes("http://x.pl/2020/01/", shapes)
    False
    >>> fits_shapes("http://x.pl/2020/01/02/raport.pdf", shapes)
    False
    >>> fits_shapes("http://x.pl/news.php?id=12", learn_shapes(["http://x.pl/news.php?id=7"]))
    True
    >>> fits_shapes("http://x.pl/news.php?kat=2", learn_shapes(["http://x.pl/news.php?id=7"]))
    False
    """
    template = url_template(url)
    need = shapes.get(template)
    if need is None and not is_section_page(url):
        neutral = language_neutral(template)
        # the weakest score among the learnt templates this one is a translation of
        need = min((v for t, v in shapes.items() if language_neutral(t) == neutral), default=None)
    if need is None or is_file_url(url) or is_pagination_url(url):
        return False
    return article_shape(url, listing_url) >= max(need, 0)


def robots_sitemaps(text: str, base_url: str) -> list[str]:
    """The `Sitemap:` URLs of a robots.txt (relative ones resolved), in order, without repeats.

    >>> robots_sitemaps("User-agent: *\\nDisallow: /user/\\nSitemap: /sitemap.xml\\n"
    ...                 "sitemap: http://x.pl/news-sitemap.xml", "http://x.pl/robots.txt")
    ['http://x.pl/sitemap.xml', 'http://x.pl/news-sitemap.xml']
    """
    return list(dict.fromkeys(urljoin(base_url, m.group(1)) for m in SITEMAP_LINE.finditer(text or "")))


def skip_child_sitemap(url: str) -> bool:
    """Child sitemaps named for tags, categories, authors, static pages or media.

    >>> skip_child_sitemap("http://x.pl/wp-sitemap-taxonomies-category-1.xml")
    True
    >>> skip_child_sitemap("http://x.pl/page-sitemap.xml")
    True
    >>> skip_child_sitemap("http://x.pl/post-sitemap.xml")
    False
    >>> skip_child_sitemap("http://x.pl/sitemap-news.xml.gz")
    False
    """
    name = unquote(urlsplit(url).path).lower().rsplit("/", 1)[-1]
    return bool(set(re.split(r"[^a-z]+", name)) & SKIP_CHILD_WORDS)


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def recent_entries(candidates: Iterable[FeedEntry], reference: Iterable[str], listing_count: int,
                   cap: int) -> list[FeedEntry]:
    """The candidates dated within the listing's time window, newest first, at most `cap`.

    `reference` holds the dates of the listing's own articles (their sitemap lastmod or their
    publication dates). The window starts before the oldest of them by as long again as they
    span (at least LOOK_BACK_MIN_DAYS, at most LOOK_BACK_MAX_DAYS): a "latest 3" box or the
    pages past max_pages are caught, the archive of earlier years is not. Without any reference
    date only the `listing_count` newest dated candidates are taken: no more than the listing
    itself showed. An undated candidate is never taken: nothing says it is recent.

    >>> e = lambda d: FeedEntry(f"http://x/news/{d}", published=d)
    >>> [x.published for x in recent_entries([e("2024-05-01"), e("2024-04-10"), e("2023-01-05")],
    ...                                      ["2024-05-20", "2024-05-10"], 2, 50)]
    ['2024-05-01', '2024-04-10']
    >>> [x.published for x in recent_entries([e("2024-05-01"), e("2024-04-10"), FeedEntry("http://x/n/u")],
    ...                                      [], 1, 50)]
    ['2024-05-01']
    """
    dated = sorted((e for e in candidates if e.published and _day(e.published)),
                   key=lambda e: e.published or "", reverse=True)
    days = [d for d in (_day(r) for r in reference if r) if d]
    if not days:
        return dated[: min(listing_count, cap)]
    oldest, newest = min(days), max(days)
    look_back = min(max((newest - oldest).days, LOOK_BACK_MIN_DAYS), LOOK_BACK_MAX_DAYS)
    cutoff = (oldest - dt.timedelta(days=look_back)).isoformat()
    return [e for e in dated if (e.published or "")[:10] >= cutoff][:cap]
