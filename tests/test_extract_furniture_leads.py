"""Issue 12, "Summaries": page furniture printed between an article's headline and its first paragraph is not its
lead. An event's "when / where" box with a street address and a sign-up button, a key-facts table, an author box
with a bio, a reading time, a share bar, an image caption or credit, a breadcrumb printed as text, a tag list, a
newsletter or cookie banner inside the main column, a table of contents, an agenda, the site's slogan.

Pages are written here for each class in wordings of their own; the fixture sites tests/sites/tuning15-* carry the
same classes through a real crawl (tests/test_unseen_sites.py)."""

from __future__ import annotations

import pytest

from monitor.extract.article import extract_article
from monitor.extract.furniture import is_lead_furniture

LEAD = ("Dwadzieścia firm z regionu pokaże na targach w Kielcach swoje maszyny do obróbki drewna i systemy "
        "sterowania produkcją.")
REST = ("<p>Stoisko klastra zajmie dwieście metrów kwadratowych w hali C, a każda firma przedstawi jedną maszynę "
        "w działaniu.</p><p>Biuro klastra pomaga w transporcie eksponatów i rezerwacji noclegów dla wystawców.</p>")
EN_LEAD = ("Twelve engineering firms will show their timber processing machines and production control systems "
           "at the Kielce fair.")
EN_REST = ("<p>The cluster stand will take two hundred square metres in hall C, and every firm will run one machine "
           "live.</p><p>The cluster office helps exhibitors with transport and hotel bookings.</p>")
SLOGAN = "Drewno, technologia i ludzie."


def page(main: str, lang: str = "pl", title: str = "Klaster na targach drewna w Kielcach") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Świętokrzyski Klaster Drzewny</title>"
            f"<meta name='description' content='{SLOGAN}'></head><body>"
            "<header><a href='/'>Świętokrzyski Klaster Drzewny</a><nav><a href='/aktualnosci/'>Aktualności</a></nav></header>"
            f"<main><article><h1>{title}</h1><p class='meta'>Dodano: 4 marca 2026</p>{main}</article></main>"
            f"<footer><p>Świętokrzyski Klaster Drzewny · ul. Zagnańska 27, 25-528 Kielce</p></footer></body></html>")


FURNITURE_PL = [
    # an event's when / where box, with or without a class naming it
    "<div class='box-wydarzenie'><p>Kiedy: 21–23 kwietnia 2026, 9:00–17:00</p><p>Gdzie: Targi Kielce, "
    "ul. Zakładowa 1, 25-672 Kielce, hala C, stoisko 14</p><p><a class='btn btn-primary' href='/zapisy'>Zapisz się</a></p></div>",
    "<p><b>Termin:</b> 21.04.2026, godz. 9:00<br><b>Miejsce:</b> Targi Kielce, ul. Zakładowa 1, 25-672 Kielce</p>"
    "<p><a href='/zapisy'>Rejestracja</a></p>",
    "<ul><li>Data: 21 kwietnia 2026</li><li>Adres: ul. Zakładowa 1, 25-672 Kielce, hala C</li></ul>",
    # a key-facts table, an agenda, a table of contents
    "<table><tr><td>Liczba wystawców</td><td>20 firm</td></tr><tr><td>Powierzchnia</td><td>200 m²</td></tr>"
    "<tr><td>Organizator</td><td>Targi Kielce sp. z o.o.</td></tr></table>",
    "<p>Program dnia:</p><ul><li>9:00 otwarcie stoiska i kawa dla gości</li><li>11:30 pokaz frezarki CNC "
    "z udziałem operatora</li><li>14:00 spotkanie z kupcami z Niemiec</li></ul>",
    "<div class='toc'><p>Z tego artykułu dowiesz się</p><ol><li><a href='#a'>Kto wystawia</a></li>"
    "<li><a href='#b'>Co pokażemy</a></li></ol></div>",
    # an author box with a bio, a reading time, a share bar, tags, a breadcrumb, a kicker
    "<div class='author-info'><p><strong>Piotr Nowak</strong></p><p>Redaktor serwisu klastra. Pisze o przemyśle "
    "meblarskim i targach branżowych od dziesięciu lat.</p></div><p>Czas czytania: 2 min</p>",
    "<p>Tekst: Ewa Zając, rzeczniczka klastra. Od 2018 roku odpowiada za kontakty z mediami i wystawcami.</p>",
    "<div>Udostępnij: <a href='#'>Facebook</a> | <a href='#'>LinkedIn</a> | <a href='#'>E-mail</a></div>"
    "<p>Tagi: targi, drewno, maszyny</p>",
    "<p>Start › Aktualności › Klaster na targach drewna w Kielcach</p><p>Wydarzenia</p>",
    # an image caption and a photo credit
    "<figure><img src='/x.jpg' alt=''><figcaption>Stoisko klastra na targach w ubiegłym roku. Fot. Adam Wrona"
    "</figcaption></figure>",
    "<p><img src='/x.jpg' alt=''><br><em>fot. archiwum Targów Kielce</em></p>",
    # a newsletter and a cookie banner inside the main column, the site's slogan
    "<div class='box'><p>Chcesz wiedzieć pierwszy o targach i szkoleniach? Zostaw nam swój adres, a raz w "
    "miesiącu wyślemy ci krótkie podsumowanie.</p><form><input type='email'><button>Wyślij</button></form></div>",
    "<div id='cookie-info'><p>Serwis używa plików cookies w celach statystycznych i aby ułatwić korzystanie ze "
    "strony. Dalsze korzystanie oznacza zgodę.</p></div>",
    f"<p class='motto'>{SLOGAN}</p>",
]


@pytest.mark.parametrize("furniture", FURNITURE_PL)
def test_furniture_above_the_body_does_not_lead_the_summary(furniture):
    art = extract_article(page(f"{furniture}<div class='tresc'><p>{LEAD}</p>{REST}</div>"),
                          "http://klaster.example/aktualnosci/targi-drewna/")
    assert art.is_article
    assert art.summary.startswith(LEAD), art.summary
    assert art.body.startswith(LEAD), art.body[:160]


FURNITURE_EN = [
    "<dl><dt>Date</dt><dd>Tuesday 21 April 2026, 9 am – 5 pm</dd><dt>Venue</dt><dd>Kielce Trade Fair, 1 Zakładowa "
    "Street, Kielce 25-672, Poland, hall C</dd></dl><p><a class='button' href='/register'>Book your place</a></p>",
    "<p>Location: Kielce Trade Fair, hall C, 1 Factory Road, Kielce</p><p>Time: 9.00 – 17.00</p>",
    "<p>Written by Tom Hughes, Communications Lead. Tom joined the cluster in 2020 after ten years in trade press."
    "</p><p>3 min read</p>",
    "<p>Home / Events / Cluster at the Kielce timber fair</p><p>Filed under: fairs, timber, machinery</p>",
    "<p><img src='/x.jpg' alt=''><br>Photo by Adam Wrona</p>",
    "<div class='newsletter-signup'><p>Get our monthly round-up of fairs, training and calls for proposals straight "
    "to your inbox.</p><a class='btn' href='/signup'>Sign up</a></div>",
]


@pytest.mark.parametrize("furniture", FURNITURE_EN)
def test_furniture_above_an_english_body_does_not_lead_the_summary(furniture):
    art = extract_article(page(f"{furniture}<div class='body'><p>{EN_LEAD}</p>{EN_REST}</div>", lang="en",
                               title="Cluster at the Kielce timber fair"),
                          "http://klaster.example/en/news/timber-fair/")
    assert art.summary.startswith(EN_LEAD), art.summary


@pytest.mark.parametrize("lead", [
    "Klaster otrzymał nagrodę: złoty medal targów w Poznaniu za nowy typ suszarni do drewna.",
    "Kielce, 4 marca 2026 r. – Dwadzieścia firm z regionu pokaże swoje maszyny na targach w hali C.",
    "By 2030 the cluster wants to double the number of its members that export to Germany and Austria.",
    "Photonics firms from the cluster won three of the five prizes in the regional innovation contest.",
    "Gdańsk: the port authority and the cluster signed an agreement on shared training for crane operators.",
    "Zarząd klastra spotkał się 12.05 z wystawcami, aby omówić plan stoiska na targach w Kielcach.",
])
def test_a_lead_that_opens_with_a_label_a_place_or_a_date_is_kept(lead):
    assert not is_lead_furniture(lead)
    art = extract_article(page(f"<div class='tresc'><p>{lead}</p>{REST}</div>"),
                          "http://klaster.example/aktualnosci/targi-drewna/")
    assert art.summary.startswith(lead), art.summary


def test_an_event_post_whose_whole_text_is_its_info_box_keeps_it():
    # nothing else to lead with: the text stays, so the short item keeps its words
    box = ("<p>Kiedy: 21 kwietnia 2026, 9:00–17:00</p><p>Gdzie: Targi Kielce, ul. Zakładowa 1, 25-672 Kielce, "
           "hala C, stoisko 14, wejście od parkingu wschodniego</p>")
    art = extract_article(page(box), "http://klaster.example/aktualnosci/targi-drewna/")
    assert "Targi Kielce, ul. Zakładowa 1" in art.body


def test_an_automatic_excerpt_that_opens_with_the_info_box_is_not_the_summary():
    # WordPress and SEO plugins write the first words of the content as the description, furniture first
    box = ("<p>Kiedy: 21–23 kwietnia 2026, 9:00–17:00</p><p>Gdzie: Targi Kielce, ul. Zakładowa 1, 25-672 Kielce, "
           "hala C</p>")
    excerpt = f"Kiedy: 21–23 kwietnia 2026, 9:00–17:00 Gdzie: Targi Kielce, ul. Zakładowa 1, 25-672 Kielce, hala C {LEAD}"
    html = page(f"{box}<div class='tresc'><p>{LEAD}</p>{REST}</div>").replace(SLOGAN, excerpt)
    art = extract_article(html, "http://klaster.example/aktualnosci/targi-drewna/")
    assert art.summary.startswith(LEAD), art.summary
    # a description of the article's own (its lead, or its own words) is still its summary
    own = "Dwadzieścia firm z regionu pokaże maszyny do obróbki drewna na targach w Kielcach, w hali C."
    art = extract_article(page(f"<div class='tresc'><p>{LEAD}</p>{REST}</div>").replace(SLOGAN, own),
                          "http://klaster.example/aktualnosci/targi-drewna/")
    assert art.summary == own, art.summary
