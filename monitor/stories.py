"""Stories: items about the same real-world event share a story id, across sites and languages.

Grouping is conservative (two different stories must never merge) and about linear in cost:

1. hreflang: an item whose alternate-language URL is a stored item (or which a stored item lists as
   its alternate) belongs to that item's story. This is definitive.
2. Candidates come from persisted keys, not from a scan: MinHash (datasketch) LSH band keys of the
   English text (title_en/summary_en/body_en for translated items), band keys of the original
   text's stems (two items in the same non-English language), and the item's proper names and
   numbers, which survive translation. A lookup reads only the postings of those keys within the
   date window (story_keys is indexed by key and day), so its cost does not grow with the store.
3. Each candidate is verified: published within DAYS days (AWARD_DAYS for two award reports), the same award verdict and level, and
   either near-duplicate text or similar text plus shared rare names (weighted by inverse
   document frequency, counted in story_key_counts).

Sentences the item's source prints under other posts too (a funding note, a press contact, an "About the
cluster" box: counted per source in story_key_counts) are left out of its signature, and out of the first
item that printed one once a second does: they tell nothing about which event a post is about.

An item whose English text is still missing (translation pending) is grouped by what it has;
`regroup_item` runs again once `monitor translate` has filled title_en/summary_en.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import math
import re
from dataclasses import dataclass
from typing import Any, Iterable
from urllib.parse import urlsplit

from monitor import glossary
from monitor.awards.lexicon import fold, table
from monitor.extract.shared import SENTENCE_END, text_key
from monitor.minhash import MinHash   # datasketch.MinHash, without importing scipy
from storage import Store
from storage.search import stem

logger = logging.getLogger(__name__)

DAYS = 14                 # published at most this many days apart (other sites report later)
# An award may be told weeks after the winner's own post (an EU platform's or an agency's round-up of a
# gala, the awarding body's list): two award reports may be this many days apart (see _within_days).
AWARD_DAYS = 21
NUM_PERM = 48
BAND_ROWS = 2             # 24 bands of 2 rows: a pair with Jaccard 0.3 becomes a candidate with p ~ 0.9
MAX_KEY_ITEMS = 5000      # keys carried by more items than this are not used to find candidates
MAX_CANDIDATES = 100
BODY_CHARS = 800
NEAR_DUPLICATE = 0.6      # text similarity that alone makes two items one story
NEAR_DUPLICATE_ACROSS_VERDICTS = 0.7   # the same, for an award report and a non-award one
SIMILAR = 0.25            # text similarity that makes them one story with shared rare names
NAMES_SHARED = 0.5        # share of the rarer side's name weight that must be shared
IDF_PRIOR_ITEMS = 1000    # smoothing of the name weights (see _idf)
ITEMS_KEY = "#items"      # story_key_counts row holding the number of signatures

WORD_RE = re.compile(r"[^\W_]+(?:[’'][^\W\d_]+)?", re.UNICODE)
SENT_START = re.compile(r"(?:^|[.!?:]\s+|\n)$")
YEAR = re.compile(r"^(19|20)\d\d$")
STOP_EN = set("""a an the and or of for to in on at by with from as is are was were be been has have had it its
this that these those their our we you they he she his her new also after before over into about than more most
will would can could may not but which who whom what when where how all any each other such one two three first
second year years said says say per via""".split())
STOP_PL = set("""a i w we z ze na do od po za o u dla przez przy pod nad oraz lub albo czy że się jest są był była było
byli to ten ta te tego tej tym ich jego jej nie tak jak już także też który która które którzy jako od ok r roku
lat rok""".split())
POLISH_CHARS = set("ąćęłńóśźż")
ROMAN = re.compile(r"^(?=[XVI]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$")   # XIV (an edition), not I or V alone
# Names that tell nothing about which event a title is about (the country every item is from).
GENERIC_NAMES = {"poland", "polish", "polska", "polsce", "polski", "polsko"}
PREFIX = 5                # two folded names sharing this many first letters are one name (Wrocławski/Wrocław)


@dataclass
class Signature:
    day: int
    language: str
    en_tokens: set[str]
    orig_tokens: set[str]
    names: set[str]
    english: bool

    def as_row(self) -> dict[str, Any]:
        return {"day": self.day, "language": self.language, "en_tokens": self.en_tokens,
                "orig_tokens": self.orig_tokens, "names": self.names, "english": int(self.english)}


# ---------------------------------------------------------------------------- signatures
def _day(item: dict[str, Any]) -> int:
    for value in (item.get("published"), (item.get("first_seen") or "")[:10]):
        try:
            return dt.date.fromisoformat(value).toordinal()
        except (TypeError, ValueError):
            continue
    return dt.date.today().toordinal()


def _looks_english(text: str) -> bool:
    """False for a "translation" that is still the Polish text (a failed or echoing translator)."""
    words = WORD_RE.findall(text or "")
    if not words:
        return False
    # Polish function words (not those English writes too: "a", "to", "we", "do") and Polish letters in
    # words that are not names ("Wrocław", "Wiśniewska" are kept in a translation).
    polish = sum(1 for w in words if w.lower() in STOP_PL - {"a", "to", "we", "do", "i"}
                 or (POLISH_CHARS & set(w) and not w[:1].isupper()))
    return polish / len(words) < 0.08


def english_text(item: dict[str, Any]) -> str:
    """The English text of an item: its own for English items, else the translated fields."""
    if item.get("language") == "en":
        return "\n".join(filter(None, [item.get("title"), item.get("summary"), (item.get("body") or "")[:BODY_CHARS]]))
    parts = [item.get("title_en"), item.get("summary_en"), (item.get("body_en") or "")[:BODY_CHARS]]
    # One field a line: the first word of a summary opens a sentence (a title has no full stop).
    return "\n".join(p for p in parts if p and _looks_english(p))


def _content_words(text: str, lang: str) -> set[str]:
    stop = STOP_EN if lang == "en" else STOP_PL | STOP_EN
    out = set()
    for w in WORD_RE.findall(text or ""):
        low = w.lower()
        if len(low) < 3 or low in stop or low.isdigit():
            continue
        out.add(stem(low, lang))
    return out


GROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[,.\u00a0 ]\d{3})+(?![\d]|[.,]\d)")
# English number words from ten (smaller numbers are not names), as writers spell them out.
NUMBER_WORDS = {w: n for n, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), 10)}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                     "ninety": 90, "hundred": 100})
_UNITS = "one two three four five six seven eight nine".split()
for _tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
    for _u, _w in enumerate(_UNITS, 1):
        NUMBER_WORDS[f"{_tens}-{_w}"] = NUMBER_WORDS[_tens] + _u


def proper_names(text: str) -> set[str]:
    """Folded names (capitalised inside a sentence, inner capitals, acronyms) and numbers but years.

    Names are cut to 6 letters so Polish case endings do not hide them ("LubMedu" -> "lubmed").
    """
    out = set()
    text = text or ""
    grouped = {m.start(): m for m in GROUPED_NUMBER.finditer(text)}
    skip_to = -1
    for m in WORD_RE.finditer(text):
        w = m.group(0)
        if m.start() < skip_to:
            continue   # the rest of a number written with thousands separators
        if m.start() in grouped:
            out.add("#" + re.sub(r"\D", "", grouped[m.start()].group(0)))   # 1,200 / 1 200 / 1.200 -> #1200
            skip_to = grouped[m.start()].end()
            continue
        if w.isdigit():
            if len(w) >= 2 and not YEAR.match(w):
                out.add("#" + w)
            continue
        if w.islower() and w not in NUMBER_WORDS:
            continue   # no capital at all (most words): no name (the tests below all say so, read faster)
        if w.lower() in NUMBER_WORDS:
            word = w.lower()
            compound = re.match(r"-([a-z]+)", text[m.end():m.end() + 7].lower())
            if compound and f"{word}-{compound.group(1)}" in NUMBER_WORDS:
                word = f"{word}-{compound.group(1)}"
                skip_to = m.end() + len(compound.group(0))
            out.add(f"#{NUMBER_WORDS[word]}")   # "Eighteen designers" reports the 18 of the original
            continue
        inner = w[1:] != w[1:].lower()
        if not (w[:1].isupper() or inner):
            continue
        if ROMAN.match(w):
            continue   # a roman numeral: title_numbers reads it as a number
        if not inner and SENT_START.search(text[max(0, m.start() - 3):m.start()]):
            place = glossary.place(fold(w)[:6])
            if place:
                out.add(place)   # a place opening a sentence ("Podlaski Klaster Drzewny otrzymał ...")
            continue   # the first word of a sentence
        folded = fold(w)
        if len(folded) < 3 or folded in STOP_EN or folded in STOP_PL:
            continue
        out.add(folded[:6])
    return out


def _joined_names(text: str, memo: dict[str, set[str]]) -> set[str]:
    """proper_names(text) of fields joined by newlines, each field's names read once per memo.

    The same set as proper_names(text): no word, number or sentence-start test reaches across a
    newline, and a field's first word is a sentence start both alone and after a newline. A field
    opening with whitespace would not be (its first word alone follows no newline): then the
    joined text is read whole.
    """
    parts = text.split("\n")
    if any(p[:1].isspace() or not p for p in parts):
        return proper_names(text)
    out: set[str] = set()
    for part in parts:
        found = memo.get(part)
        if found is None:
            found = memo[part] = proper_names(part)
        out |= found
    return out


def _title_case(title: str) -> bool:
    """Most longer words capitalised: "Study Visit To The Basque Country" (its capitals name nothing)."""
    words = [w for w in WORD_RE.findall(title) if len(w) >= 4]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def title_names(item: dict[str, Any], names: set[str], text_names: set[str] | None = None) -> set[str]:
    """Names in the titles; a title's first word counts when the text also writes it as a name. In a title
    written in Title Case only the words the text (`text_names`, when given) also writes as names count."""
    out = set()
    for title in {item.get("title") or "", item.get("title_en") or ""}:
        found = proper_names(title)
        if text_names is not None and _title_case(title):
            found = {n for n in found if n in text_names or n.startswith("#")}
        out |= found
        first = WORD_RE.search(title)
        if first and fold(first.group(0))[:6] in names:
            out.add(fold(first.group(0))[:6])
    return out


def english_title(item: dict[str, Any]) -> str:
    if item.get("language") == "en":
        return item.get("title") or ""
    title = item.get("title_en") or ""
    return title if _looks_english(title) else ""


# ---------------------------------------------------------------------------- a site's standard paragraphs
# A funding note, a press contact, an "About the cluster" box or a newsletter call that a site prints under
# (or above) many of its posts tells nothing about which event a post is about: two different posts sharing
# it would look like one story by their words, names and numbers. The store counts, per source, how many
# items printed each sentence (story keys, like the spider's SentencesSeen counts them per crawl); a
# sentence another item of the same source printed is left out of the signature, and out of the first
# printer's once a second one comes (see _resign_first_printer).
SENTENCE_CHARS = 3 * BODY_CHARS   # the sentences counted: those a signature may read (a head moves the cut)
RESIGN_DAYS = 3650                # the first printer of a sentence is looked for this far back (or ahead)
PIECES = re.compile(SENTENCE_END.pattern + r"|\n+")


def _pieces(text: str) -> list[str]:
    """The text's sentences and lines, as written (a contact block prints one line per fact)."""
    return [p for p in PIECES.split(text or "") if p.strip()]


def _source_of(item: dict[str, Any]) -> str:
    return item.get("source") or urlsplit(item.get("url") or "").hostname or ""


def sentence_keys(item: dict[str, Any]) -> dict[str, str]:
    """{story key: sentence key} of the sentences of the item's summary and body start, per source."""
    source = _source_of(item)
    out = {}
    for text in (item.get("summary"), (item.get("body") or "")[:SENTENCE_CHARS]):
        for piece in _pieces(text or ""):
            key = text_key(piece)
            digest = hashlib.blake2b(f"{source}\n{key}".encode("utf-8"), digest_size=8).hexdigest()
            out[f"s:{digest}"] = key
    return out


def sentence_counts(store: Store, keys: dict[str, str], counted_already: bool) -> dict[str, int]:
    """{sentence key: how many other items of the source printed it} for the item's sentence keys.

    `counted_already`: the item's own sentences are in the counts (it was grouped before)."""
    own = 1 if counted_already else 0
    counts = store.story_key_counts(keys)
    return {key: counts.get(k, 0) - own for k, key in keys.items()}


def _repeated(others: dict[str, int]) -> frozenset[str]:
    return frozenset(key for key, n in others.items() if n > 0)


def _resign_first_printer(store: Store, item_id: int, keys: dict[str, str], others: dict[str, int], day: int) -> None:
    """The item is the second of its source to print a sentence: the first one's signature was made when
    the sentence looked like its own. Sign that item again without its repeated sentences (its story
    stays). Once per sentence: later printers find it printed twice already."""
    first = [k for k, key in keys.items() if others[key] == 1]
    if not first:
        return
    for other_id in store.story_key_matches(first, day, RESIGN_DAYS, exclude=item_id):
        other = store.get_item(other_id)
        other_keys = sentence_keys(other)
        sig = signature(other, _repeated(sentence_counts(store, other_keys, counted_already=True)))
        store.save_story_signature(other_id, sig.as_row(), lsh_keys(sig) + list(other_keys))


def _without(text: str | None, repeated: frozenset[str]) -> str:
    return "\n".join(p.strip() for p in _pieces(text or "") if text_key(p) not in repeated)


def _aligned_without(translated: str | None, original: str | None, repeated: frozenset[str]) -> str | None:
    """A translation without the sentences left out of its original: those of the same rank when both
    have as many sentences, else nothing (which part of it the repeated sentences are is unknown)."""
    if not translated:
        return translated
    src, dst = _pieces(original or ""), _pieces(translated)
    drop = [text_key(p) in repeated for p in src]
    if not any(drop):
        return translated
    if len(src) != len(dst):
        return ""
    return "\n".join(p.strip() for p, d in zip(dst, drop) if not d)


def own_text(item: dict[str, Any], repeated: frozenset[str]) -> dict[str, Any]:
    """The item with the sentences its site prints under other posts too left out of summary and body
    (and of their translations). An item all of whose sentences are repeated (a copy of another post)
    is kept whole: its text is all it has to tell its story by."""
    if not repeated:
        return item
    body = (item.get("body") or "")[:SENTENCE_CHARS]
    summary, rest = _without(item.get("summary"), repeated), _without(body, repeated)
    title = text_key(item.get("title"))
    if not any(text_key(p) != title for p in _pieces(summary + "\n" + rest)):
        return item
    return {**item, "summary": summary, "body": rest,
            "summary_en": _aligned_without(item.get("summary_en"), item.get("summary"), repeated),
            "body_en": _aligned_without(item.get("body_en"), item.get("body"), repeated)}


def signature(item: dict[str, Any], repeated: frozenset[str] = frozenset()) -> Signature:
    """The item's story signature; `repeated` are sentences its site prints under other posts too (see
    repeated_sentences), which are no evidence of its story."""
    item = own_text(item, repeated)
    lang = item.get("language") or "und"
    en = english_text(item)
    original = "\n".join(filter(None, [item.get("title"), item.get("summary"), (item.get("body") or "")[:BODY_CHARS]]))
    same = en == original          # an English item: its English text is its own (read it once)
    # The texts below join the same fields (title, summary, body) in several ways: each field's names
    # are read once and united (the same set as reading the joined text, see _joined_names).
    memo: dict[str, set[str]] = {}
    names = _joined_names(original, memo) if same else _joined_names(original, memo) | _joined_names(en, memo)
    # A place the two languages spell apart ("Śląskiego"/"Silesian") gets the English spelling's key too.
    names |= {p for p in map(glossary.place, names) if p}
    plain = set(names)
    text_names = _joined_names("\n".join(filter(None, [item.get("summary"), (item.get("body") or "")[:BODY_CHARS],
                                                        item.get("summary_en"), (item.get("body_en") or "")[:BODY_CHARS]])),
                               memo)
    names |= {f"t:{n}" for n in title_names(item, plain, text_names)}
    en_title = english_title(item)
    if en_title:   # the names of the English title alone: what a report in another language can echo
        names |= {f"u:{n}" for n in title_names({"title": en_title}, plain, text_names)}
    names |= {f"a:{a}" for a in amounts(original) | amounts(en)}
    names |= {f"d:{d}" for d in title_numbers(item)}
    names |= {f"y:{y}" for y in title_years(item)}
    names |= {f"o:{o}" for o in title_ordinals(item)}
    names |= {f"m:{m}" for m in title_months(item)}
    lead = "\n".join(filter(None, [item.get("title"), item.get("summary"), item.get("title_en"), item.get("summary_en")]))
    names |= {f"l:{_name_root(glossary.place(n) or n)}" for n in _joined_names(lead, memo) if not glossary.name_concept(n)}
    # Language-neutral concepts of the domain (monitor/glossary.py): what a Polish and an English
    # report of one event share when no translator is configured.
    names |= {f"c:{c}" for c in (glossary.concepts(original) if same else
                                 glossary.concepts(original) | glossary.concepts(en))}
    title_concepts = glossary.concepts(" ".join(filter(None, [item.get("title"), item.get("title_en")])))
    names |= {f"tc:{c}" for c in title_concepts}
    # The kinds of event the title tells (signed, joined, met, won, ranked, called): see _events_conflict.
    names |= {f"ev:{k}" for k in glossary.event_kinds(title_concepts, weak=False)}
    return Signature(
        day=_day(item),
        language=lang,
        en_tokens=_content_words(en, "en"),
        orig_tokens=_content_words(original, lang) if lang != "en" else set(),
        names=names,
        english=bool(en),
    )


AMOUNT = re.compile(
    r"(?:(?:PLN|EUR|USD|€|\$)\s*(\d[\d,.]*)\s*(mln|mld|tys|million|billion|thousand|[mkb]n?)?\b"
    r"|(\d[\d,.]*)\s*(mln|mld|tys|million|billion|thousand)?\.?\s*(?:zł|pln|euro|eur|usd|dolar)\b"
    r"|(\d[\d,.]*)\s*(mln|mld|million|billion)\b)",
    re.IGNORECASE)
SCALE = {"tys": 1e3, "thousand": 1e3, "k": 1e3, "mln": 1e6, "million": 1e6, "m": 1e6, "mn": 1e6,
         "mld": 1e9, "billion": 1e9, "b": 1e9, "bn": 1e9}
DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


def _number(text: str) -> float | None:
    text = text.rstrip(".,")
    if re.fullmatch(r"\d{1,3}(?:[,.\s]\d{3})+", text) and not re.fullmatch(r"\d{1,3}[,.]\d{3}", text.replace(" ", "")) \
            or re.fullmatch(r"\d{1,3},\d{3}", text):
        text = re.sub(r"[,.\s]", "", text)     # thousands separators: 50,000 / 1.500.000
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def amounts(text: str) -> set[str]:
    """Money amounts and budgets ("PLN 500 million", "2,4 mln euro", "EUR 2.4M"), normalised.

    Two reports of one event give the same amount; two calls or grants of one agency in one week
    differ in it, however alike their template texts are.
    """
    out = set()
    for m in AMOUNT.finditer(text or ""):
        num, scale = next(((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i)), (None, None))
        value = _number(num) if num else None
        if value is None:
            continue
        value *= SCALE.get((scale or "").lower(), 1.0)
        out.add(f"{value:.6g}")
    return out


def title_numbers(item: dict[str, Any]) -> set[str]:
    """Numbers in the titles but years (an episode, an edition, a count, a date)."""
    out = set()
    for title in {item.get("title") or "", item.get("title_en") or ""}:
        for m in DIGITS.finditer(title):
            if not YEAR.match(m.group(0)):
                out.add(m.group(0).replace(",", "."))
        words = WORD_RE.findall(title)
        for w in words:
            if ROMAN.match(w):
                out.add(str(_roman(w)))
        if title != item.get("title_en") and item.get("language") != "en":
            # "V Walne Zgromadzenie", "na X Kongresie": one roman letter before a name or an edition noun is
            # the number of the meeting (Polish writes no capital "I" or "V" otherwise; English writes "I").
            out |= {str(_roman(w)) for w, nxt in zip(words, words[1:])
                    if w in ("I", "V", "X") and (nxt[:1].isupper() or nxt.lower() in SERIES_NOUNS)}
    return out


def title_ordinals(item: dict[str, Any]) -> set[str]:
    """Ordinal words in the titles ("część trzecia", "Second webinar", "the fourth Summit")."""
    out = set()
    for title in {item.get("title") or "", item.get("title_en") or ""}:
        words = WORD_RE.findall(title)
        out |= {str(_ordinal(w)) for w in words if _ordinal(w)}
        # "part three", "episode two": a cardinal word after a series noun
        out |= {str(CARDINALS[w.lower()]) for prev, w in zip(words, words[1:])
                if prev.lower() in SERIES_NOUNS and w.lower() in CARDINALS}
    return out


ORDINAL_WORDS = {
    # English, and the stems of Polish ordinals in every case and gender ("trzecia", "czwartego")
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "pierwsz": 1, "drug": 2, "trzec": 3, "czwart": 4, "piąt": 5, "szóst": 6,
    "siódm": 7, "ósm": 8, "dziewiąt": 9, "dziesiąt": 10,
}
PL_ORDINAL_END = re.compile(r"^(pierwsz|drug|trzec|czwart|piąt|szóst|siódm|ósm|dziewiąt|dziesiąt)"
                            r"(y|a|e|i|ie|ia|iego|iej|iemu|im|ą|ego|ej|emu|ym|ych|ymi|iego)$")


def _ordinal(word: str) -> int | None:
    low = word.lower()
    if low in ORDINAL_WORDS:
        return ORDINAL_WORDS[low]
    m = PL_ORDINAL_END.match(low)
    return ORDINAL_WORDS[m.group(1)] if m else None


CARDINALS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
SERIES_NOUNS = {"part", "episode", "session", "module", "chapter", "issue", "edition", "round", "no",
                "część", "odcinek", "moduł", "sesja", "edycja", "spotkanie", "numer", "nr"}


def title_years(item: dict[str, Any]) -> set[str]:
    """Years in the titles: the 2026 schedule and the 2027 one, the 2025 and 2026 laureates."""
    out = set()
    for title in {item.get("title") or "", item.get("title_en") or ""}:
        out |= {m.group(0) for m in DIGITS.finditer(title) if YEAR.match(m.group(0))}
    return out


MONTHS = {
    # Polish month names in the cases titles use ("w marcu", "za kwiecień", "14 maja"), folded
    **{f: 1 for f in ("styczen", "stycznia", "styczniu")}, **{f: 2 for f in ("luty", "lutego", "lutym")},
    **{f: 3 for f in ("marzec", "marca", "marcu")}, **{f: 4 for f in ("kwiecien", "kwietnia", "kwietniu")},
    **{f: 5 for f in ("maj", "maja", "maju")}, **{f: 6 for f in ("czerwiec", "czerwca", "czerwcu")},
    **{f: 7 for f in ("lipiec", "lipca", "lipcu")}, **{f: 8 for f in ("sierpien", "sierpnia", "sierpniu")},
    **{f: 9 for f in ("wrzesien", "wrzesnia", "wrzesniu")},
    **{f: 10 for f in ("pazdziernik", "pazdziernika", "pazdzierniku")},
    **{f: 11 for f in ("listopad", "listopada", "listopadzie")}, **{f: 12 for f in ("grudzien", "grudnia", "grudniu")},
}
# English month names count when capitalised ("may" and "march" are also a verb).
EN_MONTHS = {m: n for n, m in enumerate("January February March April May June July August September October "
                                        "November December".split(), 1)}


def title_months(item: dict[str, Any]) -> set[str]:
    """Months named in the titles: the open day in March and the one in April are two stories."""
    out = set()
    for title in {item.get("title") or "", item.get("title_en") or ""}:
        for w in WORD_RE.findall(title):
            n = EN_MONTHS.get(w) or MONTHS.get(fold(w))
            if n:
                out.add(str(n))
    return out


def _roman(w: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(w):
        v = values[ch]
        total += -v if i + 1 < len(w) and values[w[i + 1]] > v else v
    return total


@functools.cache
def _template() -> MinHash:
    """An empty MinHash for (NUM_PERM, seed 1): its permutations are drawn once, not for every item."""
    return MinHash(num_perm=NUM_PERM, seed=1)


def lsh_keys(sig: Signature) -> list[str]:
    """Band keys of the MinHash of the English words and of the original stems, plus name keys."""
    keys = [f"n:{n}" for n in sig.names if ":" not in n]
    # For the language-neutral match (_neutral_score): names without their Polish case ending ("Wodny",
    # "Wodnego") and money amounts, which a report in the other language repeats.
    keys += {f"r:{r}" for n in sig.names if ":" not in n and not n.startswith("#") and (r := _name_root(n)) != n}
    keys += [f"k:{n}" for n in sig.names if n.startswith("a:")]
    for prefix, tokens in (("e", sig.en_tokens), (f"o{sig.language}", sig.orig_tokens)):
        if len(tokens) < 3:
            continue
        mh = _template().copy()
        mh.update_batch([t.encode("utf-8") for t in sorted(tokens)])
        hv = mh.hashvalues
        for b in range(0, NUM_PERM, BAND_ROWS):
            band = hashlib.blake2b(hv[b:b + BAND_ROWS].tobytes(), digest_size=8).hexdigest()
            keys.append(f"{prefix}{b // BAND_ROWS}:{band}")
    return keys


# ---------------------------------------------------------------------------- verification
def _similarity(a: set[str], b: set[str]) -> float:
    """Jaccard, or the containment of the smaller set when it has a few words (a title in a text)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    jac = inter / (len(a) + len(b) - inter)   # the union's size, without building the union
    small = min(len(a), len(b))
    contain = inter / small if small >= 4 else 0.0
    return max(jac, 0.8 * contain)


def _idf(n: int, total: int) -> float:
    """Inverse document frequency, smoothed with IDF_PRIOR_ITEMS items that carry none of the names: in a
    young store (a first crawl) every name weighs about the same, instead of the names two reports share
    weighing least because few items exist; as the store grows its own frequencies take over."""
    return math.log((total + IDF_PRIOR_ITEMS + 1) / (min(n, total) + 1)) + 0.1


@functools.cache
def _vocabulary_words() -> frozenset[str]:
    """The award vocabulary's words cut like names: a capitalised "Badge", "Label", "Status" or "Klastra"
    in a title names what was won, which one translation calls a badge and another a label, not whom."""
    words = set()
    for forms in table().values():
        words |= {fold(f)[:6] for f in forms if len(f) >= 3}
    return frozenset(words | {"cluste", "klaste", "badge", "award", "awards"})


FACT_PREFIXES = ("a:", "d:", "y:", "o:", "m:")   # (spelled out again in _Prepared.__init__)


class _Prepared:
    """What match_score reads of one signature, derived once per signature instead of once per pair
    (an item meets up to MAX_CANDIDATES candidates, and every candidate many items)."""

    __slots__ = ("_sig", "_plain", "_vocabulary", "_heads", "title_names", "english_title_names", "facts", "_names",
                 "concepts", "title_concepts", "lead_roots", "_neutral", "_roots", "events")

    def __init__(self, sig: dict[str, Any]):
        # (locals and a dict literal: this runs for every candidate signature the cache does not hold)
        self._sig = sig
        self._plain = plain = set()
        titles: set[str] = set()
        english_titles: set[str] = set()
        self.facts = facts = {"a:": set(), "d:": set(), "y:": set(), "o:": set(), "m:": set()}   # FACT_PREFIXES
        self.concepts = concepts = set()
        self.title_concepts = title_concepts = set()
        self.lead_roots = lead_roots = set()
        self.events = events = set()
        for n in sig["names"]:   # one pass sorts the names by their prefix
            head = n[:2]
            if head == "c:":
                if not n.startswith("c:month"):   # a month dates the item, it does not say what happened
                    concepts.add(n[2:])
            elif ":" not in n:
                plain.add(n)
            elif head == "l:":
                lead_roots.add(n[2:])
            elif n.startswith("ev:"):
                events.add(n[3:])
            elif n.startswith("tc:"):
                if not n.startswith("tc:month"):
                    title_concepts.add(n[3:])
            elif head == "t:":
                titles.add(n[2:])
            elif head == "u:":
                english_titles.add(n[2:])
            elif head in facts:
                facts[head].add(n)
        self.title_names = titles
        self.english_title_names = english_titles or titles
        # Derived on first use: most pairs are decided before the vocabulary or the names are read.
        self._vocabulary: set[str] | None = None
        self._heads: set[str] | None = None
        self._names: set[str] | None = None
        self._neutral: set[str] | None = None
        self._roots: set[str] | None = None

    @property
    def vocabulary(self) -> set[str]:
        if self._vocabulary is None:
            self._vocabulary = self._plain.union({t[:6] for t in self._sig["en_tokens"]},
                                                 {t[:6] for t in self._sig["orig_tokens"]})
        return self._vocabulary

    @property
    def title_sectors(self) -> set[str]:
        return self.title_concepts & glossary.SECTOR_CONCEPTS

    @property
    def name_sectors(self) -> set[str]:
        """The sectors the item's names tell ("Klaster Technologii Kosmicznych" / "Space Technologies
        Cluster"): one organisation's name in two languages shares its sector, not its words."""
        return {c for c in map(glossary.name_concept, self._plain) if c in glossary.SECTOR_CONCEPTS}

    @property
    def title_tokens(self) -> set[str]:
        """The title's concepts and the roots of its names (see _name_root)."""
        return self.title_concepts | {_name_root(glossary.place(n) or n) for n in self.english_title_names | self.title_names
                                      if not glossary.name_concept(n) and n not in GENERIC_NAMES}

    @property
    def neutral_tokens(self) -> set[str]:
        """Everything the item tells in language-neutral form: concepts, and the roots of its names."""
        return self.concepts | self.title_tokens | {_name_root(n) for n in self.neutral_names}

    @property
    def neutral_names(self) -> set[str]:
        """Names that survive a change of language: the names but the domain's words written with a capital
        ("Ministerstwo Rozwoju", "Gold Label"), which the glossary's concepts stand for."""
        if self._neutral is None:
            self._neutral = {glossary.place(n) or n for n in self._plain
                             if glossary.place(n) or (n in self.names and not glossary.name_concept(n))}
        return self._neutral

    @property
    def roots(self) -> set[str]:
        """The vocabulary's words as name roots (see _name_root): how the other language may write them."""
        if self._roots is None:
            self._roots = {_name_root(glossary.place(v) or v) for v in self.vocabulary}
        return self._roots

    @property
    def heads(self) -> set[str]:
        if self._heads is None:
            self._heads = {v[:PREFIX] for v in self.vocabulary if len(v) >= PREFIX}
        return self._heads

    @property
    def names(self) -> set[str]:
        """Names that say who and where (award words and the country are no evidence, see match_score)."""
        if self._names is None:
            self._names = {n for n in self._plain if n not in _vocabulary_words() and n not in GENERIC_NAMES}
        return self._names


def _prepared(sig: dict[str, Any]) -> _Prepared:
    """The signature's derived sets, kept in its "memo": derived once however many pairs it is in."""
    memo = sig.get("memo")
    if memo is None:
        memo = sig["memo"] = {}
    prep = memo.get("prepared")
    if prep is None:
        prep = memo["prepared"] = _Prepared(sig)
    return prep


def _unmentioned(names: set[str], other: _Prepared) -> set[str]:
    """Names that the other item's vocabulary does not hold, also not as a word with the same first
    PREFIX letters (a Polish case ending: "Wrocławskim"/"Wrocław", "Korean"/"Korea"); award words are
    no names."""
    if not names:
        return set()   # (without reading the other's vocabulary: see _Prepared)
    vocabulary, heads = other.vocabulary, other.heads
    return {n for n in names - vocabulary
            if n not in GENERIC_NAMES and (n not in _vocabulary_words() or glossary.place(n))
            and not (len(n) >= PREFIX and n[:PREFIX] in heads)
            and not glossary.name_concept(n)            # "Ministerstwo", "Agency": a concept, not a name
            and (glossary.place(n) or n) not in vocabulary
            and _name_root(glossary.place(n) or n) not in other.roots}   # "Fotoniczny"/"Photonics"


def _titles_conflict(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Each title names something the other item never mentions: two clusters winning the same label
    are two stories, however alike their texts are. Items in two languages compare their English
    titles (a Polish title's "Klastra" is never in an English text)."""
    px, py = _prepared(x), _prepared(y)
    if x.get("language") != y.get("language"):
        tx, ty = px.english_title_names, py.english_title_names
    else:
        tx, ty = px.title_names, py.title_names
    # A sector the title names counts as a name ("Mazowiecki Klaster Wodorowy" and "Mazovia Space
    # Cluster": the place alike, the sectors not; "Pomorski Klaster Morski" and "Pomeranian ICT Cluster").
    return bool(_unmentioned(tx, py) or px.title_sectors - py.concepts) and \
        bool(_unmentioned(ty, px) or py.title_sectors - px.concepts)


def _events_conflict(px: _Prepared, py: _Prepared) -> bool:
    """Both tell an event of a kind and no kind is shared: the agreement two organisations signed and the
    conference they held a week later, a cluster's joining a network and its webinar for the network."""
    return bool(px.events) and bool(py.events) and not px.events & py.events


def _kinds_conflict(x: dict[str, Any], y: dict[str, Any]) -> bool:
    return _events_conflict(_prepared(x), _prepared(y))


def _facts_conflict(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Both give money amounts and none is shared, or both titles carry numbers (or years) and none is
    shared: webinar #3 and webinar #4, the PLN 500 million call and the PLN 100 million one, the 2026
    call schedule and the 2027 one."""
    px, py = _prepared(x), _prepared(y)
    for prefix in FACT_PREFIXES:
        fx, fy = px.facts[prefix], py.facts[prefix]
        if fx and fy and not fx & fy:
            return True
    # An ordinal word against a title with one number: "Third webinar" and "Webinar #4". (A title with
    # several numbers gives dates, "14-15 May", not the part.)
    for a, b in ((px, py), (py, px)):
        ordinals = {n[2:] for n in a.facts["o:"]}
        numbers = {n[2:] for n in b.facts["d:"]}
        if ordinals and len(numbers) == 1 and not ordinals & numbers and not b.facts["o:"]:
            return True
    return False


def match_score(x: dict[str, Any], y: dict[str, Any], weights: dict[str, float]) -> float:
    """How surely y reports the same story as x (0 = not at all; >= 1 = same story).

    Every test below can only answer 0, so the cheap ones run first (most candidate pairs share too
    few words to be one story) and the conflicts of titles and facts only for the pairs left.
    """
    if not _within_days(x, y):
        return 0.0
    if x.get("award_level") and y.get("award_level") and x["award_level"] != y["award_level"]:
        return 0.0
    text = 0.0
    if x["en_tokens"] and y["en_tokens"]:
        text = _similarity(x["en_tokens"], y["en_tokens"])
    if x["language"] == y["language"] and x["orig_tokens"] and y["orig_tokens"]:
        text = max(text, _similarity(x["orig_tokens"], y["orig_tokens"]))
    across_verdicts = bool(x.get("is_award")) != bool(y.get("is_award"))
    if text < (NEAR_DUPLICATE_ACROSS_VERDICTS if across_verdicts else SIMILAR):
        # Too few shared words (two languages without a translator, or two writers): what is left is
        # language-neutral evidence, the concepts and the names and numbers (see _neutral_score).
        return _neutral_score(x, y, weights, across_verdicts)
    if _facts_conflict(x, y) or _kinds_conflict(x, y) or _titles_conflict(x, y):   # the cheaper set tests first
        return 0.0
    if _prizes_conflict(x, y):
        return 0.0
    if across_verdicts:
        # One version states the win and the other only tells of it ("We won a medal!" and a report
        # naming the medal): the same story only when the texts are near duplicates. A call and the
        # results of one award share fewer words than that.
        return text / NEAR_DUPLICATE
    if text >= NEAR_DUPLICATE:
        return text / NEAR_DUPLICATE
    # Names that say who and where; award words written with capitals ("Bronze Label", "National Key
    # Cluster") name what was won, and two translations rarely pick the same ones.
    nx, ny = _prepared(x).names, _prepared(y).names
    shared_names = nx & ny
    shared = sum(weights.get(n, 0.0) for n in shared_names)
    smaller = min(sum(weights.get(n, 0.0) for n in nx), sum(weights.get(n, 0.0) for n in ny))
    frac = shared / smaller if smaller else 0.0
    if frac < NAMES_SHARED or len(shared_names) < 2:
        # Alike texts that share too few names as written (long reports name many people and
        # partners, and Polish inflects the rest): the language-neutral evidence decides.
        return _neutral_score(x, y, weights)
    return (text / SIMILAR) * (frac / NAMES_SHARED)


# Concepts of a prize's title that tell no prize in particular ("award", "winner"): what is left of a prize
# title's concepts once these, the domain's common words and the sectors go names the prize itself.
PRIZE_GENERIC = frozenset({"award", "winner", "receive", "congratulations", "decision",
                           "lower"})   # (a region's qualifier: "Greater Poland", "Lower Silesian")


def _same_source(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Both are posts of one site (a record without a source is of none)."""
    return bool(x.get("source")) and x.get("source") == y.get("source")


def _prize_words(p: _Prepared) -> set[str]:
    return p.title_concepts - PRIZE_GENERIC - glossary.GENERIC_CONCEPTS - glossary.SECTOR_CONCEPTS


def _prizes_conflict(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Both tell a prize won and one title names the prize in words ("Export Leader") none of which the other
    item tells: two prizes of one winner. One site's posts share the winner's names and the site's sector
    whatever prize they tell ("Klaster z nagrodą Innowator Pomorza" / "... wins the Export Leader prize"),
    so the names cannot keep them apart."""
    if not _same_source(x, y):
        return False   # across sites the winner's names tell the prizes apart (see _titles_conflict)
    px, py = _prepared(x), _prepared(y)
    if "award" not in px.events or "award" not in py.events:
        return False
    # None of a title's prize words told by the other item (a title may add words of its own: "Srebrny
    # certyfikat jakości zarządzania" / "Silver Label", so one told word is enough).
    return any(words and not words & b.concepts for words, b in ((_prize_words(px), py), (_prize_words(py), px)))


def _reports_a_win(sig: dict[str, Any]) -> bool:
    return bool(sig.get("is_award")) or _tells_a_win(_prepared(sig))


def _titles_name_alike(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Both titles name one winner, place or prize by name (not only by the domain's words)."""
    px, py = _prepared(x), _prepared(y)
    return bool((px.title_tokens - px.title_concepts) & (py.title_tokens - py.title_concepts))


def _within_days(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Published within DAYS days, or within AWARD_DAYS when both report a prize won and both titles name
    the same winner, place or prize: an awarding body, an agency or an EU platform may tell it weeks after
    the winner did. A series' next post (next month's webinar, the next call) is no award report, and a
    periodical round-up ("Labelling results for March") names nobody in its title."""
    apart = abs(x["day"] - y["day"])
    return apart <= DAYS or apart <= AWARD_DAYS and _reports_a_win(x) and _reports_a_win(y) and _titles_name_alike(x, y)


# Polish case endings left on a name cut to six letters ("wodneg" of Wodnego, "wodnej", "wodny")
NAME_ENDING = re.compile(r"(?:eg|ego|ej|ym|ych|yc|ich|ic|em|ie|ia|ii|iu|ow|a|e|i|o|u|y|ą|ę)$")


# Spellings Polish and English give one name of Latin or Greek origin ("Fotoniczny"/"Photonics",
# "Kopernika"/"Copernicus", "Walencja"/"Valencia", "Kujawsko"/"Kuyavian"), applied in this order.
SKELETON = (("sz", "sh"), ("cz", "ch"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("qu", "kv"), ("x", "ks"),
            ("w", "v"), ("y", "i"), ("j", "i"), ("ch", "\0"), ("c", "k"), ("\0", "ch"))
DOUBLE = re.compile(r"(.)\1")


@functools.lru_cache(maxsize=16384)
def _name_root(name: str) -> str:
    """A name key as both languages spell it: without a Polish case ending, in a common spelling of
    the letters the two write apart, cut to PREFIX letters. Facts and numbers stay as they are."""
    if ":" in name or name.startswith("#"):
        return name
    root = NAME_ENDING.sub("", name)
    root = root if len(root) >= 4 else name
    for a, b in SKELETON:
        root = root.replace(a, b)
    return DOUBLE.sub(r"\1", root)[:PREFIX]


NAMES_SHARED_ACROSS_VERDICTS = 0.5   # with one name more shared (see _neutral_score)
LEAD_NAMES_FLOOR = 0.3    # share of names shared below which the leads do not count (see _neutral_score)
TITLE_TOLD = 0.5          # share of a title's concepts and names the other item must tell


def _announcement_and_report(px: _Prepared, py: _Prepared) -> bool:
    """One title announces (a call, an invitation, the finalists, a training) and the other does not: the
    announcement and the report of what came of it are two news, however alike their texts."""
    return bool(px.title_concepts & glossary.NOT_YET_CONCEPTS) != bool(py.title_concepts & glossary.NOT_YET_CONCEPTS)


def _tells_a_win(p: _Prepared) -> bool:
    """The item tells of a prize won (a label, a medal, the winners) and its title of nothing that comes
    before one (a call, the finalists, an invitation): a report the classifier missed, not a call."""
    if p.title_concepts & glossary.NOT_YET_CONCEPTS:
        return False
    # The title names the prize, or the text tells of one received ("Sukces klastra w Brukseli" whose
    # text says the cluster received an award).
    return bool(p.title_concepts & glossary.AWARD_CONCEPTS) or \
        bool(p.concepts & glossary.AWARD_CONCEPTS and p.concepts & glossary.WIN_CONCEPTS)


NEUTRAL_CONCEPTS = 0.3    # concept similarity that makes two items one story with shared names
NEUTRAL_NAMES = 2         # at least this many names (or numbers) shared


def _kinds_told(title: set[str], other: _Prepared) -> set[str]:
    """A title's concepts of an act between two organisations that the other title tells in other words:
    "We joined the Chamber" / "... członkiem Izby" (a member), "signed" / "umowa". Prizes are not among
    them: a gold label is told by "gold", never by "silver"."""
    kinds = set().union(*map(glossary.concept_kinds, other.title_concepts)) - {"award"}
    return {c for c in title if glossary.concept_kinds(c) & kinds}


def _neutral_score(x: dict[str, Any], y: dict[str, Any], weights: dict[str, float], across_verdicts: bool = False) -> float:
    """The language-neutral match: the glossary's concepts alike (a gold label for a cluster's
    management, a medal at a fair), most of the smaller side's names shared, two at least (who and
    where: the cluster, its town, the awarding body, the figures), compared by their roots (see
    _name_root), and each title told by the other item. Conflicting titles or facts answer 0. Across
    award verdicts (the classifier missed one language's report) both titles must name a prize won
    and more must be shared. `weights` is not read: see below."""
    px, py = _prepared(x), _prepared(y)
    if across_verdicts:
        # The classifier's award verdict tells a win already; the other item must tell one in its words.
        missed = py if x.get("is_award") else px
        if not _tells_a_win(missed) or (px.title_concepts | py.title_concepts) & glossary.NOT_YET_CONCEPTS:
            return 0.0
    concept_sim = _similarity(px.concepts, py.concepts)
    if concept_sim < NEUTRAL_CONCEPTS:
        return 0.0
    # The amounts and the numbers of the titles count as names: the same call told in two languages
    # ("Nabór nr 5/2026 ... 6 mln zł", "Call 5/2026 ... PLN 6 million") may name nobody.
    nx = px.neutral_names | px.facts["a:"] | px.facts["d:"]
    ny = py.neutral_names | py.facts["a:"] | py.facts["d:"]
    # Counted, not weighted by rarity: the decision depends on the two items only, not on what the
    # store held when each arrived (a crawl stores its sites' pages in no fixed order). Names common to
    # all posts of a site are kept apart by the titles below.
    rx, ry = {_name_root(n) for n in nx}, {_name_root(n) for n in ny}
    # Names both write alike whose words are the domain's ("Enterprise Europe Network", "Platforma"), and
    # the sectors both titles name ("Krośnieński Klaster Szklarski" / "Szkło z Krosna"): a cluster's name
    # is its place and its sector.
    common = {_name_root(n) for n in px.names & py.names
              if glossary.name_concept(n) and glossary.name_concept(n) not in glossary.GENERIC_CONCEPTS}
    common |= {f"c:{c}" for c in (px.title_sectors | px.name_sectors) & (py.title_sectors | py.name_sectors)}
    rx, ry = rx | common, ry | common
    if len(rx) < NEUTRAL_NAMES or len(ry) < NEUTRAL_NAMES:
        return 0.0
    shared = rx & ry
    if len(shared) < NEUTRAL_NAMES:
        return 0.0
    frac = len(shared) / min(len(rx), len(ry))
    if frac < NAMES_SHARED and len(shared) >= NEUTRAL_NAMES + 1 and frac >= LEAD_NAMES_FLOOR:
        # Two long reports name many people and partners each: what counts is that each one's lead
        # (title and summary: who won what, where) is told by the other.
        leads = [(a.lead_roots, rb) for a, rb in ((px, ry), (py, rx))]
        if all(lead and len(lead & told) >= NAMES_SHARED * len(lead) for lead, told in leads):
            frac = NAMES_SHARED
    if frac < (NAMES_SHARED_ACROSS_VERDICTS if across_verdicts else NAMES_SHARED) or \
            across_verdicts and len(shared) < NEUTRAL_NAMES + 1:
        return 0.0
    # The titles tell the same news: two posts of one site share the site's names and words of its
    # domain whatever they are about, their titles do not ("Misja do Norwegii" / "Trade mission to Oslo").
    # Each title's concepts and names are for the most part told by the other item.
    specific = 0
    for a, b in ((px, py), (py, px)):
        title = a.title_tokens
        told = title & b.neutral_tokens | _kinds_told(title, b)
        if not told or len(told) < TITLE_TOLD * len(title):
            return 0.0
        specific += len(told - glossary.GENERIC_CONCEPTS)
    if not specific:
        return 0.0   # the titles meet on the domain's common words only: two posts of one site
    if _announcement_and_report(px, py) or _prizes_conflict(x, y):
        return 0.0
    if _facts_conflict(x, y) or _kinds_conflict(x, y) or _titles_conflict(x, y):   # the cheaper set tests first
        return 0.0
    return (concept_sim / NEUTRAL_CONCEPTS) * (frac / NAMES_SHARED)


# ---------------------------------------------------------------------------- grouping
def _linked_by_hreflang(store: Store, item_id: int, alternates: Iterable[str]) -> set[int]:
    linked = set(store.items_listing_alternate(store.item_urls(item_id)))
    for url in alternates:
        other = store.item_id_for_url(url)
        if other is not None:
            linked.add(other)
    linked.discard(item_id)
    return linked


SWITCHER_DAYS = 2         # a switcher-linked version published at most this many days apart


def _linked_by_switcher(store: Store, item: dict[str, Any], me: dict[str, Any], translations: Iterable[str]) -> set[int]:
    """Stored items that the item's language switcher links: its translation, when it is one. A switcher
    is page furniture (it may lead to another article where no translation exists), so the linked item
    must be in another language, published within SWITCHER_DAYS days, and state no other facts (edition,
    year, month, amount) in its title."""
    out = set()
    for url in translations:
        other_id = store.item_id_for_url(url)
        if other_id is None or other_id == item["id"]:
            continue
        other = store.get_item(other_id)
        if not other.get("language") or other.get("language") == item.get("language"):
            continue
        sig = store.story_signatures([other_id])
        if not sig or abs(sig[0]["day"] - me["day"]) > SWITCHER_DAYS:
            continue
        if _facts_conflict(me, sig[0]):   # the record carries the item's award flags already
            continue
        out.add(other_id)
    return out


def assign_story(store: Store, item_id: int, alternates: Iterable[str] | dict[str, str] = (),
                 translations: Iterable[str] = ()) -> int:
    """Give a stored item its story: join the story it reports, or start a new one. Returns its id.
    `alternates` are its hreflang alternates (definitive), `translations` its language-switcher links."""
    with store.db.atomic():   # one transaction (one disk sync) per item
        return _assign(store, item_id, alternates, translations)


def _assign(store: Store, item_id: int, alternates: Iterable[str] | dict[str, str],
            translations: Iterable[str] = ()) -> int:
    if isinstance(alternates, dict):
        alternates = list(alternates.values())
    alternates = list(alternates)
    if alternates:
        store.save_alternates(item_id, alternates)
    item = store.get_item(item_id)
    # The sentences its source prints under other posts too are no evidence (see sentence_keys); their
    # keys are posted (not used to find candidates) so that the first item to print one can be found.
    sentences = sentence_keys(item)
    others = sentence_counts(store, sentences, store.has_story_signature(item_id))
    sig = signature(item, _repeated(others))
    keys = lsh_keys(sig)
    counts = store.story_key_counts(keys + [ITEMS_KEY])
    total = counts.get(ITEMS_KEY, 0)
    usable = [k for k in keys if counts.get(k, 0) <= MAX_KEY_ITEMS]
    store.save_story_signature(item_id, sig.as_row(), keys + list(sentences), counted=[ITEMS_KEY])
    _resign_first_printer(store, item_id, sentences, others, sig.day)

    hits = store.story_key_matches(usable, sig.day, AWARD_DAYS, exclude=item_id)   # match_score narrows to DAYS
    best_ids = sorted(hits, key=lambda i: -hits[i])[:MAX_CANDIDATES]
    me = {**sig.as_row(), "en_tokens": sig.en_tokens, "orig_tokens": sig.orig_tokens, "names": sig.names,
          "is_award": item.get("is_award"), "award_level": item.get("award_level"),
          "source": _source_of(item)}
    others = store.story_signatures(best_ids)
    names = set(sig.names).union(*(o["names"] for o in others)) if others else set(sig.names)
    names = {n for n in names if ":" not in n}
    name_counts = store.story_key_counts(f"n:{n}" for n in names)
    # The counts were read after this item's keys were saved: count this item in the total too.
    weights = {n: _idf(name_counts.get(f"n:{n}", 0), total + 1) for n in names}
    scored: dict[int, float] = {}
    matched: dict[int, int] = {}
    for other in others:
        if other["story_id"] is None:
            continue
        score = match_score(me, other, weights)
        if score >= 1.0:
            scored[other["story_id"]] = max(scored.get(other["story_id"], 0.0), score)
            matched[other["story_id"]] = matched.get(other["story_id"], 0) + 1

    stories = set()
    for other_id in _linked_by_hreflang(store, item_id, alternates) | _linked_by_switcher(store, item, me, translations):
        sid = store.get_item(other_id).get("story_id")
        if sid is not None:
            stories.add(sid)
    if scored:
        ranked = sorted(scored, key=lambda s: -scored[s])
        stories.add(ranked[0])
        # Join further stories only on strong evidence: chaining weak matches merges different events.
        # A story of one item that this item matches is joined too: had that item come last, it would
        # have joined this item's story (match_score is symmetric), so crawl order does not decide.
        # So is a story at least half of whose items this item matches: had those come after it, they
        # would have joined its story.
        stories.update(s for s in ranked[1:] if scored[s] >= 1.5 or 2 * matched[s] >= store.story_size(s))
    current = item.get("story_id")
    if current is not None:
        stories.add(current)
    if not stories:
        story_id = store.new_story(item)
    else:
        story_id = min(stories)
        store.merge_stories(story_id, stories)
    store.set_story(item_id, story_id)
    return story_id


def regroup_item(store: Store, item_id: int) -> int:
    """Group an item again after its translation arrived (called by `monitor translate`)."""
    return assign_story(store, item_id, store.alternate_urls(item_id))
