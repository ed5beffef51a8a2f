"""Writes tests/sites/tuning16-archive-pl (issue 12, branch i12ao): a Polish chamber's news listing whose older
items hang only from year-archive pages: a row of year links "2026 | 2025 | 2024" above the list (?rok=2025, with a
second page ?rok=2025&strona=2, and /aktualnosci/archiwum/2024/), a GET form with a year <select> (?rok=2023), and a
tag link and a contact page beside them that are not archives.

    python bench/make_tuning16_sites.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "sites" / "tuning16-archive-pl"
SITE = "Izba Przemysłowo-Handlowa Ziemi Kaliskiej"
MONTHS = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()

# (slug, year, month, day, title, lead)
ARTICLES = {
    None: [
        ("targi-eksportowe-2026", 2026, 3, 12, "Wspólne stoisko firm na targach eksportowych",
         "Osiem firm członkowskich pokaże swoje wyroby na wspólnym stoisku izby podczas wiosennych targów eksportowych."),
        ("szkolenie-vat-2026", 2026, 2, 4, "Szkolenie o zmianach w rozliczaniu VAT",
         "Doradcy podatkowi wyjaśnią przedsiębiorcom, jak od lipca zmieni się rozliczanie podatku w transakcjach unijnych."),
        ("walne-zgromadzenie-2026", 2026, 1, 20, "Walne zgromadzenie wybrało nowy zarząd izby",
         "Delegaci firm członkowskich wybrali na trzyletnią kadencję siedmioosobowy zarząd i przyjęli plan działań."),
    ],
    "?rok=2025": [
        ("misja-wietnam-2025", 2025, 11, 18, "Misja gospodarcza do Wietnamu",
         "Przedstawiciele dziewięciu firm spotkali się w Hanoi z importerami maszyn rolniczych i części samochodowych."),
        ("forum-logistyki-2025", 2025, 9, 5, "Forum logistyki w regionie kaliskim",
         "Na forum przewoźnicy i magazyny omówili budowę terminalu przeładunkowego przy obwodnicy miasta."),
    ],
    "?rok=2025&strona=2": [
        ("dzien-przedsiebiorcy-2025", 2025, 5, 26, "Dzień przedsiębiorcy w ratuszu",
         "Prezydent miasta spotkał się z właścicielami rodzinnych firm, by rozmawiać o opłatach lokalnych i drogach."),
    ],
    "archiwum/2024/": [
        ("jubileusz-izby-2024", 2024, 10, 14, "Trzydzieści lat izby przemysłowo-handlowej",
         "Jubileuszowa gala zgromadziła założycieli izby, którzy wspominali pierwsze targi zorganizowane w hali sportowej."),
        ("kurs-eksportera-2024", 2024, 4, 9, "Kurs dla początkujących eksporterów",
         "Dwudziestu przedsiębiorców ukończyło sześciotygodniowy kurs o umowach handlowych, cłach i płatnościach."),
    ],
    "?rok=2023": [
        ("porozumienie-szkoly-2023", 2023, 6, 30, "Porozumienie ze szkołami zawodowymi",
         "Izba i pięć szkół technicznych podpisały porozumienie o praktykach uczniów w zakładach firm członkowskich."),
    ],
}
YEARS = [(2026, "/aktualnosci/"), (2025, "/aktualnosci/?rok=2025"), (2024, "/aktualnosci/archiwum/2024/"),
         (2023, "/aktualnosci/?rok=2023")]


def head(title: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="pl"><head><meta charset="UTF-8"><title>{title} | {SITE}</title>'
            f'<meta name="description" content="Samorząd gospodarczy przedsiębiorców Ziemi Kaliskiej."></head>\n'
            f'<body><div id="top"><a href="/" class="logo">{SITE}</a><ul class="menu"><li><a href="/aktualnosci/">'
            f'Aktualności</a></li><li><a href="/o-izbie/">O izbie</a></li><li><a href="/kontakt/">Kontakt</a></li>'
            f'</ul></div>\n')


FOOT = '<div id="stopka"><p>ul. Górnośląska 2, 62-800 Kalisz · biuro@izba-kalisz.example</p></div></body></html>\n'


def date_pl(y: int, m: int, d: int) -> str:
    return f"{d} {MONTHS[m - 1]} {y}"


def year_row(current: int) -> str:
    cells = [f'<strong>{y}</strong>' if y == current else f'<a href="{href}">{y}</a>' for y, href in YEARS[:3]]
    options = "".join(f'<option value="{y}"{" selected" if y == current else ""}>{y}</option>' for y, _ in YEARS)
    return (f'<div class="lata">Rok: {" | ".join(cells)}</div>\n'
            f'<form class="archiwum" action="/aktualnosci/" method="get"><label>Archiwum: <select name="rok">'
            f'{options}</select></label><button type="submit">Pokaż</button></form>\n')


def listing(key: str | None, year: int) -> str:
    items = "".join(
        f'<div class="wpis"><h3><a href="/aktualnosci/{slug}.html">{title}</a></h3><span class="data">'
        f'{date_pl(y, m, d)}</span><p>{lead[:80]}…</p></div>\n'
        for slug, y, m, d, title, lead in ARTICLES[key])
    pager = ""
    if key == "?rok=2025":
        pager = '<div class="stronicowanie"><span>1</span> <a href="/aktualnosci/?rok=2025&amp;strona=2">2</a></div>\n'
    elif key == "?rok=2025&strona=2":
        pager = '<div class="stronicowanie"><a href="/aktualnosci/?rok=2025">1</a> <span>2</span></div>\n'
    tag = '<p class="tagi">Tematy: <a href="/aktualnosci/tag/eksport/">eksport</a></p>\n'
    return (head(f"Aktualności {year}") + f'<div id="tresc"><h1>Aktualności</h1>\n{year_row(year)}{items}{pager}{tag}'
            f'</div>\n' + FOOT)


def article(slug: str, y: int, m: int, d: int, title: str, lead: str) -> str:
    body = (f'<p>{lead}</p><p>Szczegółowe informacje można uzyskać w biurze izby, które czynne jest od poniedziałku do '
            f'piątku w godzinach od ósmej do szesnastej, oraz pod numerem telefonu podanym w stopce strony.</p>')
    return (head(title) + f'<div id="tresc"><h1>{title}</h1><p class="data">Opublikowano: {date_pl(y, m, d)}</p>'
            f'{body}<p><a href="/aktualnosci/">« Powrót do aktualności</a></p></div>\n' + FOOT)


def listing_file(key: str | None) -> str:
    if key is None:
        return "aktualnosci/index.html"
    if key.startswith("?"):
        return f"aktualnosci/index__{key[1:]}.html"
    return f"aktualnosci/{key}index.html"


def main() -> None:
    files: dict[str, str] = {"robots.txt": "User-agent: *\nAllow: /\n",
                             "index.html": head("Strona główna") + '<div id="tresc"><p>Witamy.</p>'
                             '<p><a href="/aktualnosci/">Aktualności</a></p></div>\n' + FOOT,
                             "kontakt/index.html": head("Kontakt") + '<div id="tresc"><h1>Kontakt</h1>'
                             '<p>ul. Górnośląska 2, Kalisz</p></div>\n' + FOOT}
    expected, listing_pages = [], ["/", "/aktualnosci/"]
    for key, rows in ARTICLES.items():
        year = rows[0][1]
        files[listing_file(key)] = listing(key, year)
        if key:
            listing_pages.append("/aktualnosci/" + key)
        for slug, y, m, d, title, lead in rows:
            files[f"aktualnosci/{slug}.html"] = article(slug, y, m, d, title, lead)
            expected.append({"path": f"/aktualnosci/{slug}.html", "title": title, "published": f"{y}-{m:02d}-{d:02d}",
                             "date_shape": "published-label-pl-genitive", "traps": ["year-archive-only"] if y < 2026
                             else [], "summary_start": [lead[:60]], "furniture": [], "lang": "pl", "award": False})
    files["_expected.json"] = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    files["_unseen.json"] = json.dumps({"start": "/aktualnosci/", "type": "site", "listing_pages": listing_pages},
                                       indent=1) + "\n"
    for rel, text in files.items():
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
