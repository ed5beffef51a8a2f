"""Numeric dates whose day and month could be either way round (issue 12): the order is settled by a
weekday beside the date, the page's and the source's other dates of the same pattern, the locale, then
the crawl date (monitor/extract/dateorder.py), and the article's date picker uses it."""

from __future__ import annotations

import datetime as dt

import pytest
from parsel import Selector

from monitor.extract.article import find_date
from monitor.extract.dateorder import DateContext, OrderVotes, weekday_near
from monitor.extract.dates import DATE_TEXT, parse_date

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("text, iso", [
    # a weekday printed with the date settles it (12 May 2026 is a Tuesday, 5 December a Saturday)
    ("Tue, 05/12/2026 - 09:00", "2026-05-12"), ("Sat, 05/12/2026 - 09:00", "2026-12-05"),
    ("Tuesday, 05/12/2026", "2026-05-12"), ("Submitted by editor on Tue, 05/12/2026 - 09:00", "2026-05-12"),
    ("wt. 05.12.2026", "2026-05-12"), ("wtorek, 05.12.2026", "2026-05-12"), ("sob. 05.12.2026", "2026-12-05"),
    ("pt. 07-03-2026", "2026-07-03"), ("Fri 07-03-2026", "2026-07-03"), ("05/12/2026 (Tue)", "2026-05-12"),
    ("Tue 5/12/26", "2026-05-12"), ("śr. 11.02.2026", "2026-02-11"), ("Wed, 02/11/2026", "2026-02-11"),
    # a weekday that fits neither or both readings says nothing: day-first
    ("Mon, 05/12/2026", "2026-12-05"), ("Thu, 03/03/2026", "2026-03-03"),
    # one reading only: it, whatever the weekday
    ("Fri, 05/15/2026 - 14:05", "2026-05-15"), ("15/05/2026", "2026-05-15"), ("05.15.2026", "2026-05-15"),
    ("31-12-2025", "2025-12-31"), ("12-31-2025", "2025-12-31"),
    # no evidence: day-first (Polish and European usage); two-digit years in this century
    ("05.12.2026", "2026-12-05"), ("12-05-2026", "2026-05-12"), ("5/12/26", "2026-12-05"), ("1.2.98", "1998-02-01"),
])
def test_numeric_dates_in_text(text, iso):
    assert parse_date(text) == iso
    m = DATE_TEXT.search(text)
    assert m and parse_date(m.group(0), weekday=weekday_near(text, m.start(), m.end())) == iso


def test_weekday_must_stand_beside_the_date():
    assert weekday_near("Tue, 05/12/2026", 5, 15) == 1
    assert weekday_near("Tuesday's meeting moved; 05/12/2026", 25, 35) is None
    assert weekday_near("Sunday 05/12/2026", 7, 17) == 6 and weekday_near("Sunset 05/12/2026", 7, 17) is None


def test_the_pages_plain_dates_of_the_same_pattern_settle_an_ambiguous_one():
    page = "<ul><li>05/15/2026</li><li>04/28/2026</li></ul><p>Posted 05/12/2026</p>"
    assert parse_date("05/12/2026", context=DateContext(page, "en-GB", today=TODAY)) == "2026-05-12"
    # another pattern (dotted, two-digit year) is another template's: it does not count
    assert parse_date("05.12.2026", context=DateContext(page, "", today=TODAY)) == "2026-12-05"
    assert parse_date("5/12/26", context=DateContext(page, "", today=TODAY)) == "2026-12-05"
    # weekday-settled dates vote too; a lone stray date among three is outvoted
    assert parse_date("05/12/2026", context=DateContext("<p>Tue, 05/12/2026</p>", today=TODAY)) == "2026-05-12"
    mixed = "<p>13/05/2026</p><p>14/05/2026</p><p>05/15/2026</p>"
    assert parse_date("05/06/2026", context=DateContext(mixed, "en-US", today=TODAY)) == "2026-06-05"


def test_the_sources_other_pages_settle_it_when_the_page_does_not():
    votes = OrderVotes()
    votes.learn_html("<div>Submitted on 05/15/2026 - 10:00</div><div>Submitted on 04/28/2026 - 10:00</div>")
    assert votes.order(("/", 4)) == "MDY" and votes.order((".", 4)) is None
    assert parse_date("04/02/2026", context=DateContext("<p>04/02/2026</p>", "en", votes, TODAY)) == "2026-04-02"
    # the page's own plain dates still come first
    assert parse_date("04/02/2026", context=DateContext("<p>28/04/2026</p>", "en", votes, TODAY)) == "2026-02-04"


@pytest.mark.parametrize("lang, text, iso", [
    ("en-US", "05/12/2026", "2026-05-12"), ("en_US", "5/12/26", "2026-05-12"), ("en-US", "05-12-2026", "2026-05-12"),
    ("en-US", "05.12.2026", "2026-12-05"),      # dotted dates are European even on an en-US page
    ("en-GB", "05/12/2026", "2026-12-05"), ("pl-PL", "05/12/2026", "2026-12-05"), ("pl", "05.12.2026", "2026-12-05"),
    ("en", "05/12/2026", "2026-12-05"),
])
def test_the_locale_settles_it_without_other_evidence(lang, text, iso):
    assert parse_date(text, context=DateContext("", lang, today=TODAY)) == iso


def test_a_page_is_not_published_after_it_was_fetched():
    assert parse_date("10/12/2026", context=DateContext("", "en", today=TODAY)) == "2026-10-12"
    assert parse_date("08/12/2026", context=DateContext("", "en", today=TODAY)) == "2026-12-08"   # tomorrow: time zones
    assert parse_date("10/12/2026", context=DateContext("", "en", today=dt.date(2027, 1, 5))) == "2026-12-10"
    # the locale is stronger evidence than the crawl date
    assert parse_date("10/12/2026", context=DateContext("", "pl", today=TODAY)) == "2026-12-10"


def test_us_order_flag_still_asks_month_first():
    assert parse_date("05/06/2021", us_order=True) == "2021-05-06"
    assert parse_date("Sat, 05/06/2021", us_order=True) == "2021-06-05"   # the weekday is stronger


HTML = """<html lang="{lang}"><body><h1>Cluster awarded the Gold Label</h1>{above}
<div class="submitted">Submitted by <span>editor</span> on <span>{date}</span></div>
<p>The secretariat awarded the cluster the Gold Label after a two-day assessment of its management and services.</p>
{below}</body></html>"""


@pytest.mark.parametrize("lang, date, above, iso", [
    ("en", "05/12/2026 - 09:00", "BELOW<aside><p>Recent: Fri, 05/15/2026</p></aside>", "2026-05-12"),
    ("en", "Tue, 05/12/2026 - 09:00", "", "2026-05-12"),
    ("en", "05/12/2026 - 09:00", "", "2026-12-05"),
    ("en-US", "05/12/2026 - 09:00", "", "2026-05-12"),
    # another date labelled with an abbreviated weekday above the byline is not the publication date
    ("en", "Tue, 05/12/2026 - 09:00", "<div>Last updated: Thu, 06/04/2026 - 16:00</div>", "2026-05-12"),
    ("en", "Tue, 05/12/2026 - 09:00", "<div><div>When:</div><div>Thu, 09/10/2026</div></div>", "2026-05-12"),
    ("pl", "wt. 12.05.2026", "<p>Zaktualizowano: pt. 05.06.2026</p>", "2026-05-12"),
])
def test_the_article_date_picker_settles_the_order(lang, date, above, iso):
    above, below = ("", above[5:]) if above.startswith("BELOW") else (above, "")
    html = HTML.format(lang=lang, date=date, above=above, below=below)
    context = DateContext(html, lang, today=TODAY)
    assert find_date(Selector(text=html), html, "http://x/", ["en", "pl"], "Cluster awarded the Gold Label", context) == iso
