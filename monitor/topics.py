"""Configured topics ([[topics]] in the config): bilingual lists of terms that tag an item.

A term matches every inflected form of itself: through the award lexicon when it is one of its
lemmas, otherwise by its diacritics-folded stem ("nabór" matches "naboru", "naborze";
"dofinansowanie" matches "dofinansowania"). Multi-word terms match consecutive words. The
built-in topic "awards" is set by the award classifier, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from monitor.awards.lexicon import fold, tokenize
from storage.search import stem

AWARDS = "awards"


@dataclass(frozen=True)
class _Word:
    lemma: str
    stem: str

    def matches(self, lemma: str, folded: str) -> bool:
        return lemma == self.lemma or folded.startswith(self.stem)


class TopicMatcher:
    """Tag texts with the configured topics they mention."""

    def __init__(self, topics: Iterable[dict[str, Any]]):
        self.topics: list[tuple[str, list[list[_Word]]]] = []
        for topic in topics:
            phrases = []
            for lang, terms in (topic.get("terms") or {}).items():
                for term in terms:
                    words = [_Word(t.lemma, stem(t.text, lang)) for t in tokenize(term, lang)]
                    if words:
                        phrases.append(words)
            if phrases:
                self.topics.append((topic["name"], phrases))

    def __bool__(self) -> bool:
        return bool(self.topics)

    def match(self, *texts: str, language: str | None = None) -> dict[str, str]:
        """{topic name: the first matched words} for the topics the texts mention."""
        found: dict[str, str] = {}
        toks = [t for text in texts if text for t in tokenize(text, language or "pl")]
        folded = [fold(t.text) for t in toks]
        for name, phrases in self.topics:
            for words in phrases:
                n = len(words)
                for i in range(len(toks) - n + 1):
                    if all(w.matches(toks[i + k].lemma, folded[i + k]) for k, w in enumerate(words)):
                        found[name] = " ".join(t.text for t in toks[i:i + n])
                        break
                if name in found:
                    break
        return found
