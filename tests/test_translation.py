"""Translation through deep-translator's real HTTP path against a local LibreTranslate-compatible
server (tests/libre_server.py): retries, time bounds, garbage answers, long texts, the cache."""

from __future__ import annotations

import sys
import time
import urllib.request
from typing import Iterator

import pytest

from helpers import TESTS, Server, start_server
from monitor.translation import (
    LIMITS,
    DeepTranslator,
    TranslationError,
    check_answer,
    complete_pending,
    join_chunks,
    make_translator,
    split_text,
)

POLISH = ("Klaster Technologii Medycznych otrzymał Srebrną Odznakę ESCA. Audytorzy ocenili strategię i usługi. "
          "Wręczenie odbyło się w Krakowie. Koordynator podziękował członkom za współpracę.")


@pytest.fixture(scope="module")
def libre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("libre") / "requests.jsonl"
    server = start_server([sys.executable, str(TESTS / "libre_server.py"), "--log", str(log)], log)
    yield server
    server.stop()


def set_mode(server: Server, mode: str, latency_ms: int = 0) -> None:
    req = urllib.request.Request(f"{server.url}/_mode?mode={mode}&latency_ms={latency_ms}", data=b"", method="POST")
    with urllib.request.urlopen(req, timeout=5) as resp:
        assert resp.status == 200
    server.clear_log()


def translate_calls(server: Server) -> list[dict]:
    return [r for r in server.requests() if r["path"].rstrip("/") == "/translate"]


def fast(url: str, **kw) -> DeepTranslator:
    kw.setdefault("backoff", 0.01)
    return DeepTranslator("libre", url, timeout=kw.pop("timeout", 5.0), **kw)


# ---------------------------------------------------------------------------------- healthy server
def test_libre_translates_through_deep_translator_with_a_key_and_a_url_without_slash(libre):
    set_mode(libre, "healthy")
    translator = make_translator("libre", libre.url)  # no trailing slash, no key: both fixed for the user
    assert translator.translate("Nagroda dla klastra", "pl", "en") == "EN<pl>: Nagroda dla klastra"
    [call] = translate_calls(libre)
    assert call["status"] == 200 and call["source"] == "pl" and call["target"] == "en"
    assert call["api_key"]  # deep-translator refuses an empty key even for a keyless server


def test_text_already_in_the_target_language_is_never_sent(libre):
    set_mode(libre, "healthy")
    assert fast(libre.url).translate("Cluster opens new office", "en", "en") == "Cluster opens new office"
    assert translate_calls(libre) == []


def test_a_long_text_is_split_under_the_url_limit_and_joined_back_in_order(libre):
    set_mode(libre, "healthy")
    sentences = [f"Zdanie numer {i} opisuje współpracę klastra z uczelnią i firmami." for i in range(400)]
    text = " ".join(sentences)  # ~27,000 characters, far beyond one query string
    result = fast(libre.url).translate(text, "pl", "en")
    calls = translate_calls(libre)
    assert len(calls) > 1
    assert all(c["status"] == 200 and c["url_length"] <= 8192 for c in calls)
    # every chunk ends on a sentence boundary and nothing is lost or reordered
    assert all(c["q"].endswith(".") for c in calls)
    assert result.replace("EN<pl>: ", "") == text


def test_split_text_prefers_paragraphs_then_sentences_and_round_trips():
    text = "Pierwszy akapit. Drugie zdanie.\n\nDrugi akapit jest tutaj. I jeszcze jedno zdanie."
    chunks = split_text(text, lambda s: len(s) <= 40)
    assert [c for c, _ in chunks] == ["Pierwszy akapit. Drugie zdanie.", "Drugi akapit jest tutaj.",
                                      "I jeszcze jedno zdanie."]
    assert join_chunks(chunks) == text
    word = "x" * 100
    assert all(len(c) <= 30 for c, _ in split_text(word, lambda s: len(s) <= 30))
    assert join_chunks(split_text(word, lambda s: len(s) <= 30)) == word


def test_provider_limits_are_under_what_deep_translator_and_servers_accept():
    assert LIMITS["google"].size < 5000 and LIMITS["mymemory"].size < 500
    polish = "zażółć gęślą jaźń " * 400
    assert all(LIMITS["libre"].fits(c) for c, _ in split_text(polish, LIMITS["libre"].fits))


# ---------------------------------------------------------------------------------- failures
def test_503_is_retried_with_backoff_then_reported_as_a_translation_error(libre):
    set_mode(libre, "503")
    with pytest.raises(TranslationError) as err:
        fast(libre.url, retries=2).translate("Nagroda dla klastra", "pl", "en")
    assert err.value.status == 503 and err.value.transient
    assert [c["status"] for c in translate_calls(libre)] == [503, 503, 503]


def test_rate_limit_429_is_retried_and_then_succeeds(libre):
    set_mode(libre, "429-then-ok")
    assert fast(libre.url, retries=2).translate("Nowy członek klastra", "pl", "en") == "EN<pl>: Nowy członek klastra"
    assert [c["status"] for c in translate_calls(libre)] == [429, 200]


def test_a_slow_translator_is_abandoned_within_the_timeout(libre):
    set_mode(libre, "slow", latency_ms=20000)
    start = time.monotonic()
    with pytest.raises(TranslationError):
        fast(libre.url, timeout=0.5, retries=1).translate("Nagroda dla klastra", "pl", "en")
    assert time.monotonic() - start < 4.0  # two attempts of 0.5 s, not 20 s each
    set_mode(libre, "healthy")


@pytest.mark.parametrize("mode", ["garbage-html", "garbage-empty"])
def test_a_garbage_answer_is_a_failure_not_a_translation(libre, mode):
    set_mode(libre, mode)
    with pytest.raises(TranslationError):
        fast(libre.url, retries=1).translate("Nagroda dla klastra", "pl", "en")
    assert len(translate_calls(libre)) == 2  # retried once: garbage may be a passing glitch


def test_a_long_text_echoed_back_untranslated_is_a_failure(libre):
    set_mode(libre, "echo")
    with pytest.raises(TranslationError, match="untranslated"):
        fast(libre.url, retries=0).translate(POLISH, "pl", "en")


def test_a_server_that_is_down_gives_a_translation_error_not_a_connection_error():
    translator = DeepTranslator("libre", "http://127.0.0.1:9/", timeout=2, retries=1, backoff=0.01)
    with pytest.raises(TranslationError, match="connect"):
        translator.translate("Nagroda dla klastra", "pl", "en")


def test_after_repeated_failures_the_provider_is_left_alone_for_a_while(libre):
    set_mode(libre, "503")
    translator = fast(libre.url, retries=0)
    for i in range(5):
        with pytest.raises(TranslationError):
            translator.translate(f"Tekst numer {i}", "pl", "en")
    libre.clear_log()
    with pytest.raises(TranslationError, match="unavailable"):
        translator.translate("Kolejny tekst", "pl", "en")
    assert translate_calls(libre) == []


@pytest.mark.parametrize("answer", ["", "   ", None, "<!DOCTYPE html><html><body>Error</body></html>",
                                    "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY"])
def test_check_answer_rejects_garbage(answer):
    with pytest.raises(TranslationError):
        check_answer("Nagroda dla klastra", answer)


def test_check_answer_accepts_short_names_that_stay_the_same():
    assert check_answer("CTT", "CTT") == "CTT"


def test_keys_are_required_for_deepl_and_never_shown():
    with pytest.raises(TranslationError, match="API key"):
        DeepTranslator("deepl")
    assert "secret" not in repr(DeepTranslator("microsoft", key="secret-key"))


# ---------------------------------------------------------------------------------- pending items and the cache
def add_item(store, url: str, title: str, summary: str, language: str = "pl", status: str = "pending") -> int:
    return store.save_item({"url": url, "source": "t", "title": title, "summary": summary, "language": language,
                            "translation_status": status})


def test_pending_items_are_completed_and_each_distinct_text_is_sent_once(libre, store):
    set_mode(libre, "healthy")
    a = add_item(store, "http://x/1", "Złoty medal dla wynalazcy", "Wynalazca z Gdyni zdobył złoty medal.")
    b = add_item(store, "http://x/2", "Złoty medal dla wynalazcy", "Wynalazca z Gdyni zdobył złoty medal.")
    regrouped = []
    done, pending = complete_pending(store, fast(libre.url), "en", after_item=regrouped.append)
    assert (done, pending) == (2, 0)
    assert len(translate_calls(libre)) == 2  # title and summary, once each for both items
    for item_id in (a, b):
        item = store.get_item(item_id)
        assert item["title_en"] == "EN<pl>: Złoty medal dla wynalazcy"
        assert item["translation_status"] == "done" and item["translator"] == "libre"
    assert regrouped == [a, b]
    # the same texts in a later item come from the cache
    libre.clear_log()
    add_item(store, "http://x/3", "Złoty medal dla wynalazcy", "Wynalazca z Gdyni zdobył złoty medal.")
    assert complete_pending(store, fast(libre.url), "en") == (1, 0)
    assert translate_calls(libre) == []


def test_an_english_headline_of_a_polish_item_is_not_sent(libre, store):
    set_mode(libre, "healthy")
    item_id = add_item(store, "http://x/4", "Cluster joins the European biotech network",
                       "Klaster dołączył do europejskiej sieci biotechnologicznej.")
    assert complete_pending(store, fast(libre.url), "en") == (1, 0)
    assert store.get_item(item_id)["title_en"] == "Cluster joins the European biotech network"
    assert [c["q"] for c in translate_calls(libre)] == ["Klaster dołączył do europejskiej sieci biotechnologicznej."]


def test_items_stay_pending_while_the_translator_is_down(libre, store):
    set_mode(libre, "503")
    item_id = add_item(store, "http://x/5", "Nowa siedziba klastra", "Klaster przeniósł biuro do Lublina.")
    assert complete_pending(store, fast(libre.url, retries=0), "en") == (0, 1)
    assert store.get_item(item_id)["translation_status"] == "pending"
    assert store.cached_translation("libre", "pl", "en", "Nowa siedziba klastra") is None
    set_mode(libre, "healthy")
    assert complete_pending(store, fast(libre.url), "en") == (1, 0)
