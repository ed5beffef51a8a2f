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


def test_teasers_linked_only_by_read_more_or_an_image_take_their_heading():
    main = "".join(
        f'<div class="item"><a href="/aktualnosci/{n}-{slug}.html"><img src="/i/{n}.jpg" alt=""></a>'
        f'<h2>{title}</h2><p>Wstęp do artykułu o klastrze.</p>'
        f'<p class="readmore"><a href="/aktualnosci/{n}-{slug}.html">{more}</a></p></div>'
        for n, slug, title, more in [(214, "zloty-medal", "Złoty Medal Targów", "Czytaj więcej…"),
                                     (211, "spotkanie", "Spotkanie sieciujące", "Więcej"),
                                     (208, "nowi-czlonkowie", "Nowi członkowie klastra", "Read more")])
    out = analyse_listing(page(main), BASE + "/aktualnosci.html", src("/aktualnosci.html"))
    assert sorted(out.articles) == sorted(BASE + f"/aktualnosci/{p}.html"
                                          for p in ("214-zloty-medal", "211-spotkanie", "208-nowi-czlonkowie"))


def test_a_menu_of_long_link_texts_outside_the_content_loses_to_a_dated_news_list():
    menu = "".join(f'<div class="mm-col"><ul>{"".join(f"<li><a href=/web/x/{s}>{t}</a></li>" for s, t in col)}</ul></div>'
                   for col in [[("program-wsparcia-innowacyjnych-firm", "Program wsparcia innowacyjnych firm 2021-2027"),
                                ("fundusze-europejskie-dla-gospodarki", "Fundusze Europejskie dla Nowoczesnej Gospodarki")],
                               [("struktura-organizacyjna-ministerstwa", "Struktura organizacyjna ministerstwa"),
                                ("kariera-w-ministerstwie-rozwoju", "Kariera w Ministerstwie Rozwoju i Technologii")]])
    news = [("laureaci-konkursu-2021-12845", "Laureaci konkursu Innowator Roku", "17.06.2021"),
            ("nowa-lista-klastrow-12839", "Krajowe Klastry Kluczowe – nowa lista", "14.06.2021")]
    items = "".join(f'<li><span class="date">{d}</span> <a href="/web/x/{s}">{t}</a></li>' for s, t, d in news)
    html = f'<html><body><div class="mm">{menu}</div><div class="wrap"><ul class="art">{items}</ul></div></body></html>'
    s = Source(name="t", url=BASE + "/web/x/aktualnosci")
    first = analyse_listing(html, s.url, s)
    assert sorted(first.articles) == sorted(BASE + f"/web/x/{slug}" for slug, _, _ in news)
    # the last page, with one item, still knows its list is dated
    last = html.replace(items, '<li><span class="date">28.04.2021</span> <a href="/web/x/godlo-12780">Godło dla innowacji</a></li>')
    assert analyse_listing(last, s.url + "?page=3", s, hint=first.signatures).articles == [BASE + "/web/x/godlo-12780"]


def test_two_blocks_of_one_template_are_two_groups():
    block = ('<div class="blok {cls}"><h2>{name}</h2>'
             + "{items}</div>")
    areas = "".join(f'<div class="kafel"><h3><a href="/obszary/{s}.html">{t}</a></h3></div>' for s, t in [
        ("magazynowanie-energii-i-sieci", "Magazynowanie energii i sieci inteligentne"),
        ("fotowoltaika-dla-gmin-i-firm", "Fotowoltaika dla gmin i przedsiębiorstw")])
    news = "".join(f'<div class="wpis"><span>{d}</span><h3><a href="/aktualnosci/{s}.html">{t}</a></h3></div>' for s, t, d in [
        ("nagroda-marszalka-dla-klastra", "Nagroda Marszałka dla klastra", "15 czerwca 2021"),
        ("szkolenie-z-audytu", "Szkolenie z audytu energetycznego", "8 czerwca 2021")])
    html = ('<html><body><div id="srodek">' + block.format(cls="blok-obszary", name="Obszary", items=areas)
            + block.format(cls="blok-aktualnosci", name="Aktualności", items=news) + "</div></body></html>")
    found = analyse_listing(html, BASE + "/", src("/")).articles
    assert sorted(found) == [BASE + "/aktualnosci/nagroda-marszalka-dla-klastra.html",
                             BASE + "/aktualnosci/szkolenie-z-audytu.html"]


def test_numbered_pagers_without_a_marked_current_page():
    s = src("/news/")
    # the current page is the number that is not a link
    unlinked = '<ul class="pagination"><li><a href="/news/">1</a></li><li><span>2</span></li><li><a href="?page=3">3</a></li></ul>'
    assert next_page(page(unlinked), BASE + "/news/?page=2", s) == BASE + "/news/?page=3"
    # screen-reader words in the numbers ("Strona 2")
    words = ('<nav><span class="page-numbers current"><span class="sr">Strona</span>1</span>'
             '<a class="page-numbers" href="/news/page/2/"><span class="sr">Strona</span>2</a></nav>')
    assert next_page(page(words), BASE + "/news/", s) == BASE + "/news/page/2/"
    # nothing marks the current page: the crawl's own page count decides (a 0-based ?page=N pager)
    bare = '<div class="pager"><a href="?page=0">1</a> <a href="?page=1">2</a> <a href="?page=2">3</a></div>'
    assert next_page(page(bare), BASE + "/news/?page=1", s, page_number=2) == BASE + "/news/?page=2"
    # "Last »" is not the next page; "›" is
    drupal = ('<ul class="pager__items"><li class="is-active"><a href="?page=0">1</a></li><li><a href="?page=1">2</a></li>'
              '<li><a href="?page=1" title="Go to next page">›</a></li><li><a href="?page=4" title="Go to last page">Last »</a></li></ul>')
    assert next_page(page(drupal), BASE + "/news/", s) == BASE + "/news/?page=1"


def test_a_language_variant_link_in_the_list_is_an_article():
    html = page(teasers([("/news/nagroda-dla-klastra/?lang=pl", "Nagroda Marszałka dla klastra", "10 June 2021"),
                         ("/news/new-board-elected/", "New board elected at the annual meeting", "7 June 2021"),
                         ("/news/innovation-days/", "Innovation Days 2021: the programme", "1 June 2021")]),
                nav='<a href="/news/?lang=pl">Polski</a>')
    found = analyse_listing(html, BASE + "/news/", src("/news/"))
    assert BASE + "/news/nagroda-dla-klastra/?lang=pl" in found.articles
    assert BASE + "/news/?lang=pl" not in found.articles
