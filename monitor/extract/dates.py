"""Publication dates in Polish and English formats.

>>> parse_date("czwartek, 17 czerwca 2021")
'2021-06-17'
>>> parse_date("17 VI 2021")
'2021-06-17'
>>> parse_date("17.06.2021")
'2021-06-17'
>>> parse_date("2022-11-24 10:15")
'2022-11-24'
>>> parse_date("June 17, 2021")
'2021-06-17'
>>> parse_date("17 cze 2021"), parse_date("17/06/2021"), parse_date("2021.06.17")
('2021-06-17', '2021-06-17', '2021-06-17')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from monitor.extract.dateorder import NUMERIC, YEARS, DateContext, calendar_date, settle_numeric

ROMAN_MONTHS = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}
ISO = re.compile(r"\b(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d)")     # 2021-06-17, 2021.06.17, 2021/06/17
ROMAN = re.compile(r"\b(\d{1,2})\s*[ ./-]\s*(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[ ./-]\s*(\d{4})\b")
# A date written in text: ISO, dotted, Roman-numeral month, "17 czerwca 2021", "June 17, 2021".
MONTHS = (
    r"stycz\w*|lut\w*|mar(ca|zec)|kwie\w*|maj\w*|czerw\w*|lip\w*|sierp\w*|wrze[sś]\w*|pa[zź]dziern\w*|listopad\w*|"
    r"grud\w*|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
    r"sty|lut|kwi|cze|lip|sie|wrz|paź|paz|lis|gru"
)
DATE_TEXT = re.compile(
    rf"\b(\d{{4}}([-./])\d{{1,2}}\2\d{{1,2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|"
    rf"\d{{1,2}}\s*[ ./-]\s*(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[ ./-]\s*\d{{4}}|"
    rf"\d{{1,2}}(st|nd|rd|th)?\.?(\s+of)?\s+({MONTHS})\.?,?\s+\d{{4}}|\d{{1,2}}-({MONTHS})-\d{{4}}|"
    rf"({MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}})(?!\d)",
    re.IGNORECASE,
)




# Month words by language, for dates written "17 czerwca 2021" or "June 17, 2021": such a date is read
# here instead of by dateparser (~2 ms a call, the costliest step of finding a page's date). Only words
# whose every form below dateparser reads the same way are listed (tests/test_dates_fast.py compares
# the two over every day, month word and layout); anything else still goes to dateparser.
MONTH_WORDS = {
    "pl": {**{w: i for i, ws in enumerate((
        "styczeń stycznia sty", "luty lutego lut", "marzec marca mar", "kwiecień kwietnia kwi", "maj maja",
        "czerwiec czerwca cze", "lipiec lipca lip", "sierpień sierpnia sie", "wrzesień września wrz",
        "październik października paź", "listopad listopada lis", "grudzień grudnia gru"), 1) for w in ws.split()}},
    "en": {**{w: i for i, ws in enumerate((
        "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
        "september sep sept", "october oct", "november nov", "december dec"), 1) for w in ws.split()}},
}
DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(st|nd|rd|th)?\.?( of)? ([^\W\d_]+)\.?,? (\d{4})", re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(r"([^\W\d_]+)\.? (\d{1,2})(st|nd|rd|th)?,? (\d{4})", re.IGNORECASE)


def _named_month_date(text: str, langs: list[str]) -> str | None:
    """YYYY-MM-DD of a text that is only a date with a month word ("17 czerwca 2021", "June 17, 2021"),
    when every language asked for is Polish or English and the date is valid; None leaves it to dateparser."""
    if not set(langs) <= {"pl", "en"}:
        return None
    if m := DAY_MONTH_YEAR.fullmatch(text):
        day, english_only, word, year = m[1], m[2] or m[3], m[4], m[5]
    elif m := MONTH_DAY_YEAR.fullmatch(text):
        word, day, english_only, year = m[1], m[2], m[3], m[4]
    else:
        return None
    word = word.lower()
    # "17th", "17 of": English words around the date, which dateparser reads with an English month only.
    months = {MONTH_WORDS[lg][word] for lg in langs if word in MONTH_WORDS[lg] and (lg == "en" or not english_only)}
    if len(months) != 1:
        return None
    return _valid(int(year), months.pop(), int(day))


def _valid(y: int, m: int, d: int) -> str | None:
    found = calendar_date(y, m, d)
    return found.isoformat() if found else None


def parse_date(text: str, languages: list[str] | None = None, us_order: bool = False,
               context: DateContext | None = None, weekday: int | None = None) -> str | None:
    """Return YYYY-MM-DD for the first date in text, or None.

    A numeric date whose day and month could be either way round is settled by monitor.extract.dateorder:
    a weekday beside it (in text, or `weekday` when the caller saw one outside it), the page and source
    of `context`, us_order (month-first), the crawl date; day-first when nothing tells.
    """
    if not text:
        return None
    text = " ".join(text.split())
    if m := ISO.search(text):
        return _valid(int(m[1]), int(m[3]), int(m[4]))
    if m := ROMAN.search(text):
        return _valid(int(m[3]), ROMAN_MONTHS[m[2]], int(m[1]))
    if NUMERIC.search(text):
        if us_order and context is None:
            context = DateContext(us_order=True)
        return settle_numeric(text, context, weekday)
    langs = languages or ["pl", "en"]
    if found := _named_month_date(text, langs):
        return found
    import dateparser
    from dateparser.search import search_dates

    settings = {
        "DATE_ORDER": "MDY" if us_order else "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text, languages=langs, settings=settings)
    if parsed is None and len(text) < 200:
        found = search_dates(text, languages=langs, settings=settings)
        parsed = found[0][1] if found else None
    return parsed.date().isoformat() if parsed and parsed.year in YEARS else None


# A relative date ("2 dni temu", "3 days ago", "wczoraj") is stale once the page is read a day later;
# templates that print one keep the absolute date in an attribute of the same element: title="04.03.2026
# 10:15", data-date, a Unix data-timestamp, datetime; hAtom's <abbr class="published" title="...">.
RELATIVE_DATE = re.compile(r"\b(temu|ago|wczoraj|przedwczoraj|yesterday|dzisiaj|dziś|today|just now|przed chwilą)(?!\w)",
                           re.IGNORECASE)
DATE_ATTRIBUTE = re.compile(r"^(title|datetime|content|data-[\w-]*(date|time|stamp|published|created)[\w-]*)$")
UNIX_SECONDS = re.compile(r"^\d{10}(\d{3})?$")     # seconds or milliseconds since 1970


def attribute_date(attrib: Mapping[str, str], context: DateContext | None = None) -> str | None:
    """The absolute date an element keeps in a date attribute (see RELATIVE_DATE), or None."""
    for name, value in attrib.items():
        if not DATE_ATTRIBUTE.match(name.lower()) or not (value := value.strip()):
            continue
        if UNIX_SECONDS.match(value):
            day = dt.datetime.fromtimestamp(int(value[:10]), dt.timezone.utc).date()
            found = _valid(day.year, day.month, day.day)
        else:
            found = parse_date(value, context=context) if DATE_TEXT.search(value) else None
        if found:
            return found
    return None


# A date in a URL's path: /2026/03/04/slug/ (year, month and day segments of their own) or a segment holding
# 2026-03-04 / 2026_03_04 between non-digits (/news/2026-03-04-slug). Digits run together (/20260304/) or a
# year beside a longer number (/2026/1503/) are ids, never dates.
URL_YMD_SEGMENTS = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$)")
URL_YMD_IN_SEGMENT = re.compile(r"(?<![\d])((?:19|20)\d{2})([-_.])(\d{1,2})\2(\d{1,2})(?![\d])")
URL_YM_SEGMENTS = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?=/)(?!/\d)")


def url_date(path: str) -> tuple[str | None, tuple[int, int] | None]:
    """(full date, (year, month)) a URL path holds; either may be None.

    >>> url_date("/2026/03/04/slug/"), url_date("/news/2026-03-04-slug")[0], url_date("/a/2026/03/slug/")
    (('2026-03-04', (2026, 3)), '2026-03-04', (None, (2026, 3)))
    >>> url_date("/a/20260304/slug"), url_date("/a/2026/1503/slug"), url_date("/n/2026/13/05/x")
    ((None, None), (None, None), (None, None))
    """
    for m in URL_YMD_SEGMENTS.finditer(path):
        if found := _valid(int(m[1]), int(m[2]), int(m[3])):
            return found, (int(m[1]), int(m[2]))
    for segment in path.split("/"):
        for m in URL_YMD_IN_SEGMENT.finditer(segment):
            if found := _valid(int(m[1]), int(m[3]), int(m[4])):
                return found, (int(m[1]), int(m[3]))
    for m in URL_YM_SEGMENTS.finditer(path):
        if 1 <= int(m[2]) <= 12 and int(m[1]) in YEARS:
            return None, (int(m[1]), int(m[2]))
    return None, None
