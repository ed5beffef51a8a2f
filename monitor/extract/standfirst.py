"""The article's lead when the template prints it apart from the body (a standfirst).

Templates set the first paragraph apart below the headline: a bold paragraph (<p><strong>…</strong></p>,
a <b> paragraph), a "lead" / "intro" / "teaser" styled block, a one-cell table, a subheading that is a
sentence (<h2 class="lead">). The main-text extractor
often drops such a block as boilerplate (by its class) or starts at the body container after it, so
the summary would start at the second paragraph. The blocks printed between the headline and the
first line of the extracted text are read from the page already parsed (no second parse): the ones
that read as sentences, not a byline, a date, a caption or a link, are the lead.

>>> from lxml import html
>>> page = html.fromstring('<div><h1>Call is open</h1><p class="meta">Posted 11/05/2021</p>'
...     '<p class="teaser">Members can apply until the end of June for co-funding of pilot projects.</p>'
...     '<div class="body"><p>Each project can receive up to forty thousand euro.</p></div></div>')
>>> standfirst(page.xpath("//h1")[0], "Each project can receive up to forty thousand euro.")
'Members can apply until the end of June for co-funding of pilot projects.'
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from lxml import etree

from monitor.extract.dates import DATE_TEXT
from monitor.extract.furniture import FURNITURE_LINE, SENTENCE_END, is_lead_furniture
from monitor.extract.shared import SharedTexts

HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = {"p", "div", "td", "th", "li", "blockquote", "section", "dd", "table", "tr", "tbody", "article",
              "header", "main", "ul", "ol", "center", "font"} | HEADINGS
# Boxes between a headline and its text that are never its lead.
NOT_LEAD_TAGS = {"a", "nav", "aside", "footer", "figure", "figcaption", "button", "label", "select", "option",
                 "h1", "form", "script", "style", "noscript", "time", "small"}
NOT_LEAD_CLASS = re.compile(r"caption|photo|foto|zdj[eę]c|podpis|credit|byline|author|autor|meta|date|data|"
                            r"share|social|tags?\b|breadcrumb|path|sidebar|widget|newsletter|banner|menu|"
                            r"related|read-?also|zobacz|czytaj|komentarz|comment|advert|reklama|cookie",
                            re.IGNORECASE)
CAPTION_START = re.compile(r"^\W*(fot\.|fot:|foto\b|fotografi\w*|zdj[eę]ci\w*|ilustracj\w*|źródło|[źz]r[oó]d[lł]o|"
                           r"photo\w*|image|picture|source|credit)", re.IGNORECASE)
LEAD_CLASS = re.compile(r"lead|intro|teaser|standfirst|summary|excerpt|zajawk|wst[eę]p|lid\b|abstract", re.IGNORECASE)
LEAD_MIN_WORDS = 10          # a lead is a sentence or two, not a label
HEADING_LEAD_WORDS = 15      # a subheading printed as the lead (<h2 class="lead">, a long <h3>) reads as sentences
GAP_MAX_CHARS = 1500         # text between the headline and the body: a byline and a lead, not a column
NODES_MAX = 80               # text nodes read after the headline
KEY_CHARS = 40               # characters of the body's first line that find it in the page


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _skipped(node: etree._Element, stop: set[etree._Element]) -> bool:
    """The node, or a box around it below the level it shares with the headline, never holds the lead."""
    el: etree._Element | None = node
    while el is not None and el not in stop:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in NOT_LEAD_TAGS:
            return True
        if NOT_LEAD_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"):
            return True
        el = el.getparent()
    return False


def _block_of(el: etree._Element) -> etree._Element:
    while el.getparent() is not None and (not isinstance(el.tag, str) or el.tag not in BLOCK_TAGS):
        el = el.getparent()
    return el


def _is_lead(text: str, title: str, shared: SharedTexts) -> bool:
    words = len(re.findall(r"\w+", text))
    if words < LEAD_MIN_WORDS or text.lower() == title.lower() or text in shared:
        return False
    if not SENTENCE_END.search(text) and words < 2 * LEAD_MIN_WORDS:
        return False
    if (FURNITURE_LINE.match(text) and words <= 15) or CAPTION_START.match(text) or is_lead_furniture(text):
        return False
    m = DATE_TEXT.search(text)
    return not (m and len(re.findall(r"[^\W\d_]{2,}", text[: m.start()] + text[m.end():])) <= 6)


def standfirst(heading: etree._Element, first_line: str, title: str = "",
               shared: "Iterable[str] | SharedTexts" = (), apart: Callable[[str], bool] | None = None) -> str:
    """The lead blocks printed between the headline and the body's first line, joined; "" when none.

    apart: whether the page prints a text apart from its article (a banner, a caption: see
    furniture.apart_texts); such a block is no lead.

    Nothing is returned when the body's first line is not found within a short gap after the
    headline (the text is elsewhere on the page: the gap would be a column, not a lead).
    """
    key = _squash(first_line)[:KEY_CHARS]
    if len(key) < 12:
        return ""
    shared_l = SharedTexts.of(shared)
    nodes = heading.xpath("following::text()[normalize-space()][position() <= $n]", n=NODES_MAX)
    seen = ""
    gap: list[tuple[etree._Element, str, int]] = []
    body_at = -1
    for node in nodes:
        parent = node.getparent()
        if parent is None or parent.tag in ("script", "style", "noscript"):
            continue
        owner = parent.getparent() if node.is_tail else parent
        if owner is None:
            continue
        seen += _squash(node)
        gap.append((owner, str(node), len(seen)))
        if (at := seen.find(key)) >= 0:
            body_at = at
            break
        if len(seen) > GAP_MAX_CHARS + KEY_CHARS:
            return ""
    if body_at < 0:
        return ""
    stop = set(heading.iterancestors())
    blocks: dict[etree._Element, list[str]] = {}
    for owner, text, end in gap:
        if end > body_at:           # this node already holds the body's first line
            break
        if _skipped(owner, stop):
            continue
        blocks.setdefault(_block_of(owner), []).append(text)
    leads = []
    for block, parts in blocks.items():
        text = " ".join(" ".join(parts).split())
        if block.tag in HEADINGS and not LEAD_CLASS.search(f"{block.get('class', '')} {block.get('id', '')}") \
                and (len(text.split()) < HEADING_LEAD_WORDS or not SENTENCE_END.search(text)):
            continue            # a subheading, not a lead
        if _is_lead(text, title, shared_l) and not (apart is not None and apart(text)):
            leads.append(text)
    return "\n".join(leads)
