"""Sentences of a title or body, and the cues each sentence carries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from monitor.awards import vocab
from monitor.awards.lexicon import Token, tokenize

ABBREVIATIONS = {"ok", "r", "ul", "np", "tj", "tzw", "dr", "prof", "m", "in", "mgr", "inż", "św", "al", "nr",
                 "st", "mr", "ms", "mrs", "e", "g", "i", "vs", "inc", "ltd", "ds", "pl", "im", "hab", "godz",
                 "tys", "mln", "mld", "jw", "ww", "wg", "pt", "pn", "ang", "no"}
# English lemmas whose -s form is a plural noun, not a verb ("awards", "grants", "honours").
EN_NOUN_VERBS = {"award", "grant", "honour", "honor", "present", "gain", "label"}
# Weak award nouns that become an award in their own right when a name follows them
# ("tytuł Lidera Innowacji", "certyfikat ESCA", "Certificate of Excellence").
NAMED_WEAK = {"certyfikat", "tytuł", "akredytacja", "certificate", "title", "accreditation", "distinction"}
# Lookups precomputed once: analyse() runs for every sentence of every crawled item, and looping over
# the negative classes of both languages per token cost ~13% of crawl CPU.
NEGATIVE_CLASSES: dict[str, frozenset[str]] = {}
for _lg in ("pl", "en"):
    for _cls, _words in vocab.NEGATIVE[_lg].items():
        for _w in _words:
            NEGATIVE_CLASSES[_w] = NEGATIVE_CLASSES.get(_w, frozenset()) | {_cls}
WINNERS = frozenset(vocab.WINNER_NOUNS["pl"]) | frozenset(vocab.WINNER_NOUNS["en"])
AWARD_STRONG_ANY = frozenset(vocab.AWARD_STRONG["pl"]) | frozenset(vocab.AWARD_STRONG["en"])
AWARD_WEAK_ANY = frozenset(vocab.AWARD_WEAK["pl"]) | frozenset(vocab.AWARD_WEAK["en"])
TRAVEL_ANY = frozenset(vocab.TRAVEL_FORMS) | frozenset(vocab.TRAVEL_WITHOUT_TO)
NEEDS_AFTER_ANY = (frozenset(vocab.NEEDS_AWARD_AFTER["pl"]) | frozenset(vocab.NEEDS_AWARD_AFTER["en"])
                   | frozenset(vocab.NEEDS_WINNER_AFTER))
MODALS_ANY = frozenset(vocab.MODALS["pl"]) | frozenset(vocab.MODALS["en"])
# The same without a bare "to", which the lemma table also gives the Polish "na" ("na 6. pozycji"); a purpose
# "to" ("aims to be in the top 5") is still read by _is_hypothetical from the word before it.
MODALS_NOT_TO = MODALS_ANY - {"to"}
# Award phrases by their first lemma, so each token is compared only with the phrases it can open.
PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _lg in ("pl", "en"):
    for _phrase in vocab.AWARD_PHRASES[_lg]:
        PHRASES_BY_FIRST.setdefault(_phrase[0], []).append(tuple(_phrase))
PHRASE_ORDER = {}
for _lg in ("pl", "en"):
    for _phrase in vocab.AWARD_PHRASES[_lg]:
        PHRASE_ORDER.setdefault(tuple(_phrase), len(PHRASE_ORDER))


# Words analyse() can act on, by lemma, by form, or by a prefix it tests: every rule of its token loop
# starts from one of them (an award, act, winner, place, rank, sponsor, sport, future or negative
# word). Any other token is passed over at once: most words of a body are such, and each went through
# some twenty tests that all said no (a third of the award classifier's time).
ACTIVE_LEMMAS = frozenset().union(
    vocab.POSITIVE_VERBS["pl"], vocab.POSITIVE_VERBS["en"], {"pick", "bring"}, vocab.HOLDER_NOUNS, WINNERS, AWARD_STRONG_ANY,
    AWARD_WEAK_ANY, vocab.PLACE_NOUNS, vocab.ORDINALS, NEGATIVE_CLASSES, {"złoty", "zloty", "złotówka"})
ACTIVE_FORMS = frozenset().union(
    vocab.FOUNDER_FORMS, vocab.RANKING_FIRST, vocab.RANKING_TOP, {"number", "numer", "nr", "no"}, vocab.BEAT_FORMS,
    vocab.FINISH_FORMS, vocab.PARTNER_FORMS, {"partner"}, vocab.TOP_WORDS, TRAVEL_ANY, vocab.FUTURE_AUX_PL,
    {"year", "roku", "best", "najlepszy", "najlepsza", "najlepsze"}, NEGATIVE_CLASSES, vocab.USE_FORMS,
    vocab.RATED_TOP, vocab.PLACE_FORMS, vocab.HIGHEST_WORDS, vocab.SUPERLATIVE_WORDS, vocab.OFFICIALLY,
    vocab.TOP_TEN_EN, vocab.TOP_TEN_PL, vocab.ORDINAL_SUFFIXES, vocab.LIST_FORMS,
    {"rated", "ranked", "voted", "placed", "top", "podium", "distinguished", "numerem"})
ACTIVE_PREFIXES: tuple[str, ...] = (*vocab.SPONSOR_PREFIXES, *vocab.SPORT_PREFIXES, vocab.SPORT_WORD_PREFIX,
                                    *vocab.BEST_PREFIXES, "best", "naj", "wypadł",
                                    *vocab.FUNDING_PREFIXES, *vocab.ACCREDITATION_PREFIXES)

# The prefixes by their first two letters (every one has three or more): a word is tested only against
# those it can start with (str.startswith over all 86 took ~0.7 µs a word, most of the token loop's time).
ACTIVE_PREFIXES_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _p in dict.fromkeys(ACTIVE_PREFIXES):
    ACTIVE_PREFIXES_BY_HEAD[_p[:2]] = (*ACTIVE_PREFIXES_BY_HEAD.get(_p[:2], ()), _p)

LEVEL_WORDS = {w: lv for lv, words in vocab.LEVELS.items() for w in words}
RETROSPECTIVE = re.compile(vocab.RETROSPECTIVE_RE, re.IGNORECASE)
# Every form of passing holds one of these (a quick test of the sentence before its tokens are read).
PASS_HINT = re.compile("|".join(sorted({*vocab.PASS_ACTS, *(p[:6] for p in vocab.PASS_PREFIXES)})), re.IGNORECASE)


# A Polish past-tense ending ("otrzymał", "zdobyła", "uzyskali").
PL_PAST = re.compile(r"(ł|ła|ło|li|ły)$")


def _negative_classes(lemma: str, low: str) -> frozenset[str]:
    """The negative classes (call, training, future…) a word belongs to, by lemma or by form."""
    a = NEGATIVE_CLASSES.get(lemma)
    b = NEGATIVE_CLASSES.get(low) if low != lemma else None
    if a and b:
        return a | b
    return a or b or frozenset()


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
    acts: list[int] = field(default_factory=list)             # positive verbs that state a win outright
    final_won: bool = False                                   # "in the final of X first place went to Y"
    listed: list[int] = field(default_factory=list)           # "on the FT1000 list": a place on a named list

    @property
    def has_award(self) -> bool:
        return bool(self.award_strong or self.award_weak)

    @property
    def blocking(self) -> set[str]:
        found = set(self.negative) & vocab.BLOCKING
        if self.acts and self.award_strong:
            found -= vocab.OVERRIDDEN_BY_A_WIN   # "from finalist to winner", "wybrano zwycięzcę spośród finalistów"
            if self.names_prize:
                found.discard("funding")   # "won the Innovation Award and a grant of EUR 20,000": the prize is won
        if self.award_strong:
            # The certificate of an ISO standard is no award (it is never counted as a strong award
            # noun), but another award named next to it is ("z certyfikatem ISO i nagrodą marszałka").
            found.discard("conformity")
        return found

    @property
    def names_prize(self) -> bool:
        """A prize, title or medal named apart from the act and from the winners ("otrzymał Nagrodę Główną
        oraz grant"): money granted next to it is part of the prize. A contest whose winners get grants, or
        "awarded 9 grants", names none."""
        return any(a not in self.positive and self.tokens[a].lemma not in WINNERS
                   and self.tokens[a].lemma not in vocab.CONTEST_NOUNS for a in self.award_strong)

    @property
    def vetoing(self) -> set[str]:
        """Negative classes that veto a title stating no win: all of them, except a conformity
        certificate next to a real award ("Klaster z certyfikatem ISO i nagrodą marszałka")."""
        found = set(self.negative)
        if self.names_prize:
            found.discard("funding")   # "Nagroda Główna i grant dla X": the grant goes with a named prize
        if self.award_strong:
            found.discard("conformity")
            # A prize told with its amount ("EUR 50,000 prize for our pilot", "Nagroda w wysokości 100
            # tys. zł dla X") is still a prize: the amount makes it no price or fee. An amount "for the
            # winner" ("Prize money: EUR 5,000 for the winner", "10 tys. zł dla zwycięzcy") is what a
            # contest offers: a winner noun, and no act, names nobody who won.
            if not self.offers_amount and any(self.tokens[a].lemma not in WINNERS for a in self.award_strong):
                found.discard("money")
        return found

    @property
    def offers_amount(self) -> bool:
        """An amount for "the winner" with no act of winning: "10 tys. zł dla zwycięzcy konkursu"."""
        return "money" in self.negative and bool(self.positive) and all(
            self.tokens[p].lemma in WINNERS for p in self.positive)

    @property
    def is_positive(self) -> bool:
        """An award, an act of winning it, and nothing that makes it a call, a future or a course."""
        return self.has_award and bool(self.positive) and not self.blocking

    def terms(self) -> list[str]:
        idx = sorted(set(self.award_strong + self.award_weak + self.positive))
        return [self.tokens[i].text for i in idx]

    def negative_terms(self) -> dict[str, list[str]]:
        return {k: [self.tokens[i].text for i in v] for k, v in self.negative.items()}


def lift_accreditation(cues: Cues, context: list[Token]) -> None:
    """Drop the conformity veto of an accreditation that a ministry or an agency named in context confers
    ("akredytacja ośrodka innowacji" granted by PARP), or that a board, an institute or a commission named in
    context confers as an institution ("accredited as a regional innovation hub by the board"): a public
    status. With a standard named (ISO, a laboratory) it stays a conformity check. The classifier passes a
    title the lead's tokens as context, since a headline ("Akredytacja dla X") rarely names the body the lead
    names. A lifted accreditation is a strong award, and its verb ("accredited", "akredytował") the act."""
    if "conformity" not in cues.negative:
        return
    toks = cues.tokens
    if any(t.lemma in vocab.STANDARD_WORDS or t.low in vocab.STANDARD_WORDS for t in (*toks, *context)):
        return
    accredit = [k for k in cues.negative["conformity"] if toks[k].low.startswith(vocab.ACCREDITATION_PREFIXES)]
    if len(accredit) != len(cues.negative["conformity"]):
        return
    by_status_body = any(t.lemma in vocab.STATUS_BODIES for t in context)
    designated = any(o.low.startswith(vocab.DESIGNATION_PREFIXES) for k in accredit for o in toks[k + 1:k + 7])
    if not (by_status_body or designated and any(
            t.lemma in vocab.DESIGNATING_BODIES or t.low in vocab.DESIGNATING_BODIES for t in context)):
        return
    del cues.negative["conformity"]
    if not designated:
        return   # (as before: the accreditation stays the weak noun it was)
    for k in accredit:
        if k in cues.award_weak:
            cues.award_weak.remove(k)
        if k not in cues.award_strong:
            cues.award_strong.append(k)
        if toks[k].low.endswith(vocab.ACCREDIT_VERB_ENDINGS) and k not in cues.positive:
            cues.positive.append(k)   # "was accredited as a technology transfer centre"
            cues.acts.append(k)
    cues.award_strong.sort()


def _in_proper_name(tokens: list[Token], i: int) -> bool:
    """Token i, capitalised, runs on into another capitalised word (or follows one mid-sentence): part of a
    multiword name, where a form a verb shares ("Poznań", "Zdobywców") is no act."""
    if not tokens[i].capitalised:
        return False
    nxt = i + 1 < len(tokens) and tokens[i + 1].capitalised
    return nxt or (i > 0 and tokens[i - 1].capitalised and tokens[i - 1].end + 1 == tokens[i].start)


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


def _is_headline_verb(toks: list[Token], i: int) -> bool:
    """An English -s form of a noun-like verb used as a verb: after a name, with "to" and a name after it
    ("Minister presents Cluster Excellence Award to Pomeranian Seafood Cluster", "ESCA awards Gold Label
    to X"). Written in lower case, so a capitalised "Awards" in a name ("Innovation Awards") is a noun."""
    t = toks[i]
    if i == 0 or not t.low.endswith("s") or t.text != t.low or not toks[i - 1].capitalised:
        return False
    for j in range(i + 1, min(len(toks) - 1, i + 9)):
        if toks[j].low == "to":
            return toks[j + 1].capitalised
    return False


def _named_object(toks: list[Token], i: int) -> int | None:
    """The capitalised name right after a verb of winning ("wins FinHack Warsaw", "wygrał Hackathon
    Energii", "won the Smart City Challenge"), as the index of its first word."""
    j = i + 1
    if j < len(toks) and toks[j].low in {"the", "this", "this year's"}:
        j += 1
    if j < len(toks) and toks[j].capitalised and toks[j].low not in vocab.NEGATIVE["en"]["conformity"]:
        if toks[j].lemma in vocab.ORG_HEADS or toks[j].low in vocab.ORG_HEADS_EN:
            return None   # "zwyciężył Klaster Technologii Wodorowych": the winner, after the act
        if _names_money(toks, j):
            return None   # "wins EU funding", "won EUR 800,000 in Horizon Europe funding": money, not a contest
        return j
    return None


def _names_money(toks: list[Token], j: int) -> bool:
    """The capitalised name at token j is an amount or a source of money: a money word itself ("EUR"), or
    a funding or money word right after its run of capitalised words ("EU funding", "Horizon Europe grant")."""
    if _negative_classes(toks[j].lemma, toks[j].low) & {"money", "funding"}:
        return True
    k = j
    while k < len(toks) and k < j + 6 and toks[k].capitalised:
        k += 1
    return k < len(toks) and bool(_negative_classes(toks[k].lemma, toks[k].low) & {"money", "funding"})


def _is_top_place(toks: list[Token], i: int) -> bool:
    """ "in Europe's top five", "into the top 10" (a number right after, an in-word up to three words before)."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if not (nxt.isdigit() or nxt in {"three", "five", "ten", "twenty", "3", "5", "10", "20"}):
        return False
    return any(toks[j].low in vocab.IN_WORDS for j in range(max(0, i - 3), i))


def _award_travels(toks: list[Token], i: int, cues: Cues) -> bool:
    """An award word shortly before a travel verb, and "to"/"do" after it where the verb needs one."""
    if toks[i].low in vocab.TRAVEL_FORMS and not any(t.low in vocab.TRAVEL_TO for t in toks[i + 1:i + 5]):
        return False   # ("Nagroda trafiła w tym roku do Klastra X": a time between the verb and "do")
    if _is_hypothetical(toks, i, vocab.MODALS["en"] | vocab.MODALS["pl"]):
        return False
    return _travelling_award(toks, i, cues) is not None


def _travelling_award(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The award word a travel verb at token i tells of: one shortly before it (or before a comma-bounded
    insertion), or one opening the verb's clause however long the subject ("Second place in the national final
    of the Young Engineers Cup went to", "Tytuł Firmy Roku 2026 w plebiscycie Gazety Lubuskiej przypadł"): far
    from the verb, only a podium place or a title heads such a subject (a prize named at the start of a long
    clause is as often the setting of another result). An event word between the award and the verb makes the
    event the subject ("the Award ceremony went to")."""
    awards = set(cues.award_strong) | set(cues.award_weak)
    events = set(cues.negative.get("event", []))
    start = _before_insertion(toks, i, cues.text)
    near = [*range(max(0, start - 5), start), *range(max(0, i - 5), i)]
    for j in sorted(set(near)):
        if j in awards and not any(j < e < i for e in events):
            return j
    clause = _clause_start(toks, start, cues.text)
    if start - clause > 16:
        return None
    head = clause + (clause < start and toks[clause].low in {"the", "this", "a"})
    return next((j for j in range(head, min(start, head + 2)) if j in awards and not any(j < e < i for e in events)
                 and ((_is_podium_place(toks, j) and _contest_named(toks)) or toks[j].lemma in {"title", "tytuł"})), None)


def _contest_named(toks: list[Token]) -> bool:
    """A contest, a prize, a final or a ranking named in the sentence: a place in it is one won ("Second place in
    the queue of speakers went to the minister" names none)."""
    return _ranking_in(toks) or any(t.lemma in vocab.CONTEST_NOUNS or t.lemma in AWARD_STRONG_ANY
                                    or t.lemma in vocab.FINAL_LEMMAS for t in toks)


def _clause_start(toks: list[Token], i: int, text: str) -> int:
    """The first token of the clause token i stands in: after the last comma, semicolon, colon or dash
    before it, or the sentence's first token."""
    for k in range(i - 1, 0, -1):
        if re.search(r"[,;:–—]", text[toks[k - 1].end:toks[k].start]):
            return k
    return 0


def _before_insertion(toks: list[Token], i: int, text: str) -> int:
    """Where a comma-bounded insertion right before token i opens ("First prize in X, organised by Y, went
    to Z": the subject before it); i when there is none."""
    if i == 0 or "," not in text[toks[i - 1].end:toks[i].start]:
        return i
    for k in range(i - 1, max(0, i - 15), -1):
        if "," in text[toks[k - 1].end:toks[k].start]:
            return k
    return i


def _addresses_reader(toks: list[Token], i: int, text: str) -> bool:
    """An act addressed to the reader: followed by "your"/"swój", or an English base form opening a
    sentence or a clause after a colon or dash ("Earn a certificate in …", "…: get certified")."""
    reflexive_past = PL_PAST.search(toks[i].low) is not None   # "otrzymał swoją pierwszą etykietę"
    if any(toks[j].low in vocab.SECOND_PERSON and not (reflexive_past and toks[j].low.startswith("sw"))
           for j in range(i + 1, min(len(toks), i + 3))):
        return True
    t = toks[i]
    if t.low != t.lemma or t.low in vocab.POSITIVE_VERBS["pl"] or t.lemma not in vocab.POSITIVE_VERBS["en"]:
        return False
    if t.lemma in vocab.HOLDER_NOUNS or t.lemma == "now":
        return False   # "Now a National Key Cluster" opens with no verb
    before = text[toks[i - 1].end:t.start] if i else ""
    return i == 0 or bool(re.search(r"[:–—-]\s*$", before))


def _name_start(toks: list[Token], i: int) -> int:
    """Where the capitalised name that ends at token i begins ("Business Support Institution of the Year")."""
    j = i
    while j > 0 and (toks[j - 1].capitalised or toks[j - 1].low in {"of", "the", "roku"}) and i - j < 8:
        j -= 1
    while j < i and not toks[j].capitalised:
        j += 1
    return j


def _past_edition(toks: list[Token], i: int, after: bool) -> bool:
    """An earlier edition's award or winner, named in passing: "zeszłorocznej nagrody", "last year's
    winner", "former winners", "laureatka ubiegłorocznej nagrody" (after=True also looks right after)."""
    span = list(range(max(0, i - 2), i)) + (list(range(i + 1, min(len(toks), i + 3))) if after else [])
    for j in span:
        low = toks[j].low
        if low.startswith(vocab.PAST_EDITION_PREFIXES):
            return True
        if low == "last" and j + 1 < len(toks) and toks[j + 1].low in {"year's", "year’s", "years"}:
            return True
    if after:
        # "laureaci z ubiegłych lat", "zwycięzcy minionych edycji", "winners of past years": a past-time
        # word before years/editions (alone "w ubiegłym tygodniu otrzymał" is a recent win).
        for j in range(i + 1, min(len(toks) - 1, i + 4)):
            if toks[j].low.startswith(("ubiegł", "minion")) and toks[j + 1].low.startswith(
                    ("lat", "edycj", "rok", "year", "edition")):
                return True
    return False


def _name_follows(toks: list[Token], i: int) -> bool:
    """A capitalised name right after token i, or after "of" ("tytuł Lidera", "Certificate of Excellence")."""
    j = i + 1
    if j < len(toks) and toks[j].low == "of":
        j += 1
    return j < len(toks) and toks[j].capitalised and toks[j].low not in vocab.NEGATIVE["en"]["conformity"]


def _is_podium_place(toks: list[Token], i: int) -> bool:
    """ "I miejsce", "1. miejsce", "first place", "1st place" (a place of the top three)."""
    if toks[i].lemma not in vocab.PLACE_NOUNS or i == 0:
        return False
    prev = toks[i - 1]
    return prev.text in vocab.ROMAN_ORDINALS or (prev.lemma in vocab.ORDINALS and prev.text not in {"i"})


def _is_among_best(toks: list[Token], i: int) -> bool:
    """ "named among Europe's best clusters", "wśród najlepszych", "w czołówce" (best within three words
    after among); other superlatives with an organisation noun after them ("among the five most active
    clusters", "w gronie dziesięciu najaktywniejszych klastrów")."""
    if not toks[i].low.startswith(vocab.BEST_PREFIXES) and not (
            _is_superlative(toks, i) and any(_is_title_noun(o) for o in toks[i + 1:i + 4])):
        return False
    return any(toks[j].low in vocab.AMONG for j in range(max(0, i - 3), i))


def _is_superlative(toks: list[Token], i: int) -> bool:
    """A superlative: "most"/"najbardziej" before a word, a Polish "naj-" adjective ("najaktywniejszych"),
    an English "-est" word after "the" or a number ("the largest"); "najbliższy", "the latest" tell a time."""
    low = toks[i].low
    if low in vocab.SUPERLATIVE_WORDS:
        return i + 1 < len(toks) and toks[i + 1].low.isalpha()
    if low.startswith("naj") and len(low) > 6:
        return not low.startswith(vocab.NOT_SUPERLATIVE_PREFIXES)
    return (low.endswith("est") and len(low) >= 6 and i > 0 and low not in vocab.NOT_SUPERLATIVE_EN
            and (toks[i - 1].low == "the" or toks[i - 1].low[:1].isdigit() or toks[i - 1].low in vocab.NUMBER_WORDS))


def _superlative_title_follows(toks: list[Token], i: int) -> bool:
    """A title named by a superlative right after it: "tytuł najbardziej innowacyjnego klastra", "the title of
    the most innovative cluster" (over "of the")."""
    j = i + 1
    while j < len(toks) and toks[j].low in {"of", "the"}:
        j += 1
    return j < len(toks) - 1 and _is_superlative(toks, j) and any(_is_title_noun(o) for o in toks[j + 1:j + 4])


def _is_title_noun(t: Token, singular: bool = False) -> bool:
    """A noun a ranking title is given to: an organisation ("cluster", "company", "klaster", "organizacja");
    singular: one title (an English base form, a Polish instrumental singular: "najbardziej innowacyjną firmą")."""
    if singular and not (t.low.endswith(vocab.PL_INSTRUMENTAL_SINGULAR) or (
            t.low == t.lemma and (not t.low.endswith("s") or t.low.endswith("ss")))):
        return False   # ("wybrano najbardziej aktywne firmy", "selected the most active companies": a selection)
    return (t.low in vocab.TOP_TITLE_NOUNS or t.lemma in vocab.TOP_TITLE_NOUNS or t.lemma in vocab.ORG_HEADS
            or t.low.startswith(vocab.TITLE_NOUN_PREFIXES))


def _is_title_of_year(toks: list[Token], i: int) -> bool:
    """A capitalised title of the year: "Hub of the Year", "Eksporter Roku", "Best Cluster Organisation"."""
    t = toks[i]
    if not t.capitalised:
        return False
    if t.low == "year" and i >= 3 and toks[i - 1].low == "the" and toks[i - 2].low == "of" and toks[i - 3].capitalised:
        return True
    if t.low == "roku" and i >= 1 and toks[i - 1].capitalised:
        return True
    return t.low in {"best", "najlepszy", "najlepsza", "najlepsze"} and i + 1 < len(toks) and toks[i + 1].capitalised


def _tops_ranking(toks: list[Token], i: int, text: str) -> bool:
    """ "na szczycie rankingu", "came top of the ranking", "tops the league table" (a top word, then a
    ranking word within four words); "Top of the ranking?" asks, it tells no place."""
    low = toks[i].low
    if low in vocab.RANKING_FIRST:
        if not (i + 1 < len(toks) and toks[i + 1].low in {"in", "w", "we"}):
            return False   # "the first ranking of clusters" is no place in it
    elif low not in vocab.RANKING_TOP:
        return False
    if "?" in text[toks[i].end:toks[min(len(toks) - 1, i + 6)].end + 1]:
        return False   # (read after the words: this runs for every token of every sentence)
    # "came top of the 2026 European Cluster Performance ranking": the ranking's own name (capitalised words
    # and a year) may stand between "of the" and the ranking word.
    end = i + 5
    if i + 2 < len(toks) and toks[i + 1].low in {"of", "w", "we"}:
        j = i + 2 + (toks[i + 2].low == "the")
        while j < len(toks) and j < i + 10 and (toks[j].capitalised or toks[j].low[:1].isdigit()):
            j += 1
        end = max(end, j + 3)   # ("the PARP cluster ranking": a few lower-case words after the name)
    return any(toks[j].low.startswith(vocab.RANKING_NOUN_PREFIXES) for j in range(i + 1, min(len(toks), end)))


def _beats_rivals(toks: list[Token], i: int) -> bool:
    """ "beats 60 rivals", "ahead of 40 teams", "pokonał 30 konkurentów" (a number within two words, then
    a rival noun)."""
    if toks[i].low not in vocab.BEAT_FORMS:
        return False
    for j in range(i + 1, min(len(toks) - 1, i + 4)):
        if toks[j].low[:1].isdigit() or toks[j].low in {"dozens", "hundreds", "kilkudziesięciu", "kilkunastu"}:
            return toks[j + 1].low in vocab.RIVAL_NOUNS or (
                j + 2 < len(toks) and toks[j + 2].low in vocab.RIVAL_NOUNS)
    return False


def _number_one(toks: list[Token], i: int) -> bool:
    """ "ranked number one", "uznany za numer jeden": a ranking word within two words before; "No. 1 in the
    2026 European Cluster Ranking": a ranking noun within eight words after."""
    if toks[i].low not in {"number", "numer", "numerem", "nr", "no"} or i + 1 >= len(toks):
        return False
    if toks[i + 1].low not in {"one", "1", "jeden", "jedynką"}:
        return False
    return any(toks[j].lemma in {"rank", "uznać", "vote", "rate"} for j in range(max(0, i - 2), i)) or any(
        t.low.startswith(vocab.RANKING_NOUN_PREFIXES) for t in toks[i + 2:i + 10])


def _rated_top(toks: list[Token], i: int, text: str) -> bool:
    """ "the highest-ranked cluster in Poland", "top-rated", "najwyżej ocenionym klastrem w rankingu": a top
    word and a rating participle, with a ranking noun or a country in the sentence ("two top-ranked
    universities joined us" ranks nobody)."""
    if toks[i].low not in vocab.RATED_TOP or i + 1 >= len(toks) or not toks[i + 1].low.startswith(vocab.RATED_PREFIXES):
        return False
    return any(t.low.startswith(vocab.RANKING_NOUN_PREFIXES) or t.low in vocab.BEST_PLACE_WORDS for t in toks)


def _handed_to_named(toks: list[Token], i: int) -> bool:
    """ "The jury gave a special mention to Polytech Robotics": a handing act whose recipient is named
    after "to" (a jury announced for a prize names nobody it gave anything to); the caller asks for a
    named distinction ("special mention") right after the act."""
    if toks[i].lemma not in vocab.HANDING_ACTS:
        return False
    return any(toks[j].low == "to" and (toks[j + 1].capitalised or (
        toks[j + 1].low == "the" and j + 2 < len(toks) and toks[j + 2].capitalised))
        for j in range(i + 2, min(len(toks) - 1, i + 8)))


def _after_done_check(toks: list[Token], i: int) -> bool:
    """An assessment named as the setting of a result: "in the ESCA assessment", "w ocenie
    doskonałości", "po audycie" (an in- or after-word up to three words before it, and no "during",
    "before" or "ahead of" that would make it still to come)."""
    window = [t.low for t in toks[max(0, i - 3):i]]
    if any(w in {"during", "before", "ahead", "trakcie", "przed", "toku", "czasie", "przygotowania"} for w in window):
        return False
    if any(t.low in vocab.DONE_WORDS for t in toks[i + 1:i + 3]):
        return True   # "ESCA assessment completed", "ocena zakończona": the check is over
    return any(w in {"in", "after", "w", "po", "we", "following", "upon"} for w in window)


def _is_best_in_place(toks: list[Token], i: int) -> bool:
    """ "najlepszy w Polsce", "best in Europe", "the best fintech cluster in Europe" (a best word, then an
    in-word and a country, a continent or the world within four words)."""
    if not toks[i].low.startswith(("best", "najlepsz")):
        return False
    for j in range(i + 1, min(len(toks) - 1, i + 5)):
        if toks[j].low in {"w", "we", "in"} and toks[j + 1].low in vocab.BEST_PLACE_WORDS | {"the"}:
            k = j + 2 if toks[j + 1].low == "the" else j + 1
            return k < len(toks) and toks[k].low in vocab.BEST_PLACE_WORDS
    return False


def _level_for(toks: list[Token], i: int) -> bool:
    """A bare level noun for a named holder: "Bronze for the X Cluster", "Srebro dla Klastra Y", "Gold at
    last for Z" (a for-word within three words, and a capitalised name after it)."""
    for j in range(i + 1, min(len(toks) - 1, i + 4)):
        if toks[j].low in vocab.FOR_WORDS:
            k = j + 2 if toks[j + 1].low == "the" and j + 2 < len(toks) else j + 1
            return toks[k].capitalised
    return False


def _chosen_as_title(toks: list[Token], i: int) -> bool:
    """ "selected X as the Cluster of the Year", "wybrany jako Eksporter Roku": a choosing act, then "as"
    and a capitalised title of the year within twelve words."""
    for j in range(i + 1, min(len(toks) - 1, i + 12)):
        if toks[j].low in {"as", "jako"}:
            return any(_is_title_of_year(toks, k) for k in range(j + 1, min(len(toks), j + 8)))
    return False


def _still_to_come(toks: list[Token], i: int) -> bool:
    """ "Winners to be revealed at the gala", "the winners are to be announced", "The winners of the Award
    will be known next week", "Winners announcement on 5 May": a winner noun followed by an infinitive of
    being, a future auxiliary within six words, or an announcement noun next to it (still to come)."""
    nxt = [t.low for t in toks[i + 1:i + 4]]
    if nxt[:2] == ["to", "be"] or nxt[1:3] == ["to", "be"]:
        return True
    if any(t.low in vocab.ANNOUNCEMENT_WORDS for t in toks[max(0, i - 3):i + 2]):
        return True
    return any(t.low in vocab.FUTURE_EN or t.low in vocab.FUTURE_AUX_PL for t in toks[i + 1:i + 7])


def _states_participle(toks: list[Token], i: int) -> bool:
    """A participle of an award act that states the win: right after a capitalised name as a headline
    predicate ("Kujawsko-Pomorska Dolina Logistyczna wyróżniona", "Termoizol nagrodzony"), or an
    impersonal past form ("Klaster wyróżniono w plebiscycie", "nagrodzono zespół")."""
    t = toks[i]
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if i == 0 and nxt in {"jako", "przez"}:
        return not any(o.low in vocab.FUTURE_AUX_PL for o in toks)   # ("Wyróżnieni przez jury zostaną ogłoszeni")   # a headline opening with the act: "Wyróżniona jako najlepsza praktyka"
    if not (i > 0 and toks[i - 1].capitalised and not t.capitalised):
        return False   # the name stands right before it ("Wyróżniono także …" opens a list of lesser mentions)
    if t.low.endswith(("ono", "ano")):
        return True
    return i + 1 == len(toks) or toks[i + 1].low in {"w", "we", "na", "przez", "za", "podczas", "jako"}


def _is_highest_level(toks: list[Token], i: int) -> bool:
    """ "reached the highest level of the cluster excellence assessment", "uzyskał najwyższy poziom
    certyfikacji": a highest-word, a level noun right after it, and a scheme of assessment or labels in
    the sentence (the highest level of funding or of security is no award)."""
    if not (toks[i].low in vocab.HIGHEST_WORDS or toks[i].low.startswith("najwyższ")):
        return False
    # the rung right after, or a few words on: "najwyższy, złoty poziom", "the highest of the three label levels"
    if not any(t.lemma in vocab.LEVEL_RUNGS or t.low in vocab.LEVEL_RUNGS or t.low.rstrip("s") in vocab.LEVEL_RUNGS
               for t in toks[i + 1:i + 6]):
        return False
    return any(t.lemma in vocab.SCHEME_WORDS or t.low in vocab.SCHEME_WORDS or t.low.startswith(vocab.SCHEME_PREFIXES)
               for t in toks)


def _ranking_place(toks: list[Token], i: int) -> bool:
    """A top place in a ranking: "took the top spot in the 2026 ranking", "zajął czołowe miejsce w rankingu",
    "first position in the European Cluster Ranking", "sklasyfikowany na pierwszej pozycji" (a place noun
    after a top word, and a ranking noun in the sentence; "zajął 12. miejsce w rankingu" is no top place)."""
    if toks[i].low not in vocab.PLACE_FORMS or i == 0:
        return False
    if toks[i - 1].low not in vocab.TOP_PLACE_WORDS and toks[i - 1].lemma not in vocab.TOP_PLACE_WORDS:
        return False
    return any(t.low.startswith(vocab.RANKING_NOUN_PREFIXES) for t in toks)


def _merit_of_prize(toks: list[Token], i: int, cues: Cues) -> bool:
    """A funding or tender word told as what a prize is for ("Nagroda za najlepiej przygotowany przetarg", "Award
    for the best grant project"): a for-word within four words before it, an award noun before that."""
    k = next((j for j in range(i - 1, max(-1, i - 5), -1) if toks[j].low in {"za", "for"}), None)
    return k is not None and any(a < k and toks[a].lemma in AWARD_STRONG_ANY for a in cues.award_strong)


def _top_ten_ordinal(toks: list[Token], i: int) -> int | None:
    """Where the ordinal of a place within the first ten that ends at token i begins: "3rd", "5.", "piąty",
    "fifth" (a number and its suffix are two tokens: "3", "rd"); None for any other word or a place below it."""
    low = toks[i].low
    if low in vocab.TOP_TEN_EN or low in vocab.TOP_TEN_PL:
        return i
    if low in vocab.ORDINAL_SUFFIXES and i > 0:
        i -= 1
    num = toks[i].low
    return i if num.isdigit() and 1 <= int(num) <= vocab.TOP_TEN_LIMIT else None


def _in_ranking_after(toks: list[Token], j: int) -> bool:
    """An in-word right after token j and a ranking noun within the name that follows ("in the Regional
    Innovation Index", "w ogólnopolskim rankingu klastrów", "in the 2026 European Cluster Performance ranking")."""
    k = j + 1
    if k < len(toks) and toks[k].low in OUT_OF_WORDS:
        # "sixth of 120 clusters in the European Cluster Index", "6. spośród 120 klastrów w rankingu": the field
        # counted between the place and the ranking
        k = next((m for m in range(k + 1, min(len(toks), k + 5)) if toks[m].low in {"in", "w", "we"}), len(toks))
    if k >= len(toks) or toks[k].low not in {"in", "w", "we"}:
        return False
    # ("second in the list of speakers": a list is an order of anything, a place in it no rank)
    return any(t.low.startswith(vocab.RANKING_NOUN_PREFIXES) and not t.low.startswith("list") for t in toks[k + 1:k + 9])


OUT_OF_WORDS = {"of", "out", "among", "spośród", "wśród", "z"}


def _top_ten_place(toks: list[Token], i: int) -> bool:
    """A place within the first ten of a ranking: "took 3rd place in the Regional Innovation Index", "zajął 5.
    miejsce w rankingu PARP", "na 2. miejscu w Rankingu Szkół Wyższych" (a place noun after a top-ten ordinal,
    with a ranking noun in the sentence), or "is 3rd in the Regional Innovation Index", "piąty w rankingu" (a
    top-ten ordinal with an in-word and a ranking noun right after it). Not hoped for, planned or to come."""
    t = toks[i]
    if t.low in vocab.PLACE_FORMS and i > 0:
        k = _top_ten_ordinal(toks, i - 1)
        found = k is not None and _ranking_in(toks)
    else:
        k = _top_ten_ordinal(toks, i)
        found = k is not None and (t.low in vocab.ORDINAL_SUFFIXES or k == i) and _in_ranking_after(toks, i)
    return found and not _is_hypothetical(toks, k, MODALS_NOT_TO) and not _shortlisted(toks) and not _past_or_future(toks)


def _past_or_future(toks: list[Token]) -> bool:
    """A sentence told in the future or of an earlier year ("the ranking will be published; last year we were 5th",
    "w zeszłorocznym rankingu"): a place in it is none held now."""
    return any(o.low in vocab.FUTURE_EN or o.low in vocab.FUTURE_AUX_PL or o.low.startswith(vocab.PAST_EDITION_PREFIXES)
               or o.lemma in vocab.GOAL_WORDS or o.low in vocab.GOAL_WORDS   # "Celem klastra jest 5. miejsce"
               or (o.low == "last" and k + 1 < len(toks) and toks[k + 1].low in {"year", "year's", "edition"})
               or (o.low.startswith(("ubiegł", "zeszł")) and k + 1 < len(toks) and toks[k + 1].low.startswith("rok"))
               for k, o in enumerate(toks))


def _shortlisted(toks: list[Token]) -> bool:
    """A sentence of a shortlist, a call or a result awaited ("5th place among the nominees", "the list of
    finalists", "applications to the FT1000 list"): a place or a list there is no distinction held."""
    return any(_negative_classes(o.lemma, o.low) & {"nominee", "call", "pending"} for o in toks)


def _on_named_list(toks: list[Token], i: int) -> bool:
    """On a named list: "is on the FT1000 list", "in Forbes' Diamonds list" (on/in, then a name of capitalised
    words or digits right before the list noun), "na liście Diamenty Forbesa 2026" (the name right after the
    Polish noun, one adjective allowed between). A list nobody names ("on the waiting list") is none, and nor
    is a group of members, partners or signatories; "applying to the list" is not on it."""
    if toks[i].low not in vocab.LIST_FORMS:
        return False
    if toks[i].low == "list":
        j = i - 1
        while j >= 0 and i - j <= 4 and (toks[j].capitalised or toks[j].low.isdigit()):
            j -= 1
        if j == i - 1 or j < 0:
            return False
        j -= toks[j].low == "the"
        at = j
        ok = j >= 0 and toks[j].low in vocab.ON_LIST_WORDS
    else:
        at = i - 1 - (i > 1 and toks[i - 1].low not in vocab.ON_LIST_WORDS)
        k = i + 1 + (i + 2 < len(toks) and toks[i + 1].low.endswith("ej"))   # ("na liście rankingowej Diamenty")
        ok = at >= 0 and toks[at].low in vocab.ON_LIST_WORDS and k < len(toks) and toks[k].capitalised and not \
            toks[k].low.startswith(vocab.NOT_A_RANKING_GROUP)
        if toks[i].low != "liście":   # "w zestawieniu X" is as often a digest: only found in it by a past act
            ok = ok and any((o.lemma in vocab.FOUND_AMONG_ACTS or o.lemma in vocab.LIST_ACTS) and PL_PAST.search(o.low)
                            for o in toks[max(0, at - 4):at])
    return ok and not _is_hypothetical(toks, at, MODALS_NOT_TO) and not _shortlisted(toks) and not _past_or_future(toks) \
        and not _list_of_things(toks, i)


def _list_of_things(toks: list[Token], i: int) -> bool:
    """A list of anything named by a plain noun after "of" ("the EU list of suppliers", "list of participants"),
    not a ranking, which names a top or a superlative or a name there ("the FT1000 list of Europe's
    fastest-growing companies", "Diamonds list of the fastest-growing firms")."""
    j = i + 1
    if j >= len(toks) or toks[j].low != "of":
        return False
    j += 1 + (j + 1 < len(toks) and toks[j + 1].low == "the")
    if j >= len(toks):
        return False
    t = toks[j]
    return not (t.capitalised or _is_superlative(toks, j) or t.low in {"top", "best", "leading", "most"}
                or t.low.startswith(("fastest", "largest", "biggest", "most")))


def _rated_best(toks: list[Token], i: int) -> bool:
    """ "rated best among 50 clusters in the ranking", "ranked top", "najlepiej wypadł w rankingu" (a rating
    act and a best word next to each other, with a ranking noun or an among-phrase)."""
    t = toks[i]
    if not (i + 1 < len(toks) and t.low in {"rated", "ranked", "voted"} and toks[i + 1].low in {"best", "top", "highest"}
            ) and not (i > 0 and t.low.startswith("wypadł") and toks[i - 1].low in {"najlepiej", "najlepsza", "najlepszy"}):
        return False
    return any(o.low.startswith(vocab.RANKING_NOUN_PREFIXES) or o.low in vocab.AMONG for o in toks)


def _ranking_in(toks: list[Token]) -> bool:
    """A ranking noun among the tokens ("listopad", November, shares the prefix "list")."""
    return any(t.low.startswith(vocab.RANKING_NOUN_PREFIXES) and not t.low.startswith("listopad") for t in toks)


def _on_podium(toks: list[Token], i: int) -> bool:
    """ "stanął na podium", "finished on the podium" (an act of standing or finishing right before)."""
    if toks[i].low != "podium" or i < 2:
        return False
    prev = [t.low for t in toks[max(0, i - 4):i]]
    if not any(w.startswith(vocab.PODIUM_ACT_PREFIXES) for w in prev) or _is_hypothetical(toks, i - 1, set(
            vocab.MODALS["pl"]) | set(vocab.MODALS["en"])):
        return False
    # a ranking, a contest or a place named in the sentence (a speaker's podium is none of them)
    return _ranking_in(toks) or any(t.lemma in vocab.CONTEST_NOUNS or t.lemma in vocab.PLACE_NOUNS
                                    or t.lemma in AWARD_STRONG_ANY for t in toks)


def _ranked_podium(toks: list[Token], i: int) -> bool:
    """ "ranked second out of 45 clusters in the EU benchmarking ranking", "is ranked first in the 2025 Cluster
    Performance Ranking": a podium ordinal after "ranked", with a ranking noun in the sentence."""
    return (toks[i].lemma in vocab.ORDINALS and i > 0 and toks[i - 1].low in {"ranked", "rated", "placed"}
            and _ranking_in(toks))


def _best_in_ranking(toks: list[Token], i: int) -> bool:
    """ "jest najlepszym klastrem w rankingu PARP", "the best cluster in the EU ranking": a best word, then
    an in-word and a ranking noun within five words."""
    if not toks[i].low.startswith(("best", "najlepsz")):
        return False
    for j in range(i + 1, min(len(toks) - 1, i + 5)):
        if toks[j].low in {"w", "we", "in"}:
            return _ranking_in(toks[j + 1:j + 4])
    return False


def _decided_or_ranked(toks: list[Token], i: int) -> bool:
    """A pending word that states no waiting: "Decyzją Ministra" (by the minister's decision: the
    decision is made) and "ahead of 40 teams" (a rank among rivals, not a time still to come)."""
    t = toks[i]
    if t.low == "decyzją":
        return True
    if t.low == "decyzja" and i == 0 and i + 1 < len(toks) and toks[i + 1].lemma in vocab.BODY_HEADS:
        return True   # "Decyzja Ministra w sprawie statusu KKK": a headline of the decision made
    if t.lemma in vocab.DECISION_WORDS and _decision_of_body(toks, i):
        return True   # "Commission decision for X", "By a decision of the Board", "na mocy decyzji Ministra"
    return t.low == "ahead" and i + 2 < len(toks) and toks[i + 1].low == "of" and toks[i + 2].low[:1].isdigit()


def _designation_after(toks: list[Token], i: int, strict: bool = False) -> int | None:
    """Where the designation an act of designating names begins: after "as"/"jako"/"na" (or, in English,
    right after the act or its object: "designated a regional innovation hub"), a capitalised title or an
    institution noun within four words ("designated Anna Nowak as the contact person" names none). strict: an
    institution noun only (after acts of choosing: "selected X as a European Digital Innovation Hub")."""
    for j in range(i + 1, min(len(toks) - 1, i + 9)):
        low = toks[j].low
        if low not in vocab.DESIGNATION_AS and low not in {"a", "an"}:
            continue
        m = j + 1
        while m < len(toks) and low in vocab.DESIGNATION_AS and (
                toks[m].low in {"a", "an", "the", "one", "of", "jeden", "jedno", "jedną", "z"} or toks[m].low.isdigit()):
            m += 1   # "as one of 150 European Digital Innovation Hubs", "jako jedno z 20 centrów"
        if m >= len(toks) or toks[m].low[:1].isdigit():
            return None
        if low in vocab.DESIGNATION_INTO and not strict:
            strict = True   # "desygnowany do sieci Europejskich Hubów": into an institution named by its noun
        if any(o.low.startswith(vocab.ROLE_PREFIXES) for o in toks[m:m + 2]):
            return None   # "appointed as the Coordinator of the Innovation Centre project": a person's role
        if (low in vocab.DESIGNATION_AS and toks[m].capitalised and not strict) or any(
                o.low.startswith(vocab.DESIGNATION_PREFIXES) for o in toks[m:m + 4]):
            return m
        if low in {"a", "an"} and toks[m].capitalised and not strict and (j > i + 1 or _passive_before(toks, i)):
            # "designated the X Cluster a National Key Cluster", "was designated a National Key Cluster": the
            # indefinite article opens a capitalised designation ("The government designated a Special Economic
            # Zone" makes a new zone: nobody's status)
            return m
        return None
    return None


def _passive_before(toks: list[Token], i: int) -> bool:
    """ "is/was/been designated": a form of "be" within the two words before the act."""
    return any(t.low in {"is", "was", "were", "been", "be", "are"} for t in toks[max(0, i - 2):i])


def _superlative_title_after(toks: list[Token], i: int) -> int | None:
    """The top or superlative title a naming act gives, within eight words after it (the object's name may
    stand between): "named the top company", "ranked as the most innovative cluster", "chosen the most
    innovative company", "uznała X za najbardziej innowacyjną organizację klastrową"."""
    one = toks[i].lemma in vocab.CHOOSING_ACTS
    return next((j for j in range(i + 1, min(len(toks) - 1, i + 9)) if (
        toks[j].low in {"top", "best"} and _is_title_noun(toks[j + 1], one)) or (
        _is_superlative(toks, j) and (any(_is_title_noun(o, one) for o in toks[j + 1:j + 4])
                                      or _in_place_after(toks, j)))), None)


def _in_place_after(toks: list[Token], j: int) -> bool:
    """ "najbardziej innowacyjny w regionie", "the most dynamic in Poland": an in-word and a country or a region
    within three words after a superlative."""
    return any(toks[k].low in {"w", "we", "in"} and toks[k + 1].low in vocab.BEST_PLACE_WORDS
               for k in range(j + 1, min(len(toks) - 1, j + 4)))


def _among_named_list(toks: list[Token], i: int) -> int | None:
    """A named list a cluster or a company found itself on: "znalazła się wśród Diamentów Forbesa", "znalazł się
    w gronie Gazel Biznesu 2026" ("się", an among-word, then a capitalised name that is no group of members,
    partners, exhibitors or signatories, which a joining or an event names)."""
    j = i + 1 + (i + 1 < len(toks) and toks[i + 1].low == "się")
    if j == i + 1 or j >= len(toks) - 1:
        return None
    j += toks[j].low in {"w", "we"}
    if j >= len(toks) - 1 or toks[j].low not in vocab.AMONG:
        return None
    k = j + 1
    if not toks[k].capitalised or toks[k].low.startswith(vocab.NOT_A_RANKING_GROUP):
        return None
    return k


def _capitalised_title_after(toks: list[Token], i: int) -> int | None:
    """A capitalised title of two words or more after "a"/"an" that follows a naming act's object: "named the
    Warmia Cluster a Regional Innovation Leader" ("named Jan Nowak a Board Member" names a role)."""
    for j in range(i + 1, min(len(toks) - 2, i + 9)):
        if toks[j].low in {"a", "an"}:
            m = j + 1
            if toks[m].capitalised and toks[m + 1].capitalised and not any(
                    o.low.startswith(vocab.ROLE_PREFIXES) for o in toks[m:m + 3]):
                return m
            return None
    return None


def _entered_in_list(toks: list[Token], i: int, in_phrase: set[int]) -> bool:
    """Entered in a list of status holders: "included in the list of National Key Clusters", "wpisana do
    rejestru ośrodków innowacji" (a list noun within four words after the act, then a status phrase or an
    institution noun within four; "wpisany na listę rankingową wniosków" names none)."""
    at = next((j for j in range(i + 1, min(len(toks), i + 5)) if toks[j].low.startswith(vocab.LIST_NOUN_PREFIXES)
               and not toks[j].low.startswith("listopad")), None)
    if at is None:
        return False
    return any(k in in_phrase or toks[k].low.startswith(vocab.DESIGNATION_PREFIXES)
               for k in range(at + 1, min(len(toks), at + 5)))


def _designation_named(toks: list[Token], i: int) -> int | None:
    """The capitalised designation right after an act of becoming ("became a European Digital Innovation Hub",
    "zostało Regionalnym Centrum Innowacji"): an institution noun inside the name, and no membership in it
    ("became a Member of the Innovation Centre network")."""
    j = i + 1
    while j < len(toks) and toks[j].low in {"a", "an", "the", "jako", "officially", "oficjalnie"}:
        j += 1
    run = _name_after(toks, j - 1) if j < len(toks) and toks[j].capitalised else []
    run += toks[j + len(run):j + len(run) + 1]   # the lower-case head after it ("an Innovation Centre partner")
    if not any(o.low.startswith(vocab.DESIGNATION_PREFIXES) for o in run) or any(
            o.low.startswith(vocab.MEMBERSHIP_PREFIXES) for o in run):
        return None
    return j


def _placed_among_best(toks: list[Token], i: int) -> bool:
    """Among the best as a place held: "is among the 10 best clusters in Europe according to the ranking",
    "is listed among Europe's 50 leading clusters", "według rankingu X jest najlepszym klastrem w Polsce" (a
    copula or a listing word before, and a ranking or a source named; "our members are among the best"
    praises, it tells no place)."""
    j = next((j for j in range(max(0, i - 3), i) if toks[j].low in vocab.AMONG), None)
    if j is None and toks[i].low.startswith(("best", "najlepsz")):
        j = i - (i > 0 and toks[i - 1].low == "the")   # "jest najlepszym klastrem w Polsce", "is the best cluster"
    if j is None or j == 0 or (toks[j - 1].low not in vocab.COPULAS and toks[j - 1].low not in vocab.LISTED_FORMS):
        return False
    return _ranking_in(toks) or any(t.low in {"according", "według", "wg"} for t in toks)


def _level_moved(cues: Cues) -> None:
    """A level reached from a lower one: "from bronze to silver", "z brązu na srebro", "zamienił Brązową
    Etykietę na Srebrną" (a level, a to-word within three words, a later level within three after it): the later
    level is the award and the move its act, unless the move is hoped for, planned or still to come."""
    toks = cues.tokens
    if set(cues.negative) & {"future", "pending", "call", "howto"} or not any(
            t.low in vocab.MOVE_PAST_EN or (len(t.low) > 4 and PL_PAST.search(t.low)) for t in toks):
        return   # a move told by no past act ("Bronze to gold: how clusters prepare") is no move made
    for i, t in enumerate(toks):
        if not LEVEL_WORDS.get(t.lemma) or _is_hypothetical(toks, i, MODALS_ANY):
            continue
        to = next((j for j in range(i + 1, min(len(toks) - 1, i + 4)) if toks[j].low in {"to", "do", "na"}), None)
        later = next((k for k in range(to + 1, min(len(toks), to + 4)) if LEVEL_WORDS.get(toks[k].lemma)
                      and toks[k].lemma != t.lemma), None) if to is not None else None
        if later is None:
            continue
        if later not in cues.award_strong:
            cues.award_strong.append(later)
        if to not in cues.positive:
            cues.positive.append(to)
        return


def _granted_to_named(toks: list[Token], i: int) -> bool:
    """A grant act before a status with only its recipient's name between: "The Commission granted the
    Silesian Water Cluster the status of", "o nadaniu Rzeszowskiemu Parkowi Naukowemu statusu"."""
    j = i - 1
    while j >= 0 and i - j <= 8 and (toks[j].capitalised or toks[j].low in vocab.DETERMINERS_OF_NAMES
                                     or toks[j].lemma in vocab.ORG_HEADS or toks[j].lemma in vocab.ORG_HEADS_EN):
        j -= 1   # ("granted our cluster the status of", "nadał naszemu klastrowi status")
    return 0 <= j < i - 1 and toks[j].lemma in vocab.STATUS_GRANTS


def _name_after(toks: list[Token], i: int) -> list[Token]:
    """The capitalised name right after token i, over "of", articles and small connectors ("status of a
    European Digital Innovation Hub", "statusu Regionalnego Centrum Innowacji")."""
    j = i + 1
    while j < len(toks) and toks[j].low in {"of", "a", "an", "the"}:
        j += 1
    out = []
    while j < len(toks) and len(out) < 8 and (toks[j].capitalised or (out and toks[j].low in {"i", "and", "of", "for"})):
        out.append(toks[j])
        j += 1
    return out


def _decision_of_body(toks: list[Token], i: int) -> bool:
    """A decision a named body took: its body right before ("Commission decision", "the Minister's decision")
    or after ("decyzji Ministra", "decision of the Board"), and no word of waiting in the sentence ("the
    Commission's decision is expected in spring", "czekamy na decyzję Ministra" still await it)."""
    heads = [toks[i - 1]] if i else []
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].low == "of")
    k += k < len(toks) and toks[k].low in {"the", "a", "an"}
    heads += toks[k:k + 2] if k > i + 1 else toks[i + 1:i + 2]
    if not any(h.lemma in vocab.BODY_HEADS or h.low.split("'")[0].split("’")[0] in vocab.BODY_HEADS for h in heads):
        return False
    return not any(o.low.startswith(vocab.WAITING_PREFIXES) or o.low in vocab.WAITING_WORDS or o.low in vocab.FUTURE_EN
                   or o.low in vocab.FUTURE_AUX_PL for o in toks)


def _right_to_use(toks: list[Token], i: int) -> int | None:
    """Where the permission before a form of using begins: "right to use", "is entitled to use", "prawo do
    posługiwania się", "may now use", "może od dziś posługiwać się" (a modal only with a now-word between;
    "will be entitled to use" is still to come)."""
    start = next((j for j in range(max(0, i - 4), i) if toks[j].low in vocab.PERMISSION_WORDS), None)
    if start is None:
        start = next((j for j in range(max(0, i - 3), i) if toks[j].low in vocab.NOW_WORDS and any(
            toks[k].low in {"may", "can", "może", "mogą"} for k in range(max(0, j - 2), j))), None)
    if start is None or any(t.low in vocab.FUTURE_EN or t.low in vocab.FUTURE_AUX_PL
                            for t in toks[max(0, start - 4):i]):
        return None
    return start


def _won_in_final(cues: Cues) -> None:
    """ "In the final of the X Challenge, first place went to Y", "W finale konkursu X pierwsze miejsce zajęła
    firma Y": a final whose podium place is told with an act is the result, not a shortlist; the place is
    the award."""
    toks = cues.tokens
    finals = cues.negative.get("nominee", [])
    if not finals or not cues.positive or any(toks[k].lemma not in vocab.FINAL_LEMMAS for k in finals):
        return
    places = [w for w in cues.award_weak if _is_podium_place(toks, w)]
    if not places:
        return
    del cues.negative["nominee"]
    for w in places:
        cues.award_weak.remove(w)
        cues.award_strong.append(w)
    cues.final_won = True


def analyse(text: str, lang: str) -> Cues:
    """The cues of one sentence (lang: pl | en | other; both vocabularies are consulted)."""
    toks = tokenize(text, lang)
    cues = Cues(text=text, tokens=toks)
    lemmas = [t.lemma for t in toks]
    in_phrase: set[int] = set()
    # Same order of hits as comparing every phrase at every position: by language, phrase, position.
    hits: list[tuple[int, int, int]] = []
    for i, lem in enumerate(lemmas):
        for phrase in PHRASES_BY_FIRST.get(lem, ()):
            n = len(phrase)
            if tuple(lemmas[i:i + n]) == phrase:
                hits.append((PHRASE_ORDER[phrase], i, n))
    for _, i, n in sorted(hits):
        cues.award_strong.append(i)
        in_phrase.update(range(i, i + n))
    modals = MODALS_ANY
    pending_award_after: list[int] = []
    granted_status: list[int] = []
    right_to_use: list[tuple[int, int]] = []
    picked_up: set[int] = set()
    for i, t in enumerate(toks):
        lem = t.lemma
        if i in in_phrase:
            continue
        if lem not in ACTIVE_LEMMAS and t.low not in ACTIVE_FORMS and not t.low.startswith(
                ACTIVE_PREFIXES_BY_HEAD.get(t.low[:2], ())):
            continue   # no rule below acts on this word
        is_en_verb_form = lem in vocab.POSITIVE_VERBS["en"] and not (
            lem in EN_NOUN_VERBS and t.low.startswith(lem) and t.low[len(lem):] not in vocab.EN_VERB_ENDINGS
        ) and (   # "przyznał 9 grantów": a Polish plural of the noun, not "granted"
            (t.low != lem and not (t.low.endswith("s") and lem in EN_NOUN_VERBS)) or lem in vocab.EN_BASE_FORM_ACTS
            or (lem in EN_NOUN_VERBS and _is_headline_verb(toks, i))
        )
        if i > 0 and toks[i - 1].lemma in vocab.AWARD_STRONG["en"] and text[toks[i - 1].end:t.start] == "-":
            continue   # "award-winning", "prize-winning": a description, not news
        if t.low.startswith(vocab.FUNDING_PREFIXES):
            cues.negative.setdefault("funding", []).append(i)   # "konkurs Mikrogrant", "minigrants", "grantowy"
            continue
        if t.low in vocab.USE_FORMS:
            start = _right_to_use(toks, i)
            if start is not None:
                right_to_use.append((start, i))   # "may now use the Gold Label": resolved after the loop
            continue
        if t.low.startswith(vocab.ACCREDITATION_PREFIXES) and t.low.endswith(vocab.ACCREDIT_VERB_ENDINGS) and not \
                _negative_classes(lem, t.low):
            cues.negative.setdefault("conformity", []).append(i)   # "akredytował": as "accredited" (lift_accreditation)
            continue
        if t.low.startswith(vocab.SPONSOR_PREFIXES):
            cues.negative.setdefault("sponsor", []).append(i)   # "fundatorem nagrody", "ufundował nagrody"
            continue
        if t.low in vocab.FOUNDER_FORMS and any(
                toks[j].lemma in AWARD_STRONG_ANY for j in range(i + 1, min(len(toks), i + 6))):
            cues.negative.setdefault("sponsor", []).append(i)   # "founder of the Young Innovator Prize"
            continue
        if t.low.startswith(vocab.SPORT_PREFIXES) or (t.low.startswith(vocab.SPORT_WORD_PREFIX) and any(
                toks[j].low in vocab.SPORT_EVENT_WORDS for j in (i - 1, i + 1) if 0 <= j < len(toks))):
            cues.negative.setdefault("sport", []).append(i)   # a staff spartakiad, a football tournament
            continue
        listed = _on_named_list(toks, i)
        if listed:
            cues.listed.append(i)   # the classifier asks whether a title's place is only a list's
        if _tops_ranking(toks, i, text) or _number_one(toks, i) or _beats_rivals(toks, i) or _rated_top(toks, i, text) or \
                _ranking_place(toks, i) or _rated_best(toks, i) or _top_ten_place(toks, i) or listed or (
                t.low in vocab.FINISH_FORMS and i + 1 < len(toks) and toks[i + 1].lemma in vocab.ORDINALS
                and toks[i + 1].low not in {"1", "2", "3", "st", "nd", "rd"}):
            cues.positive.append(i)
            cues.award_strong.append(i)   # "na szczycie rankingu", "came top of the ranking"
            continue
        if t.low in vocab.PARTNER_FORMS or (t.text == "partner" and i + 1 < len(toks) and toks[i + 1].low == "of"):
            cues.negative.setdefault("sponsor", []).append(i)   # "partnerem nagrody", "partner of the Awards"
            continue
        if lem == "pick" and i + 1 < len(toks) and toks[i + 1].low == "up":
            lem, is_en_verb_form = "collect", True   # "picked up the Export Award"
            picked_up.add(i)
        if lem == "bring" and i + 1 < len(toks) and toks[i + 1].low == "home":
            lem, is_en_verb_form = "win", True   # "brought home a gold medal from Geneva"
        if t.low == "top" and i >= 2 and toks[i - 1].low == "on" and toks[i - 2].low in {"out", "finished", "ended"} \
                and not _is_hypothetical(toks, i - 2, modals):
            cues.positive.append(i)
            cues.award_strong.append(i)   # "came out on top among 40 teams", "finished on top"
            cues.acts.append(i)
            continue
        if t.capitalised and i > 0 and lem in vocab.POSITIVE_VERBS["pl"] and lem != t.low:
            continue   # "Poznań" (a city, not "poznać"): a capitalised word inside a sentence is a name
        if lem in vocab.POSITIVE_VERBS["pl"] and t.low.endswith("ąc") and any(
                PL_PAST.search(o.low) for o in toks) and not any(
                o.low in vocab.FUTURE_AUX_PL for o in toks):
            pending_award_after.append(i)   # "zrobił pierwszy krok, zdobywając Brązową Odznakę" (a past act)
            continue
        if _is_highest_level(toks, i):
            cues.award_strong.append(i)   # "achieved the top level of the excellence scheme"
            continue
        if _on_podium(toks, i) or _ranked_podium(toks, i) or _best_in_ranking(toks, i) or (
                t.low == "distinguished" and i + 1 < len(toks) and toks[i + 1].low in {"by", "with", "for", "as"}
                and not _is_hypothetical(toks, i, modals)):
            cues.positive.append(i)
            cues.award_strong.append(i)   # "stanął na podium", "ranked second in the ranking", "distinguished by"
            cues.acts.append(i)
            continue
        if t.low in vocab.TOP_WORDS and _is_top_place(toks, i):
            cues.positive.append(i)
            cues.award_strong.append(i)   # "Cluster in Europe's top five"
            continue
        if lem in vocab.HOLDER_NOUNS and not t.low.endswith(vocab.HOLDER_PLURAL_ENDINGS):
            pass   # one holder: "posiadaczem Złotej Odznaki", "the holder of the Silver Label"
        elif lem in vocab.HOLDER_NOUNS:
            continue   # holders as a group ("Spotkanie posiadaczy Złotej Odznaki") are no news
        if t.low in vocab.OFFICIALLY and i > 0 and toks[i - 1].low in vocab.COPULAS:
            k = _designation_named(toks, i)
            if k is not None:
                cues.award_strong.append(k)   # "is officially a European Digital Innovation Hub"
                cues.positive.append(i)
            continue
        if t.low in TRAVEL_ANY and _award_travels(toks, i, cues):
            cues.positive.append(i)
            cues.acts.append(i)
            a = _travelling_award(toks, i, cues)
            if a in cues.award_weak and (_is_podium_place(toks, a) or toks[a].lemma in NAMED_WEAK):
                cues.award_weak.remove(a)   # "Second place … went to X", "The title of … went to X": a place won
                cues.award_strong.append(a)
            continue
        if (lem in vocab.POSITIVE_VERBS["pl"] or is_en_verb_form) and _addresses_reader(toks, i, text):
            cues.negative.setdefault("future", []).append(i)   # "earn your certificate", "Zdobądź swój"
            continue
        if lem in vocab.POSITIVE_VERBS["pl"] and _in_proper_name(toks, i):
            continue   # "Poznań University of Technology": a city's name, not the verb "poznać"
        if lem in vocab.POSITIVE_VERBS["pl"] or is_en_verb_form:
            polish = lem in vocab.POSITIVE_VERBS["pl"]
            form = _pl_verb_form(t.low) if polish else ("fin" if t.low.endswith("s") else "past")
            if polish and _past_edition(toks, i, after=False):
                continue
            if polish and form == "ger" and any(toks[j].lemma in vocab.NEGATIVE["pl"]["event"] for j in range(len(toks))):
                continue   # "Gala wręczenia nagród w piątek": the act names the event, it tells no win
            if polish and lem in vocab.PERFECTIVE_PL and form in ("fin", "inf"):
                # "otrzyma", "zdobędzie" are future; "otrzymać" is an intention, and after a modal or a
                # purpose word ("chcemy zdobyć", "aby uzyskać") one that vetoes like a future.
                if (form == "fin" and lem not in {"znać"}) or (
                        _is_hypothetical(toks, i, modals) and lem not in vocab.MODAL_STATES):
                    cues.negative.setdefault("future", []).append(i)
                continue
            if polish and lem not in vocab.PERFECTIVE_PL and form == "inf" and lem not in vocab.MODAL_STATES:
                continue
            if polish and t.low in vocab.NOW_WORDS and _is_hypothetical(toks, i, modals):
                continue   # "może od dziś pochwalić się": from today, the state held (the verb after decides)
            if (_is_hypothetical(toks, i, modals) and lem not in vocab.MODAL_STATES) or any(
                toks[j].low in vocab.FUTURE_AUX_PL for j in range(max(0, i - 3), i)
            ):
                cues.negative.setdefault("future", []).append(i)
                continue
            if t.low.endswith("ing") and not polish and lem != "win":
                continue
            if lem == "have" and not (i + 1 < len(toks) and (
                    toks[i + 1].low in {"the", "a", "an"} or toks[i + 1].lemma == "status")):
                continue   # "has awarded", "has been": an auxiliary; "has the status of", "has a Silver Label" hold
            if lem in NEEDS_AFTER_ANY:
                pending_award_after.append(i)
                continue
            cues.positive.append(i)
            if lem in vocab.WINNING_ACTS:
                cues.acts.append(i)
            named = _named_object(toks, i) if lem in vocab.WIN_NAMED else None
            if named is not None:
                cues.award_strong.append(named)   # "PayBridge wins FinHack Warsaw": a named contest won
            if lem in vocab.ACT_IS_AWARD:
                cues.award_strong.append(i)   # "nagrodzony", "awarded", "re-labelled": the act is the award
            continue
        if t.low in vocab.FUTURE_AUX_PL:
            cues.negative.setdefault("future", []).append(i)
            continue
        if (lem in vocab.WINNER_NOUNS["pl"] or lem in vocab.WINNER_NOUNS["en"]) and _past_edition(toks, i, True):
            continue   # "laureatka zeszłorocznej nagrody", "last year's winner": an earlier edition
        if (lem in vocab.WINNER_NOUNS["pl"] or lem in vocab.WINNER_NOUNS["en"]) and (any(
            toks[j].low in vocab.FUTURE_EN for j in range(max(0, i - 4), i)) or _still_to_come(toks, i)
        ):
            cues.negative.setdefault("future", []).append(i)   # "We will learn the winners at the gala"
            continue
        if (lem in vocab.AWARD_STRONG["pl"] or lem in vocab.AWARD_STRONG["en"]) and _past_edition(toks, i, False):
            continue
        if lem in vocab.WINNER_NOUNS["pl"] or lem in vocab.WINNER_NOUNS["en"]:
            cues.positive.append(i)
            cues.award_strong.append(i)
            continue
        if lem in vocab.AWARD_STRONG["pl"] or lem in vocab.AWARD_STRONG["en"]:
            cues.award_strong.append(i)
            if lem in vocab.AWARDED_PARTICIPLES and _states_participle(toks, i):
                cues.positive.append(i)   # "Dolina Logistyczna wyróżniona", "Klaster wyróżniono w plebiscycie"
                cues.acts.append(i)
        elif _is_highest_level(toks, i):
            cues.award_strong.append(i)   # "reached the highest level of the excellence assessment"
        elif lem in vocab.AWARD_WEAK["pl"] or lem in vocab.AWARD_WEAK["en"]:
            if lem == "status":
                # only inside a phrase ("status Krajowego Klastra Kluczowego"), granted, or named; a status
                # whose phrase follows ("Status KKK") is that phrase's award already
                if not any(k in in_phrase for k in range(i + 1, i + 4)):
                    granted_after = any(
                        o.lemma in vocab.STATUS_GRANTS and o.low.endswith(vocab.STATUS_GRANT_PARTICIPLE_ENDINGS)
                        and toks[k + 1].low in {"przez", "by"}
                        for k, o in enumerate(toks[i + 1:min(len(toks) - 1, i + 10)], start=i + 1))
                    # a grant right before, or with only the recipient between ("granted the X Cluster the status
                    # of", "nadał Klastrowi X status"): with a capitalised status named, the status is granted
                    granted_before = _granted_to_named(toks, i)
                    granted = granted_after or granted_before or any(
                        o.lemma in vocab.STATUS_GRANTS for o in toks[max(0, i - 4):i])
                    named = any(o.capitalised or o.low.startswith(vocab.ACCREDITATION_PREFIXES)
                                for o in toks[i + 1:i + 4] if o.low not in {"of", "an", "a", "the"})
                    # "przedłużył status regionalnego ośrodka innowacji", "extended the status of innovation
                    # centre": an institution the status designates, granted
                    designated = any(o.low.startswith(vocab.DESIGNATION_PREFIXES) for o in toks[i + 1:i + 7]) or any(
                        o.low.startswith(vocab.DESIGNATION_PREFIXES) for o in _name_after(toks, i))
                    if granted_after and named or granted and designated or granted_before and named:
                        granted_status.append(i)   # strong when nothing else is: after the loop
                    elif granted or named or designated:
                        cues.award_weak.append(i)
                continue
            if lem in {"złoto", "gold"} and i > 0 and toks[i - 1].low.isdigit():
                continue
            if lem in {"złoto", "srebro", "brąz", "gold", "silver", "bronze"} and _level_for(toks, i):
                cues.award_strong.append(i)   # "Bronze for the X Cluster": the level is the award
            elif lem in NAMED_WEAK and (_name_follows(toks, i) or _superlative_title_follows(toks, i)):
                cues.award_strong.append(i)
            else:
                cues.award_weak.append(i)
        elif _is_podium_place(toks, i) or _is_among_best(toks, i) or _is_title_of_year(toks, i) or _is_best_in_place(
            toks, i) or (
            lem in vocab.ORDINALS and i > 0 and toks[i - 1].lemma == "rank"
        ):   # "ranked first in the national benchmark"
            if _placed_among_best(toks, i):
                cues.award_strong.append(i)   # "is among the 10 best clusters in Europe in the ECCP ranking"
                cues.positive.append(i)
            else:
                cues.award_weak.append(i)
        for cls in _negative_classes(lem, t.low):
            if cls == "funding" and _merit_of_prize(toks, i, cues):
                continue   # "nagroda za najlepszy przetarg roku", "award for the best grant project": the merit
            if cls == "pending" and (i > 0 and (toks[i - 1].low in vocab.HIGHEST_WORDS or toks[i - 1].low.startswith(
                    "najwyższ") or LEVEL_WORDS.get(toks[i - 1].lemma)) or any(
                    o.low.startswith(("pozytywn", "positive", "successful", "pomyśln")) for o in toks[max(0, i - 2):i])
                    ):
                continue   # "najwyższa ocena", "pozytywna ocena": a result given, not one awaited
            if cls == "funding" and t.low in {"grants", "granted"} and any(
                    o.lemma in vocab.GRANTED_TITLES for o in toks[i + 1:i + 4]):
                if i not in cues.positive:
                    cues.positive.append(i)   # "Ministry grants key status": the act of granting, not a grant
                    cues.acts.append(i)
                continue
            if cls == "call" and (any(o.low in vocab.AFTER_A_CALL for o in toks[max(0, i - 3):i]) or (
                    i > 0 and toks[i - 1].low == "po" and toks[i].low.startswith("nabor"))):
                continue   # "Following a call, the Commission designated 151 hubs", "w wyniku naboru": the call is over
            if cls == "job" and t.low in vocab.PLACE_FORMS and i > 0 and toks[i - 1].low in vocab.TOP_PLACE_WORDS:
                continue   # "first position in the ranking": a place, not a job
            if cls == "call" and i > 1 and toks[i - 1].low[:1].isdigit() and toks[i - 2].low in {
                    "spośród", "among", "from", "of", "z", "ze"}:
                continue   # "wyróżniła X spośród 40 zgłoszeń": among the entries, the call is over
            if cls == "call" and lem == "konkursowy" and i > 0 and (
                    toks[i - 1].lemma in vocab.BODY_HEADS or toks[i - 1].lemma in vocab.JURY):
                continue   # "decyzją komisji konkursowej": the contest's judges, not its call
            if cls == "call" and lem in {"wniosek", "application"} and any(
                    o.low.startswith(vocab.APPROVED_PREFIXES) for o in toks[max(0, i - 3):i + 4]):
                continue   # "pozytywnie zaopiniowała wniosek", "approved the application": decided
            if cls == "howto" and lem in {"step", "krok"} and i > 0 and (toks[i - 1].lemma in vocab.STEP_NEWS_WORDS or (
                    i + 1 < len(toks) and toks[i + 1].low.startswith("milow"))):
                continue   # "its first step on the excellence ladder": a first label, not a how-to
            if cls == "pending" and (_decided_or_ranked(toks, i) or (
                    lem in {"assessment", "evaluation", "audit", "ocena", "ewaluacja", "audyt"} and _after_done_check(toks, i))):
                continue
            cues.negative.setdefault(cls, []).append(i)
        if lem in {"złoty", "zloty", "złotówka"} and i > 0 and toks[i - 1].low[:1].isdigit():
            cues.negative.setdefault("money", []).append(i)
    # An accreditation a ministry or an agency confers ("status akredytowanego ośrodka innowacji", "awarded
    # the status of an accredited centre by the Ministry") is a public status; with a standard named (ISO,
    # a laboratory) it stays a conformity check.
    lift_accreditation(cues, toks)
    # A named status granted, in either order ("otrzymał status członka European Cluster Collaboration
    # Platform, nadany przez Komisję"), is the award when the sentence names no other; next to one it
    # stays weak, so that award's name and recipient are read as before.
    (cues.award_weak if cues.award_strong else cues.award_strong).extend(granted_status)
    # A conformity certificate (ISO 9001) is no award, whatever the noun next to it says.
    if "conformity" in cues.negative:
        cues.award_strong = [i for i in cues.award_strong if toks[i].lemma not in NAMED_WEAK]
    # Read only where a rule below reads them (the winners in the acts' windows and among the acts, the jury
    # for the acts): most sentences have neither an act nor a word waiting for an award.
    winners = {i for i, t in enumerate(toks) if t.lemma in WINNERS} if pending_award_after or cues.positive else set()
    jury = bool(pending_award_after) and any(t.lemma in vocab.JURY or t.low in vocab.JURY for t in toks)
    for i in pending_award_after:
        window = range(i + 1, min(len(toks), i + (9 if toks[i].lemma in vocab.JOIN_ACTS | {"name"} else 6)))
        if toks[i].lemma in vocab.AWARD_BEFORE_TOO or (toks[i].low == "taken" and i + 1 < len(toks) and toks[
                i + 1].low == "by") or (toks[i].lemma in vocab.JOIN_ACTS and any(
                t.low in {"grona", "grono", "gronie", "ranks", "group", "club"} for t in toks[max(0, i - 8):i])):
            # "Do grona posiadaczy Brązowej Odznaki dołączył X": the group of holders before the act
            window = [*range(max(0, i - 12), i), *window]   # "The X status of the Y Cluster has been extended"
        if toks[i].lemma in vocab.DESIGNATE_ACTS:
            # "designated the Nysa Park as a Regional Innovation Centre", "was designated a regional innovation
            # hub", "wyznaczył X na Regionalny Ośrodek Innowacji": the designation after the act is the award
            k = _designation_after(toks, i, strict=toks[i].lemma not in vocab.DESIGNATE_ANY_NAME)
            if k is None and any(j in in_phrase or j in cues.award_strong for j in window):
                k = i   # "has been designated a National Key Cluster": a status phrase named
            if k is not None and not _is_hypothetical(toks, i, modals):
                if k != i:
                    cues.award_strong.append(k)
                cues.positive.append(i)
                cues.acts.append(i)
            continue
        if toks[i].lemma in vocab.BECOME_ACTS and not _is_hypothetical(toks, i, modals):
            k = _designation_named(toks, i)
            if k is not None:
                cues.award_strong.append(k)   # "became a European Digital Innovation Hub"
                cues.positive.append(i)
                continue
        if toks[i].lemma in vocab.NAMING_TOP_ACTS and not _is_hypothetical(toks, i, modals):
            # "was named the top company", "named the most innovative cluster organisation", "uznała X za
            # najbardziej innowacyjną organizację klastrową", "wybrana najbardziej innowacyjną firmą regionu"
            top = _superlative_title_after(toks, i)
            if top is None and toks[i].lemma in vocab.TITLE_NAMING_ACTS:
                top = _capitalised_title_after(toks, i)   # "named the Warmia Cluster a Regional Innovation Leader"
            if top is not None:
                cues.award_strong.append(top)   # "was named the top company of the year by the analysts"
                cues.positive.append(i)
                cues.acts.append(i)
                continue
        if toks[i].lemma in vocab.FOUND_AMONG_ACTS:
            k = _among_named_list(toks, i)
            if k is not None:
                cues.award_strong.append(k)   # "znalazła się wśród Diamentów Forbesa", "w gronie Gazel Biznesu"
                cues.positive.append(i)
                continue
        if toks[i].lemma in vocab.LIST_ACTS and _entered_in_list(toks, i, in_phrase):
            cues.award_strong.append(i)   # "included in the list of National Key Clusters", "wpisana do rejestru"
            cues.positive.append(i)
            cues.acts.append(i)
            continue
        if toks[i].lemma in vocab.NEEDS_WINNER_AFTER and i not in picked_up:
            k = _designation_after(toks, i, strict=True) if not _is_hypothetical(toks, i, modals) else None
            if k is not None:
                cues.award_strong.append(k)   # "selected the Lublin Digital Hub as a European Digital Innovation Hub"
                cues.positive.append(i)
                cues.acts.append(i)
            elif any(j in winners for j in window):
                cues.positive.append(i)
                cues.acts.append(i)
            elif _chosen_as_title(toks, i):
                cues.positive.append(i)   # "selected the Baltic Cluster as the Cluster of the Year"
            continue
        if jury and not winners and toks[i].lemma != "uznać" and not (
                _handed_to_named(toks, i) and any(j in in_phrase or j in cues.award_strong for j in window)):
            # ("Kapituła uznała X za najlepszy": a verdict of the jury, not its appointment)
            continue   # "Judges announced for the Cleantech Prize": the jury is named, not a winner
        if toks[i].lemma in vocab.LEVEL_MOVES:
            level_at = next((j for j in window if LEVEL_WORDS.get(toks[j].lemma) and j not in cues.award_strong), None)
            if level_at is not None and not _is_hypothetical(toks, i, modals):
                cues.award_strong.append(level_at)   # "awansował z poziomu brązowego na srebrny": the level reached
        named = {_name_start(toks, a) for a in cues.award_strong + cues.award_weak}
        if any(j in cues.award_strong or j in cues.award_weak or j in named for j in window) or any(
            j in in_phrase for j in window
        ):
            cues.positive.append(i)
            if toks[i].lemma in vocab.HANDING_ACTS and any(j in cues.award_strong for j in window):
                cues.acts.append(i)   # "handed the award to X": a win stated outright
    # A label told as the right to use it ("may now use the Gold Label", "otrzymał prawo do posługiwania się
    # Srebrną Etykietą"): the permission is the act when an award follows; a now-word the modal made a
    # future ("may now") is no future.
    for start, i in right_to_use:
        if any(j in cues.award_strong or j in cues.award_weak for j in range(i + 1, min(len(toks), i + 8))):
            if "future" in cues.negative:
                cues.negative["future"] = [k for k in cues.negative["future"] if not start <= k < i]
                if not cues.negative["future"]:
                    del cues.negative["future"]
            if i not in cues.positive:
                cues.positive.append(i)
                cues.acts.append(i)
    # A distinction or a title of the year right after an act of winning is an award in its own right
    # ("received distinctions", "was named Business Support Institution of the Year").
    acts_before = [p for p in cues.positive if p not in winners]
    for w in list(cues.award_weak):
        start = _name_start(toks, w) if toks[w].capitalised else w
        as_title = start > 0 and toks[start - 1].low in {"as", "jako"} or start > 1 and toks[start - 1].low == "the" \
            and toks[start - 2].low == "as"   # "named X as the Cluster of the Year", however long X
        if (toks[w].lemma in vocab.PROMOTED_AFTER_ACT or _is_title_of_year(toks, w) or _is_best_in_place(toks, w)) and any(
            0 < start - p <= (12 if as_title else 4) for p in acts_before
        ):
            cues.award_weak.remove(w)
            cues.award_strong.append(w)
        elif _is_title_of_year(toks, w) and not _is_hypothetical(toks, start, modals) and any(
                toks[k].low in vocab.COPULAS for k in range(max(0, start - 2), start)):
            cues.award_weak.remove(w)   # "Dr Ewa Las is the Innovator of the Year": the title held
            cues.award_strong.append(w)
            cues.positive.append(max(k for k in range(max(0, start - 2), start) if toks[k].low in vocab.COPULAS))
    # A level reached at a rung ("passed the ESCA assessment at gold level", "na poziomie złotym"): the level
    # is the award in a sentence with an act.
    if cues.positive or (PASS_HINT.search(text) and any(
            t.lemma in vocab.PASS_ACTS or t.low.startswith(vocab.PASS_PREFIXES) for t in toks)):
        for k, t in enumerate(toks):
            if LEVEL_WORDS.get(t.lemma) and k not in cues.award_strong and any(
                    o.lemma in {"level", "poziom"} for o in toks[max(0, k - 1):k + 2]):
                cues.award_strong.append(k)
                if not cues.positive:   # the act of passing states the win ("passed … at gold level")
                    cues.positive.extend(j for j, o in enumerate(toks[:k]) if o.lemma in vocab.PASS_ACTS
                                         or o.low.startswith(vocab.PASS_PREFIXES))
    # A label with its level, next to an act, is an award in its own right ("otrzymał Srebrną Etykietę").
    if cues.positive:
        for w in list(cues.award_weak):
            if w > 0 and LEVEL_WORDS.get(toks[w - 1].lemma) and toks[w].lemma in vocab.LEVEL_NOUNS:
                cues.award_weak.remove(w)
                cues.award_strong.append(w)
    # A contest won outright is an award ("W konkursie X zwyciężył Klaster Y", "won the competition"): a
    # contest noun next to an act of winning (a future or a chance to win makes no act: see above).
    if any(toks[p].lemma in vocab.CONTEST_WINS for p in cues.positive):
        for p in [p for p in cues.positive if toks[p].lemma in vocab.CONTEST_WINS]:
            for j in range(p + 1, min(len(toks), p + 4)):
                if toks[j].low.startswith(("ranking", "rankingu")) and j not in cues.award_strong:
                    cues.award_strong.append(j)   # "wygrał ranking PARP"
        for w in list(cues.award_weak):
            if toks[w].lemma in vocab.CONTEST_NOUNS:
                cues.award_weak.remove(w)
                cues.award_strong.append(w)
    _won_in_final(cues)
    _level_moved(cues)
    # A body recognising a named organisation is a distinction in its own right ("The European
    # Commission recognised the Lublin Medical Cluster", "Klaster doceniony przez Komisję Europejską");
    # "recognised the importance of …" names nobody.
    for p in list(cues.positive):
        if toks[p].lemma not in vocab.RECOGNITION_ACTS or p in cues.award_strong:
            continue
        k = p + 2 + (p + 3 < len(toks) and toks[p + 2].low == "the")
        by_body = k < len(toks) and toks[p + 1].low in {"przez", "by"} and any(
            o.lemma in vocab.BODY_HEADS for o in toks[k:k + 4])   # "recognised by the European Commission"
        body_first = any(toks[j].lemma in vocab.BODY_HEADS for j in range(max(0, p - 6), p)) and (
            _named_object(toks, p) is not None)
        if by_body or body_first:
            cues.award_strong.append(p)
            cues.acts.append(p)
    certificates = [k for k, t in enumerate(toks) if t.lemma in vocab.CERTIFICATE_NOUNS and k not in in_phrase]
    if certificates and any(t.lemma in vocab.COURSE_WORDS or t.low in vocab.COURSE_WORDS for t in toks):
        cues.negative.setdefault("training", []).append(0)   # the certificate of a course
    for k in certificates:
        if any(o.low.startswith(vocab.QUALIFICATION_PREFIXES) for o in toks[k + 1:k + 6]):
            cues.negative.setdefault("training", []).append(k)   # "certyfikat eksperta ESCA"
            break
    if (not cues.positive or any(toks[p].lemma in vocab.HOLDING_ACTS for p in cues.positive)) and re.search(
            vocab.HELD_SINCE_YEAR_RE, text, re.IGNORECASE):
        # "od 2021 roku posiadamy status", "Since 2020 with the Silver Label": held since a year, not news
        cues.negative.setdefault("retrospective", []).append(0)
    if RETROSPECTIVE.search(text):
        cues.negative.setdefault("retrospective", []).append(0)
    awards = cues.award_strong + cues.award_weak
    if awards:
        # "Nagroda dla CTT", "Gold for Mazovia": a for-word shortly after an award word, in the same
        # clause ("Medals and certificates: printing offer for organisers" is not one).
        for a in sorted(set(awards)):
            for j in range(a + 1, min(len(toks) - 1, a + 6)):
                if toks[j].low in vocab.FOR_WORDS and not toks[j + 1].low[:1].isdigit() and not re.search(
                    r"[:–—|]", text[toks[a].end:toks[j].start]
                ):   # "Award ceremony scheduled for 5 December" is a date, not a recipient
                    cues.for_pattern = True
                    break
            if cues.for_pattern:
                break
        # "Klaster X ze statusem Krajowego Klastra Kluczowego", "X with the Gold Label"
        for a in sorted(set(awards)):
            if any(toks[j].low in vocab.WITH_WORDS and j > 0 and not re.search(r"[:–—|,]", text[toks[j - 1].end:toks[j].start])
                   for j in range(max(0, a - 3), a)):
                cues.for_pattern = True
                break
    cues.award_strong.sort()
    cues.award_weak.sort()
    return cues
