"""A small Polish/English glossary of the monitor's domain: words to language-neutral concept ids.

Why: without a translator (`--translator none`, the default of many installs) a Polish post and its
English version share almost no word ("Złota Odznaka dla Klastra" / "Cluster earns the Gold Label").
Story grouping (monitor/stories.py) then compares what survives the change of language: the
concepts below (gold, label, cluster, management, ministry, ...), proper names, numbers and
acronyms. Place names that the two languages spell differently ("Śląsk"/"Silesia",
"Bruksela"/"Brussels") get the English spelling's name key, so a Polish and an English report
share it.

Entries are folded stems (lower case, no diacritics, see storage.fold): a word belongs to a concept
when its folded form is the stem plus at most MAX_ENDING letters (Polish case endings, English
-s/-ed/-ing/-ion). The longest matching stem wins. A stem ending in "=" is that word only (short
words: "may" is May, "maybe" is not). Lookups are cached (bounded), so a word costs
one dict lookup after its first occurrence.
"""

from __future__ import annotations

import functools
import re

from storage import fold

MAX_ENDING = 4
MIN_STEM = 3

# concept id -> folded stems, Polish and English together (the stems rarely collide across languages).
CONCEPTS: dict[str, tuple[str, ...]] = {
    # what was won
    "award": ("nagrod", "nagrodz", "laur", "award", "prize", "statuet", "statuett", "trophy", "troph"),
    "winner": ("laureat", "zwyciez", "zwycies", "wygral", "wygrani", "winner", "winning", "won=", "wins=", "victor",
               "laureate"),
    "finalist": ("finalist", "finalis", "shortlist", "nominat", "nominowan", "nominacj"),
    "application": ("zglos", "zglosz", "zglasza", "wniosk", "aplikac", "applica", "application", "apply", "applie",
                    "rekrutac", "regulamin"),
    "invitation": ("zaprasz", "zaproszeni", "invit", "register", "rejestrac", "join="),
    "gold": ("zlot", "zloci", "gold", "golden"),
    "silver": ("srebr", "silver"),
    "bronze": ("braz", "bronze"),
    # what a body grants after an assessment: Polish reports call a label a certificate ("Złoty certyfikat
    # ESCA" / "Gold Label"), so they are one concept
    "label": ("odznak", "etykiet", "label", "badge", "znak", "certyfik", "certific", "certificat", "certified"),
    "quality": ("jakosc", "jakosci", "quality"),
    "excellence": ("doskonal", "excellen"),
    "management": ("zarzadz", "zarzad", "manage", "management", "manager", "menedzer"),
    "medal": ("medal",),
    "distinction": ("wyroznien", "wyroznion", "wyroznil", "distinction", "distinguish", "honourable", "honorable",
                    "mention", "commendation", "commend"),
    "status": ("status",),
    "key": ("kluczow", "key=", "keys="),
    "national": ("krajow", "ogolnopol", "national", "nationwide"),
    "competition": ("konkurs", "competition", "contest"),
    "jury": ("kapitul", "jury"),
    "ceremony": ("gala=", "gali=", "gale=", "galę=", "galą=", "uroczyst", "ceremon"),
    "congratulations": ("gratul", "gratuluj", "congratulat"),
    # a status or an accreditation is granted by a decision (a minister's, a commission's, a board's)
    "decision": ("decyzj", "decision"),
    "receive": ("otrzyma", "uzyska", "zdoby", "przyzna", "nadan", "receiv", "obtain", "earn=", "earns=", "earned=", "achiev",
                "designat", "desygnowa", "desygnac", "confer", "akredyt", "accredit",
                "grant"),
    "best": ("najlepsz", "best="),
    "place": ("miejsc", "place=", "placed="),
    "leader": ("lider", "leader"),
    # who
    "cluster": ("klast", "cluster"),
    "ministry": ("minister", "ministr", "ministry"),
    "agency": ("agencj", "agency", "agencies"),
    "development": ("rozwoj", "rozwo", "develop", "development"),
    "technology": ("technolog", "technika", "techniczn"),
    "innovation": ("innowac", "innowato", "innovat"),
    "production": ("produc", "producent", "produk", "wytworc", "wytwarz", "manufactur"),
    "company": ("przedsiebior", "przedsiebiorcz", "firm", "firma", "spolk", "company", "companies", "enterprise", "business"),
    "sme": ("msp=", "sme=", "smes="),
    "university": ("uniwersyt", "uczelni", "politechni", "universit", "polytechnic"),
    "research": ("naukow", "badaw", "badan", "nauk", "research", "scien"),
    "faculty": ("wydzial", "faculty", "department", "instytut", "institut", "katedr", "chair="),
    "engineering": ("inzynier", "engineer"),
    "member": ("czlonk", "czlonek", "czlonkowsk", "member"),
    "chamber": ("izba=", "izby=", "izbie=", "izbę=", "izbą=", "chamber"),
    "foundation": ("fundacj", "foundation"),
    "association": ("stowarzysz", "association"),
    "president": ("prezes", "president"),
    "expert": ("ekspert", "expert"),
    "assessment": ("ocen", "audyt", "audit", "benchmark", "assess", "evaluat"),
    "partner": ("partner",),
    "startup": ("startup", "start-up"),
    "network": ("siec=", "sieci=", "siecia=", "network", "alliance", "sojusz", "platform", "platforma", "platformi",
                "zwiazek", "zwiazku", "zrzesz"),
    # what happened
    "conference": ("konferencj", "conference", "forum", "zgromadz", "assembly", "kongres", "congress", "szczyt=",
                   "summit"),
    # what two organisations do together: a signed agreement, a joining (a membership)
    "agreement": ("porozumi", "umow", "umowa", "intencyjn", "memorand", "agreement", "contract", "kontrakt",
                  "licenc", "licens"),   # a licence granted is an agreement signed ("umowa licencyjna")
    "sign": ("podpis", "sign=", "signs=", "signed=", "signing", "zawarl", "zawarci"),
    "cooperation": ("wspolprac", "cooperat", "co-operat", "collaborat"),
    "joining": ("dolacz", "dolaczy", "dolaczyl", "dolaczyli", "przystap", "przystep", "joins=", "joined=", "joining",
                "accession", "admit", "welcom", "witamy"),
    "ranking": ("ranking", "rankingu", "zestawieni", "klasyfikac", "ranks=", "ranked=", "index="),
    "fair": ("targi", "targa", "targo", "targu", "targow", "wystaw", "fair", "exhibition", "expo"),
    "invention": ("wynalaz", "invent", "invention", "inventor"),
    "project": ("projekt", "project"),
    "visit": ("wizyt", "visit", "travel", "trip", "explor", "odwiedz", "odwiedzi"),
    "country": ("kraj=", "kraju=", "kraje=", "krajem=", "krajach=", "country", "countries"),
    "mission": ("misj", "mission"),
    "study": ("studyjn", "study"),
    "training": ("szkoleni", "training", "warsztat", "workshop"),
    "webinar": ("webinar",),
    "call": ("nabor", "call=", "calls="),
    "funding": ("dofinans", "dofinansow", "dotacj", "fundusz", "finansow", "fund=", "funds=", "funding", "financ"),
    "voucher": ("bon=", "bony=", "bonu=", "bonow=", "bonami=", "voucher"),
    "programme": ("program", "programme"),
    "export": ("eksport", "export"),
    "international": ("miedzynarod", "international"),
    "region": ("region",),
    "europe": ("europ", "europejsk", "european"),
    "green": ("ekolog", "zielon", "srodowisk", "green", "ecolog", "environment"),
    "circular": ("obieg", "circular"),
    "transformation": ("transform", "transformat"),
    # sectors
    "energy": ("energ", "energetyczn"),
    "hydrogen": ("wodor", "hydrogen"),
    "storage": ("magazyn", "magazynow", "storage", "warehouse"),
    "battery": ("bateri", "akumulator", "batter"),
    "medical": ("medyczn", "medical", "medicine"),
    "aviation": ("lotnicz", "aviation", "aerospace"),
    "furniture": ("mebl", "meblar", "meblarsk", "furniture"),
    "wood": ("drzewn", "drewn", "wood", "timber"),
    "chemistry": ("chemi", "chemiczn", "chemic", "chemistry"),
    "metal": ("metal", "metali"),
    "maritime": ("morsk", "maritime", "marine"),
    "tourism": ("turyst", "turystyczn", "touris"),
    "logistics": ("logisty", "logistic"),
    "software": ("informaty", "oprogramow", "software", "computer", "ict=", "ikt="),
    "food": ("zywnos", "spozywcz", "food"),
    "agriculture": ("roln", "rolnic", "agricult", "farm"),
    "plastics": ("tworzyw", "plastik", "plastic"),
    "glass": ("szkl", "szklar", "szklarsk", "glass"),
    "robotics": ("robot", "robotyk", "robotics", "automatyk", "automation"),
    "industry": ("przemysl", "industr"),
    "ceramics": ("ceram", "ceramicz"),
    "cosmetics": ("kosmety", "cosmetic"),
    "biotech": ("biotech", "biotechnolog"),
    "dairy": ("mleczar", "dairy"),
    "automotive": ("motoryzac", "samochod", "automotive"),
    "textile": ("tekstyl", "odziez", "textile", "clothing", "fashion", "mody="),
    "space": ("kosmiczn", "satelit", "space=", "satellit"),
    # the parts of regions' names ("Lower Silesia" is "Dolny Śląsk", one Polish word "dolnośląski")
    "lower": ("lower=", "upper=", "greater=", "lesser=", "western=", "eastern=", "west=", "east="),
    # months: lower case in Polish ("w styczniu"), a capitalised name in English ("in January")
    "month1": ("styczen", "styczni", "january"), "month2": ("luty=", "lutego=", "lutym=", "february"),
    "month3": ("marzec", "marca=", "marcu=", "march="), "month4": ("kwiecien", "kwietni", "april"),
    "month5": ("maja=", "maju=", "maj=", "may="), "month6": ("czerwiec", "czerwc", "june="),
    "month7": ("lipiec", "lipca=", "lipcu=", "july="), "month8": ("sierpien", "sierpni", "august="),
    "month9": ("wrzesien", "wrzesni", "september"), "month10": ("pazdziernik", "october"),
    "month11": ("listopad", "november"), "month12": ("grudzien", "grudni", "december"),
}

# Places the two languages spell apart, folded stems -> the name key of the English spelling (six
# folded letters, as stories.proper_names cuts names).
PLACES: dict[str, str] = {
    "warsza": "warsaw", "warsaw": "warsaw", "brukse": "brusse", "brusse": "brusse", "genew": "geneva",
    "genev": "geneva", "lodz": "lodz", "lodzk": "lodz", "slask": "silesi", "slaski": "silesi", "slasko": "silesi",
    "silesi": "silesi", "dolnos": "silesi", "pomor": "pomera", "pomera": "pomera", "mazowi": "masovi",
    "mazows": "masovi", "masovi": "masovi", "mazovi": "masovi", "subcar": "podkar", "podkar": "podkar",
    "lubel": "lublin", "lublin": "lublin", "opols": "opole", "opole": "opole", "kujaw": "kuyavi", "kuyavi": "kuyavi",
    "warmin": "warmia", "warmia": "warmia", "mazur": "masuri", "masuri": "masuri", "walenc": "valenc",
    "valenc": "valenc", "niemc": "german", "niemie": "german", "german": "german", "hiszpa": "spain",
    "spain": "spain", "spanis": "spain", "wloch": "italy", "wlosk": "italy", "italy": "italy", "italia": "italy",
    "francj": "france", "francu": "france", "france": "france", "french": "france", "dani": "denmar",
    "dunsk": "denmar", "denmar": "denmar", "danish": "denmar", "litw": "lithua", "lithua": "lithua",
    "skandy": "scandi", "scandi": "scandi", "krakow": "krakow", "cracow": "krakow", "baskow": "basque",
    "baskij": "basque", "basque": "basque", "szwecj": "sweden", "szwedz": "sweden", "sweden": "sweden",
    "swedis": "sweden", "norweg": "norway", "norwes": "norway", "norway": "norway", "holand": "nether",
    "holend": "nether", "nether": "nether", "dutch": "nether",
    # regions whose English name is another word ("Małopolska"/"Lesser Poland", "Wielkopolski"/"Greater
    # Poland", "Świętokrzyskie"/"Holy Cross"), and cities abroad where galas and fairs are held, which Polish
    # spells its own way ("w Wiedniu"/"in Vienna", "Lizbona"/"Lisbon"). (Countries and the inflected names
    # of Polish towns are left out: a site's hometown or a mission's country is in every post of a series.)
    "malopo": "lesser", "lesser": "lesser", "wielko": "greate", "greate": "greate", "holy": "swieto",
    "wieden": "vienna", "wiedni": "vienna", "vienna": "vienna", "lizbon": "lisbon", "lisbon": "lisbon",
    "monach": "munich", "munich": "munich", "norymb": "nuremb", "nuremb": "nuremb", "londyn": "london",
    "london": "london", "paryz": "paris", "paris": "paris", "mediol": "milan", "milan": "milan",
    "praga": "prague", "pragi": "prague", "pradze": "prague", "prague": "prague", "sztokh": "stockh",
    "stockh": "stockh", "seul": "seoul", "seoul": "seoul", "wilno": "vilniu", "wilnie": "vilniu",
    "vilniu": "vilniu",
    # spelt alike, listed because a word of the award vocabulary has the same first letters ("poznani")
    "podlas": "podlas", "lubusk": "lubusk", "swieto": "swieto",
    "poznan": "poznan", "radom": "radom",
}


# Concepts that name a prize won: a title with one of these tells of an award even when the classifier
# missed it in one language (stories.py lets such a pair join across verdicts on strong evidence).
AWARD_CONCEPTS = frozenset({"award", "winner", "gold", "silver", "bronze", "label", "medal", "distinction", "status"})
# Concepts of the act of winning (a status is told by the decision that granted it).
WIN_CONCEPTS = frozenset({"receive", "winner", "congratulations", "decision"})
# Concepts of what comes before or around an award (a call, the finalists, a training, an invitation).
NOT_YET_CONCEPTS = frozenset({"call", "finalist", "application", "invitation", "training", "webinar"})


# The kind of event a title tells (what two organisations did: signed, joined, met, won, ranked, called):
# two posts naming the same organisations but telling events of two kinds are two news ("Politechnika
# podpisała porozumienie z Doliną Lotniczą" and "Konferencja ... z Politechniką" a week later). A status is
# won and joined ("dołącza do Krajowych Klastrów Kluczowych" / "granted National Key Cluster status").
EVENT_KINDS: dict[str, frozenset[str]] = {
    **{c: frozenset({"agreement"}) for c in ("agreement", "sign")},
    "joining": frozenset({"membership"}),
    **{c: frozenset({"meeting"}) for c in ("conference", "fair", "webinar", "training", "visit", "mission", "study")},
    **{c: frozenset({"award"}) for c in ("award", "winner", "medal", "label", "distinction", "gold", "silver", "bronze")},
    "ceremony": frozenset({"award", "meeting"}),
    "competition": frozenset({"award", "call"}),
    "status": frozenset({"award", "membership"}),
    "ranking": frozenset({"ranking", "award"}),
    **{c: frozenset({"call"}) for c in ("call", "application")},
}
# Concepts that tell a kind only when the title tells no other ("Nowi członkowie klastra").
WEAK_EVENT_KINDS: dict[str, frozenset[str]] = {"member": frozenset({"membership"})}

# The sectors a cluster's or a project's name tells ("Krośnieński Klaster Szklarski", "Mazowiecki Klaster
# Wodorowy"): two titles naming two sectors the other item never mentions tell of two organisations.
SECTOR_CONCEPTS = frozenset({"energy", "hydrogen", "storage", "battery", "medical", "aviation", "furniture", "wood",
                             "chemistry", "metal", "maritime", "tourism", "logistics", "software", "food",
                             "agriculture", "plastics", "glass", "automotive", "textile", "space", "robotics",
                             "ceramics", "cosmetics", "biotech", "dairy"})


def concept_kinds(concept: str) -> frozenset[str]:
    """The kinds of event one concept tells, a weak kind too ("member": a membership)."""
    return EVENT_KINDS.get(concept) or WEAK_EVENT_KINDS.get(concept, frozenset())


def event_kinds(concept_ids: set[str], weak: bool = True) -> set[str]:
    """The kinds of event the concepts of a title tell (see EVENT_KINDS), the weak ones too when asked."""
    out: set[str] = set()
    for c in concept_ids:
        out |= EVENT_KINDS.get(c, frozenset())
    if not out and weak:
        for c in concept_ids:
            out |= WEAK_EVENT_KINDS.get(c, frozenset())
    return out


# Concepts most posts of the domain touch: in a title they do not tell which news it is ("Oferta pracy:
# koordynator projektów badawczych" and "Partner search: ... consortium" share only these).
GENERIC_CONCEPTS = frozenset({"cluster", "company", "europe", "partner", "project", "research", "university",
                              "region", "development", "innovation", "technology", "programme", "national",
                              "international", "receive", "place", "best", "sme", "president", "expert"})


def _index(table: dict[str, tuple[str, ...]], exact: bool) -> dict[str, str]:
    return {fold(stem.rstrip("=")): concept for concept, stems in table.items() for stem in stems
            if stem.endswith("=") == exact}


_STEMS = _index(CONCEPTS, exact=False)
_EXACT = _index(CONCEPTS, exact=True)     # a stem written "may=" is that word only ("maybe", "mayor" are not May)
# Concept stems as six-letter name keys: a capitalised "Ministerstwo" is cut to "minist" by proper_names.
_STEMS6 = {stem[:6]: concept for stem, concept in _STEMS.items() if len(stem) >= 6}
WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def _longest(word: str, table: dict[str, str]) -> str | None:
    for end in range(len(word), max(MIN_STEM, len(word) - MAX_ENDING) - 1, -1):
        hit = table.get(word[:end])
        if hit is not None:
            return hit
    return None


@functools.lru_cache(maxsize=65536)
def concept_of(word: str) -> str | None:
    """The concept id of one word (any case, any language of the two), or None."""
    folded = fold(word)
    return _EXACT.get(folded) or _longest(folded, _STEMS)


@functools.lru_cache(maxsize=16384)
def name_concept(name: str) -> str | None:
    """The concept of a name key (folded, cut to six letters): "minist" -> ministry, "klastr" -> cluster."""
    return _EXACT.get(name) or _longest(name, _STEMS) or (_STEMS6.get(name) if len(name) == 6 else None)


@functools.lru_cache(maxsize=16384)
def place(name: str) -> str | None:
    """The English-spelling name key of a place written apart in the two languages, or None."""
    return _longest(name, PLACES)


# Titles given as a prize, "Manager of the Year", "Menedżer Roku", "Klaster Roku": a year written as a name
# after a capitalised noun (Polish writes "roku" in lower case otherwise; "Nowego Roku" is the new year).
TITLE_OF_THE_YEAR = re.compile(r"\bof\s+the\s+Year\b|(?<!\w)(?!Now)[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+\s+Roku\b")


# "Joining forces with Wroclaw Medical University": an idiom of cooperation, not a membership (see EVENT_KINDS).
JOIN_FORCES = re.compile(r"\bjoin(?:s|ed|ing)?\s+forces\b", re.IGNORECASE)


def concepts(text: str) -> set[str]:
    """The concept ids of a text's words, and "award" for a title of the year (TITLE_OF_THE_YEAR)."""
    out = {"award"} if TITLE_OF_THE_YEAR.search(text or "") else set()
    text = JOIN_FORCES.sub("cooperate", text or "")
    for w in WORD_RE.findall(text):
        if len(w) >= MIN_STEM:
            c = concept_of(w)
            if c is not None:
                out.add(c)
    return out
