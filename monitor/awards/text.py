"""Sentences of a title or body, and the cues each sentence carries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from monitor.awards import vocab
from monitor.awards.lexicon import Token, tokenize

ABBREVIATIONS = {"ok", "r", "ul", "np", "tj", "tzw", "dr", "prof", "m", "in", "mgr", "inż", "św", "al", "nr",
                 "st", "mr", "ms", "mrs", "e", "g", "i", "vs", "inc", "ltd", "ds", "pl", "im", "hab", "godz",
                 "tys", "mln", "mld", "jw", "ww", "wg", "pt", "pn", "ang"}
# English lemmas whose -s form is a plural noun, not a verb ("awards", "grants", "honours").
EN_NOUN_VERBS = {"award", "grant", "honour", "honor", "present", "gain"}
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»)]*\s+(?=[„\"“«(\[]?[A-ZĄĆĘŁŃÓŚŹŻ0-9])")


def sentences(text: str) -> list[str]:
    """Split a text into sentences (line breaks end sentences; common abbreviations do not)."""
    out: list[str] = []
    for line in (text or "").splitlines():
        line = line.strip(" -•*\t")
        if not line:
            continue
        pieces = SENTENCE_END.split(line)
        buf = ""
        for piece in pieces:
            buf = f"{buf} {piece}" if buf else piece
            last = re.search(r"(\w+)\.$", buf.rstrip())
            if last and (last.group(1).lower() in ABBREVIATIONS or len(last.group(1)) == 1):
                continue
            out.append(buf.strip())
            buf = ""
        if buf:
            out.append(buf.strip())
    return out


@dataclass
class Cues:
    """What one sentence says: award words, acts of winning, reasons against, level words."""

    text: str
    tokens: list[Token]
    award_strong: list[int] = field(default_factory=list)   # token indexes
    award_weak: list[int] = field(default_factory=list)
    positive: list[int] = field(default_factory=list)
    negative: dict[str, list[int]] = field(default_factory=dict)
    for_pattern: bool = False                                 # "Nagroda dla X", "Gold for X"

    @property
    def has_award(self) -> bool:
        return bool(self.award_strong or self.award_weak)

    @property
    def blocking(self) -> set[str]:
        return set(self.negative) & vocab.BLOCKING

    @property
    def is_positive(self) -> bool:
        """An award, an act of winning it, and nothing that makes it a call, a future or a course."""
        return self.has_award and bool(self.positive) and not self.blocking

    def terms(self) -> list[str]:
        idx = sorted(set(self.award_strong + self.award_weak + self.positive))
        return [self.tokens[i].text for i in idx]

    def negative_terms(self) -> dict[str, list[str]]:
        return {k: [self.tokens[i].text for i in v] for k, v in self.negative.items()}


def _pl_verb_form(low: str) -> str:
    """past | part | ger | inf | fin, from the ending of a Polish verb form."""
    if low.endswith(("ć", "c")):
        return "inf"
    if low.endswith(("nie", "cie", "nia", "niu", "niem", "cia", "ciu", "ciem", "niach", "niom")):
        return "ger"
    if re.search(r"(ł|ła|ło|li|ły|łem|łam|łeś|łaś|liśmy|łyśmy|liście|łyście)$", low) or low.endswith(("no", "to")):
        return "past"
    if re.search(r"(ny|na|ne|ni|nego|nej|nym|nymi|nych|ną|ty|ta|te|ci|tego|tej|tym|tych|tą|eni|ieni)$", low):
        return "part"
    return "fin"


def _is_hypothetical(tokens: list[Token], i: int, lang_words: set[str]) -> bool:
    """A modal or purpose word shortly before token i ("can win", "aby otrzymać", "chance to win")."""
    for j in range(max(0, i - 3), i):
        t = tokens[j]
        if t.low == "to" and j > 0:
            prev = tokens[j - 1].lemma
            if prev in {"chance", "how", "want", "plan", "aim", "hope", "opportunity", "order", "able", "eligible",
                        "compete", "wish", "going", "bid", "apply", "invite", "seek", "set"}:
                return True
            continue
        if t.low in lang_words or t.lemma in lang_words:
            return True
    return False


def analyse(text: str, lang: str) -> Cues:
    """The cues of one sentence (lang: pl | en | other; both vocabularies are consulted)."""
    toks = tokenize(text, lang)
    cues = Cues(text=text, tokens=toks)
    langs = ("pl", "en")
    lemmas = [t.lemma for t in toks]
    in_phrase: set[int] = set()
    for lg in langs:
        for phrase in vocab.AWARD_PHRASES[lg]:
            n = len(phrase)
            for i in range(len(toks) - n + 1):
                if tuple(lemmas[i:i + n]) == phrase:
                    cues.award_strong.append(i)
                    in_phrase.update(range(i, i + n))
    modals = vocab.MODALS["pl"] | vocab.MODALS["en"]
    pending_award_after: list[int] = []
    for i, t in enumerate(toks):
        lem = t.lemma
        if i in in_phrase:
            continue
        is_en_verb_form = lem in vocab.POSITIVE_VERBS["en"] and (
            (t.low != lem and not (t.low.endswith("s") and lem in EN_NOUN_VERBS)) or lem in {"win", "receive", "earn"}
        )
        if lem in vocab.POSITIVE_VERBS["pl"] or is_en_verb_form:
            polish = lem in vocab.POSITIVE_VERBS["pl"]
            form = _pl_verb_form(t.low) if polish else ("fin" if t.low.endswith("s") else "past")
            if polish and lem in vocab.PERFECTIVE_PL and form in ("fin", "inf"):
                # "otrzyma", "zdobędzie" are future; "otrzymać" is an intention.
                if form == "fin" and lem not in {"znać"}:
                    cues.negative.setdefault("future", []).append(i)
                continue
            if polish and lem not in vocab.PERFECTIVE_PL and form == "inf":
                continue
            if _is_hypothetical(toks, i, modals) or any(
                toks[j].low in vocab.FUTURE_AUX_PL for j in range(max(0, i - 3), i)
            ):
                cues.negative.setdefault("future", []).append(i)
                continue
            if t.low.endswith("ing") and not polish and lem != "win":
                continue
            if lem in vocab.NEEDS_AWARD_AFTER["pl"] | vocab.NEEDS_AWARD_AFTER["en"]:
                pending_award_after.append(i)
                continue
            cues.positive.append(i)
            if lem in {"nagrodzić", "wyróżnić", "uhonorować", "award", "honour", "honor"}:
                cues.award_strong.append(i)   # "nagrodzony", "awarded": the act is the award
            continue
        if t.low in vocab.FUTURE_AUX_PL:
            cues.negative.setdefault("future", []).append(i)
            continue
        if lem in vocab.WINNER_NOUNS["pl"] or lem in vocab.WINNER_NOUNS["en"]:
            cues.positive.append(i)
            cues.award_strong.append(i)
            continue
        if lem in vocab.AWARD_STRONG["pl"] or lem in vocab.AWARD_STRONG["en"]:
            cues.award_strong.append(i)
        elif lem in vocab.AWARD_WEAK["pl"] or lem in vocab.AWARD_WEAK["en"]:
            if lem == "status":
                continue  # only inside a phrase ("status Krajowego Klastra Kluczowego")
            if lem in {"złoto", "gold"} and i > 0 and toks[i - 1].low.isdigit():
                continue
            cues.award_weak.append(i)
        for cls in {c for lg in langs for c, words in vocab.NEGATIVE[lg].items() if lem in words or t.low in words}:
            cues.negative.setdefault(cls, []).append(i)
        if lem in {"złoty", "zloty", "złotówka"} and i > 0 and toks[i - 1].low[:1].isdigit():
            cues.negative.setdefault("money", []).append(i)
    for i in pending_award_after:
        window = range(i + 1, min(len(toks), i + 6))
        if any(j in cues.award_strong or j in cues.award_weak for j in window) or any(
            j in in_phrase for j in window
        ):
            cues.positive.append(i)
    awards = cues.award_strong + cues.award_weak
    if awards:
        first = min(awards)
        cues.for_pattern = any(t.low in vocab.FOR_WORDS for t in toks[first + 1:-1])
    cues.award_strong.sort()
    cues.award_weak.sort()
    return cues
