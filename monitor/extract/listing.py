"""Listing pages: which links are articles, which is the next page, which feeds are offered.

Without selectors, every same-host link on a listing page gets a score from what a reader sees:
- where it sits: the main content, or the page chrome (nav, header, footer, sidebar, cookie banner);
- whether it belongs to the repeated teaser list (the group of links sharing one DOM path that
  holds the most distinct, title-like links: the "dominant group");
- the URL's shape (dates, ids, long slugs; or tag, category, author, contact, calendar pages);
- the link text (a headline has several words) and a date printed next to it;
- taxonomy links repeat across teasers (the same category under many items), articles do not.
Links scoring at least ACCEPT are articles. The dominant group's signature is returned so that the
spider can hand it to the next listing pages, where the list may be short (one item on the last page).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable
from urllib.parse import urljoin, urlsplit

from lxml import etree
from parsel import Selector

from monitor.extract.dates import DATE_TEXT as DATE_NEAR
from monitor.extract.selectors import select
from monitor.extract.urlshape import archive_year, article_shape, is_file_url, is_pagination_url, slug_words
from monitor.urls import canonical_url, same_host

if TYPE_CHECKING:
    from monitor.config import Source

ACCEPT = 3.0
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "#", "data:", "sms:", "callto:", "skype:", "whatsapp:")
NEXT_WORDS = (
    r"następn\w*|nastepn\w*|dalej|starsze|starsze wpisy|starsze artykuły|starsze aktualności|wcześniejsze|"
    r"poprzednie wpisy|kolejna|kolejne|więcej (aktualności|wpisów|artykułów|wiadomości)|pokaż więcej|"
    r"załaduj więcej|wczytaj więcej|next|older|older posts|older entries|older news|earlier|more news|"
    r"more posts|more articles|more stories|load more|show more|›|»|>|>>|→|⟩"
)
NEXT_TEXT = re.compile(rf"^\W*({NEXT_WORDS})(\s+[^\W\d]+){{0,2}}\W*$", re.IGNORECASE)
# Only pager words (a headline starting with "Next" is not a pager link).
PAGER_ONLY = re.compile(
    rf"^\W*({NEXT_WORDS})(\s+(strona|stronę|page|posts|entries|articles|items|news|wpisy|artykuły|aktualności|"
    rf"wiadomości))?\W*$",
    re.IGNORECASE,
)
NEXT_CLASS = re.compile(r"(^|[\s_-])(next|nastepna|nextpostslink|older|load-more|loadmore|pager-next|more-link-page)"
                        r"($|[\s_-])", re.IGNORECASE)
PREV_TEXT = re.compile(r"^\W*(poprzedni\w*|wstecz|prev|previous|newer|nowsze|‹|«|<)(\s+\w+)?\W*$", re.IGNORECASE)

CHROME_TAGS = {"nav", "footer", "aside", "menu"}
CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"}
CHROME_WORDS = re.compile(
    r"(^|[\s_-])(nav|navbar|navigation|nawigacja|menu|mainmenu|topmenu|submenu|footer|stopka|sidebar|"
    r"side|aside|boczn\w*|widget|widgets|breadcrumbs?|okruszki|cookies?|cookie-\w+|rodo|gdpr|consent|share|"
    r"sharing|social|socials|social-links|related|polecane|popular|most-read|najczesciej-czytane|"
    r"lang-switch|language-switcher|languages|topbar|top-bar|toolbar|skip-link|tagcloud|tag-cloud|chmura|"
    r"tags|tagi|categories|kategorie|partners|partnerzy|sponsors|sponsorzy|logos|banners?|ads|advert\w*|"
    r"reklama|newsletter|header|naglowek|masthead|site-header|page-header|calendar|kalendarz|events|"
    r"upcoming-events|wydarzenia)($|[\s_-])",
    re.IGNORECASE,
)
MAIN_WORDS = re.compile(r"(^|[\s_-])(main|content|tresc|treść|primary|posts|news|aktualnosci|articles|"
                        r"view-content|entries|list|lista|listing|results|archive|loop)($|[\s_-])",
                        re.IGNORECASE)
@dataclass
class Link:
    """One <a href> of a listing page, with what the heuristics saw."""

    url: str
    text: str
    signature: str
    chrome: float = 0.0
    in_main: bool = False
    shape: int = 0
    date_near: bool = False
    item: object | None = None
    score: float = 0.0


@dataclass
class ListingAnalysis:
    """What a listing page yields: article URLs, the next page, feeds, the teaser-list signature."""

    articles: list[str] = field(default_factory=list)
    next_page: str | None = None
    feeds: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    title: str = ""
    description: str = ""           # the listing's meta description: a text the site's pages share
    archives: list[str] = field(default_factory=list)   # year/month archive pages of the same listing
    current_year: str | None = None  # the year a row of year links or a year <select> marks as this page's


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _attr_words(el: etree._Element) -> str:
    return f"{el.get('id') or ''} {el.get('class') or ''}"


def _classes(el: etree._Element) -> str:
    tokens = [t for t in (el.get("class") or "").split() if not re.search(r"\d", t)]
    return ".".join(sorted(tokens)[:4])


def _signature(a: etree._Element) -> str:
    """DOM path of a link: tag names (with ids) from <body>, classes of the link and its parent."""
    parts = []
    parent = a.getparent()
    for el in a.iterancestors():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("html", "body"):
            break
        ident = el.get("id") or ""
        ident = "" if re.search(r"\d", ident) else ident
        cls = _classes(el) if el is parent else ""
        parts.append(f"{tag}{'#' + ident if ident else ''}{'.' + cls if cls else ''}")
    parts.reverse()
    parts.append(f"a.{_classes(a)}")
    return "/".join(parts)


def _chrome_and_main(a: etree._Element) -> tuple[float, bool]:
    """(chrome penalty, inside main content) from the link's ancestors, nearest first.

    A <header> (or class "entry-header") inside an <article> or <main> is the teaser's own header.
    """
    ancestors = [el for el in a.iterancestors() if isinstance(el.tag, str) and el.tag not in ("body", "html")]
    in_article = [el.tag in ("main", "article") or (el.get("role") or "").lower() in ("main", "article")
                  for el in ancestors]
    for i, el in enumerate(ancestors):
        tag = el.tag
        role = (el.get("role") or "").lower()
        if in_article[i]:
            return 0.0, True
        enclosed = any(in_article[i + 1:])
        if tag in CHROME_TAGS or role in CHROME_ROLES - ({"banner"} if enclosed else set()):
            return 3.0, False
        if tag == "header" and not enclosed:
            return 3.0, False
        words = _attr_words(el)
        m = CHROME_WORDS.search(words)
        if m and not (enclosed and re.search(r"header|naglowek|masthead", m.group(0), re.IGNORECASE)):
            return 2.0, False
        if MAIN_WORDS.search(words):
            return 0.0, True
    return 0.0, False


def _element_key(el: etree._Element) -> str:
    return f"{el.tag}.{_classes(el)}"


def _sibling_keys(parent: etree._Element, cache: dict[etree._Element, Counter[str]] | None) -> Counter[str]:
    """How many children of parent have each element key (cached: a list of thousands of links
    would otherwise cost thousands x thousands key computations)."""
    if cache is not None and parent in cache:
        return cache[parent]
    counts = Counter(_element_key(sib) for sib in parent if isinstance(sib.tag, str))
    if cache is not None:
        cache[parent] = counts
    return counts


def _item_of(a: etree._Element, cache: dict[etree._Element, Counter[str]] | None = None) -> etree._Element:
    """The teaser around a link: the nearest ancestor that is one of several alike siblings.

    A teaser is small: an ancestor holding much text or many links is a page column, not a teaser.
    """
    node = a
    for _ in range(6):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if node is not a and (node.xpath("count(.//a)") > 8 or len(_text_of(node, 1500)) > 1200):
            break
        key = _element_key(node)
        alike = _sibling_keys(parent, cache)[key]
        if alike >= 2 and node is not a:
            return node
        node = parent
    return a.getparent() if a.getparent() is not None else a


def _text_of(el: etree._Element, limit: int = 600) -> str:
    out = []
    size = 0
    for t in el.itertext():
        out.append(t)
        size += len(t)
        if size > limit:
            break
    return _norm(" ".join(out))


def _has_date(el: etree._Element) -> bool:
    if el.tag == "time" or el.xpath("count(.//time)"):
        return True
    return bool(DATE_NEAR.search(_text_of(el)))


def _has_date_cached(el: etree._Element, cache: dict[etree._Element, bool]) -> bool:
    """_has_date, once per element (thousands of links may share one block)."""
    if el not in cache:
        cache[el] = _has_date(el)
    return cache[el]


def _anchor_text(a: etree._Element) -> str:
    text = _norm(" ".join(a.itertext()))
    if not text:
        text = _norm(a.get("title") or " ".join(a.xpath(".//img/@alt")))
    return text


# Link texts that say nothing about the article: the teaser's heading names it instead.
READ_MORE = re.compile(
    r"^\W*(czytaj|przeczytaj|zobacz|więcej|wiecej|dowiedz się|pokaż|read|more|continue|learn more|details|"
    r"szczegóły|szczegoly|full (story|article)|view|open|go|weiter|lire|leer)\b[\w\s]{0,24}?\W*$|^\W*$",
    re.IGNORECASE,
)
HEADINGS = "h1|h2|h3|h4|h5|h6"


def _teaser_heading(item: etree._Element, a: etree._Element) -> str:
    """The heading of the teaser around a read-more or image link (a heading that links nowhere else).

    >>> from lxml import html
    >>> div = html.fromstring('<div><h2>Złoty medal</h2><p>Wstęp</p><a href="/a-1">Czytaj więcej…</a></div>')
    >>> _teaser_heading(div, div.xpath('//a')[0])
    'Złoty medal'
    """
    own = (a.get("href") or "").strip()
    for h in item.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6"):
        if any((x.get("href") or "").strip() != own for x in h.iter("a")):
            continue
        text = _norm(" ".join(h.itertext()))
        if text:
            return text
    return ""


def _links(root: etree._Element, base_url: str) -> Iterable[tuple[etree._Element, str]]:
    base = root.xpath("//base/@href")
    base_url = urljoin(base_url, base[0].strip()) if base else base_url
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.lower().startswith(SKIP_SCHEMES):
            continue
        url = urljoin(base_url, href)
        if url.startswith(("http://", "https://")):
            yield a, url


def allowed(url: str, source: "Source") -> bool:
    """The source's include/exclude URL regexes and host."""
    if not same_host(url, source.host):
        return False
    if source.include and not any(re.search(p, url) for p in source.include):
        return False
    return not any(re.search(p, url) for p in source.exclude)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _title_like(text: str) -> bool:
    return _words(text) >= 3 or len(text) >= 20 and _words(text) >= 2


def _score_links(root: etree._Element, url: str, source: "Source", hint: Iterable[str] = (),
                 start_url: str | None = None) -> tuple[dict[str, float], list[str]]:
    pages = {canonical_url(url), canonical_url(start_url or source.url)}
    links: list[Link] = []
    sibling_keys: dict[etree._Element, Counter[str]] = {}
    dates: dict[etree._Element, bool] = {}
    for a, target in _links(root, url):
        if not allowed(target, source) or is_file_url(target):
            continue
        canon = canonical_url(target)
        if canon in pages or is_pagination_url(target) or urlsplit(canon).path in ("", "/") and not urlsplit(canon).query:
            continue
        text = _anchor_text(a)
        if PAGER_ONLY.match(text) or PREV_TEXT.match(text):
            continue
        chrome, in_main = _chrome_and_main(a)
        item = _item_of(a, sibling_keys)
        if item is not a and READ_MORE.match(text):
            text = _teaser_heading(item, a) or text
        # The list holding the teaser is part of the signature: two blocks of one template (news,
        # areas of activity) are two groups.
        holder = item.getparent() if item is not a else None
        signature = _signature(a) + (f"@{_element_key(holder)}" if holder is not None else "")
        links.append(Link(url=canon, text=text, signature=signature, chrome=chrome,
                          in_main=in_main, shape=article_shape(canon, url), item=item,
                          date_near=_has_date_cached(item if item is not a else a, dates)))

    # Groups of links with one DOM path: the teaser list is the one with most distinct title-like links.
    groups: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        groups[link.signature].append(link)
    values: dict[str, float] = {}
    for sig, members in groups.items():
        good = {m.url for m in members if m.shape >= 0 and (_title_like(m.text) or m.date_near)}
        chrome = sum(m.chrome for m in members) / len(members)
        values[sig] = len(good) * (1.0 if chrome == 0 else 0.35)
    # News lists print dates; menus and blocks of long link texts do not. When a group of at least
    # two links mostly has dates beside them, only such dated groups are teaser lists.
    dated_any = {sig for sig, members in groups.items() if sum(m.date_near for m in members) * 2 >= len(members)}
    dated = {sig for sig in dated_any if values[sig] >= 2}
    hinted = [s for s in hint if s in groups]
    if hinted:
        dominant = set(hinted)
    else:
        pool = {s: v for s, v in values.items() if s in dated} if dated else values
        best = max(pool.values(), default=0)
        dominant = {s for s, v in pool.items() if v >= 2 and v >= best * 0.6} if best >= 2 else set()
    dated_list = bool(dominant & dated_any)

    # A URL linked from several teasers (with other articles beside it) is a category or tag.
    items_per_url: dict[str, set[int]] = defaultdict(set)
    for link in links:
        if link.item is not None:
            items_per_url[link.url].add(id(link.item))

    scores: dict[str, float] = {}
    for link in links:
        s = -link.chrome + (1.0 if link.in_main else 0.0)
        s += {1: 1.5, 0: 0.0, -1: -2.5, -2: -4.0}[link.shape]
        words = _words(link.text)
        if _title_like(link.text):
            s += 1.5
        elif words <= 1 and len(link.text) < 12:
            s -= 0.5
        if link.date_near:
            s += 1.5
        if link.signature in dominant:
            s += 2.0
        elif values.get(link.signature, 0) >= 3 and link.chrome == 0:
            s += 0.5
        if len(items_per_url[link.url]) >= 3:
            s -= 3.0
        if dated_list and link.signature not in dominant and not link.date_near and not link.in_main:
            s -= 1.0        # beside a dated news list, an undated link outside the content is a menu
        if slug_words(link.url) == 0 and link.shape <= 0 and not urlsplit(link.url).query:
            s -= 1.0
        scores[link.url] = max(scores.get(link.url, -99.0), s)
    return scores, sorted(dominant)


def analyse_listing(html: str, url: str, source: "Source", hint: Iterable[str] = (),
                    start_url: str | None = None, page_number: int | None = None) -> ListingAnalysis:
    """Article links, next page and feeds of one listing page (override selectors win)."""
    sel = Selector(text=html or "<html></html>")
    out = ListingAnalysis()
    if source.article_links:
        nodes = select(sel, source.article_links)
        hrefs = [n.attrib.get("href") if not isinstance(n.root, str) else n.root for n in nodes]
        found = [canonical_url(urljoin(url, h.strip())) for h in hrefs if h]
        page = canonical_url(url)
        out.articles = [u for u in dict.fromkeys(found) if allowed(u, source) and u != page]
    else:
        scores, out.signatures = _score_links(sel.root, url, source, hint, start_url)
        out.scores = scores
        out.articles = [u for u, s in scores.items() if s >= ACCEPT]
    out.archives = archive_links(sel.root, url, source, start_url or source.url)
    out.current_year = current_archive_year(sel.root) if out.archives else None
    archives = set(out.archives)
    out.articles = [u for u in out.articles if u not in archives]
    near_articles = {u for u, s in out.scores.items() if s >= ACCEPT - 1} | set(out.articles)
    out.next_page = next_page(html, url, source, start_url=start_url, sel=sel, articles=near_articles,
                              page_number=page_number)
    out.feeds = feed_links(html, url, sel=sel)
    out.title = _norm(sel.xpath("//title//text()").get())
    out.description = _norm(sel.xpath("//meta[@name='description' or @property='og:description']/@content").get())
    return out


# The label of a year archive link or option: "2025", "Rok 2025", "Archiwum 2025", "Archive 2025".
ARCHIVE_LABEL = re.compile(r"^\W*(?:(?:rok|year|archiwum|archive|archiv|jahr)\W*)?((?:19|20)\d{2})\W*$", re.IGNORECASE)


def _same_section(section: str, listing_paths: Iterable[str]) -> bool:
    """An archive's section path is the listing's (or the start page's) path, its folder, or one above it."""
    for path in listing_paths:
        folder = path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"
        if section in (path, folder) or folder.startswith(section) or section.startswith(folder):
            return True
    return False


def _form_archives(root: etree._Element, base_url: str) -> Iterable[tuple[str, str]]:
    """(URL, year) of the options of a year <select>: a GET form's query, or an option whose value is a URL."""
    for select_el in root.iter("select"):
        form = next((f for f in select_el.iterancestors("form")), None)
        name = select_el.get("name") or ""
        for option in select_el.iter("option"):
            value = (option.get("value") or "").strip()
            label = _norm(" ".join(option.itertext()))
            m = ARCHIVE_LABEL.match(label) or ARCHIVE_LABEL.match(value)
            if not m or not value or option.get("selected") is not None:
                continue        # the selected year is the page being read
            if "/" in value or value.startswith("?"):
                yield urljoin(base_url, value), m.group(1)
            elif form is not None and name and (form.get("method") or "get").lower() == "get":
                yield urljoin(base_url, form.get("action") or "").split("?")[0] + f"?{name}={value}", m.group(1)


def current_archive_year(root: etree._Element) -> str | None:
    """The year shown as selected in a year <select>, or left unlinked in a row of year links: the
    listing's own year, whose ?rok= archive would be this page again."""
    for option in root.xpath("//select/option[@selected]"):
        if m := ARCHIVE_LABEL.match(_norm(" ".join(option.itertext()))):
            return m.group(1)
    for a in root.iter("a"):
        parent = a.getparent()
        if parent is None or not ARCHIVE_LABEL.match(_anchor_text(a)):
            continue
        for el in parent:
            if el.tag != "a" and isinstance(el.tag, str) and not el.xpath(".//a") \
                    and (m := ARCHIVE_LABEL.match(_norm(" ".join(el.itertext())))):
                return m.group(1)
    return None


def archive_links(root: etree._Element, url: str, source: "Source", start_url: str) -> list[str]:
    """Year archives of this listing (a row "2026 | 2025 | 2024", a year <select>, ?rok=2025, /archiwum/2024/):
    older items are often linked only from there, so they are read like further pages of the listing.

    A link counts when its label is a year and its URL is an archive of that year in the listing's own
    section on the same host (a year link to another section, a report or an event is left alone).
    """
    here = {canonical_url(url), canonical_url(start_url)}
    paths = [urlsplit(url).path or "/", urlsplit(start_url).path or "/"]
    candidates = [(target, m.group(1)) for a, target in _links(root, url)
                  if (m := ARCHIVE_LABEL.match(_anchor_text(a)))]
    out: dict[str, None] = {}
    for target, year in candidates + list(_form_archives(root, url)):
        found = archive_year(target)
        if not found or found[1] != year or not allowed(target, source) or canonical_url(target) in here:
            continue
        if _same_section(found[0], paths):
            out[canonical_url(target)] = None
    return list(out)


def article_links(html: str, url: str, source: "Source") -> list[str]:
    """Links to articles on a listing page (override selector, else heuristics)."""
    return analyse_listing(html, url, source).articles


def _pagination_like(candidate: str, current: str, start: str) -> bool:
    """A next page stays in the listing: same path with another query, or a numbered sub-page."""
    c, cur, st = urlsplit(canonical_url(candidate)), urlsplit(canonical_url(current)), urlsplit(canonical_url(start))
    if canonical_url(candidate) in (canonical_url(current), canonical_url(start)):
        return False
    if is_pagination_url(candidate):
        return True
    for base in (cur, st):
        if c.path == base.path and c.query != base.query:
            return True
        base_dir = base.path if base.path.endswith("/") else base.path.rsplit("/", 1)[0] + "/"
        stem = re.sub(r"\.\w+$", "", base.path)
        for prefix in (base_dir, stem):
            if prefix and c.path.startswith(prefix):
                rest = c.path[len(prefix):]
                if re.search(r"\d", rest + c.query) and len(rest) <= 24 and rest.count("-") <= 2:
                    return True
    return False


PAGE_NUMBER = re.compile(r"^\W*(?:(?:strona|str\.?|page|go to page|seite|pagina)\s*)?(\d{1,4})\W*$", re.IGNORECASE)


def _numbered_links(root: etree._Element) -> list[tuple[etree._Element, int]]:
    """Links of a numbered pager: "2", "Strona 2", "Page 2" (screen-reader words included)."""
    out = []
    for a in root.iter("a"):
        if (m := PAGE_NUMBER.match(_anchor_text(a))) and int(m.group(1)) > 0 and not _year_link(a, m.group(1)):
            out.append((a, int(m.group(1))))
    return out


def _year_link(a: etree._Element, number: str) -> bool:
    """A "2024" that links the 2024 archive (or "2026" the listing itself) is a year of a row of year links,
    not page 2024 of a pager: a pager's link carries its page number in the URL."""
    if not re.fullmatch(r"(19|20)\d{2}", number):
        return False
    url = urljoin("http://x/", (a.get("href") or "").strip())
    found = archive_year(url)
    return bool(found and found[1] == number) or not is_pagination_url(url)


def _unlinked_page_number(numbered: list[tuple[etree._Element, int]]) -> list[int]:
    """The current page of a pager that does not mark it: the one number in it that is not a link.

    >>> from lxml import html
    >>> root = html.fromstring('<ul><li><span>1</span></li><li><a href="?page=2">2</a></li></ul>')
    >>> _unlinked_page_number(_numbered_links(root))
    [1]
    """
    linked = {n for _, n in numbered}
    seen: set[int] = set()
    for a, _ in numbered:
        pager = a.getparent()
        for _ in range(2):          # <a> in <li> in <ul>, or <a> beside <span> in <nav>
            if pager is None or len(pager.xpath(".//a")) > 40:
                break
            for el in pager.iter():
                if el.tag in ("a", "script", "style") or not isinstance(el.tag, str) or el.xpath("ancestor::a"):
                    continue
                text = _norm(" ".join(el.itertext()))
                if (m := PAGE_NUMBER.match(text)) and not el.xpath(".//a") and int(m.group(1)) not in linked:
                    seen.add(int(m.group(1)))
            if seen:
                return sorted(seen)[:1] if len(seen) == 1 else []
            pager = pager.getparent()
    return []


def next_page(html: str, url: str, source: "Source", start_url: str | None = None,
              sel: Selector | None = None, articles: set[str] | None = None,
              page_number: int | None = None) -> str | None:
    """The next listing page, if any: rel=next, a "next"/"older"/"load more" link, the next number.

    page_number: the number of this page in the crawl (1 for the start page), for a numbered pager
    that marks its current page neither by class nor by leaving it unlinked.
    """
    sel = sel or Selector(text=html or "<html></html>")
    if source.next_page:
        for n in select(sel, source.next_page):
            href = n.attrib.get("href") if not isinstance(n.root, str) else n.root
            if href:
                return urljoin(url, href.strip())
        return None
    start = start_url or source.url
    articles = articles or set()

    def ok(href: str | None) -> str | None:
        if not href or href.strip().lower().startswith(SKIP_SCHEMES):
            return None
        full = urljoin(url, href.strip())
        if not same_host(full, source.host) or canonical_url(full) in articles:
            return None
        return full if _pagination_like(full, url, start) else None

    for href in sel.xpath("//link[@rel='next']/@href | //a[contains(concat(' ', @rel, ' '), ' next ')]/@href").getall():
        if found := ok(href):
            return found
    candidates: list[tuple[int, str]] = []
    for a in sel.root.iter("a"):
        href = a.get("href")
        text = _anchor_text(a)
        label = _norm(a.get("aria-label") or a.get("title") or "")
        if PREV_TEXT.match(text) and not NEXT_TEXT.match(text):
            continue
        rank = None
        if NEXT_TEXT.match(text) or (label and NEXT_TEXT.match(label)):
            rank = 0
        elif NEXT_CLASS.search(_attr_words(a)) or (a.getparent() is not None and NEXT_CLASS.search(_attr_words(a.getparent()))):
            rank = 1
        if rank is not None and (found := ok(href)):
            candidates.append((rank, found))
    if candidates:
        return sorted(candidates, key=lambda c: (c[0], not is_pagination_url(c[1])))[0][1]
    # Numbered pager: the link whose number follows the current page's.
    numbered = _numbered_links(sel.root)
    current = sel.xpath("//*[@aria-current='page' or contains(concat(' ', @class, ' '), ' current ') or "
                        "contains(concat(' ', @class, ' '), ' active ')][not(self::li) or not(.//a)]//text()").getall()
    numbers = [int(t.strip()) for t in current if t.strip().isdigit()]
    numbers = numbers or _unlinked_page_number(numbered)
    if not numbers and page_number:
        numbers = [page_number]
    if numbers:
        for a, number in numbered:
            if number == numbers[0] + 1 and (found := ok(a.get("href"))):
                return found
    # Infinite scroll without an HTML pager: a data attribute holding the next URL.
    for href in sel.xpath("//@data-next | //@data-next-url | //@data-next-page | //@data-href[contains(., 'page')]").getall():
        if (found := ok(href)):
            return found
    return None


def feed_links(html: str, url: str, sel: Selector | None = None) -> list[str]:
    """RSS/Atom feeds announced with <link rel="alternate">."""
    sel = sel or Selector(text=html or "<html></html>")
    hrefs = sel.xpath(
        "//link[@rel='alternate'][contains(@type,'rss') or contains(@type,'atom')]/@href"
    ).getall()
    return [urljoin(url, h.strip()) for h in hrefs if h.strip()]


# A box of teasers of other articles inside an article page ("Related", "Zobacz też").
RELATED_BOX = re.compile(r"(^|[\s_-])(related\w*|read-?also|read-?next|see-?also|zobacz\w*|czytaj\w*|polecane|"
                         r"recommended|more-news|inne\w*|post-navigation|nav-links)($|[\s_-])", re.IGNORECASE)
TEASER_MIN_ITEMS = 3


def teaser_list_chars(root: etree._Element, url: str) -> tuple[int, int]:
    """(items, characters) of the longest repeated list of teasers linking to other pages in the
    content of a page (not in its menus, sidebars or "related" boxes).

    A listing page is mostly such a list: a title link per item with a date or an excerpt beside
    it. An article page has its own text, and at most a small box of related teasers.

    >>> from lxml import html
    >>> items = "".join(f'<li><span>0{i}.05.2021</span> <a href="/n/{i}/">Konkurs numer {i} rozstrzygnięty</a></li>'
    ...                 for i in range(1, 5))
    >>> teaser_list_chars(html.fromstring(f"<html><body><h1>Wiadomości</h1><ul>{items}</ul></body></html>"), "http://x/")
    (4, 164)
    """
    page = canonical_url(url)
    groups: dict[str, dict[int, etree._Element]] = defaultdict(dict)
    targets: dict[str, set[str]] = defaultdict(set)
    sibling_keys: dict[etree._Element, Counter[str]] = {}
    for a, target in _links(root, url):
        canon = canonical_url(target)
        if canon == page or is_file_url(target):
            continue
        chrome, _ = _chrome_and_main(a)
        if chrome:
            continue
        item = _item_of(a, sibling_keys)
        if item is a or any(RELATED_BOX.search(_attr_words(el)) for el in [item, *item.iterancestors()]
                            if isinstance(el.tag, str)):
            continue
        text = _anchor_text(a)
        if READ_MORE.match(text):
            text = _teaser_heading(item, a) or text
        if not _title_like(text):
            continue
        holder = item.getparent()
        signature = _signature(a) + (f"@{_element_key(holder)}" if holder is not None else "")
        groups[signature][id(item)] = item
        targets[signature].add(canon)
    best = (0, 0)
    for sig, items in groups.items():
        if len(targets[sig]) < TEASER_MIN_ITEMS:
            continue
        texts = [_text_of(item, 2000) for item in items.values()]
        dated = sum(_has_date(item) for item in items.values())
        excerpts = sum(len(t) >= 80 for t in texts)
        if max(dated, excerpts) * 2 < len(items):
            continue
        chars = sum(len(t) for t in texts)
        if chars > best[1]:
            best = (len(items), chars)
    return best
