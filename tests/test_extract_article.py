"""Article pages: title, date, the news/event/static check; charsets."""

from __future__ import annotations

import re

import pytest

from monitor.extract.article import extract_article
from monitor.extract.dates import parse_date
from monitor.extract.encoding import decode_html

BODY = "".join(f"<p>Zdanie numer {i} o współpracy klastra z uczelniami i firmami z regionu.</p>" for i in range(12))


def article(head: str = "", main: str = "", title: str = "Podkarpacka Izba Gospodarcza", body_class: str = "") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body class='{body_class}'>"
            f"<div id='top'><h1><a href='/'>Podkarpacka Izba Gospodarcza</a></h1></div>"
            f"<div id='content'>{main}</div><div id='stopka'>ul. Złota 5</div></body></html>")


def test_generic_title_and_site_name_heading_give_way_to_the_article_heading():
    html = article(main=f"<h2 class='contentheading'>Nagroda dla Izby</h2><p>Opublikowano: 17 VI 2021</p>{BODY}")
    art = extract_article(html, "http://x.pl/index.php?id=5", generic_titles=["Podkarpacka Izba Gospodarcza"])
    assert art.title == "Nagroda dla Izby"
    assert art.published == "2021-06-17"
    assert art.is_article


def test_title_suffix_with_the_site_name_is_dropped():
    html = article(title="Złoto dla Mazowsza - Forum Klastrów",
                   main=f"<h2>Złoto dla Mazowsza</h2><span>2021-04-15 09:00</span>{BODY}"
                        "<div class='komentarz'>2023-01-03: Gratulacje!</div>")
    art = extract_article(html, "http://x.pl/news.php?id=1")
    assert (art.title, art.published) == ("Złoto dla Mazowsza", "2021-04-15")


@pytest.mark.parametrize("text, iso", [
    ("czwartek, 17 czerwca 2021", "2021-06-17"),
    ("17 VI 2021", "2021-06-17"),
    ("17.06.2021", "2021-06-17"),
    ("2021-06-17T10:00:00+02:00", "2021-06-17"),
    ("June 17, 2021", "2021-06-17"),
    ("17 June 2021", "2021-06-17"),
])
def test_date_formats(text, iso):
    assert parse_date(text) == iso


def test_json_ld_date_wins():
    head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-11-08T09:00:00+01:00"}</script>'
    art = extract_article(article(head=head, main=f"<h1>Srebrny medal</h1><p>3.01.2023</p>{BODY}"), "http://x.pl/a/")
    assert art.published == "2022-11-08"


@pytest.mark.parametrize("head, body_class", [
    ('<script type="application/ld+json">{"@type":"Event","name":"Forum","startDate":"2023-03-12"}</script>', ""),
    ('<meta property="og:type" content="event">', ""),
    ("", "path-node page-node-type-event"),
    ("", "single single-tribe_events"),
    ("", "page-template-default page page-id-12"),
    ('<script type="application/ld+json">{"@type":"ContactPage"}</script>', ""),
])
def test_event_calendar_and_static_pages_are_not_news(head, body_class):
    html = article(head=head, body_class=body_class, main=f"<h1>Forum Klastrów 2023</h1><p>12.03.2023</p>{BODY}")
    assert not extract_article(html, "http://x.pl/x/").is_article


def test_news_article_that_mentions_an_event_stays_news():
    head = '<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2022-05-19"},{"@type":"Event"}]</script>'
    html = article(head=head, main=f"<h1>Programme of the conference published</h1>{BODY}")
    assert extract_article(html, "http://x.pl/news/p/").is_article


@pytest.mark.parametrize("charset, header", [
    ("cp1250", None), ("cp1250", "text/html"), ("iso-8859-2", "text/html"), ("cp1250", "text/html; charset=ISO-8859-1"),
])
def test_central_european_pages_decode_to_correct_unicode(charset, header):
    text = "<html><body><p>Złota Odznaka dla Łańcuta: gęślą jaźń, źródło, Świętokrzyskie.</p></body></html>"
    assert decode_html(text.encode(charset), header) == text


def test_declared_meta_charset_and_entities_give_unicode_titles():
    html = ('<html><head><meta charset="windows-1250"><title>x</title></head><body>'
            f'<h1>Ma&#322;opolska nagroda &bdquo;Lider&rdquo; dla firmy Żuraw</h1>{BODY}</body></html>')
    art = extract_article(decode_html(html.encode("cp1250"), None), "http://x.pl/a/")
    assert art.title == "Małopolska nagroda „Lider” dla firmy Żuraw"


@pytest.mark.parametrize("main, iso", [
    # the date above the title wins over a deadline in the lead and related posts' dates below
    (f"<p class='meta'>News article | 17 June 2021</p><h1>Gold label</h1><p>The next round closes on"
     f" 30 September 2021.</p>{BODY}<ul><li><a href='/b'>Other</a> <span>10 June 2021</span></li></ul>", "2021-06-17"),
    (f"<p>17.06.2021</p><h1>Laureaci konkursu</h1><p>Wnioski można składać do 30.09.2021 r.</p>{BODY}"
     f"<p>Data ostatniej aktualizacji: 23.06.2021</p>", "2021-06-17"),
    # a byline just after the title wins over the date above (a breadcrumb date, a previous post)
    (f"<p>12 cze 2021</p><h1>Nagroda Gazele</h1><p>17 cze 2021</p><p>Gala odbyła się 10 czerwca 2021.</p>{BODY}",
     "2021-06-17"),
    # abbreviated Polish months and slashed dates in a byline
    (f"<h1>Wyróżnienie dla firmy</h1><span class='date'>17/06/2021</span>{BODY}", "2021-06-17"),
    (f"<h1>Wyróżnienie dla firmy</h1><span class='date'>cze 17, 2021</span>{BODY}", "2021-06-17"),
    # Joomla article info: the modified date before the published one does not count
    (f"<h2>Złoty Medal Targów</h2><dl><dd>Poprawiono: czwartek, 01 lipca 2021</dd>"
     f"<dd>Opublikowano: środa, 16 czerwca 2021 10:15</dd></dl>{BODY}", "2021-06-16"),
    # with no byline at all, the first date after the title is still taken
    (f"<h1>Spotkanie w Rzeszowie</h1><p>W dniu 11 czerwca 2021 roku w Rzeszowie odbyło się spotkanie.</p>{BODY}",
     "2021-06-11"),
])
def test_the_date_printed_with_the_title_wins_over_dates_in_the_text_and_below(main, iso):
    title = re.search(r"<h[12]>(.*?)</h[12]>", main).group(1)
    art = extract_article(article(title=f"{title} | Klaster", main=main), "http://x.pl/a/b-c-d/")
    assert (art.title, art.published) == (title, iso)


def test_a_date_printed_in_day_month_year_pieces_above_the_title():
    pieces = ('<div class="news-date"><span class="day">17</span><span class="month">cze</span>'
              '<span class="year">2021</span></div>')
    html = article(main=f"<div class='article'>{pieces}<h1>Laureaci Nagrody Gospodarczej</h1>{BODY}</div>")
    assert extract_article(html, "http://x.pl/aktualnosci/laureaci,412.html").published == "2021-06-17"


def test_a_deadline_with_words_between_its_label_and_the_colon_is_not_the_publication_date():
    html = article(main=f"<h2>Nabór do akceleratora</h2>{BODY}<p>Termin składania wniosków: 30.07.2021</p>"
                        f"<p>Deadline for applications: 31.07.2021</p>")
    assert extract_article(html, "http://x.pl/aktualnosci/nabor,386.html").published is None


@pytest.mark.parametrize("box", [
    '<div class="read-also"><a href="/blog/other/">Hub opens a second floor</a> <span>15 June 2021</span></div>',
    '<p><span>Read also:</span> <a href="/blog/other/">Hub opens a second floor</a> <span>15 June 2021</span></p>',
    '<div class="related-post"><a href="/blog/other/">Hub opens</a> <time datetime="2021-06-15">15.06</time></div>',
    '<p>Czytaj także: <a href="/a/inny,12.html">Nabór do akceleratora</a> 15.06.2021</p>',
])
def test_a_read_also_teaser_between_the_title_and_the_byline_does_not_give_the_date(box):
    html = article(main=f"<h1>Robotics start-up wins European prize</h1>{box}<p>By Anna Smith · 17 June 2021</p>{BODY}",
                   title="Robotics start-up wins European prize | Hub")
    assert extract_article(html, "http://x.pl/blog/robotics/").published == "2021-06-17"


JOOMLA_1 = ("<html><head><title>Wyróżnienie dla klastra</title>"
            "<meta name='description' content='Klaster Energetyczny – stowarzyszenie firm i uczelni z regionu Pomorza'>"
            "</head><body><table><tr><td id='left'><ul class='menu'><li><a href='/'>Start</a></li></ul></td><td>"
            "<div>Licznik odwiedzin</div><div>Dzisiaj: 17</div><div><b>Zobacz także:</b> <a href='/x'>Szkolenie</a></div>"
            "<div><a href='javascript:history.go(-1)'>« Powrót</a></div>"
            "<table class='contentpaneopen'><tr><td class='contentheading'>Wyróżnienie dla klastra</td></tr></table>"
            "<table class='contentpaneopen'><tr><td class='createdate'>czwartek, 05 grudzień 2019 09:00</td></tr>"
            f"<tr><td><p>Klaster otrzymał wyróżnienie w konkursie Marszałka Województwa.</p>{BODY}</td></tr>"
            "<tr><td class='modifydate'>Poprawiony: piątek, 10 styczeń 2020 11:11</td></tr></table>"
            "</td></tr></table></body></html>")


def test_joomla_1_createdate_cell_is_the_date_and_poprawiony_is_not():
    art = extract_article(JOOMLA_1, "http://x.pl/index.php?option=com_content&task=view&id=224")
    assert (art.title, art.published) == ("Wyróżnienie dla klastra", "2019-12-05")


def test_summary_is_the_lead_not_the_furniture_nor_a_shared_description():
    tagline = "Klaster Energetyczny – stowarzyszenie firm i uczelni z regionu Pomorza"
    art = extract_article(JOOMLA_1, "http://x.pl/index.php?option=com_content&task=view&id=224", shared_texts=[tagline])
    assert art.summary.startswith("Klaster otrzymał wyróżnienie w konkursie")
    assert art.body.startswith("Klaster otrzymał wyróżnienie")


def test_a_description_of_the_page_itself_is_its_summary():
    own = "Marszałek wyróżnił klaster za program wspólnych audytów energetycznych dla małych firm."
    html = article(head=f"<meta name='description' content='{own}'>",
                   main=f"<h1>Wyróżnienie dla klastra</h1><p>Marszałek wyróżnił klaster za wspólne audyty energetyczne "
                        f"dla małych firm z programu.</p>{BODY}")
    assert extract_article(html, "http://x.pl/a/").summary == own
    assert extract_article(html, "http://x.pl/a/", shared_texts=[own]).summary.startswith("Marszałek wyróżnił klaster za wspólne")


def test_a_category_page_of_dated_teasers_is_a_listing_not_an_article():
    teasers = "".join(f"<li><span>{d}.05.2021</span> <a href='/wiadomosci/news-{d}/'>Konkurs numer {d} dla firm rozstrzygnięty</a>"
                      f"<p>Agencja ogłosiła wyniki konkursu numer {d} dla małych i średnich firm z regionu.</p></li>"
                      for d in range(10, 16))
    html = article(main=f"<h1>Nabory i konkursy</h1><ul class='lista'>{teasers}</ul>")
    art = extract_article(html, "http://x.pl/wiadomosci/nabory-i-konkursy/")
    assert art.kind == "listing" and not art.is_article


def test_an_article_with_a_related_box_stays_an_article():
    related = "".join(f"<li><a href='/n/{i}/'>Inny artykuł numer {i} o klastrze</a> <span>1{i}.05.2021</span></li>"
                      for i in range(3))
    html = article(main=f"<h1>Nagroda dla klastra</h1><p>17.06.2021</p>{BODY}<div class='related'><ul>{related}</ul></div>")
    assert extract_article(html, "http://x.pl/n/9/").is_article


SHORT_NOTE = ("<p>Firma Baltic Soft, członek klastra, otrzymała wyróżnienie w konkursie Lider Cyfryzacji 2024 "
              "za system zdalnego odczytu liczników wody w budynkach. Nagrodę wręczono na gali w Gdańsku. "
              "Gratulujemy całemu zespołowi!</p>")     # 31 words


def test_short_dated_article_is_kept_by_its_structure():
    html = article(main=f"<h1>Wyróżnienie dla firmy Baltic Soft</h1><p>Data publikacji: 12 III 2024</p>{SHORT_NOTE}")
    art = extract_article(html, "http://x.pl/node/12")
    assert art.published == "2024-03-12"
    assert art.is_article


def test_a_short_item_headed_by_an_h3_on_a_template_without_h1_is_an_article():
    # news plugins (TYPO3 tx_news, some page builders) head their detail view with an <h2>/<h3>, never an <h1>
    page = ("<html lang='pl'><head><title>Laureaci konkursu Eko-Lider 2025 | Fundacja Rozwoju Podlasia</title></head>"
            "<body><div class='top'><a href='/'>FRP</a></div><div class='content'><div class='item-detail'>"
            "<h3>Laureaci konkursu Eko-Lider 2025</h3><span class='when'>Dodano: 4 marca 2025 r.</span>"
            "<p>Kapituła konkursu Eko-Lider wybrała trzy firmy z regionu, które najbardziej ograniczyły zużycie energii. "
            "Pierwsze miejsce zajęła spółdzielnia mleczarska z Bielska Podlaskiego.</p></div></div>"
            "<aside><h3>Ostatnie wpisy</h3><ul><li><a href='/n/1'>Nabór do programu</a></li></ul></aside></body></html>")
    art = extract_article(page, "http://x.pl/aktualnosci/szczegoly?tx_news_pi1%5Bnews%5D=17")
    assert art.is_article and art.published == "2025-03-04" and art.title == "Laureaci konkursu Eko-Lider 2025"
    # the same text under a page that has an <h1> of its own is not headed by the <h3>
    with_h1 = page.replace("<div class='content'>", "<div class='content'><h1>Aktualności fundacji</h1>")
    assert not extract_article(with_h1, "http://x.pl/aktualnosci/szczegoly?tx_news_pi1%5Bnews%5D=17").article_structure


def test_two_sentences_beside_an_attached_report_are_an_article_and_two_bare_sentences_are_not():
    text = "<p>Zarząd przyjął sprawozdanie z działalności za 2024 rok. Dokument jest dostępny do pobrania poniżej.</p>"
    pdf = '<p><a href="/files/sprawozdanie-2024.pdf">sprawozdanie-2024.pdf</a> (1.2 MB)</p>'
    head = "<h1>Sprawozdanie z działalności za 2024 rok</h1><p>Data publikacji: 27 I 2025</p>"
    assert extract_article(article(main=head + text + pdf), "http://x.pl/node/416").is_article
    # without the document, two sentences stand as an item of their own only while no other page prints them
    assert not extract_article(article(main=head + text), "http://x.pl/node/416",
                               shared_texts=[re.sub("<[^>]+>", "", text)]).is_article


NOTICE = "<p>Informujemy, że 2 maja 2025 r. biuro klastra będzie nieczynne. Sprawy pilne prosimy zgłaszać mailowo.</p>"


def test_a_short_notice_with_its_own_headline_date_and_text_is_an_article():
    head = "<h1>Biuro klastra nieczynne 2 maja</h1><p class='byline'>Opublikowano 28.04.2025</p>"
    art = extract_article(article(main=head + NOTICE), "http://x.pl/aktualnosci/biuro-nieczynne")
    assert art.is_article and art.published == "2025-04-28"
    assert art.summary.startswith("Informujemy, że 2 maja 2025")


def test_a_short_item_of_a_standfirst_and_one_sentence_is_an_article():
    main = ("<h1 class='documentFirstHeading'>Stypendia naukowe dla młodych inżynierów</h1>"
            "<div class='documentByLine'><span>Opublikowano</span> 03.02.2025 11:20</div>"
            "<div class='documentDescription'>Fundacja przyznała cztery stypendia młodym inżynierom z regionu.</div>"
            "<div id='parent-fieldname-text'><p>Wręczenie odbędzie się w marcu.</p></div>")
    art = extract_article(article(main=main), "http://x.pl/aktualnosci/stypendia-naukowe")
    assert art.is_article and art.published == "2025-02-03"


def test_a_short_text_whose_only_date_is_the_footers_or_that_other_pages_print_is_not_an_article():
    footer_dated = article(main="<h1>Biuro klastra nieczynne 2 maja</h1>" + NOTICE).replace(
        "</body>", "<footer><p>" + "Klaster Wodny, ul. Złota 5, Rzeszów, tel. 17 000 00 00. " * 4
        + "</p><p>28.04.2025</p></footer></body>")
    assert not extract_article(footer_dated, "http://x.pl/aktualnosci/biuro-nieczynne").is_article
    head = "<h1>Biuro klastra nieczynne 2 maja</h1><p class='byline'>Opublikowano 28.04.2025</p>"
    shared = extract_article(article(main=head + NOTICE), "http://x.pl/aktualnosci/biuro",
                             shared_texts=[re.sub("<[^>]+>", "", NOTICE)])
    assert not shared.is_article


@pytest.mark.parametrize("headline", ["This page does not seem to exist…", "Strona nie została znaleziona",
                                      "Błąd 404", "Page not found"])
def test_a_soft_404_page_with_a_dated_footer_is_not_an_article(headline):
    text = ("<p>We apologize for the inconvenience, but the page you were trying to access is not at this address. "
            "You can use the links below to help you find what you are looking for. If you are certain you have "
            "the correct web address, please contact the site administration.</p><p>12.03.2025</p>")
    art = extract_article(article(main=f"<h1>{headline}</h1><p>Opublikowano 12.03.2025</p>{text}", title=headline),
                          "http://x.pl/en/news/missing-item")
    assert not art.is_article and art.kind == "error"


def test_a_topic_page_of_two_linked_teasers_with_their_excerpts_is_a_listing():
    teasers = "".join(f"<div class='item'><h2><a href='/en/news/award-{i}/'>Member company {i} wins a regional award</a></h2>"
                      f"<span>1{i} March 2025</span><p>The jury of the regional innovation award recognised member "
                      f"company number {i} for its work on hydrogen storage tanks and their certification.</p></div>"
                      for i in (1, 2))
    art = extract_article(article(main=f"<h1>Awards and recognition of our members</h1>{teasers}"),
                          "http://x.pl/en/news/awards-and-recognition/")
    assert not art.is_article and art.kind == "listing"


def test_language_switcher_links_are_read_as_the_pages_translations():
    switcher = ("<div class='language-selector'><a href='/news/2025/03/pilot-line/'>English</a> "
                "<a href='/pl/aktualnosci/2025/03/linia-pilotazowa/'>Polski</a></div>")
    art = extract_article(article(head="", main=switcher + "<h1>Pilot line opens</h1>" + BODY),
                          "http://x.eu/news/2025/03/pilot-line/")
    assert art.translations == ["http://x.eu/pl/aktualnosci/2025/03/linia-pilotazowa/"]


def test_short_page_without_a_date_or_with_a_one_word_heading_is_not_an_article():
    undated = article(main=f"<h1>Wyróżnienie dla firmy Baltic Soft</h1>{SHORT_NOTE}")
    assert not extract_article(undated, "http://x.pl/node/12").is_article
    tag_page = article(main=f"<h1>nagrody</h1><p>12 III 2024</p>{SHORT_NOTE}")
    assert not extract_article(tag_page, "http://x.pl/tags/nagrody/").is_article


def test_thin_tag_page_of_two_dated_teasers_is_not_an_article():
    teasers = "".join(f"<div class='teaser'><h3><a href='/news/{i}/'>Nagroda numer {i} dla klastra z regionu</a></h3>"
                      f"<p>1{i}.03.2024</p><p>Klaster otrzymał nagrodę numer {i} w konkursie.</p></div>" for i in (1, 2))
    html = article(main=f"<h1>Nagrody i wyróżnienia klastra</h1><p>12.03.2024</p>{teasers}")
    assert not extract_article(html, "http://x.pl/tematy/nagrody/").is_article


def test_modification_date_in_its_own_labelled_field_before_the_publication_date_is_skipped():
    fields = ("<div class='field'><div class='label'>Data modyfikacji:</div><div><span>5 XII 2024</span></div></div>"
              "<div class='field'><div class='label'>Data publikacji:</div><div><span>2 XII 2024</span></div></div>")
    html = article(main=f"<h1>Misja gospodarcza odwołana</h1>{fields}{BODY}")
    assert extract_article(html, "http://x.pl/node/7").published == "2024-12-02"


def test_summary_starts_below_the_headline_not_with_a_sidebar_block_above_it():
    html = (f"<html><head><title>Nagroda dla Agencji</title></head><body><div id='sidebar'><p>ul. Kościuszki 12, "
            f"10-500 Olsztyn<br>tel. 89 521 12 00<br>Biuro czynne pn.–pt. 7:30–15:30</p></div><div id='content'>"
            f"<h1>Nagroda dla Agencji</h1><p>Data publikacji: 28 II 2025</p>{SHORT_NOTE}</div></body></html>")
    art = extract_article(html, "http://x.pl/node/428")
    assert art.is_article
    assert art.summary.startswith("Firma Baltic Soft"), art.summary


def test_summary_of_a_table_only_body_reads_its_caption_and_cells_without_table_rules():
    rows = "".join(f"<tr><td>{i}</td><td>Firma numer {i} sp. z o.o.</td><td>{80 - i}</td></tr>" for i in range(1, 9))
    html = article(main=f"<h1>Lista rankingowa naboru 1/2025</h1><p>Data publikacji: 20 II 2025</p><table><caption>"
                        f"Lista wniosków rekomendowanych do dofinansowania</caption><tr><th>Lp.</th><th>Wnioskodawca</th>"
                        f"<th>Punkty</th></tr>{rows}</table>")
    art = extract_article(html, "http://x.pl/node/425")
    assert art.summary.startswith("Lista wniosków rekomendowanych do dofinansowania"), art.summary
    assert "|" not in art.summary and "---" not in art.summary


def test_summary_of_a_list_body_keeps_its_lead_in_line():
    items = "".join(f"<li>Firma numer {i} sp. z o.o. – oprogramowanie dla logistyki,</li>" for i in range(1, 8))
    html = article(main=f"<h1>Nowi członkowie klastra w maju</h1><p>pon., 31.05.2021</p>"
                        f"<p>W maju do klastra dołączyło siedem firm:</p><ul>{items}</ul><p>Witamy w klastrze!</p>")
    art = extract_article(html, "http://x.pl/posts/nowi/")
    assert art.summary.startswith("W maju do klastra dołączyło siedem firm"), art.summary


@pytest.mark.parametrize("main, iso", [
    # an event badge with its own label cell, then the byline
    (f"<h1>Forum Klastrów Mazowsza 2024</h1><div class='badge'><span>Data wydarzenia:</span> <b>12.03.2024</b></div>"
     f"<p class='meta'>Dodano: 28.02.2024</p>{BODY}", "2024-02-28"),
    # the label and the event date in one line
    (f"<h1>Robotics hackathon in Gdańsk</h1><p>When: 14 May 2024, 10:00</p><p>Posted 2 May 2024</p>{BODY}",
     "2024-05-02"),
    (f"<h1>Szkolenie z finansowania B+R</h1><p>Kiedy: wtorek, 21 maja 2024</p><p>8 maja 2024</p>{BODY}", "2024-05-08"),
    (f"<h1>Matchmaking days</h1><div class='event-date'>Date of the event: 20 April 2024</div>"
     f"<span class='post-date'>3 April 2024</span>{BODY}", "2024-04-03"),
    # an event start printed above the title, the publication labelled below the text
    (f"<div class='ev'><span>Start:</span> <span>10.06.2024</span></div><h1>Akademia AI dla MŚP</h1>{BODY}"
     f"<p>Opublikowano: 01.06.2024</p>", "2024-06-01"),
])
def test_an_event_date_printed_beside_the_publication_date_is_not_taken(main, iso):
    title = re.search(r"<h1>(.*?)</h1>", main).group(1)
    art = extract_article(article(title=title, main=main), "http://x.pl/aktualnosci/wydarzenie-12/")
    assert art.published == iso


def test_a_post_date_in_an_element_classed_event_date_is_still_the_date():
    main = f"<h2 class='title'>Harmonogram szkoleń na 2025 r.</h2><p class='event-date'>18 XII 2024 r.</p>{BODY}"
    assert extract_article(article(title="Harmonogram szkoleń na 2025 r.", main=main),
                           "http://x.pl/aktualnosci/harmonogram-2025/").published == "2024-12-18"


# Odd but valid pages, and pages that look like articles but are not (tuning14, the hostile-input rule).
def test_a_winners_table_article_is_kept_with_its_date_and_its_lead_as_summary():
    rows = "".join(f"<tr><td>{i}</td><td>Odlewnia numer {i} z Gliwic</td><td>kategoria {i}</td></tr>" for i in range(1, 9))
    main = (f"<h1>Odlewnik Roku: wyniki konkursu</h1><div>Opublikowano: 14.05.2026</div>"
            f"<p>Kapituła konkursu ogłosiła wyniki tegorocznej edycji w trzech kategoriach.</p><table>{rows}</table>")
    art = extract_article(article(title="Odlewnik Roku: wyniki konkursu", main=main), "http://x.pl/aktualnosci/odlewnik-roku/")
    assert art.is_article and art.published == "2026-05-14"
    assert art.summary.startswith("Kapituła konkursu ogłosiła wyniki")


def test_a_page_whose_headline_is_only_in_og_title_is_kept_with_the_date_above_its_text():
    head = ("<meta property='og:title' content='Nagroda Gospodarcza Prezydenta dla odlewni'>"
            "<meta property='og:type' content='article'>")
    main = ("<div class='metryka'>Opublikowano 2 czerwca 2026</div><div class='tresc'><p>Odlewnia z Pyskowic otrzymała "
            "Nagrodę Gospodarczą Prezydenta Gliwic za inwestycję w nową linię formierską.</p><p>Biuro klastra przyjmuje "
            "zgłoszenia od firm członkowskich od poniedziałku do piątku w godzinach pracy.</p></div>")
    art = extract_article(article(head=head, main=main), "http://x.pl/aktualnosci/nagroda-prezydenta/",
                          generic_titles=["Podkarpacka Izba Gospodarcza"])
    assert art.title == "Nagroda Gospodarcza Prezydenta dla odlewni"
    assert art.published == "2026-06-02" and art.is_article


def test_a_json_ld_graph_gives_the_articles_date_not_its_images():
    graph = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "dateModified": "2026-05-30"},'
             '{"@type": "NewsArticle", "headline": "Vouchers", "datePublished": "2026-04-14T09:30:00+02:00"},'
             '{"@type": "ImageObject", "url": "/lab.jpg", "datePublished": "2025-11-03T10:00:00+01:00"}]}')
    html = article(head=f"<script type='application/ld+json'>{graph}</script>", main=f"<h1>Call for testing vouchers</h1>{BODY}")
    assert extract_article(html, "http://x.eu/en/news/vouchers/").published == "2026-04-14"


def test_a_tag_page_of_one_long_teaser_is_a_listing_not_an_article():
    teaser = ("<div class='teaser'><h2><a href='/aktualnosci/szkolenie-piece/'>Szkolenie z obsługi pieców</a></h2>"
              "<span>18.02.2026</span><p>" + " ".join(["W hali szkoleniowej klastra ćwiczono procedury awaryjne."] * 6)
              + " <a href='/aktualnosci/szkolenie-piece/'>Czytaj dalej</a></p></div>")
    html = article(title="Tag: piece", main=f"<h1>Wpisy z tagiem: piece indukcyjne</h1>{teaser}")
    art = extract_article(html, "http://x.pl/aktualnosci/piece-indukcyjne/")
    assert art.kind == "listing" and not art.is_article


@pytest.mark.parametrize("description", [
    "W tej kategorii zbieramy informacje o nagrodach i wyróżnieniach, które otrzymały firmy członkowskie klastra "
    "w konkursach regionalnych, krajowych i międzynarodowych.",                        # short: kept by structure only
    " ".join(["Klaster organizuje szkolenia z bezpieczeństwa pracy, obsługi pieców i kontroli jakości odlewów."] * 4),
])
def test_a_category_page_of_a_description_and_links_to_its_posts_is_not_an_article(description):
    posts = ("<ul><li><a href='/aktualnosci/odlewnik-roku-wyniki/'>Odlewnik Roku 2026: wyniki konkursu</a> 14.05.2026</li>"
             "<li><a href='/aktualnosci/wyroznienia-metal-expo/'>Sześć wyróżnień na targach Metal-Expo</a> 21.04.2026</li></ul>")
    html = article(title="Nagrody", main=f"<h1>Nagrody i wyróżnienia dla firm klastra</h1><p>{description}</p>{posts}")
    assert not extract_article(html, "http://x.pl/aktualnosci/nagrody-i-wyroznienia/").is_article


def test_an_article_with_a_latest_news_list_under_its_own_heading_stays_an_article():
    posts = ("<h3>Najnowsze</h3><ul><li><a href='/aktualnosci/odlewnik-roku-wyniki/'>Odlewnik Roku 2026: wyniki konkursu</a></li>"
             "<li><a href='/aktualnosci/wyroznienia-metal-expo/'>Sześć wyróżnień na targach Metal-Expo</a></li></ul>")
    main = ("<h1>Porozumienie z Instytutem Odlewnictwa</h1><p>Opublikowano: 6 lutego 2026</p><p>Zarząd klastra podpisał "
            "porozumienie o współpracy z instytutem w zakresie badań nad stopami lekkimi i staży dla studentów.</p>" + posts)
    art = extract_article(article(title="Porozumienie z Instytutem Odlewnictwa", main=main), "http://x.pl/aktualnosci/porozumienie/")
    assert art.is_article and art.published == "2026-02-06"


def test_a_summary_cut_from_a_list_only_text_reads_its_items_not_list_marks():
    items = "".join(f"<li>Firma numer {i} z Zabrza – certyfikat ISO za gospodarkę odpadami formierskimi</li>" for i in range(5))
    main = f"<h1>Certyfikaty firm klastra w kwartale</h1><p>Opublikowano: 08.04.2026</p><ul>{items}</ul>"
    art = extract_article(article(title="Certyfikaty firm klastra w kwartale", main=main), "http://x.pl/aktualnosci/certyfikaty/")
    assert art.summary.startswith("Firma numer 0 z Zabrza – certyfikat ISO za gospodarkę odpadami formierskimi; Firma numer 1")


def test_a_page_declared_utf8_with_a_windows_1250_part_keeps_both_parts_readable():
    body = ("<html><head><meta charset='utf-8'><title>Rok punktu dla branży spożywczej</title></head><body>"
            "<h1>Rok punktu dla branży spożywczej</h1>").encode("utf-8") + \
        "<p>Opublikowano: 19 września 2025</p><p>Doradcy udzielili porad o znakowaniu żywności.</p></body></html>".encode("cp1250")
    text = decode_html(body, "text/html; charset=utf-8")
    assert "branży spożywczej" in text and "19 września 2025" in text and "żywności" in text


def test_a_two_sentence_award_note_above_more_news_teasers_is_kept_with_its_own_text_only():
    more = "".join(f"<div class='card'><h2><a href='/aktualnosci/inny-wpis-numer-{i}/'>Inny wpis numer {i} o szkoleniach</a></h2>"
                   f"<span>0{i}.03.2026</span><p>Krótki opis innego wpisu numer {i} o szkoleniach i targach dla firm.</p></div>"
                   for i in range(1, 5))
    main = ("<div class='post'><h1>Śląski Laur Innowacji dla Hutmetu</h1><div>Opublikowano: 29.05.2026</div>"
            "<p>Hutmet otrzymał Śląski Laur Innowacji za odlewanie kokilowe. Statuetkę odebrał dyrektor zakładu.</p></div>" + more)
    art = extract_article(article(title="Śląski Laur Innowacji dla Hutmetu", main=main),
                          "http://x.pl/aktualnosci/slaski-laur-innowacji-hutmet/")
    assert art.is_article and art.published == "2026-05-29"
    assert "Inny wpis" not in art.body and art.summary.startswith("Hutmet otrzymał Śląski Laur Innowacji")


def test_a_month_archive_whose_first_line_links_another_post_by_its_title_is_a_listing():
    main = ("<h1>Archiwum wpisów: marzec 2026</h1><div><p><a href='/aktualnosci/raport-o-branzy-odlewniczej-2026/'>Raport o "
            "stanie branży odlewniczej 2026</a></p><p>03.03.2026</p><p>" + " ".join(["Udostępniamy raport o stanie branży."] * 8)
            + "</p></div>")
    art = extract_article(article(title="Archiwum: marzec 2026", main=main), "http://x.pl/aktualnosci/archiwum-marzec-2026/")
    assert art.kind == "listing" and not art.is_article


@pytest.mark.parametrize("byline, iso", [
    ("<span class='date' title='04.03.2026 10:15'>2 dni temu</span>", "2026-03-04"),
    ("<p class='meta'>Posted <span data-published='2026-03-04T10:15:00+01:00'>3 days ago</span> by Anna</p>", "2026-03-04"),
    ("<div class='info'>Dodano: <em data-timestamp='1772619300'>wczoraj</em></div>", "2026-03-04"),
    ("<p>Published <abbr class='published' title='2026-03-04T10:15:00Z'>Mar 4</abbr></p>", "2026-03-04"),
])
def test_a_relative_date_is_read_from_the_absolute_date_its_element_keeps_in_an_attribute(byline, iso):
    main = f"<h2>Nagroda dla klastra w konkursie</h2>{byline}<p>Gala odbędzie się 20.04.2026 w Krakowie.</p>{BODY}"
    assert extract_article(article(main=main), "http://x.pl/aktualnosci/nagroda-dla-klastra/").published == iso


def test_a_link_title_holding_another_posts_date_is_not_the_date_of_the_page():
    main = ("<h2>Nagroda dla klastra w konkursie</h2><p>Opublikowano: 12.05.2026</p>"
            "<a href='/inny/' title='Wpis z 01.02.2026'>Poprzedni wpis</a>" + BODY)
    assert extract_article(article(main=main), "http://x.pl/aktualnosci/nagroda-dla-klastra/").published == "2026-05-12"
