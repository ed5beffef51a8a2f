"""Article pages: title, publication date, main text and summary, without selectors.

trafilatura finds the main text and metadata; the title and date get our own checks on top,
because cluster sites often put the site name in <h1> and comments carry later dates.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import re
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Container, Iterable, NamedTuple
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from monitor.extract.dateorder import WEEKDAY_NAMES, DateContext, OrderVotes, weekday_near
from monitor.extract.dates import DATE_TEXT, RELATIVE_DATE, attribute_date, parse_date, url_date
from monitor.extract.furniture import (HEADLINE_LINES, LIST_MARKERS, apart_texts, printed_apart,
                                      strip_leading_furniture, strip_trailing_furniture, unlayout_tables)
from monitor.extract.listing import teaser_list_chars
from monitor.extract.selectors import select_text
from monitor.extract.shared import PagesSeen, SharedTexts, sentences
from monitor.extract.standfirst import standfirst
from monitor.extract.urlshape import article_shape, is_file_url

if TYPE_CHECKING:
    from lxml.etree import _Element

    from monitor.config import Source

logger = logging.getLogger(__name__)

TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:»·•]\s+")
MIN_BODY_WORDS = 40
# A page that is an article by its structure (one headline of several words, a publication date,
# no list of teasers) is kept down to this many words: an award note is one paragraph long...
SHORT_BODY_WORDS = 25
# ...and a "report attached" post two sentences beside the document it links (a PDF, a DOCX).
ATTACHMENT_BODY_WORDS = 12
# ...and a news item or a notice whose own text is a standfirst and a sentence or two (a Plone news item,
# "the office is closed on 2 May"), when the date is printed with the headline itself (not only a footer's).
OWN_SHORT_BODY_WORDS = 10
SHORT_TITLE_WORDS = 3       # a tag or topic page is headed by one or two words ("nagrody", "Awards")
ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report", "posting",
                 "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "pressrelease"}
NOT_NEWS_TYPES = {"aboutpage", "contactpage", "profilepage", "collectionpage", "searchresultspage", "faqpage",
                  "itempage", "product", "jobposting", "course", "place", "person"}
NOT_NEWS_OG = re.compile(r"^(event|profile|product|video\.|music\.|book|place|business\.)", re.IGNORECASE)
# Class tokens of <body> / the main <article> that CMSs give to event, calendar, static and archive pages.
EVENT_CLASS = re.compile(r"(^|[-_])(event|events|tribe|wydarzenie|kalendarz|calendar)($|[-_])", re.IGNORECASE)
# Content types of news posts in Drupal's body/node classes, English and Polish machine names (aktualnosc,
# wiadomosc, artykul, komunikat, wpis): any other content type (page, landing, person) is a static page.
NEWS_TYPE_NAMES = "news|article|blog|post|aktualno|wiadomo|artyku|komunikat|wpis"
STATIC_CLASS = re.compile(
    r"^(page-node-type-page|node--type-page|path-taxonomy|path-user|path-frontpage|path-page|archive|"
    r"category|tag|tax-\w+|blog|home|search|search-results|error404|page-template\S*|author|"
    rf"post-type-archive\S*|page-node-type-(?!{NEWS_TYPE_NAMES})\S+|node--type-(?!{NEWS_TYPE_NAMES})\S+)$",
    re.IGNORECASE,
)


@dataclass
class ExtractedArticle:
    """What an article page yields."""

    title: str = ""
    published: str | None = None
    body: str = ""
    summary: str = ""
    description: str = ""           # the page's meta description (the spider counts the ones pages share)
    page_language: str | None = None
    canonical: str | None = None
    alternates: dict[str, str] = field(default_factory=dict)
    kind: str = "article"           # article | event | static (what the page's own markup says) | listing
    article_structure: bool = False  # one dated headline and its own text, no teaser list (see article_structure)
    attachment: bool = False         # the text below the headline links a document file
    listed: bool = False             # the text is one line leading in to a list ("Do klastra przystąpiły:")
    dated_headline: bool = False     # the publication date is printed with the headline (or in the page's metadata)
    own_text: bool = True            # the text is not one that other pages of the site print too
    translations: list[str] = field(default_factory=list)   # language-switcher links to this page in other languages

    @property
    def short_own(self) -> bool:
        """Kept only by the rule for short items with their own headline, date and text."""
        words = len(self.body.split())
        short = ATTACHMENT_BODY_WORDS if self.attachment or self.listed else SHORT_BODY_WORDS
        return words < MIN_BODY_WORDS and not (self.article_structure and words >= short)

    @property
    def is_article(self) -> bool:
        if self.kind != "article" or not self.title:
            return False
        words = len(self.body.split())
        if words >= MIN_BODY_WORDS:
            return True
        short = ATTACHMENT_BODY_WORDS if self.attachment or self.listed else SHORT_BODY_WORDS
        if self.article_structure and words >= short:
            return True
        # Shorter still: an item whose headline and date are its own and whose text no other page prints.
        return self.article_structure and self.dated_headline and self.own_text and words >= OWN_SHORT_BODY_WORDS


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _meta(sel: Selector, *names: str) -> str:
    """The first non-blank content of a <meta property=...> or <meta name=...> of the names, in their order."""
    table = _meta_table(sel)
    for name in names:
        value = table.get(name)
        if value and value.strip():
            return _norm(value)
    return ""


# The <meta> contents of the pages being read, by property and by name: a page is asked for a dozen
# names, and each XPath walked the whole page.
_META_TABLES: "weakref.WeakKeyDictionary[Selector, dict[str, str]]" = weakref.WeakKeyDictionary()


def _meta_table(sel: Selector) -> dict[str, str]:
    """{property or name: content of the first <meta> in the document holding it with a content}, as
    "//meta[@property=name or @name=name]/@content" finds it."""
    table = _META_TABLES.get(sel)
    if table is None:
        table = {}
        for el in sel.root.getroottree().getroot().iter("meta"):
            content = el.get("content")
            if content is None:
                continue
            for key in (el.get("property"), el.get("name")):
                if key is not None:
                    table.setdefault(key, content)
        _META_TABLES[sel] = table
    return table


def _json_ld(sel: Selector) -> list[dict]:
    out: list[dict] = []
    for raw in sel.xpath("//script[@type='application/ld+json']/text()").getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                out.append(node)
                stack.extend(v for v in node.get("@graph", []) if isinstance(v, dict))
    return out


def _dated_nodes_first(nodes: list[dict]) -> list[dict]:
    """JSON-LD nodes with the article's own first, then the page's, then the rest: a @graph also
    describes the site, the page's image and the people, and an ImageObject's datePublished is the
    day the photo was taken or uploaded, not the day of the article.

    >>> [n["@type"] for n in _dated_nodes_first([{"@type": "ImageObject"}, {"@type": "WebPage"}, {"@type": "NewsArticle"}])]
    ['NewsArticle', 'WebPage', 'ImageObject']
    """
    def rank(node: dict) -> int:
        types = _types(node)
        return 0 if types & ARTICLE_TYPES else 1 if not types or "webpage" in types else 2
    return sorted(nodes, key=rank)


def _strip_site_name(title: str, site_names: set[str]) -> str:
    """'Title - Site name' -> 'Title' when the tail (or the head) is a known site name.

    The title keeps its own dashes and quotes as printed (an en dash inside the headline is part of it):

    >>> _strip_site_name("Izba - Konferencja „Przemysł 4.0” – relacja", {"izba"})
    'Konferencja „Przemysł 4.0” – relacja'
    """
    seps = list(TITLE_SEPARATORS.finditer(title))
    if seps:
        if _norm(title[seps[-1].end():]).lower() in site_names:
            return _norm(title[: seps[-1].start()])
        if _norm(title[: seps[0].start()]).lower() in site_names:
            return _norm(title[seps[0].end():])
    return title


def _words_of(text: str) -> int:
    return len(re.findall(r"\w+", text))


# A <header> of the post itself (class "entry-header", "post-header"), not of the site, in templates
# that wrap the post in a <div> rather than an <article>.
ENTRY_HEADER = " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {c}')"
                           for c in ("entry-", "post-", "article-", "news-", "story-"))


def _site_name_headings(sel: Selector) -> set[str]:
    """Headings that name the site: a logo heading linking home, or one in the page header/nav/footer."""
    out = set()
    for h in sel.xpath("//h1|//h2|//h3"):
        text = _norm(" ".join(h.xpath(".//text()").getall())).lower()
        if not text:
            continue
        home = h.xpath(".//a/@href").getall()
        if any(re.fullmatch(r"(https?://[^/]+)?/?(index\.\w+)?", x.strip()) for x in home):
            out.add(text)
        elif h.xpath("ancestor::header[not(ancestor::article) and not(ancestor::main)][not(" + ENTRY_HEADER + ")] | "
                     "ancestor::nav | ancestor::footer | ancestor::aside"):
            out.add(text)
    return out


def find_title(sel: Selector, generic: Iterable[str] = ()) -> str:
    """The article title: the heading that <title>/og:title agree with, not the site name.

    `generic` are titles known to name the site rather than the page (e.g. the listing's <title>):
    a CMS that gives every page the same <title> is then read from its headings.
    """
    doc_title = _norm(sel.xpath("//title//text()").get())
    og_title = _meta(sel, "og:title", "twitter:title")
    site_names = {s.lower() for s in (_meta(sel, "og:site_name"), ) if s}
    site_names |= _site_name_headings(sel)
    generic_l = {g.lower() for g in generic if g} | site_names
    for g in list(generic_l):
        generic_l.update(_norm(p).lower() for p in TITLE_SEPARATORS.split(g) if p)
    headings = [_norm(" ".join(h.xpath(".//text()").getall())) for h in sel.xpath("//h1|//h2|//h3")]
    headings = [h for h in headings if h]
    content_headings = [h for h in headings if h.lower() not in generic_l]
    if doc_title.lower() in generic_l:
        doc_title = ""
    for h in content_headings:
        if h == og_title or (doc_title and doc_title.startswith(h) and len(h) >= 0.3 * len(doc_title)):
            return h
    for h in content_headings:
        if doc_title and h in doc_title and len(h) >= 0.3 * len(doc_title):
            return h
    # One content <h1> that the <title> does not mention: the <title> is generic.
    h1s = [h for h in (_norm(" ".join(x.xpath(".//text()").getall())) for x in sel.xpath("//h1")) if h]
    content_h1 = [h for h in h1s if h.lower() not in generic_l]
    if len(content_h1) == 1 and not og_title and _words_of(content_h1[0]) >= 2:
        return content_h1[0]
    # The <title> minus a site-name suffix that other pages repeat in their <h1>.
    if headings and doc_title:
        site_names.add(headings[0].lower())
    for candidate in (og_title, doc_title):
        if candidate and candidate.lower() not in generic_l:
            stripped = _strip_site_name(candidate, site_names | generic_l)
            if stripped == candidate:
                stripped = _printed_part(sel, candidate) or candidate
            if stripped:
                return stripped
    return content_headings[0] if content_headings else (headings[0] if headings else "")


def _printed_part(sel: Selector, doc_title: str) -> str:
    """The part of 'Site name - Title' (or 'Title - Site name') that the page prints as its headline
    (a heading, or a title-classed cell of an old table layout), when no page names the site."""
    seps = list(TITLE_SEPARATORS.finditer(doc_title))
    if not seps:
        return ""
    for part in (doc_title[seps[0].end():], doc_title[: seps[-1].start()]):
        part = _norm(part)
        if _words_of(part) < 2 or (el := _title_element(sel, part)) is None:
            continue
        if el.root.tag in ("h1", "h2", "h3", "h4") or TITLE_CLASS.search(f"{el.attrib.get('class', '')} "
                                                                          f"{el.attrib.get('id', '')}"):
            return part
    return ""


# Words that label a publication date ("Opublikowano: ...", "Data publikacji", "Posted on").
PUBLISHED_LABEL = re.compile(
    r"(opublikowan\w*|data (publikacji|dodania|wprowadzenia)|dodan[oy]|utworzon[oy]|wpis dodany|published|"
    r"posted( on)?|publication date|date of publication|released)\b", re.IGNORECASE)
# Words that label another date ("Poprawiono", "Data ostatniej aktualizacji", "Updated").
OTHER_LABEL = re.compile(r"\b(poprawion\w*|zmodyfikowan\w*|modyfikacj\w*|aktualizacj\w*|zaktualizowan\w*|edytowan\w*|updated|"
                         r"modified|last (change|edit)|(termin\w*|deadline|closing date)(\s+[^\W\d]+){0,3}\s*:|"
                         # the date of the event the post announces ("Data wydarzenia:", "When:", "Starts:")
                         r"(data|termin|dzie[nń]) (wydarzenia|spotkania|szkolenia|konferencji|warsztat\w*|webinar\w*|"
                         r"targ\w*|imprezy|rozpocz\w*|zako[nń]cz\w*)\s*:?|(kiedy|rozpocz[eę]cie|zako[nń]czenie|start|"
                         r"starts?( on| at)?|begins?( on| at)?|ends?( on| at)?|when|event date|date of the event|"
                         r"event starts?|takes place( on)?|odb[eę]dzie si[eę])\s*:|"
                         r"termin\w*|deadline|do dnia|do|od|until|till|by|before|from|since|"
                         # a stamp of the site's last change, printed on every page ("Ostatnia aktualizacja
                         # strony:", "Aktualizacja serwisu", "Page last modified on"): never a publication date
                         r"\b(ostatni\w*\s+|last\s+)?(aktualizacj\w*|aktualizowan\w*|modyfikacj\w*|zmian[ay]|zmienian\w*|"
                         r"zmienion\w*|update[ds]?|modified|modification|change[ds]?|revised|revision)(\s+(strony|stron|serwisu|witryny|portalu|"
                         r"informacji|tre[sś]ci|(of\s+)?(the\s+)?(site|page|website|web\s+site)))?(\s+(dnia|on))?\s*:?|"
                         r"stan na( dzie[nń])?)\W*"
                         # a weekday before the other date, full or abbreviated ("Last updated: Thu, 06/04/2026")
                         rf"(({WEEKDAY_NAMES})\W*)?$", re.IGNORECASE)
META_MAX_WORDS = 3      # words beside the date in a byline ("News article | 17 June 2021", "Autor: Jan Nowak")
HEADER_ZONE = 200       # characters of text after the title that still belong to its header (byline, date)


def _text_date(text: str, languages: list[str], context: DateContext | None = None) -> tuple[str, bool] | None:
    """(date, metadata-like) for the first date in one text node.

    Metadata-like: the date is most of a short text ("17.06.2021", "News article | 17 June 2021") or
    follows a publication label ("Opublikowano: ..."); a date inside a sentence is not. Slashed dates
    count only in metadata-like texts (in sentences they are too often fractions or ranges).
    """
    m = DATE_TEXT.search(text)
    if not m:
        return None
    before = text[: m.start()]
    if OTHER_LABEL.search(before):
        m2 = DATE_TEXT.search(text, m.end())
        if not m2 or OTHER_LABEL.search(text[m.end(): m2.start()]):
            return None
        m, before = m2, text[: m2.start()]
    labelled = bool(PUBLISHED_LABEL.search(before[-60:]))
    rest = (before + " " + text[m.end():])
    rest = re.sub(r"\b\d{1,2}:\d{2}\b", " ", rest)
    meta = labelled or len(re.findall(r"[^\W\d_]{2,}", rest)) <= META_MAX_WORDS
    if "/" in m.group(0) and not meta:
        return None
    d = parse_date(m.group(0), languages, context=context, weekday=weekday_near(text, m.start(), m.end()))
    return (d, meta) if d else None


# Boxes teasing another article inside this one ("Read also: <a>…</a> 3 June 2021"): their dates are not ours.
OTHER_TEASER_CLASS = re.compile(r"(^|[\s_-])(read-?also|see-?also|related\w*|zobacz-?(tez|takze)|czytaj-?(tez|takze)|"
                                r"polecane|recommended|more-news|inne-aktualnosci)($|[\s_-])", re.IGNORECASE)
OTHER_TEASER_LABEL = re.compile(r"^\W*(read also|see also|related|you may also like|czytaj (też|także|rownież|również)|"
                                r"zobacz (też|także|również)|polecamy|przeczytaj (też|także|również))\b", re.IGNORECASE)


def _in_other_teaser(node: Selector) -> bool:
    """The node sits in a "Read also" / related box (by its class, or by its label) within a few levels.

    >>> sel = Selector(text='<h1>A</h1><div><span>Read also:</span> <a href="/b">B</a> <span>3 June 2021</span></div>')
    >>> _in_other_teaser(sel.xpath("//span")[1]), _in_other_teaser(sel.xpath("//h1")[0])
    (True, False)
    """
    for box in node.xpath("ancestor-or-self::*[position() <= 3]"):
        if box.root.tag in ("body", "html", "main", "article"):
            continue
        if OTHER_TEASER_CLASS.search(f"{box.attrib.get('class', '')} {box.attrib.get('id', '')}"):
            return True
        text = _norm(" ".join(box.xpath(".//text()").getall()))
        if len(text) <= 300 and box.xpath(".//a") and OTHER_TEASER_LABEL.match(text):
            return True
    return _dates_linked_post(node)


OTHER_POST_TITLE_WORDS = 4   # words of a link naming another post by its title (an author's or a tag's name is shorter)
DATED_LINE_MAX = 200         # characters of one line of a list of dated links ("<a>Title</a> 27.02.26")


def _dates_linked_post(node: Selector) -> bool:
    """The date shares its short line (the node, or its box a level or two up) with a link naming another post
    by its title: a line of an unmarked "other news" column, the date of that post and not of this page.

    >>> sel = Selector(text='<div><p><a href="/2026/02/20/klaster-na-targach-w-poznaniu/">Klaster na targach w '
    ...                     'Poznaniu</a> 20.02.26</p><p>Autor: <a href="/autor/jan/">Jan Nowak</a> 04.03.2026</p></div>')
    >>> [_dates_linked_post(p) for p in sel.xpath("//p")]
    [True, False]
    """
    for box in reversed(node.xpath("ancestor-or-self::*[position() <= 2]")):     # the nearest first
        if box.root.tag in ("body", "html", "main", "article"):
            return False
        text = _norm(" ".join(box.xpath(".//text()").getall()))
        if len(text) > DATED_LINE_MAX or len(DATE_TEXT.findall(text)) > 1:
            return False    # a box of several dated lines is more than this date's own line
        for a in box.xpath(".//a[@href]"):
            href = urljoin("http://site.invalid/", (a.attrib.get("href") or "").strip())
            if _words_of(_norm(" ".join(a.xpath(".//text()").getall()))) >= OTHER_POST_TITLE_WORDS \
                    and article_shape(href) > 0:
                return True
    return False


SPLIT_DATE_MAX = 40      # characters of a small box printing a date in pieces (<span>17</span><span>cze</span>...)


def _split_date_in(text: str, boxes: list[str], languages: list[str],
                   context: DateContext | None) -> tuple[str, bool] | None:
    """A date printed in pieces: day, month and year in sibling elements of one small box, read from the
    texts _split_date_texts took of the node.

    >>> sel = Selector(text='<div><div class="d"><span>17</span><span>cze</span><span>2021</span></div>'
    ...                     '<h1>Laureaci nagrody gospodarczej</h1><p>Long text of the article, with no date.</p></div>')
    >>> _split_date_in(*_split_date_texts(sel.xpath("//span")[0]), ["pl"], None)
    ('2021-06-17', True)
    """
    if len(text) > 12:
        return None
    for whole in boxes:       # the nearest box first
        if len(whole) > SPLIT_DATE_MAX:
            return None
        if whole != text and (found := _text_date(whole, languages, context)):
            return found
    return None


def _split_date_texts(node: Selector) -> tuple[str, list[str]]:
    """The node's own text and the texts of its parent and grandparent, up to the first longer than
    a split date's box (what _split_date_in reads)."""
    text = _norm(" ".join(node.xpath("text()").getall()))
    boxes: list[str] = []
    if len(text) <= 12:
        for box in (node.xpath(".."), node.xpath("../..")):
            boxes.append(_norm(" ".join(box.xpath(".//text()").getall())))
            if len(boxes[-1]) > SPLIT_DATE_MAX:
                break
    return text, boxes


class _NodeReads:
    """What the date search reads of one element of the page, read once: find_date and headline_dated
    both walk the nodes around the headline (with another date context each), and the page's XPath
    reads were most of that walk."""

    __slots__ = ("node", "_text", "_modified", "_teaser", "_split")

    def __init__(self, node: Selector):
        self.node = node
        self._text: str | None = None
        self._modified: bool | None = None
        self._teaser: bool | None = None
        self._split: tuple[str, list[str]] | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = _norm(" ".join(self.node.xpath("text()").getall()))
        return self._text

    @property
    def modified(self) -> bool:
        if self._modified is None:
            self._modified = _marked_modified(self.node)
        return self._modified

    @property
    def in_other_teaser(self) -> bool:
        if self._teaser is None:
            self._teaser = _in_other_teaser(self.node)
        return self._teaser

    def split_date(self, languages: list[str], context: DateContext | None) -> tuple[str, bool] | None:
        if self._split is None:
            self._split = _split_date_texts(self.node)
        return _split_date_in(*self._split, languages, context)


# The nodes after and above each headline of the pages being read, with their reads (see _NodeReads).
_HEADLINE_NODES: "weakref.WeakKeyDictionary[Selector, dict[tuple[str, str], list[_NodeReads]]]" = \
    weakref.WeakKeyDictionary()


ABOVE_NODES = "preceding::*[text()[normalize-space()]][position() <= 4]"   # what "just above" an element reads


def _nodes_near(sel: Selector, heading: Selector, title: str, where: str) -> list[_NodeReads]:
    """The elements with text after ("following") or above ("preceding") the title's element."""
    found = _HEADLINE_NODES.setdefault(sel, {})
    key = (where, title)
    if key not in found:
        path = ("following::*[self::time or text()[normalize-space()]][position() <= 30]" if where == "following"
                else ABOVE_NODES)
        found[key] = [_NodeReads(node) for node in heading.xpath(path)]
    return found[key]


class TitleDates(NamedTuple):
    """The dates around a headline: its own (header zone or just above), and the later ones by kind."""

    own: str | None = None          # in the title's header zone or just above it
    labelled: str | None = None     # below, labelled "published" (a record of created/published/modified)
    first_any: str | None = None    # the first date after the title (a sentence in the lead, a side column)
    later_meta: str | None = None   # a metadata-like date further down

    def best(self) -> str | None:
        return self.own or self.labelled or self.first_any or self.later_meta


def _date_near_title(sel: Selector, title: str, languages: list[str], header_only: bool = False,
                     context: DateContext | None = None) -> str | None:
    """The date printed with the title (see _title_dates); header_only: only the headline's own date."""
    found = _title_dates(sel, title, languages, context)
    return found.own if header_only else found.best()


def _title_dates(sel: Selector, title: str, languages: list[str], context: DateContext | None = None) -> TitleDates:
    """The date printed with the title: in its byline just after it, or just above it.

    In order: a metadata-like date (see _text_date) or <time datetime> in the title's header zone
    (the first HEADER_ZONE characters after it); a metadata-like date in the few nodes above the
    title; then the first date after the title (a sentence in the lead). Later dates on the page
    (comments, related posts, sidebars, deadlines in the body) come after all of these.
    """
    heading = _title_element(sel, title)
    if heading is None:
        return TitleDates()
    seen = 0
    first_any: str | None = None
    later_meta: str | None = None
    labelled: str | None = None
    other_label = False     # the text before was a label of another date ("Data modyfikacji:" in its own cell)
    for reads in _nodes_near(sel, heading, title, "following"):
        node = reads.node
        if reads.modified or other_label:
            text = reads.text
            seen += len(text)
            # A marked label without its date ("Data modyfikacji:") marks the date that follows it too.
            other_label = not other_label and bool(text) and not DATE_TEXT.search(text)
            continue
        if node.root.tag == "time" and (value := node.attrib.get("datetime")) and (d := parse_date(value)) \
                and not reads.in_other_teaser:
            if seen <= HEADER_ZONE:
                return TitleDates(own=d)
            later_meta = later_meta or d
        text = reads.text
        if (d := _relative_with_attribute(node, text, context)) and not reads.in_other_teaser:
            if seen <= HEADER_ZONE:
                return TitleDates(own=d)
            later_meta = later_meta or d
        if (found := _text_date(text, languages, context) or reads.split_date(languages, context)) \
                and not reads.in_other_teaser:
            d, meta = found
            if meta and seen <= HEADER_ZONE:
                return TitleDates(own=d)
            if meta:
                later_meta = later_meta or d
                if labelled is None and _publication_labelled(text):
                    labelled = d
            first_any = first_any or d
        elif _is_other_label_text(text):
            other_label = True
        seen += len(text)
        if seen > 1500:
            break
    # Some templates print the date just above the title; below the text, a record of dates (created,
    # published, modified) has the one labelled "published".
    return TitleDates(_date_above(heading, languages, context, _nodes_near(sel, heading, title, "preceding")),
                      labelled, first_any, later_meta)


RELATIVE_TEXT_MAX = 40    # "Dodano 2 dni temu", "Posted 3 hours ago": a label and a relative date


def _relative_with_attribute(node: Selector, text: str, context: DateContext | None) -> str | None:
    """The absolute date behind a relative one ("2 dni temu" with title="04.03.2026") or an hAtom <abbr>."""
    if node.root.tag != "abbr" and not (len(text) <= RELATIVE_TEXT_MAX and RELATIVE_DATE.search(text)):
        return None
    return attribute_date(node.attrib, context)


def _date_above(node: Selector, languages: list[str], context: DateContext | None = None,
                above: list[_NodeReads] | None = None) -> str | None:
    """A metadata-like date in the few text nodes printed just above the node (a headline, or the
    first line of a text whose headline the page does not print). above: those nodes' reads when
    the caller has them (a headline's, cached by _nodes_near)."""
    if above is None:
        above = [_NodeReads(el) for el in node.xpath(ABOVE_NODES)]
    for i, reads in enumerate(above):      # in document order
        if reads.modified or (i and _is_other_label_text(above[i - 1].text)):
            continue
        if (found := _text_date(reads.text, languages, context) or reads.split_date(languages, context)) and found[1]:
            return found[0]
    return None


TEXT_START_CHARS = 50     # characters of a text's first line that find the element printing it


def text_start_element(sel: Selector, body: str) -> Selector | None:
    """The element printing the first line of the extracted text (for pages that print no headline:
    the title is only in og:title or <title>, so the text's own start anchors its byline)."""
    start = _norm(body)[:TEXT_START_CHARS]
    if len(start) < 20:
        return None
    for el in sel.xpath("//body//*[not(self::script or self::style or self::title or self::a)][text()[normalize-space()]]"
                        "[not(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header)]"):
        if _norm(" ".join(el.xpath("text()").getall())).startswith(start):
            return el
    return None


def declares_article(sel: Selector) -> bool:
    """The page's own metadata says it is an article (og:type article, a JSON-LD article type)."""
    if _meta(sel, "og:type").lower() == "article":
        return True
    return any(_types(node) & ARTICLE_TYPES for node in _json_ld(sel))


# Classes and microdata of elements that hold a modification date ("modifydate", <time class="updated">).
MODIFIED_MARK = re.compile(r"modif|modyf|updated|datemodified|last-?change|aktualizac|poprawion|zmodyfikow|edited",
                           re.IGNORECASE)
# The strongest publication labels: a record of dates also lists creation ("Data wytworzenia") and
# modification dates; a reader calls the labelled publication date the publication date.
STRONG_PUBLISHED_LABEL = re.compile(r"(opublikowan\w*|data (publikacji|opublikowania)|published|publication date|"
                                    r"date of publication|posted on)\b", re.IGNORECASE)


def _is_other_label_text(text: str) -> bool:
    """A node's text is a bare label of another date ("Start:", "Data modyfikacji:")."""
    return bool(text) and len(text) <= 40 and bool(OTHER_LABEL.search(text)) and not DATE_TEXT.search(text)


def _publication_labelled(text: str) -> bool:
    m = DATE_TEXT.search(text)
    return bool(m and STRONG_PUBLISHED_LABEL.search(text[: m.start()][-60:]))


def _marked_modified(node: Selector) -> bool:
    """The element (or its small parent) is marked as the modification date by class or microdata.

    Not an "event-date" class: portals print the post's own date in one (the label a reader sees decides).
    """
    for box in node.xpath("ancestor-or-self::*[position() <= 2]"):
        marks = f"{box.attrib.get('class', '')} {box.attrib.get('id', '')} {box.attrib.get('itemprop', '')}"
        if MODIFIED_MARK.search(marks):
            return True
    return False


TITLE_CLASS = re.compile(r"(title|heading|tytul|naglowek)", re.IGNORECASE)


# The title's element of each page being read: dates, the text below the headline and the page's
# structure all start from it, and finding it walks every element of the page.
_TITLE_ELEMENTS: "weakref.WeakKeyDictionary[Selector, dict[str, Selector | None]]" = weakref.WeakKeyDictionary()


def _title_element(sel: Selector, title: str) -> Selector | None:
    """The element printing the title: a heading, else a title-classed cell or box (Joomla 1.x
    <td class="contentheading">), else any element of the content whose whole text is the title."""
    if not title:
        return None
    found = _TITLE_ELEMENTS.setdefault(sel, {})
    if title not in found:
        found[title] = _find_title_element(sel, title)
    return found[title]


def _find_title_element(sel: Selector, title: str) -> Selector | None:
    for h in sel.xpath("//h1|//h2|//h3|//h4"):
        if _norm(" ".join(h.xpath(".//text()").getall())) == title:
            return h
    fallback = None
    for el in sel.xpath("//body//*[not(self::script or self::style or self::title or self::a or self::option)]"
                        "[text()[normalize-space()]][not(.//a)][not(ancestor::nav or ancestor::aside or ancestor::footer)]"):
        if _norm(" ".join(el.xpath(".//text()").getall())) != title:
            continue
        if TITLE_CLASS.search(f"{el.attrib.get('class', '')} {el.attrib.get('id', '')}"):
            return el
        fallback = fallback or el
    return fallback


def find_date(sel: Selector, html: str, url: str, languages: list[str], title: str = "",
              context: DateContext | None = None) -> str | None:
    """Publication date from JSON-LD, meta tags, the text after the title, <time>, then htmldate.

    context: what settles the order of a numeric date's day and month (see monitor.extract.dateorder)."""
    for node in _dated_nodes_first(_json_ld(sel)):
        value = node.get("datePublished") or node.get("dateCreated")
        if isinstance(value, str) and (d := parse_date(value, context=context)):
            return d
    meta = _meta(sel, "article:published_time", "og:published_time", "datePublished", "pubdate", "date", "dc.date")
    if meta and (d := parse_date(meta, context=context)):
        return d
    near = _title_dates(sel, title, languages, context)
    if near.own or near.labelled:
        return near.own or near.labelled
    # No date of its own by the headline: a full date in the URL path beats the dates further down (another
    # item's in an unmarked side column, an event's or a deadline's in the body).
    in_url, url_month = url_date(urlsplit(url).path)
    if in_url:
        return in_url
    if d := near.best():
        return d if not url_month or d[:7] == "%04d-%02d" % url_month else \
            _day_by_title(sel, title, url_month, languages) or d
    if url_month and (d := _day_by_title(sel, title, url_month, languages)):
        return d
    times = sel.xpath("(//main | //article)//time/@datetime").getall() or sel.xpath("//time/@datetime").getall()
    if times and (d := parse_date(times[0])):
        return d
    try:
        from htmldate import find_date as htmldate_find

        found = htmldate_find(html, url=url, original_date=True, extensive_search=False)
        if found:
            return found
    except Exception:  # htmldate is a best-effort fallback
        logger.debug("htmldate failed on %s", url, exc_info=True)
    return None


DAY_MONTH = re.compile(r"^\W*(\d{1,2})(\.\s*(\d{1,2})\.?|\.?\s+([^\W\d_]{3,}))\W*$")     # "4 marca", "04.03", "4. March"


def _day_by_title(sel: Selector, title: str, month: tuple[int, int], languages: list[str]) -> str | None:
    """The day of a year-month URL (/aktualnosci/2026/03/slug/) that the headline's header prints without its
    year ("4 marca", "04.03"), when that day-month names the URL's month; None when nothing settles it."""
    heading = _title_element(sel, title)
    if heading is None:
        return None
    nodes = heading.xpath("preceding::*[text()[normalize-space()]][position() <= 3]") + \
        heading.xpath("following::*[text()[normalize-space()]][position() <= 4]")
    for node in nodes:
        text = _norm(" ".join(node.xpath("text()").getall()))
        if not (m := DAY_MONTH.match(text)):
            continue
        whole = f"{m[1]}.{m[3]}.{month[0]}" if m[3] else f"{m[1]} {m[4]} {month[0]}"
        d = parse_date(whole, languages)
        if d and d[:7] == "%04d-%02d" % month:
            return d
    return None


def _types(node: dict) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)}


def page_kind(sel: Selector) -> str:
    """'event', 'static' or 'article', from JSON-LD types, og:type, microdata and CMS body classes.

    Only what the page says about itself counts: an article page that mentions an event stays an
    article, and a page that says nothing is taken to be an article (the listing picked it).
    """
    types: set[str] = set()
    for node in _json_ld(sel):
        types |= _types(node)
    if types & ARTICLE_TYPES:
        return "article"
    if any(t.endswith("event") for t in types):
        return "event"
    if types & NOT_NEWS_TYPES:
        return "static"
    og_type = _meta(sel, "og:type")
    if og_type and NOT_NEWS_OG.match(og_type):
        return "event" if og_type.lower().startswith("event") else "static"
    itemtypes = " ".join(sel.xpath("//body//@itemtype").getall()[:3]).lower()
    main_type = itemtypes.split()[0].rsplit("/", 1)[-1] if itemtypes.split() else ""
    if main_type.endswith("event") and not re.search(r"article|posting", itemtypes):
        return "event"
    tokens = (sel.xpath("/html/body/@class").get() or "").split()
    main = sel.xpath("(//main//article | //article)[1]/@class").get() or ""
    tokens += main.split()
    tokens = [t for t in tokens if not t.lower().startswith(("category-", "tag-", "tags-", "kategoria-", "topic-"))]
    if any(t.lower().startswith(("single-post", "postid-", "page-node-type-news", "node--type-news",
                                  "node--type-article", "page-node-type-article", "type-post")) for t in tokens):
        return "article"
    if any(EVENT_CLASS.search(t) for t in tokens):
        return "event"
    body_tokens = (sel.xpath("/html/body/@class").get() or "").split()
    if any(STATIC_CLASS.match(t) for t in body_tokens):
        return "static"
    if "page" in body_tokens and any(t.startswith("page-id-") for t in body_tokens):
        return "static"
    return "article"


def extract_article(html: str, url: str, source: "Source | None" = None,
                    generic_titles: Iterable[str] = (), shared_texts: "Iterable[str] | SharedTexts" = (),
                    shared_sentences: Container[str] = frozenset(),
                    date_orders: OrderVotes | None = None) -> ExtractedArticle:
    """Extract an article; selector overrides of the source win over the heuristics.

    generic_titles: <title> texts of the site's listing pages (a generic <title> names the site).
    shared_texts: descriptions seen on the site's listing pages or on other pages of the source
    (a site tagline): never this page's summary.
    shared_sentences: sentences other pages of the source print too (a funding line, a standard
    closing sentence): a short text is an article only with enough words of its own beside them.
    date_orders: the day/month order of numeric dates on the source's other pages; this page's are added.
    """
    shared_texts = SharedTexts.of(shared_texts)
    sel = Selector(text=html)
    languages = [source.language] if source and source.language else ["pl", "en"]
    art = ExtractedArticle()
    lead_text = ""      # the body as a reader's sentences (list items as clauses): what the summary is cut from
    raw_text = ""       # the extracted text in its lines
    art.kind = "article" if source and source.has_overrides else page_kind(sel)
    locale = sel.xpath("/html/@lang").get() or _meta(sel, "og:locale") or ""
    art.page_language = locale[:2].lower() or None
    date_context = DateContext(html, locale, date_orders)
    canonical = sel.xpath("//link[@rel='canonical']/@href").get()
    art.canonical = urljoin(url, canonical.strip()) if canonical else None
    for link in sel.xpath("//link[@rel='alternate'][@hreflang]"):
        lang, href = link.attrib.get("hreflang", ""), link.attrib.get("href", "")
        if lang and href:
            art.alternates[lang[:2].lower()] = urljoin(url, href)

    doc = None
    try:
        doc = _main_text(unlayout_tables(html), url, "precision")
    except Exception:
        logger.warning("trafilatura failed on %s", url, exc_info=True)

    art.title = select_text(sel, source.title) if source and source.title else find_title(sel, generic_titles)
    if source and source.date:
        art.published = parse_date(select_text(sel, source.date), languages, context=date_context)
    if not art.published:
        art.published = find_date(sel, html, url, languages, art.title, date_context)
    if date_orders is not None:
        date_context.teach(date_orders)
    if source and source.body:
        art.body = select_text(sel, source.body)
    elif doc is not None:
        text = _from_headline(sel, art.title, getattr(doc, "text", "") or "")
        if len(text.split()) < SHORT_BODY_WORDS:
            text = _short_text_below_headline(html, url, sel, art.title) or text
        apart = _printed_apart(sel, art.title, text, shared_texts)
        text = strip_leading_furniture(text, art.title, apart)
        text = _with_standfirst(sel, art.title, text, shared_texts, apart)
        art.listed = _lead_in_list(text)
        raw_text = text
        art.body = _norm(text)
        art.body = _with_table_caption(sel, art.body)
        lead_text = _with_table_caption(sel, _norm(list_items_as_clauses(text)))
    text_start = None   # a page that prints no headline: its text's first line anchors the byline
    if art.body and _title_element(sel, art.title) is None and not (source and source.has_overrides):
        text_start = text_start_element(sel, art.body)
        if text_start is not None and not art.published:
            art.published = _date_above(text_start, languages, date_context)
    teasers = None   # the page's list of teasers, read once for both questions below
    if art.kind == "article" and not (source and source.has_overrides):
        teasers = teaser_list_chars(sel.root, url)
        prose = own_prose_below_headline(sel, url, art.title, own_date=_own_date(sel, url, art, languages))
        if prose:
            teasers = (0, 0)    # the teasers printed beside the post's own text are another column's
        if is_listing_page(sel, url, art.body, teasers):
            art.kind = "listing"
    if art.kind == "article" and not (source and source.has_overrides):
        art.article_structure = article_structure(sel, url, art.title, art.published, teasers, text_start,
                                                  own_prose=prose)
        art.attachment = art.article_structure and links_document(sel, url, art.title)
    if art.kind == "article" and not (source and source.has_overrides):
        if error_page(sel, art.title, art.body):
            art.kind = "error"
        elif not prose and linked_teasers_hold_text(sel, url, art.title, art.body):
            art.kind = "listing"
    heading = _title_element(sel, art.title)
    if art.kind == "listing" and (own := _own_text_above_teasers(sel, heading, url, art.title, languages, date_context)):
        # the page's own dated text comes first: the teasers below it are the template's "more news"
        art.kind, art.article_structure = "article", bool(art.published)
        art.body = _norm(_own_lines(raw_text, own)) or art.body
        lead_text = _norm(list_items_as_clauses(_own_lines(raw_text, own))) or lead_text
    elif art.kind == "article" and heading is not None and not (source and source.has_overrides) \
            and opens_with_post_link(heading, url):
        art.kind = "listing"
    art.dated_headline = bool(art.published) and headline_dated(sel, art.title, languages)
    if art.kind == "article" and not art.dated_headline and not (source and source.has_overrides) \
            and heading is not None and links_other_posts(heading, url) >= LINKED_POSTS_MIN:
        # a text with no date of its own, followed by a list of links to posts: a category's description
        art.kind = "listing"
    art.own_text = own_words(art.body, shared_texts, shared_sentences) >= OWN_SHORT_BODY_WORDS
    art.translations = language_links(sel, url)
    art.description = _meta(sel, "description", "og:description", "twitter:description")
    if art.description and _printed_above_headline(sel, art.title, art.description):
        shared_texts = shared_texts.plus(art.description)     # the tagline under the logo, on every page
    art.summary = summary(art.description, lead_text if art.body and lead_text else art.body, art.title, shared_texts)
    return art


def _own_text_above_teasers(sel: Selector, heading: Selector | None, url: str, title: str, languages: list[str],
                             context: DateContext | None) -> str:
    """The dated text of a page's own headline before teasers of other posts (see text_before_teasers);
    "" unless the headline heads the page and has several words."""
    if heading is None or _words_of(title) < SHORT_TITLE_WORDS or not _heads_the_page(sel, heading):
        return ""
    return text_before_teasers(heading, url, languages, context)


def _own_lines(text: str, block: str) -> str:
    """The lines of the extracted text that the page prints in the block."""
    squashed = _squash(block)
    return "\n".join(line for line in text.split("\n") if (key := _line_key(line)) and key in squashed)


def _printed_apart(sel: Selector, title: str, text: str, shared: SharedTexts) -> Callable[[str], bool]:
    """Whether a line of the text is printed apart from this page's article: in a furniture box, a banner
    or an info box with a button, the site's header or footer (apart_texts), or as the site's tagline (a
    description other pages have too, or one that says nothing of this article: a slogan the template
    repeats above the text, told apart on the site's first page read too)."""
    apart = apart_texts(sel.root)
    description = _norm(_meta(sel, "description", "og:description", "twitter:description"))
    if description and _printed_above_headline(sel, title, description):
        shared = shared.plus(description)

    def holds(line: str) -> bool:
        line = line.strip(" |\t#-*•")
        if printed_apart(line, apart) or line in shared:
            return True
        return _norm(line) == description and _tagline(description, text.replace(line, " "), title)
    return holds


TAGLINE_WORDS = 12      # a slogan is one short sentence


def _tagline(description: str, rest: str, title: str) -> bool:
    """A short description that shares no word with the headline and not most of its words with the rest of
    the text: the site's slogan, not a line of this article (an article's lead as its own description, a
    Plone standfirst, speaks of what its headline does)."""
    return len(description.split()) <= TAGLINE_WORDS and not (_stems(description) & _stems(title)) \
        and not own_description(description, rest, title)


@functools.lru_cache(maxsize=2)
def _extractor_options(focus: str) -> Any:
    """trafilatura's options for bare_extraction(with_metadata=False, include_comments=False,
    include_tables=True, favor_<focus>=True), made once: building them reads its configuration anew
    (~0.1 ms a page). Shared options are what trafilatura supports (it copies them before a change)."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", precision=focus == "precision", recall=focus == "recall",
                     comments=False, tables=True, with_metadata=False)


def _main_text(html: str, url: str, focus: str) -> Any:
    """trafilatura's reading of the page (a Document, or None), precision- or recall-first."""
    from trafilatura import bare_extraction

    options = copy.copy(_extractor_options(focus))
    # what bare_extraction sets from its url argument (the rest is the same for every page)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return bare_extraction(html, url=url, options=options)


def _printed_above_headline(sel: Selector, title: str, text: str) -> bool:
    """The text is printed in the page above the article's headline (a site header's tagline)."""
    heading = _title_element(sel, title)
    if heading is None:
        return False
    above = heading.xpath("preceding::text()[not(ancestor::script or ancestor::style or ancestor::noscript "
                          "or ancestor::title)]").getall()
    return _squash(text) in _squash(" ".join(above))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _line_key(line: str) -> str:
    """A line of extracted text as it is found in the page's text: no list or table marks, no spaces."""
    return _squash(line.strip(" |\t#-*•"))


def _from_headline(sel: Selector, title: str, text: str) -> str:
    """The extracted text from its first line printed below the article's headline.

    The extractor can keep a sidebar box (a newsletter sign-up, the office address) that the template
    prints above the headline as the first lines of the text; they belong to every page of the site,
    not to this article. Lines are dropped only while they are found before the headline and not
    after it, and only when a later line is found after it (a page whose headline the extractor read
    differently keeps its text)."""
    heading = _title_element(sel, title)
    if heading is None or not text:
        return text
    texts = "[not(ancestor::script or ancestor::style or ancestor::noscript)]"
    after = _squash(" ".join(heading.xpath(f"following::text(){texts}").getall()))
    before = _squash(" ".join(heading.xpath(f"preceding::text(){texts}").getall()))
    lines = text.split("\n")
    for i, line in enumerate(lines[:HEADLINE_LINES]):
        key = _line_key(line)
        if not key:
            continue
        if key in after:
            return "\n".join(lines[i:]) if i else text
        if key not in before:
            return text
    return text


def _with_standfirst(sel: Selector, title: str, text: str, shared: SharedTexts,
                     apart: Callable[[str], bool] | None = None) -> str:
    """The text with the lead that the template set apart below the headline (and the extractor
    dropped) in front of it."""
    heading = _title_element(sel, title)
    first = next((line for line in text.split("\n") if line.strip()), "")
    if heading is None or not first:
        return text
    found = standfirst(heading.root, first.strip(" |\t#-*•"), title, shared, apart)
    return f"{found}\n{text}" if found else text


BLOCK_BELOW_WORDS = 8     # words the block below a headline must hold to be the article's text block


def _block_below_headline(heading: Selector) -> str:
    """The text printed after the headline inside its own block (climbing out of a wrapper that
    holds only the headline): the article's text, without the sidebars and the footer of the page."""
    el = heading.root
    while el is not None and el.getparent() is not None and el.tag != "body":
        parts = []
        for sib in el.itersiblings():
            if isinstance(sib.tag, str) and sib.tag not in ("script", "style", "noscript", "nav", "aside", "footer"):
                parts.append(" ".join(sib.itertext()))
            parts.append(sib.tail or "")
        text = " ".join(parts)
        if len(text.split()) >= BLOCK_BELOW_WORDS:
            return text
        el = el.getparent()
    return ""


def _short_text_below_headline(html: str, url: str, sel: Selector, title: str) -> str:
    """For a short text (a few lines, a lead-in and a list): the extractor's recall-first reading,
    kept to the lines printed in the headline's own block. The precision-first reading drops short
    lists and one-paragraph notes as boilerplate."""
    heading = _title_element(sel, title)
    if heading is None:
        return ""
    try:
        doc = _main_text(unlayout_tables(html), url, "recall")
    except Exception:
        return ""
    block = _squash(_block_below_headline(heading))
    if not doc or not block:
        return ""
    lines = [line for line in (getattr(doc, "text", "") or "").split("\n") if (key := _line_key(line)) and key in block]
    return strip_trailing_furniture("\n".join(lines), title)


LIST_MIN_ITEMS = 3


def _lead_in_list(text: str) -> bool:
    """The text opens with a line leading in to a list of at least three items."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 1 + LIST_MIN_ITEMS or not lines[0].endswith(":"):
        return False
    return all(line.startswith(LIST_MARKERS) for line in lines[1:1 + LIST_MIN_ITEMS])


def article_structure(sel: Selector, url: str, title: str, published: str | None,
                      teasers: tuple[int, int] | None = None, text_start: Selector | None = None,
                      own_prose: bool = False) -> bool:
    """The page is one article by its structure, whatever its length: a publication date, a headline
    of several words printed as the page's heading (an <h1> or a title cell), no heading below it
    that links to another page (teasers of a tag page), no list of links to other posts below it (a
    category page's description and its posts), and no repeated list of teasers.

    text_start: on a page that prints no headline (its title only in og:title), the element of the
    text's first line stands for the headline when the page's metadata says it is an article.

    own_prose: the headline's block holds prose of its own (own_prose_below_headline); linked headings and
    teasers printed after it, outside that block, belong to another column ("recent posts")."""
    if not published or _words_of(title) < SHORT_TITLE_WORDS:
        return False
    heading = _title_element(sel, title)
    if heading is None and text_start is not None and declares_article(sel):
        heading = text_start
    elif heading is None or not _heads_the_page(sel, heading):
        return False
    if links_other_posts(heading, url) >= LINKED_POSTS_MIN:
        return False
    if own_prose:
        return True
    if heading.xpath("following::*[self::h1 or self::h2 or self::h3 or self::h4][.//a[@href]]"
                     "[not(ancestor::nav or ancestor::aside or ancestor::footer)]"):
        return False
    items, _ = teasers if teasers is not None else teaser_list_chars(sel.root, url)
    return items < 2


PROSE_MIN_SENTENCES = 2    # a post's own text, however short: two sentences (a category's description is one line)


def _own_date(sel: Selector, url: str, art: ExtractedArticle, languages: list[str]) -> bool:
    """The page's date is its own: declared in its metadata, printed with its headline, or the date in its URL."""
    return bool(art.published) and (art.published == url_date(urlsplit(url).path)[0]
                                    or headline_dated(sel, art.title, languages))


def own_prose_below_headline(sel: Selector, url: str, title: str, own_date: bool = True) -> bool:
    """The page's headline (several words, heading the page) is followed in its own block by prose of its own:
    at least two sentences and SHORT_BODY_WORDS words, and no link to another page of the site before them.
    Such a page is one post however short, whatever lists of dated links print beside it.
    own_date: the page has a date of its own (see _own_date); without one, a category's description above its
    posts can read like that, so the prose must be an article's length (MIN_BODY_WORDS).

    >>> body = '<p>Do klastra przystąpiły trzy firmy z Gliwic, które produkują części maszyn.</p><p>Spotkanie nowych członków odbędzie się w kwietniu w sali konferencyjnej biura klastra w Gliwicach.</p>'
    >>> sel = Selector(text=f'<div><div><h1>Trzy nowe firmy w klastrze</h1>{body}</div><div><a href="/n/inny-wpis-o-targach/">Inny wpis o targach</a></div></div>')
    >>> own_prose_below_headline(sel, "http://x.pl/n/trzy-nowe-firmy/", "Trzy nowe firmy w klastrze")
    True
    >>> sel = Selector(text='<div><h1>Nagrody dla firm klastra</h1><p>Wpisy o nagrodach.</p><ul><li><a href="/n/medal-dla-odlewni/">Złoty medal dla odlewni</a></li></ul></div>')
    >>> own_prose_below_headline(sel, "http://x.pl/n/nagrody/", "Nagrody dla firm klastra")
    False
    """
    heading = _title_element(sel, title)
    if heading is None or _words_of(title) < SHORT_TITLE_WORDS or not _heads_the_page(sel, heading):
        return False
    texts: list[str] = []
    for el in _block_until_next_heading(heading.root):
        if el.tag == "a" and _names_other_page(el, url):
            return False        # a teaser of another page within the headline's own block: a listing's
        texts += [t for t in (el.text, el.tail) if _norm(t or "")]
    prose = _norm(" ".join(texts))
    words = len(prose.split())
    return len(sentences(prose)) >= PROSE_MIN_SENTENCES and words >= (SHORT_BODY_WORDS if own_date else MIN_BODY_WORDS)


LINKED_POSTS_MIN = 2       # other posts a category page's list links to below its description
LINK_LINE_SHARE = 0.6      # of a line's text that its link holds: a list of links, not a link in a sentence


def links_other_posts(heading: Selector, url: str) -> int:
    """Other pages of the site, of an article's URL shape, that lines of the headline's own block link
    by a title-like text (a list of links, one a line: <li>, or a paragraph of links) before any other
    heading: a category page's description and its posts. A "related" or "latest news" list under a
    heading of its own, a side column, a menu or a box outside the article's block does not count.

    >>> sel = Selector(text='<div><h1>Nagrody dla firm klastra</h1><p>W tej kategorii zbieramy wpisy o nagrodach.</p>'
    ...                     '<ul><li><a href="/n/laureaci-konkursu-roku/">Laureaci konkursu roku 2026</a> 14.05.2026</li>'
    ...                     '<li><a href="/n/medal-dla-odlewni/">Złoty medal dla odlewni z Gliwic</a></li></ul></div>')
    >>> links_other_posts(sel.xpath("//h1")[0], "http://x.pl/n/nagrody/")
    2
    >>> sel = Selector(text='<div><h1>Targi w Gliwicach</h1><p>Relacja z targów, które odbyły się w hali.</p><h3>Najnowsze</h3>'
    ...                     '<ul><li><a href="/n/laureaci-konkursu-roku/">Laureaci konkursu roku 2026</a></li>'
    ...                     '<li><a href="/n/medal-dla-odlewni/">Złoty medal dla odlewni z Gliwic</a></li></ul></div>')
    >>> links_other_posts(sel.xpath("//h1")[0], "http://x.pl/n/targi/")
    0
    """
    return len({href for el in _block_until_next_heading(heading.root)
                if el.tag == "a" and (href := _post_link_line(el, url))})


def _post_link_line(a: _Element, url: str) -> str:
    """The URL of another post of the site that the link names by a title-like text on a line of its own
    (a list item, a paragraph of links), outside "read also" boxes; "" for any other link."""
    page = urljoin(url, "").split("#")[0]
    href = urljoin(url, (a.get("href") or "").strip()).split("#")[0]
    if urlsplit(href).netloc != urlsplit(page).netloc or href == page or is_file_url(href) or article_shape(href) <= 0:
        return ""
    line = a.getparent()
    if _words_of(_norm(" ".join(a.itertext()))) < SHORT_TITLE_WORDS or line is None or any(
            OTHER_TEASER_CLASS.search(f"{box.get('class', '')} {box.get('id', '')}") for box in [a, *a.iterancestors()][:4]):
        return ""
    line_text = _norm(" ".join(line.itertext()))
    link_text = _norm(" ".join(t for x in line.iter("a") for t in x.itertext()))
    return href if len(link_text) >= LINK_LINE_SHARE * len(line_text) else ""


def _names_other_page(a: _Element, url: str) -> bool:
    """The link names another page of the site by a title-like text."""
    page = urljoin(url, "").split("#")[0]
    href = urljoin(url, (a.get("href") or "").strip()).split("#")[0]
    return urlsplit(href).netloc == urlsplit(page).netloc and href != page and not is_file_url(href) \
        and _words_of(_norm(" ".join(a.itertext()))) >= SHORT_TITLE_WORDS


def opens_with_post_link(heading: Selector, url: str) -> bool:
    """The first line below the headline is a link to another post of the site by its title: the page
    heads a teaser of that post (a month's archive, a tag page of one post), not a text of its own.

    >>> sel = Selector(text='<div><h1>Archiwum: marzec 2026</h1><p><a href="/n/raport-o-branzy-2026/">Raport o stanie '
    ...                     'branży 2026</a></p><p>03.03.2026</p><p>Udostępniamy raport o stanie branży.</p></div>')
    >>> opens_with_post_link(sel.xpath("//h1")[0], "http://x.pl/n/archiwum-marzec-2026/")
    True
    """
    for el in _block_until_next_heading(heading.root):
        if _norm(el.text or ""):
            return el.tag == "a" and bool(_post_link_line(el, url))
    return False


def text_before_teasers(heading: Selector, url: str, languages: list[str], context: DateContext | None = None) -> str:
    """The text of the headline's own block up to the next heading or link to another page, when it opens with a
    metadata-like date (a byline) and holds at least OWN_SHORT_BODY_WORDS words after it; else "".
    Such a page is one article even when the template prints teasers of other posts below it with no
    heading or class of their own ("more news" cards)."""
    texts = []
    for el in _block_until_next_heading(heading.root):
        if el.tag == "a" and _names_other_page(el, url):
            break       # a teaser of another page (a list of teasers without headings) starts here
        texts += [t for t in (el.text, el.tail) if _norm(t or "")]
    if not texts:
        return ""
    found = _text_date(_norm(texts[0]), languages, context)
    rest = " ".join(_norm(t) for t in texts[1:])
    return rest if found and found[1] and len(rest.split()) >= OWN_SHORT_BODY_WORDS else ""


SECTION_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
NOT_CONTENT = {"script", "style", "noscript", "nav", "aside", "footer", "header", "form"}


def _block_until_next_heading(heading: _Element) -> list[_Element]:
    """The elements printed after the headline inside its own block (climbing out of a wrapper that
    holds only the headline, as _block_below_headline does), in document order up to the next heading,
    without scripts, menus, side columns and footers."""
    el = heading
    while el is not None and el.getparent() is not None and el.tag != "body":
        siblings = [sib for sib in el.itersiblings() if isinstance(sib.tag, str) and sib.tag not in NOT_CONTENT]
        if len(" ".join(" ".join(sib.itertext()) for sib in siblings).split()) >= BLOCK_BELOW_WORDS:
            break
        el = el.getparent()
    else:
        return []
    out: list[_Element] = []
    for sib in siblings:
        for node in sib.iter():
            if not isinstance(node.tag, str) or node.tag in NOT_CONTENT or \
                    any(anc.tag in NOT_CONTENT for anc in node.iterancestors()):
                continue
            if node.tag in SECTION_HEADINGS:
                return out
            out.append(node)
    return out


LOWER_HEADINGS = {"h2", "h3", "h4"}
FIRST_CONTENT_HEADING = ("(//body//*[self::h2 or self::h3 or self::h4]"
                         "[not(ancestor::header or ancestor::nav or ancestor::aside or ancestor::footer)])[1]")


def _heads_the_page(sel: Selector, heading: Selector) -> bool:
    """The title's element is the page's own heading: an <h1> or a title-classed cell, or, on templates
    that print no <h1> at all (news plugins heading their detail view with an <h2>/<h3>), the first
    heading outside the site's header, menus, side columns and footer."""
    if heading.root.tag == "h1" or TITLE_CLASS.search(f"{heading.attrib.get('class', '')} {heading.attrib.get('id', '')}"):
        return True
    if heading.root.tag not in LOWER_HEADINGS or sel.xpath("//h1"):
        return False
    first = sel.xpath(FIRST_CONTENT_HEADING)
    return bool(first) and first[0].root is heading.root


def own_words(body: str, shared_texts: "Iterable[str] | SharedTexts",
              shared_sentences: Container[str] = frozenset()) -> int:
    """Words of the body outside the texts and sentences other pages of the site print too.

    shared_sentences holds sentences as sentences() gives them and is only asked for membership: a
    source's record of them (SentencesSeen) answers without building a set of every other page's
    sentences for each page (that was quadratic in a source's pages)."""
    known = SharedTexts.of(shared_texts)
    if body in known:
        return 0
    return sum(len(s.split()) for s in sentences(body) if s not in known and s not in shared_sentences)


class SentencesSeen:
    """Which page of a source printed each sentence (as sentences() gives them), bounded: the first
    `per_page` sentences of a page, at most `limit` in all."""

    def __init__(self, limit: int, per_page: int) -> None:
        self.per_page = per_page
        self._pages = PagesSeen(limit)

    def count(self, body: str, page: str) -> None:
        for sentence in sentences(body)[:self.per_page]:
            if not self._pages.add(sentence, page):
                return

    def elsewhere(self, page: str) -> Container[str]:
        """The sentences another page than this one printed, for membership tests."""
        return self._pages.elsewhere(page)


def headline_dated(sel: Selector, title: str, languages: list[str]) -> bool:
    """The publication date belongs to the headline: declared in the page's metadata (JSON-LD, an
    article:published_time), or printed in the headline's byline or just above it. A date found only
    further down (a footer's stamp, a sentence) does not make a short text an article."""
    if any(isinstance(n.get("datePublished") or n.get("dateCreated"), str) for n in _json_ld(sel)):
        return True
    if _meta(sel, "article:published_time", "og:published_time", "datePublished"):
        return True
    return _date_near_title(sel, title, languages, header_only=True) is not None


# Headlines of error pages ("Page not found", "This page does not seem to exist…", "Błąd 404").
ERROR_TITLE = re.compile(
    r"\b(page|strona|strony|site)\b.{0,30}\b(not found|nie (została )?znalezion\w*|nie istnieje|does not (seem to )?exist|"
    r"(cannot|can't|could not) be found)|^(nie znaleziono|not found|brak strony|nie ma takiej strony)\b|"
    r"\b(error|błąd|blad)\s*(404|410|500)\b|^\W*(404|410)\b\W*($|[-–:|]|not found|error)",
    re.IGNORECASE)
ERROR_PAGE_MAX_WORDS = 150      # an error page says it in a few lines; a long page about an error is an article


def error_page(sel: Selector, title: str, body: str) -> bool:
    """The page is a "not found" / error page served as a normal page (a soft 404): its headline or
    <title> says so, and its text is a few lines.

    >>> error_page(Selector(text="<title>Nie znaleziono strony</title><h1>Strona nie istnieje</h1>"),
    ...            "Strona nie istnieje", "Sprawdź adres albo wróć na stronę główną.")
    True
    >>> error_page(Selector(text="<h1>Strona klastra niedostępna w sobotę</h1>"), "Strona klastra niedostępna w sobotę", "")
    False
    """
    if len(body.split()) > ERROR_PAGE_MAX_WORDS:
        return False
    doc_title = _norm(sel.xpath("//title//text()").get())
    return any(t and _words_of(t) <= 12 and ERROR_TITLE.search(t) for t in (title, TITLE_SEPARATORS.split(doc_title)[0]))


def linked_teasers_hold_text(sel: Selector, url: str, title: str, body: str) -> bool:
    """Below the headline, two or more headings link to other pages, and the blocks they head hold
    most of the text: a short listing (a topic page of two teasers) rather than one article. One such
    block is enough when it is a teaser of another page of the site (a tag page with a single post):
    it links that page again ("Read more") or prints its date."""
    heading = _title_element(sel, title)
    if heading is None or not body:
        return False
    page = urljoin(url, "").split("#")[0]
    blocks: list[str] = []
    single_teaser = False
    for h in heading.xpath("following::*[self::h2 or self::h3 or self::h4][.//a[@href]]"
                           "[not(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header)]"):
        href = urljoin(url, (h.xpath(".//a/@href").get() or "").strip()).split("#")[0]
        if not href or href == page or is_file_url(href):
            continue
        parent = h.xpath("..")[0]
        own = parent if len(parent.xpath("./*[self::h2 or self::h3 or self::h4]")) == 1 else h
        blocks.append(_norm(" ".join(own.xpath(".//text()").getall())))
        if own is parent and urlsplit(href).netloc == urlsplit(page).netloc:
            again = [urljoin(url, x.strip()).split("#")[0] for x in parent.xpath(".//a/@href").getall()].count(href) > 1
            single_teaser = again or bool(DATE_TEXT.search(blocks[-1][:200]))
    if len(blocks) < 2 and not (blocks and single_teaser):
        return False
    teaser_chars = sum(len(b) for b in blocks)
    return teaser_chars >= LISTING_TEASER_SHARE * max(len(_norm(body)), teaser_chars)


# Links of a language switcher: their text names a language (or a language code), or they carry hreflang.
LANGUAGE_NAMES = frozenset("""pl pol polski polska polish en eng english angielski de deu deutsch german niemiecki
fr français francais french es español espanol spanish it italiano italian cs čeština cz uk українська ua ru
lt lietuvių lv latviešu et eesti fi suomi sv svenska""".split())
SWITCHER_MARK = re.compile(r"lang|language|jezyk|język|wpml|polylang|translat|i18n|locale", re.IGNORECASE)


def language_links(sel: Selector, url: str) -> list[str]:
    """Links of the page's language switcher to other URLs (the same page in another language, or
    the home page of that language: the spider keeps only those shaped like this page's URL).

    >>> sel = Selector(text='<div class="language-selector"><a href="/news/a-b-c/">English</a> '
    ...                     '<a href="/pl/aktualnosci/a-b-c/">Polski</a></div><a href="/contact/">Contact</a>')
    >>> language_links(sel, "http://x.eu/news/a-b-c/")
    ['http://x.eu/pl/aktualnosci/a-b-c/']
    """
    here = urljoin(url, "").split("#")[0]
    out: list[str] = []
    for a in sel.xpath("//a[@href]"):
        text = _norm(" ".join(a.xpath(".//text()").getall())).lower().strip("[]()| ")
        named = text in LANGUAGE_NAMES or (a.attrib.get("hreflang") or a.attrib.get("lang")) is not None
        if not named:
            continue
        boxes = a.xpath("ancestor-or-self::*[position() <= 4]")
        if not (a.attrib.get("hreflang") or any(SWITCHER_MARK.search(f"{b.attrib.get('class', '')} {b.attrib.get('id', '')}")
                                                for b in boxes)):
            continue
        target = urljoin(url, a.attrib["href"].strip()).split("#")[0]
        if target != here and target.startswith(("http://", "https://")) and target not in out:
            out.append(target)
    return out


def links_document(sel: Selector, url: str, title: str) -> bool:
    """The content below the headline links a document file (not in menus, sidebars or the footer)."""
    heading = _title_element(sel, title)
    if heading is None:
        return False
    hrefs = heading.xpath("following::a[@href][not(ancestor::nav or ancestor::aside or ancestor::footer "
                          "or ancestor::header)]/@href").getall()
    return any(is_file_url(urljoin(url, h.strip())) for h in hrefs[:50])


LISTING_TEASER_SHARE = 0.6     # a page whose main text is mostly one list of teasers is a listing


def is_listing_page(sel: Selector, url: str, body: str, teasers: tuple[int, int] | None = None) -> bool:
    """The page is a list of other articles (a category page a sitemap lists beside the articles):
    one repeated list of dated or excerpted teasers holds most of its main text.

    teasers: teaser_list_chars of the page when the caller has it already."""
    items, chars = teasers if teasers is not None else teaser_list_chars(sel.root, url)
    return items >= 3 and chars >= LISTING_TEASER_SHARE * max(len(body), chars)


SUMMARY_MIN_DESCRIPTION = 60    # characters: a shorter description is a label, not a summary
DESCRIPTION_OVERLAP = 0.5       # share of a description's content words that the title or the lead must hold


def _stems(text: str) -> set[str]:
    """Content words cut to 5 letters (Polish inflects word endings: nagroda/nagrodę)."""
    return {w[:5] for w in re.findall(r"[^\W\d_]{4,}", text.lower())}


def own_description(description: str, body: str, title: str, shared: "Iterable[str] | SharedTexts" = ()) -> bool:
    """The description speaks about this page: not shared with other pages of the site (a tagline),
    not the title (with or without the site name), and most of its words are in the title or lead.

    >>> own_description("Two cluster shipyards were awarded for hybrid ferry designs.",
    ...                 "Two shipyards from the cluster received a prize for their hybrid ferry designs.", "Prize")
    True
    >>> own_description("The blog of the Baltic Maritime Cluster: ports, shipbuilding and blue economy.",
    ...                 "The Port of Gdynia has become a member of the cluster.", "Port joins the cluster")
    False
    """
    desc = _norm(description)
    if len(desc) < SUMMARY_MIN_DESCRIPTION or desc in SharedTexts.of(shared):
        return False
    if title and (desc.lower().startswith(title.lower()) and len(desc) < len(title) + 50):
        return False
    words = _stems(desc)
    if not words:
        return False
    lead = _stems(f"{title} {body[:1000]}")
    return len(words & lead) >= DESCRIPTION_OVERLAP * len(words)


def _with_table_caption(sel: Selector, body: str) -> str:
    """A body that is a table, with the table's <caption> in front when the extractor dropped it
    (the caption says what the table is: it is the lead of a table-only post)."""
    if not body.startswith("|"):
        return body
    for caption in sel.xpath("//table/caption"):
        text = _norm(" ".join(caption.xpath(".//text()").getall()))
        if text and text not in body[:len(text) + 20]:
            return f"{text} {body}"
    return body


MARKDOWN_TABLE = re.compile(r"\|(\s*:?-{3,}:?\s*\|)+|\|")


LIST_ITEM_MARK = re.compile(r"^\s*[-*•]\s+")


def list_items_as_clauses(text: str) -> str:
    r"""The extracted text with its list items (trafilatura's "- item" lines) as clauses of a sentence:
    a summary cut from a list of winners reads "A – for X; B – for Y." rather than "- A - B".

    >>> list_items_as_clauses("Nagrody otrzymali:\n- Firma A z Gliwic\n- Firma B z Zabrza\nGratulujemy!")
    'Nagrody otrzymali:\nFirma A z Gliwic;\nFirma B z Zabrza.\nGratulujemy!'
    """
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if not LIST_ITEM_MARK.match(line):
            out.append(line)
            continue
        item = LIST_ITEM_MARK.sub("", line).rstrip()
        following = next((x for x in lines[i + 1:] if x.strip()), "")
        if item and item[-1] not in ".!?;:,…":
            item += ";" if LIST_ITEM_MARK.match(following) else "."
        out.append(item)
    return "\n".join(out)


def lead(body: str) -> str:
    """The first sentences of the body (about 300 characters); a table's cells as plain words
    (trafilatura writes tables with | and |---| rules)."""
    if body.lstrip().startswith("|") or "|---" in body[:400]:
        body = _norm(MARKDOWN_TABLE.sub(" ", body))
    cut = body[:400]
    end = max(cut.rfind(". ", 0, 350), cut.rfind("! ", 0, 350), cut.rfind("? ", 0, 350))
    if end > 80:
        return cut[: end + 1]
    if len(body) <= 300:
        return body
    return cut[:300].rsplit(" ", 1)[0] + "…"


LEAD_KEY_CHARS = 40     # characters of the body's first words looked for in a description


def _opens_before_lead(description: str, body: str) -> bool:
    """The description prints the body's first words after something else: an automatic excerpt of the
    page's content that opens with the furniture the body was stripped of (an event's when / where box,
    a byline with a bio), not a description of the article.

    >>> body = "Zapraszamy firmy na konferencję o wodorze i magazynach energii."
    >>> _opens_before_lead("Kiedy: 18 czerwca 2026 Gdzie: Hala Expo, ul. Długa 4 " + body, body), _opens_before_lead(body, body)
    (True, False)
    """
    key = _squash(body)[:LEAD_KEY_CHARS]
    return len(key) == LEAD_KEY_CHARS and _squash(description).find(key) > 0


def summary(description: str, body: str, title: str = "", shared: "Iterable[str] | SharedTexts" = ()) -> str:
    """The article's own description when it has one, else the lead of its body."""
    desc = _norm(description)
    if own_description(desc, body, title, shared) and not _opens_before_lead(desc, body):
        return desc
    if body:
        return lead(body)
    return "" if desc in SharedTexts.of(shared) else desc
