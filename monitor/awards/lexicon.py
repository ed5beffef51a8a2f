"""Tokens with lemmas, from a small shipped table of the award vocabulary.

Why a table and not simplemma at run time: simplemma's Polish dictionary costs about 355 MB RSS and
5.6 s on first use (PITFALLS 9), more than a whole crawl may take. The classifier only needs the
lemmas of its own vocabulary (vocab.py), so every inflected form of those lemmas is taken from
simplemma's dictionaries once, at build time, and shipped as monitor/data/award_lexicon.json
(a few thousand forms, under 1 MB of RSS). Words outside the table keep their lower-cased form.

Rebuild (needs `pip install simplemma`, a development-only dependency):
    python -m monitor.awards.lexicon --build
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from storage import fold

# Where `--build` writes the table; reading goes through importlib.resources so that the table is
# found inside a zipped egg too (Scrapyd deploys the project as one).
DATA = Path(__file__).resolve().parent.parent / "data" / "award_lexicon.json"

WORD_RE = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?|\d+(?:[.,]\d+)*", re.UNICODE)
# Forms simplemma gets wrong for our purpose, or that it lacks.
OVERRIDES = {
    "pl": {"zł": "zł", "pln": "pln", "bonu": "bon", "bony": "bon", "bonów": "bon", "bonem": "bon",
           "bonie": "bon", "bon": "bon", "webinar": "webinar", "webinaru": "webinar", "webinarze": "webinar",
           "webinary": "webinar", "webinarium": "webinarium", "voucher": "voucher", "vouchery": "voucher",
           "voucherów": "voucher", "shortlista": "shortlista", "shortliście": "shortlista",
           "wyróżnienie": "wyróżnienie", "wyróżnienia": "wyróżnienie", "wyróżnieniem": "wyróżnienie",
           "wyróżnieniu": "wyróżnienie", "wyróżnień": "wyróżnienie", "wyróżnieniami": "wyróżnienie",
           "gratulacje": "gratulacje", "gratulacji": "gratulacje", "zapisy": "zapisy", "warsztaty": "warsztaty",
           # simplemma reads these as krzyżmo, wybrany, trzecia, groń
           "krzyż": "krzyż", "krzyża": "krzyż", "krzyżem": "krzyż", "krzyżu": "krzyż", "krzyże": "krzyż",
           "krzyży": "krzyż", "krzyżami": "krzyż", "wybrano": "wybrać", "trzecie": "trzeci", "trzeciego": "trzeci",
           **{f: "wybrać" for f in ("wybrany", "wybrana", "wybrane", "wybrani")},   # simplemma: an adjective
           "trzecim": "trzeci", "gronie": "gronie", "kkk": "kkk", "prix": "prix", "iso": "iso",
           # vocabulary added after the table was built (simplemma is a development tool, not installed)
           **{f: "etykieta" for f in ("etykieta", "etykiety", "etykiecie", "etykietę", "etykietą", "etykiet",
                                      "etykietom", "etykietami", "etykietach")},
           **{f: "znak" for f in ("znak", "znaku", "znakiem", "znaki", "znaków", "znakom", "znakami", "znakach")},
           **{f: "jakość" for f in ("jakość", "jakości", "jakością")},
           **{f: "dyplom" for f in ("dyplom", "dyplomu", "dyplomem", "dyplomie", "dyplomy", "dyplomów", "dyplomami")},
           **{f: "uznanie" for f in ("uznanie", "uznania", "uznaniem", "uznaniu")},
           **{f: "laur" for f in ("laur", "lauru", "laurem", "laurze", "laury", "laurów", "laurami")},
           **{f: "akredytacja" for f in ("akredytacja", "akredytacji", "akredytację", "akredytacją", "akredytacje")},
           **{f: "norma" for f in ("norma", "normy", "normie", "normę", "normą", "norm", "normami")},
           **{f: "zgodność" for f in ("zgodność", "zgodności", "zgodnością")},
           **{f: "wzmianka" for f in ("wzmianka", "wzmianki", "wzmiankę", "wzmianką", "wzmiance")},
           **{f: "honorowy" for f in ("honorowy", "honorowa", "honorowe", "honorową", "honorowej", "honorowego",
                                      "honorowym", "honorowemu")},
           **{f: "uznać" for f in ("uznał", "uznała", "uznało", "uznali", "uznały", "uznany", "uznana", "uznane",
                                   "uznani", "uznano", "uznanego", "uznaną")},
           **{f: "przekazać" for f in ("przekazał", "przekazała", "przekazało", "przekazali", "przekazały", "przekazano",
                                       "przekazany", "przekazana", "przekazane", "przekaże", "przekażą", "przekazać")},
           **{f: "pochwalić" for f in ("pochwalić", "pochwali", "pochwalił", "pochwaliła", "pochwalili", "pochwaliło")},
           **{f: "awansować" for f in ("awansował", "awansowała", "awansowało", "awansowali", "awansowały",
                                       "awansuje", "awansują", "awansowany", "awansowana")},
           **{f: "osiągnąć" for f in ("osiągnął", "osiągnęła", "osiągnęło", "osiągnęli", "osiągnęły", "osiągnie",
                                      "osiągną", "osiągnąć", "osiągnięty", "osiągnięta", "osiągnięto")},
           **{f: "wywalczyć" for f in ("wywalczył", "wywalczyła", "wywalczyło", "wywalczyli", "wywalczyły",
                                       "wywalczony", "wywalczona", "wywalczone", "wywalczyć", "wywalczy")},
           **{f: "uplasować" for f in ("uplasował", "uplasowała", "uplasowało", "uplasowali", "uplasowały")},
           # past forms and participles only: "wyznaczy" is a future and stays out
           **{f: "wyznaczyć" for f in ("wyznaczył", "wyznaczyła", "wyznaczyło", "wyznaczyli", "wyznaczyły", "wyznaczono",
                                       "wyznaczony", "wyznaczona", "wyznaczone", "wyznaczeni", "wyznaczonego",
                                       "wyznaczoną")},
           **{f: "desygnować" for f in ("desygnował", "desygnowała", "desygnowało", "desygnowali", "desygnowały",
                                        "desygnowano", "desygnowany", "desygnowana", "desygnowane", "desygnowani",
                                        "desygnowanego", "desygnowaną")},
           # present and past forms only ("posiadających" describes a group of holders)
           **{f: "posiadać" for f in ("posiada", "posiadają", "posiadamy", "posiadał", "posiadała", "posiadało",
                                      "posiadali", "posiadały")},
           **{f: "powierzyć" for f in ("powierzył", "powierzyła", "powierzyło", "powierzyli", "powierzyły", "powierzono",
                                       "powierzony", "powierzona", "powierzone")},
           **{f: "wpisać" for f in ("wpisał", "wpisała", "wpisało", "wpisali", "wpisały", "wpisano", "wpisany",
                                    "wpisana", "wpisane", "wpisani")},
           **{f: "uchwała" for f in ("uchwała", "uchwały", "uchwale", "uchwałę", "uchwałą", "uchwał", "uchwałami")},
           **{f: "pochwała" for f in ("pochwała", "pochwały", "pochwale", "pochwałę", "pochwałą", "pochwał")},
           **{f: "list" for f in ("list", "listu", "listem", "liście")},
           **{f: "pochwalny" for f in ("pochwalny", "pochwalnego", "pochwalnym", "pochwalne", "pochwalnych")},
           **{f: "kluczowy" for f in ("kluczowy", "kluczowego", "kluczowym", "kluczowemu", "kluczowe", "kluczowych",
                                      "kluczowymi")},
           **{f: "regionalny" for f in ("regionalny", "regionalna", "regionalne", "regionalnego", "regionalnej",
                                        "regionalnemu", "regionalnym", "regionalną", "regionalnych", "regionalni")}},
    "en": {"commendation": "commendation", "commendations": "commendation", "designate": "designate",
           "designates": "designate", "designated": "designate",
           "won": "win", "wins": "win", "winning": "win", "awarded": "award", "webinars": "webinar",
           "shortlisted": "shortlisted", "nominated": "nominated", "zloty": "zloty", "złoty": "złoty",
           "pln": "pln", "eur": "eur", "criteria": "criterion", "peer": "peer", "labelled": "label",
           "labeled": "label", "relabelled": "relabel", "relabeled": "relabel", "prix": "prix", "iso": "iso",
           "sponsored": "sponsored", "claim": "claim", "claims": "claim", "claimed": "claim", "claiming": "claim",
           "give": "give", "gives": "give", "gave": "give", "given": "give", "giving": "give",
           "marks": "mark", "certificates": "certificate",
           "has": "have",   # "has the status of": "have" itself stays out (a plural or an auxiliary)
           **{f: "progress" for f in ("progressed", "progresses")},   # ("progressed to the Gold Label")
           **{f: "advance" for f in ("advanced", "advances")},
           **{f: "climb" for f in ("climbed", "climbs")},
           **{f: "appoint" for f in ("appoint", "appoints", "appointed")},
           **{f: "include" for f in ("include", "includes", "included")},
           **{f: "certify" for f in ("certify", "certifies", "certified", "recertified")},
           **{f: "upgrade" for f in ("upgrade", "upgrades", "upgraded")},
           **{f: "single" for f in ("singled", "singles")},   # "singled out for a special distinction"
           **{f: "commend" for f in ("commend", "commends", "commended")},
           **{f: "bring" for f in ("bring", "brings", "brought", "bringing")},   # "brought home a gold medal"
           **{f: "reach" for f in ("reach", "reaches", "reached")},
           **{f: "rate" for f in ("rate", "rates", "rated")},
           **{f: "vote" for f in ("vote", "votes", "voted")},
           **{f: "move" for f in ("move", "moves", "moved")}},
}


@dataclass(unsafe_hash=True, slots=True)
class Token:
    """One word of a text: as written, lower-cased, its lemma and its place (never changed once made:
    not frozen because a frozen dataclass costs twice as much to create, and a crawl makes a third of
    a million of them; slots make reading the fields cheaper too)."""

    text: str
    low: str
    lemma: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, str]]:
    """{lang: {form: lemma}} (forms lower-cased, also without diacritics)."""
    data = json.loads(resources.files("monitor").joinpath("data/award_lexicon.json").read_text(encoding="utf-8"))
    out: dict[str, dict[str, str]] = {}
    for lang, forms in data["forms"].items():
        merged = dict(forms)
        merged.update(OVERRIDES.get(lang, {}))
        if lang == "pl":
            for form, lemma in _first_person_past(OVERRIDES["pl"]).items():
                merged.setdefault(form, lemma)
        for form, lemma in list(merged.items()):
            merged.setdefault(fold(form), lemma)
        out[lang] = merged
    return out


def _first_person_past(forms: dict[str, str]) -> dict[str, str]:
    """The first-person past forms of the Polish verbs listed by their third-person ones ("awansowali" ->
    "awansowaliśmy", "awansował" -> "awansowałem", "awansowała" -> "awansowałam"): a cluster's own news says
    "we" ("Awansowaliśmy na srebrny poziom"). simplemma's table holds them; the overrides list third persons."""
    out: dict[str, str] = {}
    for form, lemma in forms.items():
        if form.endswith(("li", "ły")):
            out[form + "śmy"] = out[form + "ście"] = lemma
        elif form.endswith("ł"):
            out[form + "em"] = lemma
        elif form.endswith("ła"):
            out[form[:-1] + "am"] = lemma
    return out


@lru_cache(maxsize=None)
def _lemmas(lang: str) -> dict[str, str]:
    """{form: lemma} looked up in the language's table first, then the other ones: the tables merged
    once, so that a word costs one dict lookup (tokenize runs for every sentence of every item)."""
    tables = table()
    order = [lang] if lang in tables else []
    order += [k for k in ("pl", "en") if k not in order]
    merged: dict[str, str] = {}
    for code in reversed(order):
        merged.update(tables[code])
    return merged


def lemma_of(low: str, lang: str) -> str:
    """The lemma of a lower-cased word: from the language's table, then the other one, else the word."""
    return _lemmas(lang).get(low, low)


def tokenize(text: str, lang: str) -> list[Token]:
    """Words and numbers of a text with their lemmas (hyphenated words are split)."""
    lemmas = _lemmas(lang)
    out = []
    for m in WORD_RE.finditer(text or ""):
        word = m.group(0)
        low = word.lower()
        out.append(Token(word, low, lemmas.get(low, low), m.start(), m.end()))
    return out


# ------------------------------------------------------------------------- build (development only)
def build(path: Path = DATA) -> dict[str, int]:
    """Collect every form of the vocabulary's lemmas from simplemma's dictionaries into path."""
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    from monitor.awards.vocab import all_lemmas

    forms: dict[str, dict[str, str]] = {}
    for lang in ("pl", "en"):
        wanted = {w.lower() for w in all_lemmas(lang)}
        found: dict[str, str] = {}
        for raw_form, raw_lemma in _load_dictionary_from_disk(lang).items():
            lemma = raw_lemma.decode("utf-8").lower()
            if lemma in wanted:
                found[raw_form.decode("utf-8").lower()] = lemma
        for lemma in wanted:
            found.setdefault(lemma, lemma)
        forms[lang] = dict(sorted(found.items()))
    payload = {
        "about": "Forms of the award vocabulary (monitor/awards/vocab.py) mapped to their lemmas; "
                 "built from simplemma's dictionaries by `python -m monitor.awards.lexicon --build`.",
        "forms": forms,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {lang: len(v) for lang, v in forms.items()}


if __name__ == "__main__":
    import sys

    if "--build" in sys.argv:
        print(build())
    else:
        print(__doc__)
