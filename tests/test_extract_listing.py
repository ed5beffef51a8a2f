"""Listing heuristics on inline HTML: which links are articles, which is the next page."""

from __future__ import annotations

from monitor.config import Source
from monitor.extract.listing import analyse_listing, next_page

BASE = "http://news.example.pl"


def src(path: str = "/aktualnosci/") -> Source:
    return Source(name="t", url=BASE + path)


def page(main: str, sidebar: str = "", nav: str = "", footer: str = "") -> str:
    return (f"<html><head><title>Aktualności | Klaster</title></head><body>"
            f"<header><nav>{nav}</nav></header><main>{main}</main><aside>{sidebar}</aside>"
            f"<footer>{footer}</footer></body></html>")


def teasers(items: list[tuple[str, str, str]]) -> str:
    return "".join(f'<div class="item"><h2><a href="{href}">{title}</a></h2><span>{date}</span>'
                   f'<a class="cat" href="/kategoria/nagrody/">Nagrody</a></div>' for href, title, date in items)


ITEMS = [
    ("/2021/06/17/srebrna-odznaka/", "Srebrna Odznaka dla klastra", "17 czerwca 2021"),
    ("/news.php?id=77", "Złoto dla Mazowsza", "2021-04-15"),
    ("/aktualnosci/podsumowanie-roku/", "Podsumowanie roku 2020", "10.12.2020"),
]


def test_teasers_with_short_titles_are_articles_and_chrome_links_are_not():
    html = page(
        teasers(ITEMS),
        sidebar='<h3>Wydarzenia</h3><a href="/wydarzenia/2023/forum-klastrow-polskich/">Forum Klastrów Polskich 2023</a> 3 III 2023',
        nav='<a href="/o-nas/">O klastrze i jego członkach w regionie</a><a href="/kontakt/">Kontakt z biurem klastra</a>',
        footer='<a href="/polityka-prywatnosci/">Polityka prywatności i plików cookies</a>',
    )
    found = analyse_listing(html, BASE + "/aktualnosci/", src()).articles
    assert sorted(found) == sorted(BASE + href for href, _, _ in ITEMS)


def test_category_links_repeated_under_every_teaser_are_not_articles():
    html = page(teasers(ITEMS))
    assert BASE + "/kategoria/nagrody/" not in analyse_listing(html, BASE + "/aktualnosci/", src()).articles


def test_articles_outside_the_listing_path_and_tracking_copies_collapse():
    html = page(teasers(ITEMS) + '<p><a href="/2021/06/17/srebrna-odznaka/?utm_source=fb#komentarze">Komentarze (2)</a></p>')
    found = analyse_listing(html, BASE + "/aktualnosci/", src()).articles
    assert found.count(BASE + "/2021/06/17/srebrna-odznaka/") == 1
    assert not [u for u in found if "utm_" in u or "#" in u]


def test_the_teaser_signature_carries_to_a_last_page_with_one_item():
    first = analyse_listing(page(teasers(ITEMS)), BASE + "/aktualnosci/", src())
    last_html = page(teasers(ITEMS[:1]),
                     sidebar='<ul><li><a href="/o-nas/zarzad-i-rada-programowa/">Zarząd i rada programowa klastra</a></li>'
                             '<li><a href="/o-nas/historia-klastra-od-2010/">Historia klastra od roku 2010</a></li></ul>')
    found = analyse_listing(last_html, BASE + "/aktualnosci/page/4/", src(), hint=first.signatures).articles
    assert found == [BASE + ITEMS[0][0]]


def test_pager_forms():
    s = src("/news/")
    cases = {
        '<a href="?page=1" rel="next">Load more</a>': BASE + "/news/?page=1",
        '<a class="starsze" href="/news/?strona=2">Starsze wpisy »</a>': BASE + "/news/?strona=2",
        '<a href="/news/page/2/">Następna strona ›</a>': BASE + "/news/page/2/",
        '<span class="current">1</span> <a href="/news/?offset=10">2</a>': BASE + "/news/?offset=10",
        '<button data-next="/news/?p_page=2">Pokaż więcej</button>': BASE + "/news/?p_page=2",
    }
    for html, want in cases.items():
        assert next_page(page(html), BASE + "/news/", s) == want, html


def test_pagination_does_not_wander_into_articles_or_other_sections():
    s = src("/news/")
    html = page(teasers(ITEMS) + '<a href="/events/">Next »</a> <a class="readon" href="/news.php?id=77">Więcej...</a>')
    assert next_page(page(html), BASE + "/news/", s, articles={BASE + "/news.php?id=77"}) is None


def test_selector_overrides_win():
    s = Source(name="t", url=BASE + "/lista.html", article_links="td.tytul a", next_page="a.nastepna")
    html = ('<table><tr><td class="tytul"><a href="/a/1.html">X</a></td></tr></table>'
            '<a href="/inne.html">Bardzo długi tekst linku w menu strony</a><a class="nastepna" href="/lista-2.html">»</a>')
    out = analyse_listing(html, s.url, s)
    assert out.articles == [BASE + "/a/1.html"]
    assert out.next_page == BASE + "/lista-2.html"
