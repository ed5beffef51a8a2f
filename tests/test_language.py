"""Language detection on short headlines and longer texts, Polish, English and a few others."""

from __future__ import annotations

import pytest

from helpers import TESTS
from monitor.language import detect_language, detector, item_languages, load_samples

SAMPLES = load_samples(str(TESTS / "data" / "language_samples.json"))


def test_the_labelled_samples_cover_short_and_long_texts_in_several_languages():
    assert len(SAMPLES) >= 60
    assert sum(s["kind"] == "short" for s in SAMPLES) >= 40
    assert {s["language"] for s in SAMPLES} >= {"pl", "en", "de", "fr", "cs"}


def test_accuracy_on_the_labelled_samples_is_at_least_99_percent():
    wrong = [(s["language"], detect_language(s["text"], hint=s.get("hint")), s["text"]) for s in SAMPLES]
    wrong = [w for w in wrong if w[0] != w[1]]
    assert len(wrong) <= len(SAMPLES) // 100, wrong


@pytest.mark.parametrize("title", ["Nagroda dla zespolu badawczego", "Nowa siedziba klastra medycznego",
                                   "Zloty medal dla wynalazcy", "Umowa z uczelnia podpisana"])
def test_a_four_word_polish_headline_without_diacritics_is_polish(title):
    assert detect_language(title) == "pl"


@pytest.mark.parametrize("title", ["Polish ministry names new National Key Clusters",
                                   "Łódź textile cluster joins network", "Kraków hosts innovation summit",
                                   "Małopolska region tops innovation ranking"])
def test_english_about_polish_places_stays_english(title):
    assert detect_language(title) == "en"


def test_detection_is_deterministic():
    text = "Gala w Poznaniu"
    assert len({detect_language(text) for _ in range(20)}) == 1


def test_the_source_hint_decides_only_very_short_texts():
    assert detect_language("Gala w Poznaniu", hint="pl") == "pl"
    long_english = ("The cluster organised a conference on medical devices with partners from five countries. "
                    "Speakers discussed certification and access to hospital markets.")
    assert detect_language(long_english, hint="pl") == "en"


def test_empty_text_falls_back_to_the_hint():
    assert detect_language("", hint="pl") == "pl"
    assert detect_language("  2022 ") == "und"


def test_item_language_comes_from_the_body_and_the_title_keeps_its_own():
    body = ("Klaster dołączył do europejskiej sieci biotechnologicznej. Partnerzy z sześciu krajów będą "
            "wspólnie prowadzić projekty badawcze i szkolenia dla firm.")
    assert item_languages("Cluster joins the European biotech network", body) == ("pl", "en")
    assert item_languages("Klaster w sieci europejskiej", body) == ("pl", "pl")


def test_an_english_article_on_a_polish_source_is_english():
    body = ("The Polish Ministry of Development granted National Key Cluster status to seven organisations "
            "from Łódź, Rzeszów and Gdańsk. The status is valid for three years.")
    assert item_languages("Polish ministry names new National Key Clusters", body, hint="pl") == ("en", "en")


def test_models_stay_small():
    import resource

    detector().detect("warm up the models")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 < 300


@pytest.mark.parametrize("title", ["Startupy z regionu w finale Digital Health Challenge",
                                   "Nasz klaster w European Cluster Excellence Programme",
                                   "Złoty medal dla uczelni na targach Invent Expo 2022",
                                   "Bio Tech Summit 2022"])
def test_a_polish_headline_full_of_english_names_stays_polish_in_a_polish_article(title):
    body = ("Przedstawiciele klastra wzięli udział w wydarzeniu, które zgromadziło firmy i naukowców z całej "
            "Europy. Nasi członkowie zaprezentowali nowe rozwiązania dla szpitali.")
    assert item_languages(title, body) == ("pl", "pl")


def test_monitor_translate_sends_a_name_heavy_title_in_its_articles_language():
    from monitor.translation import field_languages

    # Alone this title reads as Slovak; LibreTranslate has no Slovak, so the item stayed pending.
    item = {"language": "pl", "title": "Silesia Med – targi student projekt (54)"}
    assert field_languages(item) == {"title": "pl", "summary": "pl", "body": "pl"}
    english_headline = {"language": "pl", "title": "Cluster wins the European award for innovation"}
    assert field_languages(english_headline)["title"] == "en"


def test_a_long_body_is_decided_on_its_lead_only_when_the_lead_is_clear():
    from monitor import language

    polish = ("Klaster dołączył do europejskiej sieci biotechnologicznej, a partnerzy z sześciu krajów będą "
              "wspólnie prowadzić projekty badawcze i szkolenia dla firm z regionu. ") * 20
    english = ("The cluster joined the European biotech network and its partners from six countries will run "
               "research projects and training for companies of the region together. ") * 20
    for body in (polish, english, english[:500] + polish, polish[:500] + english):
        want = language.detector().detect(f"Klaster. {body[:language.ITEM_CHARS]}")
        assert language.body_language("Klaster", body) == want
    calls = []
    real = language.LanguageDetector.guess
    try:
        language.LanguageDetector.guess = lambda self, text, *a, **k: calls.append(len(text)) or real(self, text, *a, **k)
        language.body_language("Klaster", polish)
    finally:
        language.LanguageDetector.guess = real
    assert calls == [len("Klaster. ") + language.LEAD_CHARS]   # the clear lead alone decided
