"""Writes the tuning14 fixture sites (tests/sites/tuning14-*) and their own held-out site
(tests/sites/heldout14own-*): pages that are odd but valid, and pages that look like articles but are not
(issue 12, the "hostile input" rule).

- tuning14-odlewnia-pl: a Polish foundry cluster crawled from its listing: a winners table, a list of
  winners, two sentences and a PDF, text in <div>s with no <p>, a date only in the URL path, a 1 MB page of
  inline script and style around a short article, an article printed twice (screen and print version), a
  headline only in og:title, a text that is only a list; listing traps among the teasers (a category page with an h1 and a paragraph, a
  tag page with one long teaser, a search results page), a soft 404 answered 200, a slow page, a 500.
- tuning14-agency-sitemap-plen: a PL/EN agency read as a `sitemap` source: a page declared UTF-8 but sent
  in windows-1250, a page with a byte-order mark, Polish letters as HTML entities, broken markup (unclosed
  tags, a second <html> pasted in the body), entities escaped twice, a page mixing UTF-8 and windows-1250 bytes, a date only in a JSON-LD @graph, the article only inside
  <noscript>, PHP warnings before the page; redirects (relative Location, 308, a chain on the same host, one leaving
  the host, a <meta> refresh); a tag, a
  category, a search page and a soft 404 in the sitemap.
- heldout14own-park-pl: the own held-out site (written with the others, before any rule change, measured
  and never tuned on): `python bench/unseen_sites.py --sites heldout14own` (without -v).

    python bench/make_tuning14_sites.py tests/sites
"""
import json
import os
import sys

ROOT = sys.argv[1]
BIG_SCRIPT_BYTES = 1_000_000


def write(site, path, html):
    rel = path.split("?")[0].strip("/")
    if "?" in path:
        rel = os.path.join(rel, "index__" + path.split("?", 1)[1] + ".html")
    elif path.endswith("/") or not rel:
        rel = os.path.join(rel, "index.html")
    p = os.path.join(ROOT, site, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w", encoding="utf-8").write(html)


def finish(name, start, listings, rows, site=None, type_="site", robots_extra=""):
    open(os.path.join(ROOT, name, "robots.txt"), "w").write("User-agent: *\nAllow: /\n" + robots_extra)
    json.dump({"start": start, "type": type_, "listing_pages": listings},
              open(os.path.join(ROOT, name, "_unseen.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(rows, open(os.path.join(ROOT, name, "_expected.json"), "w"), ensure_ascii=False, indent=1)
    if site:
        json.dump(site, open(os.path.join(ROOT, name, "_site.json"), "w"), ensure_ascii=False, indent=1)


def row(path, title, iso, shape, lead, lang, award=None, kind=None, traps=()):
    out = {"path": path, "title": title, "published": iso, "date_shape": shape, "traps": list(traps),
           "summary_start": [lead[:60]], "lang": lang}
    if award is not None:
        out["award"] = award
        if award and kind:
            out["award_kind"] = kind
    return out


def sitemap(base_paths):
    urls = "".join(f"<url><loc>{p}</loc></url>" for p in base_paths)   # relative locs: the server's address varies
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'


# ================================================================ A: Polish foundry cluster, listing-driven
A = "tuning14-odlewnia-pl"
BRAND_A = "Śląski Klaster Odlewniczy"
A_MORE = ("Biuro klastra przyjmuje zgłoszenia od firm członkowskich od poniedziałku do piątku, a szczegółowe "
          "informacje o kolejnych działaniach publikujemy w aktualnościach i w miesięcznym biuletynie.")


def a_page(title, body, head="", doc_title=None, body_class="wpis"):
    doc_title = doc_title if doc_title is not None else f"{title} | {BRAND_A}"
    return f"""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>{doc_title}</title>
<meta name="description" content="{BRAND_A} – odlewnie, modelarnie i narzędziownie z Górnego Śląska.">{head}</head>
<body class="{body_class}"><div id="naglowek"><a href="/" class="logo">{BRAND_A}</a>
<ul id="menu"><li><a href="/aktualnosci/">Aktualności</a></li><li><a href="/o-klastrze/">O klastrze</a></li>
<li><a href="/kontakt/">Kontakt</a></li></ul></div>
<div id="srodek">{body}</div>
<div id="stopka">{BRAND_A} · ul. Hutnicza 7, Gliwice · sekretariat@odlewnia-klaster.example</div></body></html>
"""


def a_article(title, byline, text, head="", doc_title=None, heading=True):
    h = f'<h1 class="tytul-wpisu">{title}</h1>' if heading else ""
    return a_page(title, f'<div class="wpis-pelny">{h}<div class="metryka">{byline}</div>'
                         f'<div class="tresc">{text}</div></div>', head, doc_title)


A_ROWS, A_TEASERS = [], []

# A1: the winners table (most of the text is the table)
lead = "Kapituła konkursu Odlewnik Roku 2026 ogłosiła wyniki tegorocznej edycji i przyznała nagrody w trzech kategoriach."
cells = [("I miejsce", "Odlewnia Żeliwa Pyskowice", "Pyskowice", "duże przedsiębiorstwo"),
         ("II miejsce", "Metal-Form Zabrze", "Zabrze", "duże przedsiębiorstwo"),
         ("III miejsce", "Hutmet Świętochłowice", "Świętochłowice", "duże przedsiębiorstwo"),
         ("I miejsce", "Modelarnia Kowalczyk", "Gliwice", "małe przedsiębiorstwo"),
         ("II miejsce", "Precyzja Odlewy", "Rybnik", "małe przedsiębiorstwo"),
         ("III miejsce", "Stop-Tech", "Bytom", "małe przedsiębiorstwo"),
         ("I miejsce", "Politechnika Śląska – Wydział Mechaniczny", "Gliwice", "innowacja"),
         ("wyróżnienie", "Kuźnia Nowa Ruda", "Ruda Śląska", "innowacja")]
table = ("<table class=\"wyniki\"><thead><tr><th>Miejsce</th><th>Laureat</th><th>Miasto</th><th>Kategoria</th></tr></thead><tbody>"
         + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in cells) + "</tbody></table>")
p = "/aktualnosci/odlewnik-roku-2026-wyniki/"
t = "Odlewnik Roku 2026: wyniki konkursu"
write(A, p, a_article(t, "Opublikowano: 14.05.2026", f"<p>{lead}</p>{table}<p>Gratulujemy laureatom!</p>"))
A_ROWS.append(row(p, t, "2026-05-14", "pl-dotted-labelled", lead, "pl", True, "competition"))
A_TEASERS.append((p, t, "14.05.2026", lead))

# A2: a lead-in line and a list of distinguished firms
lead = "Jury tegorocznych targów Metal-Expo w Katowicach przyznało wyróżnienia sześciu firmom z naszego klastra:"
items = ["Odlewnia Ciśnieniowa Tychy – za korpus pompy z aluminium",
         "Formy Wtryskowe Knurów – za formę do odlewów cienkościennych",
         "Modelarnia 3D Print Sosnowiec – za drukowane modele piaskowe",
         "Żeliwo Mikołów – za kolektor wydechowy",
         "Odlewnia Precyzyjna Chorzów – za łopatkę turbiny",
         "Stalmet Racibórz – za system odzysku piasku"]
p = "/aktualnosci/wyroznienia-metal-expo/"
t = "Sześć wyróżnień dla firm klastra na targach Metal-Expo"
write(A, p, a_article(t, '<span class="data">21 kwietnia 2026</span>',
                      f"<p>{lead}</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"))
A_ROWS.append(row(p, t, "2026-04-21", "pl-genitive", lead, "pl", True, "distinction"))
A_TEASERS.append((p, t, "21.04.2026", lead))

# A3: two sentences and a PDF
lead = "Udostępniamy raport o stanie branży odlewniczej na Śląsku przygotowany przez zespół analityków klastra."
p = "/aktualnosci/raport-o-branzy-2026/"
t = "Raport o stanie branży odlewniczej 2026"
write(A, p, a_article(t, "Dodano: 03.03.2026",
                      f"<p>{lead} Zachęcamy do lektury.</p>"
                      '<p><a href="/pliki/raport-branza-2026.pdf">Pobierz raport (PDF, 2,4 MB)</a></p>'))
A_ROWS.append(row(p, t, "2026-03-03", "pl-dotted-labelled", lead, "pl", False))
A_TEASERS.append((p, t, "03.03.2026", lead))

# A4: text in <div>s, no <p>
lead = "W hali szkoleniowej klastra odbyło się szkolenie z bezpiecznej obsługi pieców indukcyjnych dla trzydziestu pracowników."
divs = [lead,
        "Zajęcia prowadzili inspektorzy z okręgowego inspektoratu pracy oraz doświadczeni mistrzowie wytopu z firm członkowskich.",
        "Uczestnicy ćwiczyli procedury awaryjne, zasady pracy w odzieży ochronnej i postępowanie przy wycieku ciekłego metalu.",
        "Kolejna edycja szkolenia planowana jest jesienią, a zapisy przyjmuje biuro klastra."]
p = "/aktualnosci/szkolenie-piece-indukcyjne/"
t = "Szkolenie z obsługi pieców indukcyjnych"
write(A, p, a_article(t, '<div class="data">2026-02-18</div>', "".join(f"<div class=\"akapit\">{d}</div>" for d in divs)))
A_ROWS.append(row(p, t, "2026-02-18", "iso-div", lead, "pl", False))
A_TEASERS.append((p, t, "18.02.2026", lead))

# A5: the date only in the URL path
lead = "Przedstawiciele dwunastu odlewni z klastra wzięli udział w misji gospodarczej do Zagłębia Ruhry."
p = "/aktualnosci/2026/03/17/misja-gospodarcza-zaglebie-ruhry/"
t = "Misja gospodarcza do Zagłębia Ruhry"
write(A, p, a_article(t, "", f"<p>{lead} Spotkali się z odbiorcami odlewów dla przemysłu maszynowego i motoryzacyjnego.</p>"
                             f"<p>{A_MORE}</p>"))
A_ROWS.append(row(p, t, "2026-03-17", "url-path-only", lead, "pl", False))
A_TEASERS.append((p, t, "", lead))

# A6: a 1 MB page (inline script and style) around a short article
lead = "Do Śląskiego Klastra Odlewniczego przystąpiła firma Termo-Odlew z Tarnowskich Gór, producent odlewów ze staliwa."
blob = "var d=[" + ",".join(str(i * 7919 % 100003) for i in range(BIG_SCRIPT_BYTES // 14)) + "];"
style = ".k{color:#333}" * (BIG_SCRIPT_BYTES // 30)
p = "/aktualnosci/nowy-czlonek-termo-odlew/"
t = "Nowy członek klastra: Termo-Odlew"
write(A, p, a_article(t, "9 stycznia 2026 r.", f"<p>{lead}</p><p>{A_MORE}</p>",
                      head=f"<style>{style}</style><script>{blob}</script>"))
A_ROWS.append(row(p, t, "2026-01-09", "pl-genitive-r", lead, "pl", False))
A_TEASERS.append((p, t, "09.01.2026", lead))

# A7: the article printed twice: for the screen, and again in a hidden print version
lead = "Zarząd klastra podpisał porozumienie o współpracy z Instytutem Odlewnictwa w zakresie badań nad stopami lekkimi."
text = (f"<p>{lead}</p><p>Porozumienie obejmuje wspólne projekty badawcze, staże dla studentów i dostęp firm do laboratoriów.</p>"
        f"<p>{A_MORE}</p>")
p = "/aktualnosci/porozumienie-z-instytutem/"
t = "Porozumienie z Instytutem Odlewnictwa"
html = a_page(t, f'<div class="wpis-pelny"><h1 class="tytul-wpisu">{t}</h1><div class="metryka">Opublikowano: 6 lutego 2026</div>'
                 f'<div class="tresc">{text}</div></div>'
                 f'<div class="wersja-do-druku" style="display:none"><h1>{t}</h1><p>Opublikowano: 6 lutego 2026</p>{text}</div>')
write(A, p, html)
A_ROWS.append(row(p, t, "2026-02-06", "pl-genitive-labelled", lead, "pl", False, traps=["print-copy"]))
A_TEASERS.append((p, t, "06.02.2026", lead))

# A8: the headline only in og:title (a generic <title>, no heading)
lead = "Odlewnia Żeliwa Pyskowice otrzymała Nagrodę Gospodarczą Prezydenta Gliwic za inwestycję w nową linię formierską."
p = "/aktualnosci/nagroda-prezydenta-gliwic/"
t = "Nagroda Gospodarcza Prezydenta Gliwic dla odlewni z klastra"
write(A, p, a_article(t, "Opublikowano 2 czerwca 2026", f"<p>{lead}</p><p>{A_MORE}</p>",
                      head=f'<meta property="og:title" content="{t}"><meta property="og:type" content="article">',
                      doc_title=BRAND_A, heading=False))
A_ROWS.append(row(p, t, "2026-06-02", "pl-genitive-labelled", lead, "pl", True, "prize_medal"))
A_TEASERS.append((p, t, "02.06.2026", lead))

# A9: a slow page (2.5 s) that is a plain article
lead = "Klaster rozpoczął nabór firm do programu doradczego dotyczącego wdrażania pieców elektrycznych w małych odlewniach."
p = "/aktualnosci/nabor-program-doradczy/"
t = "Nabór do programu doradczego dla małych odlewni"
write(A, p, a_article(t, "Opublikowano: 11.05.2026", f"<p>{lead}</p><p>{A_MORE}</p>"))
A_ROWS.append(row(p, t, "2026-05-11", "pl-dotted-labelled", lead, "pl", False))
A_TEASERS.append((p, t, "11.05.2026", lead))

# A10: the winners as headings that link to the winners' own websites, each with a short paragraph
lead = "Śląską Nagrodę Jakości 2026 w kategorii przemysłu ciężkiego otrzymały trzy firmy należące do klastra."
winners = [("Odlewnia Beskid", "https://beskid-odlewnia.example/", "Nagrodzona za wdrożenie systemu kontroli wad odlewów opartego na tomografii komputerowej i skrócenie czasu odbioru partii o połowę."),
           ("Formal Gliwice", "https://formal.example/", "Doceniona za program szkoleń dla operatorów i spadek liczby reklamacji do najniższego poziomu w historii firmy."),
           ("Alu-Cast Tychy", "https://alucast.example/pl/", "Wyróżniona za recykling złomu aluminiowego w zamkniętym obiegu i certyfikowany ślad węglowy wyrobów.")]
text = f"<p>{lead}</p>" + "".join(f'<h3><a href="{u}">{n}</a></h3><p>{d}</p>' for n, u, d in winners)
p = "/aktualnosci/slaska-nagroda-jakosci-2026/"
t = "Śląska Nagroda Jakości 2026 dla trzech firm klastra"
write(A, p, a_article(t, "Opublikowano: 27.05.2026", text))
A_ROWS.append(row(p, t, "2026-05-27", "pl-dotted-labelled", lead, "pl", True, "prize_medal"))
A_TEASERS.append((p, t, "27.05.2026", lead))

# the print version of A7 linked beside its teaser: the same article, stored once
A_PRINT = "/aktualnosci/porozumienie-z-instytutem/?print=1"
write(A, A_PRINT, f"""<html lang="pl"><head><meta charset="utf-8"><title>Porozumienie z Instytutem Odlewnictwa</title></head>
<body onload="window.print()"><h1>Porozumienie z Instytutem Odlewnictwa</h1><p>Opublikowano: 6 lutego 2026</p>
<p>Zarząd klastra podpisał porozumienie o współpracy z Instytutem Odlewnictwa w zakresie badań nad stopami lekkimi.</p>
<p>Porozumienie obejmuje wspólne projekty badawcze, staże dla studentów i dostęp firm do laboratoriów.</p><p>{A_MORE}</p></body></html>
""")

# A11: the whole text is one list (no lead-in line)
firms = ["Odlewnia Żeliwa Pyskowice – certyfikat ISO 14001 za gospodarkę odpadami formierskimi",
         "Metal-Form Zabrze – certyfikat ISO 50001 za zarządzanie energią w hali wytopu",
         "Modelarnia Kowalczyk – certyfikat ISO 9001 dla produkcji modeli drewnianych",
         "Stop-Tech Bytom – certyfikat IATF 16949 dla odlewów dla motoryzacji",
         "Precyzja Odlewy Rybnik – certyfikat ISO 45001 za bezpieczeństwo pracy"]
p = "/aktualnosci/certyfikaty-firm-klastra-2026/"
t = "Certyfikaty zdobyte przez firmy klastra w pierwszym kwartale"
write(A, p, a_article(t, "Opublikowano: 08.04.2026", "<ul>" + "".join(f"<li>{f}</li>" for f in firms) + "</ul>"))
A_ROWS.append(row(p, t, "2026-04-08", "pl-dotted-labelled", firms[0], "pl", False, traps=["list-only-body"]))
A_TEASERS.append((p, t, "08.04.2026", firms[0]))

# A12: two sentences, then the template's "more news" teasers with no heading or class of their own
lead = "Hutmet Świętochłowice otrzymał Śląski Laur Innowacji za technologię odlewania kokilowego bez powłok ochronnych."
more = "".join(f'<div class="wpis-krotki"><h2><a href="{q}">{tt}</a></h2><span class="data">{d}</span><p>{ld}</p></div>'
               for q, tt, d, ld in A_TEASERS[:4])
p = "/aktualnosci/slaski-laur-innowacji-hutmet/"
t = "Śląski Laur Innowacji dla Hutmetu"
write(A, p, a_page(t, f'<div class="wpis-pelny"><h1 class="tytul-wpisu">{t}</h1><div class="metryka">Opublikowano: 29.05.2026</div>'
                      f'<div class="tresc"><p>{lead} Statuetkę odebrał dyrektor zakładu podczas gali w Katowicach.</p></div></div>{more}'))
A_ROWS.append(row(p, t, "2026-05-29", "pl-dotted-labelled", lead, "pl", True, "prize_medal", traps=["other-teasers-below"]))
A_TEASERS.append((p, t, "29.05.2026", lead))

# traps linked from the listing
A_TRAPS = []
# a month's archive holding one post, its title a plain link line (no heading)
p = "/aktualnosci/archiwum-marzec-2026/"
write(A, p, a_page("Archiwum: marzec 2026", '<h1>Archiwum wpisów: marzec 2026</h1><div class="wpis-archiwum">'
                   '<p><a href="/aktualnosci/raport-o-branzy-2026/">Raport o stanie branży odlewniczej 2026</a></p><p>03.03.2026</p>'
                   '<p>Udostępniamy raport o stanie branży odlewniczej na Śląsku przygotowany przez zespół analityków klastra. '
                   'Raport omawia produkcję, zatrudnienie, ceny energii i złomu oraz plany inwestycyjne firm na najbliższe trzy lata.</p></div>',
                   body_class="wpisy"))
A_TRAPS.append(p)
A_TEASERS.append((p, "Archiwum wpisów z marca 2026 roku", "", "Wszystkie wpisy z marca."))
# a category page: an h1 and a paragraph that describes the category, and links to a few posts
p = "/aktualnosci/nagrody-i-wyroznienia/"
write(A, p, a_page("Nagrody i wyróżnienia", '<h1>Nagrody i wyróżnienia dla firm klastra</h1>'
                   '<p>W tej kategorii zbieramy informacje o nagrodach, wyróżnieniach i certyfikatach, które otrzymały firmy '
                   'członkowskie Śląskiego Klastra Odlewniczego w konkursach regionalnych, krajowych i międzynarodowych, '
                   'a także o sukcesach naszych partnerów z uczelni i instytutów badawczych.</p>'
                   '<ul class="lista-kategorii"><li><a href="/aktualnosci/odlewnik-roku-2026-wyniki/">Odlewnik Roku 2026: wyniki konkursu</a> 14.05.2026</li>'
                   '<li><a href="/aktualnosci/wyroznienia-metal-expo/">Sześć wyróżnień dla firm klastra na targach Metal-Expo</a> 21.04.2026</li></ul>',
                   body_class="kategoria-wpisy"))
A_TRAPS.append(p)
A_TEASERS.append((p, "Nagrody i wyróżnienia dla firm klastra – wszystkie wpisy", "", "Zobacz wszystkie wpisy o nagrodach."))
# a category page with a long description (longer than a short article) and its posts, no date of its own
p = "/aktualnosci/szkolenia-i-warsztaty/"
write(A, p, a_page("Szkolenia i warsztaty", '<h1>Szkolenia i warsztaty dla pracowników odlewni</h1>'
                   '<p>Klaster organizuje szkolenia z bezpieczeństwa pracy, obsługi pieców i maszyn formierskich, kontroli '
                   'jakości odlewów oraz zarządzania produkcją. Zajęcia prowadzą praktycy z firm członkowskich i wykładowcy '
                   'Politechniki Śląskiej, a część z nich kończy się egzaminem i certyfikatem. Poniżej znajdziesz relacje z '
                   'ostatnich szkoleń i zapowiedzi kolejnych terminów, a zapisy przyjmuje biuro klastra.</p>'
                   '<ul class="lista-kategorii"><li><a href="/aktualnosci/szkolenie-piece-indukcyjne/">Szkolenie z obsługi pieców indukcyjnych</a> 18.02.2026</li>'
                   '<li><a href="/aktualnosci/nabor-program-doradczy/">Nabór do programu doradczego dla małych odlewni</a> 11.05.2026</li></ul>',
                   body_class="kategoria-wpisy"))
A_TRAPS.append(p)
A_TEASERS.append((p, "Szkolenia i warsztaty dla pracowników odlewni – przegląd", "", "Wszystkie szkolenia klastra."))
# a tag page with one long teaser
p = "/aktualnosci/piece-indukcyjne/"
write(A, p, a_page("Tag: piece indukcyjne", '<h1>Wpisy z tagiem: piece indukcyjne</h1>'
                   '<div class="zajawka"><h2><a href="/aktualnosci/szkolenie-piece-indukcyjne/">Szkolenie z obsługi pieców indukcyjnych</a></h2>'
                   '<span class="data">18.02.2026</span>'
                   f'<p>{" ".join(divs[:3])} <a href="/aktualnosci/szkolenie-piece-indukcyjne/">Czytaj dalej</a></p></div>',
                   body_class="wpisy"))
A_TRAPS.append(p)
A_TEASERS.append((p, "Wszystko o piecach indukcyjnych w naszych wpisach", "", "Wpisy z tagiem piece indukcyjne."))
# a search results page
p = "/szukaj/?fraza=nagroda"
results = "".join(f'<div class="wynik"><h3><a href="{q}">{tt}</a></h3><p>{ld[:120]}…</p></div>'
                  for q, tt, _, ld in A_TEASERS[:3])
write(A, p, a_page("Wyniki wyszukiwania", f'<h1>Wyniki wyszukiwania dla frazy „nagroda”</h1><p>Znaleziono 3 wyniki.</p>{results}'))
A_TRAPS.append(p)
A_TEASERS.append((p, "Szukasz informacji o nagrodach dla odlewni?", "", "Wyniki wyszukiwania."))
# a soft 404: a removed post answers 200
p = "/aktualnosci/konkurs-dla-studentow-2025/"
suggest = "".join(f'<li><a href="{q}">{tt}</a> – {ld}</li>' for q, tt, _, ld in A_TEASERS[:3])
write(A, p, a_page("Nie znaleziono", '<h1>Ups! Nie mamy takiej strony</h1><p>Wpis, którego szukasz, został usunięty lub przeniesiony '
                   'pod inny adres. Sprawdź, czy adres został wpisany poprawnie, albo wróć do <a href="/aktualnosci/">aktualności</a>.</p>'
                   f'<p>Może zainteresują Cię nasze najnowsze wpisy:</p><ul>{suggest}</ul><p>Aktualizacja: 02.06.2026</p>'))
A_TRAPS.append(p)
A_TEASERS.append((p, "Konkurs dla studentów odlewnictwa 2025", "10.10.2025", "Zapraszamy studentów do udziału w konkursie."))
# a page answering 500 (nothing is stored, the rest of the site is)
A_TEASERS.append(("/aktualnosci/walne-zgromadzenie-czlonkow/", "Walne Zgromadzenie Członków Klastra", "01.02.2026",
                  "Zapraszamy członków na walne zgromadzenie."))

teasers = "".join(f'<div class="zajawka"><h3><a href="{q}">{tt}</a></h3>'
                  + (f'<span class="data">{d}</span>' if d else "") + f"<p>{ld[:110]}…</p>"
                  + (f'<a class="drukuj" href="{A_PRINT}">Drukuj</a>' if A_PRINT.startswith(q) else "") + "</div>"
                  for q, tt, d, ld in A_TEASERS)
write(A, "/aktualnosci/", a_page("Aktualności", f"<h1>Aktualności</h1>{teasers}", body_class="wpisy"))
write(A, "/", a_page("Start", f'<h1>{BRAND_A}</h1><p><a href="/aktualnosci/">Aktualności</a></p>', body_class="start"))
finish(A, "/aktualnosci/", ["/", "/aktualnosci/"] + A_TRAPS, A_ROWS,
       site={"routes": {"/aktualnosci/nabor-program-doradczy/": {"delay_ms": 2500},
                        "/aktualnosci/walne-zgromadzenie-czlonkow/": {"status": 500}}})


# ================================================================ B: PL/EN agency, a sitemap source
B = "tuning14-agency-sitemap-plen"
BRAND_B = "Pomorska Agencja Innowacji"
B_MORE_PL = ("Agencja wspiera przedsiębiorstwa regionu w projektach badawczych, a doradcy odpowiadają na pytania "
             "firm w punkcie informacyjnym przy ulicy Długie Ogrody w dni robocze.")
B_MORE_EN = ("The agency supports companies of the region in research projects, and its advisers answer questions "
             "from firms at the information point on working days.")


def b_page(lang, title, body, head="", doc_title=None, body_class="news-item"):
    doc_title = doc_title if doc_title is not None else f"{title} – {BRAND_B}"
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{doc_title}</title>{head}</head>
<body class="{body_class}"><header class="site"><a class="brand" href="/">{BRAND_B}</a>
<nav><a href="/pl/aktualnosci/">Aktualności</a> <a href="/en/news/">News</a></nav></header>
<main>{body}</main>
<footer>{BRAND_B} · Długie Ogrody 3, Gdańsk · kontakt@agencja-pomorze.example</footer></body></html>
"""


def b_article(lang, title, date_html, text, head="", doc_title=None):
    return b_page(lang, title, f'<article class="news"><h1>{title}</h1><p class="meta">{date_html}</p>'
                               f'<div class="news-body">{text}</div></article>', head, doc_title)


B_ROWS, B_MAP, B_ROUTES = [], [], {}

# B1: declared UTF-8 (header and <meta>) but sent in windows-1250
lead = "Zarząd województwa przyznał Klastrowi Narzędziowemu z Bydgoszczy nagrodę za współpracę nauki z przemysłem."
p = "/pl/aktualnosci/nagroda-dla-klastra-narzedziowego/"
t = "Nagroda dla Klastra Narzędziowego z Bydgoszczy"
write(B, p, b_article("pl", t, "Opublikowano: 12 maja 2026", f"<p>{lead}</p><p>Wyróżnienie odebrał prezes klastra podczas gali w Gdańsku.</p><p>{B_MORE_PL}</p>"))
B_ROWS.append(row(p, t, "2026-05-12", "pl-genitive-labelled", lead, "pl", True, "prize_medal", traps=["mislabelled-charset"]))
B_MAP.append(p)
B_ROUTES[p] = {"encode": "windows-1250"}

# B2: a byte-order mark before the page
lead = "Dnia 5.05.2026 r. agencja podpisała umowę z Politechniką Gdańską o wspólnym inkubatorze technologii morskich."
p = "/pl/aktualnosci/umowa-o-inkubatorze/"
t = "Umowa o wspólnym inkubatorze technologii morskich"
write(B, p, b_article("pl", t, "dnia 5.05.2026 r.", f"<p>{lead}</p><p>{B_MORE_PL}</p>"))
B_ROWS.append(row(p, t, "2026-05-05", "dnia-dotted-r", lead, "pl", False, traps=["bom"]))
B_MAP.append(p)
B_ROUTES[p] = {"bom": True}

# B3: Polish letters as HTML entities (named, decimal and hexadecimal)
def ent(s):
    table = {"ó": "&oacute;", "ł": "&#322;", "ą": "&#x105;", "ę": "&#281;", "ś": "&#347;", "ż": "&#380;",
             "ń": "&#324;", "ć": "&#263;", "Ż": "&#379;", "Ś": "&#346;", "ź": "&#378;", "Ł": "&#321;"}
    return "".join(table.get(c, c) for c in s)


lead = "Wrocławska spółka Żurawie Północ otrzymała wyróżnienie w konkursie Innowacyjna Firma Pomorza za dźwig portowy."
p = "/pl/aktualnosci/wyroznienie-innowacyjna-firma/"
t = "Wyróżnienie w konkursie Innowacyjna Firma Pomorza"
write(B, p, b_article("pl", ent(t), "Data publikacji: 28 kwietnia 2026", f"<p>{ent(lead)}</p><p>{ent(B_MORE_PL)}</p>",
                      doc_title=ent(f"{t} – {BRAND_B}")))
B_ROWS.append(row(p, t, "2026-04-28", "pl-genitive-labelled", lead, "pl", True, "distinction", traps=["entities"]))
B_MAP.append(p)

# B4: broken markup: unclosed tags and a whole <html> document pasted inside the body
lead = "Twelve start-ups from the region pitched their products to investors at the agency's spring demo day in Gdynia."
p = "/en/news/spring-demo-day/"
t = "Twelve start-ups at the spring demo day"
broken = (f'<article class="news"><h1>{t}</h1><p class="meta">Posted on April 20, 2026<div class="news-body">'
          f'<p>{lead}<p>Three of them signed letters of intent with investors on the day.'
          f'<html><head><title>Word export</title></head><body><div><p>{B_MORE_EN}</div></body></html>'
          f'<td>stray cell</td></article>')
write(B, p, b_page("en", t, broken))
B_ROWS.append(row(p, t, "2026-04-20", "en-month-day-year", lead, "en", False, traps=["broken-markup"]))
B_MAP.append(p)

# B5: the date only in a JSON-LD @graph (Yoast-like: WebSite, WebPage, NewsArticle)
lead = "The agency has opened a call for vouchers that let small firms buy testing services from regional laboratories."
p = "/en/news/testing-vouchers-call/"
t = "Call for testing vouchers opens"
graph = {"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "@id": "/#website", "name": BRAND_B},
    {"@type": "WebPage", "@id": p, "name": t, "dateModified": "2026-05-30T08:00:00+02:00"},
    {"@type": "NewsArticle", "headline": t, "isPartOf": {"@id": p}, "datePublished": "2026-04-14T09:30:00+02:00",
     "dateModified": "2026-05-30T08:00:00+02:00", "image": {"@id": p + "#primaryimage"}},
    {"@type": "ImageObject", "@id": p + "#primaryimage", "url": "/media/lab.jpg", "datePublished": "2025-11-03T10:00:00+01:00"}]}
write(B, p, b_page("en", t, f'<article class="news"><h1>{t}</h1><div class="news-body"><p>{lead}</p><p>{B_MORE_EN}</p></div></article>',
                   head=f'<script type="application/ld+json">{json.dumps(graph)}</script>'))
B_ROWS.append(row(p, t, "2026-04-14", "json-ld-graph-only", lead, "en", False, traps=["modified", "image-date"]))
B_MAP.append(p)

# B6: the article only inside <noscript> (a script app shell around it)
lead = "The regional hydrogen valley received the European Hydrogen Valley label from the Clean Hydrogen Partnership."
p = "/en/news/hydrogen-valley-label-granted/"
t = "Hydrogen valley label for the region"
write(B, p, b_page("en", t, '<div id="app" data-page="news"></div><script>window.__APP__={"route":"news"}</script>'
                   f'<noscript><article><h1>{t}</h1><p class="meta">Published: May 8, 2026</p><p>{lead}</p>'
                   f'<p>The label recognises the partnership of ports, refineries and universities that plan to produce green hydrogen.</p>'
                   f'<p>{B_MORE_EN}</p></article></noscript>'))
B_ROWS.append(row(p, t, "2026-05-08", "en-month-day-year-labelled", lead, "en", True, "label_level", traps=["noscript"]))
B_MAP.append(p)

# B7: an old URL answering a relative Location
lead = "The Spring Innovation Awards of the agency went to a sensor maker from Słupsk and a boatyard from Puck."
p = "/en/news/spring-innovation-awards-2026/"
t = "Spring Innovation Awards 2026 announced"
write(B, p, b_article("en", t, "Posted on May 15, 2026", f"<p>{lead}</p><p>{B_MORE_EN}</p>"))
B_ROWS.append(row(p, t, "2026-05-15", "en-month-day-year", lead, "en", True, "competition", traps=["redirect-relative"]))
B_MAP.append("/en/news/spring-awards/")
B_ROUTES["/en/news/spring-awards/"] = {"redirect": "../spring-innovation-awards-2026/"}

# B8: a 308
lead = "The agency and the port authority agreed to run a joint test field for autonomous vessels in the outer harbour."
p = "/en/news/autonomous-vessels-test-field/"
t = "Joint test field for autonomous vessels"
write(B, p, b_article("en", t, "Posted on March 30, 2026", f"<p>{lead}</p><p>{B_MORE_EN}</p>"))
B_ROWS.append(row(p, t, "2026-03-30", "en-month-day-year", lead, "en", False, traps=["redirect-308"]))
B_MAP.append("/en/news/test-field/")
B_ROUTES["/en/news/test-field/"] = {"redirect": "/en/news/autonomous-vessels-test-field/", "redirect_status": 308}

# B9: a chain of two redirects on the same host
lead = "Agencja zaprasza firmy na bezpłatne konsultacje dotyczące ochrony własności intelektualnej i zgłoszeń patentowych."
p = "/pl/aktualnosci/konsultacje-wlasnosc-intelektualna/"
t = "Bezpłatne konsultacje o własności intelektualnej"
write(B, p, b_article("pl", t, "Opublikowano: 2 kwietnia 2026", f"<p>{lead}</p><p>{B_MORE_PL}</p>"))
B_ROWS.append(row(p, t, "2026-04-02", "pl-genitive-labelled", lead, "pl", False, traps=["redirect-chain"]))
B_MAP.append("/pl/aktualnosci/konsultacje-ip/")
B_ROUTES["/pl/aktualnosci/konsultacje-ip/"] = {"redirect": "/pl/aktualnosci/konsultacje-2026/"}
B_ROUTES["/pl/aktualnosci/konsultacje-2026/"] = {"redirect": p, "redirect_status": 302}

# B11: a page declared UTF-8 whose second half (a text pasted from an old system, the byline too) is windows-1250
lead = "Agencja podsumowała pierwszy rok działania punktu konsultacyjnego dla firm z branży spożywczej."
p = "/pl/aktualnosci/rok-punktu-konsultacyjnego/"
t = "Rok punktu konsultacyjnego dla branży spożywczej"
utf8_part = b_page("pl", t, "@@SPLIT@@").split("@@SPLIT@@")
article_utf8 = f'<article class="news"><h1>{t}</h1>'
article_cp1250 = (f'<p class="meta">Opublikowano: 19 września 2025</p><div class="news-body"><p>{lead}</p>'
                  '<p>Doradcy udzielili ponad trzystu porad dotyczących znakowania żywności, ochrony znaków towarowych '
                  f'i źródeł finansowania inwestycji.</p><p>{B_MORE_PL}</p></div></article>')
raw = (utf8_part[0] + article_utf8).encode("utf-8") + article_cp1250.encode("cp1250") + utf8_part[1].encode("utf-8")
os.makedirs(os.path.join(ROOT, B, p.strip("/")), exist_ok=True)
open(os.path.join(ROOT, B, p.strip("/"), "index.html"), "wb").write(raw)
B_ROWS.append(row(p, t, "2025-09-19", "pl-genitive-labelled", lead, "pl", False, traps=["mixed-encodings"]))
B_MAP.append(p)
B_ROUTES[p] = {"raw": True}

# B12: entities escaped twice by a CMS export (the reader sees "&#322;" in the headline and the text)
def ent2(s):
    return ent(s).replace("&", "&amp;")


lead = "Pomorska spółka Łódź Żeglarska otrzymała tytuł Lidera Innowacji za system wodorowego napędu łodzi."
p = "/pl/aktualnosci/lider-innowacji-lodz-zeglarska/"
t = "Tytuł Lidera Innowacji dla spółki Łódź Żeglarska"
write(B, p, b_article("pl", ent2(t), "Opublikowano: 7 maja 2026", f"<p>{ent2(lead)}</p><p>{ent2(B_MORE_PL)}</p>",
                      head=f'<meta property="og:title" content="{ent2(t)}">', doc_title=ent2(f"{t} – {BRAND_B}")))
B_ROWS.append(row(p, t, "2026-05-07", "pl-genitive-labelled", lead, "pl", True, "distinction", traps=["double-escaped-entities"]))
B_MAP.append(p)

# B13: an old address that moves by <meta http-equiv="refresh"> (and a relative URL in it)
lead = "Agencja ogłosiła nabór wniosków o dotacje na wdrożenie robotów współpracujących w małych zakładach."
p = "/pl/aktualnosci/dotacje-na-roboty-wspolpracujace/"
t = "Dotacje na roboty współpracujące w małych zakładach"
write(B, p, b_article("pl", t, "Opublikowano: 24 marca 2026", f"<p>{lead}</p><p>{B_MORE_PL}</p>"))
B_ROWS.append(row(p, t, "2026-03-24", "pl-genitive-labelled", lead, "pl", False, traps=["meta-refresh"]))
write(B, "/pl/aktualnosci/nabor-roboty/", '<html><head><meta http-equiv="refresh" content="0; url=../dotacje-na-roboty-wspolpracujace/">'
      '<title>Przekierowanie</title></head><body><p>Strona została przeniesiona.</p></body></html>')
B_MAP.append("/pl/aktualnosci/nabor-roboty/")

# B14: PHP warnings printed before the page (an old server's display_errors)
lead = "Do sieci punktów transferu technologii dołączyło Centrum Innowacji Uniwersytetu Morskiego w Gdyni."
p = "/pl/aktualnosci/nowy-punkt-transferu-technologii/"
t = "Nowy punkt transferu technologii w Gdyni"
warn = ("<br />\n<b>Deprecated</b>:  mysql_connect(): The mysql extension is deprecated and will be removed in the future: "
        "use mysqli or PDO instead in <b>/var/www/agencja/inc/db.php</b> on line <b>12</b><br />\n")
write(B, p, warn + b_article("pl", t, "Opublikowano: 16 marca 2026", f"<p>{lead}</p><p>{B_MORE_PL}</p>"))
B_ROWS.append(row(p, t, "2026-03-16", "pl-genitive-labelled", lead, "pl", False, traps=["php-warnings"]))
B_MAP.append(p)

# B: the old URL of B8 also linked from the English list beside the new one (stored once)
B_PRINT = "/en/news/autonomous-vessels-test-field/print/"
write(B, B_PRINT, f"""<html lang="en"><head><meta charset="utf-8"><title>Print: Joint test field for autonomous vessels</title></head>
<body><h1>Joint test field for autonomous vessels</h1><p>Posted on March 30, 2026</p>
<p>The agency and the port authority agreed to run a joint test field for autonomous vessels in the outer harbour.</p><p>{B_MORE_EN}</p></body></html>
""")
B_MAP.append(B_PRINT)

# B10: a redirect that leaves the host (dropped: nothing stored)
B_MAP.append("/en/news/partner-conference/")
B_ROUTES["/en/news/partner-conference/"] = {"redirect": "http://127.0.0.254:9/news/partner-conference/"}

# traps in the sitemap
B_TRAPS = []
p = "/en/news/awards-and-prizes/"
write(B, p, b_page("en", "Awards", '<h1>Posts tagged “awards”</h1><article class="teaser"><h2><a href="/en/news/spring-innovation-awards-2026/">'
                   'Spring Innovation Awards 2026 announced</a></h2><p class="meta">May 15, 2026</p>'
                   '<p>The Spring Innovation Awards of the agency went to a sensor maker from Słupsk and a boatyard from Puck. '
                   'The jury of eleven experts from universities, investment funds and the regional government reviewed forty-two '
                   'applications and visited the six finalists before choosing the two winners of this edition.</p>'
                   '<a href="/en/news/spring-innovation-awards-2026/">Read more</a></article>', body_class="tag-archive"))
B_TRAPS.append(p)
p = "/pl/aktualnosci/konkursy-i-nagrody/"
write(B, p, b_page("pl", "Konkursy", '<h1>Konkursy i nagrody dla firm</h1><p class="meta">Ostatni wpis: 28 kwietnia 2026</p>'
                   '<p>W tym dziale publikujemy ogłoszenia o konkursach dla przedsiębiorstw z Pomorza, regulaminy, terminy '
                   'naboru zgłoszeń oraz listy laureatów konkursów organizowanych przez agencję i jej partnerów, w tym '
                   'konkursu Innowacyjna Firma Pomorza i nagród zarządu województwa.</p>'
                   '<ul><li><a href="/pl/aktualnosci/wyroznienie-innowacyjna-firma/">Wyróżnienie w konkursie Innowacyjna Firma Pomorza</a></li>'
                   '<li><a href="/pl/aktualnosci/nagroda-dla-klastra-narzedziowego/">Nagroda dla Klastra Narzędziowego z Bydgoszczy</a></li></ul>',
                   body_class="section"))
B_TRAPS.append(p)
p = "/en/search/?q=award"
write(B, p, b_page("en", "Search", '<h1>Search results for “award”</h1><p>2 results found.</p>'
                   '<div class="result"><h3><a href="/en/news/spring-innovation-awards-2026/">Spring Innovation Awards 2026 announced</a></h3>'
                   '<p>The Spring Innovation Awards of the agency went to a sensor maker from Słupsk and a boatyard…</p></div>'
                   '<div class="result"><h3><a href="/en/news/hydrogen-valley-label-granted/">Hydrogen valley label for the region</a></h3>'
                   '<p>The regional hydrogen valley received the European Hydrogen Valley label from the Clean…</p></div>',
                   body_class="search"))
B_TRAPS.append(p)
p = "/en/news/innovation-camp-2025/"
write(B, p, b_page("en", "Page not found", "<h1>We couldn't find that page</h1><p>The page you are looking for was moved or no "
                   "longer exists. Try the <a href=\"/en/news/\">news list</a> or the search.</p>", doc_title="404 – " + BRAND_B))
B_TRAPS.append(p)
write(B, "/en/news/", b_page("en", "News", "<h1>News</h1>" + "".join(
    f'<h3><a href="{r["path"]}">{r["title"]}</a></h3>' for r in B_ROWS if r["lang"] == "en")
    + '<h3><a href="/en/news/test-field/">Joint test field for autonomous vessels</a></h3>', body_class="list"))
write(B, "/pl/aktualnosci/", b_page("pl", "Aktualności", "<h1>Aktualności</h1>" + "".join(
    f'<h3><a href="{r["path"]}">{r["title"]}</a></h3>' for r in B_ROWS if r["lang"] == "pl"), body_class="list"))
write(B, "/", b_page("pl", "Start", f"<h1>{BRAND_B}</h1>", body_class="home"))
B_MAP += B_TRAPS + ["/en/news/", "/pl/aktualnosci/"]
os.makedirs(os.path.join(ROOT, B), exist_ok=True)
finish(B, "/sitemap.xml", ["/", "/en/news/", "/pl/aktualnosci/"] + B_TRAPS, B_ROWS,
       site={"routes": {k: v for k, v in B_ROUTES.items() if v}}, type_="sitemap")


# ================================================================ C: own held-out: a PHP technology park (PL)
C = "heldout14own-park-pl"
BRAND_C = "Park Naukowo-Technologiczny Warmia"
C_MORE = ("Park udostępnia firmom lokatorskim laboratoria, sale szkoleniowe i doradztwo w zakresie finansowania "
          "projektów, a informacje o kolejnych naborach publikuje na bieżąco na swojej stronie.")


def c_page(title, body, head="", doc_title=None):
    doc_title = doc_title if doc_title is not None else f"{BRAND_C} :: {title}"
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{doc_title}</title>{head}</head>
<body><table width="100%" class="uklad"><tr><td class="lewa" width="200"><a href="/index.php">{BRAND_C}</a>
<ul><li><a href="/wiadomosci.php">Wiadomości</a></li><li><a href="/lokatorzy.php">Lokatorzy</a></li></ul></td>
<td class="prawa">{body}</td></tr></table>
<div class="stopka">{BRAND_C}, ul. Składowa 2, Olsztyn · tel. 89 000 00 00</div></body></html>
"""


C_ROWS, C_LIST, C_TRAPS = [], [], []


def c_add(path, title, iso, shape, lead, date_html, text, award=None, kind=None, traps=(), head="", doc_title=None,
          heading=True, raw=None):
    h = f'<div class="tytul"><h2>{title}</h2></div>' if heading else ""
    body = raw if raw is not None else f'{h}<div class="data">{date_html}</div><div class="tekst">{text}</div>'
    write(C, path, c_page(title, body, head, doc_title))
    C_ROWS.append(row(path, title, iso, shape, lead, "pl", award, kind, traps))
    C_LIST.append((path, title))


lead = "Komisja konkursowa wybrała pięciu laureatów konkursu Warmiński Start-up Roku 2026."
c_add("/wiadomosci/laureaci-startup-roku-2026.html", "Laureaci konkursu Warmiński Start-up Roku 2026", "2026-05-07",
      "pl-genitive-r-labelled", lead, "Opublikowano: 7 maja 2026 r.",
      f"<p>{lead} Oto lista nagrodzonych:</p><ol><li>AgroSense – czujniki wilgotności gleby</li><li>Mleko.io – "
      "platforma dla spółdzielni</li><li>LakeLab – monitoring jezior</li><li>DrewnoPro – suszarnia sterowana AI</li>"
      "<li>Kajak Tech – wypożyczalnia bez obsługi</li></ol>", True, "competition")
lead = "Przedstawiamy ranking firm lokatorskich według liczby zgłoszeń patentowych w ubiegłym roku."
rank = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{k}</td></tr>" for i, n, k in
               [(1, "BioWarm", 7), (2, "Optotech Olsztyn", 5), (3, "Lakeview Sensors", 4), (4, "Gryf Software", 3),
                (5, "Mazury Robotics", 2), (6, "Fotonika Północ", 2)])
c_add("/wiadomosci/ranking-patentowy-lokatorow.html", "Ranking patentowy firm lokatorskich", "2026-04-16", "time-datetime",
      lead, '<time datetime="2026-04-16">16.04.2026</time>',
      f"<p>{lead}</p><table><tr><th>Lp.</th><th>Firma</th><th>Zgłoszenia</th></tr>{rank}</table>", True, "ranking")
lead = "Zamieszczamy harmonogram dyżurów doradców finansowych parku na drugi kwartał."
c_add("/wiadomosci/harmonogram-dyzurow-doradcow.html", "Harmonogram dyżurów doradców finansowych", "2026-03-12",
      "pl-dotted", lead, "12.03.2026",
      f'<p>{lead} Prosimy o wcześniejsze zapisy.</p><p><a href="/pliki/dyzury-q2.docx">Harmonogram (DOCX)</a></p>', False)
lead = "Park Naukowo-Technologiczny Warmia gościł delegację przedsiębiorców z Litwy zainteresowanych wynajmem laboratoriów."
c_add("/wiadomosci/delegacja-z-litwy.html", "Delegacja przedsiębiorców z Litwy w parku", "2026-03-17", "pl-roman",
      lead, "17 III 2026",
      f"<div>{lead}<br>Goście zwiedzili laboratorium chemiczne i halę prototypów.<br>"
      f"Rozmawiano o wspólnym projekcie transgranicznym w programie Interreg.<br>{C_MORE}</div>", False)
lead = "W parku otwarto nową pracownię druku 3D dostępną dla studentów i firm lokatorskich."
c_add("/wiadomosci/2026/02/10/pracownia-druku-3d.html", "Nowa pracownia druku 3D", "2026-02-10", "url-path-only",
      lead, "", f"<p>{lead}</p><p>{C_MORE}</p>", False)
lead = "Firma BioWarm z parku otrzymała Złoty Medal Międzynarodowych Targów Wynalazczości za biodegradowalną folię."
t = "Złoty medal targów wynalazczości dla BioWarm"
c_add("/wiadomosci/zloty-medal-biowarm.html", t, "2026-01-22", "pl-genitive-labelled", lead, "", "", True, "prize_medal",
      traps=["noscript"], raw=f'<div id="aplikacja"></div><noscript><div class="tytul"><h2>{t}</h2></div>'
      f'<div class="data">Data publikacji: 22 stycznia 2026</div><div class="tekst"><p>{lead}</p><p>{C_MORE}</p></div></noscript>')
lead = "Wr\u00f3\u0107my do podsumowania: w 2025 roku park wynaj\u0105\u0142 firmom ponad dwa tysi\u0105ce metr\u00f3w laboratori\u00f3w."
t = "Podsumowanie roku 2025 w parku"
write(C, "/wiadomosci/podsumowanie-roku-2025.html",
      c_page(ent(t), f'<div class="tytul"><h2>{ent(t)}</h2></div><div class="data">dodano: 8.01.2026 r.</div>'
             f'<div class="tekst"><p>{ent(lead)}<p>{ent(C_MORE)}<div></div></td>'))
C_ROWS.append(row("/wiadomosci/podsumowanie-roku-2025.html", t, "2026-01-08", "dodano-dotted-r", lead, "pl", False,
                  traps=["entities", "broken-markup"]))
C_LIST.append(("/wiadomosci/podsumowanie-roku-2025.html", t))
lead = "Park uzyskał certyfikat ISO 9001 dla usług laboratoryjnych po audycie przeprowadzonym w grudniu."
t = "Certyfikat jakości dla laboratoriów parku"
c_add("/wiadomosci/certyfikat-jakosci.html", t, "2025-12-19", "pl-genitive", lead, "19 grudnia 2025",
      f"<p>{lead}</p><p>{C_MORE}</p>", False, traps=["redirect-308"])
C_LIST[-1] = ("/wiadomosci.php?id=88", t)
# traps
write(C, "/wiadomosci/kategoria-nagrody.html", c_page("Nagrody", '<div class="tytul"><h2>Nagrody i wyróżnienia lokatorów parku</h2></div>'
      '<div class="tekst"><p>Tu znajdziesz wszystkie informacje o nagrodach, medalach i wyróżnieniach, które zdobyły firmy '
      'lokatorskie parku oraz zespoły badawcze współpracujące z nami w konkursach krajowych i zagranicznych.</p>'
      '<p><a href="/wiadomosci/laureaci-startup-roku-2026.html">Laureaci konkursu Warmiński Start-up Roku 2026</a><br>'
      '<a href="/wiadomosci/zloty-medal-biowarm.html">Złoty medal targów wynalazczości dla BioWarm</a></p></div>'))
C_TRAPS.append("/wiadomosci/kategoria-nagrody.html")
C_LIST.append(("/wiadomosci/kategoria-nagrody.html", "Nagrody i wyróżnienia lokatorów parku – przegląd"))
write(C, "/wiadomosci/tag-druk-3d.html", c_page("Tag: druk 3D", '<div class="tytul"><h2>Tag: druk 3D</h2></div>'
      '<div class="zajawka"><h3><a href="/wiadomosci/2026/02/10/pracownia-druku-3d.html">Nowa pracownia druku 3D</a></h3>'
      f'<p>10.02.2026 – {lead} W pracowni stoi sześć drukarek żywicznych i dwie do metalu, a opiekunowie pomagają przygotować '
      'modele i dobrać materiał do prototypu. Zapisy na szkolenia wstępne przyjmuje recepcja parku.</p></div>'))
C_TRAPS.append("/wiadomosci/tag-druk-3d.html")
C_LIST.append(("/wiadomosci/tag-druk-3d.html", "Wszystko o druku 3D w parku"))
write(C, "/wiadomosci/dzien-otwarty-2024.html", c_page("Błąd", '<div class="tytul"><h2>Strona nie istnieje</h2></div>'
      '<div class="tekst"><p>Podany adres jest nieprawidłowy lub wiadomość została usunięta.</p></div>'))
C_TRAPS.append("/wiadomosci/dzien-otwarty-2024.html")
C_LIST.append(("/wiadomosci/dzien-otwarty-2024.html", "Dzień otwarty parku 2024"))
items = "".join(f'<tr><td class="poz"><a href="{q}">{tt}</a></td></tr>' for q, tt in C_LIST)
write(C, "/wiadomosci.php", c_page("Wiadomości", f"<h1>Wiadomości</h1><table class=\"lista\">{items}</table>"))
write(C, "/index.php", c_page("Start", f'<h1>{BRAND_C}</h1><a href="/wiadomosci.php">Wiadomości</a>'))
finish(C, "/wiadomosci.php", ["/wiadomosci.php"] + C_TRAPS, C_ROWS,
       site={"routes": {"/wiadomosci.php?id=88": {"redirect": "wiadomosci/certyfikat-jakosci.html", "redirect_status": 308}}})


open(os.path.join(ROOT, B, "sitemap.xml"), "w", encoding="utf-8").write(sitemap(B_MAP))
