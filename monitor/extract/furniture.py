"""Page furniture around an article's text: layout tables, counters, "back" and "see also" lines.

Old CMS templates (Mambo, Joomla 1.x, hand-written PHP) lay the whole page out in tables and put
visit counters, print/e-mail buttons, "Zobacz także" boxes and "« Powrót" links in the same cell as
the text. trafilatura reads a layout table as a data table (its cells joined by "|"), so layout
tables are turned into plain blocks first; the lines of furniture that still lead the text are
dropped from it, so that the body and the summary start with the article's own first sentence.
"""

from __future__ import annotations

import re

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


def strip_leading_furniture(text: str, title: str = "") -> str:
    """The text from its first line that is not furniture (lines as trafilatura gives them).

    >>> strip_leading_furniture("Licznik odwiedzin\\nDzisiaj: 17\\nZobacz także: Szkolenie BHP\\n« Powrót\\n"
    ...                         "Klaster otrzymał wyróżnienie w konkursie Marszałka Województwa.\\nDalszy tekst.")
    'Klaster otrzymał wyróżnienie w konkursie Marszałka Województwa.\\nDalszy tekst.'
    """
    lines = text.split("\n")
    # The article starts below its headline: a sidebar block (an address, opening hours) that the
    # extractor kept above the title line is not part of it.
    if title:
        for i, line in enumerate(lines[:HEADLINE_LINES]):
            if line.strip(" |\t#").lower() == title.lower() and i + 1 < len(lines):
                lines = lines[i + 1:]
                break
    for i, line in enumerate(lines):
        if not _is_furniture(line, title) or _lead_in_to_list(line, lines[i + 1: i + 2]):
            return "\n".join(lines[i:]).strip()
    return text.strip()


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
