"""The same article in the site's other languages: which hreflang alternates and language-switcher
links of an article page are article candidates.

A bilingual site often lists its English posts nowhere the Polish listing links to (a separate
/en/news/ section reachable from the sitemap or the language switcher only). An article page names
its translations: `<link rel="alternate" hreflang>` declares them, a switcher links them. Only
links on the source's host count, never the page itself, a home page, a section page or a
paginated listing; a switcher link (which may just as well lead to the other language's home page)
must also have this article's URL shape, up to the language prefix and the section's name.

>>> translation_candidates("http://x.pl/aktualnosci/nagroda/", {"en": "http://x.pl/en/news/award/",
...     "de": "http://partner.example.de/de/preis/", "pl": "http://x.pl/aktualnosci/nagroda/"}, [], "x.pl")
['http://x.pl/en/news/award/']
>>> translation_candidates("http://x.eu/news/2024/04/pilot-line/", {},
...     ["http://x.eu/pl/", "http://x.eu/pl/aktualnosci/2024/04/linia-pilotazowa/"], "x.eu")
['http://x.eu/pl/aktualnosci/2024/04/linia-pilotazowa/']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from monitor.extract.sitemaps import is_section_page, language_neutral, url_template
from monitor.extract.urlshape import article_shape, is_file_url, is_pagination_url
from monitor.urls import canonical_url, same_host


def _candidate(url: str, page: str, host: str) -> bool:
    return (same_host(url, host) and canonical_url(url) != page and not is_file_url(url)
            and not is_pagination_url(url) and not is_section_page(url) and article_shape(url) >= 0)


def translation_candidates(page_url: str, alternates: Mapping[str, str], switcher_links: Iterable[str],
                           host: str) -> list[str]:
    """URLs of the page's translations to fetch as article candidates, hreflang ones first."""
    page = canonical_url(page_url)
    shape = language_neutral(url_template(page_url))
    out = [u for u in alternates.values() if _candidate(u, page, host)]
    out += [u for u in switcher_links
            if _candidate(u, page, host) and language_neutral(url_template(u)) == shape]
    return list(dict.fromkeys(canonical_url(u) for u in out))
