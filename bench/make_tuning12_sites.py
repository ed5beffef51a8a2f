"""Writes the tuning12 fixture sites (tests/sites/tuning12-*): news whose only identity is a query string.

    python bench/make_tuning12_sites.py tests/sites

- tuning12-typo3-klaster-pl: TYPO3 tx_news. Details at /aktualnosci/szczegoly?tx_news_pi1%5Baction%5D=detail&...
  &tx_news_pi1%5Bnews%5D=N&cHash=HEX (the server answers only with the right cHash), a pager
  ?tx_news_pi1%5BcurrentPage%5D=2&cHash=HEX whose page links the details with unencoded brackets, category and
  sort filters (?tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=3, ?tx_news_pi1%5Border%5D=title) in the list,
  a rel=canonical on the details (every third one naming the plugin page without the query), one detail
  only in the sitemap.
- tuning12-joomla-izba-pl: Joomla 3 without SEF URLs. The category blog index.php?option=com_content&view=category
  &id=8&Itemid=110, articles ...&view=article&id=41:slug&catid=8&Itemid=110 (some without Itemid), the pager
  &limitstart=4, tag and category links in each teaser, a newsletter copy of one link (&utm_source=...).
- tuning12-aspx-agencja-en: an ASP.NET agency whose list and details share one script: News.aspx, News.aspx?ItemID=N,
  pager News.aspx?page=2, sort and topic filters (News.aspx?sort=date, News.aspx?topic=3), a session id on some
  links; beside it a PHP press corner press.php?id=N&lang=en linked from the same list.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "tests/sites"
PLM = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
PLN = "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split()
ENM = "January February March April May June July August September October November December".split()


def chash(*parts: object) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


def write(site: str, rel: str, text: str) -> None:
    """rel: a path as served by tests/sitesrv.py (a query after '__')."""
    p = os.path.join(ROOT, site, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(text)


def finish(site: str, start: str, expected: list[dict], listing_pages: list[str], robots: str = "") -> None:
    write(site, "robots.txt", "User-agent: *\nAllow: /\n" + robots)
    write(site, "_unseen.json", json.dumps({"start": start, "type": "site", "listing_pages": listing_pages},
                                           ensure_ascii=False, indent=1))
    write(site, "_expected.json", json.dumps(expected, ensure_ascii=False, indent=1))
    write(site, "_site.json", json.dumps({"charset": "utf-8", "send_charset": True, "routes": {}}, indent=1))


def row(path: str, post: dict, shape: str, lang: str) -> dict:
    return {"path": path, "title": post["title"], "published": post["date"], "date_shape": shape, "traps": [],
            "summary_start": [post["paras"][0][:60]], "lang": lang}


# ---------------------------------------------------------------- TYPO3 tx_news
TYPO3 = "tuning12-typo3-klaster-pl"
T_BRAND = "Klaster Energii Odnawialnej Podkarpacie"
T_POSTS = [
    {"id": 31, "date": "2026-06-18", "title": "Klaster Energii Odnawialnej z certyfikatem złotym ESCA",
     "paras": ["Europejski Sekretariat Analiz Klastrowych przyznał naszemu klastrowi Złotą Etykietę Doskonałości "
               "po audycie przeprowadzonym w maju.", "To pierwszy złoty certyfikat dla klastra z Podkarpacia."]},
    {"id": 30, "date": "2026-06-02", "title": "Magazyny energii w gminach – podsumowanie warsztatów w Rzeszowie",
     "paras": ["Ponad czterdziestu przedstawicieli samorządów rozmawiało w Rzeszowie o magazynach energii "
               "dla budynków użyteczności publicznej.", "Prezentacje z warsztatów udostępniamy członkom klastra."]},
    {"id": 28, "date": "2026-05-21", "title": "Nowi członkowie klastra: trzy spółdzielnie energetyczne",
     "paras": ["Walne zgromadzenie przyjęło do klastra trzy spółdzielnie energetyczne z powiatów "
               "jasielskiego i krośnieńskiego.", "Klaster liczy teraz 64 członków."]},
    {"id": 27, "date": "2026-05-06", "title": "Misja gospodarcza do Bawarii: zapisy do 20 maja",
     "paras": ["Zapraszamy firmy z branży fotowoltaicznej na misję gospodarczą do Monachium i Ratyzbony "
               "w czerwcu.", "Koszty podróży pokrywa projekt Podkarpackie Eksportuje."]},
    {"id": 25, "date": "2026-04-15", "title": "Raport o farmach wiatrowych na Podkarpaciu już dostępny",
     "paras": ["Opublikowaliśmy raport o potencjale lądowej energetyki wiatrowej w województwie "
               "podkarpackim przygotowany z Politechniką Rzeszowską.", "Raport ma 84 strony."]},
    {"id": 24, "date": "2026-04-01", "title": "Laureaci konkursu Zielona Gmina Podkarpacia 2026",
     "paras": ["Kapituła konkursu Zielona Gmina Podkarpacia wyróżniła w tym roku gminy Dukla, Iwonicz-Zdrój "
               "i Sanok za inwestycje w odnawialne źródła.", "Nagrody wręczono podczas forum w Krośnie."]},
    {"id": 22, "date": "2026-03-12", "title": "Szkolenie z rozliczeń prosumenckich dla członków klastra",
     "paras": ["Dwudniowe szkolenie z rozliczeń prosumenckich i taryf dynamicznych odbędzie się w siedzibie "
               "klastra w Jaśle.", "Liczba miejsc jest ograniczona do 25 osób."]},
    {"id": 19, "date": "2026-03-03", "title": "Wspólny zakup energii dla członków klastra na rok 2027",
     "paras": ["Rusza wspólny przetarg na zakup energii elektrycznej dla członków klastra na rok 2027, "
               "do którego zgłosiło się już osiemnaście podmiotów.", "Zgłoszenia przyjmujemy do końca marca."]},
]
T_SITEMAP_ONLY = 19     # beyond the two listing pages: only the sitemap has it


def typo3_query(news_id: int, encoded: bool = True) -> str:
    q = f"tx_news_pi1[action]=detail&tx_news_pi1[controller]=News&tx_news_pi1[news]={news_id}"
    q += f"&cHash={chash('detail', news_id)}"
    return q.replace("[", "%5B").replace("]", "%5D") if encoded else q


def typo3_page(title: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>{title} - {T_BRAND}</title>{head}</head>
<body><div id="page"><header id="header"><a href="/" class="logo">{T_BRAND}</a>
<nav class="main-nav"><ul><li><a href="/o-klastrze/">O klastrze</a></li><li><a href="/aktualnosci/">Aktualności</a></li>
<li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<div id="content" class="content">{main}</div>
<footer id="footer"><p>{T_BRAND} · ul. Podwale 12, 38-200 Jasło</p></footer></div></body></html>
"""


def typo3_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def typo3_site() -> list[dict]:
    listed = [p for p in T_POSTS if p["id"] != T_SITEMAP_ONLY]
    pages = [listed[:4], listed[4:]]
    pager2 = f"tx_news_pi1%5BcurrentPage%5D=2&cHash={chash('page', 2)}"
    cat = f"tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=3&cHash={chash('cat', 3)}"
    order = f"tx_news_pi1%5Border%5D=title&cHash={chash('order', 'title')}"
    for n, posts in enumerate(pages, 1):
        items = []
        for p in posts:
            href = "/aktualnosci/szczegoly?" + typo3_query(p["id"], encoded=n == 1).replace("&", "&amp;")
            items.append(f"""<div class="article articletype-0" itemscope itemtype="http://schema.org/Article">
<div class="header"><h3><a title="{p['title']}" href="{href}"><span itemprop="headline">{p['title']}</span></a></h3></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{p['date']}">{typo3_date(p['date'])}</time></span>
<span class="news-list-category"><a href="/aktualnosci/?{cat.replace('&', '&amp;')}">Z życia klastra</a></span></p></div>
<div class="teaser-text"><p>{p['paras'][0]}</p><a class="more" title="{p['title']}" href="{href}">Więcej</a></div></div>""")
        if n == 1:
            pager = (f'<ul class="f3-widget-paginator"><li class="current">1</li><li><a href="/aktualnosci/?'
                     f'{pager2.replace("&", "&amp;")}">2</a></li><li class="next"><a href="/aktualnosci/?'
                     f'{pager2.replace("&", "&amp;")}">Następna</a></li></ul>')
        else:
            pager = ('<ul class="f3-widget-paginator"><li class="previous"><a href="/aktualnosci/">Poprzednia</a></li>'
                     '<li><a href="/aktualnosci/">1</a></li><li class="current">2</li></ul>')
        filters = (f'<div class="news-filter"><p>Sortuj: <a href="/aktualnosci/?{order.replace("&", "&amp;")}">'
                   f'Według tytułu artykułu</a></p><ul class="news-categories">'
                   f'<li><a href="/aktualnosci/?{cat.replace("&", "&amp;")}">Z życia klastra</a></li>'
                   f'<li><a href="/aktualnosci/?tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=4&amp;cHash='
                   f'{chash("cat", 4)}">Szkolenia i warsztaty dla członków</a></li></ul></div>')
        main = (f'<h1>Aktualności</h1>{filters}<div class="news"><div class="news-list-view">{"".join(items)}</div>'
                f'<div class="page-navigation">{pager}</div></div>')
        rel = "aktualnosci/index.html" if n == 1 else f"aktualnosci/index__{pager2}.html"
        write(TYPO3, rel, typo3_page("Aktualności", main))
    # the category and sort views: listings of their own (two teasers)
    for q in (cat, order):
        items = "".join(f'<div class="article"><h3><a href="/aktualnosci/szczegoly?{typo3_query(p["id"]).replace("&", "&amp;")}">'
                        f'{p["title"]}</a></h3><span class="news-list-date">{typo3_date(p["date"])}</span></div>'
                        for p in listed[:2])
        write(TYPO3, f"aktualnosci/index__{q}.html", typo3_page("Aktualności", f"<h1>Aktualności</h1>{items}"))
    expected = []
    for i, p in enumerate(T_POSTS):
        path = "/aktualnosci/szczegoly?" + typo3_query(p["id"])
        # a misconfigured SEO extension prints the plugin page as every third detail's canonical
        canon = path.replace("&", "&amp;") if i % 3 != 2 else "/aktualnosci/szczegoly"
        head = f'\n<link rel="canonical" href="{canon}">'
        y, m, d = p["date"].split("-")
        main = (f'<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">'
                f'<div class="header"><h1 itemprop="headline">{p["title"]}</h1></div>'
                f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{p["date"]}">'
                f'{int(d)} {PLM[int(m) - 1]} {y}</time></span></p></div>'
                f'<div class="news-text-wrap" itemprop="articleBody">{"".join(f"<p>{x}</p>" for x in p["paras"])}</div>'
                f'<div class="news-backlink-wrap"><a href="/aktualnosci/">Powrót do listy</a></div></div></div>')
        write(TYPO3, f"aktualnosci/szczegoly__{typo3_query(p['id'])}.html", typo3_page(p["title"], main, head))
        expected.append(row(path, p, "time-element", "pl"))
    write(TYPO3, "index.html", typo3_page("Start", f'<h1>{T_BRAND}</h1><p><a href="/aktualnosci/">Aktualności</a></p>'))
    urls = "".join(f"<url><loc>/aktualnosci/szczegoly?{typo3_query(p['id']).replace('&', '&amp;')}</loc>"
                   f"<lastmod>{p['date']}</lastmod></url>" for p in T_POSTS)
    urls += f"<url><loc>/aktualnosci/?{cat.replace('&', '&amp;')}</loc></url>"
    urls += f"<url><loc>/aktualnosci/?{pager2.replace('&', '&amp;')}</loc></url>"
    write(TYPO3, "sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n')
    finish(TYPO3, "/aktualnosci/", expected,
           ["/", "/aktualnosci/", "/aktualnosci/?" + pager2, "/aktualnosci/?" + cat, "/aktualnosci/?" + order],
           "Sitemap: /sitemap.xml\n")
    return expected


# ---------------------------------------------------------------- Joomla 3 without SEF URLs
JOOMLA = "tuning12-joomla-izba-pl"
J_BRAND = "Izba Przemysłowo-Handlowa Ziemi Lubuskiej"
J_CAT = "index.php?option=com_content&view=category&id=8&Itemid=110"
J_POSTS = [
    {"id": 57, "slug": "izba-laureatem-lubuskiego-lidera", "date": "2026-06-11",
     "title": "Izba laureatem nagrody Lubuski Lider Biznesu 2026",
     "paras": ["Izba Przemysłowo-Handlowa Ziemi Lubuskiej otrzymała nagrodę Lubuski Lider Biznesu w kategorii "
               "organizacja otoczenia biznesu.", "Statuetkę odebrał prezes Izby podczas gali w Zielonej Górze."]},
    {"id": 55, "slug": "forum-eksportu-gorzow", "date": "2026-05-27",
     "title": "Forum Eksportu w Gorzowie Wielkopolskim – relacja",
     "paras": ["Blisko stu przedsiębiorców z regionu wzięło udział w Forum Eksportu zorganizowanym przez Izbę "
               "w Gorzowie Wielkopolskim.", "Rozmawiano o rynkach skandynawskich i certyfikacji CE."]},
    {"id": 54, "slug": "szkolenie-ksef", "date": "2026-05-14",
     "title": "Szkolenie: Krajowy System e-Faktur w praktyce",
     "paras": ["Zapraszamy członków Izby na bezpłatne szkolenie z obsługi Krajowego Systemu e-Faktur, "
               "które poprowadzi doradca podatkowy.", "Szkolenie odbędzie się w formule online."]},
    {"id": 51, "slug": "certyfikat-pochodzenia-zmiany", "date": "2026-04-29",
     "title": "Zmiany w wydawaniu świadectw pochodzenia towarów od maja",
     "paras": ["Od pierwszego maja świadectwa pochodzenia towarów wydajemy wyłącznie na podstawie wniosków "
               "składanych elektronicznie.", "Wnioski papierowe przyjmujemy do końca kwietnia."]},
    {"id": 49, "slug": "nowi-czlonkowie-kwiecien", "date": "2026-04-08",
     "title": "Pięć firm z regionu przystąpiło do Izby w kwietniu",
     "paras": ["Zarząd Izby przyjął w kwietniu pięciu nowych członków, w tym producenta mebli ze Świebodzina "
               "i dwie firmy logistyczne.", "Witamy nowych członków w naszym gronie."]},
    {"id": 46, "slug": "wyroznienie-gazele", "date": "2026-03-19",
     "title": "Trzy firmy członkowskie z wyróżnieniem Gazele Biznesu",
     "paras": ["Trzy firmy członkowskie Izby znalazły się w rankingu Gazele Biznesu jako najdynamiczniej "
               "rozwijające się małe przedsiębiorstwa w województwie.", "Gratulujemy wszystkim laureatom."]},
]


def joomla_article(p: dict, itemid: bool = True) -> str:
    q = f"index.php?option=com_content&view=article&id={p['id']}:{p['slug']}&catid=8"
    return q + ("&Itemid=110" if itemid else "")


def joomla_page(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="pl-pl" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{title}</title></head>
<body class="site com_content"><div class="container"><header class="header"><a class="brand" href="/">{J_BRAND}</a></header>
<nav class="navigation"><ul class="nav menu"><li><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=101">O Izbie</a></li>
<li class="active"><a href="/{J_CAT.replace('&', '&amp;')}">Aktualności</a></li>
<li><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=120">Kontakt</a></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">{main}</main>
<div id="aside" class="span3"><div class="moduletable"><h3>Newsletter</h3><p>Zapisz się na newsletter Izby.</p></div></div></div>
<footer class="footer"><p>{J_BRAND} · ul. Piastowska 3, 65-001 Zielona Góra</p></footer></div></body></html>
"""


def joomla_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d} {PLN[int(m) - 1]} {y}"


def joomla_site() -> list[dict]:
    tag = "/index.php?option=com_tags&amp;view=tag&amp;id=3:wydarzenia&amp;Itemid=110"
    pages = [J_POSTS[:4], J_POSTS[4:]]
    for n, posts in enumerate(pages, 1):
        items = []
        for k, p in enumerate(posts):
            href = "/" + joomla_article(p, itemid=k != 1).replace("&", "&amp;")
            items.append(f"""<div class="items-row cols-1 row-{k} row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{href}" itemprop="url">{p['title']}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">Szczegóły</dt>
<dd class="category-name">Kategoria: <a href="/{J_CAT.replace('&', '&amp;')}" itemprop="genre">Aktualności</a></dd>
<dd class="published"><time datetime="{p['date']}T09:00:00+02:00" itemprop="datePublished">Opublikowano: {joomla_date(p['date'])}</time></dd></dl>
<ul class="tags inline"><li class="tag-3 tag-list0"><a href="{tag}" class="label label-info">Wydarzenia</a></li></ul>
<p>{p['paras'][0]}</p>
<p class="readmore"><a class="btn" href="{href}" itemprop="url">Czytaj więcej: {p['title']}</a></p></div></div></div>""")
        if n == 1:
            nxt = "/" + (J_CAT + "&limitstart=4").replace("&", "&amp;")
            pager = (f'<div class="pagination"><ul><li class="active"><span>1</span></li><li><a href="{nxt}">2</a></li>'
                     f'<li><a title="Następna" href="{nxt}" class="pagenav">Następna</a></li></ul></div>')
            promo = (f'<div class="newsflash"><p>Polecamy: <a href="/{(joomla_article(J_POSTS[0]) + "&utm_source=newsletter&utm_medium=email").replace("&", "&amp;")}">'
                     f'{J_POSTS[0]["title"]}</a></p></div>')
        else:
            prev = "/" + J_CAT.replace("&", "&amp;")
            pager = (f'<div class="pagination"><ul><li><a title="Poprzednia" href="{prev}" class="pagenav">Poprzednia</a></li>'
                     f'<li><a href="{prev}">1</a></li><li class="active"><span>2</span></li></ul></div>')
            promo = ""
        sort = ('<form><a href="/' + (J_CAT + "&filter_order=a.title&filter_order_Dir=asc").replace("&", "&amp;")
                + '">Sortuj alfabetycznie według tytułu</a></form>')
        main = (f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>Aktualności</h1></div>'
                f'{promo}{sort}{"".join(items)}{pager}</div>')
        rel = (J_CAT if n == 1 else J_CAT + "&limitstart=4").replace("?", "__") + ".html"
        write(JOOMLA, rel, joomla_page("Aktualności", main))
    expected = []
    for p in J_POSTS:
        p["paras"] = p["paras"][:2] + [f"Pytania w sprawie „{p['title']}” prosimy kierować do biura Izby w Zielonej "
                                       f"Górze, telefon 68 451 00 {p['id']}, w dni robocze od 8 do 16."]
        main = (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
                f'<h2 itemprop="headline">{p["title"]}</h2></div><dl class="article-info muted"><dd class="published">'
                f'<time datetime="{p["date"]}T09:00:00+02:00" itemprop="datePublished">Opublikowano: {joomla_date(p["date"])}'
                f'</time></dd></dl><div class="icons"><a href="/{(joomla_article(p) + "&tmpl=component&print=1").replace("&", "&amp;")}" '
                f'rel="nofollow">Drukuj</a></div><div itemprop="articleBody">{"".join(f"<p>{x}</p>" for x in p["paras"])}</div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="/{J_CAT.replace("&", "&amp;")}">Wstecz</a></li></ul></div>')
        for itemid in (True, False):
            write(JOOMLA, joomla_article(p, itemid).replace("?", "__") + ".html", joomla_page(p["title"], main))
        expected.append(row("/" + joomla_article(p), p, "dotted-nominative", "pl"))
    # the link without Itemid is stored as linked (the page names no canonical)
    expected[1]["path"] = "/" + joomla_article(J_POSTS[1], itemid=False)
    expected[5]["path"] = "/" + joomla_article(J_POSTS[5], itemid=False)
    write(JOOMLA, (J_CAT + "&filter_order=a.title&filter_order_Dir=asc").replace("?", "__") + ".html", joomla_page("Aktualności", "<h1>Aktualności</h1>"))
    write(JOOMLA, "index.html", joomla_page(J_BRAND, f'<h1>{J_BRAND}</h1><p><a href="/{J_CAT.replace("&", "&amp;")}">Aktualności</a></p>'))
    finish(JOOMLA, "/" + J_CAT, expected,
           ["/", "/" + J_CAT, "/" + J_CAT + "&limitstart=4", "/" + J_CAT + "&filter_order=a.title&filter_order_Dir=asc",
            "/index.php?option=com_tags&view=tag&id=3:wydarzenia&Itemid=110"])
    return expected


# ---------------------------------------------------------------- ASP.NET list/detail script, PHP press corner
ASPX = "tuning12-aspx-agencja-en"
A_BRAND = "Lower Vistula Development Agency"
A_POSTS = [
    {"kind": "aspx", "id": 212, "date": "2026-06-15", "title": "Agency wins the European Enterprise Promotion Award",
     "paras": ["The Lower Vistula Development Agency has won the European Enterprise Promotion Award for its "
               "regional start-up voucher scheme.", "The award was presented in Brussels on 12 June."]},
    {"kind": "php", "id": 88, "date": "2026-06-03", "title": "Press release: second call for digital vouchers opens",
     "paras": ["Small firms in the region can apply for digital vouchers of up to 40,000 zloty in the second "
               "call of the programme, which opens on Monday.", "Applications close on 30 June."]},
    {"kind": "aspx", "id": 209, "date": "2026-05-20", "title": "Cluster managers meet in Bydgoszcz for the spring forum",
     "paras": ["More than sixty cluster managers from northern Poland met in Bydgoszcz for the spring forum "
               "of cluster organisations.", "The next forum will take place in Gdansk."]},
    {"kind": "aspx", "id": 204, "date": "2026-05-04", "title": "New office hours at our Torun branch",
     "paras": ["From May the Torun branch of the agency is open to visitors from eight in the morning until "
               "six in the evening on weekdays.", "Appointments can be booked online."]},
    {"kind": "php", "id": 85, "date": "2026-04-22", "title": "Press release: agency report on regional exports",
     "paras": ["Exports of firms from the region grew by eleven percent last year, according to the agency's "
               "annual report on foreign trade.", "Machinery and furniture led the growth."]},
    {"kind": "aspx", "id": 199, "date": "2026-04-07", "title": "Food cluster receives the Bronze Label of the ESCA",
     "paras": ["The regional food processing cluster has received the Bronze Label of the European Secretariat "
               "for Cluster Analysis after its first benchmarking.", "The label is valid for two years."]},
]


def aspx_url(p: dict) -> str:
    return f"/News.aspx?ItemID={p['id']}" if p["kind"] == "aspx" else f"/press.php?id={p['id']}&lang=en"


def aspx_page(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} :: {A_BRAND}</title></head>
<body><form id="aspnetForm" method="post" action="./News.aspx"><div id="wrapper"><div id="top"><a href="/Default.aspx">{A_BRAND}</a></div>
<div id="menu"><ul><li><a href="/Default.aspx">Home</a></li><li><a href="/News.aspx">News</a></li><li><a href="/Contact.aspx">Contact</a></li></ul></div>
<div id="ctl00_ContentPlaceHolder1_pnlContent" class="contentarea">{main}</div>
<div id="bottom"><p>{A_BRAND} · 7 Bridge Street, Torun</p></div></div></form></body></html>
"""


def aspx_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {ENM[int(m) - 1]} {y}"


def aspx_site() -> list[dict]:
    pages = [A_POSTS[:4], A_POSTS[4:]]
    for n, posts in enumerate(pages, 1):
        rows = []
        for k, p in enumerate(posts):
            href = aspx_url(p) + ("&amp;sessionid=x7f3k2" if k == 2 else "")
            rows.append(f'<tr><td class="date">{aspx_date(p["date"])}</td><td class="title"><a href="{href}">{p["title"]}</a>'
                        f'<br><span class="lead">{p["paras"][0][:90]}…</span></td></tr>')
        pager = ('<div class="pager"><span>1</span> <a href="/News.aspx?page=2">2</a> <a href="/News.aspx?page=2">Next »</a></div>'
                 if n == 1 else '<div class="pager"><a href="/News.aspx">« Previous</a> <a href="/News.aspx">1</a> <span>2</span></div>')
        filters = ('<p class="filters">Show: <a href="/News.aspx?topic=3">Awards and distinctions for the region</a> | '
                   '<a href="/News.aspx?sort=date&amp;dir=asc">Oldest news items first</a></p>')
        main = (f'<h1>News</h1>{filters}<table id="ctl00_ContentPlaceHolder1_gvNews" class="newsgrid"><tbody>{"".join(rows)}'
                f'</tbody></table>{pager}')
        write(ASPX, "News.aspx" if n == 1 else "News.aspx__page=2.html", aspx_page("News", main))
    for q in ("topic=3", "sort=date&dir=asc"):
        rows = "".join(f'<tr><td class="date">{aspx_date(p["date"])}</td><td><a href="{aspx_url(p)}">{p["title"]}</a></td></tr>'
                       for p in A_POSTS[:3])
        write(ASPX, f"News.aspx__{q}.html", aspx_page("News", f'<h1>News</h1><table class="newsgrid">{rows}</table>'))
    expected = []
    for p in A_POSTS:
        main = (f'<h1 id="ctl00_ContentPlaceHolder1_lblTitle">{p["title"]}</h1><p class="posted">Posted: '
                f'<span id="ctl00_ContentPlaceHolder1_lblDate">{aspx_date(p["date"])}</span></p>'
                f'<div id="ctl00_ContentPlaceHolder1_divBody">{"".join(f"<p>{x}</p>" for x in p["paras"])}</div>'
                f'<p><a href="/News.aspx">Back to news</a></p>')
        rel = aspx_url(p).lstrip("/").replace("?", "__") + ".html"
        write(ASPX, rel, aspx_page(p["title"], main))
        expected.append(row(aspx_url(p), p, "day-month-year-en", "en"))
    write(ASPX, "Default.aspx", aspx_page(A_BRAND, f'<h1>{A_BRAND}</h1><p><a href="/News.aspx">News</a></p>'))
    write(ASPX, "index.html", aspx_page(A_BRAND, f'<h1>{A_BRAND}</h1><p><a href="/News.aspx">News</a></p>'))
    finish(ASPX, "/News.aspx", expected,
           ["/", "/News.aspx", "/News.aspx?page=2", "/News.aspx?topic=3", "/News.aspx?sort=date&dir=asc"])
    return expected


if __name__ == "__main__":
    typo3_site()
    joomla_site()
    aspx_site()
