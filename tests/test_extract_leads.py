"""Issue 12, fifth round: the lead set apart below the headline, a feed's tagline, site-wide update
stamps, weekday + nominative month dates and titles with characters outside a page's charset.

Pages are written here for each class (new templates and wordings); the fixture sites
tests/sites/tuning5-* carry the same classes through a real crawl (tests/test_unseen_sites.py)."""

from __future__ import annotations

import pytest
from lxml import html

from monitor.extract.article import extract_article
from monitor.extract.encoding import decode_html
from monitor.extract.feeds import read_feed
from monitor.extract.standfirst import standfirst

TAGLINE = "Wielkopolski Klaster Chemiczny: innowacje, projekty i wydarzenia dla firm chemicznych regionu."
BODY = ("<p>Spotkanie odbyło się w siedzibie parku technologicznego i zgromadziło przedstawicieli dwudziestu firm "
        "oraz trzech uczelni z regionu.</p><p>Uczestnicy omówili wspólne projekty badawcze, plan targów na przyszły "
        "rok i zasady korzystania ze wspólnego laboratorium analitycznego.</p>"
        "<p>Kolejne spotkanie zaplanowano na jesień; zgłoszenia tematów przyjmuje biuro klastra.</p>")
LEAD = "Zarząd klastra przyjął program współpracy z uczelniami na lata 2021-2023 i powołał radę naukową."


def page(main: str, title: str = "Program współpracy z uczelniami", head: str = "") -> str:
    return (f"<html lang='pl'><head><meta charset='utf-8'><title>{title} | Wielkopolski Klaster Chemiczny</title>"
            f"<meta name='description' content='{TAGLINE}'>{head}</head><body>"
            "<div class='top'><a href='/'>Wielkopolski Klaster Chemiczny</a> <a href='/aktualnosci'>Aktualności</a></div>"
            f"<div class='kolumna'>{main}</div><div class='stopka'>ul. Chemiczna 4, Poznań</div></body></html>")


@pytest.mark.parametrize("lead_html", [
    f"<p><strong>{LEAD}</strong></p>",
    f"<p><b>{LEAD}</b></p>",
    f"<div class='lead'>{LEAD}</div>",
    f"<div class='news-intro'><p>{LEAD}</p></div>",
    f"<p class='teaser'>{LEAD}</p>",
    f"<div class='wstep'><strong>{LEAD}</strong></div>",
    f"<table class='zajawka'><tr><td><b>{LEAD}</b></td></tr></table>",
    f"<h2 class='article-lead'>{LEAD}</h2>",
    f"<h3>{LEAD} Rada zbierze się po raz pierwszy w maju.</h3>",
])
def test_a_lead_set_apart_below_the_headline_starts_the_summary(lead_html):
    html = page(f"<h1>Program współpracy z uczelniami</h1><div class='info'>Dodano: 12.04.2021</div>"
                f"{lead_html}<div class='tresc-artykulu'>{BODY}</div>")
    art = extract_article(html, "http://klaster.example/aktualnosci/program", shared_texts=[TAGLINE])
    assert art.summary.startswith(LEAD), art.summary
    assert art.body.startswith(LEAD) and "Spotkanie odbyło się" in art.body
    assert art.body.count("Zarząd klastra przyjął") == 1
    assert art.published == "2021-04-12"


@pytest.mark.parametrize("between", [
    "<p>Fot. Archiwum klastra: uczestnicy spotkania w sali konferencyjnej parku technologicznego w Poznaniu</p>",
    "<figure><img src='/a.jpg'><figcaption>Uczestnicy spotkania w sali konferencyjnej parku technologicznego "
    "w Poznaniu, kwiecień 2021.</figcaption></figure>",
    "<div class='share'>Udostępnij ten artykuł znajomym na Facebooku, LinkedIn lub Twitterze, albo wyślij go mailem.</div>",
    "<p class='autor'>Jan Kowalski, rzecznik prasowy klastra, tel. 61 555 01 02, e-mail biuro@klaster.example</p>",
    "<p>Opublikowano w kategorii Aktualności dnia 12.04.2021 przez redakcję serwisu</p>",
    "<p><a href='/aktualnosci/inne'>Nowi członkowie klastra przystąpili do wspólnego projektu badawczego.</a></p>",
    "<div class='newsletter'>Zapisz się do newslettera, a co dwa tygodnie otrzymasz wiadomości o naborach.</div>",
    f"<p>{TAGLINE}</p>",
    "<h2>Program spotkania i lista uczestników</h2>",
    "<h3>Uczelnie, firmy i instytucje otoczenia biznesu w jednym projekcie badawczym</h3>",
])
def test_captions_bylines_links_and_shared_texts_below_the_headline_are_not_a_lead(between):
    doc = html.fromstring(page(f"<h1>Program współpracy z uczelniami</h1><div class='info'>Dodano: 12.04.2021</div>"
                               f"{between}<div class='tresc-artykulu'>{BODY}</div>"))
    first = "Spotkanie odbyło się w siedzibie parku technologicznego"
    assert standfirst(doc.xpath("//h1")[0], first, "Program współpracy z uczelniami", [TAGLINE]) == ""
    lead = f"<p class='lead'>{LEAD}</p>"
    doc = html.fromstring(page(f"<h1>Program współpracy z uczelniami</h1>{between}{lead}<div>{BODY}</div>"))
    assert standfirst(doc.xpath("//h1")[0], first, "Program współpracy z uczelniami", [TAGLINE]) == LEAD


def test_no_lead_is_taken_when_the_text_is_not_just_below_the_headline():
    sidebar = "".join(f"<div class='box'><p>Ramka {i}: informacje dla członków klastra o naborach i szkoleniach w regionie.</p></div>"
                      for i in range(30))
    doc = html.fromstring(page(f"<h1>Program współpracy z uczelniami</h1>{sidebar}<div>{BODY}</div>"))
    assert standfirst(doc.xpath("//h1")[0], "Spotkanie odbyło się w siedzibie parku technologicznego") == ""


def test_a_feed_channel_tagline_repeated_as_the_page_description_is_not_the_summary():
    feed = (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>WKC</title><link>/</link>"
            f"<description>{TAGLINE}</description>"
            f"<item><title>A</title><link>/aktualnosci/a</link><description></description></item>"
            f"</channel></rss>").encode("utf-8")
    entries, shared = read_feed(feed, "http://klaster.example/feed")
    assert [e.url for e in entries] == ["http://klaster.example/aktualnosci/a"] and TAGLINE in shared
    # The body speaks of the cluster in the tagline's own words: only the feed tells the tagline apart.
    body = (f"<p>Firmy chemiczne regionu, członkowie Wielkopolskiego Klastra Chemicznego, wybrały nowy zarząd i "
            f"przyjęły plan innowacji, projektów i wydarzeń na rok 2022.</p>{BODY}")
    html = page(f"<h1>Walne zgromadzenie członków klastra</h1><p>14.05.2021</p>{body}",
                title="Walne zgromadzenie członków klastra")
    assert extract_article(html, "http://klaster.example/aktualnosci/a").summary == TAGLINE   # what it was
    art = extract_article(html, "http://klaster.example/aktualnosci/a", shared_texts=shared)
    assert art.summary.startswith("Firmy chemiczne regionu, członkowie"), art.summary


def test_atom_subtitle_and_a_summary_every_entry_repeats_are_shared():
    feed = ("<feed xmlns='http://www.w3.org/2005/Atom'><title>X</title><subtitle>Cluster news and calls</subtitle>"
            "<entry><link href='http://x.example/a'/><summary>Read more on our website</summary></entry>"
            "<entry><link href='http://x.example/b'/><summary>Read more on our website</summary></entry>"
            "<entry><link href='http://x.example/c'/><summary>The own lead of c.</summary></entry></feed>").encode()
    entries, shared = read_feed(feed, "http://x.example/atom")
    assert len(entries) == 3
    assert shared == {"Cluster news and calls", "Read more on our website"}


def _table_page(title_cell: str, stamp: str, date_row: str, bottom: str = "") -> bytes:
    """An old table layout in ISO-8859-2: a menu column with the site's update stamp, then the article."""
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-2'>"
            f"<title>Izba Rzemieślnicza w Kaliszu - {title_cell}</title></head><body><table width='900'><tr>"
            "<td class='menu' width='180' valign='top'><a href='/'>Strona główna</a><br><a href='/news.php'>Aktualności</a>"
            f"<br><a href='/kontakt.php'>Kontakt</a><table><tr><td class='maly'>{stamp}</td></tr></table></td>"
            f"<td valign='top'><table class='art'><tr><td class='tytul'>{title_cell}</td></tr>{date_row}"
            f"<tr><td>{BODY}{bottom}</td></tr></table></td></tr></table></body></html>")
    return html.encode("iso-8859-2", errors="xmlcharrefreplace")


@pytest.mark.parametrize("stamp", [
    "Ostatnia aktualizacja strony: 04.03.2021",
    "Aktualizacja serwisu: 2021-03-04",
    "ostatnia modyfikacja witryny 4 marca 2021",
    "Strona zaktualizowana: 04.03.2021 r.",
    "Last update: 4 March 2021",
    "Page last modified on 04/03/2021",
])
def test_a_site_update_stamp_in_the_menu_column_is_not_the_publication_date(stamp):
    body = _table_page("Szkolenie z prawa pracy dla mistrzów", stamp, "", bottom="<p class='stopka'>Dodano: 09.03.2020</p>")
    art = extract_article(decode_html(body, "text/html; charset=iso-8859-2"), "http://izba.example/news.php?id=7")
    assert art.published == "2020-03-09"


@pytest.mark.parametrize("cell, iso", [
    ("środa, 15 styczeń 2020 15:47", "2020-01-15"),
    ("Poniedziałek, 3 Luty 2020", "2020-02-03"),
    ("czwartek, 9 lipiec 2020 r., godz. 10:05", "2020-07-09"),
    ("Piątek, 02 Październik 2020 08:00", "2020-10-02"),
    ("niedziela, 1 marzec 2020", "2020-03-01"),
])
def test_weekday_and_nominative_month_dates_below_a_title_with_a_dash(cell, iso):
    title = "Konferencja „Rzemiosło jutra” – relacja"
    body = _table_page(title, "Aktualizacja serwisu: 2021-03-04", f"<tr><td class='createdate'>{cell}</td></tr>")
    assert b"&#8211;" in body and b"&#8222;" in body          # served as character references
    art = extract_article(decode_html(body, "text/html; charset=iso-8859-2"), "http://izba.example/news.php?id=8")
    assert art.title == title
    assert art.published == iso


@pytest.mark.parametrize("title", ["Targi „Rzemiosło 2020” – Kalisz", "Medal — dla mistrza cechu", "Egzaminy – terminy – opłaty"])
def test_titles_keep_their_own_dashes_and_quotes_when_the_site_name_is_cut(title):
    body = _table_page(title, "", "<tr><td>12.02.2020</td></tr>")
    art = extract_article(decode_html(body, "text/html; charset=iso-8859-2"), "http://izba.example/news.php?id=9",
                          generic_titles=["Izba Rzemieślnicza w Kaliszu - Aktualności"])
    assert art.title == title
    assert art.published == "2020-02-12"


def test_a_description_printed_as_the_tagline_above_the_headline_is_not_the_summary():
    body = (f"<p>Firmy chemiczne regionu, członkowie Wielkopolskiego Klastra Chemicznego, wybrały nowy zarząd i "
            f"przyjęły plan innowacji, projektów i wydarzeń na rok 2022.</p>{BODY}")
    header = f"<div class='site-description'>{TAGLINE}</div>"
    html = page(f"{header}<h1>Walne zgromadzenie członków klastra</h1><p>14.05.2021</p>{body}",
                title="Walne zgromadzenie członków klastra")
    art = extract_article(html, "http://klaster.example/aktualnosci/a")      # the first page read: nothing shared yet
    assert art.summary.startswith("Firmy chemiczne regionu, członkowie"), art.summary
    own = "Członkowie klastra wybrali nowy zarząd i przyjęli plan innowacji, projektów i wydarzeń na rok 2022."
    html = page(f"<h1>Walne zgromadzenie członków klastra</h1><p>14.05.2021</p>{body}",
                title="Walne zgromadzenie członków klastra").replace(TAGLINE, own)
    assert extract_article(html, "http://klaster.example/aktualnosci/a").summary == own


@pytest.mark.parametrize("stamp", ["Ostatnio zmieniany: 04.03.2021", "Last revised: 4 March 2021"])
def test_other_wordings_of_a_site_stamp_are_not_the_publication_date(stamp):
    body = _table_page("Szkolenie z prawa pracy dla mistrzów", stamp, "", bottom="<p class='stopka'>Dodano: 09.03.2020</p>")
    art = extract_article(decode_html(body, "text/html; charset=iso-8859-2"), "http://izba.example/news.php?id=7")
    assert art.published == "2020-03-09"


def test_a_headline_in_the_posts_own_header_is_not_taken_for_the_site_name():
    html = ("<html><head><title>Walne zgromadzenie członków klastra – Wielkopolski Klaster Chemiczny</title></head><body>"
            "<header class='site-header'><p class='site-title'><a href='/'>Wielkopolski Klaster Chemiczny</a></p></header>"
            "<div class='entry'><header class='entry-header'><h1 class='entry-title'>Walne zgromadzenie członków klastra</h1>"
            f"<span class='posted-on'>środa, 20 styczeń 2021</span></header><div class='entry-content'>{BODY}</div></div></body></html>")
    art = extract_article(html, "http://klaster.example/walne-zgromadzenie/")
    assert (art.title, art.published) == ("Walne zgromadzenie członków klastra", "2021-01-20")


def test_windows_punctuation_bytes_on_an_iso_8859_2_page_read_as_dashes_and_quotes():
    title = "Targi „Rzemiosło 2020” – Kalisz"
    raw = _table_page(title, "", "<tr><td>12.02.2020</td></tr>")
    # the same page as a Windows editor saves it: ISO-8859-2 letters, windows-1250 punctuation bytes
    raw = raw.replace(b"&#8222;", b"\x84").replace(b"&#8221;", b"\x94").replace(b"&#8211;", b"\x96")
    art = extract_article(decode_html(raw, "text/html; charset=iso-8859-2"), "http://izba.example/news.php?id=9",
                          generic_titles=["Izba Rzemieślnicza w Kaliszu - Aktualności"])
    assert (art.title, art.published) == (title, "2020-02-12")
    assert "Spotkanie odbyło się w siedzibie" in art.body
