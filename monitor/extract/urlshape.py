"""What a URL's shape says about the page behind it: article, taxonomy/static page, pagination, file.

Pure functions on URL strings; the listing heuristics weigh these with the page structure.

>>> article_shape("http://x.pl/2021/06/17/srebrna-odznaka/", "http://x.pl/aktualnosci/")
1
>>> article_shape("http://x.pl/news.php?id=1240", "http://x.pl/aktualnosci.php")
1
>>> article_shape("http://x.pl/news.php?kat=2", "http://x.pl/aktualnosci.php")
-2
>>> article_shape("http://x.pl/events/2023/forum/", "http://x.pl/news/")
-1
>>> article_shape("http://x.pl/wydarzenia/2023/forum-klastrow/", "http://x.pl/wydarzenia/")
1
>>> article_shape("http://x.pl/news/nagroda-dla-klastra/?lang=pl", "http://x.pl/news/")
1
>>> is_pagination_url("http://x.pl/aktualnosci/page/2/")
True
>>> is_pagination_url("http://x.pl/news/?page=3")
True

Query strings as the page's only identity (TYPO3 tx_news, Joomla without SEF URLs): a bracketed plugin
key counts by its last key, a signature (cHash) neither way.

>>> article_shape("http://x.pl/aktualnosci/szczegoly?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bnews%5D=12&cHash=ab1")
1
>>> is_pagination_url("http://x.pl/aktualnosci/?tx_news_pi1%5BcurrentPage%5D=2&cHash=ab1")
True
>>> article_shape("http://x.pl/index.php?option=com_content&view=category&id=8&Itemid=110")
-2
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

# Path segments (or file stems) of pages that are never news articles.
STRONG_NEGATIVE = frozenset("""
tag tags tagi tagged etykieta etykiety label labels category categories kategoria kategorie kategorii kat cat
author authors autor autorzy user users uzytkownik login logowanie wp-login wp-admin admin register rejestracja
account konto profile profil search szukaj wyszukiwarka wyszukaj contact kontakt kontakty about about-us o-nas
o-klastrze o-firmie o-fundacji o-stowarzyszeniu o-forum onas privacy privacy-policy polityka-prywatnosci
polityka-cookies cookies cookie-policy rodo regulamin terms legal legal-notice imprint impressum
newsletter subscribe feed rss atom taxonomy term topics topic tematy temat archive archiwum-kategorii
partners partnerzy partner members czlonkowie czlonek members-list team zespol staff people ludzie wladze
board zarzad statut faq sitemap mapa-strony cart koszyk shop sklep checkout download downloads pliki-do-pobrania
do-pobrania media-kit galeria galerie gallery galleries video wideo filmy podcast comments komentarze
share udostepnij print drukuj intranet panel strefa-czlonka
""".split())
# Event and calendar sections: a news list may still link news from there (soft).
SOFT_NEGATIVE = frozenset("""
events event wydarzenia wydarzenie kalendarz kalendarium calendar agenda termine veranstaltungen
szkolenia-kalendarz webinars konferencje conferences jobs praca kariera careers oferty-pracy ogloszenia
projekty projects projekt oferta offer uslugi services
""".split())
NEGATIVE_QUERY_KEYS = frozenset("""
kat cat category categoria kategoria tag t tags author autor user s q search szukaj query keys
page strona offset start paged p_page pg limit sort orderby categories order filter_order filter_order_dir
sortby sort_by dir direction
""".split())
# Views of a script that are lists, whatever id they carry (Joomla view=category, tx_news action=list).
LIST_VIEWS = frozenset("category categories section tag tags featured archive list search blog blogcategory".split())
VIEW_KEYS = frozenset("view action task layout".split())
# Signatures of the other parameters (TYPO3 cHash): the server needs them, but they say nothing of the page.
SIGNATURE_KEYS = frozenset("chash hash sig signature".split())
# (?lang=pl and other language keys are neutral: the same article in another language.)
POSITIVE_QUERY_KEYS = frozenset("""
id nid aid art article artykul artid news newsid news_id item itemid post postid p entry story story_id wpis
""".split())
FILE_EXT = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|zip|rar|7z|gz|tgz|jpe?g|png|gif|webp|svg|bmp|tiff?|ico|mp[34]|"
    r"avi|mov|wmv|webm|ogg|wav|css|js|json|xml|rss|atom|txt|ics|vcf|exe|dmg|apk)$",
    re.IGNORECASE,
)
DATE_IN_PATH = re.compile(r"/(19|20)\d{2}[/-](0?[1-9]|1[0-2])([/-]|$)|/(19|20)\d{2}/|(19|20)\d{2}-\d{2}-\d{2}")
NUMERIC_ID = re.compile(r"(^|[/,_-])\d{2,}([,/._-]|$)")
PAGE_SEGMENT = re.compile(r"/(page|strona|seite|pagina|p|pg|str)[/-]?\d+/?$|/\d{1,3}/?$", re.IGNORECASE)
PAGE_QUERY_KEYS = frozenset("page strona offset start paged pg p_page str from pageno pagenum limitstart currentpage"
                            " pageindex pagenumber page_no".split())
ARTICLE_ID = re.compile(r"\d+(:[\w-]+)?|[\w-]{12,}")     # 1240, 41:slug (Joomla), a long hash or slug


def query_params(query: str) -> list[tuple[str, str]]:
    """(name, value) pairs of a query, the name lower-cased and a bracketed key read by its last key
    (tx_news_pi1[news] -> news, tx_news_pi1[@widget_0][currentPage] -> currentpage).

    >>> query_params("tx_news_pi1%5Bnews%5D=12&cHash=ab&Itemid=3")
    [('news', '12'), ('chash', 'ab'), ('itemid', '3')]
    """
    out = []
    for key, value in parse_qsl(query, keep_blank_values=True):
        inner = re.findall(r"\[([^\[\]]*)\]", key)
        name = inner[-1] if inner and inner[-1] else key.split("[", 1)[0]
        out.append((name.lower(), value))
    return out


def _segments(path: str) -> list[str]:
    out = []
    for seg in unquote(path).lower().split("/"):
        if not seg:
            continue
        stem = seg.rsplit(".", 1)[0] if re.search(r"\.(php|html?|aspx?|jsp|cfm)$", seg) else seg
        out.append(stem)
    return out


def is_file_url(url: str) -> bool:
    """Downloads, images and other non-page URLs."""
    return bool(FILE_EXT.search(urlsplit(url).path))


def is_pagination_url(url: str) -> bool:
    """URLs like /page/2/, ?page=3, ?strona=2, ?offset=8."""
    parts = urlsplit(url)
    if any(k in PAGE_QUERY_KEYS and v.isdigit() for k, v in query_params(parts.query)):
        return True
    return bool(re.search(r"/(page|strona|seite|paged?)[/-]?\d+/?$", parts.path, re.IGNORECASE))


# Query keys and path words of a listing's year/month archive (?rok=2025, /archiwum/2024/, /news/archive/2025/03).
ARCHIVE_QUERY_KEYS = frozenset("rok year yr y jahr anno annee ano archiwum archive archiv arch okres period date data"
                               " miesiac month m".split())
ARCHIVE_WORDS = frozenset("archiwum archive archives archiv archivio arquivo arch".split())
YEAR = re.compile(r"(19|20)\d{2}")
YEAR_MONTH = re.compile(r"(19|20)\d{2}(-(0?[1-9]|1[0-2]))?")


def archive_year(url: str) -> tuple[str, str] | None:
    """(section path, year) of a listing's year or month archive, else None: the section is the path the
    archive belongs to once its archive tail is cut (/aktualnosci/?rok=2025 -> /aktualnosci/,
    /news/archive/2025/03 -> /news/).

    >>> archive_year("http://x.pl/aktualnosci/?rok=2025&strona=2")
    ('/aktualnosci/', '2025')
    >>> archive_year("http://x.pl/news/archive/2025/03/")
    ('/news/', '2025')
    >>> archive_year("http://x.pl/news.php?id=2025") is None
    True
    """
    parts = urlsplit(url)
    for key, value in query_params(parts.query):
        if key in ARCHIVE_QUERY_KEYS and YEAR_MONTH.fullmatch(value):
            return parts.path or "/", value[:4]
    segs = [s for s in unquote(parts.path).split("/") if s]
    tail = segs[-2:] if len(segs) >= 2 and YEAR.fullmatch(segs[-2]) and re.fullmatch(r"0?[1-9]|1[0-2]", segs[-1]) \
        else segs[-1:]
    if not tail or not YEAR.fullmatch(tail[0]):
        return None
    rest = segs[:len(segs) - len(tail)]
    if rest and rest[-1].lower() in ARCHIVE_WORDS:
        rest = rest[:-1]
    return "/" + "".join(s + "/" for s in rest), tail[0]


def is_archive_url(url: str) -> bool:
    """A year or month archive of a listing (never an article)."""
    return archive_year(url) is not None


def slug_words(url: str) -> int:
    """Words in the longest path segment (or numeric-free slug) of the URL."""
    best = 0
    for seg in _segments(urlsplit(url).path):
        words = [w for w in re.split(r"[-_+,.]+", seg) if w and not w.isdigit()]
        best = max(best, len(words))
    return best


def article_shape(url: str, listing_url: str = "") -> int:
    """+1 looks like an article, -2 a taxonomy/static/account page, -1 an event/calendar page, 0 unknown.

    Words that also occur in the listing's own path do not count against a link
    (a /wydarzenia/ list links /wydarzenia/slug articles).
    """
    parts = urlsplit(url)
    own = set(_segments(urlsplit(listing_url).path)) if listing_url else set()
    segs = _segments(parts.path)
    query = query_params(parts.query)
    seg_set = set(segs) - own
    if seg_set & STRONG_NEGATIVE or any(k in NEGATIVE_QUERY_KEYS and k not in PAGE_QUERY_KEYS for k, _ in query):
        return -2
    if any(k in VIEW_KEYS and v.lower() in LIST_VIEWS for k, v in query):
        return -2
    joomla = any(k == "option" and v.lower().startswith("com_") for k, v in query)
    # Joomla's Itemid names the menu entry (one for a whole category), not the article
    query = [(k, v) for k, v in query if k not in SIGNATURE_KEYS and not (joomla and k == "itemid")]
    # The file stem of a script (tag.php, kategoria.php) counts like a path segment.
    if seg_set & SOFT_NEGATIVE:
        return -1
    if any(k in POSITIVE_QUERY_KEYS and ARTICLE_ID.fullmatch(v) for k, v in query):
        return 1
    path = unquote(parts.path)
    if DATE_IN_PATH.search(path) and segs and not re.fullmatch(r"\d+", segs[-1]):
        return 1
    if segs and NUMERIC_ID.search("/" + segs[-1]) and len(segs) >= 1:
        return 1
    if slug_words(url) >= 3 or any(len(s) >= 25 for s in segs):
        return 1
    return 0


def identity_params(url: str) -> set[tuple[str, str]]:
    """The query pairs that name the page: an article id key (news, id, ItemID, p...) with its value."""
    query = urlsplit(url).query
    joomla = "option=com_" in query
    return {(k, v) for k, v in query_params(query)
            if k in POSITIVE_QUERY_KEYS and ARTICLE_ID.fullmatch(v) and not (joomla and k == "itemid")}


def canonical_keeps_identity(canonical: str, url: str) -> bool:
    """A page's rel=canonical may replace its URL unless it drops the query that names the page
    (a TYPO3 detail whose canonical is the plugin page: every detail would become one URL).

    >>> canonical_keeps_identity("http://x.pl/news/szczegoly", "http://x.pl/news/szczegoly?tx_news_pi1%5Bnews%5D=12")
    False
    >>> canonical_keeps_identity("http://x.pl/news/nagroda-12/", "http://x.pl/news/szczegoly?tx_news_pi1%5Bnews%5D=12")
    True
    """
    own = identity_params(url)
    if not own or identity_params(canonical) & own:
        return True
    # a canonical with a path of its own (a SEF address of the same article) is trusted; one that is a
    # shorter, query-less form of the same script is not
    c, u = urlsplit(canonical), urlsplit(url)
    return bool(c.path.rstrip("/") != u.path.rstrip("/") and article_shape(canonical) > 0)
