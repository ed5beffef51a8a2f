"""Writes the tuning9 fixture sites (tests/sites/tuning9-*): one site's news in Polish and English, linked by hreflang one way, by a language switcher, or not at all, with series traps (a monthly newsletter, numbered webinars, yearly calls).

    python bench/make_tuning9_sites.py tests/sites
"""
import json, os, sys
ROOT = sys.argv[1]

def page(lang, title, brand, body, head_extra="", switcher=""):
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {brand}</title>{head_extra}
</head><body>
<header><a class="logo" href="/">{brand}</a>{switcher}</header>
<nav><a href="/">Start</a> <a href="/kontakt/">Kontakt</a></nav>
<main>{body}</main>
<footer><p>{brand} · ul. Długa 5 · biuro@example.org</p></footer>
</body></html>
"""

def write(site, path, html):
    p = os.path.join(ROOT, site, path.strip("/"), "index.html") if path.endswith("/") else os.path.join(ROOT, site, path.strip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w", encoding="utf-8").write(html)

def site(name, brand, start, listings, posts, mode, date_fmt):
    """posts: dicts path, lang, title, date(iso), paras, story, series, award, other(path of translation)"""
    exp = []
    byp = {p["path"]: p for p in posts}
    for p in posts:
        head, sw = "", ""
        other = byp.get(p.get("other"))
        if other and mode == "hreflang-oneway" and p["lang"] == "pl":
            head = f'\n<link rel="alternate" hreflang="en" href="{other["path"]}">'
        if other and mode == "switcher":
            sw = (f'<ul class="lang-switch"><li><a href="{p["path"]}">{"Polski" if p["lang"]=="pl" else "English"}</a></li>'
                  f'<li><a href="{other["path"]}">{"English" if p["lang"]=="pl" else "Polski"}</a></li></ul>')
        d = date_fmt(p["date"], p["lang"])
        body = f'<article><h1>{p["title"]}</h1><p class="date">{d}</p>' + "".join(f"<p>{x}</p>" for x in p["paras"]) + "</article>"
        write(name, p["path"], page(p["lang"], p["title"], brand, body, head, sw))
        row = {"path": p["path"], "title": p["title"], "published": p["date"], "date_shape": p["shape"],
               "traps": [], "summary_start": [p["paras"][0][:70]], "lang": p["lang"], "award": p.get("award", False)}
        for k in ("story", "series", "award_kind"):
            if p.get(k):
                row[k] = p[k]
        exp.append(row)
    for lpath, items in listings.items():
        lis = "".join(f'<li><a href="{byp[i]["path"]}">{byp[i]["title"]}</a> <span>{byp[i]["date"]}</span></li>' for i in items)
        write(name, lpath, page("pl", "Aktualności", brand, f"<h1>Aktualności / News</h1><ul class='list'>{lis}</ul>"))
    write(name, "/", page("pl", "Start", brand, f'<h1>{brand}</h1><p><a href="{start}">Aktualności</a></p>'))
    open(os.path.join(ROOT, name, "robots.txt"), "w").write("User-agent: *\nAllow: /\n")
    json.dump({"start": start, "type": "site", "listing_pages": ["/"] + list(listings)},
              open(os.path.join(ROOT, name, "_unseen.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(exp, open(os.path.join(ROOT, name, "_expected.json"), "w"), ensure_ascii=False, indent=1)

PLM = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
ENM = "January February March April May June July August September October November December".split()
def fmt_a(iso, lang):
    y, m, d = map(int, iso.split("-"))
    return f"Opublikowano {d} {PLM[m-1]} {y}" if lang == "pl" else f"Posted on {ENM[m-1]} {d}, {y}"
def fmt_b(iso, lang):
    y, m, d = map(int, iso.split("-"))
    return f"{d:02d}.{m:02d}.{y}" if lang == "pl" else f"{d:02d}/{m:02d}/{y}"

A = "tuning9-hreflang-oneway-pl"
pa = [
 dict(path="/aktualnosci/srebrna-odznaka-ecei-dla-klastra", other="/en/news/silver-label-for-the-cluster", lang="pl", date="2024-05-06", shape="opublikowano-genitive", award=True, award_kind="label_level", story="a-silver",
      title="Srebrna odznaka ECEI dla Klastra Meblarskiego Nadodrze",
      paras=["Klaster Meblarski Nadodrze z Zielonej Góry otrzymał srebrną odznakę European Cluster Excellence Initiative za jakość zarządzania.", "Ocenę przeprowadził niezależny audytor ESCA w kwietniu. Klaster zrzesza 46 firm meblarskich z województwa lubuskiego."]),
 dict(path="/en/news/silver-label-for-the-cluster", lang="en", date="2024-05-07", shape="en-posted-mdy", award=True, award_kind="label_level", story="a-silver",
      title="Nadodrze Furniture Cluster earns ECEI Silver Label",
      paras=["The Nadodrze Furniture Cluster from Zielona Góra has been awarded the silver label of the European Cluster Excellence Initiative for the quality of its management.", "The assessment was carried out by an independent ESCA auditor in April. The cluster brings together 46 furniture companies from the Lubusz region."]),
 dict(path="/aktualnosci/newsletter-klastra-maj-2024", other="/en/news/cluster-newsletter-may-2024", lang="pl", date="2024-05-31", shape="opublikowano-genitive", story="a-nl-may", series="a-nl-pl",
      title="Newsletter klastra – maj 2024",
      paras=["W majowym wydaniu newslettera: podsumowanie targów, nowi członkowie klastra i kalendarz szkoleń na czerwiec.", "Newsletter Klastra Meblarskiego Nadodrze ukazuje się co miesiąc."]),
 dict(path="/en/news/cluster-newsletter-may-2024", lang="en", date="2024-05-31", shape="en-posted-mdy", story="a-nl-may", series="a-nl-en",
      title="Cluster newsletter – May 2024",
      paras=["In the May issue of the newsletter: a summary of the fair, new cluster members and the training calendar for June.", "The Nadodrze Furniture Cluster newsletter is published every month."]),
 dict(path="/aktualnosci/newsletter-klastra-czerwiec-2024", other="/en/news/cluster-newsletter-june-2024", lang="pl", date="2024-06-07", shape="opublikowano-genitive", story="a-nl-jun", series="a-nl-pl",
      title="Newsletter klastra – czerwiec 2024",
      paras=["W czerwcowym wydaniu newslettera: nowi członkowie klastra, wyniki ankiety i kalendarz szkoleń na lipiec.", "Newsletter Klastra Meblarskiego Nadodrze ukazuje się co miesiąc."]),
 dict(path="/en/news/cluster-newsletter-june-2024", lang="en", date="2024-06-07", shape="en-posted-mdy", story="a-nl-jun", series="a-nl-en",
      title="Cluster newsletter – June 2024",
      paras=["In the June issue of the newsletter: new cluster members, the survey results and the training calendar for July.", "The Nadodrze Furniture Cluster newsletter is published every month."]),
 dict(path="/aktualnosci/zapraszamy-na-targi-meble-polska", lang="pl", date="2024-05-20", shape="opublikowano-genitive",
      title="Zapraszamy na stoisko klastra na targach Meble Polska",
      paras=["Członkowie klastra pokażą swoje kolekcje na wspólnym stoisku podczas targów Meble Polska w Poznaniu.", "Stoisko numer 12 znajdzie się w pawilonie 5."]),
]
site(A, "Klaster Meblarski Nadodrze", "/aktualnosci/", {"/aktualnosci/": [p["path"] for p in pa if p["lang"] == "pl"]}, pa, "hreflang-oneway", fmt_a)

B = "tuning9-switcher-id-en"
pb = [
 dict(path="/en/news/1412-hydrogen-bus-depot-opens", other="/pl/aktualnosci/1412-otwarcie-zajezdni-wodorowej", lang="en", date="2024-09-16", shape="slash-dmy", story="b-depot",
      title="Hydrogen bus depot opens in Płock",
      paras=["A depot for 30 hydrogen buses with its own refuelling station has opened in Płock, built with PLN 84 million from the regional programme.", "Orlen Synthos and the city transport company operate it together."]),
 dict(path="/pl/aktualnosci/1412-otwarcie-zajezdni-wodorowej", other="/en/news/1412-hydrogen-bus-depot-opens", lang="pl", date="2024-09-16", shape="dotted-dmy", story="b-depot",
      title="W Płocku otwarto zajezdnię autobusów wodorowych",
      paras=["W Płocku otwarto zajezdnię dla 30 autobusów wodorowych z własną stacją tankowania, zbudowaną za 84 mln zł z programu regionalnego.", "Obsługują ją wspólnie Orlen Synthos i miejska spółka komunikacyjna."]),
 dict(path="/en/news/1420-hydrogen-academy-webinar-3", other="/pl/aktualnosci/1420-webinar-akademii-wodorowej-3", lang="en", date="2024-09-24", shape="slash-dmy", story="b-web3", series="b-web-en",
      title="Hydrogen Academy webinar #3: electrolyser safety",
      paras=["The third webinar of the Hydrogen Academy covers the safe operation of electrolysers in small plants.", "Registration is open until the day before the webinar."]),
 dict(path="/pl/aktualnosci/1420-webinar-akademii-wodorowej-3", other="/en/news/1420-hydrogen-academy-webinar-3", lang="pl", date="2024-09-24", shape="dotted-dmy", story="b-web3", series="b-web-pl",
      title="Webinar Akademii Wodorowej nr 3: bezpieczeństwo elektrolizerów",
      paras=["Trzeci webinar Akademii Wodorowej dotyczy bezpiecznej eksploatacji elektrolizerów w małych instalacjach.", "Rejestracja trwa do dnia poprzedzającego webinar."]),
 dict(path="/en/news/1427-hydrogen-academy-webinar-4", other="/pl/aktualnosci/1427-webinar-akademii-wodorowej-4", lang="en", date="2024-10-01", shape="slash-dmy", story="b-web4", series="b-web-en",
      title="Hydrogen Academy webinar #4: storage tanks",
      paras=["The fourth webinar of the Hydrogen Academy covers the design and inspection of hydrogen storage tanks.", "Registration is open until the day before the webinar."]),
 dict(path="/pl/aktualnosci/1427-webinar-akademii-wodorowej-4", other="/en/news/1427-hydrogen-academy-webinar-4", lang="pl", date="2024-10-01", shape="dotted-dmy", story="b-web4", series="b-web-pl",
      title="Webinar Akademii Wodorowej nr 4: zbiorniki magazynowe",
      paras=["Czwarty webinar Akademii Wodorowej dotyczy projektowania i kontroli zbiorników do magazynowania wodoru.", "Rejestracja trwa do dnia poprzedzającego webinar."]),
 dict(path="/en/news/1431-valley-joins-european-partnership", lang="en", date="2024-10-03", shape="slash-dmy",
      title="Valley joins the Clean Hydrogen Partnership network",
      paras=["The Mazovian Hydrogen Valley has joined the network of hydrogen valleys supported by the Clean Hydrogen Partnership.", "Membership gives access to joint pilot projects."]),
]
site(B, "Mazovian Hydrogen Valley", "/en/news/", {"/en/news/": [p["path"] for p in pb if p["lang"] == "en"]}, pb, "switcher", fmt_b)

C = "tuning9-nolink-pl"
pc = [
 dict(path="/aktualnosci/2024/03/fundusz-wspiera-14-startupow", lang="pl", date="2024-03-11", shape="dotted-dmy", story="c-startups",
      title="Fundusz Warmiński wspiera 14 start-upów z Olsztyna",
      paras=["Fundusz Warmiński przekazał 2,1 mln zł czternastu start-upom z Olsztyna i Elbląga w programie Akcelerator Łyna.", "Najwięcej projektów dotyczy przetwórstwa żywności."]),
 dict(path="/en/2024/03/fund-backs-14-olsztyn-startups", lang="en", date="2024-03-12", shape="slash-dmy", story="c-startups",
      title="Warmia Fund backs 14 start-ups from Olsztyn",
      paras=["The Warmia Fund has given PLN 2.1 million to fourteen start-ups from Olsztyn and Elbląg in the Łyna Accelerator programme.", "Most of the projects are in food processing."]),
 dict(path="/aktualnosci/2024/03/wyniki-konkursu-mikrogrant-marzec-2024", lang="pl", date="2024-03-29", shape="dotted-dmy", story="c-micro-mar", series="c-micro-pl",
      title="Wyniki konkursu Mikrogrant – marzec 2024",
      paras=["W marcowej edycji konkursu Mikrogrant Fundusz Warmiński przyznał 9 grantów po 20 tys. zł.", "Lista laureatów jest dostępna w załączniku."]),
 dict(path="/en/2024/03/microgrant-results-march-2024", lang="en", date="2024-03-29", shape="slash-dmy", story="c-micro-mar", series="c-micro-en",
      title="Microgrant competition results – March 2024",
      paras=["In the March round of the Microgrant competition the Warmia Fund awarded 9 grants of PLN 20 thousand each.", "The list of winners is available in the attachment."]),
 dict(path="/aktualnosci/2024/04/wyniki-konkursu-mikrogrant-kwiecien-2024", lang="pl", date="2024-04-05", shape="dotted-dmy", story="c-micro-apr", series="c-micro-pl",
      title="Wyniki konkursu Mikrogrant – kwiecień 2024",
      paras=["W kwietniowej edycji konkursu Mikrogrant Fundusz Warmiński przyznał 11 grantów po 20 tys. zł.", "Lista laureatów jest dostępna w załączniku."]),
 dict(path="/en/2024/04/microgrant-results-april-2024", lang="en", date="2024-04-05", shape="slash-dmy", story="c-micro-apr", series="c-micro-en",
      title="Microgrant competition results – April 2024",
      paras=["In the April round of the Microgrant competition the Warmia Fund awarded 11 grants of PLN 20 thousand each.", "The list of winners is available in the attachment."]),
 dict(path="/aktualnosci/2024/03/nabor-na-staze-badawcze-2024", lang="pl", date="2024-03-20", shape="dotted-dmy", series="c-staze-pl",
      title="Nabór na staże badawcze 2024",
      paras=["Fundusz Warmiński otwiera nabór na staże badawcze w roku 2024 dla absolwentów uczelni z Olsztyna.", "Wnioski można składać do 30 kwietnia."]),
 dict(path="/aktualnosci/2024/03/wyniki-naboru-na-staze-badawcze-2023", lang="pl", date="2024-03-14", shape="dotted-dmy", series="c-staze-pl",
      title="Wyniki naboru na staże badawcze 2023",
      paras=["Fundusz Warmiński ogłosił wyniki naboru na staże badawcze 2023 dla absolwentów uczelni z Olsztyna.", "Staże rozpoczną się w kwietniu."]),
]
site(C, "Fundusz Warmiński", "/aktualnosci/", {"/aktualnosci/": [p["path"] for p in pc]}, pc, "none", fmt_b)
