"""Writes the tuning15 fixture sites (tests/sites/tuning15-*): page furniture printed between an article's
headline and its first paragraph, which a summary must skip (issue 12, "Summaries"). A Polish WordPress-like
cluster (Gutenberg blocks) and an English Bootstrap-like innovation agency, ten articles each, every one with
one or more furniture blocks above the body in markups of its own: an event "when / where" box (date and
time line, a place line with a long street address, a "Rejestracja" / "Register" button), a key-facts
table, an author box with a bio, a reading time, a share bar, an image caption with a photo credit, a
breadcrumb printed as text, a tag list, a section kicker, a cookie or newsletter banner inside <main>, a
table of contents, an agenda list, the site's slogan.

    python bench/make_tuning15_sites.py tests/sites

Each truth row names its furniture kinds ("furniture") beside the expected lead ("summary_start"); four posts
have an automatic excerpt as their meta description (the first words of the content, furniture first), kind
"excerpt".
"""
import datetime as dt
import json
import os
import re
import sys

ROOT = sys.argv[1]
PL_MONTHS = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
EN_MONTHS = "January February March April May June July August September October November December".split()


def write(site, path, html):
    p = os.path.join(ROOT, site, path.strip("/"), "index.html") if path.endswith("/") else os.path.join(ROOT, site, path.strip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w", encoding="utf-8").write(html)


def finish(name, start, listings, rows):
    open(os.path.join(ROOT, name, "robots.txt"), "w").write("User-agent: *\nAllow: /\n")
    json.dump({"start": start, "type": "site", "listing_pages": listings},
              open(os.path.join(ROOT, name, "_unseen.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(rows, open(os.path.join(ROOT, name, "_expected.json"), "w"), ensure_ascii=False, indent=1)


EXCERPT_WORDS = 55     # WordPress's automatic excerpt length
# Posts whose meta description is an automatic excerpt: the first words of the whole content, furniture and all.
EXCERPTED = {"forum-wodorowe", "dzien-otwarty", "smart-ports-summit", "founder-story"}


def excerpt(html):
    words = re.sub(r"<[^>]+>", " ", html).replace("&amp;", "&").replace("'", "’").split()
    return " ".join(words[:EXCERPT_WORDS]) + " […]"


def pl_date(iso):
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {PL_MONTHS[d.month - 1]} {d.year}"


def en_date(iso):
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- A: WordPress-like PL cluster
A = "tuning15-wp-klaster-pl"
BRAND_A = "Pomorski Klaster Morski"
SLOGAN_A = "Łączymy naukę, biznes i samorząd dla rozwoju regionu."
NEWSLETTER_A = ('<div class="wp-block-group nl-box"><p>Zapisz się do naszego newslettera i co miesiąc otrzymuj '
                'informacje o konkursach, szkoleniach i wydarzeniach klastra.</p>'
                '<form><input type="email" placeholder="Twój e-mail"><button>Zapisz się</button></form></div>')
COOKIES_A = ('<div id="cookie-notice"><p>Ta strona korzysta z plików cookies zgodnie z Polityką prywatności. '
             'Możesz określić warunki przechowywania lub dostępu do plików cookies w swojej przeglądarce.</p>'
             '<a href="#" class="cn-accept">Akceptuję</a></div>')
FILL_A = ("Klaster zrzesza ponad sześćdziesiąt firm, uczelni i instytucji otoczenia biznesu z województwa pomorskiego, "
          "a jego biuro koordynuje wspólne projekty badawcze, szkolenia dla członków i misje gospodarcze.")
MORE_A = "Szczegółowe informacje można uzyskać w biurze klastra od poniedziałku do piątku w godzinach 8:00–16:00."


def a_event_p(when, where, button="Rejestracja"):
    return (f'<div class="wp-block-group event-info"><p><strong>Kiedy:</strong> {when}</p>'
            f'<p><strong>Gdzie:</strong> {where}</p>'
            f'<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/rejestracja/">{button}</a></div></div></div>')


A_POSTS = [
    ("konferencja-offshore", "Konferencja „Offshore Pomorze 2026” już w czerwcu", "2026-05-04", ["event-box"],
     lambda: a_event_p("18 czerwca 2026, godz. 10:00–15:30",
                       "Centrum Konferencyjne Amber, ul. Stanisława Sucharskiego 1/3, 80-601 Gdańsk"),
     "Zapraszamy przedstawicieli firm członkowskich na konferencję poświęconą łańcuchom dostaw dla morskiej energetyki wiatrowej."),
    ("forum-wodorowe", "Forum Wodorowe w Gdyni – zaproszenie", "2026-08-21", ["event-box"],
     lambda: ('<ul class="wp-block-list"><li>Data: 24.09.2026, godz. 9:30</li>'
              '<li>Miejsce: Pomorski Park Naukowo-Technologiczny, al. Zwycięstwa 96/98, 81-451 Gdynia, budynek IV, sala 201</li>'
              '<li><a href="/rejestracja/">Rejestracja do 15.09.2026</a></li></ul>'),
     "Po raz trzeci spotykamy się na Forum Wodorowym, na którym producenci elektrolizerów przedstawią swoje pierwsze instalacje pilotażowe."),
    ("grant-czujniki", "Projekt czujników portowych z dofinansowaniem", "2026-03-10", ["key-facts"],
     lambda: ('<figure class="wp-block-table"><table><tbody><tr><td>Program</td><td>Fundusze Europejskie dla Pomorza 2021–2027</td></tr>'
              '<tr><td>Wartość projektu</td><td>2,4 mln zł</td></tr><tr><td>Dofinansowanie</td><td>1,9 mln zł</td></tr>'
              '<tr><td>Okres realizacji</td><td>04.2026 – 12.2027</td></tr></tbody></table></figure>'),
     "Konsorcjum czterech firm z klastra otrzymało dofinansowanie na budowę czujników, które monitorują stan nabrzeży i dźwigów portowych."),
    ("wywiad-prezes", "Rozmowa o przyszłości przemysłu stoczniowego", "2026-02-17", ["author-bio", "reading-time"],
     lambda: ('<div class="post-author-box"><img src="/img/ak.jpg" alt=""><div><p class="name"><strong>Anna Kowalska</strong></p>'
              '<p>Specjalistka ds. komunikacji w klastrze. Od 2015 roku zajmuje się projektami międzynarodowymi i współpracą z samorządami.</p></div></div>'
              '<p class="reading-time">Czas czytania: 4 min</p>'),
     "Prezes stoczni remontowej opowiada, jak zmiana przepisów o emisjach wpływa na zamówienia armatorów z Norwegii i Danii."),
    ("nowi-czlonkowie", "Trzy nowe firmy w gronie członków klastra", "2026-01-29", ["caption", "share-bar"],
     lambda: ('<figure class="wp-block-image"><img src="/img/czlonkowie.jpg" alt="Podpisanie deklaracji">'
              '<figcaption>Fot. Jan Nowak / Pomorski Klaster Morski</figcaption></figure>'
              '<div class="sharedaddy"><p>Udostępnij: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">X</a></p></div>'),
     "Walne zgromadzenie przyjęło do klastra trzy firmy: producenta napędów elektrycznych, biuro projektowe i spółkę z branży IT."),
    ("misja-norwegia", "Misja gospodarcza do Norwegii zakończona", "2026-04-14", ["breadcrumb", "kicker", "tags"],
     lambda: ('<p class="crumbs">Strona główna » Aktualności » Misja gospodarcza do Norwegii zakończona</p>'
              '<p class="kicker">Aktualności</p><p>Tagi: misje gospodarcze, Norwegia, eksport</p>'),
     "Dwunastu przedstawicieli firm członkowskich odwiedziło w kwietniu Bergen i Stavanger, gdzie spotkali się z operatorami farm wiatrowych."),
    ("szkolenie-bhp", "Szkolenie z bezpieczeństwa prac na morzu", "2026-06-02", ["newsletter", "caption"],
     lambda: (NEWSLETTER_A + '<p class="wp-caption-text"><em>fot. archiwum klastra</em></p>'),
     "Pracownicy firm członkowskich mogą bezpłatnie wziąć udział w szkoleniu z bezpieczeństwa prac na jednostkach serwisowych."),
    ("raport-kompetencje", "Raport o kompetencjach kadr morskich", "2026-07-08", ["toc", "cookie-banner"],
     lambda: (COOKIES_A + '<div class="ez-toc-container"><p class="ez-toc-title">Spis treści</p><ul>'
              '<li><a href="#1">Wprowadzenie</a></li><li><a href="#2">Najważniejsze wnioski</a></li>'
              '<li><a href="#3">Rekomendacje dla uczelni</a></li><li><a href="#4">Metodologia badania</a></li></ul></div>'),
     "Z raportu przygotowanego przez klaster i dwie uczelnie wynika, że do 2030 roku branży zabraknie ponad tysiąca techników."),
    ("dzien-otwarty", "Dzień otwarty w laboratorium klastra", "2026-09-03", ["agenda", "event-box"],
     lambda: ('<p><strong>Termin:</strong> 16 października 2026 r., 9:00–14:00<br><strong>Miejsce:</strong> Laboratorium Badań Materiałowych, '
              'ul. Narutowicza 11/12, 80-233 Gdańsk, budynek B, parter</p>'
              '<p><strong>Program:</strong></p><ul><li>9:00 – rejestracja uczestników</li><li>9:30 – otwarcie i powitanie gości</li>'
              '<li>10:00 – zwiedzanie pracowni</li><li>12:30 – lunch i rozmowy kuluarowe</li></ul>'),
     "Laboratorium badań materiałowych otwiera swoje pracownie dla firm, które szukają partnera do testów powłok antykorozyjnych."),
    ("nagroda-innowacji", "Nagroda innowacji morskich dla członka klastra", "2026-10-12", ["slogan", "caption"],
     lambda: (f'<p class="site-slogan">{SLOGAN_A}</p><div class="wp-caption"><img src="/img/gala.jpg" alt="">'
              '<p class="wp-caption-text">Laureaci podczas gali w Sopocie. Fot. Marta Wiśniewska</p></div>'),
     "Firma produkująca systemy cumownicze zdobyła nagrodę innowacji morskich za automatyczne cumowanie promów pasażerskich."),
]


def a_page(title, main, description=None):
    meta = f'<meta name="description" content="{description}">' if description else ""
    return f"""<!DOCTYPE html>
<html lang="pl-PL"><head><meta charset="UTF-8"><title>{title} – {BRAND_A}</title>{meta}
<meta name="generator" content="WordPress 6.5"></head>
<body class="wp-singular post-template-default single single-post single-format-standard">
<div class="wp-site-blocks"><header class="wp-block-template-part"><a class="custom-logo-link" href="/">{BRAND_A}</a>
<nav class="wp-block-navigation"><ul><li><a href="/aktualnosci/">Aktualności</a></li><li><a href="/o-klastrze/">O klastrze</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<main class="wp-block-group">{main}</main>
<footer class="wp-block-template-part"><p>{BRAND_A} · ul. Hryniewickiego 6, 81-340 Gdynia · biuro@klaster-morski.example</p></footer></div></body></html>
"""


rows, teasers = [], []
for slug, title, iso, kinds, furniture, lead in A_POSTS:
    path = f"/{iso[:4]}/{iso[5:7]}/{slug}/"
    head = (f'<h1 class="wp-block-post-title">{title}</h1>'
            f'<div class="wp-block-post-date"><time datetime="{iso}T09:00:00+02:00">{pl_date(iso)}</time></div>')
    content = f'<div class="entry-content wp-block-post-content">{furniture()}<p>{lead}</p><p>{FILL_A}</p><p>{MORE_A}</p></div>'
    write(A, path, a_page(title, head + content, description=excerpt(content) if slug in EXCERPTED else SLOGAN_A))
    teasers.append(f'<div class="wp-block-post"><h2 class="wp-block-post-title"><a href="{path}">{title}</a></h2>'
                   f'<div class="wp-block-post-date">{pl_date(iso)}</div><p>{lead[:100]}…</p></div>')
    rows.append({"path": path, "title": title, "published": iso, "date_shape": "wp-time-pl-genitive", "traps": [],
                 "summary_start": [lead[:60]], "furniture": kinds + ["excerpt"] * (slug in EXCERPTED), "lang": "pl"})
write(A, "/aktualnosci/", a_page("Aktualności", '<h1>Aktualności</h1><div class="wp-block-query">' + "".join(teasers) + "</div>"))
write(A, "/", a_page(BRAND_A, f'<h1>{BRAND_A}</h1><p><a href="/aktualnosci/">Aktualności</a></p>'))
finish(A, "/aktualnosci/", ["/", "/aktualnosci/"], rows)


# ---------------------------------------------------------------- B: Bootstrap-like EN innovation agency
B = "tuning15-bootstrap-agency-en"
BRAND_B = "Baltic Innovation Agency"
SLOGAN_B = "Connecting Baltic innovators since 2009."
COOKIES_B = ('<div class="alert alert-dark cookie-bar" role="alert">We use cookies to improve your experience on our '
             'website. By continuing to browse you agree to our use of cookies. <a href="/privacy/">Learn more</a> '
             '<button class="btn btn-sm">Accept</button></div>')
NEWSLETTER_B = ('<div class="card subscribe"><div class="card-body"><h5>Stay in the loop</h5><p>Get the latest funding calls, '
                'events and success stories delivered to your inbox every month.</p><a class="btn btn-primary" href="/subscribe/">Subscribe</a></div></div>')
FILL_B = ("The agency supports small and medium-sized companies in the region with grants, mentoring and access to test "
          "facilities, and it works with universities to bring research results to the market.")
MORE_B = "Questions can be sent to the programme team, which answers enquiries from companies and partners on working days."


B_POSTS = [
    ("smart-ports-summit", "Smart Ports Summit opens registration", "2026-04-20", ["event-box"],
     lambda: ('<div class="card event-details"><dl class="row"><dt class="col-3">Date &amp; time</dt><dd class="col-9">Thursday, 11 June 2026, 09:00–17:00 CEST</dd>'
              '<dt class="col-3">Venue</dt><dd class="col-9">Baltic Conference Centre, 14 Harbour Front Street, Suite 300, Klaipėda LT-91001, Lithuania</dd></dl>'
              '<a class="btn btn-primary btn-lg" href="/register/">Register now</a></div>'),
     "Port operators, logistics firms and software start-ups will meet in Klaipėda to compare how sensors and data sharing cut waiting times."),
    ("matchmaking-day", "Matchmaking day for food-tech start-ups", "2026-05-27", ["event-box", "share-bar"],
     lambda: ('<table class="table table-sm event-meta"><tr><th>When</th><td>3 July 2026, 1 pm – 6 pm</td></tr>'
              '<tr><th>Where</th><td>Old Brewery Innovation Hub, 27 Maltings Lane, Unit 4B, Riga LV-1010, Latvia</td></tr>'
              '<tr><th>Registration</th><td><a href="/register/">Register</a> by 26 June</td></tr></table>'
              '<div class="share-buttons">Share this: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>'),
     "Food-tech start-ups can book short meetings with retail chains and investors who are looking for new packaging and cooling ideas."),
    ("green-voucher-results", "Green Voucher round: 24 companies selected", "2026-02-09", ["key-facts"],
     lambda: ('<div class="key-facts"><h3 class="h6">Key facts</h3><ul class="list-unstyled"><li><strong>Budget:</strong> EUR 1.2 million</li>'
              '<li><strong>Vouchers:</strong> 24 of up to EUR 50,000</li><li><strong>Duration:</strong> 12 months</li>'
              '<li><strong>Partners:</strong> 3 regional development agencies</li></ul></div>'),
     "Twenty-four companies will receive vouchers to buy energy audits and low-carbon equipment from certified suppliers in the region."),
    ("interview-cto", "How a Tallinn robotics firm scaled up", "2026-03-16", ["author-bio", "reading-time"],
     lambda: ('<div class="d-flex author-card"><img class="rounded-circle" src="/img/jd.jpg" alt="Jane Doe"><div>'
              '<p class="mb-0"><strong>By Jane Doe</strong></p><p class="small">Jane is the agency\'s communications officer. '
              'She writes about start-ups, regional funding and technology transfer.</p></div></div>'
              '<p class="text-muted small">5 min read</p>'),
     "A robotics company founded by two students in Tallinn now employs ninety people and sells warehouse robots in eight countries."),
    ("lab-opening", "New materials testing lab opens in Gdańsk", "2026-06-15", ["caption", "breadcrumb"],
     lambda: ('<p class="small">Home / News / New materials testing lab opens in Gdańsk</p>'
              '<figure class="figure"><img class="figure-img" src="/img/lab.jpg" alt="">'
              '<figcaption class="figure-caption">Photo: Piotr Zieliński for Baltic Innovation Agency</figcaption></figure>'),
     "Companies can now test coatings, composites and welded joints in a new laboratory that the agency opened with the university."),
    ("call-digital-twins", "Call for digital twin pilots", "2026-01-12", ["kicker", "tags", "cookie-banner"],
     lambda: (COOKIES_B + '<p class="text-uppercase kicker">News</p>'
              '<p>Tags: funding, digital twins, manufacturing</p>'),
     "Manufacturers can apply for support to build a digital twin of one production line together with a research partner."),
    ("annual-report", "Annual report 2025: more companies, more exports", "2026-04-02", ["toc", "slogan"],
     lambda: (f'<p class="lead-slogan">{SLOGAN_B}</p><nav class="toc"><p><strong>Contents</strong></p><ol>'
              '<li><a href="#a">Highlights</a></li><li><a href="#b">Funding in numbers</a></li>'
              '<li><a href="#c">Regional impact</a></li><li><a href="#d">Outlook for 2026</a></li></ol></nav>'),
     "The agency supported 412 companies in 2025, and the firms it helped increased their exports by a fifth on average."),
    ("hackathon-energy", "Energy hackathon: 48 hours, 30 teams", "2026-09-22", ["agenda", "event-box"],
     lambda: ('<p>📅 17–18 October 2026 · 📍 Innovation Garage, 5 Dockyard Road, Building C, Tartu 50090, Estonia</p>'
              '<h4>Agenda</h4><ul><li>Saturday 10:00 – Welcome and team forming</li><li>Saturday 12:00 – Hacking starts</li>'
              '<li>Sunday 14:00 – Pitches to the jury</li><li>Sunday 16:00 – Awards ceremony</li></ul>'
              '<p><a class="btn btn-success" href="/register/">Register your team</a></p>'),
     "Thirty teams of students and young engineers will build tools that help households and small firms use less electricity at peak hours."),
    ("mentor-network", "Mentor network grows to 80 experts", "2026-07-30", ["newsletter", "share-bar"],
     lambda: (NEWSLETTER_B + '<ul class="list-inline share"><li class="list-inline-item">Share</li><li class="list-inline-item"><a href="#">Twitter</a></li>'
              '<li class="list-inline-item"><a href="#">LinkedIn</a></li></ul>'),
     "Eighty experienced managers and founders now volunteer as mentors, and each start-up in the programme meets one of them every month."),
    ("award-export", "Regional export award for a cluster member", "2026-11-05", ["caption", "author-bio"],
     lambda: ('<div class="byline-box"><p><strong>Mark Evans</strong>, Senior Editor</p><p>Mark has covered regional business and '
              'innovation policy for fifteen years.</p></div>'
              '<img src="/img/award.jpg" class="img-fluid" alt=""><p class="text-muted"><small>Image: Baltic Innovation Agency / T. Berg</small></p>'),
     "A maker of marine sensors won the regional export award for opening offices in Canada and Japan within two years."),
    # the same kinds in plain paragraphs and tables, without a class that names them
    ("wind-supply-chain-day", "Supply chain day for offshore wind", "2026-08-04", ["event-box"],
     lambda: ('<p><strong>When:</strong> Tuesday 8 September 2026, 9.30 am – 3 pm</p>'
              '<p><strong>Where:</strong> Riverside Business Centre, 210 Quay Street, 2nd floor, Gdynia 81-001, Poland</p>'
              '<p><a href="/register/">Register</a></p>'),
     "Suppliers of steel structures, cables and vessels can meet the developers of three offshore wind farms planned off the Polish coast."),
    ("circular-plastics", "Circular plastics project starts with six companies", "2026-10-19", ["key-facts", "caption"],
     lambda: ('<table><tr><td>Budget</td><td>EUR 800,000</td></tr><tr><td>Partners</td><td>6 companies, 2 universities</td></tr>'
              '<tr><td>Duration</td><td>January 2027 – June 2029</td></tr></table>'
              '<p><img src="/img/plastics.jpg" alt=""><br><em>Photo: Baltic Innovation Agency</em></p>'),
     "Six packaging companies will test how recycled plastic from the region can replace new material in food containers."),
    ("founder-story", "From garage to factory: a founder's story", "2026-12-01", ["author-bio", "reading-time", "tags"],
     lambda: ('<p><em>By Sarah Lee, Programme Manager. Sarah has run the agency\'s accelerator since 2019 and mentors early-stage founders.</em></p>'
              '<p>Reading time: 6 minutes</p><p>Tags: start-ups, manufacturing, accelerator</p>'),
     "Ten years after building his first drone in a garage, the founder of a Gdańsk company opened a factory that employs sixty people."),
]


def b_page(title, main, description=None):
    meta = f'<meta name="description" content="{description}">' if description else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {BRAND_B}</title>{meta}<link rel="stylesheet" href="/css/bootstrap.min.css"></head>
<body><nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/">{BRAND_B}</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/news/">News</a></li><li class="nav-item"><a class="nav-link" href="/funding/">Funding</a></li></ul></div></nav>
<main class="container py-4"><div class="row"><div class="col-lg-8">{main}</div>
<div class="col-lg-4"><aside><h5>Contact</h5><p>14 Harbour Front Street, Klaipėda</p></aside></div></div></main>
<footer class="bg-dark text-light"><div class="container"><p>© 2026 {BRAND_B}. {SLOGAN_B}</p></div></footer></body></html>
"""


rows, teasers = [], []
for slug, title, iso, kinds, furniture, lead in B_POSTS:
    path = f"/news/{slug}.html"
    head = f'<article><h1 class="display-6">{title}</h1><p class="text-muted">Published {en_date(iso)}</p>'
    content = f'{furniture()}<div class="article-body"><p>{lead}</p><p>{FILL_B}</p><p>{MORE_B}</p></div></article>'
    write(B, path, b_page(title, head + content, description=excerpt(content) if slug in EXCERPTED else None))
    teasers.append(f'<div class="card mb-3"><div class="card-body"><h2 class="h5"><a href="{path}">{title}</a></h2>'
                   f'<p class="text-muted">{en_date(iso)}</p><p>{lead[:100]}…</p></div></div>')
    rows.append({"path": path, "title": title, "published": iso, "date_shape": "en-published-day-month", "traps": [],
                 "summary_start": [lead[:60]], "furniture": kinds + ["excerpt"] * (slug in EXCERPTED), "lang": "en"})
write(B, "/news/", b_page("News", '<h1>News</h1>' + "".join(teasers)))
write(B, "/", b_page(BRAND_B, f'<h1>{BRAND_B}</h1><p><a href="/news/">News</a></p>'))
finish(B, "/news/", ["/", "/news/"], rows)
