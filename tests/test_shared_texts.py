"""A source's shared texts (taglines) are asked by membership, per page, from one record."""

from monitor.extract.article import extract_article
from monitor.extract.shared import PagesSeen, SharedTexts, text_key

TAGLINE = "Klaster Wodny Pomorza: innowacje dla gospodarki wodnej regionu i współpraca nauki z biznesem."


def test_a_description_only_this_page_printed_is_not_shared_but_one_another_page_printed_is():
    pages = PagesSeen(limit=100)
    pages.add(text_key(TAGLINE), "http://k.pl/a")
    assert TAGLINE not in SharedTexts(elsewhere=pages.elsewhere("http://k.pl/a"))
    assert TAGLINE in SharedTexts(elsewhere=pages.elsewhere("http://k.pl/b"))
    pages.add(text_key(TAGLINE), "http://k.pl/b")                 # two pages printed it
    assert TAGLINE in SharedTexts(elsewhere=pages.elsewhere("http://k.pl/a"))


def test_membership_ignores_case_and_spacing_and_plus_adds_one_text():
    shared = SharedTexts.of([TAGLINE])
    assert "  " + TAGLINE.upper().replace(" ", "  ") in shared
    assert "Inny tekst" not in shared and "Inny tekst" in shared.plus("inny   TEKST")
    assert "" not in shared


def test_a_description_another_page_also_printed_is_never_the_summary_but_an_own_one_is():
    desc = "Klaster Wodny Pomorza otrzymał Srebrną Odznakę ESCA po audycie zarządzania klastrem."
    html = f"""<html><head><meta name="description" content="{desc}"></head><body>
    <h1>Klaster otrzymał Srebrną Odznakę ESCA</h1>
    <p>Klaster Wodny Pomorza otrzymał Srebrną Odznakę Doskonałości Zarządzania Klastrem przyznaną przez ESCA po
    audycie w październiku. To drugi poziom europejskiej oceny jakości zarządzania klastrami.</p>
    <p>Ocena objęła strategię, usługi dla członków i finansowanie działań klastra w latach 2022-2024.</p>
    </body></html>"""
    def summary_when_first_printed_by(page: str) -> str:
        pages = PagesSeen(limit=100)
        pages.add(text_key(desc), page)
        shared = SharedTexts(elsewhere=pages.elsewhere("http://k.pl/a"))
        return extract_article(html, "http://k.pl/a", shared_texts=shared).summary
    assert summary_when_first_printed_by("http://k.pl/a") == desc
    assert summary_when_first_printed_by("http://k.pl/b").startswith("Klaster Wodny Pomorza otrzymał Srebrną Odznakę Doskonałości")
