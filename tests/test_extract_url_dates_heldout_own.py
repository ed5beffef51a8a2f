"""Own held-out cases for tests/test_extract_url_dates_and_short_posts.py: written before any rule, never tuned on.

Other templates and wordings than the tuning file: a definition-list layout, a two-section page, a blog with
a "latest" column of two-digit-year dates, an English agency page, and the traps."""

from __future__ import annotations

import pytest

from monitor.extract.article import extract_article

SIDE_PL = ("<div class='kolumna'><p>Ostatnie wpisy</p>"
           "<div><a href='/blog/2025/12/18/wigilia-klastra-w-tarnowie/'>Wigilia klastra w Tarnowie</a> <em>18.12.25</em></div>"
           "<div><a href='/blog/2025/12/02/warsztaty-z-druku-3d/'>Warsztaty z druku 3D dla firm</a> <em>02.12.25</em></div>"
           "<div><a href='/blog/2025/11/21/konferencja-o-wodorze/'>Konferencja o wodorze w Krakowie</a> <em>21.11.25</em></div>"
           "</div>")
SIDE_EN = ("<section class='box2'><h4>More news</h4><ul>"
           "<li><a href='/press/2025-12-15-agency-opens-office-in-lodz'>Agency opens an office in Łódź</a> | 15 Dec 2025</li>"
           "<li><a href='/press/2025-12-03-grants-for-hydrogen-projects'>Grants for hydrogen projects announced</a> | 3 Dec 2025</li>"
           "<li><a href='/press/2025-11-26-call-for-experts-published'>Call for experts published today</a> | 26 Nov 2025</li>"
           "</ul></section>")
BODY_PL = ("<p>Firma Termex z Tarnowa otrzymała certyfikat jakości dla swojej linii kotłów gazowych.</p>"
           "<p>Wręczenie odbędzie się podczas gali 20 lutego 2026 roku w Krakowie.</p>")
BODY_EN = ("<p>The agency has signed a deal with the regional hydrogen valley to support local start-ups.</p>"
           "<p>The first call for start-ups closes on 31 March 2026.</p>")


def two_cols(title: str, body: str, side: str, lang: str) -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div class='logo'>Klaster Energii</div><div class='wrap'>"
            f"<div class='lewa'><div class='wpis'><h1>{title}</h1>{body}</div></div>{side}</div></body></html>")


def sections(title: str, body: str, side: str, lang: str) -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Agency</title></head><body>"
            f"<section class='box1'><h1>{title}</h1><div>{body}</div></section>{side}"
            "<p class='copy'>© Agency 2026</p></body></html>")


TITLE_PL = "Certyfikat jakości dla kotłów z Tarnowa"
TITLE_EN = "Agency signs a deal with the hydrogen valley"


@pytest.mark.parametrize("html,url,expected", [
    (two_cols(TITLE_PL, BODY_PL, SIDE_PL, "pl"), "http://energia.example/blog/2026/01/08/certyfikat-dla-kotlow/",
     "2026-01-08"),
    (sections(TITLE_EN, BODY_EN, SIDE_EN, "en"), "http://agency.example/press/2026-01-08-deal-with-hydrogen-valley",
     "2026-01-08"),
    (sections(TITLE_PL, BODY_PL, SIDE_PL, "pl"), "http://energia.example/wiadomosci/2026-01-08-certyfikat-dla-kotlow.html",
     "2026-01-08"),
])
def test_url_date_is_taken(html, url, expected):
    assert extract_article(html, url).published == expected


def test_printed_byline_beats_url():
    body = "<p>Dodano: 7 stycznia 2026</p>" + BODY_PL
    assert extract_article(two_cols(TITLE_PL, body, SIDE_PL, "pl"),
                           "http://energia.example/blog/2026/01/08/certyfikat-dla-kotlow/").published == "2026-01-07"


def test_id_in_url_is_not_a_date():
    art = extract_article(two_cols(TITLE_PL, BODY_PL, "", "pl"), "http://energia.example/art/2026/0108/certyfikat")
    assert art.published != "2026-01-08"


@pytest.mark.parametrize("html,url", [
    # Known miss, kept in view (branch i12am: 7 of 8 held-out cases pass): a two-column blog post beside a "latest
    # posts" column is still read as a listing. strict, so that the day it passes the mark must go.
    pytest.param(two_cols(TITLE_PL, BODY_PL, SIDE_PL, "pl"), "http://energia.example/blog/2026/01/08/certyfikat-dla-kotlow/",
                 marks=pytest.mark.xfail(strict=True, reason="two-column post beside a latest-posts column read as a listing")),
    (sections(TITLE_EN, BODY_EN, SIDE_EN, "en"), "http://agency.example/press/2026-01-08-deal-with-hydrogen-valley"),
])
def test_short_post_is_article(html, url):
    art = extract_article(html, url)
    assert art.kind == "article" and art.is_article


def test_archive_stays_listing():
    items = "".join(f"<div><a href='/blog/2025/12/{d:02d}/wpis-z-grudnia-{d}/'>Wpis z grudnia numer {d}</a> "
                    f"<em>{d:02d}.12.25</em></div>" for d in (2, 9, 16, 23))
    html = two_cols("Archiwum", f"<div>{items}</div>", "", "pl")
    assert not extract_article(html, "http://energia.example/blog/2025/12/").is_article
