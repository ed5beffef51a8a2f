"""Issue 12, dates and "valid articles must not be lost".

A. A post that prints no date of its own near its headline (no byline, <time>, meta or JSON-LD) but whose URL path
holds a full date (/2026/03/04/slug/, /news/2026-03-04-slug) takes the URL's date, not a date of another item in an
unmarked side column ("other news", "recent posts") nor an event or deadline date of its body.
B. A short post (two or three short paragraphs) with its own headline, printed beside an unmarked column of dated
links to other posts, is an article, not a listing.

The pages are written from scratch in several templates (tables, grid columns, plain divs), in Polish and English.
A third of the cases live in tests/test_extract_url_dates_heldout_own.py, written before any rule, never tuned on."""

from __future__ import annotations

import pytest

from monitor.extract.article import extract_article

PL_SIDE = ("<div class='col-md-4'><p><b>Inne aktualności</b></p><ul>"
           "<li><a href='/2026/02/27/szkolenie-z-automatyki-przemyslowej/'>Szkolenie z automatyki przemysłowej</a> 27.02.26</li>"
           "<li><a href='/2026/02/20/klaster-na-targach-w-poznaniu/'>Klaster na targach w Poznaniu</a> 20.02.26</li>"
           "<li><a href='/2026/02/11/nowi-czlonkowie-klastra/'>Nowi członkowie klastra w lutym</a> 11.02.26</li>"
           "<li><a href='/2026/01/30/raport-o-branzy-metalowej/'>Raport o branży metalowej</a> 30.01.26</li>"
           "</ul></div>")
EN_SIDE = ("<div class='right-col'><p><strong>Recent posts</strong></p>"
           "<p><a href='/news/2026-02-25-cluster-joins-european-network'>Cluster joins a European network</a><br>"
           "February 25, 2026</p>"
           "<p><a href='/news/2026-02-18-training-on-energy-audits'>Training on energy audits for members</a><br>"
           "February 18, 2026</p>"
           "<p><a href='/news/2026-02-09-new-board-of-the-cluster'>New board of the cluster elected</a><br>"
           "February 9, 2026</p></div>")

PL_BODY = ("<p>Do klastra przystąpiły trzy firmy z Gliwic, które produkują elementy maszyn rolniczych.</p>"
           "<p>Nowi członkowie wezmą udział w spotkaniu sieciowym, które odbędzie się 15 kwietnia 2026 r.</p>")
EN_BODY = ("<p>Three firms from Gliwice that make farm machine parts have joined the cluster this week.</p>"
           "<p>Applications for the next round are open until 30 April 2026.</p>")


def grid_page(main: str, side: str, title: str, lang: str = "pl") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} – Klaster Metalowy</title></head><body>"
            "<div class='top'><a href='/'>Klaster Metalowy</a></div><div class='container'><div class='row'>"
            f"<div class='col-md-8'><h1>{title}</h1>{main}</div>{side}</div></div>"
            "<div class='bottom'><p>Klaster Metalowy, ul. Fabryczna 2, Gliwice</p></div></body></html>")


def table_page(main: str, side: str, title: str, lang: str = "pl") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><table><tr>"
            f"<td class='tresc'><h2 class='title'>{title}</h2>{main}</td><td width='220'>{side}</td>"
            "</tr></table></body></html>")


def plain_page(main: str, side: str, title: str, lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Metal Cluster</title></head><body>"
            f"<div id='page'><div id='left'><h1>{title}</h1><div class='text'>{main}</div></div>"
            f"<div id='right'>{side}</div></div></body></html>")


PL_TITLE = "Trzy nowe firmy w klastrze metalowym"
EN_TITLE = "Three new firms join the metal cluster"

URL_DATE_CASES = [
    (grid_page(PL_BODY, PL_SIDE, PL_TITLE), "http://klaster.example/2026/03/04/trzy-nowe-firmy/", "2026-03-04"),
    (table_page(PL_BODY, PL_SIDE, PL_TITLE), "http://klaster.example/aktualnosci/2026-03-04-trzy-nowe-firmy",
     "2026-03-04"),
    (plain_page(EN_BODY, EN_SIDE, EN_TITLE), "http://cluster.example/news/2026-03-04-three-new-firms", "2026-03-04"),
    (grid_page(EN_BODY, EN_SIDE, EN_TITLE, "en"), "http://cluster.example/2026/03/04/three-new-firms/",
     "2026-03-04"),
    # a year-month URL, the day printed with the headline without a year
    (grid_page("<p class='data'>4 marca</p>" + PL_BODY, PL_SIDE, PL_TITLE),
     "http://klaster.example/aktualnosci/2026/03/trzy-nowe-firmy/", "2026-03-04"),
]


@pytest.mark.parametrize("html,url,expected", URL_DATE_CASES)
def test_url_date_beats_sidebar_and_body_dates(html, url, expected):
    art = extract_article(html, url)
    assert art.published == expected


def test_printed_date_beats_the_url_date():
    # the URL holds the listing's (or the upload's) date; the page prints its own, different one
    html = grid_page("<p class='meta'>Opublikowano: 2 marca 2026</p>" + PL_BODY, PL_SIDE, PL_TITLE)
    art = extract_article(html, "http://klaster.example/2026/03/04/trzy-nowe-firmy/")
    assert art.published == "2026-03-02"


def test_json_ld_date_beats_the_url_date():
    html = plain_page(EN_BODY, EN_SIDE, EN_TITLE).replace(
        "</head>", "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                   "\"datePublished\": \"2026-03-01T10:00:00\"}</script></head>")
    assert extract_article(html, "http://cluster.example/news/2026-03-04-three-new-firms").published == "2026-03-01"


@pytest.mark.parametrize("url", [
    "http://klaster.example/aktualnosci/20260304/trzy-nowe-firmy",      # an eight-digit id
    "http://klaster.example/aktualnosci/2026/1503/trzy-nowe-firmy",     # a year and an id
    "http://klaster.example/news/2026/13/05/trzy-nowe-firmy",           # no month 13
])
def test_numeric_id_is_not_a_date(url):
    art = extract_article(grid_page(PL_BODY, "", PL_TITLE), url)
    assert art.published not in {"2026-03-04", "2026-03-15", "2026-05-13", "2026-13-05"}


SHORT_CASES = [
    (grid_page(PL_BODY, PL_SIDE, PL_TITLE), "http://klaster.example/2026/03/04/trzy-nowe-firmy/"),
    (table_page(PL_BODY, PL_SIDE, PL_TITLE), "http://klaster.example/aktualnosci/2026-03-04-trzy-nowe-firmy"),
    (plain_page(EN_BODY, EN_SIDE, EN_TITLE), "http://cluster.example/news/2026-03-04-three-new-firms"),
    (grid_page("<p class='meta'>04.03.2026</p>" + EN_BODY, EN_SIDE, EN_TITLE, "en"),
     "http://cluster.example/news/three-new-firms"),
]


@pytest.mark.parametrize("html,url", SHORT_CASES)
def test_short_post_beside_dated_links_is_an_article(html, url):
    art = extract_article(html, url)
    assert art.kind == "article" and art.is_article, (art.kind, art.body)
    assert "Gliwic" in art.body


def test_listing_with_short_teasers_stays_a_listing():
    items = "".join(
        f"<div class='item'><p><a href='/2026/02/{d:02d}/wpis-numer-{d}/'>Wpis numer {d} o targach</a></p>"
        f"<p>{d:02d}.02.2026</p><p>Krótko o targach.</p></div>" for d in (3, 9, 14, 20, 27))
    html = grid_page(items, "", "Aktualności")
    art = extract_article(html, "http://klaster.example/aktualnosci/")
    assert not art.is_article


def test_listing_with_a_long_heading_and_teasers_stays_a_listing():
    items = "".join(
        f"<li><a href='/news/2026-02-{d:02d}-post-number-{d}'>Post number {d} about the fair</a> "
        f"February {d}, 2026</li>" for d in (3, 9, 14, 20, 27))
    html = plain_page(f"<ul>{items}</ul>", "", "News from the metal cluster")
    assert not extract_article(html, "http://cluster.example/news/").is_article


def test_labelled_date_below_the_text_beats_the_url_date():
    html = grid_page(PL_BODY + "<p class='info'>Data publikacji: 03.03.2026</p>", PL_SIDE, PL_TITLE)
    assert extract_article(html, "http://klaster.example/2026/03/04/trzy-nowe-firmy/").published == "2026-03-03"


def test_time_in_the_header_beats_the_url_date():
    html = plain_page("<time datetime='2026-03-05'>5 March</time>" + EN_BODY, EN_SIDE, EN_TITLE)
    assert extract_article(html, "http://cluster.example/news/2026-03-04-three-new-firms").published == "2026-03-05"


def test_year_month_url_gets_no_day_of_its_own():
    # nothing on the page settles the day: the URL's month alone never makes a date up
    html = grid_page(PL_BODY, "", PL_TITLE)
    published = extract_article(html, "http://klaster.example/aktualnosci/2026/03/trzy-nowe-firmy/").published
    assert published != "2026-03-01"


def test_category_page_with_a_one_line_description_stays_a_listing():
    items = "".join(
        f"<div class='card'><p><a href='/2026/02/{d:02d}/nagroda-dla-firmy-{d}/'>Nagroda dla firmy numer {d}</a></p>"
        f"<p>{d:02d}.02.2026</p></div>" for d in (3, 9, 14, 20))
    html = grid_page("<p>W tej kategorii publikujemy wiadomości o nagrodach dla firm klastra metalowego.</p>"
                     f"<div class='cards'>{items}</div>", "", "Nagrody dla firm klastra")
    assert not extract_article(html, "http://klaster.example/kategoria/nagrody-dla-firm/").is_article


def test_category_description_in_its_own_box_above_the_posts_stays_a_listing():
    cards = "".join(
        f"<div class='card'><p><a href='/2026/02/{d:02d}/nagroda-dla-firmy-{d}/'>Nagroda dla firmy numer {d}</a></p>"
        f"<p>{d:02d}.02.2026</p><p>Krótki opis nagrody i firmy, która ją otrzymała w lutym.</p></div>"
        for d in (3, 9, 14, 20))
    html = grid_page("", "", "Nagrody dla firm klastra").replace(
        "<h1>Nagrody dla firm klastra</h1>",
        "<div class='intro'><h1>Nagrody dla firm klastra</h1><p>W tej kategorii publikujemy wiadomości o nagrodach "
        "dla firm klastra metalowego. Znajdziesz tu laureatów konkursów regionalnych i krajowych.</p></div>"
        f"<div class='cards'>{cards}</div>")
    art = extract_article(html, "http://klaster.example/kategoria/nagrody-dla-firm/")
    assert not art.is_article, (art.kind, art.body)
