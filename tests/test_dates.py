"""Dates as cluster, agency and ministry sites print them (parse_date, and DATE_TEXT finding them in text)."""

from __future__ import annotations

import pytest

from monitor.extract.dates import DATE_TEXT, parse_date


@pytest.mark.parametrize("text, iso", [
    # abbreviated Polish months (WordPress "j M Y" / Divi "M j, Y" in a Polish locale)
    ("17 cze 2021", "2021-06-17"), ("17 cze. 2021", "2021-06-17"), ("cze 17, 2021", "2021-06-17"),
    ("22 kwi 2021", "2021-04-22"), ("3 paź 2021", "2021-10-03"), ("30 sie 2021", "2021-08-30"),
    ("9 sty 2022", "2022-01-09"), ("1 gru 2020", "2020-12-01"),
    # nominative month names (Joomla's Polish pack) and weekday prefixes with the time
    ("Opublikowano: środa, 16 czerwca 2021 10:15", "2021-06-16"),
    ("poniedziałek, 31 maj 2021 14:30", "2021-05-31"), ("środa, 16 czerwiec 2021 10:15", "2021-06-16"),
    ("17 czerwca 2021 r.", "2021-06-17"),
    # numeric forms: day first, year first
    ("17/06/2021", "2021-06-17"), ("06/17/2021", "2021-06-17"), ("17-06-2021", "2021-06-17"),
    ("2021.06.17", "2021-06-17"), ("2021/06/17", "2021-06-17"), ("2021-06-17T10:00:00+02:00", "2021-06-17"),
    # English
    ("17 June 2021", "2021-06-17"), ("News article | 17 June 2021", "2021-06-17"), ("17th June 2021", "2021-06-17"),
    ("June 17th, 2021", "2021-06-17"), ("Wed, 16 Jun 2021", "2021-06-16"),
    # ordinals with "of", dashed abbreviations, Roman months between slashes, capitalised nominatives
    ("5th of August, 2021", "2021-08-05"), ("17-Jun-2021", "2021-06-17"), ("17/VI/2021", "2021-06-17"),
    ("Wtorek, 04 Luty 2020 12:00", "2020-02-04"), ("Środa, 30 Październik 2019 13:45", "2019-10-30"),
    ("Kielce, dnia 08.06.2021 r.", "2021-06-08"),
])
def test_dates_are_parsed_and_found_in_text(text, iso):
    assert parse_date(text) == iso
    m = DATE_TEXT.search(text)
    assert m is not None and parse_date(m.group(0)) == iso


def test_slashed_dates_are_day_first_unless_asked_otherwise():
    assert parse_date("05/06/2021") == "2021-06-05"
    assert parse_date("05/06/2021", us_order=True) == "2021-05-06"


def test_no_date():
    assert parse_date("Strona 2 z 5") is None
    assert DATE_TEXT.search("Program 2021-2027 i 14 członków") is None
