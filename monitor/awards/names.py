"""Names of recipients and awarding bodies as a reader expects them: whole, and in the nominative.

A Polish name is inflected by the sentence it stands in ("złoty medal dla Politechniki Gdańskiej",
"przyznał Lubelskiemu Klastrowi Medycznemu", "ze Złotą Odznaką"). `nominative` finds the head noun of
the phrase through the shipped lemma table (organisation nouns are in vocab.ORG_HEADS), puts it in its
dictionary form and makes the adjectives that agree with it agree again ("Politechnika Gdańska",
"Lubelski Klaster Medyczny"). What follows the head and does not agree with it stays as written: it is
a genitive complement ("Klaster Obróbki Metali", "Fundacja Rozwoju Przedsiębiorczości") or a brand.
A phrase without a known head (a company brand, a person) is returned as it is.

    >>> nominative("Politechniki Gdańskiej")
    'Politechnika Gdańska'
    >>> nominative("Lubelskiemu Klastrowi Medycznemu MedLub")
    'Lubelski Klaster Medyczny MedLub'
    >>> person_nominative("Krzysztofa Zielińskiego"), person_nominative("Magdalenę Wiśniewską")
    ('Krzysztof Zieliński', 'Magdalena Wiśniewska')
"""

from __future__ import annotations

import re

from monitor.awards import vocab
from monitor.awards.lexicon import lemma_of

# Adjective endings of the oblique cases, longest first, and the nominative ending per gender.
_ADJ_ENDINGS = ("iego", "iemu", "iej", "ego", "emu", "ymi", "imi", "ych", "ich", "ej", "ym", "im", "ą")
_NOMINATIVE = {
    "m": {"iego": "i", "iemu": "i", "im": "i", "ego": "y", "emu": "y", "ym": "y"},
    "f": {"iej": "ia", "ej": "a", "ą": "a"},
    "n": {"iego": "ie", "iemu": "ie", "im": "ie", "ego": "e", "emu": "e", "ym": "e"},
    "p": {"ich": "ie", "ych": "e", "imi": "ie", "ymi": "e", "im": "ie", "ym": "e"},
}
# Heads that are plural only ("Międzynarodowych Targów Poznańskich" -> "Międzynarodowe Targi Poznańskie").
PLURAL_HEADS = {"targi"}
_SOFT_AFTER = ("k", "g")     # "Gdańskiej" -> "Gdańska", "Śląskiego" -> "Śląski", "Polskiego" -> "Polskie"
PREPOSITIONS = {"w", "we", "z", "ze", "na", "przy", "im", "i", "oraz", "dla", "do", "od"}
# Lead words that say what kind of thing the recipient is, not its name ("firma Termoizol", "zespół
# Politechniki", "startup Airly", "team PayBridge").
GENERIC_LEADS = {"firma", "firmy", "firmie", "firmę", "spółka", "spółki", "spółce", "spółkę", "company", "startup",
                 "start-up", "zespół", "zespołu", "zespołowi", "team", "drużyna", "drużyny", "naukowcy", "naukowców",
                 "wynalazcy", "wynalazców", "researchers", "inventors", "members", "member", "nasz", "nasza",
                 "nasze", "our", "the", "a", "an", "członek", "członkowie", "prezes", "prezesa", "przedstawicielom",
                 "przedstawicielowi", "przedstawiciele", "przedstawicieli", "representatives", "representative"}


# A lead word that opens an institution's own name with the word after it.
NAMED_LEADS = [["zespół", "szkół"], ["zespołu", "szkół"], ["zespołowi", "szkół"]]


def _gender(lemma: str) -> str:
    if lemma in PLURAL_HEADS:
        return "p"
    if lemma in vocab.FEMININE_IN_CONSONANT:
        return "f"
    if lemma in vocab.MASCULINE_IN_A:
        return "m"
    if lemma.endswith("a"):
        return "f"
    if lemma.endswith(("o", "e", "um", "ę")):
        return "n"
    return "m"


def _adjective_nominative(word: str, gender: str) -> str | None:
    """The nominative of an adjective in an oblique case, or None when the word is no such adjective."""
    if "-" in word:   # "Górniczo-Hutniczej": only the last part is inflected
        head, _, last = word.rpartition("-")
        fixed = _adjective_nominative(last, gender)
        return f"{head}-{fixed}" if fixed else None
    low = word.lower()
    for end in _ADJ_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 2:
            table = _NOMINATIVE[gender]
            stem = word[: len(word) - len(end)]
            if end in table:
                new = table[end]
            elif end in ("ych", "ich", "ymi", "imi") or gender == "p":
                return None   # a plural complement ("Technologii Kosmicznych") agrees with another noun
            else:
                new = {"m": "y", "f": "a", "n": "e"}[gender]
            if stem.lower().endswith(_SOFT_AFTER):
                new = {"y": "i", "ia": "a", "e": "ie"}.get(new, new)   # Gdańskiej/Śląskiego/Polskiego
            return stem + (new.upper() if word.isupper() else new)
    return None


# Oblique endings of an adjective that agrees with a head noun of each gender.
_AGREEING = {"m": ("iego", "iemu", "ego", "emu", "ym", "im"), "n": ("iego", "iemu", "ego", "emu", "ym", "im"),
             "f": ("iej", "ej", "ą"), "p": ("ich", "ych", "imi", "ymi", "im", "ym")}


def _is_nominative_adjective(word: str) -> bool:
    return bool(re.search(r"(y|i|a|e)$", word.split("-")[-1].lower()))


# Case endings of a head noun, tried when the lemma table lacks the form ("Instytutowi", "Zarządu",
# "Strefie"): the stem plus "", "a" or "ia" must be an organisation head ("instytut", "strefa", "kopalnia").
_NOUN_CASE_ENDINGS = ("owi", "iem", "em", "ie", "u", "a", "ą", "ę", "y", "i", "om", "ami")


def head_lemma(word: str) -> str | None:
    """The organisation head noun a word is a form of ("Instytutowi" -> "instytut"), or None."""
    low = word.lower()
    lemma = lemma_of(low, "pl")
    if lemma in vocab.ORG_HEADS:
        return lemma
    for end in _NOUN_CASE_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = low[: len(low) - len(end)]
            # "Urzędowi" -> "urząd": an ą of the nominative's last syllable is written ę in the other cases
            for base in {stem, stem[::-1].replace("ę", "ą", 1)[::-1]}:
                for tail in ("", "a", "ia"):
                    if base + tail in vocab.ORG_HEADS and (tail or end not in ("a", "ą", "ę", "y")):
                        return base + tail
    return None


def nominative(phrase: str) -> str:
    """A Polish organisation name in the nominative (see the module doc); other phrases unchanged."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if head_lemma(w)), None)
    if head is None:
        return phrase
    lemma = head_lemma(words[head]) or ""
    if words[head].lower() == lemma and (lemma not in vocab.INDECLINABLE_HEADS or head == 0 and not (
            len(words) > 1 and words[1].lower().endswith(_AGREEING[_gender(lemma)]))):
        # already the nominative (an indeclinable head tells its case by its adjectives: "Technikum
        # Elektronicznego" is a genitive, "Centrum Nauki" a nominative)
        return phrase
    gender = _gender(lemma)
    out = list(words)
    out[head] = lemma[:1].upper() + lemma[1:] if words[head][:1].isupper() else lemma
    for i in range(head):
        fixed = _adjective_nominative(words[i], gender)
        if fixed is None:
            return phrase   # something before the head that is no agreeing adjective: leave it
        out[i] = fixed
    for i in range(head + 1, len(words)):
        if words[i].lower() in PREPOSITIONS:
            break
        if not words[i].lower().endswith(_AGREEING[gender]):
            break   # "Klastra Zielonej Chemii": a feminine genitive after a masculine head is a complement
        fixed = _adjective_nominative(words[i], gender)
        if fixed is None:
            break
        out[i] = fixed
    return " ".join(out)


# The ending an adjective takes to agree with a head noun in the case its ending tells, per gender
# ("Nagrodę Gospodarczą": accusative; "Nagrody Gospodarczej": genitive; "Medalu Złotego": genitive).
_HEAD_CASE_AGREEMENT = {
    "f": (("ę", ("ą",)), ("ą", ("ą",)), ("y", ("ej", "iej")), ("i", ("ej", "iej")), ("e", ("ej", "iej"))),
    "m": (("owi", ("emu", "iemu")), ("em", ("ym", "im")), ("a", ("ego", "iego")), ("u", ("ego", "iego"))),
    "n": (("a", ("ego", "iego")), ("u", ("emu", "iemu")), ("em", ("ym", "im"))),
}
AWARD_NOUNS_PL = frozenset(vocab.AWARD_STRONG["pl"]) | frozenset(vocab.AWARD_WEAK["pl"])


def agrees_with_award(award_word: str, word: str) -> bool:
    """Does an adjective stand in the case of the Polish award noun before it ("Nagrody Gospodarczej",
    "Nagrodę Gospodarczą")? Then it is the award's own, not its owner's genitive."""
    low = award_word.lower()
    lemma = lemma_of(low, "pl")
    if lemma not in AWARD_NOUNS_PL:
        return False
    gender = _gender(lemma)
    ending = next((adj for end, adj in _HEAD_CASE_AGREEMENT.get(gender, ()) if low.endswith(end)), ())
    return bool(ending) and word.lower().endswith(ending)


def award_nominative(phrase: str) -> str:
    """A Polish award's name in the nominative: "Nagrodę Gospodarczą Prezydenta Miasta" -> "Nagroda
    Gospodarcza Prezydenta Miasta", "Srebrną Odznakę Doskonałości" -> "Srebrna Odznaka Doskonałości" (the head
    and the adjectives in its case; the genitive owner after them stays). Other phrases unchanged."""
    words = phrase.split()
    head = next((k for k, w in enumerate(words[:3]) if lemma_of(w.lower(), "pl") in AWARD_NOUNS_PL), None)
    if head is None:
        return phrase
    low = words[head].lower()
    lemma = lemma_of(low, "pl")
    if lemma == low:
        return phrase   # already the nominative ("Medal Lidera", "Tytuł Lidera Innowacji")
    gender = _gender(lemma)
    ending = next((adj for end, adj in _HEAD_CASE_AGREEMENT.get(gender, ()) if low.endswith(end)), ())
    agree = lambda w: _adjective_nominative(w, gender) if ending and w.lower().endswith(ending) else None  # noqa: E731
    before = [agree(w) for w in words[:head]]
    if any(b is None for b in before):
        return phrase   # something before the award noun that does not agree with it
    out = [*before, lemma[:1].upper() + lemma[1:] if words[head][:1].isupper() else lemma]
    for k in range(head + 1, len(words)):
        fixed = agree(words[k])
        if fixed is None:
            return " ".join(out + words[k:])
        out.append(fixed)
    return " ".join(out)


# Academic and professional titles before a person's name: not part of the name ("prof. Jan Nowak").
TITLES = {"prof.", "prof", "dr", "dr.", "hab.", "hab", "inż.", "inż", "mgr", "mgr.", "dr hab.", "prof. dr",
          "dyr.", "red.", "ks.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr.-ing.", "professor"}
# A Polish surname of the -ski/-cki/-dzki type in an oblique case, and its nominative ending.
_SURNAME_CASES = (("skiego", "ski", "m"), ("ckiego", "cki", "m"), ("dzkiego", "dzki", "m"),
                  ("skiemu", "ski", "m"), ("ckiemu", "cki", "m"), ("dzkiemu", "dzki", "m"),
                  ("ską", "ska", "f"), ("cką", "cka", "f"), ("dzką", "dzka", "f"),
                  ("skiej", "ska", "f"), ("ckiej", "cka", "f"), ("dzkiej", "dzka", "f"))


def _first_name_nominative(word: str, gender: str, case_end: str) -> str | None:
    """A first name put in the nominative to agree with its surname's case (simple declension rules:
    "Magdalenę"/"Magdaleną"/"Magdaleny" -> "Magdalena", "Krzysztofa"/"Krzysztofowi" -> "Krzysztof",
    "Pawła" -> "Paweł", "Marka" -> "Marek"); None when no rule fits."""
    low = word.lower()
    if gender == "f":
        if low.endswith(("ę", "ą")):
            return word[:-1] + "a"
        if case_end.endswith("iej") and low.endswith("y"):
            return word[:-1] + "a"
        if case_end.endswith("iej") and low.endswith(("ki", "gi")):
            return word[:-1] + "a"
        if case_end.endswith("iej") and low.endswith(("ii", "ji")):
            return word[:-1] + "a"     # Marii -> Maria, Alicji -> Alicja
        return None
    stem = word[:-3] if low.endswith("owi") else (word[:-1] if low.endswith("a") else None)
    if not stem or len(stem) < 2:
        return None
    if stem.lower().endswith("wł"):
        return stem[:-1] + "eł"   # Pawła -> Paweł
    if re.search(r"[^aeiouyąęó]k$", stem.lower()):
        return stem[:-1] + "ek"   # Marka -> Marek, Jacka -> Jacek (c+k written "ck")
    return stem


def _feminine_oblique_first(word: str) -> str | None:
    """A woman's first name in the genitive, dative or accusative ("Ewy", "Annie", "Marii", "Agnieszki",
    "Ewę") put in the nominative; None when the word has no such ending (or is "Jerzy", a man's name)."""
    low = word.lower()
    if len(low) < 3:
        return None
    if low.endswith(("ii", "ji")):
        return word[:-1] + "a"
    if low.endswith(("ki", "gi")):
        return word[:-1] + "a"
    if low.endswith("y") and not low.endswith(("zy", "sy")):
        return word[:-1] + "a"
    if low.endswith("ę"):
        return word[:-1] + "a"
    return None


_FEMININE_SURNAME = ("ska", "cka", "dzka", "owa", "ewa", "ina", "yna", "na")
_FEMININE_FIRST = ("ia", "ja", "nna", "ina", "yna", "eta", "ata", "ela", "ewa", "ara", "ora", "ta", "la",
                   "da", "ka", "ga")
CONSONANT_END = re.compile(r"[^aeiouyąęó]$")


def person_nominative(phrase: str) -> str:
    """A Polish person's name ("Martę Wiśniewską", "Krzysztofa Zielińskiego") in the nominative, when
    the surname is of the declined -ski/-cki/-dzki type and no word is a common noun of the lemma table
    ("Województwa Pomorskiego" is no person); other phrases unchanged."""
    words = phrase.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return phrase
    if any(head_lemma(w) or w.lower() in vocab.ORG_HEADS_EN for w in words):
        return phrase   # "Pomorski Klaster": an organisation, not a person
    if any(lemma_of(w.lower(), "pl") != w.lower() for w in words):
        return phrase
    last = words[-1]
    for end, nom, gender in _SURNAME_CASES:
        if last.lower().endswith(end) and len(last) > len(end) + 1:
            firsts = [_first_name_nominative(w, gender, end) for w in words[:-1]]
            if any(f is None for f in firsts):
                return phrase
            return " ".join([*firsts, last[: len(last) - len(end)] + nom])
    # A woman's surname ending in a consonant does not decline ("dla Anny Lis", "Ewy Nowak"): the first
    # name alone carries the case (a man's would be "Jana Nowaka", the surname declined too).
    if len(words) == 2 and CONSONANT_END.search(last.lower()):
        first = _feminine_oblique_first(words[0])
        if first:
            return f"{first} {last}"
    # A man's name in the genitive or accusative, both words declined ("Szymona Nowaka" -> "Szymon
    # Nowak"); a woman's name in the nominative ends so too ("Ewa Kowalska", "Anna Mucha"): her first
    # names' endings and the adjectival surnames are left alone.
    if len(words) == 2 and all(re.search(r"[^aeiouyąęó]a$", w.lower()) and len(w) > 3 for w in words) and not (
            words[1].lower().endswith(_FEMININE_SURNAME) or words[0].lower().endswith(_FEMININE_FIRST)):
        fixed = [_first_name_nominative(w, "m", "a") for w in words]
        if all(fixed):
            return " ".join(fixed)
    # A man's name in the dative, both words declined ("Janowi Kowalczykowi" -> "Jan Kowalczyk").
    if len(words) == 2 and all(w.lower().endswith("owi") and len(w) > 5 for w in words):
        fixed = [_first_name_nominative(w, "m", "owi") for w in words]
        if all(fixed):
            return " ".join(fixed)
    return phrase


def clean(name: str, lang: str) -> str:
    """A detail as shown: generic lead words dropped ("firma Agrofrost" -> "Agrofrost", "The Polish
    Cluster Association"), a trailing origin cut ("Anna Lis z Klastra Drzewnego", "Sensilab z
    Poznania"), and Polish names put in the nominative."""
    words = name.split()
    # Lead words, a leading preposition ("z Politechniki Gdańskiej") and titles ("prof. Jan Nowak").
    titled = False   # "Dr Ewa Las of the Gdańsk Institute": a person, then her affiliation
    while len(words) > 1 and (words[0].lower() in GENERIC_LEADS or words[0].lower() in TITLES
                              or (lang != "en" and words[0].lower() in PREPOSITIONS)):
        if [w.lower() for w in words[:2]] in NAMED_LEADS:
            break   # "Zespół Szkół Łączności": a school's name, not a team of schools
        titled = titled or words[0].lower() in TITLES
        words = words[1:]
    for i, w in enumerate(words[1:], 1):
        if w.lower() in {"z", "ze", "from"} or (titled and w.lower() in {"of", "at"}):
            words = words[:i]
            break
    name = " ".join(words)
    if name.endswith(("'s", "’s")):
        name = name[:-2]   # "the Polish Chamber of Commerce's (award)": the owner
    if lang == "en":
        return name
    folded = nominative(name)
    return person_nominative(folded) if folded == name else folded
