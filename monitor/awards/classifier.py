"""Is an item an announcement of an award won? Title first, then the lead of the body.

Each sentence is read for cues (text.py): an award word (lemmatised, so "nagrodę", "odznaką",
"laureatem" all count), an act of winning or granting in the past ("otrzymał", "przyznano",
"won", "granted"), and reasons against: a call for entries, a future or hypothetical act, a
nomination, a course with a certificate, a funding call, a job, a price, a how-to. The title weighs
most: a title that states a win decides, a title with a reason against vetoes, and a title that only
names an award needs one winning sentence in the lead. The matched words and sentence are kept as
evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from monitor.awards import details, vocab
from monitor.awards.text import Cues, analyse, lift_accreditation, sentences

LEAD_SENTENCES = 4          # sentences of the body read as its lead
BODY_SENTENCES = 40         # sentences read at all (details, supporting evidence)
THRESHOLD = 2.0


@dataclass
class AwardResult:
    is_award: bool = False
    level: str = ""
    score: float = 0.0
    name: str | None = None
    body: str | None = None
    recipient: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)


def _title_score(t: Cues) -> float:
    if t.has_award and t.positive and not t.blocking and not t.offers_amount:
        return 3.0
    if t.offers_amount:
        return 0.0   # "Prize money: EUR 5,000 for the winner": what a contest offers, nobody named
    if t.vetoing == {"event"} and t.award_strong and not t.positive:
        return 1.0   # "Nagroda na gali", "Award at the gala": a prize named at an event, the lead tells whether won
    if t.vetoing and not t.positive:
        return -3.0
    if t.has_award and t.for_pattern and not t.vetoing:
        # "Nagroda dla X", "X ze statusem Y" names a holder but states no act: an empty or neutral lead
        # leaves it an award, a lead speaking of a future or a call outweighs it.
        return 2.5 if t.award_strong else 1.5
    if t.has_award and t.blocking:
        return -1.0
    if t.has_award and not t.vetoing:
        return 1.0
    return 0.0


# A ceremony in a title vetoes it as an event ahead, unless the lead tells of the prize given at it.
CEREMONY_LEMMAS = {"gala", "ceremonia", "uroczystość", "ceremony"}
RESULT_WORDS = {"results", "result", "outcome", "outcomes", "wynik", "wyniki", "wyniku", "wynikiem", "wyników"}


def _states_results(t: Cues) -> bool:
    return any(tok.low in RESULT_WORDS for tok in t.tokens)


def _sentence_score(c: Cues, lead: bool, told: bool = False) -> float:
    if c.is_positive:
        return (2.0 if c.award_strong else 1.0) * (1.0 if lead else 0.25)
    if told and c.has_award and c.blocking == {"retrospective"}:
        return 0.0   # an award recalled from before, next to the one the lead tells ("Rok temu otrzymaliśmy
        #              Brązową Etykietę. Teraz awansowaliśmy na srebrny poziom"): no reason against it
    if c.has_award and c.blocking:
        return -1.0 if lead else -0.25
    return 0.0


def classify_award(title: str, body: str, language: str | None = None, summary: str = "") -> AwardResult:
    """Decide whether the text announces an award won, with level, details and evidence."""
    lang = language if language in ("pl", "en") else "pl"
    t = analyse(title or "", lang)
    body_sents = sentences(body or summary or "")[:BODY_SENTENCES]
    cues = [analyse(s, lang) for s in body_sents]
    lead, rest = cues[:LEAD_SENTENCES], cues[LEAD_SENTENCES:]
    if "conformity" in t.negative and lead:
        # "Akredytacja dla X" over a lead naming the agency that granted it: a status, as in the lead
        told = [c for c in lead if c.is_positive
                and any(tok.low.startswith(vocab.ACCREDITATION_PREFIXES) for tok in c.tokens)]
        vetoed = dict(t.negative)
        lift_accreditation(t, [tok for c in told for tok in c.tokens])
        if not (t.positive or t.for_pattern):
            t.negative = vetoed   # a headline stating neither a grant nor a holder keeps its veto

    title_score = _title_score(t)
    if title_score <= -3.0 and t.vetoing == {"pending"} and _states_results(t) and not any(
            set(c.negative) & {"future", "pending", "call"} for c in lead):
        title_score = 0.0   # "Wyniki oceny klastrów", "Assessment results": a result told, if the lead awaits nothing
    if title_score <= -3.0 and t.vetoing == {"nominee"} and all(
            t.tokens[k].lemma in vocab.FINAL_LEMMAS for k in t.negative["nominee"]) and any(
            c.final_won and c.is_positive for c in lead):
        title_score = 0.0   # "Finał konkursu X" over a lead telling who took first place in it
    if title_score <= -3.0 and t.vetoing == {"event"} and all(
            t.tokens[k].lemma in CEREMONY_LEMMAS for k in t.negative["event"]) and any(
            c.is_positive and c.award_strong and c.acts for c in lead) and not any(
            set(c.negative) & {"future", "pending", "call"} for c in lead):
        title_score = 0.0   # "Nagroda na gali", "Business gala" over a lead telling who was given a prize at the gala
    if title_score >= 3.0 and t.listed and set(t.positive) <= set(t.listed):
        # "X on the Y list" names a list, not what it ranks: over a lead of nominees, a call or a result awaited
        # it is a shortlist; over a lead telling no place held ("the EU list of suppliers") a register.
        if any(set(c.negative) & {"nominee", "call", "pending", "future"} for c in lead):
            title_score = 0.0
        elif lead and not any(c.is_positive for c in lead):
            title_score = 1.0
    told = any(c.is_positive and c.award_strong for c in lead)
    lead_scores = [_sentence_score(c, True, told) for c in lead]
    if 0 < title_score < 3.0 and not any(c.is_positive for c in lead):
        # A title naming a prize for somebody ("Fundusz nagród dla studentów") with a lead that only asks
        # for entries ("Wnioski do 30 września") announces a call, not a prize received.
        lead_scores += [-1.0 for c in lead if "call" in c.negative and not c.has_award]
    rest_scores = [_sentence_score(c, False) for c in rest]
    body_score = sum(lead_scores) + max(-0.5, min(0.5, sum(rest_scores)))
    if title_score <= -3.0:
        body_score = min(body_score, 1.0)          # a title saying "call", "webinar", "how to" vetoes
    if title_score >= 3.0:
        body_score = max(body_score, -0.5)         # a title saying "won" is not undone by a later call
    score = title_score + body_score
    is_award = score >= THRESHOLD and (title_score > 0 or any(c.is_positive and c.award_strong for c in lead))

    positive = [c for c in lead + rest if c.is_positive]
    best = t if (t.is_positive or (t.has_award and t.for_pattern)) else (positive[0] if positive else t)
    evidence: dict[str, Any] = {
        "terms": best.terms() or t.terms(),
        "sentence": best.text,
        "title_score": title_score,
        "body_score": round(body_score, 2),
    }
    negatives = t.negative_terms()
    for c in lead:
        for k, v in c.negative_terms().items():
            negatives.setdefault(k, []).extend(v)
    if negatives:
        evidence["against"] = negatives
    result = AwardResult(is_award=is_award, score=round(max(0.0, min(1.0, score / 5.0)), 3), evidence=evidence)
    if not is_award:
        return result

    ordered = [t] + positive + [c for c in cues if c not in positive]
    # The level of the award the title announces: stated in the title, or in the first sentence that
    # states the win, unless the title names an award that has no levels ("Nagroda Marszałka",
    # "Krajowy Klaster Kluczowy"); later sentences often recall older labels.
    result.level = details.level([t])
    if not result.level and not details.names_specific_award(t):
        result.level = details.level([best] if best is not t else positive[:1])
    result.name = details.award_name(best) or next((n for n in map(details.award_name, positive) if n), "") or None
    names = details.proper_names(cues)
    # The title first: it names the recipient in the headline form ("Nagroda dla X", "X wins Y");
    # a title stating no act gives none and the first sentence stating the win is read.
    result.recipient = details.recipient([t] + positive, names, lang, context=cues) or None
    body = details.awarding_body([best] + ordered)
    result.body = details.names_mod.clean(body, lang) if body else None
    return result


def award_details_en(title_en: str, text_en: str) -> dict[str, str]:
    """Award name, recipient and awarding body read from an item's English translation, so a Polish
    item's details can be shown in English ("Gdańsk University of Technology" beside "Politechnika
    Gdańska"). Read whatever the English verdict: the item's own verdict (from the original) decides."""
    t = analyse(title_en or "", "en")
    cues = [analyse(s, "en") for s in sentences(text_en or "")[:BODY_SENTENCES]]
    positive = [c for c in cues if c.is_positive]
    best = t if (t.is_positive or (t.has_award and t.for_pattern)) else (positive[0] if positive else t)
    ordered = [t] + positive + [c for c in cues if c not in positive]
    out = {
        "name": details.award_name(best) or next((n for n in map(details.award_name, positive) if n), ""),
        "recipient": details.recipient([t] + positive, details.proper_names(cues), "en", context=cues),
        "body": details.names_mod.clean(details.awarding_body([best] + ordered), "en"),
    }
    return {k: v for k, v in out.items() if v}
