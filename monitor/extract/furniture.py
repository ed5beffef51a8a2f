"""Page furniture around an article's text: layout tables, counters, "back" and "see also" lines.

Old CMS templates (Mambo, Joomla 1.x, hand-written PHP) lay the whole page out in tables and put
visit counters, print/e-mail buttons, "Zobacz także" boxes and "« Powrót" links in the same cell as
the text. trafilatura reads a layout table as a data table (its cells joined by "|"), so layout
tables are turned into plain blocks first; the lines of furniture that still lead the text are
dropped from it, so that the body and the summary start with the article's own first sentence.
"""

from __future__ import annotations

import re
from typing import Callable

from lxml import etree, html as lxml_html

from monitor.extract.dateorder import WEEKDAY_NAMES
from monitor.extract.dates import DATE_TEXT

LAYOUT_BLOCKS = "table|p|div|ul|ol|h1|h2|h3|h4|form|iframe"
LAYOUT_CELL_WORDS = 60


def _is_layout_table(table: etree._Element) -> bool:
    """A table used for layout: it holds other tables, paragraphs or blocks, long cells, or one cell
    only (a box around a lead or a note: no data table has a single cell)."""
    if len(table.xpath(".//td | .//th")) == 1:
        return True
    if table.xpath(".//*[self::table or self::p or self::div or self::ul or self::ol or self::h1 or self::h2 "
                   "or self::h3 or self::h4 or self::form or self::iframe]"):
        return True
    return any(len(" ".join(cell.itertext()).split()) > LAYOUT_CELL_WORDS for cell in table.iter("td", "th"))


def unlayout_tables(page: str) -> str:
    """The page with its layout tables turned into <div>s (data tables are kept).

    >>> out = unlayout_tables("<html><body><table><tr><td><p>Text</p></td><td>Menu</td></tr></table>"
    ...                       "<table><tr><td>1</td><td>2</td></tr></table></body></html>")
    >>> "<div><div><div><p>Text</p></div>" in out, "<td>1</td>" in out
    (True, True)
    """
    if "<table" not in page.lower():
        return page
    try:
        root = lxml_html.fromstring(page)
    except (etree.ParserError, ValueError):
        return page
    layout = [t for t in root.iter("table") if _is_layout_table(t)]
    if not layout:
        return page
    # The rows and cells of each layout table (not of the tables nested in it), found before renaming.
    parts: list[etree._Element] = []
    for table in layout:
        parts.append(table)
        parts += [el for el in table.iter("thead", "tbody", "tfoot", "tr", "td", "th")
                  if next(el.iterancestors("table"), None) is table]
    for el in parts:
        el.tag = "div"
        for attr in ("width", "height", "valign", "align", "colspan", "rowspan", "cellpadding", "cellspacing"):
            el.attrib.pop(attr, None)
    return lxml_html.tostring(root, encoding="unicode")


# Lines that are page furniture, not the article: counters, buttons, navigation, share bars.
FURNITURE_LINE = re.compile(
    r"^\W*(licznik\w*( odwiedzin)?|odwiedzin\w*|odsłon\w*|wyświetle\w*|liczba (wyświetleń|odsłon)|hits|views|"
    r"zobacz (też|także|również)|czytaj (też|także|również)|przeczytaj (też|także)|polecamy|powiązane|"
    r"see also|read also|read next|related( posts| articles)?|"
    r"powr[óo]t|wróć|wstecz|back( to [\w ]{1,30})?|all posts|‹ all posts|"
    r"drukuj|wydrukuj|print|e-?mail|pdf|udostępnij|share( this)?|tweet|"
    r"strona główna|home|jesteś tutaj|you are here|"
    r"napisa\w*( przez)?|autor|author|by|reading time|\d+ min(ute)?s? read|"
    r"dzisiaj|wczoraj|razem|online)\b",
    re.IGNORECASE,
)
WEEKDAY_LINE = re.compile(rf"[-*•\s]*({WEEKDAY_NAMES})\.?,?", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…]\s*$|[.!?]\s")
MIN_LEAD_WORDS = 8


def _is_furniture(line: str, title: str) -> bool:
    text = line.strip(" |\t")
    if not text:
        return True
    words = len(re.findall(r"\w+", text))
    if title and text.lower() in (title.lower(), f"{title.lower()} |"):
        return True
    if FURNITURE_LINE.match(text) and (words <= 12 or not SENTENCE_END.search(text)):
        return True
    # A weekday in a cell of its own beside the date ("- wt.", "Tuesday"): its dot is no sentence's end.
    if WEEKDAY_LINE.fullmatch(text):
        return True
    # A date line or a dateline ("Kielce, dnia 08.06.2021 r.", "Opublikowano: 17 VI 2021"): byline, not lead.
    m = DATE_TEXT.search(text)
    if m and len(re.findall(r"[^\W\d_]{2,}", text[: m.start()] + text[m.end():])) <= 4:
        return True
    # A short line without a sentence in it: a label, a button, a breadcrumb.
    return words < MIN_LEAD_WORDS and not SENTENCE_END.search(text)


def strip_leading_furniture(text: str, title: str = "", printed_apart: Callable[[str], bool] | None = None) -> str:
    """The text from its first line that is not furniture (lines as trafilatura gives them).

    printed_apart: whether the page prints a line apart from the article (in a caption, a share bar, a
    banner, its header or footer; as the site's tagline): such a line does not lead the text either.

    >>> strip_leading_furniture("Licznik odwiedzin\\nDzisiaj: 17\\nZobacz także: Szkolenie BHP\\n« Powrót\\n"
    ...                         "Klaster otrzymał wyróżnienie w konkursie Marszałka Województwa.\\nDalszy tekst.")
    'Klaster otrzymał wyróżnienie w konkursie Marszałka Województwa.\\nDalszy tekst.'
    >>> strip_leading_furniture("Gdzie: Hala Expo, ul. Długa 45/47, 80-831 Gdańsk\\nRejestracja\\n"
    ...                         "Zapraszamy firmy na konferencję o wodorze.")
    'Zapraszamy firmy na konferencję o wodorze.'
    """
    lines = text.split("\n")
    # The article starts below its headline: a sidebar block (an address, opening hours) that the
    # extractor kept above the title line is not part of it.
    if title:
        for i, line in enumerate(lines[:HEADLINE_LINES]):
            if line.strip(" |\t#").lower() == title.lower() and i + 1 < len(lines):
                lines = lines[i + 1:]
                break
    # By the lines' shape and where the page prints them; when that leaves nothing (a text that is all
    # info box, or one that other pages print too), by the furniture lines alone.
    for wide in (True, False):
        for i, line in enumerate(lines):
            if not (_is_furniture(line, title) or wide and _leads_off(line, printed_apart)) \
                    or _lead_in_to_list(line, lines[i + 1: i + 2]):
                return "\n".join(lines[i:]).strip()
    return text.strip()


def _leads_off(line: str, printed_apart: Callable[[str], bool] | None) -> bool:
    """The line is furniture above the article's text beside the furniture lines: shaped like an info
    box's, a caption's or a byline's, or one the page prints apart."""
    return is_lead_furniture(line) or (printed_apart is not None and printed_apart(line))


# A line that is a label and its value ("Gdzie: Hala Expo, ul. Długa 45", "Czas czytania: 4 min", "Tags: …",
# "Budżet | 2 mln zł"): an info box's or a key-facts table's row, not a sentence of the article.
LABEL_VALUE = re.compile(r"^[-*•\s]*(?P<label>[^\W\d_][\w&/.' -]{0,30}?)\s*(:|\s\|)\s+(?P<value>\S.*)$")
LABEL_WORDS = 3
VALUE_WORDS = 30
VALUE_SHORT = 6     # a value this short is a name or a figure even when it ends in a dot ("Targi Kielce sp. z o.o.")
# A street address: a postal code (80-831, LT-91001, 81-001), a street abbreviation and number ("ul. Długa 5",
# "al. Zwycięstwa 96/98") or a number and a street word ("210 Quay Street", "5 Dockyard Road").
ADDRESS = re.compile(
    r"\b(\d{2}-\d{3}|(?-i:[A-Z]{2})-\d{4,5})\b|\b((ul|al|pl|os)\.|ulica|aleja)\s*[^\W\d_]+[^,]*?\d|"
    r"\b\d+[a-z]?(/\d+)?\s+(?:(?-i:[A-Z])[\w-]+\s+){1,3}(street|st|road|rd|lane|avenue|ave|square|sq|way|drive|"
    r"boulevard|blvd|place|quay|straße|strasse|iela|gatan|tänav|gatve)\b", re.IGNORECASE)
# A time of day leading an agenda row ("9:00 – rejestracja", "Sunday 14:00 – Pitches", "10.30 Otwarcie").
AGENDA_ROW = re.compile(rf"^[-*•\s]*(({WEEKDAY_NAMES})\.?,?\s+)?\d{{1,2}}[:.]\d{{2}}(?![.\d])", re.IGNORECASE)
# An image caption or its credit ("Fot. Jan Nowak", "Photo: …", "… w Sopocie. Fot. Marta Wiśniewska").
CAPTION = re.compile(r"^\W*(fot\.|zdj\.|(fot|foto|fotografi\w*|zdj[eę]ci\w*|ilustracj\w*|[źz]r[oó]d[lł]o( zdj\w*)?|"
                     r"photo(graph)?s?|image|picture|credits?|courtesy)\s*(:|©|by\b))", re.IGNORECASE)
CREDIT_END = re.compile(r"\b(fot\.|fot:|photo:|zdj\.|image:|credit:)\s*(\S+\s*){1,5}$", re.IGNORECASE)
CAPTION_WORDS = 20
# A byline followed by the author's bio ("By Sarah Lee, Programme Manager. Sarah has run…", "Tekst: Anna Nowak –").
BYLINE = re.compile(r"^\W*(?i:by|written by|autor(ka)?|tekst|text|opracowanie)\s*:?\s+"
                    r"[A-ZĄĆĘŁŃÓŚŹŻ][\w'-]+(\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w'-]+){1,2}\s*([,|–—]|\s-\s|$)")
# A path of links printed as text ("Strona główna » Aktualności » …", "Home / News / …").
CRUMB_SEPARATORS = re.compile(r"\s(»|›|>|/|→|\\)\s")
SENTENCE_CLOSE = re.compile(r"[.!?…][\"'”»)]*$")


def is_lead_furniture(line: str) -> bool:
    """A line that may open the extracted text but is page furniture by its shape: an info box's or a table's
    label and value, an address or agenda row, an image caption or credit, a byline with a bio, a breadcrumb.

    >>> [is_lead_furniture(x) for x in ("Miejsce: Park Naukowy, al. Zwycięstwa 96/98, 81-451 Gdynia, budynek IV",
    ...     "Laureaci podczas gali w Sopocie. Fot. Marta Wiśniewska", "- 9:30 – otwarcie i powitanie gości",
    ...     "Klaster otrzymał nagrodę: złoty medal targów w Poznaniu za nowy typ elektrolizera.")]
    [True, True, True, False]
    """
    text = line.strip(" \t#|")
    words = len(re.findall(r"\w+", text))
    if not text or words > 2 * VALUE_WORDS:
        return False
    m = LABEL_VALUE.match(text)
    value = m.group("value").split() if m else []
    if m and len(m.group("label").split()) <= LABEL_WORDS and len(value) <= VALUE_WORDS \
            and (not SENTENCE_CLOSE.search(text) or len(value) <= VALUE_SHORT or ADDRESS.search(m.group("value"))) \
            and (m.group(2) == ":" or text.count("|") == 1):      # a table row: a label cell and a value cell only
        return True
    if ADDRESS.search(text) and (not SENTENCE_CLOSE.search(text) or words <= MIN_LEAD_WORDS):
        return True
    if AGENDA_ROW.match(text) and words <= VALUE_WORDS:
        return True
    if (CAPTION.match(text) or CREDIT_END.search(text)) and words <= CAPTION_WORDS:
        return True
    if BYLINE.match(text):
        return True
    return len(CRUMB_SEPARATORS.findall(text)) >= 2 and not SENTENCE_CLOSE.search(text)


HEADLINE_LINES = 12     # lines of the extracted text in which the headline is looked for
LIST_MARKERS = ("- ", "* ", "• ")   # how trafilatura writes list items


def _lead_in_to_list(line: str, following: list[str]) -> bool:
    """A short line ending in a colon that a list follows ("W maju dołączyło siedem firm:") leads the text.

    >>> _lead_in_to_list("W maju do klastra dołączyło siedem firm:", ["- CodeHarbor sp. z o.o."])
    True
    """
    return line.rstrip().endswith(":") and len(line.split()) >= 3 and bool(following) \
        and following[0].lstrip().startswith(LIST_MARKERS)


def strip_trailing_furniture(text: str, title: str = "") -> str:
    """The text without the furniture lines that close it (tags, "print", "« back"); list items stay.

    >>> strip_trailing_furniture("Do klastra przystąpiły:\\n- Odlewnia Żary\\n- Metalform\\nTagi: aktualnosci\\nDrukuj")
    'Do klastra przystąpiły:\\n- Odlewnia Żary\\n- Metalform'
    """
    lines = text.rstrip().split("\n")
    while len(lines) > 1 and not lines[-1].lstrip().startswith(LIST_MARKERS) and _is_furniture(lines[-1], title):
        lines.pop()
    return "\n".join(lines)


# Class or id tokens of the boxes a template prints around an article's text that are never its text: captions
# and credits, bylines and author bios, share bars, tag lists, breadcrumbs, newsletter and cookie banners,
# tables of contents, reading times, section kickers, the site's slogan.
BOX_CLASS = re.compile(
    r"(^|[-_\s])(caption|figcaption|credits?|byline|author|autor\w*|share\w*|sharing|social|sharedaddy|tags|tagi|"
    r"taglist|breadcrumbs?|crumbs?|sciezka|newsletter|subscribe|subscription|cookies?|consent|gdpr|rodo|toc|"
    r"reading|czas|kicker|nadtytul|podziel\w*|slogan|motto|tagline)($|[-_\s])", re.IGNORECASE)
BOX_CHARS = 400         # a furniture box is a few lines; a longer one is a column that may hold the article
# A box around a form control or a button-styled link (a sign-up box, a cookie bar, "Register now").
CONTROLS = (".//form | .//input | .//button | .//select | "
            ".//a[contains(@class, 'btn') or contains(@class, 'button')]")
CONTROL_LEVELS = 4      # boxes climbed from a control to the widest one still short
KEY_MIN = 8             # characters of a line that find it in a box


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _box_text(el: etree._Element) -> str:
    return _squash(" ".join(t for t in el.itertext()))


def _short_box(el: etree._Element) -> str:
    """The box's text when it is short enough to be furniture, else ""."""
    text = _box_text(el)
    return text if len(text) <= BOX_CHARS else ""


def _control_box(control: etree._Element) -> str:
    """The widest short box around a form control: the banner or info box the control belongs to."""
    best, el = "", control
    for _ in range(CONTROL_LEVELS):
        el = el.getparent()
        if el is None or el.tag in ("body", "main", "article"):
            break
        text = _short_box(el)
        if not text:
            break
        best = text
    return best


def apart_texts(root: etree._Element) -> str:
    """What the page prints apart from its article, squashed and joined: the short boxes named as furniture
    by their class or id, the short boxes around a form or a button, and the site's header and footer
    outside the article (a slogan, an address). Asked by printed_apart for the lines leading the text."""
    parts: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "body", "html"):
            continue
        if el.tag == "figcaption" or BOX_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"):
            if text := _short_box(el):
                parts.append(text)
        elif el.tag in ("header", "footer") and not el.xpath("ancestor::article | ancestor::main | .//h1"):
            parts.append(_box_text(el))
    for control in root.xpath(CONTROLS):
        if text := _control_box(control):
            parts.append(text)
    return "\n".join(parts)


def printed_apart(line: str, apart: str) -> bool:
    """The line is one that apart_texts found printed apart from the article."""
    key = _squash(line.strip(" |\t#-*•"))
    return len(key) >= KEY_MIN and key in apart
