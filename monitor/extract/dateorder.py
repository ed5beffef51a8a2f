"""The day/month order of numeric dates ("05/12/2026": 5 December or 12 May?), settled from evidence.

A numeric date both of whose readings are valid says nothing of its own order; the page does. In order
of strength: a weekday printed with the date (12 May 2026 is a Tuesday, 5 December a Saturday); other
dates of the same pattern (separator, year digits) on the page, then on other pages of the source,
whose order is plain (a day above 12: one site's template prints one order); the page's locale
(html lang="en-US" is month-first, Polish and en-GB day-first); and the crawl date (a page is not
published after it was fetched). Without any, day-first (Polish and European usage).

>>> settle_numeric("Tue, 05/12/2026 - 09:00")
'2026-05-12'
>>> settle_numeric("05/12/2026"), settle_numeric("05/12/2026", DateContext(lang="en-US"))
('2026-12-05', '2026-05-12')
>>> settle_numeric("05/12/2026", DateContext(html="<p>Fri, 05/15/2026</p>"))
'2026-05-12'
>>> settle_numeric("wt. 05.12.2026"), settle_numeric("5/12/26"), settle_numeric("05.15.2026")
('2026-05-12', '2026-12-05', '2026-05-15')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

DMY, MDY = "DMY", "MDY"
YEARS = range(1900, 2101)   # a "date" outside these is a number that looks like one (ids, versions)
# 17.06.2021, 06/17/2021, 17-06-2021, 5/12/26: day and month in either order, one separator.
NUMERIC = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
# Weekday names, full and abbreviated (Polish with and without diacritics, English), Monday first.
WEEKDAY_WORDS = (
    "poniedziałek poniedzialek pon pn monday mon",
    "wtorek wt tuesday tue tues",
    "środa sroda śr sr wednesday wed weds",
    "czwartek czw cz thursday thu thur thurs",
    "piątek piatek pt friday fri",
    "sobota sob sb saturday sat",
    "niedziela niedz ndz nd sunday sun",
)
WEEKDAYS = {w: i for i, ws in enumerate(WEEKDAY_WORDS) for w in ws.split()}
WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))   # a regex alternation, longest first
# A weekday just before the date ("Tue, 05/12/2026", "wt. 05.12.2026") or just after ("05/12/2026 (wtorek)").
WEEKDAY_BEFORE = re.compile(rf"(?<![^\W\d_])({WEEKDAY_NAMES})\.?[\s,|–—-]{{0,4}}$", re.IGNORECASE)
WEEKDAY_AFTER = re.compile(rf"^[\s,(|–—-]{{0,4}}({WEEKDAY_NAMES})(?![^\W\d_])", re.IGNORECASE)
TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
FUTURE_SLACK = dt.timedelta(days=1)      # time zones: a page "of tomorrow" may be fetched today


def weekday_near(text: str, start: int, end: int) -> int | None:
    """The weekday (0 = Monday) printed right before or after text[start:end], or None."""
    m = WEEKDAY_BEFORE.search(text[max(0, start - 20): start]) or WEEKDAY_AFTER.match(text[end: end + 20])
    return WEEKDAYS[m[1].lower()] if m else None


def calendar_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None when it is none (31 June) or its year is out of YEARS."""
    if y not in YEARS:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year(text: str, today: dt.date) -> int:
    """A two-digit year in this century unless that is past next year ("26" 2026, "98" 1998)."""
    if len(text) == 4:
        return int(text)
    year = 2000 + int(text)
    return year if year <= today.year + 1 else year - 100


def readings(m: re.Match, today: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
    """(day-first, month-first) readings of a NUMERIC match; None where a reading is no date."""
    a, b, y = int(m[1]), int(m[3]), _year(m[4], today or dt.date.today())
    return calendar_date(y, b, a), calendar_date(y, a, b)


def pattern(m: re.Match) -> tuple[str, int]:
    """A numeric date's pattern: its separator and its year's digits (one template prints one order per pattern)."""
    return m[2], len(m[4])


@dataclass
class OrderVotes:
    """Numeric dates whose order is plain (a day above 12, or a weekday beside them), counted by pattern."""

    votes: dict[tuple[str, int], list[int]] = field(default_factory=dict)    # pattern -> [day-first, month-first]

    def learn(self, text: str) -> None:
        for m in NUMERIC.finditer(text):
            dmy, mdy = readings(m)
            if dmy and mdy and dmy != mdy:
                wd = weekday_near(text, m.start(), m.end())
                dmy, mdy = (dmy, None) if wd == dmy.weekday() != mdy.weekday() else \
                    (None, mdy) if wd == mdy.weekday() != dmy.weekday() else (dmy, mdy)
            if bool(dmy) != bool(mdy):
                self.votes.setdefault(pattern(m), [0, 0])[0 if dmy else 1] += 1

    def learn_html(self, html: str) -> None:
        """Learn from a page's text (its markup dropped), if any numeric date is in it at all."""
        if NUMERIC.search(html):
            self.learn(TAG.sub(" ", html))

    def add(self, other: OrderVotes) -> None:
        for key, (dmy, mdy) in other.votes.items():
            mine = self.votes.setdefault(key, [0, 0])
            mine[0] += dmy
            mine[1] += mdy

    def order(self, key: tuple[str, int]) -> str | None:
        """The pattern's order when its plain dates agree (one stray date in three is outvoted)."""
        dmy, mdy = self.votes.get(key, (0, 0))
        if dmy >= 2 * mdy and dmy:
            return DMY
        if mdy >= 2 * dmy and mdy:
            return MDY
        return None


def locale_order(lang: str, sep: str) -> str | None:
    """en-US month-first (slashed and dashed dates: dotted ones are European even there); Polish,
    en-GB and other regional English day-first; plain "en" says nothing."""
    lang = lang.strip().lower().replace("_", "-")
    if not lang:
        return None
    if lang in ("en-us", "en-ph", "en-um") or lang.startswith("en-us-"):
        return MDY if sep != "." else DMY
    return None if lang == "en" else DMY


class DateContext:
    """What one page (and its source) says about the order of its numeric dates.

    html: the page, read for its other numeric dates only when a date needs it; lang: its html lang or
    og:locale; source: votes from the source's other pages (the listing's teaser dates, earlier articles);
    today: the crawl date."""

    def __init__(self, html: str = "", lang: str = "", source: OrderVotes | None = None,
                 today: dt.date | None = None, us_order: bool = False) -> None:
        self.html, self.lang, self.source, self.us_order = html, lang, source, us_order
        self.today = today or dt.date.today()
        self._page: OrderVotes | None = None

    @property
    def page(self) -> OrderVotes:
        if self._page is None:
            self._page = OrderVotes()
            self._page.learn_html(self.html)
        return self._page

    def teach(self, source: OrderVotes) -> None:
        """Add this page's plain numeric dates to the source's votes."""
        source.add(self.page)

    def order(self, m: re.Match) -> str | None:
        key = pattern(m)
        return (self.page.order(key) or (self.source.order(key) if self.source else None)
                or (MDY if self.us_order else None) or locale_order(self.lang, m[2]))


def settle_numeric(text: str, ctx: DateContext | None = None, weekday: int | None = None) -> str | None:
    """YYYY-MM-DD of the first numeric day-month-year date in text (day and month in either order), or
    None. weekday: one printed beside the date outside text (0 = Monday), else one inside text is used."""
    m = NUMERIC.search(text)
    if not m:
        return None
    ctx = ctx or DateContext()
    dmy, mdy = readings(m, ctx.today)
    if not (dmy and mdy) or dmy == mdy:
        found = dmy or mdy
        return found.isoformat() if found else None
    if weekday is None:
        weekday = weekday_near(text, m.start(), m.end())
    if weekday is not None and (dmy.weekday() == weekday) != (mdy.weekday() == weekday):
        return (dmy if dmy.weekday() == weekday else mdy).isoformat()
    if order := ctx.order(m):
        return (dmy if order == DMY else mdy).isoformat()
    late = ctx.today + FUTURE_SLACK
    if (dmy > late) != (mdy > late):
        return (mdy if dmy > late else dmy).isoformat()
    return dmy.isoformat()
