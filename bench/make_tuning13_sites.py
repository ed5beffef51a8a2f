"""Writes the tuning13 fixture sites (tests/sites/tuning13-*): numeric dates whose day/month order is
ambiguous (issue 12). An English Drupal-like cluster (html lang="en", "Submitted by editor on Tue,
05/12/2026 - 09:00", month-first, a byline without weekday, "Last updated: Thu, ..." and "When:" traps
above the byline) and a PL/EN cluster of another template (Polish pl-PL pages dotted day-first with the
weekday in its own cell, English en-US pages "Posted 5/12/26", modification and event traps).

    python bench/make_tuning13_sites.py tests/sites
"""
import datetime as dt
import json
import os
import sys

ROOT = sys.argv[1]
FILLER = ("The cluster brings together research institutes, small manufacturers and regional authorities, and the "
          "secretariat coordinates joint projects, training for members and an annual programme of trade visits.")
PL_FILLER = ("Klaster zrzesza instytuty badawcze, małe firmy produkcyjne i samorządy, a jego biuro koordynuje "
             "wspólne projekty, szkolenia dla członków oraz coroczny program misji gospodarczych w regionie.")
EN_WD = "Mon Tue Wed Thu Fri Sat Sun".split()
PL_WD = "pon. wt. śr. czw. pt. sob. niedz.".split()


def write(site, path, html):
    p = os.path.join(ROOT, site, path.strip("/"), "index.html") if path.endswith("/") else os.path.join(ROOT, site, path.strip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w", encoding="utf-8").write(html)


def finish(name, start, listings, rows):
    open(os.path.join(ROOT, name, "robots.txt"), "w").write("User-agent: *\nAllow: /\n")
    json.dump({"start": start, "type": "site", "listing_pages": listings},
              open(os.path.join(ROOT, name, "_unseen.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(rows, open(os.path.join(ROOT, name, "_expected.json"), "w"), ensure_ascii=False, indent=1)


def mdy(iso, weekday=True, year4=True):
    d = dt.date.fromisoformat(iso)
    text = f"{d.month:02d}/{d.day:02d}/{d.year if year4 else d.year % 100:02d}"
    return f"{EN_WD[d.weekday()]}, {text}" if weekday else text


# ---------------------------------------------------------------- A: Drupal-like, US order, weekdays
A = "tuning13-drupal-us-en"
BRAND_A = "Blue Coast Maritime Cluster"
A_POSTS = [
    ("cluster-wins-gold-label", "Blue Coast cluster awarded the ESCA Gold Label", "2026-05-12", "drupal-weekday-mdy-ambiguous", None,
     "The European Secretariat for Cluster Analysis awarded Blue Coast Maritime Cluster the Gold Label after a two-day assessment of its management."),
    ("spring-innovation-awards", "Spring Innovation Awards go to three member companies", "2026-05-15", "drupal-weekday-mdy", None,
     "Three member companies received the Spring Innovation Awards at the regional economic forum held in the port authority hall."),
    ("export-mission-results", "Export mission to Rotterdam brings eleven contracts", "2026-04-06", "drupal-weekday-mdy-ambiguous", ("modified", "2026-06-04"),
     "Eleven supply contracts were signed by members during the export mission to Rotterdam organised together with the trade office."),
    ("offshore-startup-call", "Call for offshore start-ups: demo day in autumn", "2026-02-11", "drupal-weekday-mdy-ambiguous", ("event", "2026-09-10"),
     "Start-ups working on offshore wind maintenance can apply until the end of June to present their solutions at the cluster demo day."),
    ("cluster-managers-meeting", "Cluster managers meet to plan the 2027 programme", "2026-04-02", "drupal-mdy-no-weekday", None,
     "Managers of nine maritime clusters met in the cluster office to agree the shared programme of events and studies for the next year."),
    ("digital-port-grant", "Digital port project wins a regional grant", "2026-01-26", "drupal-weekday-mdy", None,
     "The digital port consortium led by the cluster won a regional grant for sensors that track the condition of quay cranes."),
    ("hydrogen-ferry-status", "Hydrogen ferry project granted strategic status", "2026-10-06", "drupal-weekday-mdy-ambiguous", None,
     "The ministry granted strategic status to the hydrogen ferry project run by cluster members and the regional shipyard."),
    ("summer-school-honours", "Summer school students honoured for their ship designs", "2026-07-03", "drupal-weekday-mdy-ambiguous", None,
     "Students of the maritime summer school were honoured by the jury for three ship designs that cut fuel use by a quarter."),
]


def a_page(title, body, lang="en"):
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr"><head><meta charset="utf-8"><title>{title} | {BRAND_A}</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"></head>
<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><header role="banner"><a href="/" class="site-logo">{BRAND_A}</a>
<nav><ul class="menu"><li><a href="/">News</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main role="main"><div class="region region-content">{body}</div></main>
<footer><p>{BRAND_A} · Harbour Road 4 · office@bluecoast.example</p></footer></div></body></html>
"""


rows, teasers = [], []
for slug, title, iso, shape, trap, lead in A_POSTS:
    path = f"/news/{slug}/"
    weekday = shape != "drupal-mdy-no-weekday"
    stamp = f"{mdy(iso, weekday)} - {9 + len(slug) % 7:02d}:{len(title) % 60:02d}"
    above = ""
    if trap and trap[0] == "modified":
        above = f'<div class="node__changed">Last updated: {mdy(trap[1])} - 16:00</div>'
    if trap and trap[0] == "event":
        above = f'<div class="field field--name-field-when"><div class="field__label">When:</div><div class="field__item">{mdy(trap[1])} - 10:00</div></div>'
    body = (f'<h1 class="page-title"><span class="field--name-title">{title}</span></h1>'
            f'<article class="node node--type-article node--view-mode-full">{above}'
            f'<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field--name-uid">editor</span> on '
            f'<span class="field--name-created">{stamp}</span></div></footer>'
            f'<div class="node__content"><div class="field--name-body"><p>{lead}</p><p>{FILLER}</p>'
            f'<p>More information is available from the cluster office, which answers questions from members and partners on working days.</p></div></div></article>')
    write(A, path, a_page(title, body))
    teasers.append(f'<article class="node node--view-mode-teaser"><h2><a href="{path}">{title}</a></h2>'
                   f'<div class="node__submitted">Submitted by editor on {mdy(iso)} - 10:00</div><p>{lead[:90]}…</p></article>')
    rows.append({"path": path, "title": title, "published": iso, "date_shape": shape, "traps": [trap[0]] if trap else [],
                 "summary_start": [lead[:60]], "lang": "en"})
write(A, "/", a_page("News", '<h1 class="page-title">News</h1><div class="view-content">' + "".join(teasers) + "</div>"))
finish(A, "/", [], rows)

# ---------------------------------------------------------------- B: PL/EN, dotted pl-PL and short en-US dates
B = "tuning13-klaster-plen"
BRAND_B = "Klaster Wodorowy Pomorze"
B_POSTS = [
    ("pl", "/aktualnosci/zloty-certyfikat/", "Klaster Wodorowy Pomorze ze złotym certyfikatem", "2026-05-12", "pl-weekday-cell-dotted-ambiguous", None,
     "Europejski Sekretariat Analiz Klastrowych przyznał Klastrowi Wodorowemu Pomorze złoty certyfikat doskonałości zarządzania."),
    ("pl", "/aktualnosci/nagroda-marszalka/", "Nagroda Marszałka dla firmy z klastra", "2026-06-05", "pl-weekday-cell-dotted-ambiguous", ("modified", "2026-11-03"),
     "Firma członkowska klastra otrzymała Nagrodę Marszałka Województwa za elektrolizer zasilany energią z morskich farm wiatrowych."),
    ("pl", "/aktualnosci/targi-wodorowe/", "Klaster na targach wodorowych w Gdańsku", "2026-03-18", "pl-weekday-cell-dotted", ("event", "2026-10-09"),
     "Zapraszamy na stoisko klastra podczas jesiennych targów wodorowych, na których członkowie pokażą swoje instalacje pilotażowe."),
    ("pl", "/aktualnosci/laureaci-konkursu/", "Znamy laureatów konkursu Wodorowy Start", "2026-07-03", "pl-dotted-ambiguous", None,
     "Jury konkursu Wodorowy Start wyłoniło trzech laureatów, którzy otrzymają wsparcie mentorów i dostęp do laboratorium klastra."),
    ("en", "/en/news/gold-label/", "Pomerania Hydrogen Cluster wins the Gold Label", "2026-05-12", "en-us-short-mdy-ambiguous", None,
     "The European Secretariat for Cluster Analysis awarded Pomerania Hydrogen Cluster the Gold Label for its management."),
    ("en", "/en/news/marshal-award/", "Marshal's Award for a cluster member", "2026-06-05", "en-us-short-mdy-ambiguous", ("modified", "2026-11-03"),
     "A member company received the Marshal's Award of the region for an electrolyser powered by offshore wind farms."),
    ("en", "/en/news/hydrogen-fair/", "The cluster at the Gdańsk hydrogen fair", "2026-03-18", "en-us-short-mdy", ("event", "2026-10-09"),
     "Visit the cluster stand at the autumn hydrogen fair, where members will show their pilot installations."),
    ("en", "/en/news/start-competition-winners/", "Hydrogen Start competition winners announced", "2026-07-03", "en-us-short-mdy-ambiguous", None,
     "The jury of the Hydrogen Start competition chose three winners who will get mentoring and access to the cluster laboratory."),
]


def b_page(lang, title, body):
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} – {BRAND_B}</title></head>
<body class="single"><div id="wrap"><div id="top"><a class="brand" href="/">{BRAND_B}</a>
<ul class="langs"><li><a href="/aktualnosci/">PL</a></li><li><a href="/aktualnosci/">EN</a></li></ul></div>
<div id="content">{body}</div>
<div id="stopka">{BRAND_B} · ul. Portowa 12, Gdynia · biuro@klaster-h2.example</div></div></body></html>
"""


rows, items = [], []
for lang, path, title, iso, shape, trap, lead in B_POSTS:
    d = dt.date.fromisoformat(iso)
    if lang == "pl":
        info = f'<li class="dzien">{PL_WD[d.weekday()]}</li><li class="data">{d.day:02d}.{d.month:02d}.{d.year}</li>'
        if trap and trap[0] == "modified":
            t = dt.date.fromisoformat(trap[1])
            info = f'<li class="zmiana">Zaktualizowano: {PL_WD[t.weekday()]} {t.day:02d}.{t.month:02d}.{t.year}</li>' + info
        extra = ""
        if trap and trap[0] == "event":
            t = dt.date.fromisoformat(trap[1])
            extra = f'<p class="termin"><strong>Termin wydarzenia:</strong> {t.day:02d}.{t.month:02d}.{t.year}</p>'
        more, filler = "Szczegóły można uzyskać w biurze klastra, które odpowiada na pytania członków i partnerów w dni robocze.", PL_FILLER
        listed = f"{d.day:02d}.{d.month:02d}.{d.year}"
    else:
        info = f'<li class="data">Posted {d.month}/{d.day}/{d.year % 100}</li>'
        if trap and trap[0] == "modified":
            t = dt.date.fromisoformat(trap[1])
            info = f'<li class="zmiana">Updated {t.month}/{t.day}/{t.year % 100}</li>' + info
        extra = ""
        if trap and trap[0] == "event":
            t = dt.date.fromisoformat(trap[1])
            extra = f'<p class="termin"><strong>Event date:</strong> {t.month}/{t.day}/{t.year % 100}</p>'
        more, filler = "More information is available from the cluster office, which answers questions from members and partners on working days.", FILLER
        listed = f"{d.month}/{d.day}/{d.year % 100}"
    body = (f'<div class="post"><div class="post-header"><h1 class="post-title">{title}</h1><ul class="post-info">{info}</ul></div>'
            f'<div class="post-text"><p>{lead}</p>{extra}<p>{filler}</p><p>{more}</p></div></div>')
    write(B, path, b_page("pl-PL" if lang == "pl" else "en-US", title, body))
    items.append(f'<div class="wpis"><h3><a href="{path}">{title}</a></h3><span class="kiedy">{listed}</span></div>')
    rows.append({"path": path, "title": title, "published": iso, "date_shape": shape, "traps": [trap[0]] if trap else [],
                 "summary_start": [lead[:60]], "lang": lang})
write(B, "/aktualnosci/", b_page("pl-PL", "Aktualności / News", '<h1>Aktualności / News</h1>' + "".join(items)))
write(B, "/", b_page("pl-PL", "Start", f'<h1>{BRAND_B}</h1><p><a href="/aktualnosci/">Aktualności / News</a></p>'))
finish(B, "/aktualnosci/", ["/", "/aktualnosci/"], rows)
