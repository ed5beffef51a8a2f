"""Language of a text: Polish, English or another ISO 639-1 code.

Three signals are combined, because each alone fails on our texts (PITFALLS.md item 6):

- lingua-language-detector restricted to the languages we meet, in low accuracy mode (~35 MB
  instead of ~330 MB);
- langdetect, seeded (deterministic) and loaded with the same few language profiles only;
- word evidence: function words that are unambiguously Polish or English (Polish ones also
  without diacritics, so "Nagroda dla zespolu" is Polish), and Polish diacritics counted per
  word, so an English sentence naming Łódź or Gdańsk stays English.

The source's language hint is only a prior for very short texts (a headline of a few words).
"""

from __future__ import annotations

import json
import re
import threading
from storage import fold
from dataclasses import dataclass
from typing import Any

#: Languages we expect on cluster and agency sites (ISO 639-1).
LANGUAGES = ("pl", "en", "de", "fr", "es", "it", "cs", "sk", "uk", "ru")
UNDETERMINED = "und"

POLISH_LETTERS = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Function words that occur in one language only (folded: no diacritics, ł -> l). Words shared
# by Polish and English ("a", "i", "to", "do", "on", "no", "po") are left out.
POLISH_WORDS = frozenset("""
    w z ze we na dla oraz sie jest sa nie przez przy od za tym tego ktory ktora ktore ktorzy ktorych
    jak juz tez czy lub ale roku r nowy nowa nowe nowych nowej pod nad bedzie sobie jako tylko jego
    jej ich tej ten ta te tych przed podczas wsrod miedzy zostal zostala zostaly zostalo maja byl
    byla bylo aby oraz wiec gdy tak takze rowniez dzieki wraz ramach celu ok mln tys ul
""".split())
ENGLISH_WORDS = frozenset("""
    the of and for with from by is are was were has have will its this that at an as be been into
    their new after first about which who our more than it not or his her they we you can how
    what when where these those would should also over under between during
""".split())

LINGUA_WEIGHT = 1.0
LANGDETECT_WEIGHT = 0.8
FUNCTION_WORD_WEIGHT = 1.2      # times the share of function words of one language
ONE_SIDED_WEIGHT = 0.3          # per function word when the other language has none
ONE_SIDED_MAX = 0.9
DIACRITIC_WORD_WEIGHT = 1.5     # times the share of words with a Polish diacritic (pl only)
FOREIGN_DIACRITIC_PENALTY = 0.8  # letters Polish never uses (ř ě ů ä ö ü ß é è ñ ...)
SHORT_TEXT_WORDS = 6            # up to this many words, the source's hint counts as a prior
HINT_PRIOR = 0.35
TITLE_WORDS = 14                # up to this many words, the language of the context is a prior
CONTEXT_PRIOR = 0.6             # (a title is usually in the language of its article)

NON_POLISH_LETTERS = re.compile(r"[řěůťďňäöüßéèêëàâçñìíòúùáýőűžšč]", re.IGNORECASE)


@dataclass(frozen=True)
class Guess:
    """A detected language with the scores that decided it (for tests and debugging)."""

    language: str
    scores: dict[str, float]

    @property
    def margin(self) -> float:
        ranked = sorted(self.scores.values(), reverse=True)
        return ranked[0] - ranked[1] if len(ranked) > 1 else ranked[0] if ranked else 0.0


class LanguageDetector:
    """Combines lingua, langdetect and word evidence; thread-safe, models loaded on first use."""

    def __init__(self, languages: tuple[str, ...] = LANGUAGES):
        self.languages = languages
        self._lock = threading.Lock()
        self._lingua: Any = None
        self._langdetect: Any = None

    # ------------------------------------------------------------------ models
    def _models(self) -> tuple[Any, Any]:
        if self._lingua is None:
            with self._lock:
                if self._lingua is None:
                    self._langdetect = self._load_langdetect()
                    self._lingua = self._load_lingua()
        return self._lingua, self._langdetect

    def _load_lingua(self) -> Any:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in self.languages]
        return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()

    def _load_langdetect(self) -> Any:
        import os

        import langdetect
        from langdetect.detector_factory import DetectorFactory

        factory = DetectorFactory()
        folder = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
        profiles = []
        for code in self.languages:
            path = os.path.join(folder, code)
            if os.path.exists(path):
                with open(path, encoding="utf-8") as fh:
                    profiles.append(fh.read())
        factory.load_json_profile(profiles)
        factory.set_seed(0)  # deterministic (PITFALLS.md item 6)
        return factory

    # ------------------------------------------------------------------ detection
    def scores(self, text: str, hint: str | None = None, prior: str | None = None,
               decisive_only: bool = False) -> dict[str, float]:
        """A score per language; the highest wins.

        :param decisive_only: leave out langdetect when it cannot change which language wins (the
            winner is the same; the scores then lack langdetect's share).
        """
        words = WORD.findall(text)
        if not words:
            return {}
        # Capitalised words with Polish letters are mostly names (Łódź, Gdańsk, Śląsk) and say
        # little about the language around them; the statistical detectors read the rest.
        names = {w for w in words if w[0].isupper() and POLISH_LETTERS.search(w)}
        if names and len(words) - len(names) >= 2:
            text = " ".join(tok for tok in text.split() if not any(n in tok for n in names))
            words = [w for w in words if w not in names]
        lingua, factory = self._models()
        scores = dict.fromkeys(self.languages, 0.0)
        for cv in lingua.compute_language_confidence_values(text):
            code = cv.language.iso_code_639_1.name.lower()
            if code in scores:
                scores[code] += LINGUA_WEIGHT * cv.value
        n = len(words)
        folded = [fold(w) for w in words]
        pl_hits = sum(w in POLISH_WORDS for w in folded)
        en_hits = sum(w in ENGLISH_WORDS for w in folded)
        scores["pl"] += FUNCTION_WORD_WEIGHT * pl_hits / n
        scores["en"] += FUNCTION_WORD_WEIGHT * en_hits / n
        # Function words of one language only: decisive in a headline full of names
        # ("Startupy z regionu w finale Digital Health Challenge").
        if pl_hits and not en_hits:
            scores["pl"] += min(ONE_SIDED_MAX, ONE_SIDED_WEIGHT * pl_hits)
        elif en_hits and not pl_hits:
            scores["en"] += min(ONE_SIDED_MAX, ONE_SIDED_WEIGHT * en_hits)
        polish_words = sum(bool(POLISH_LETTERS.search(w)) for w in words if not w[0].isupper())
        scores["pl"] += DIACRITIC_WORD_WEIGHT * polish_words / n
        if NON_POLISH_LETTERS.search(text):
            scores["pl"] -= FOREIGN_DIACRITIC_PENALTY
        if hint in scores and n <= SHORT_TEXT_WORDS:
            scores[hint] += HINT_PRIOR
        if prior in scores and n <= TITLE_WORDS:
            scores[prior] += CONTEXT_PRIOR
        # langdetect (pure Python, ~10 ms on a 2,000-character body: the costliest step of a crawl)
        # adds LANGDETECT_WEIGHT times probabilities that sum to at most 1, so when the leader is
        # already ahead by more than that it cannot change the winner: skip it then (same answer).
        if decisive_only:
            ranked = sorted(scores.values(), reverse=True)
            if len(ranked) > 1 and ranked[0] - ranked[1] > LANGDETECT_WEIGHT:
                return scores
        try:
            detector = factory.create()
            detector.append(text)
            for p in detector.get_probabilities():
                if p.lang in scores:
                    scores[p.lang] += LANGDETECT_WEIGHT * p.prob
        except Exception:  # langdetect raises on texts without features; lingua still decided
            pass
        return scores

    def guess(self, text: str, hint: str | None = None, prior: str | None = None) -> Guess:
        """Detect the language of text.

        :param hint: the source's language setting, used only as a prior for short texts and
            as the answer when the text has no words at all.
        :param prior: a language known from context (e.g. the body's, for a title); same use.
        """
        text = " ".join((text or "").split())
        scores = self.scores(text, hint, prior, decisive_only=True)
        if not scores:
            return Guess(prior or hint or UNDETERMINED, {})
        best = max(scores, key=scores.__getitem__)
        return Guess(best, scores)

    def detect(self, text: str, hint: str | None = None, prior: str | None = None) -> str:
        return self.guess(text, hint, prior).language


_detector: LanguageDetector | None = None
_detector_lock = threading.Lock()


def detector() -> LanguageDetector:
    """The process-wide detector (models are loaded once)."""
    global _detector
    if _detector is None:
        with _detector_lock:
            if _detector is None:
                _detector = LanguageDetector()
    return _detector


def detect_language(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of text; the hint is a prior for short texts and the answer for empty ones."""
    return detector().detect(text, hint=hint)


def item_languages(title: str, body: str, hint: str | None = None) -> tuple[str, str]:
    """(language of the item, language of its title).

    The item's language comes from title and body together (the body dominates); the title's own
    language is detected with the item's language as prior, so a short Polish headline on a Polish
    page stays Polish while an English headline over a Polish body is recognised as English.
    """
    return (language := body_language(title, body, hint)), title_language(title, language)


ITEM_CHARS = 2000        # characters of the body read for the item's language
LEAD_CHARS = 600         # ... read first: lingua's cost grows with the text (1.2 ms for 2,000 chars, 0.4 for 600)
LEAD_MARGIN = 1.0        # lead of the winner on the first LEAD_CHARS that decides without the rest


def body_language(title: str, body: str, hint: str | None = None) -> str:
    """Language of title and body: decided on the first LEAD_CHARS characters of the body when the
    winner leads there by LEAD_MARGIN or more, else on ITEM_CHARS as always. (On 2,400 texts of the
    tests' data, the sites' pages and a crawl of the scale mirror the lead alone decided the same
    language every time, its margin never under 1.35; a mixed text, an English quote opening a
    Polish article, reads on.)"""
    body = body or ""
    if len(body) > LEAD_CHARS:
        guess = detector().guess(f"{title}. {body[:LEAD_CHARS]}", hint=hint)
        if guess.margin >= LEAD_MARGIN:
            return guess.language
    return detector().detect(f"{title}. {body[:ITEM_CHARS]}", hint=hint)


def title_language(title: str, item_language: str) -> str:
    """Language of a title, given the language of its article."""
    if not title or item_language == "en":
        return item_language   # the answer below is item_language or "en": for English, English anyway
    found = detector().detect(title, prior=item_language)
    # A title differs from its article in practice only as an English headline; any other
    # answer is a headline full of names (a German-looking fair name on a Polish page).
    return found if found in (item_language, "en") else item_language


def load_samples(path: str) -> list[dict[str, Any]]:
    """Labelled samples from a JSON file {"samples": [{"text", "language", "kind", "hint"?}]}."""
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)["samples"]
