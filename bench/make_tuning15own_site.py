"""Writes the own held-out site of round 15 (tests/sites/tuning15own-drupal-fundacja-plen): a Drupal-like PL/EN
foundation whose articles print page furniture between the headline and the first paragraph, in a template and
wordings unlike tests/sites/tuning15-* (written before any rule change of branch i12aj and never tuned against;
bench/unseen_sites.py --sites tuning15own-drupal-fundacja-plen measures it).

    python bench/make_tuning15own_site.py tests/sites
"""
import json
import os
import sys

ROOT = sys.argv[1]
S = "tuning15own-drupal-fundacja-plen"
BRAND = "Fundacja Rozwoju Przedsiębiorczości Kujaw"
FILL = {"pl": ("Fundacja od dwudziestu lat wspiera mikrofirmy i spółdzielnie z Kujaw, udziela pożyczek, prowadzi "
               "doradztwo i organizuje spotkania przedsiębiorców z samorządami oraz uczelniami regionu."),
        "en": ("For twenty years the foundation has supported micro-firms and cooperatives in Kuyavia with loans, "
               "advice and meetings that bring entrepreneurs together with local authorities and universities.")}
MORE = {"pl": "Pytania prosimy kierować do biura fundacji, które pracuje od poniedziałku do piątku.",
        "en": "Questions can be sent to the foundation office, which is open from Monday to Friday."}
MOTTO = {"pl": "Przedsiębiorczy region zaczyna się od ludzi.", "en": "An enterprising region starts with people."}

POSTS = [
    ("pl", "/pl/aktualnosci/targi-spoldzielni", "Targi spółdzielni socjalnych w Toruniu", "2026-05-06", ["event-box"],
     '<div class="field--name-field-termin"><div class="field__label">Termin i miejsce</div>'
     '<div class="field__item">sobota, 13 czerwca 2026 r., od 10:00 do 16:00</div>'
     '<div class="field__item">Hala Widowiskowo-Sportowa, ul. Bema 73/89, 87-100 Toruń, wejście od parkingu</div></div>'
     '<div class="field--name-field-zapisy"><a href="/pl/zapisy" class="button button--primary">Weź udział</a></div>',
     "Ponad czterdzieści spółdzielni socjalnych pokaże swoje wyroby i usługi podczas czerwcowych targów, na które zapraszamy mieszkańców i firmy."),
    ("pl", "/pl/aktualnosci/pozyczki-2026", "Nowa pula pożyczek dla mikrofirm", "2026-02-23", ["key-facts", "reading-time"],
     '<p class="czas">Przeczytasz w 2 minuty</p><table class="parametry"><caption>W skrócie</caption>'
     '<tr><th>Kwota pożyczki</th><td>do 150 000 zł</td></tr><tr><th>Oprocentowanie</th><td>od 0,5% w skali roku</td></tr>'
     '<tr><th>Okres spłaty</th><td>do 84 miesięcy</td></tr></table>',
     "Mikrofirmy z Kujaw mogą od marca ubiegać się o preferencyjne pożyczki na zakup maszyn, oprogramowania i pojazdów dostawczych."),
    ("pl", "/pl/aktualnosci/laureaci-biznesplan", "Laureaci konkursu na biznesplan", "2026-06-30", ["author-bio", "share-bar", "caption"],
     '<div class="autor-wpisu"><span class="autor-imie">Tekst: Katarzyna Lewandowska</span>'
     '<p>Koordynatorka programów dla młodzieży w fundacji, absolwentka ekonomii Uniwersytetu Mikołaja Kopernika.</p></div>'
     '<div class="podziel-sie">Podziel się: <a href="#">Facebook</a> · <a href="#">LinkedIn</a></div>'
     '<div class="media"><img src="/img/gala.jpg" alt=""><div class="media-opis">Źródło zdjęcia: archiwum fundacji</div></div>',
     "Jury konkursu na najlepszy biznesplan nagrodziło troje licealistów z Inowrocławia za pomysł na wypożyczalnię sprzętu rolniczego."),
    ("pl", "/pl/aktualnosci/warsztaty-eksport", "Warsztaty eksportowe dla producentów żywności", "2026-09-08", ["breadcrumb", "agenda", "kicker"],
     '<div class="sciezka">Jesteś tutaj: Start › Aktualności › Warsztaty eksportowe</div><p class="nadtytul">Komunikat</p>'
     '<p><b>Harmonogram</b></p><ol><li>10:00 Powitanie</li><li>10:15 Dokumenty w eksporcie</li>'
     '<li>12:00 Przerwa kawowa</li><li>12:30 Targi zagraniczne krok po kroku</li></ol>',
     "Producenci żywności, którzy chcą sprzedawać za granicą, dowiedzą się na warsztatach, jak przygotować dokumenty i ofertę."),
    ("en", "/en/news/cooperative-fair", "Social cooperatives fair in Toruń", "2026-05-06", ["event-box", "cookie-banner"],
     '<div class="eu-cookie-compliance-banner"><p>We use cookies on this site to enhance your user experience. '
     'Click any link on this page to give your consent.</p><button>OK, I agree</button></div>'
     '<div class="event-when-where"><p>Time: Saturday 13 June 2026, 10 am to 4 pm</p>'
     '<p>Location: Sports and Entertainment Hall, 73/89 Bema Street, 87-100 Toruń, entrance from the car park</p>'
     '<p><a href="/en/signup">Sign up</a></p></div>',
     "More than forty social cooperatives will present their products and services at the June fair, which is open to residents and companies."),
    ("en", "/en/news/loans-2026", "New loan fund for micro-firms", "2026-02-23", ["tags", "newsletter"],
     '<div class="field--name-field-tags">Filed under: <a href="#">loans</a>, <a href="#">micro-firms</a>, <a href="#">funding</a></div>'
     '<div class="block-newsletter"><p>Join our mailing list to hear about new loan rounds and training sessions before anyone else.</p>'
     '<a href="/en/newsletter">Join</a></div>',
     "From March, micro-firms in Kuyavia can apply for low-interest loans to buy machines, software and delivery vans."),
    ("en", "/en/news/export-workshops", "Export workshops for food producers", "2026-09-08", ["toc", "reading-time", "slogan"],
     f'<p class="motto">{MOTTO["en"]}</p><p>Estimated reading time: 3 minutes</p>'
     '<div class="toc-box"><p>In this article</p><ul><li><a href="#who">Who can take part</a></li>'
     '<li><a href="#what">What you will learn</a></li><li><a href="#how">How to apply</a></li></ul></div>',
     "Food producers who want to sell abroad will learn at the workshops how to prepare the documents and an offer for foreign buyers."),
    ("en", "/en/news/business-plan-winners", "Business plan competition winners", "2026-06-30", ["caption", "author-bio"],
     '<figure><img src="/img/winners.jpg" alt=""><figcaption>Credit: Foundation archive</figcaption></figure>'
     '<div class="about-author"><p><strong>Written by Tom Baker</strong></p><p>Tom leads the youth programmes of the foundation '
     'and studied economics in Toruń.</p></div>',
     "The jury of the business plan competition awarded three secondary school students from Inowrocław for a farm equipment rental idea."),
]


def page(lang, title, main, alternates=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr"><head><meta charset="utf-8"><title>{title} | {BRAND}</title>{alternates}
<meta name="description" content="{MOTTO[lang]}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"></head>
<body class="path-node page-node-type-aktualnosc"><div class="layout-container"><header><a href="/" rel="home">{BRAND}</a>
<nav><ul><li><a href="/pl/aktualnosci/">Aktualności</a></li><li><a href="/en/news/">News</a></li></ul></nav></header>
<main role="main"><div class="region-content">{main}</div></main>
<footer><p>{BRAND} · ul. Szeroka 12, 87-100 Toruń · {MOTTO[lang]}</p></footer></div></body></html>
"""


PL_MONTHS = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
rows, items = [], {"pl": [], "en": []}
PAIRS = {p[1]: q[1] for p, q in zip(POSTS[:4], POSTS[4:]) for p, q in ((p, q), (q, p))} | \
    {q[1]: p[1] for p, q in zip(POSTS[:4], POSTS[4:])}     # the n-th Polish post is the n-th English one translated
for lang, path, title, iso, kinds, furniture, lead in POSTS:
    other = PAIRS[path]
    alternates = (f'<link rel="alternate" hreflang="{lang}" href="{path}">'
                  f'<link rel="alternate" hreflang="{"en" if lang == "pl" else "pl"}" href="{other}">')
    y, m, d = (int(x) for x in iso.split("-"))
    stamp = f"{d:02d}.{m:02d}.{y}" if lang == "pl" else f"{EN_MONTHS[m - 1]} {d}, {y}"
    label = "Opublikowano" if lang == "pl" else "Posted on"
    main = (f'<h1 class="page-title">{title}</h1><article class="node node--type-aktualnosc">'
            f'<div class="node__meta">{label} <time datetime="{iso}T08:00:00Z">{stamp}</time></div>'
            f'<div class="node__content">{furniture}<div class="field--name-body"><p>{lead}</p><p>{FILL[lang]}</p>'
            f'<p>{MORE[lang]}</p></div></div></article>')
    p = os.path.join(ROOT, S, path.strip("/"))      # an extensionless file, as Drupal's paths are
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w", encoding="utf-8").write(page(lang, title, main, alternates))
    items[lang].append(f'<div class="views-row"><h3><a href="{path}">{title}</a></h3><span>{stamp}</span></div>')
    rows.append({"path": path, "title": title, "published": iso, "date_shape": f"drupal-{lang}-time", "traps": [],
                 "summary_start": [lead[:60]], "furniture": kinds, "lang": lang})
for lang, path, title in (("pl", "/pl/aktualnosci/", "Aktualności"), ("en", "/en/news/", "News")):
    p = os.path.join(ROOT, S, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    other = '<p><a href="/en/news/">English news</a></p>' if lang == "pl" else ""
    open(p, "w", encoding="utf-8").write(page(lang, title, f'<h1>{title}</h1>' + "".join(items[lang]) + other))
open(os.path.join(ROOT, S, "robots.txt"), "w").write("User-agent: *\nAllow: /\n")
json.dump({"start": "/pl/aktualnosci/", "type": "site", "listing_pages": ["/pl/aktualnosci/", "/en/news/"]},
          open(os.path.join(ROOT, S, "_unseen.json"), "w"), ensure_ascii=False, indent=1)
json.dump(rows, open(os.path.join(ROOT, S, "_expected.json"), "w"), ensure_ascii=False, indent=1)
