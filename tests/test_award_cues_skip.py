"""analyse() passes over words none of its rules can act on (monitor/awards/text.py ACTIVE_*): the cues
of a sentence are the same as when every word goes through every rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.awards import text as cues_mod
from monitor.awards.classifier import classify_award

DATA = Path(__file__).parent / "data"

# Own sentences touching each kind of rule the skip must not hide: sponsors, sport, rankings, rivals,
# number one, podium places, "top five", travel, holders, futures, money, years, best-in-place, jury.
OWN = [
    ("Firma Nordlys była fundatorem nagrody dla najlepszego startupu.", "pl"),
    ("Our spartakiada and the football tournament took place in May.", "en"),
    ("The cluster came top of the regional ranking of innovation hubs.", "en"),
    ("PayBridge beat 60 rivals to win the FinHack Warsaw prize.", "en"),
    ("The park was ranked number one by the ministry.", "en"),
    ("Zespół zajął I miejsce w konkursie Innowator Podkarpacia.", "pl"),
    ("Our cluster is now in Europe's top five for digital health.", "en"),
    ("The Silver Label goes to the Baltic Wood Cluster this year.", "en"),
    ("Spotkanie posiadaczy Złotej Odznaki odbędzie się w czerwcu.", "pl"),
    ("Klaster otrzyma nagrodę w wysokości 50 000 złotych.", "pl"),
    ("Eksporter Roku 2025: wyróżnienie dla firmy Marex.", "pl"),
    ("Named the best fintech cluster in Europe by the jury.", "en"),
    ("The judges were announced for the Cleantech Prize.", "en"),
    ("Partner of the Awards: Warta Energy, sponsored prize money EUR 5,000.", "en"),
    ("Najlepszy klaster w Polsce według rankingu PARP.", "pl"),
]


def _texts() -> list[tuple[str, str, str]]:
    out = [(t, "", lang) for t, lang in OWN]
    for it in json.loads((DATA / "award_texts.json").read_text("utf-8")):
        out.append((it["title"], it["body"], it["lang"]))
    for name in ("award_texts_i12_tuning.json", "award_texts_i12_tuning7.json", "award_texts_i12_tuning9.json",
                 "award_texts_i12_tuning11.json", "award_texts_i12_tuning12.json"):
        for it in json.loads((DATA / name).read_text("utf-8"))["texts"]:
            out.append((it["title"], it["text"], it["lang"]))
    return out


def _everything(texts: list[tuple[str, str, str]]) -> list[str]:
    out = []
    for title, body, lang in texts:
        for sentence in [title, *cues_mod.sentences(body)]:
            for lg in ("pl", "en"):
                c = cues_mod.analyse(sentence, lg)
                out.append(repr((sentence, lg, c.award_strong, c.award_weak, c.positive, c.acts,
                                 sorted(c.negative.items()), c.for_pattern)))
        out.append(repr(classify_award(title, body, lang)))
    return out


def test_skipping_inert_words_changes_no_cue(monkeypatch: pytest.MonkeyPatch):
    texts = _texts()
    assert len(texts) > 150
    skipped = _everything(texts)
    monkeypatch.setattr(cues_mod, "ACTIVE_PREFIXES", ("",))   # every word "starts with" "": none skipped
    full = _everything(texts)
    assert len(skipped) == len(full)
    differ = [(a, b) for a, b in zip(skipped, full) if a != b]
    assert not differ, differ[:3]


def test_the_skip_passes_over_plain_words_only():
    assert "klaster" not in cues_mod.ACTIVE_LEMMAS and "the" not in cues_mod.ACTIVE_FORMS
    for word in ("nagroda", "win", "laureat", "award"):
        assert word in cues_mod.ACTIVE_LEMMAS
