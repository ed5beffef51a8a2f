"""Award details: level (gold/silver/bronze label), award name, awarding body, recipient."""

from __future__ import annotations

import re
from collections.abc import Iterator

from monitor.awards import names as names_mod
from monitor.awards import vocab
from monitor.awards.lexicon import lemma_of
from monitor.awards.text import Cues, _is_highest_level

LEVEL_OF = {w: level for level, words in vocab.LEVELS.items() for w in words}
QUOTED = re.compile(r"[„\"“«]([^„\"“”«»]{3,120})[”\"»]")
PREPOSITIONS = {"w", "we", "na", "z", "ze", "do", "po", "od", "przez", "dla", "podczas", "in", "at", "on", "during",
                "after", "for", "from", "by", "with", "of", "to", "o", "u", "przy", "pod", "nad", "za", "przed"}
DETERMINERS = {"the", "a", "an", "this", "our", "nasz", "nasza", "ten", "ta"}
CONNECTORS = {"i", "&", "and", "of", "for", "w", "de", "-", "z", "im", "the"}
# Heads of noun phrases that name an organisation that gives awards.
BODY_HEADS = vocab.BODY_HEADS
GRANTING = {"single", "uznać", "select", "choose", "wybrać", "announce", "ogłosić", "commend", "confirm", "extend", "renew", "potwierdzić", "przedłużyć", "odnowić", "przyznać", "przyznawać", "nadać", "nadawać", "wręczyć", "award", "grant", "confer", "bestow", "name",
            "present", "honour", "honor", "uhonorować", "nagrodzić", "wyróżnić", "recognise", "recognize", "docenić",
            "give", "hand", "bestow", "designate", "vote"}
BY_WORDS = {"przez", "by", "from", "od"}
# Participles of holding after which "by" names the holder, not the body ("the status held by X").
HOLDING_FORMS = {"held", "owned", "kept", "posiadany", "posiadana", "posiadane", "posiadanego", "posiadanej",
                 "posiadanym", "posiadaną"}
HELD_THINGS = {"status", "label", "title", "certificate", "accreditation", "tytuł", "certyfikat", "akredytacja"}
# Acts of keeping a status in force: a body does them to a holder ("The Board confirmed the status of X",
# "Zarząd Województwa przedłużył Klastrowi X status"), a holder to itself ("X renewed its label").
BODY_ACTS = {"single", "uznać", "select", "choose", "wybrać", "announce", "ogłosić", "confirm", "extend", "renew", "potwierdzić", "przedłużyć", "odnowić"}
# Nouns of people or teams before "from" that tell the winners' origin ("students from", "team from").
ORIGIN_NOUNS = {"students", "scientists", "engineers", "teams", "group", "delegation", "partners", "companies",
                "firms", "startups", "start-ups", "experts", "representatives"}
# People or teams that head a subject whose name follows them ("Studenci z zespołu RoboLab", "Researchers from
# the BioSense group", "The team Hydrogen Pioneers", "Drużyna Wolves"): the named group is the recipient. Polish
# forms by their stems, as the lemma table lacks most of them ("drużyny", "koła naukowego", "studentki").
GROUP_NOUNS = ORIGIN_NOUNS | {"pupils", "researchers", "participants", "members", "team", "squad", "club", "crew",
                              "student", "students", "lab"}
GROUP_PREFIXES_PL = ("studen", "uczni", "uczen", "uczestni", "naukow", "badacz", "inżynier", "zawodni", "zespo",
                     "drużyn", "ekip", "grup", "członk")
GROUP_FORMS_PL = {"koło", "koła", "kole", "kołu", "kołem"}
# Team nouns that may stand right before the team's name ("Team NovaGrid", "Drużyna Wolves", "zespół Hydra");
# "Grupa Azoty", "Zespół Szkół Technicznych" are names of their own (a genitive after the noun).
TEAM_NOUNS = {"team", "squad", "crew"}
NAME_OPENING_GROUPS = ("grup", "zespo", "group", "team", "club", "lab")   # "Grupa Azoty", "Zespół Szkół …"
TEAM_PREFIXES_PL = ("drużyn", "ekip", "zespo")
KNOWN_FULL_NAMES = {"Krajowy Klaster Kluczowy": ("krajowy", "klaster", "kluczowy"),
                    "National Key Cluster": ("national", "key", "cluster")}
# Every multi-word award ("Regionalny Klaster Kluczowy", "Key Regional Cluster", "special mention"): a run
# inside one is the award's name, not its holder's.
ALL_PHRASES = [tuple(p) for lang in ("pl", "en") for p in vocab.AWARD_PHRASES[lang] if len(p) > 1]
PHRASE_WORDS = {w for p in ALL_PHRASES for w in p[1:]}
WINNER_LEMMAS = frozenset(vocab.WINNER_NOUNS["pl"]) | frozenset(vocab.WINNER_NOUNS["en"])


def level(segments: list[Cues]) -> str:
    """The label level stated next to an award word, in the first segment that states one."""
    for cues in segments:
        found = _level_in(cues)
        if found:
            return found
    return ""


def _level_in(cues: Cues) -> str:
    toks = cues.tokens
    award_idx = set(cues.award_strong + cues.award_weak)
    for i, t in enumerate(toks):
        lv = LEVEL_OF.get(t.lemma) or LEVEL_OF.get(t.low)
        if not lv:
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if prev and (prev.low in vocab.LEVEL_BLOCKERS or prev.low[:1].isdigit()):
            continue
        if nxt and (nxt.low in vocab.LEVEL_BLOCKERS or nxt.lemma in vocab.LEVEL_BLOCKERS):
            continue
        if any(o.low in {"after", "po", "since", "od", "temu", "ago"} for o in toks[max(0, i - 2):i]) and any(
                LEVEL_OF.get(n.lemma) or LEVEL_OF.get(n.low) for n in toks[i + 1:]):
            continue   # "After bronze in 2023, now silver", "Rok temu brąz, dziś srebro": the earlier level
        if prev and prev.low in {"from", "z", "ze", "od"} and any(
                LEVEL_OF.get(n.lemma) or LEVEL_OF.get(n.low) for n in toks[i + 2:i + 4]) and nxt and nxt.low in {
                "to", "do", "na"}:
            continue   # "upgraded from bronze to silver", "z brązu na srebro": the level reached is the later one
        if _level_left_behind(toks, i) or _colour_in_prize_name(toks, i):
            continue
        near = toks[max(0, i - 2): i + 4]
        if any(n.lemma in vocab.LEVEL_NOUNS and n.lemma not in vocab.UNGRADED_PRIZE_NOUNS for n in near):
            return lv
        if _closes_award_name(toks, i):
            return lv   # "Certyfikat Doskonałości Zarządzania Klastrem – Brązowy": the level closes the name
        if i in cues.award_strong and cues.positive:
            return lv   # "awansował z poziomu brązowego na srebrny": the level reached is the award
        if t.lemma in {"złoto", "srebro", "brąz", "gold", "silver", "bronze"} and i in award_idx and (
            cues.positive or cues.for_pattern or i == 0
        ):
            return lv   # "Złoto dla Mazowsza", "took gold", "Złoto w konkursie X" (a title opening with it)
    for i in cues.award_strong:
        # "the highest level of the cluster management excellence assessment": a label scheme's top is gold
        if _is_highest_level(toks, i) and any(t.low.startswith(vocab.LABEL_SCHEME_PREFIXES) for t in toks):
            return "gold"
    return ""


def _level_left_behind(toks: list, i: int) -> bool:
    """A level moved away from: "moved up from the Bronze Label to the Silver Label", "upgraded its Bronze
    Label to Gold" (a to-word within three words after it, and another level within three after that)."""
    for j in range(i + 1, min(len(toks) - 1, i + 4)):
        if toks[j].low in {"to", "do", "na"}:
            return any(LEVEL_OF.get(n.lemma) or LEVEL_OF.get(n.low) for n in toks[j + 1:j + 4])
    return False


def _closes_award_name(toks: list, i: int) -> bool:
    """A level after a capitalised award name that holds a graded noun: "Cluster Management Excellence Label
    Bronze", "Certyfikat Doskonałości Zarządzania Klastrem – Brązowy" (up to seven capitalised words before)."""
    j = i - 1
    while j >= 0 and i - j <= 7 and toks[j].capitalised:
        if toks[j].lemma in vocab.LEVEL_NOUNS and toks[j].lemma not in (
                vocab.UNGRADED_PRIZE_NOUNS | vocab.PRIZE_NOUNS_NAMED):
            return True
        j -= 1
    return False


def _colour_in_prize_name(toks: list, i: int) -> bool:
    """A capitalised colour word opening a prize's name that names no graded award ("Złota Statuetka
    Lidera", "Golden Owl award", "Srebrny Laur"): part of the name, not a level. A name holding a medal, a
    label or a badge is graded ("Gold Cluster Management Excellence Label", "Złota Odznaka")."""
    if not toks[i].capitalised or i + 1 >= len(toks) or not toks[i + 1].capitalised:
        return False
    if i > 0 and toks[i - 1].lemma in vocab.LEVEL_NOUNS and toks[i - 1].lemma not in (
            vocab.UNGRADED_PRIZE_NOUNS | vocab.PRIZE_NOUNS_NAMED):
        return False   # "Certyfikat Brązowy ECEI", "Etykieta Złota": the level after its noun ("nagrodę Srebrne
        #                  Pióro" only names the prize)
    run = []
    for t in toks[i + 1:i + 8]:
        run.append(t)   # the lower-case head after the name counts too ("Silver Cluster Management Excellence label")
        if not (t.capitalised or t.low in CONNECTORS):
            break
    # a prize noun right after the colour is graded by it ("Gold Award", "Złota Nagroda"); further on, it
    # only heads the name ("Golden Owl award", "Złoty Laur Innowacyjności nagroda")
    return not any(t.lemma in vocab.LEVEL_NOUNS and t.lemma not in vocab.UNGRADED_PRIZE_NOUNS and (
        k == 0 or t.lemma not in vocab.PRIZE_NOUNS_NAMED) for k, t in enumerate(run))


def names_specific_award(cues: Cues) -> bool:
    """Does the text name one particular award (a status, a quoted or capitalised name) rather than
    a generic "award", "distinction", "label"?"""
    toks = cues.tokens
    lemmas = [t.lemma for t in toks]
    for phrase in KNOWN_FULL_NAMES.values():
        n = len(phrase)
        if any(tuple(lemmas[i:i + n]) == phrase for i in range(len(lemmas) - n + 1)):
            return True
    for i in cues.award_strong:
        if toks[i].lemma in vocab.WINNER_NOUNS["pl"] | vocab.WINNER_NOUNS["en"] or i in cues.positive:
            continue
        run = _run_around(toks, i)
        if len(run) >= 2 and not any(LEVEL_OF.get(t.lemma) for t in run):
            return True
    return False


def award_name(cues: Cues) -> str:
    """The quoted name next to an award word, a known status, or a capitalised phrase with one."""
    toks = cues.tokens
    award_idx = sorted(set(cues.award_strong + cues.award_weak))
    for full, phrase in KNOWN_FULL_NAMES.items():
        lemmas = [t.lemma for t in toks]
        n = len(phrase)
        if any(tuple(lemmas[i:i + n]) == phrase for i in range(len(lemmas) - n + 1)):
            return full
    for m in QUOTED.finditer(cues.text):
        inside = [t for t in toks if m.start() <= t.start < m.end()]
        before = [t for t in toks if t.end <= m.start()][-3:]
        if any(toks.index(t) in award_idx for t in inside + before) or any(
            t.lemma in vocab.LEVEL_NOUNS for t in inside
        ):
            return m.group(1).strip()
    for i in award_idx:
        run = _run_around(toks, i)
        at = run.index(toks[i]) if run else 0
        heads = [k for k in range(at) if run[k].lemma in BODY_HEADS or names_mod.head_lemma(run[k].text) in BODY_HEADS]
        if heads and (heads[-1] == at - 1 or heads[-1] == at - 2 and NOMINATIVE_ADJECTIVE.search(run[at - 1].low)):
            run = run[at:]   # "Kapituła Nagrody Pomorskiego Gryfa", "Rada Programowa Konkursu X": body, then award
        while len(run) > 2 and run[0].lemma in WINNER_LEMMAS and toks.index(run[1]) in award_idx:
            run = run[1:]   # "Laureatem Nagrody Gospodarczej X": the winner, then the award's name
        if len(run) >= 2:
            return names_mod.award_nominative(cues.text[run[0].start:run[-1].end])
    return ""


def _run_around(toks: list, i: int) -> list:
    """The capitalised run of words that contains token i (allowing small connectors inside)."""
    if not toks[i].capitalised:
        return []
    lo = i
    while lo > 0 and toks[lo - 1].capitalised and toks[lo - 1].low not in PREPOSITIONS \
            and toks[lo].start - toks[lo - 1].end <= 1:   # "Inwestor Roku: Agencja": two phrases
        lo -= 1
    hi = i
    while hi + 1 < len(toks):
        nxt = toks[hi + 1]
        if (nxt.capitalised or nxt.low[:1].isdigit()) and nxt.start - toks[hi].end <= 1:
            hi += 1
        elif nxt.low in CONNECTORS and hi + 2 < len(toks) and toks[hi + 2].capitalised and toks[hi + 2].start - nxt.end <= 1 \
                and toks[hi + 1].start - toks[hi].end <= 1:   # "Analysis, the Green Energy Cluster": two names
            hi += 2
        else:
            break
    return toks[lo:hi + 1]


def _runs(toks: list, text: str) -> list[tuple[int, int]]:
    """(first, last) token indexes of capitalised runs, split at punctuation."""
    runs, i = [], 0
    while i < len(toks):
        if toks[i].capitalised or (toks[i].text.isupper() and len(toks[i].text) > 1):
            j = i
            while j + 1 < len(toks) and not _gap_breaks(text, toks[j], toks[j + 1]) and (
                toks[j + 1].capitalised or toks[j + 1].low[:1].isdigit()
                or (toks[j + 1].low in CONNECTORS and j + 2 < len(toks) and toks[j + 2].capitalised
                    and not _gap_breaks(text, toks[j + 1], toks[j + 2]))
                or _of_the(toks, j + 1, text)
            ):
                if _of_the(toks, j + 1, text):
                    j += 3   # "Marshal of the Opolskie Region": one name
                else:
                    j += 2 if toks[j + 1].low in CONNECTORS and not toks[j + 1].capitalised else 1
            runs.append((i, min(j, len(toks) - 1)))
            i = j + 1
        else:
            i += 1
    return runs


def _of_the(toks: list, k: int, text: str) -> bool:
    """Tokens k, k+1 are "of the" / "for the" and a capitalised word follows, without punctuation between."""
    return (k + 2 < len(toks) and toks[k].low in {"of", "for"} and toks[k + 1].low == "the"
            and toks[k + 2].capitalised and not _gap_breaks(text, toks[k], toks[k + 2]))


def _gap_breaks(text: str, a, b) -> bool:
    gap = text[a.end:b.start]
    return any(c in gap for c in ",;:()„”\"“«»–—")


def proper_names(segments: list[Cues]) -> set[str]:
    """Words written with a capital inside sentences (names), or with inner capitals (LubMed, ESCA)."""
    out = set()
    for cues in segments:
        for i, t in enumerate(cues.tokens):
            if (i > 0 and t.capitalised) or (t.text[1:] != t.text[1:].lower()):
                out.add(t.low)
    return out


def recipient(segments: list[Cues], names: set[str] | None = None, lang: str = "pl",
              context: list[Cues] | None = None) -> str:
    """Who won, as a whole name in the nominative: in the title ("Nagroda dla X", "X ze statusem Y",
    "Gold Label goes to X", "X wins Y") or else in the first sentence stating the win (its subject, or
    whom an awarding body granted the award to)."""
    for n, cues in enumerate(segments):
        # "Firma Optotech, członek Klastra Fotoniki, zdobyła": the name before the appositive is the subject
        group = _group_named(cues)
        if group:
            # the group's own name, cut before its origin: not widened to "RoboLab Politechniki Łódzkiej"
            return _with_legal_form(cues.text, names_mod.clean(group, lang))
        finders = (_won_by, _granted_on, _group_origin, _inverted_winner, _among_winners, _appositive_subject, _congratulated,
                   _received_by, lambda c: _subject(c, names), _after_for)
        # a group noun or an ordinal alone ("Studenci wygrali", "Team wins", "First place went to X") names nobody
        who = next((w for w in (f(cues) for f in finders) if w and not _names_nobody(w)), "")
        if who and _place_before_noun(cues, who):
            continue   # "Gdynia startup", "Łódź cluster": a place word, the name is in the text
        if who:
            who = _with_quoted_name(cues.text, who)
            who = _whole_name(names_mod.clean(who, lang), context or segments[n + 1:], lang)
            for seg in [cues, *(context or segments[n + 1:])]:
                full = _with_legal_form(seg.text, who)
                if full != who:
                    return full
            return who
    return ""


def _is_group_word(word: str) -> bool:
    low = word.lower()
    return low in GROUP_NOUNS or low in GROUP_FORMS_PL or low.startswith(GROUP_PREFIXES_PL)


def _names_nobody(who: str) -> bool:
    """A "name" made only of group nouns, generic leads or ordinals: "Studenci", "Team", "First"."""
    words = who.lower().split()
    return all(_is_group_word(w) or w in names_mod.GENERIC_LEADS or w in DETERMINERS
               or w in vocab.ORDINALS or w in vocab.TOP_PLACE_WORDS for w in words)


def _group_named(cues: Cues) -> str:
    """The name of a group that heads the subject: "Studenci z zespołu RoboLab Politechniki Łódzkiej
    zwyciężyli" -> "RoboLab", "Researchers from the BioSense group at …", "The team Hydrogen Pioneers from …",
    "Team NovaGrid of Lodz University" (the group's origin after its name is cut)."""
    return _group_parts(cues)[0]


def _group_origin(cues: Cues) -> str:
    """Where an unnamed group heading the subject comes from: "A team from the Opole University of Technology
    beat …", "Młodzi inżynierowie z Instytutu Energetyki nagrodzeni …" (the institution is the recipient)."""
    return _group_parts(cues)[1]


def _group_parts(cues: Cues) -> tuple[str, str]:
    """(the group's own name, its origin): one of them, or neither when no group noun heads the subject."""
    toks, text = cues.tokens, cues.text
    if not cues.positive:
        return "", ""
    verb = min(cues.positive)
    if toks[verb].lemma in GRANTING | vocab.NAMING_TOP_ACTS and not _passive_grant(toks, verb) and not toks[
            verb].low.endswith(PL_PARTICIPLE_ENDINGS):
        # "Members of the Association voted X the Cluster of the Year": the group grants ("Inżynierowie z
        # Instytutu X nagrodzeni przez …": a participle, the group is granted)
        return "", ""
    i = 1 if toks and toks[0].low in DETERMINERS else 0
    if i + 1 < verb and not _is_group_word(toks[i].text) and _is_group_word(toks[i + 1].text) and (
            i == 0 or not toks[i].capitalised):
        i += 1   # "Młodzi inżynierowie", "Polish students": an adjective before the group noun
    if i >= verb or not _is_group_word(toks[i].text):
        return "", ""
    j = i + 1
    kind_named = False   # a group noun between: "z zespołu RoboLab", "from the club RoboKids"
    if j < verb and toks[j].low in {"z", "ze", "from", "of"}:
        j += 1 + (j + 1 < verb and toks[j + 1].low == "the")
        start = j
        while j < verb and not toks[j].capitalised and (_is_group_word(toks[j].text) or (
                j > 0 and _is_group_word(toks[j - 1].text) and NOMINATIVE_ADJECTIVE.search(toks[j].low) is None
                and toks[j].low.endswith(("ego", "ej", "ych", "ich")))):
            j += 1   # "z koła naukowego BioMed": the group's kind before its name
        kind_named = j > start
        if kind_named and j < verb and toks[j].low in {"z", "ze", "from", "of", "at"}:
            # "A team of engineers from Polmet S.A.": the people, then where they come from
            j += 1 + (j + 1 < verb and toks[j + 1].low == "the")
            kind_named = False
    if j >= verb or not toks[j].capitalised:
        return "", ""
    if j == i + 1 and (_origin_head(toks[j].text) and toks[j].lemma != toks[j].low or _declined_after(toks, j, verb)):
        # "Studenci Politechniki Koszalińskiej": the genitive after the group noun is where it comes from
        runs = _runs(toks[j:verb], text)
        return "", text[toks[j].start:toks[j + runs[0][1]].end] if runs and runs[0][0] == 0 else ""
    if j == i + 1 and (not (toks[i].low in TEAM_NOUNS or toks[i].low.startswith(TEAM_PREFIXES_PL))
                       or names_mod.head_lemma(toks[j].text) or _origin_head(toks[j].text)):
        return "", ""   # "Grupa Azoty", "Team Europe University": the noun opens the name itself
    end = j
    while end + 1 < verb and not _gap_breaks(text, toks[end], toks[end + 1]) and toks[end + 1].capitalised \
            and not _origin_head(toks[end + 1].text):
        end += 1
    if j > i + 1 and not kind_named and not (end + 1 < verb and _is_group_word(toks[end + 1].text)) and (
            end + 1 < verb and toks[end + 1].capitalised or any(names_mod.head_lemma(t.text) for t in toks[j:end + 1])):
        # "A team from the Opole University of Technology": where the team comes from is all it names
        runs = _runs(toks[j:verb], text)
        return "", text[toks[j].start:toks[j + runs[0][1]].end] if runs and runs[0][0] == 0 else ""
    return text[toks[j].start:toks[end].end], ""


def _declined_after(toks: list, j: int, verb: int) -> bool:
    """An indeclinable head whose adjective after it is in the genitive ("Uczniowie Technikum Elektronicznego",
    "Liceum Ogólnokształcącego"): the head stands in the genitive too."""
    return names_mod.head_lemma(toks[j].text) in vocab.INDECLINABLE_HEADS and j + 1 < verb and toks[
        j + 1].low.endswith(("ego", "ej", "ych", "ich"))


def _origin_head(word: str) -> bool:
    """An organisation head in an oblique case ("Politechniki", "Uniwersytetu") or an English one
    ("University"): where a team comes from, not part of its name."""
    lemma = names_mod.head_lemma(word)
    return bool(lemma and lemma != word.lower()) or word.lower() in vocab.ORG_HEADS_EN - {"team"}


# A company's legal form after its name ("Sp. z o.o.", "S.A.", "sp.k.", "GmbH", "Ltd."): tokens stop at the
# abbreviation's dot and a trailing origin cut ("z Poznania") would cut "Sp. z o.o.", so it is read from the text.
LEGAL_FORM = re.compile(r"\s+(?:sp\.\s?z\s?o\.\s?o\.|sp\.\s?k\.|sp\.\s?j\.|s\.\s?a\.|s\.\s?e\.|gmbh|ltd\.?|inc\.?|plc|llc|ag)"
                        r"(?=[\s,;:)!?]|\.?$)", re.IGNORECASE)
LEGAL_TAIL = re.compile(r"\s+(?:sp|s\.a|s|ltd|inc|gmbh|sp\.k|sp\.j)\.?$", re.IGNORECASE)


def _with_legal_form(text: str, who: str) -> str:
    """ "Drewmax Sp" -> "Drewmax Sp. z o.o.", "Polmet S.A" -> "Polmet S.A." (as written after the name)."""
    base = LEGAL_TAIL.sub("", who)
    at = text.find(base)
    if at < 0 or not base:
        return who
    m = LEGAL_FORM.match(text, at + len(base))
    return base + m.group(0) if m else who


def _won_by(cues: Cues) -> str:
    """ "The Innovation Prize was won by the Łódź Textile Cluster": the agent of a passive win is the winner."""
    toks, text = cues.tokens, cues.text
    for p in cues.positive:
        if _passive_win(toks, p) and p + 1 < len(toks) and toks[p + 1].low == "by":
            k = p + 2 + (p + 2 < len(toks) and toks[p + 2].low == "the")
            runs = _runs(toks[k:], text)
            if runs and runs[0][0] == 0:
                return text[toks[k].start:toks[k + runs[0][1]].end]
    return ""


RECEIVER_WORDS = {"to", "on", "upon"}


def _passive_grant(toks: list, p: int) -> bool:
    """ "was conferred", "has been bestowed", "were presented", "was accredited": a granting act in the passive."""
    return (toks[p].lemma in GRANTING or toks[p].low.startswith(CERTIFYING_PREFIXES)) and any(
        toks[j].low in PASSIVE_AUX for j in range(max(0, p - 2), p))


CERTIFYING_PREFIXES = ("accredited", "certified", "recertified", "akredytowan", "certyfikowan")


def _granted_on(cues: Cues) -> str:
    """ "The title was conferred on the Lublin Medical Cluster by …", "An award was bestowed upon X": the
    award is the passive's subject, the recipient follows "on"/"upon"/"to" right after the act."""
    toks, text = cues.tokens, cues.text
    for p in range(len(toks) - 2):
        if not _passive_grant(toks, p):
            continue
        k = p + 1
        if toks[k].low not in RECEIVER_WORDS:
            continue
        k += 1 + (toks[k + 1].low == "the")
        runs = _runs(toks[k:], text)
        if runs and runs[0][0] == 0:
            return text[toks[k].start:toks[k + runs[0][1]].end]
    return ""


def _passive_win(toks: list, p: int) -> bool:
    return toks[p].lemma in WON_PASSIVE and any(toks[j].low in PASSIVE_AUX for j in range(max(0, p - 2), p))


WON_PASSIVE = {"win", "claim", "take", "secure", "clinch", "scoop", "collect"}
AMONG_OPENERS = {"among", "wśród"}
AMONG_VERBS = {"was", "were", "is", "are", "znalazł", "znalazła", "znalazło", "znaleźli", "znalazły", "jest", "są",
               "był", "była", "było", "byli"}


def _among_winners(cues: Cues) -> str:
    """ "Among the winners was the Mazovian Cluster ICT", "Wśród laureatów znalazł się Śląski Klaster
    Lotniczy": the name after the verb that follows an among-phrase of winners."""
    toks, text = cues.tokens, cues.text
    if not toks or toks[0].low not in AMONG_OPENERS:
        return ""
    for k in range(1, min(len(toks), 6)):
        if toks[k].low in AMONG_VERBS:
            j = k + 1 + (k + 1 < len(toks) and toks[k + 1].low in {"się", "the"})
            runs = _runs(toks[j:], text)
            if runs and runs[0][0] == 0:
                return text[toks[j].start:toks[j + runs[0][1]].end]
            return ""
    return ""


RECEIVING_PL = {"otrzymać", "odebrać", "zdobyć", "uzyskać", "wygrać", "zwyciężyć", "zająć", "otrzymywać", "wywalczyć"}


def _received_by(cues: Cues) -> str:
    """The Polish object-verb-subject order with a receiving verb: "Statuetkę odebrała Maria Kowalska",
    "W kategorii Innowacja nagrodę zdobyła spółka Termoplast" (only the award, a category and adverbs before
    the verb; the winner after it, generic leads aside). Granting verbs are left to the body: "Nagrodę
    przyznała Kapituła" names who gives."""
    toks, text = cues.tokens, cues.text
    verb = next((p for p in sorted(cues.positive) if toks[p].lemma in RECEIVING_PL), None)
    if verb is None or not re.search(r"(ł|ła|ło|li|ły)$", toks[verb].low):
        return ""
    awards = set(cues.award_strong) | set(cues.award_weak)
    if not any(j in awards for j in range(verb)) or any(
            toks[j].capitalised and j not in awards and j > 0 and toks[j - 1].low not in {"kategorii", "category"}
            and not any(toks[k].low in BY_WORDS | OPENING_PREPOSITIONS for k in range(max(0, j - 3), j))
            and not _is_award_run(cues, j, j) and toks[j].lemma not in vocab.LEVELS_ALL and toks[j].lemma not in JURY_WORDS
            and not _names_after_award(toks, awards, j)
            for j in range(_clause_start(toks, text, verb), verb)):
        return ""   # a name before the verb is its subject ("Klaster X otrzymał nagrodę")
    j = verb + 1
    while j < len(toks) and toks[j].low in names_mod.GENERIC_LEADS and not toks[j].capitalised:
        j += 1
        if j < len(toks) and not toks[j].capitalised and toks[j].low.endswith(("y", "i", "a", "e")) and (
                toks[j - 1].low in names_mod.GENERIC_LEADS):
            j += 1   # "otrzymał zespół badawczy BioPol": the lead's adjective
    runs = _runs(toks[j:], text)
    if runs and runs[0][0] == 0:
        return text[toks[j].start:toks[j + runs[0][1]].end]
    return ""


JURY_WORDS = vocab.JURY


def _clause_start(toks: list, text: str, verb: int) -> int:
    """The first token of the clause a verb stands in: after ", a" / ", zaś" (a Polish verb) or ", and" /
    ", but" / ";" before it ("Organizatorem była Fundacja X, a nagrodę otrzymał Klaster Y")."""
    polish = re.search(r"(ł|ła|ło|li|ły)$", toks[verb].low) is not None
    joins = {"a", "zaś", "natomiast"} if polish else {"and", "but", "while", "whereas"}
    for k in range(verb - 1, 0, -1):
        gap = text[toks[k - 1].end:toks[k].start]
        if ";" in gap or ("," in gap and toks[k].low in joins):
            return k + (toks[k].low in joins)
    return 0


def _names_after_award(toks: list, awards: set[int], j: int) -> bool:
    """Token j belongs to a capitalised run right after an award or contest word: "w finale konkursu Innowator
    Podlasia (pierwsze miejsce zajęła)": the contest's name, not the subject."""
    k = j
    while k > 0 and toks[k - 1].capitalised and k - 1 not in awards:
        k -= 1
    return k > 0 and k - 1 in awards


QUOTED_AFTER = re.compile(r"\s*([„\"“«][^„\"“”«»]{2,80}[”\"»])")


def _with_quoted_name(text: str, who: str) -> str:
    """An organisation head with its quoted name after it: "Stowarzyszenia „Klaster Zielona Energia”"
    (the capitalised run stops at the quote; the name is the head and the quote together)."""
    at = text.find(who)
    if at < 0 or len(who.split()) > 2:
        return who
    m = QUOTED_AFTER.match(text, at + len(who))
    if m and names_mod.head_lemma(who.split()[-1]) or m and who.split()[-1].lower() in {
            "association", "foundation", "cluster", "company", "society"}:
        return f"{who} {m.group(1)}"
    return who


CONGRATULATING = ("gratuluj", "congratulat")


def _congratulated(cues: Cues) -> str:
    """Whom a text congratulates: "Gratulujemy firmie Biomed Lab, która zdobyła …", "Congratulations to
    NordTech Composites, which earned …" (a name right after the congratulating word, generic leads aside)."""
    toks, text = cues.tokens, cues.text
    for i, t in enumerate(toks[:3]):
        if not t.low.startswith(CONGRATULATING):
            continue
        j = i + 1
        while j < len(toks) and (toks[j].low in names_mod.GENERIC_LEADS or toks[j].low in {"to", "dla"}) \
                and not toks[j].capitalised:
            j += 1
        for lo, hi in _runs(toks[j:], text):
            if lo == 0:
                return text[toks[j].start:toks[j + hi].end]
            break
    return ""


def _inverted_winner(cues: Cues) -> str:
    """The Polish predicate-first order: "Zwycięzcą konkursu X została spółka Termoizol", "Laureatem
    nagrody został Klaster Y" (a winner noun in the instrumental, then "został(a)" and the winner)."""
    toks, text = cues.tokens, cues.text
    first = next((i for i, t in enumerate(toks[:3]) if t.lemma in vocab.WINNER_NOUNS["pl"]), None)
    if first is None or not toks[first].low.endswith(("ą", "em", "ami")):
        return ""
    for k in range(first + 1, len(toks) - 1):
        if toks[k].lemma == "zostać" or toks[k].low.startswith("zosta"):
            j = k + 1
            while j < len(toks) and toks[j].low in names_mod.GENERIC_LEADS and not toks[j].capitalised:
                j += 1
            for lo, hi in _runs(toks[j:], text):
                if lo == 0:
                    return text[toks[j].start:toks[j + hi].end]
                break
            return ""
    return ""


APPOSITIVE_RE = re.compile(r"^([^,]{2,80}),\s+(?:a|an|one|the|our|członek|członkini|firma|spółka|startup|laureat"
                           r"|organizator|organiser|organizer|operator|partner|właściciel|owner|manager|director|head"
                           r"|ceo|president|founder|coordinator|prezes|prezeska|dyrektor|dyrektorka|kierownik"
                           r"|kierowniczka|koordynator|koordynatorka|założyciel|założycielka|menedżer|menedżerka)\b"
                           r"[^,]{0,80},\s")


def _appositive_subject(cues: Cues) -> str:
    """The subject before an appositive: "HydroLoop, a member of our cluster, claimed the …" (the act
    comes after the second comma; the opening words are a capitalised name)."""
    if not cues.positive:
        return ""
    m = APPOSITIVE_RE.match(cues.text)
    if not m:
        return ""
    toks = [t for t in cues.tokens if t.end <= m.end(1)]
    if not toks or not all(t.capitalised or t.low in CONNECTORS for t in toks) or not toks[0].capitalised:
        return ""
    if any(cues.tokens.index(t) in cues.award_strong or cues.tokens.index(t) in cues.award_weak for t in toks):
        return ""   # "The Gold Label, the highest level, went to X": the award, not who won it
    if any(t.start < m.end() for t in (cues.tokens[p] for p in cues.positive)):
        return ""
    return m.group(1).strip()


def _place_before_noun(cues: Cues, who: str) -> bool:
    """A one-word "name" followed by a common noun, or a country after a travel verb."""
    toks = cues.tokens
    hit = [i for i, t in enumerate(toks) if t.text == who]
    if not hit or " " in who:
        return False
    i = hit[0]
    if who.lower() in COUNTRIES:
        return True
    if i + 1 < len(toks) and _gap_breaks(cues.text, toks[i], toks[i + 1]):
        return False   # "NanoCoat, a member of …": an appositive follows the name
    if LEGAL_FORM.match(cues.text, toks[i].end):
        return False   # "firma Agromex sp.k. z Kalisza": a company's legal form follows its name
    return i + 1 < len(toks) and not toks[i + 1].capitalised and toks[i + 1].low not in PREPOSITIONS | {"i", "and"} \
        and toks[i + 1].low not in vocab.POSITIVE_VERBS["en"] and not toks[i + 1].low.endswith(("ed", "s")) \
        and i + 1 not in cues.positive   # "VoltaGrid took first prize": the act follows the name


def _whole_name(name: str, context: list[Cues], lang: str) -> str:
    """The longest name in the text that holds every word of a short one: a title says "Klaster
    Chemiczny", the lead "Wielkopolski Klaster Chemiczny"."""
    stems = [_word_key(w) for w in name.split()]
    best = name
    compact = re.sub(r"\W", "", name).lower()
    for cues in context:
        for lo, hi in _runs(cues.tokens, cues.text):
            written = names_mod.clean(cues.text[cues.tokens[lo].start:cues.tokens[hi].end], lang)
            if re.sub(r"\W", "", written).lower() == compact and written != name:
                return written   # the lead spells it "LifeScience", the headline "Life Science"
            if lang != "en" and _inflected_form_of(name, written):
                name = best = written   # "dla Hydropolu" in the headline, "firma Hydropol" in the text
    for cues in context:
        for lo, hi in _runs(cues.tokens, cues.text):
            run = _after_last_place(cues.tokens[lo:hi + 1], cues.text)
            while run and run[0].low in PREPOSITIONS | DETERMINERS:
                run = run[1:]
            k = _subject_start([t.text for t in run])
            if k is not None:
                run = run[k:]   # "(przez) Ministerstwo Rozwoju Klaster Wodny Śląska": the body, then the name
            lead = [_word_key(t.text) for t in run]
            if stems and stems[0] in lead and lead.index(stems[0]) > 0 and _in_award_name(cues, run[:lead.index(stems[0])]):
                run = run[lead.index(stems[0]):]   # "Nagrodę Innowacji Uniwersytetowi Rolniczemu w Krakowie"
            run = _before_award(cues, run)   # "Wielkopolskiemu Klastrowi Drzewnemu Nagrodę Główną": then the award
            run = run[:_dative_then_nominative(run) or len(run)]   # "… Spożywczemu Kapituła Konkursu": then the body
            if len(run) <= len(stems) or len(run) > len(stems) + 3:
                continue
            words = [_word_key(t.text) for t in run]
            if not all(st in words for st in stems) or _in_award_name(cues, run):
                continue
            first = words.index(stems[0])
            if words[first:first + len(stems)] != stems and not _spelt_out(words, stems) and not (
                    len(stems) == 2 and words[:2] == stems[::-1]):
                # the short name's words in their order, with words only around them ("Klastra Opolskiego" in a
                # headline is "Opolskiego Klastra Metalowego" in the text: an adjective put after its noun)
                continue
            if any(_is_group_word(t.text) and not t.low.startswith(NAME_OPENING_GROUPS) for t in run[:first]):
                continue   # "Studenci Politechniki Koszalińskiej": the people, not the institution's name
            if first >= 2 and any(t.lemma in BODY_HEADS for t in run[:first]):
                # "(By decision of the) Regional Development Agency Lubuskie Wine Cluster": a body's whole name
                # before it ("Stowarzyszenie Klaster Kosmiczny" is the holder's own legal form)
                continue
            candidate = names_mod.clean(cues.text[run[0].start:run[-1].end], lang)
            if len(candidate) > len(best):
                best = candidate
    return best


def _before_award(cues: Cues, run: list) -> list:
    """A name up to the award that follows it in one capitalised run ("przyznało Wielkopolskiemu Klastrowi
    Drzewnemu Nagrodę Główną"): the award's words after the first word are not the holder's."""
    for k in range(1, len(run)):
        if _in_award_name(cues, [run[k]]):
            return run[:k]
    return run


# Case endings a Polish name takes after its nominative ("Hydropolu", "Termexu", "Amberowi", "Polmetem").
NAME_CASE_ENDINGS = ("u", "a", "owi", "em", "ie", "y", "i", "ę", "ą", "om")


def _inflected_form_of(name: str, written: str) -> bool:
    """Is `name` an inflected form of `written`, word by word ("Hydropolu" of "Hydropol")? Only names
    the text also writes bare; a word that is no name's nominative ("Politechniki") is left to nominative()."""
    words, bare = name.split(), written.split()
    if len(words) != len(bare) or words == bare:
        return False
    return all(w == b or (w.startswith(b) and w[len(b):] in NAME_CASE_ENDINGS and len(b) >= 4) for w, b in zip(words, bare))


def _word_key(word: str) -> str:
    """A word compared across cases: an organisation head by its lemma ("Klastra" = "Klaster", never
    "Klastrowych"), any other word by its first five letters."""
    return names_mod.head_lemma(word) or word.lower()[:5]


def _spelt_out(words: list[str], stems: list[str]) -> bool:
    """A headline's short name spelt out in the text with words inside it: "Gdańsk Science Park" in "Gdańsk
    Science and Technology Park" (the same first and last word, the short name's words in order)."""
    if len(stems) < 2 or words[0] != stems[0] or words[-1] != stems[-1] or len(words) > len(stems) + 3:
        return False
    it = iter(words)
    return all(st in it for st in stems)


ASSESSMENT_NOUNS = {"ocena", "assessment", "audit", "audyt", "benchmarking", "evaluation", "ewaluacja"}
PL_PARTICIPLE_ENDINGS = ("ny", "na", "ne", "ni", "ty", "ta", "te", "ci")
IMPERSONAL_ENDINGS = ("ano", "ono", "ęto", "yto")   # "przyznano", "wręczono", "nadano", "przyjęto"
PASSIVE_AUX = {"is", "was", "were", "been", "be", "are", "został", "została", "zostało", "zostali", "zostały",
               "jest", "są", "got", "gets"}


def _active_granting(cues: Cues, verb: int) -> bool:
    """An awarding body as the subject: "ESCA has awarded the label to X", "Minister przyznał X-owi",
    "The jury gave a special mention to X" (a granting verb, no passive auxiliary before it, and the
    recipient after it)."""
    toks = cues.tokens
    if toks[verb].lemma not in GRANTING:
        return False
    if toks[verb].lemma in BODY_ACTS and not any(t.lemma in BODY_HEADS for t in toks[:verb]):
        return False   # "Klaster X przedłużył status": a holder renews its own status; a board grants it
    if any(toks[j].low in PASSIVE_AUX for j in range(max(0, verb - 3), verb)):
        return False
    if toks[verb].low.endswith(IMPERSONAL_ENDINGS):
        return False   # "przyznano", "wręczono": impersonal, no subject grants ("Fundacji X przyznano nagrodę")
    if any(t.lemma in BODY_HEADS for t in toks[:verb]):
        return True
    if toks[verb].low in vocab.POSITIVE_VERBS["pl"] or re.search(r"(ł|ła|ło|li|ły)$", toks[verb].low):
        return verb > 0   # a Polish active past form with a subject before it
    return any(toks[j].low == "to" and (toks[j + 1].capitalised or toks[j + 1].low == "the" and j + 2 < len(toks)
                                         and toks[j + 2].capitalised)
               for j in range(verb + 1, min(len(toks) - 1, verb + 12)))


def _subject(cues: Cues, names: set[str] | None = None) -> str:
    toks, text = cues.tokens, cues.text
    if not cues.positive:
        return ""
    verb = min(cues.positive)
    if toks[verb].low in vocab.TRAVEL_FORMS:
        return ""   # "Gold Label goes to X": the subject is the award, the recipient follows "to"
    if _active_granting(cues, verb):
        return _granted_to(cues, verb)
    if toks[verb].lemma in GRANTING and toks[verb].low.endswith(IMPERSONAL_ENDINGS):
        # "Nagrodę przyznano Podlaskiemu Klastrowi Drzewnemu", "Statuetkę wręczono Fundacji Rozwoju Mazur": no
        # subject, whom follows; a dative before the act ("Fundacji X przyznano Nagrodę") is read below
        after = _runs(toks[verb + 1:], text)
        if after and after[0][0] == 0 and not _in_award_name(cues, [toks[verb + 1]]):
            run = _before_award(cues, toks[verb + 1:verb + 2 + after[0][1]])
            return text[run[0].start:run[-1].end]
    clause = _clause_start(toks, text, verb)
    for lo, hi in reversed(_runs(toks[:verb], text)):
        if lo < clause:
            break   # a name of the clause before ("Organizatorem była Fundacja X, a nagrodę otrzymał …")
        if hi < verb - 5 and not (lo == 0 and hi + 1 < verb and re.search(r"(ł|ła|ło|li|ły|ed)$", toks[hi + 1].low)):
            break   # (a sentence's subject with its own first verb: "X przeszedł ocenę ESCA i uzyskał …")   # the subject stands right before the act (a few auxiliaries or adverbs between)
        if lo > 0 and toks[lo - 1].low in PREPOSITIONS:
            k = _subject_start([t.text for t in toks[lo:hi + 1]])
            if k is None or hi < verb - 2:
                continue   # "przez Ministerstwo Rozwoju Klaster Wodny Śląska uplasował się": the subject follows
            lo += k
        if lo > 0 and toks[lo - 1].lemma in ASSESSMENT_NOUNS and not (lo > 1 and toks[lo - 2].low in PREPOSITIONS):
            continue   # "przeszedł ocenę ESCA i uzyskał": the assessment's owner, not the subject
        if lo > 0 and toks[lo - 1].lemma in ASSESSMENT_NOUNS and hi > lo and _is_acronym(toks[lo]):
            lo += 1   # "Po audycie ESCA Kaszubski Klaster Meblowy otrzymał": the owner, then the subject
        if lo > 0 and (lo - 1 in cues.award_strong or lo - 1 in cues.award_weak):
            continue   # "W konkursie Lider Transformacji zwyciężył Klaster X": the contest's name
        run = toks[lo:hi + 1]
        run = _after_last_place(run, text)
        while run and (run[0].low in PREPOSITIONS or run[0].low in DETERMINERS):
            run = run[1:]
        if not run or run[0].lemma in vocab.WINNER_NOUNS["pl"] | vocab.WINNER_NOUNS["en"]:
            continue
        if len(run) == 1 and len(run[0].text) <= 2:
            continue
        if run[0].lemma in _AWARD_WORDS or _in_award_name(cues, run):   # ("Status przedłużony": the award)
            continue
        if names is not None and not any(t.low in names or t.low[:5] in {n[:5] for n in names} for t in run) and not (
                lo == 0 and hi == verb - 1 and len(run) == 1 and run[0].low not in SENTENCE_OPENERS
                and lemma_of(run[0].low, "en") == run[0].low == lemma_of(run[0].low, "pl")):
            continue   # a capitalised first word of a sentence, not a name ("Nordwave finished first" is one)
        run = _after_decision(run)
        if not run:
            continue
        if lo > 2 and toks[lo - 1].low == "the" and toks[lo - 2].low == "of" and toks[lo - 3].lemma in ENGLISH_DECISIONS:
            run = run[_english_subject_start(run):]   # "By decision of the Agency | Lubuskie Wine Cluster received"
            while run and run[0].low in DETERMINERS:
                run = run[1:]
            if not run:
                continue
        run = _from_nominative_head(run)
        return text[run[0].start:run[-1].end]
    return _subject_after_verb(cues, verb)


def _is_acronym(tok) -> bool:
    return tok.text.isupper() and tok.text.isalpha() and len(tok.text) >= 3


def _assessment_owner(cues: Cues) -> str:
    """The acronym that owns an assessment right before or after it ("po audycie ESCA", "after an ESCA
    benchmarking", "po pozytywnej ocenie ESCA"): the body that scores and labels."""
    toks, text = cues.tokens, cues.text
    if not (cues.award_strong or cues.award_weak):
        return ""   # the assessment told with the award it led to ("Wyniki oceny ESCA" alone names no grant)
    for i, t in enumerate(toks):
        if t.lemma not in ASSESSMENT_NOUNS and t.low not in ASSESSMENT_NOUNS:
            continue
        for k in (i + 1, i - 1):
            if 0 <= k < len(toks) and _is_acronym(toks[k]) and not _gap_breaks(text, toks[min(i, k)], toks[max(i, k)]):
                return toks[k].text
    return ""


def _subject_after_verb(cues: Cues, verb: int) -> str:
    """The Polish verb-subject order: "Do grona posiadaczy Brązowej Odznaki dołączył Klaster Drzewny
    Warmii", "Kapituła uznała Klaster Mleczarski Podlasia za najlepszy" (a run right after the act that
    opens with an organisation head in the nominative)."""
    toks, text = cues.tokens, cues.text
    runs = _runs(toks[verb + 1:], text)
    if not runs or runs[0][0] != 0:
        return ""
    lo, hi = runs[0]
    run = toks[verb + 1 + lo:verb + 2 + hi]
    k = next((n for n, t in enumerate(run[:3]) if t.low in SUBJECT_HEADS), None)
    if k is None or any(not NOMINATIVE_ADJECTIVE.search(t.low) for t in run[:k]) or _in_award_name(cues, run[k:]):
        return ""
    return text[run[0].start:run[-1].end]


# Endings of a Polish adjective in the nominative that can open an organisation's name ("Śląski",
# "Lubelska", "Pomorskie"); the oblique cases end in -ego, -ej, -emu, -ą, -ii.
NOMINATIVE_ADJECTIVE = re.compile(r"(ski|cki|dzki|ny|ty|wy|ry|ły|ska|cka|dzka|na|wa|ta|ra|ła|skie|ckie|ne|we)$")


def _after_decision(run: list) -> list:
    """The subject after a decision phrase that opens the same capitalised run: "Decyzją Ministra Rozwoju i
    Technologii Śląski Klaster Lotniczy (otrzymał)" -> "Śląski Klaster Lotniczy". The body after the
    decision noun is in the genitive; the subject starts at the first word in the nominative (an
    adjective of a nominative ending, or a noun of the lemma table in its lemma form)."""
    if not run or run[0].lemma not in DECISION_NOUNS:
        return run
    for k in range(2, len(run)):
        t = run[k]
        if not t.capitalised or t.low in CONNECTORS:
            continue
        if (NOMINATIVE_ADJECTIVE.search(t.low) and t.lemma == t.low) or t.low in SUBJECT_HEADS:
            return run[k:]   # ("Województwa" ends like an adjective, but the table knows it as a genitive)
    return []   # the run is the decision and its body only


# Capitalised sentence openers that are no names, before an act ("We won", "It received", "Nasz zespół").
SENTENCE_OPENERS = {"we", "our", "they", "it", "this", "that", "these", "the", "there", "he", "she", "his", "her", "its",
                    "my", "nasz", "nasza", "nasze", "oni", "one", "on", "ona", "ono", "ten", "ta", "to", "tu", "tam",
                    "today", "yesterday", "dziś", "dzisiaj", "wczoraj", "also", "then", "now", "teraz", "także"}


def _from_nominative_head(run: list) -> list:
    """The subject after a genitive that opens the same run: "(W rankingu) Polskiej Agencji Rozwoju
    Przedsiębiorczości Klaster Energetyczny Opolszczyzny" -> "Klaster Energetyczny Opolszczyzny" (the run
    opens with an oblique adjective or noun and a subject head in the nominative comes later)."""
    if len(run) < 3 or not run[0].low.endswith(("ej", "ego", "ich", "ych", "ii", "ji")):
        return run
    for k in range(1, len(run)):
        if run[k].low in SUBJECT_HEADS:
            while k > 1 and NOMINATIVE_ADJECTIVE.search(run[k - 1].low):
                k -= 1   # "Śląski Klaster": the adjective before the head opens the name
            return run[k:]
    return run


SUBJECT_HEADS = {"klaster", "cluster", "instytut", "uniwersytet", "politechnika", "akademia", "spółka", "fundacja",
                "stowarzyszenie", "centrum", "park", "izba", "firma", "zespół", "grupa"}


def _after_last_place(run: list, text: str) -> list:
    """The name after a place inside one capitalised run: "Smart City Awards w Wiedniu Klaster Smart
    City Kraków" -> "Klaster Smart City Kraków"; "Since March the Lower Silesian Water Cluster" -> "Lower
    Silesian Water Cluster". A run ending in its place ("Uniwersytet Przyrodniczy we Wrocławiu") stays."""
    for k in range(len(run) - 2, 0, -1):
        if run[k].low == "the" and run[k - 1].low in {"of", "for"}:
            continue   # "Marshal of the Region", "Dr Ewa Las of the Gdańsk Institute": one phrase
        if run[k].low in {"w", "we", "in", "the"} and len(run) - k - 1 >= (1 if run[k].low == "the" else 2):
            return run[k + 1:] if run[k].low == "the" else run[k + 2:]
    return run


def _in_award_name(cues: Cues, run: list) -> bool:
    """The run is (part of) the award's own name ("Krajowego Klastra Kluczowego", "Smart City Awards")."""
    return any(id(t) in _award_name_tokens(cues) for t in run)


def _award_name_tokens(cues: Cues) -> frozenset[int]:
    """Ids of the tokens inside a multi-word award or on an award word, found once per sentence: the details
    ask about each word of a run (kept on the Cues object, which reads one sentence and does not change)."""
    found = cues.__dict__.get("_award_name_tokens")
    if found is None:
        toks = cues.tokens
        lemmas = [t.lemma for t in toks]
        idx = set(cues.award_strong) | set(cues.award_weak)
        for phrase in ALL_PHRASES:
            n = len(phrase)
            for i in range(len(lemmas) - n + 1):
                if tuple(lemmas[i:i + n]) == phrase:
                    idx.update(range(i, i + n))
        found = frozenset(id(toks[i]) for i in idx if i < len(toks))
        cues.__dict__["_award_name_tokens"] = found
    return found


def _granted_to(cues: Cues, verb: int) -> str:
    """Whom a body granted the award: after "to", else the first name after the verb that is not the
    award itself ("przyznał status Krajowego Klastra Kluczowego Klastrowi Obróbki Metali")."""
    toks, text = cues.tokens, cues.text
    for j in range(verb + 1, min(len(toks) - 1, verb + 14)):
        if toks[j].low == "to" and (toks[j + 1].capitalised or toks[j + 1].low in GENERIC_OR_DETERMINER):
            for lo, hi in _runs(toks[j + 1:], text):
                run = toks[j + 1 + lo:j + 2 + hi]
                while len(run) > 1 and run[0].low in DETERMINERS:
                    run = run[1:]
                return text[run[0].start:run[-1].end]
    awards_before = any(j < verb for j in cues.award_strong + cues.award_weak)
    runs = _runs(toks[verb + 1:], text)
    for n, (lo, hi) in enumerate(runs):
        run = toks[verb + 1 + lo:verb + 2 + hi]
        inner = next((k for k in range(1, len(run) - 1) if run[k].low == "the" and run[k - 1].low not in {"of", "for"}), 0)
        if inner and _names_award(cues, verb + 1 + lo, verb + 1 + hi) and not _in_award_name(cues, run[:inner]):
            return text[run[0].start:run[inner - 1].end]   # "awarded Amber Solutions the Export Prize": whom, then what
        if _names_award(cues, verb + 1 + lo, verb + 1 + hi):
            continue   # "gave its Export Award to our member X": the award's name
        if _award_genitive(cues, verb + 1 + lo) and any(_dative_opens(toks, verb + 1 + r[0]) for r in runs[n + 1:]):
            continue   # "wręczył statuetkę Mazowieckiego Lidera spółce Techmet": the award's own name, then whom
        split = _dative_then_nominative(run)
        if split:
            return text[run[0].start:run[split - 1].end]   # "nadała Klastrowi Metalowemu Śląska Rada Województwa"
        if n == 0 and lo == 0 and awards_before and toks[verb].lemma in vocab.POSITIVE_VERBS["pl"] and (
                re.match(r",\s+[a-ząćęłńóśźż]", text[run[-1].end:]) or any(
                    t.lemma in BODY_HEADS and t.low == t.lemma for t in run)):
            continue   # "Wyróżnienie wręczyła Ewa Nowak, wicemarszałek, …": who hands it over, not who gets it
        rest = [t for t in run if not _in_award_name(cues, [t]) and t.lemma not in vocab.LEVELS_ALL]
        if not rest:
            continue
        # the name starts where the award's words end, and ends where the award's name begins
        start = run.index(rest[0])
        run = _before_award(cues, run[start:])
        return text[run[0].start:run[-1].end]
    return ""


def _after_for(cues: Cues) -> str:
    """ "Nagroda dla X", "Gold for X", "Gold Label goes to X", and the holder before "ze statusem" /
    "with the Gold Label"."""
    toks, text = cues.tokens, cues.text
    awards = set(cues.award_strong + cues.award_weak + cues.positive)
    for i, t in enumerate(toks):
        if t.low in {"dla", "for", "to", "do"} and i > 0 and i + 1 < len(toks):
            if not any(j < i for j in awards):
                continue
            if t.low == "for" and toks[i - 1].capitalised and toks[i + 1].capitalised and i - 1 not in awards:
                continue   # "European Secretariat for Cluster Analysis": inside a name
            if t.low == "do" and not any(toks[k].low in vocab.TRAVEL_FORMS for k in range(max(0, i - 4), i)):
                continue
            for lo, hi in _runs(toks[i + 1:], text):
                if lo == 0 or (lo <= 2 and all(toks[i + 1 + k].low in GENERIC_OR_DETERMINER for k in range(lo))):
                    run = toks[i + 1 + lo:i + 2 + hi]
                    if toks[i - 1].low in vocab.TRAVEL_FORMS and len(run) == 1 and run[0].low in COUNTRIES:
                        break   # "Gold Label goes to Poland": a country, the recipient is in the text
                    return text[run[0].start:run[-1].end]
                break
    for i, t in enumerate(toks[:-1]):
        # "pierwsze miejsce przypadło spółce Solaris Tech": the award falls to a name in the dative
        if t.low.startswith(FALLING_PREFIXES) and any(j < i for j in awards):
            j = i + 1 + (toks[i + 1].low in DATIVE_LEADS and not toks[i + 1].capitalised)
            runs = _runs(toks[j:], text)
            if runs and runs[0][0] == 0:
                return text[toks[j].start:toks[j + runs[0][1]].end]
    if cues.for_pattern:
        for i, t in enumerate(toks):
            if t.low in vocab.WITH_WORDS and i > 0 and any(j > i for j in awards):
                runs = [r for r in _runs(toks[:i], text) if r[1] == i - 1]
                if runs:
                    lo, hi = runs[-1]
                    return text[toks[lo].start:toks[hi].end]
    return ""


FALLING_PREFIXES = ("przypadł", "przypadła", "przypadło", "przypadły", "przypada")   # "fell to" + a dative
GENERIC_OR_DETERMINER = {"the", "firmy", "firma", "spółki", "company", "our", "naszego", "naszej", "member",
                         "członka", "członkini", "prezesa", "prezesowi", "dyrektora", "założyciela", "president",
                         "ceo", "founder", "director"}
# Countries a headline sends an award to ("Gold Label goes to Poland"): the recipient is in the text.
COUNTRIES = {"poland", "polska", "polski", "europe", "europy", "lithuania", "latvia", "estonia", "czechia", "slovakia",
             "germany", "austria", "hungary", "ukraine", "spain", "italy", "france", "portugal", "sweden", "finland"}


def awarding_body(segments: list[Cues]) -> str:
    """Who gives the award: 'przyznany przez X' / 'awarded by X', an organisation granting it, or the
    organisation named right before the award ('ESCA Gold Label'). A bare head noun ("Kapituła",
    "ministry", "Marszałek") is no name: a later candidate names the body in full, or there is none."""
    found = [_before_subject(_owner_of(_people_of(_past_adverbial(name)))) for name in _body_candidates(segments)]
    found = [name for name in found if not _bare_head(name)]
    if not found:
        return ""
    # A headline names the body short ("from the Chamber of Commerce"), the text in full ("The
    # Regional Chamber of Commerce in Gdańsk"): the longest candidate holding the first one wins.
    first = found[0]
    nom = lambda n: names_mod.nominative(n).casefold()  # noqa: E731  ("Prezydenta Miasta" in "Prezydent Miasta Lublin")
    fuller = [n for n in found[1:] if len(n) > len(first) and (first.casefold() in n.casefold() or nom(first) in nom(n))]
    return max(fuller, key=len) if fuller else first


# Prepositions that open a sentence's adverbial of time or occasion before its subject ("Podczas Gali Biznesu
# Podkarpackiego Podkarpacka Izba Gospodarcza nagrodziła", "In March the Ministry of Development designated").
OPENING_PREPOSITIONS = {"podczas", "w", "we", "po", "na", "in", "during", "after", "at", "on"}


def _past_adverbial(name: str) -> str:
    """A body's name without the adverbial that opens the sentence before it: after the first "the" not
    inside "of the" (English), or from a body head in the nominative and its adjectives (Polish)."""
    words = name.split()
    if len(words) < 3 or words[0].lower() not in OPENING_PREPOSITIONS:
        return name
    for k in range(1, len(words) - 1):
        if words[k] == "the" and words[k - 1].lower() not in {"of", "for"}:
            return " ".join(words[k + 1:])
    for k in range(2, len(words)):
        low = words[k].lower()
        if low in BODY_HEADS and lemma_of(low, "pl") == low:
            while k > 2 and NOMINATIVE_ADJECTIVE.search(words[k - 1].lower()) and lemma_of(
                    words[k - 1].lower(), "pl") == words[k - 1].lower():
                k -= 1
            return " ".join(words[k:])
    return name


OWNED = re.compile(r"^(.+?)['’]s\s+(.+)$")


def _owner_of(name: str) -> str:
    """ "Polish Chamber of Commerce's Innovation Award" -> "Polish Chamber of Commerce": the owner of an
    award named in the possessive ("Marshal's Office of Podkarpackie" is a name of its own, kept)."""
    m = OWNED.match(name)
    if m and lemma_of(m.group(2).split()[-1].lower(), "en") in _AWARD_WORDS:
        return m.group(1)
    return name


PEOPLE_OF = re.compile(r"^(?:assessors|assessor|evaluators|judges|jurors|experts|analysts|members|oceniający"
                       r"|audytorzy|eksperci|asesorzy|członkowie|analitycy)\s+(?:(?:z|ze|from|of)\s+)?(?:the\s+)?(.+)$", re.IGNORECASE)
# "Award of the Lower Silesian Chamber of Commerce": the award's own word opens the candidate, the body follows.
AWARD_OF = re.compile(r"^(?:\w+\s+){0,2}?(?:award|prize|medal|label|trophy)s?\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


def _people_of(name: str) -> str:
    """ "Oceniający z ESCA", "assessors from ESCA", "Eksperci Krajowej Izby": the people act for the body named
    after them; "Award of the Chamber of Commerce": the award's owner."""
    m = PEOPLE_OF.match(name) or AWARD_OF.match(name)
    return m.group(1) if m else name


def _subject_start(words: list[str]) -> int | None:
    """Where a subject in the nominative begins inside one capitalised run that opens with a body: "Ministerstwo
    Rozwoju | Klaster Wodny Śląska" (a subject head two or more words after a body head; right after it, it is
    the body's own name: "Stowarzyszenie Klaster Lifescience")."""
    if not words or not (lemma_of(words[0].lower(), "pl") in BODY_HEADS or names_mod.head_lemma(words[0]) in BODY_HEADS
                         or words[0].lower() in BODY_HEADS):
        return None
    for k in range(2, len(words)):
        if words[k].lower() in SUBJECT_HEADS:
            while k > 2 and NOMINATIVE_ADJECTIVE.search(words[k - 1].lower()) and lemma_of(
                    words[k - 1].lower(), "pl") == words[k - 1].lower():
                k -= 1
            return k
    return None


def _before_subject(name: str) -> str:
    """A Polish body in the genitive runs into the sentence's subject in one capitalised run: "(W rankingu)
    Polskiej Agencji Rozwoju Przedsiębiorczości Klaster Energetyczny Opolszczyzny" -> the body before the
    subject's head in the nominative (and the nominative adjectives opening it)."""
    words = name.split()
    k = _subject_start(words)
    if k is not None:
        return " ".join(words[:k])
    if len(words) < 3 or not words[0].lower().endswith(("ej", "ego", "ich", "ych", "ii", "ji")):
        return name
    for k in range(1, len(words)):
        if words[k].lower() in SUBJECT_HEADS:
            while k > 1 and NOMINATIVE_ADJECTIVE.search(words[k - 1].lower()):
                k -= 1
            return " ".join(words[:k])
    return name


def _bare_head(name: str) -> bool:
    low = name.lower()
    return " " not in name and not name.isupper() and (low in BODY_HEADS or lemma_of(low, "pl") in BODY_HEADS
                                                      or lemma_of(low, "en") in BODY_HEADS)


def _body_candidates(segments: list[Cues]) -> Iterator[str]:
    """Candidate awarding bodies, the likeliest first."""
    for cues in segments:
        toks, text = cues.tokens, cues.text
        for i, t in enumerate(toks):
            if t.low in {"from", "od"} and i > 0 and (toks[i - 1].low in names_mod.GENERIC_LEADS or toks[i - 1].low in ORIGIN_NOUNS):
                continue   # "a team from the Silesian University": where the winners come from, not who gives
            if t.low == "by" and i > 0 and _passive_win(toks, i - 1):
                continue   # "was won by the X Cluster": the winner
            if t.low in BY_WORDS and i > 0 and toks[i - 1].low in HOLDING_FORMS and any(
                    toks[k].lemma in HELD_THINGS for k in range(max(0, i - 7), i - 1)):
                continue   # "the status held by the Opole Science Park": its holder ("a contest held by": its organiser)
            if t.low == "from" and i + 2 <= len(toks) and _a_place(toks, text, i + 1):
                continue   # "brought home gold from Geneva": a place, not a body
            if t.low in BY_WORDS and i > 0 and (any(
                toks[j].lemma in GRANTING or j in cues.award_strong or j in cues.award_weak
                for j in range(max(0, i - 4), i)
            ) or _agent_of_passive_grant(toks, text, i) or (
                t.low in {"from", "od"} and toks[i - 1].lemma in RECEIVING_PL | {"receive"})) or t.low in BY_WORDS and i > 0 and (
                toks[i - 1].low in ORGANISING or toks[i - 1].low.startswith(ORGANISING_PREFIXES)
                or any(j in cues.award_strong for j in range(max(0, i - 8), i)) and any(
                    toks[j].lemma in GRANTING | vocab.WINNING_ACTS for j in range(max(0, i - 10), i))
            ):
                start = i + 1 + (i + 2 < len(toks) and toks[i + 1].low == "the")
                past_jury = _past_jury_of(toks, start)
                if past_jury != start and any(_names_award(cues, past_jury + lo, past_jury + hi)
                                              for lo, hi in _runs(toks[past_jury:], text)[:1]):
                    continue   # "from the jury of the European Creative Hubs Awards": an event's jury
                start = past_jury
                for lo, hi in _runs(toks[start:], text):
                    if lo == 0:
                        hi = _with_place(toks, text, start + hi)
                        run = _before_dative(toks[start:hi + 1])
                        yield text[run[0].start:run[-1].end]
                    break
    for cues in segments:
        toks, text = cues.tokens, cues.text
        for i in cues.positive:
            if toks[i].lemma in GRANTING:
                after_pronoun = _subject_after_pronoun(cues, i)
                if after_pronoun:
                    yield after_pronoun
                impersonal = toks[i].low.endswith(IMPERSONAL_ENDINGS)   # "Fundacji X przyznano": no subject
                # an English passive's subject is who got it ("the Polish Chamber … was awarded the Medal")
                english_passive = _passive_grant(toks, i) and toks[i].low.endswith("ed")
                heads = [] if impersonal or english_passive else [
                    j for j in range(i) if toks[j].lemma in BODY_HEADS and _may_be_subject(toks, text, j, i)]
                if heads:
                    j = heads[-1]
                    run = _run_around(toks, j) or toks[j:j + 1]
                    k = toks.index(run[-1])
                    if k + 2 < i and not toks[k + 1].capitalised and toks[k + 2].capitalised \
                            and toks[k + 1].low not in PREPOSITIONS and not _gap_breaks(text, run[-1], toks[k + 2]) \
                            and (len(run) == 1 or toks[k + 1].lemma in _AWARD_WORDS):
                        # "Kapituła konkursu Innowator Pomorza", "Rada Programowa konkursu Eko-Firma"
                        tail = _run_around(toks, k + 2)
                        if tail and cues.tokens.index(tail[-1]) < i:
                            run = [*run, toks[k + 1], *tail]
                    end = _with_place(toks, text, toks.index(run[-1]))
                    start = toks.index(run[0])
                    start -= start > 0 and toks[start - 1].low in OPENING_PREPOSITIONS   # cut by _past_adverbial
                    run = toks[start:end + 1]
                    while len(run) > 1 and run[0].low in DETERMINERS:
                        run = run[1:]
                    yield text[run[0].start:run[-1].end]
                if _active_granting(cues, i):   # "ESCA has awarded the label to X": the subject grants
                    runs = [r for r in _runs(toks[:i], text) if r[1] >= i - 3]
                    m = APPOSITIVE_RE.match(text)
                    if runs and m and m.end(1) < toks[runs[-1][0]].start < m.end():
                        # "Grupa MTP, organizator targów Polagra, przyznała": the body opens the sentence
                        runs = [r for r in _runs(toks[:i], text) if toks[r[1]].end <= m.end(1)][-1:]
                    elif runs and any(_gap_breaks(text, toks[k], toks[k + 1]) for k in range(runs[-1][1], i)):
                        runs = []   # "zajęła firma BioTech Lab, nagrodę przyznała …": a name of the clause before
                    if runs and not _is_award_run(cues, *runs[-1]) and not _names_award(cues, *runs[-1]) and not (
                            runs[-1][0] > 0 and toks[runs[-1][0] - 1].low in {"in", "w", "we"}):   # "… in Geneva gave"
                        lo, hi = runs[-1]
                        while lo < hi and toks[lo].low in DETERMINERS:
                            lo += 1
                        if toks[lo].low not in DETERMINERS:   # "The jury awarded": no name
                            yield text[toks[lo].start:toks[hi].end]
                    # Polish object-verb-subject: "Nagrodę wręczył Marszałek Województwa", "Status
                    # nadało Ministerstwo …": the award before the verb, the body right after it.
                    after = _runs(toks[i + 1:], text)
                    award_first = runs and (_is_award_run(cues, *runs[-1]) or _names_award(cues, *runs[-1])) or (
                        i - 1 in cues.award_strong or i - 1 in cues.award_weak)   # "…, a nagrodę wręczyła X"
                    if after and after[0][0] == 0 and toks[i].lemma in vocab.POSITIVE_VERBS["pl"] and award_first:
                        lo, hi = after[0]
                        lo += _dative_then_nominative(toks[i + 1 + lo:i + 2 + hi])   # the recipient first
                        if not _is_award_run(cues, i + 1 + lo, i + 1 + hi):
                            yield text[toks[i + 1 + lo].start:toks[i + 1 + hi].end]
        body = _body_after_award(cues) or _jury_of_award(cues)
        if body:
            yield body
        body = _body_by_decision(cues)
        if body:
            yield body
        rankings = [k for k, t in enumerate(toks) if t.low.startswith(RANKING_WORDS)]
        for i in sorted(set(cues.award_strong + cues.award_weak) | set(rankings)):
            owner = _possessive_owner(toks, text, i)
            if owner:
                yield owner
            j = i - 1
            while j >= 0 and (LEVEL_OF.get(toks[j].lemma) or toks[j].lemma in {"cluster", "management", "excellence"}):
                j -= 1
            if j >= 0 and toks[j].text.isupper() and len(toks[j].text) >= 3 and j < i:
                yield toks[j].text
            # "Srebrny certyfikat ESCA", "the Gold Label of ESCA": an acronym right after the award
            # ("rankingu klastrów PARP": after a ranking and what it ranks)
            k = i + 1 + (i + 2 < len(toks) and (toks[i + 1].low == "of" or (
                i in rankings and not toks[i + 1].capitalised and toks[i + 2].text.isupper())))
            if k < len(toks) and toks[k].text.isupper() and len(toks[k].text) >= 3 and toks[k].text.isalpha() and (
                    k + 1 >= len(toks) or not toks[k + 1].capitalised) and not _gap_breaks(text, toks[k - 1], toks[k]):
                yield toks[k].text
    for cues in segments:   # "odebrał nagrodę z rąk Marszałka Województwa": from the hands of the body
        toks, text = cues.tokens, cues.text
        for i, t in enumerate(toks[:-1]):
            if t.low == "rąk" and i > 0 and toks[i - 1].low == "z":
                runs = _runs(toks[i + 1:], text)
                if runs and runs[0][0] == 0:
                    yield text[toks[i + 1].start:toks[i + 1 + runs[0][1]].end]
    for cues in segments:   # the weakest cues last: a body next to an act of running or granting, an assessment's owner
        body = _body_by_organiser(cues)
        if body:
            yield body
    for cues in segments:
        body = _assessment_owner(cues)
        if body:
            yield body


# Object pronouns after a Polish act: its subject follows them ("a wręczył go Wojewoda Śląski", "przyznała ją
# Kapituła").
OBJECT_PRONOUNS = {"go", "ją", "je", "ich", "mu", "jej", "im"}
# Prepositions that put a noun in a phrase of its own: no subject ("trafił do Śląskiej Izby", "dla Fundacji").
PHRASE_PREPOSITIONS = {"do", "dla", "to", "for", "z", "ze", "from", "w", "we", "in", "na", "at", "o", "po", "after"}
CLAUSE_JOINS = {"a", "and", "but", "zaś", "natomiast", "while", "whereas", "i"}


def _subject_after_pronoun(cues: Cues, verb: int) -> str:
    """ "Medal trafił do Izby X, a wręczył go Wojewoda Śląski": the granting act's subject after its pronoun."""
    toks, text = cues.tokens, cues.text
    k = verb + 1
    if k + 1 >= len(toks) or toks[k].low not in OBJECT_PRONOUNS:
        return ""
    runs = _runs(toks[k + 1:], text)
    if runs and runs[0][0] == 0 and any(t.lemma in BODY_HEADS or names_mod.head_lemma(t.text) in BODY_HEADS
                                        for t in toks[k + 1:k + 2 + runs[0][1]]):
        return text[toks[k + 1].start:toks[k + 1 + runs[0][1]].end]
    return ""


def _may_be_subject(toks: list, text: str, j: int, verb: int) -> bool:
    """A body head before a granting act can be its subject unless a preposition opens its name ("trafił do
    Śląskiej Izby Gospodarczej") or a new clause starts between them (", a wręczył go …")."""
    lo = j
    while lo > 0 and toks[lo - 1].capitalised and not _gap_breaks(text, toks[lo - 1], toks[lo]):
        lo -= 1
    if lo > 0 and toks[lo - 1].low in PHRASE_PREPOSITIONS and not (lo > 1 and toks[lo - 2].low in {"jury", "decyzją"}):
        return False
    return not any(toks[k].low in CLAUSE_JOINS and _gap_breaks(text, toks[k - 1], toks[k]) for k in range(j + 1, verb))


# Acts of running a scheme or an event, after which "by X" names the body ("the scheme run by ESCA",
# "Awards organised by the Chamber", "ranking published by").
ORGANISING = {"out", "benchmarking", "evaluation", "review", "audit", "run", "organised", "organized", "published", "conducted", "held", "assessment", "organizowany",
              "organizowana", "organizowanego", "prowadzony", "prowadzona", "przeprowadzona", "przeprowadzony",
              "opublikowany", "opublikowanym", "ogłoszonym", "ogłoszony", "przyznawany", "przyznawana",
              "przyznawanego", "przyznawanej"}


# Participles of running, publishing or preparing something, in any case ("ocenie przeprowadzonej przez",
# "zestawienia przygotowanego przez", "league table compiled by").
ORGANISING_PREFIXES = ("opracowan", "organizowan", "organizowan", "przeprowadzon", "prowadzon", "opublikowan", "ogłoszon",
                       "przyznawan", "przygotowan", "sporządzon", "wydan", "compiled", "prepared", "issued",
                       "awarded", "conferred", "granted", "given", "presented", "hosted")


def _agent_of_passive_grant(toks: list, text: str, i: int) -> bool:
    """ "was conferred on the Kraków Aerospace Cluster by the Marshal …": "by" closes a passive grant of
    the same clause (its recipient between), so the body follows it."""
    for p in range(i - 1, max(-1, i - 12), -1):
        if _gap_breaks(text, toks[p], toks[p + 1]):
            return False
        if _passive_grant(toks, p):
            return True
    return False


def _jury_of_award(cues: Cues) -> str:
    """ "The jury of the Innovation Europe Award selected X": an award's own jury is the body that gives it
    (an awards event's jury, "the jury of the European Cluster Awards", sits under its organiser: no body)."""
    toks, text = cues.tokens, cues.text
    for j, t in enumerate(toks[:-2]):
        if t.lemma not in vocab.JURY or t.capitalised and j > 0 or toks[j + 1].low != "of":
            continue
        k = j + 2 + (toks[j + 2].low == "the")
        runs = _runs(toks[k:], text)
        if runs and runs[0][0] == 0 and _names_award(cues, k, k + runs[0][1]) and not toks[k + runs[0][1]].low.endswith("s"):
            return text[t.start:toks[k + runs[0][1]].end]
    return ""


def _past_jury_of(toks: list, k: int) -> int:
    """ "by an international jury of the Baltic Sea Region Programme": the body after the jury's words."""
    j = k
    while j < len(toks) and j < k + 4 and not toks[j].capitalised and toks[j].lemma not in vocab.JURY:
        j += 1
    if j < len(toks) and toks[j].lemma in vocab.JURY and not toks[j].capitalised and j + 1 < len(toks) \
            and toks[j + 1].low == "of":
        return j + 2 + (j + 2 < len(toks) and toks[j + 2].low == "the")
    return k


# Polish lead nouns in the dative before a recipient's name ("spółce Techmet", "firmie Amber Soft").
DATIVE_LEADS = {"spółce", "firmie", "spółdzielni", "startupowi", "przedsiębiorstwu", "zespołowi", "drużynie",
                "klastrowi", "stowarzyszeniu", "instytutowi", "uczelni", "panu", "pani"}


def _dative_opens(toks: list, k: int) -> bool:
    """A name at token k in the dative: after a dative lead noun, or opening with an organisation head
    (or its adjective) in the dative ("Klastrowi", "Uniwersytetowi Jagiellońskiemu", "Pomorskiemu …")."""
    if k > 0 and toks[k - 1].low in DATIVE_LEADS:
        return True
    return any(toks[m].low.endswith(("owi", "emu")) and names_mod.head_lemma(toks[m].text)
               for m in range(k, min(len(toks), k + 3)) if toks[m].capitalised)


def _award_genitive(cues: Cues, k: int) -> bool:
    """A name right after a lowercase award word is the award's own name in the genitive ("statuetkę
    Mazowieckiego Lidera", "tytuł Opolskiego Innowatora")."""
    return k > 0 and (k - 1 in cues.award_strong or k - 1 in cues.award_weak) and not cues.tokens[k - 1].capitalised \
        and cues.tokens[k].low.endswith(("ego", "ej", "a", "y", "i", "u"))


def _dative_then_nominative(run: list) -> int:
    """Where a body in the nominative starts inside one run that opens with the recipient in the dative: the
    Polish "Tytuł nadała Klastrowi Metalowemu Śląska Rada Województwa Śląskiego" (0 when the run is no such pair)."""
    if len(run) < 3 or not any(t.low.endswith("owi") and names_mod.head_lemma(t.text) for t in run[:3]):
        return 0
    for k in range(2, len(run)):
        if run[k].low in BODY_HEADS and lemma_of(run[k].low, "pl") == run[k].low:
            while k > 1 and NOMINATIVE_ADJECTIVE.search(run[k - 1].low) and lemma_of(
                    run[k - 1].low, "pl") == run[k - 1].low and not run[k - 1].low.endswith(("owi", "emu")):
                k -= 1
            return k
    return 0


def _before_dative(run: list) -> list:
    """A Polish body's name ends where a name in the dative begins: "przez Ministerstwo Rozwoju i
    Technologii Klastrowi Metalowemu" -> "Ministerstwo Rozwoju i Technologii" (the recipient follows)."""
    for k in range(1, len(run)):
        if run[k].low.endswith("owi") and names_mod.head_lemma(run[k].text):
            while k > 1 and run[k - 1].low.endswith(("emu", "iemu")):
                k -= 1
            return run[:k]
    return run


def _a_place(toks: list, text: str, k: int) -> bool:
    """One capitalised word that is no acronym and no body head, ending the clause ("from Geneva")."""
    if k >= len(toks) or not toks[k].capitalised or toks[k].text.isupper() or toks[k].lemma in BODY_HEADS:
        return False
    return k + 1 == len(toks) or not toks[k + 1].capitalised and toks[k + 1].low not in {"of", "for"}


POSSESSIVE = ("'s", "’s")
RANKING_WORDS = ("ranking", "zestawieni", "klasyfikacj")   # whose owner names the body like an award's


def _possessive_owner(toks: list, text: str, i: int) -> str:
    """The owner of an award in the English possessive: "ESCA's Gold Label", "the Polish Chamber of
    Commerce's Innovation Award" (capitalised words of the award's name between the owner and it)."""
    j = i - 1
    while j >= 0 and not toks[j].low.endswith(POSSESSIVE) and (toks[j].capitalised or LEVEL_OF.get(toks[j].lemma)) \
            and i - j < 5:
        j -= 1
    if j < 0 or not toks[j].low.endswith(POSSESSIVE) or not toks[j].capitalised:
        return ""
    lo = j
    while lo > 0 and not _gap_breaks(text, toks[lo - 1], toks[lo]) and (toks[lo - 1].capitalised or (
            toks[lo - 1].low in {"of", "for", "and"} and lo > 1 and toks[lo - 2].capitalised)):
        lo -= 1
    while lo < j and toks[lo].low in DETERMINERS | {"the"}:
        lo += 1
    name = text[toks[lo].start:toks[j].end]
    name = name[:-2] if name.endswith(POSSESSIVE) else name
    return "" if name.lower() in COUNTRIES else name   # "in Europe's top five": a place


# "by the Marshal of the Region in June": a time, not the place that ends a body's name.
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}


def _with_place(toks: list, text: str, hi: int) -> int:
    """The last token of a body's name with the place that ends it: "Regional Chamber of Commerce in
    Gdańsk" (an English name whose head gives awards, then "in" and a capitalised word)."""
    if hi + 2 < len(toks) + 0 and toks[hi + 1].low == "in" and toks[hi + 2].capitalised and toks[
            hi + 2].low not in MONTHS and not _gap_breaks(
            text, toks[hi], toks[hi + 2]) and any(t.lemma in BODY_HEADS for t in toks[max(0, hi - 5):hi + 1]):
        return hi + 2
    return hi


def _body_by_decision(cues: Cues) -> str:
    """A body that decided the award: "Decyzją Ministra Rozwoju …", "by decision of the Ministry of …",
    "Minister Rozwoju i Technologii podjął decyzję o przyznaniu statusu" (a name with a body head
    right after or up to three words before the decision noun)."""
    toks, text = cues.tokens, cues.text
    for i, t in enumerate(toks):
        if t.lemma not in DECISION_NOUNS:
            continue
        j = i + 1
        while j < len(toks) and toks[j].low in {"of", "the"}:
            j += 1
        for lo, hi in _runs(toks, text):
            run = toks[lo:hi + 1]
            if not any(r.lemma in BODY_HEADS or names_mod.head_lemma(r.text) in BODY_HEADS for r in run):
                continue   # ("Zarządu": a form the lemma table lacks, found through its case ending)
            if lo == j and t.lemma in ENGLISH_DECISIONS:
                run = run[:_english_subject_start(run) or len(run)]   # "By decision of the Agency X Cluster received"
            if lo == j or (lo == i and hi > i) or i - 4 <= hi < i:
                if lo == i:
                    # "Decyzją Ministra …": the decision word opens the run, and the subject may close it
                    # ("Decyzją Ministra Rozwoju Śląski Klaster Lotniczy otrzymał")
                    subject = _after_decision(run)
                    run = run[1:len(run) - len(subject)]
                return text[run[0].start:run[-1].end]
    return ""


DECISION_NOUNS = {"decyzja", "decision", "uchwała", "resolution"}
ENGLISH_DECISIONS = {"decision", "resolution"}


def _english_subject_start(run: list) -> int:
    """Where the subject starts in one English run that opens with the body after "by decision of the":
    "Minister of Development | the Carpathian Wood Cluster", "Regional Development Agency | Lubuskie Wine
    Cluster" (a new "the", or a name ending in a subject head right after the body's head); 0 when none."""
    for k in range(1, len(run)):
        if run[k].low == "the" and run[k - 1].low not in {"of", "for", "and"}:
            return k
    head = next((k for k, t in enumerate(run) if t.lemma in BODY_HEADS), None)
    if head is not None and head + 2 < len(run) and run[head + 1].low not in CONNECTORS and any(
            t.low in SUBJECT_HEADS for t in run[head + 2:]):
        return head + 1
    return 0
# Verbs (any person or tense) by which a body runs a contest or grants an award, and the organiser noun:
# "Konkurs przeprowadziło Ministerstwo Cyfryzacji", "który rozstrzygnął Urząd Marszałkowski",
# "Wyróżnienie przyznaje Izba", "Organizatorem konkursu jest Polska Izba …".
ORGANISER_VERB_PREFIXES = ("przeprowadzi", "zorganizowa", "organizuj", "rozstrzygn", "przyznaj", "przyznał",
                           "nadaj", "nadał", "wręcza", "ogłosi", "prowadzi", "organises", "organizes", "organised",
                           "organized", "runs", "hosts", "hosted", "awards", "grants", "gives", "announced",
                           "announces", "said", "reported", "poinformował", "poinformowała", "poinformowało",
                           "wydał", "wydała", "wydało", "issued")   # "Certyfikat wydał ESCA"
ORGANISER_NOUN_PREFIXES = ("organizator", "organiser", "organizer", "fundator")
RELATIVES = {"which", "that", "who", "który", "która", "które", "którzy"}
COPULAS = {"jest", "był", "była", "było", "są", "byli", "is", "was", "are", "were"}


def _body_by_organiser(cues: Cues) -> str:
    """A body named next to an act of running or granting, in a sentence about the award or contest:
    after the verb (the Polish object-verb-subject order) or right before it, or after "Organizatorem
    … jest" (a capitalised run holding a body head)."""
    toks, text = cues.tokens, cues.text
    if not (cues.award_strong or cues.award_weak or any(t.lemma in _AWARD_WORDS | DECISION_NOUNS for t in toks)):
        return ""   # ("Decyzję o przedłużeniu wydało Ministerstwo …": the decision on the award)
    for i, t in enumerate(toks):
        after = None
        if t.low.startswith(ORGANISER_VERB_PREFIXES) and not t.capitalised:
            after = i + 1
            end = i - 1 - (i > 1 and toks[i - 1].low in RELATIVES)   # "ESCA, which runs the scheme, …"
            before = [r for r in _runs(toks[:end + 1], text) if r[1] == end]
            if before and any(toks[k].lemma in BODY_HEADS for k in range(before[-1][0], i)) and not _is_award_run(
                    cues, *before[-1]):
                lo, hi = before[-1]
                return text[toks[lo].start:toks[hi].end]
        elif t.low.startswith(ORGANISER_NOUN_PREFIXES):
            cop = next((k for k in range(i + 1, min(len(toks), i + 6)) if toks[k].low in COPULAS), None)
            after = cop + 1 if cop is not None else None
        elif t.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
            after = i + 2   # "(Second place went to X,) according to the Polish Agency for …"
        if after is None or after >= len(toks):
            continue
        while after < len(toks) and toks[after].low in DETERMINERS:
            after += 1
        runs = _runs(toks[after:], text)
        if runs and runs[0][0] == 0:
            lo, hi = runs[0]
            run = toks[after:after + hi + 1]
            run = run[_dative_then_nominative(run):]   # "nadała Klastrowi X Rada Województwa": past the recipient
            named = any(r.lemma in BODY_HEADS or names_mod.head_lemma(r.text) in BODY_HEADS for r in run) or (
                len(run) == 1 and _is_acronym(run[0]))   # "Certyfikat wydał ESCA"
            if named and not _is_award_run(cues, after, after + hi):
                return text[run[0].start:run[-1].end]
    return ""


def _names_award(cues: Cues, lo: int, hi: int) -> bool:
    """A capitalised run ending in an award word is the award's name, not its body ("The jury of the
    European Cluster Awards gave …")."""
    return hi in cues.award_strong or hi in cues.award_weak


def _is_award_run(cues: Cues, lo: int, hi: int) -> bool:
    """A capitalised run that opens with the award itself ("Certyfikat", "Nagrodę", "Status"), not a name."""
    t = cues.tokens[lo]
    return lo in cues.award_strong or lo in cues.award_weak or t.lemma in _AWARD_WORDS


def _body_after_award(cues: Cues) -> str:
    """A body named as the award's owner right after it: "the Honorary Award of the Polish Cluster
    Association", "Nagrodę Ministra Nauki" (a genitive whose head gives awards: a ministry, a council,
    a marshal…); "Award of the Year" is no body (no such head)."""
    toks, text = cues.tokens, cues.text
    for a in sorted(set(cues.award_strong)):
        j = a + 1
        while j < len(toks) and not toks[j].capitalised and toks[j].lemma in PHRASE_WORDS and toks[j].low != "of":
            j += 1   # "dyplom honorowy Marszałka": past the award phrase's own words
        if j < len(toks) and toks[j].low == "of":
            j += 1
            if j < len(toks) and toks[j].low == "the":
                j += 1
        elif not toks[a].capitalised and not (j < len(toks) and toks[j].capitalised and any(
                t.lemma in BODY_HEADS for t in toks[j:j + 2])):
            # a Polish genitive owner follows a capitalised award name ("Nagrodę Ministra"), or a
            # lowercase one when the owner is a body ("złoty medal Międzynarodowych Targów Poznańskich")
            continue
        if j >= len(toks) or not toks[j].capitalised or _gap_breaks(text, toks[j - 1], toks[j]):
            continue
        for lo, hi in _runs(toks[j:], text):
            if lo != 0:
                break
            run = toks[j:j + hi + 1]
            if any(t.lemma in BODY_HEADS for t in run):
                # "Nagrodę Gospodarczą Wojewody Podlaskiego": the award's own adjectives (in its case, not
                # the genitive of the owner) come before the body's name
                award_word = toks[a].text
                while len(run) > 1 and run[0].lemma not in BODY_HEADS and (run[0].low.endswith(AWARD_CASE_ENDINGS) or
                                                                           names_mod.agrees_with_award(award_word, run[0].text)):
                    # ("Laureatem Nagrody Gospodarczej Prezydenta Gdyni": the award in the genitive, its adjective)
                    award_word = run[0].text if run[0].lemma in _AWARD_WORDS else award_word
                    run = run[1:]
                return text[run[0].start:run[-1].end]
            break
    return ""


AWARD_CASE_ENDINGS = ("ą", "ę", "a", "e", "y")   # never the owner's genitive (-ej, -ego, -ich, -ych)


_AWARD_WORDS = (frozenset(vocab.AWARD_STRONG["pl"]) | frozenset(vocab.AWARD_STRONG["en"])
                | frozenset(vocab.AWARD_WEAK["pl"]) | frozenset(vocab.AWARD_WEAK["en"]))
