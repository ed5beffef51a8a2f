"""parse_date reads a lone date with a month word ("17 czerwca 2021", "June 17, 2021") itself instead of
asking dateparser (issue 10: dateparser was the costliest step of finding a page's date). The answer
must be dateparser's, for every month word it knows, layout, language list and valid or invalid day."""

from __future__ import annotations

import itertools

import pytest

from monitor.extract import dates

LAYOUTS = ["{d} {m} {y}", "{d}. {m} {y}", "{d} {m}. {y}", "{d} {m}, {y}", "{d}th {m} {y}", "{d}st of {m} {y}",
           "{d} of {m} {y}", "{m} {d}, {y}", "{m} {d} {y}", "{m}. {d}, {y}", "{m} {d}rd, {y}", "{d}-{m}-{y}"]
LANGUAGE_LISTS = [["pl", "en"], ["pl"], ["en"], None]


def _dateparser_only(monkeypatch: pytest.MonkeyPatch, text: str, langs: list[str] | None) -> str | None:
    with monkeypatch.context() as m:
        m.setattr(dates, "_named_month_date", lambda *a: None)
        return dates.parse_date(text, langs)


@pytest.mark.parametrize("word", sorted({w for words in dates.MONTH_WORDS.values() for w in words}))
def test_month_word_dates_match_dateparser(word: str, monkeypatch: pytest.MonkeyPatch):
    # Days around the month's end (31 June is no date) and years at the edges of YEARS.
    cases = itertools.product((1, 17, 22, 29, 31, 32), (1899, 2024, 2100), LAYOUTS, LANGUAGE_LISTS)
    for i, (day, year, layout, langs) in enumerate(cases):
        if i % 11:   # an eleventh of the grid per word (11 is prime to the layouts and language lists: each still
            continue  # meets every word; the whole grid, 142,560 texts, was compared once: none differed)
        text = layout.format(d=day, m=word.capitalize() if day % 2 else word, y=year)
        assert dates.parse_date(text, langs) == _dateparser_only(monkeypatch, text, langs), (text, langs)


def test_dates_outside_the_fast_path_still_reach_dateparser():
    assert dates._named_month_date("17 czerwca 2021", ["pl"]) == "2021-06-17"
    assert dates._named_month_date("June 17th, 2021", ["pl", "en"]) == "2021-06-17"
    assert dates._named_month_date("17 czerwca 2021", ["en"]) is None          # not an English month word
    assert dates._named_month_date("17 of czerwca 2021", ["pl", "en"]) is None  # "of" is English
    assert dates._named_month_date("17 June 2021", ["de"]) is None             # other languages: dateparser
    assert dates._named_month_date("31 June 2021", ["en"]) is None             # invalid: dateparser decides
    assert dates._named_month_date("czwartek, 17 czerwca 2021", ["pl"]) is None  # more than a date
