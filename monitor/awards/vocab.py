"""The award vocabulary, as lemmas grouped into cues, for Polish and English.

The classifier never lists word forms: `lexicon.py` maps every inflected form of these lemmas
(taken once from simplemma's dictionaries and shipped as monitor/data/award_lexicon.json) back to
them. Change a lemma here, then rebuild the table with `python -m monitor.awards.lexicon --build`.
"""

from __future__ import annotations

# Nouns that name an award. STRONG ones are awards whatever the context; WEAK ones (a certificate,
# a title, a status) are awards only when an act of granting is stated next to them.
AWARD_STRONG = {
    "pl": {"nagroda", "wyróżnienie", "laureat", "laureatka", "odznaka", "medal", "statuetka", "zwycięzca",
           "zwyciężczyni", "trofeum", "puchar", "godło", "nagrodzony", "wyróżniony", "odznaczenie", "prix", "laur", "pochwała"},
    "en": {"award", "prize", "label", "medal", "winner", "laureate", "trophy", "accolade", "honour", "honor",
           "prix", "commendation"},
}
AWARD_WEAK = {
    "pl": {"certyfikat", "tytuł", "akredytacja", "złoto", "srebro", "brąz", "status", "certyfikacja", "konkurs",
           "hackathon", "etykieta"},
    "en": {"certificate", "certification", "title", "accreditation", "gold", "silver", "bronze", "status",
           "distinction", "recognition", "badge", "competition", "contest", "hackathon", "challenge", "datathon"},
}
# Multi-word awards, as lemma sequences: a national status is an award even without the word "award".
AWARD_PHRASES = {
    "pl": [("krajowy", "klaster", "kluczowy"), ("kkk",), ("regionalny", "klaster", "kluczowy"), ("wyróżnienie", "specjalny"), ("znak", "jakość"),
           ("dyplom", "uznanie"), ("dyplom", "honorowy"), ("list", "pochwalny"), ("klaster", "kluczowy"),
           ("wzmianka", "honorowy"), ("honorowy", "wzmianka")],
    "en": [("national", "key", "cluster"), ("key", "national", "cluster"), ("regional", "key", "cluster"),
           ("key", "regional", "cluster"), ("key", "cluster"),
           ("special", "mention"),
           ("honourable", "mention"), ("honorable", "mention"), ("quality", "mark"), ("certificate", "of", "merit"),
           ("honorary", "mention"), ("jury", "mention"), ("mention", "of", "the", "jury"),
           ("special", "distinction"), ("special", "recognition"), ("honorary", "diploma")],
}
# Nouns that on their own say somebody won (the winners, congratulations).
WINNER_NOUNS = {
    "pl": {"laureat", "laureatka", "zwycięzca", "zwyciężczyni", "gratulacje", "zwycięstwo"},
    "en": {"winner", "laureate", "congratulation", "congratulations", "victory"},
}
# Acts of winning or granting. For Polish perfective verbs only past forms and participles count
# ("otrzymał", "nagrodzony"); present forms of perfective verbs are future ("otrzyma", "zdobędzie").
POSITIVE_VERBS = {
    "pl": {"nagrodzić", "wyróżnić", "otrzymać", "zdobyć", "przyznać", "uhonorować", "zwyciężyć", "wygrać",
           "odebrać", "uzyskać", "wręczyć", "nadać", "docenić", "triumfować", "zająć", "gratulować", "poznać",
           "znać", "dołączyć", "zdobywać", "przyznanie", "otrzymanie", "zdobycie", "nadanie", "wręczenie",
           "uzyskanie", "odznaczyć", "utrzymać", "odnowić", "odnowienie", "zachować", "wybrać",
           # headline present tense of imperfective verbs ("Klaster X otrzymuje Złotą Odznakę"), holding,
           # becoming, being found among the best
           "otrzymywać", "wygrywać", "dołączać", "uzyskiwać", "zyskać", "zyskiwać", "posiadacz", "posiadaczka",
           "mieć", "zostać", "stać", "znaleźć", "dziś", "potwierdzić", "przedłużyć",
           # recognised as the best, moved up a level ("uznany za najlepszy", "awansował na srebro")
           "uznać", "awansować",
           # handed over ("Certyfikat przekazano podczas konferencji"), boasting of one held ("może
           # pochwalić się Złotym Znakiem Jakości")
           "przekazać", "pochwalić", "uplasować", "osiągnąć", "wywalczyć",
           # designated as an institution ("wyznaczony na regionalny ośrodek", "desygnowany jako centrum")
           "wyznaczyć", "desygnować", "powierzyć", "wpisać",
           "posiadać"},   # "posiada Brązową Etykietę": a label held (as "mieć")
    "en": {"win", "award", "receive", "grant", "earn", "honour", "honor", "name", "present", "secure",
           "clinch", "scoop", "take", "achieve", "obtain", "gain", "recognise", "recognize", "congratulate",
           "crown", "confer", "bestow", "join", "collect", "accept", "announce", "label", "relabel", "renew",
           "retain", "keep", "maintain", "select", "choose", "pick", "decorate", "rank", "hand",
           "hold", "holder", "become", "now", "confirm", "top", "bag", "land", "score", "extend", "claim", "give",
           "upgrade", "reach", "rate", "vote", "move", "single", "commend", "designate", "appoint", "include",
           "certify", "have", "progress", "advance", "climb"},
}
# Verbs that count only when an award follows them closely ("names new National Key Clusters",
# "Znamy laureatów", "took gold"), since on their own they say nothing about an award.
NEEDS_AWARD_AFTER = {
    "pl": {"poznać", "znać", "zająć", "dołączyć", "utrzymać", "odnowić", "odnowienie", "zachować", "dołączać",
           "posiadacz", "posiadaczka", "mieć", "zostać", "stać", "znaleźć", "dziś", "potwierdzić", "uznać",
           "awansować", "przekazać", "pochwalić", "uplasować", "osiągnąć", "wyznaczyć", "desygnować", "powierzyć",
           "wpisać", "posiadać"},
    "en": {"name", "take", "join", "announce", "present", "gain", "collect", "accept", "renew", "retain", "keep",
           "maintain", "rank", "hand", "hold", "holder", "become", "now", "confirm", "top", "bag", "land", "score",
           "extend", "give", "upgrade", "reach", "rate", "vote", "move", "designate", "appoint", "include", "certify",
           "have", "progress", "advance", "climb"},   # "has the status of Regional Key Cluster" (as Polish "ma status")
}
# Of those, the acts of handing an award over: with an award right after them they state a win
# outright ("handed the award to X", "presented the Gold Label to X").
HANDING_ACTS = {"present", "hand", "give"}
# Weak award nouns (and capitalised titles "X of the Year") that are an award in their own right
# when an act of winning comes just before them ("received distinctions", "was named Business
# Support Institution of the Year").
PROMOTED_AFTER_ACT = {"distinction"}
# A win recalled over a span of time is a record, not news ("Over the years it has earned the
# Silver Label", "W tym czasie zdobyliśmy m.in. Srebrną Odznakę"): such a sentence states no win.
RETROSPECTIVE_RE = (
    r"\b(?:over the (?:past |last )?(?:\w+ )?years|throughout (?:its|the|their) (?:history|existence)"
    r"|in (?:its|their) history|since (?:its|their) (?:founding|foundation|establishment|inception)"
    r"|w tym czasie|na przestrzeni (?:\w+ )?lat|przez (?:te |ostatnie |wszystkie )?(?:\w+ )?lat[a]?\b"
    r"|dotychczas\b|do tej pory|w (?:swojej|całej|dotychczasowej) historii|od początku (?:swojej |naszej )?działalności"
    r"|w ciągu (?:\w+ )?(?:\d+ )?lat"
    # a label's or a method's own history: "since 2012", "ten years ago", "mija 10 lat od", "a decade"
    # ("członek Forum od 2019 roku", "a member since 2019" tell a membership, not a span of awards)
    r"|(?:have|has) been \w+ since (?:19|20)\d\d|^(?:\d+|\w+) years ago|^\w+ lat temu|mija (?:\d+|\w+) lat"
    # a year back, opening the sentence ("Rok temu otrzymaliśmy Brązową Etykietę. Teraz awansowaliśmy…"), unless
    # the sentence goes on to now ("Rok temu brąz, dziś srebro")
    r"|^(?:(?:rok|\w+ lata) temu|(?:a|one) year ago)(?!.*\b(?:dziś|dzisiaj|teraz|now|today|w tym roku|this year)\b)"
    r"|a decade)"
)
# An award held since a year ("od 2021 roku posiadamy status KKK", "has held the label since 2019") is a record;
# held since a month ("od marca posiada Brązową Etykietę") is recent news.
HOLDING_ACTS = {"posiadać", "mieć", "hold", "have", "holder", "posiadacz"}
HELD_SINCE_YEAR_RE = r"\b(?:od|since)\s+(?:(?:the\s+)?(?:year\s+)?)(?:19|20)\d\d\b"
# A step told as news, not a how-to's steps ("its first step on the excellence ladder", "Kolejny krok w ocenie
# ESCA", "krok milowy"): the words before it.
STEP_NEWS_WORDS = {"first", "pierwszy", "kolejny", "następny", "next", "another", "big", "ważny", "important", "duży"}
# Qualifications of a person: a certificate of an expert, assessor or trainer is a course's record, no award
# ("certyfikat eksperta ESCA", "certificates as cluster benchmarking experts").
QUALIFICATION_PREFIXES = ("ekspert", "expert", "assessor", "asesor", "audytor", "auditor", "trener", "trainer",
                          "analityk", "analyst", "coach", "mentor")
# Announcement nouns: winners named with one are still to be announced ("Winners announcement on 5 May").
ANNOUNCEMENT_WORDS = {"announcement", "ogłoszenie", "ogłoszenia", "ogłoszeniu", "revealed", "unveiling"}
# An award of an earlier edition, named in passing ("laureatka zeszłorocznej nagrody", "last year's
# winner", "former winners"): the award is not the news. Word beginnings, Polish and English.
PAST_EDITION_PREFIXES = ("zeszłoroczn", "ubiegłoroczn", "poprzedni", "dawn", "wcześniejsz", "former", "previous",
                         "past")
# Verbs of choosing count only when a winner follows ("wybrano zwycięzcę", "chose the winner"): being
# selected as a finalist is not winning.
NEEDS_WINNER_AFTER = {"wybrać", "select", "choose", "pick"}
# Acts that state a win outright; a sentence with one of them is not undone by the finalists or
# nominees it also mentions ("Last year a finalist, this year the jury awarded it the prize").
WINNING_ACTS = {"win", "award", "receive", "earn", "secure", "clinch", "scoop", "honour", "honor", "crown",
                "confer", "bestow", "grant", "zdobyć", "wygrać", "otrzymać", "nagrodzić", "przyznać", "zwyciężyć",
                "uzyskać", "odebrać", "wręczyć", "uhonorować", "wyróżnić", "odznaczyć", "claim", "wywalczyć"} | NEEDS_WINNER_AFTER
# Verbs of winning whose capitalised object is the contest or prize won ("wins FinHack Warsaw").
# Heads of noun phrases naming an organisation that gives awards (a ministry, a jury, a chamber…).
BODY_HEADS = {"ministerstwo", "ministry", "minister", "agencja", "agency", "komisja", "commission", "jury",
              "kapituła", "secretariat", "sekretariat", "fundacja", "foundation", "urząd", "office", "marszałek",
              "rada", "council", "stowarzyszenie", "association", "forum", "izba", "chamber",
              "targi", "fair", "platform", "platforma", "assembly", "sejmik", "parliament", "wojewoda", "prezydent",
              "burmistrz", "starosta", "zarząd", "samorząd", "observatory", "institute", "instytut", "federation",
              "federacja", "club", "klub", "authority", "board", "marshal", "network", "fundusz", "fund", "assessor",
              "assessors", "evaluators", "oceniający", "audytorzy", "judges", "jurors"}
# "reached the highest level of the assessment", "najwyższy poziom certyfikacji": a highest-word, a
# rung noun after it, and a word of an assessment or label scheme in the sentence.
HIGHEST_WORDS = {"highest", "top-level", "top"}
LEVEL_RUNGS = {"level", "rating", "grade", "tier", "poziom", "stopień", "ocena", "nota", "kategoria", "klasa", "score",
               "wynik", "wynikiem"}
SCHEME_WORDS = {"assessment", "certification", "label", "excellence", "scheme", "benchmarking", "esca", "certyfikacja",
                "certyfikat", "etykieta", "odznaka", "doskonałość", "ocena", "audit", "audyt", "rating", "ratingu",
                "ranking", "rankingu"}
SCHEME_PREFIXES = ("doskonało", "certyfik", "excellen")
# Acts of moving up whose level word after them is the award ("awansował na srebrny", "upgraded to silver").
LEVEL_MOVES = {"awansować", "upgrade", "move", "reach", "osiągnąć", "achieve", "progress", "advance", "climb"}
# Acts of standing on a podium ("stanął na podium", "finished on the podium", "made the podium").
PODIUM_ACT_PREFIXES = ("stan", "znalaz", "finish", "stood", "made", "reached", "came", "wskoczy", "zaj")
# A top place in a ranking (text.py _ranking_place): place nouns as written, and the top words before them.
PLACE_FORMS = {"place", "spot", "position", "miejsce", "miejscu", "pozycji", "pozycja", "pozycję", "lokata", "lokatę",
               "lokacie"}
TOP_PLACE_WORDS = {"top", "first", "1", "1st", "highest", "pierwsze", "pierwszym", "pierwszej", "pierwszą", "czołowe",
                   "czołowym", "czołową", "czołowej", "najwyższe", "najwyższym", "najwyższej"}
# Acts of passing an assessment ("passed the ESCA assessment at gold level", "przeszedł ocenę na poziomie złotym").
PASS_ACTS = {"pass"}
PASS_PREFIXES = ("passed", "przeszedł", "przeszła", "przeszło", "przeszli")
# Words after an assessment that say it is over ("ESCA assessment completed", "audyt zakończony").
DONE_WORDS = {"completed", "concluded", "finished", "closed", "zakończona", "zakończony", "zakończone", "zakończył",
              "zakończyła", "zakończyło", "ukończona", "ukończony"}
# The highest level of a cluster label scheme is its gold level.
LABEL_SCHEME_PREFIXES = ("esca", "label", "etykiet", "excellen", "doskonało")
# A status is an award when it is granted ("nadał status", "awarded the status of") or named ("status
# Ośrodka Innowacji", "status akredytowanego ośrodka"); "ma status w realizacji" names none.
STATUS_GRANTS = {"nadać", "nadanie", "przyznać", "przyznanie", "otrzymać", "otrzymanie", "uzyskać", "uzyskanie",
                 "potwierdzić", "przedłużyć", "zyskać", "award", "grant", "receive", "obtain", "confer", "extend",
                 "confirm", "gain", "earn", "achieve", "secure"}
# A decision a named body took grants what it decides ("Commission decision for X", "na mocy decyzji
# Ministra"); with a word of waiting in the sentence it is still awaited (word beginnings).
DECISION_WORDS = {"decyzja", "decision"}
WAITING_PREFIXES = ("czeka", "oczekiw", "spodziew", "await", "expect", "pending", "upcoming")
WAITING_WORDS = {"przed", "before", "ahead", "until", "soon", "wkrótce", "pending"}
# Participles of a grant after the status they grant ("status ..., nadany przez", "status conferred by").
STATUS_GRANT_PARTICIPLE_ENDINGS = ("ny", "na", "ne", "ony", "ona", "ed")
ACCREDITATION_PREFIXES = ("akredyt", "accredit")
# Verb forms of accrediting the lemma table lacks ("akredytował", "akredytowano"): a conformity cue like
# "accredited", so that lift_accreditation (text.py) decides whether a public status is told.
ACCREDIT_VERB_ENDINGS = ("ował", "owała", "owało", "owali", "owały", "owano", "ed")
# What an accreditation or a status designates an organisation as ("accredited as a regional innovation hub",
# "akredytacja ośrodka innowacji", "status regionalnego centrum innowacji"): word beginnings. Accredited as an
# institution, by a body named in context, it is a public status, not a standard's conformity check.
DESIGNATION_PREFIXES = ("ośrod", "centrum", "centre", "center", "hub", "instytucj", "institution", "inkubator",
                        "incubator", "park")
# Conferring bodies of a public status: an accreditation they grant is a status, not a conformity check.
STATUS_BODIES = {"ministerstwo", "minister", "ministry", "agencja", "agency", "zarząd", "board", "urząd", "marszałek",
                 "marshal", "wojewoda"}
# Bodies that confer a designation by accrediting ("accredited as a technology transfer centre by the
# National Institute", "akredytacja Instytutu ... jako ośrodek"): with a designation named, they too grant a status.
DESIGNATING_BODIES = STATUS_BODIES | {"instytut", "institute", "komisja", "commission", "rada", "council"}
# Marks of a standard's conformity check: with one of them an accreditation stays a conformity certificate.
STANDARD_WORDS = {"iso", "iec", "haccp", "gmp", "brc", "ifs", "fsc", "pefc", "pca", "norma", "zgodność", "compliance",
                  "compliant", "custody", "laboratory", "laboratorium"}
# A label told as the right to use it ("may now use the Gold Label", "is entitled to use", "otrzymał prawo do
# posługiwania się Srebrną Etykietą", "może od dziś posługiwać się"): forms of using, and the words of
# permission before them (a modal counts only with "now"/"od dziś" between: "may use" alone is hypothetical).
USE_FORMS = {"use", "posługiwania", "posługiwać", "używania", "używać", "korzystania", "korzystać", "stosowania"}
PERMISSION_WORDS = {"right", "rights", "entitled", "allowed", "authorised", "authorized", "licensed", "prawo",
                    "uprawniony", "uprawniona", "uprawnione", "uprawnienie", "uprawnienia"}
NOW_WORDS = {"now", "dziś", "dzisiaj", "teraz", "już", "odtąd"}
# Contest finals whose first place is told ("In the final of X first place went to Y", "W finale konkursu X
# pierwsze miejsce zajęła Y"): the final is the ceremony of the result, not a shortlist.
FINAL_LEMMAS = {"final", "finał"}
# Naming acts whose "top"/"best" + an organisation noun after them is a distinction ("was named the top
# company of the year by the analysts").
NAMING_TOP_ACTS = {"name", "vote", "uznać", "rank", "select", "choose", "wybrać", "recognise", "recognize"}
# Naming acts whose capitalised title after "a" is the award ("named the X Cluster a Regional Innovation Leader").
TITLE_NAMING_ACTS = {"name", "vote"}
# Words that may stand before a recipient's name between a grant and its status ("granted our cluster the status").
DETERMINERS_OF_NAMES = {"the", "a", "an", "our", "its", "their", "this", "nasz", "naszemu", "naszej", "naszym"}
# What "grants" may grant as an act rather than name funding ("Ministry grants key status", "grants the title").
GRANTED_TITLES = {"status", "label", "key", "accreditation"}
# Acts of choosing: the superlative title they give is one ("chosen the most innovative company", "wybrana
# najbardziej innowacyjną firmą"); a plural is a selection ("wybrano najbardziej aktywne firmy do projektu").
CHOOSING_ACTS = {"select", "choose", "wybrać"}
PL_INSTRUMENTAL_SINGULAR = ("ą", "em", "iem")
# Superlatives (text.py _is_superlative): the words that make the next one a superlative, Polish "naj-" words
# that tell a time or an order rather than a rank, English "-est" words that are no superlatives.
SUPERLATIVE_WORDS = {"most", "najbardziej"}
NOT_SUPERLATIVE_PREFIXES = ("najbliż", "najpierw", "najnowsz", "najczęś", "najmniej", "najgorsz", "najpóźn", "najwcze",
                            "najdalej", "najprawdopodob", "najważniejsz", "najstarsz", "najmłodsz")
NOT_SUPERLATIVE_EN = {"latest", "interest", "contest", "request", "harvest", "manifest", "earliest", "forest", "honest",
                      "modest", "suggest", "protest", "invest", "digest", "oldest", "youngest", "newest", "closest",
                      "nearest", "soonest"}
NUMBER_WORDS = {"three", "five", "ten", "twenty", "fifty", "hundred", "trzech", "pięciu", "dziesięciu", "dwudziestu",
                "stu", "trzy", "pięć", "dziesięć"}
TITLE_NOUN_PREFIXES = ("pracodaw", "eksporter", "innowator", "startup", "uczelni")
TOP_TITLE_NOUNS = {"company", "companies", "cluster", "firm", "employer", "organisation", "organization", "institution",
                   "exporter", "innovator", "startup", "start-up", "park", "hub", "university", "team", "supplier",
                   "manufacturer", "investor", "incubator", "network", "sme", "enterprise", "business"}
# An application decided positively ("pozytywnie zaopiniowała wniosek", "approved the application") is no call.
APPROVED_PREFIXES = ("pozytywn", "positiv", "zatwierdz", "approv")
# Copulas before a title of the year state it held ("is the Innovator of the Year", "jest Menedżerem Roku").
COPULAS = {"is", "was", "jest", "był", "była", "było", "are", "were", "są", "byli", "były"}
# Acts of becoming whose capitalised designation after them is a status ("became a European Digital Innovation
# Hub"); membership words in the name make it a joining ("became a Member of the X Centre network").
BECOME_ACTS = {"become", "zostać"}
MEMBERSHIP_PREFIXES = ("member", "członk", "partner", "uczestnik", "participant")
# Acts of designating whose award is the capitalised designation after "as" ("designated X as a Regional
# Innovation Centre"); "designated Anna Nowak as the contact person" names no designation.
DESIGNATE_ACTS = {"designate", "wyznaczyć", "desygnować", "appoint", "powierzyć"}
# Acts of entering in a list or a register, whose list of status holders is the status ("included in the list
# of National Key Clusters", "wpisana do rejestru ośrodków innowacji"); list nouns as word beginnings.
LIST_ACTS = {"include", "wpisać"}
LIST_NOUN_PREFIXES = ("list", "register", "registry", "rejestr", "wykaz")
# Finding oneself among a named list is a ranking place ("znalazła się wśród Diamentów Forbesa"); groups of members,
# partners, exhibitors or signatories are no ranking (word beginnings).
FOUND_AMONG_ACTS = {"znaleźć"}
NOT_A_RANKING_GROUP = MEMBERSHIP_PREFIXES + ("sygnatari", "wystawc", "założyciel", "fundator", "gości", "gość", "prelegent",
                                             "beneficjent", "finalist", "nominowan", "kandydat", "uczestnicz")
# "is officially a European Digital Innovation Hub": the designation after it is held.
OFFICIALLY = {"officially", "oficjalnie"}
# Listing words before among-the-best ("listed among Europe's 50 leading clusters").
LISTED_FORMS = {"listed", "featured", "included", "wymieniony", "wymieniona", "wymienione", "umieszczony",
                "umieszczona", "sklasyfikowany", "sklasyfikowana"}
# Acts of designating that may name the designation by a capitalised title alone ("designated X as Regional
# Innovation Centre"); other ones (appointed, entrusted, selected) need an institution noun in it.
DESIGNATE_ANY_NAME = {"designate", "wyznaczyć", "desygnować"}
# A person's role after "as" is no designation ("appointed as the Coordinator", "jako koordynator").
ROLE_PREFIXES = ("coordinator", "koordynator", "przewodnicząc", "director", "dyrektor", "chair", "manager", "menedżer",
                 "contact", "ambasador", "ambassador", "representative", "przedstawiciel", "expert", "ekspert",
                 "president", "prezes", "member", "członk", "partner", "head", "kierownik")
# English past forms of moving between levels ("moved from bronze to silver", "went from silver to gold").
MOVE_PAST_EN = {"moved", "went", "rose", "climbed", "advanced", "progressed", "switched", "jumped", "upgraded",
                "stepped", "upgrades", "moves", "goes", "jumps", "climbs", "rises"}
# The words before the designation an act of designating names ("as a hub", "jako centrum", "na ośrodek",
# "powierzył funkcję ośrodka").
DESIGNATION_AS = {"as", "jako", "na", "funkcję", "funkcji", "rolę", "role", "do"}
DESIGNATION_INTO = {"do"}   # ("desygnowany do sieci hubów"): an institution noun needed, a capital is not enough
# Words before a call that make it a past one ("Following a call, the Commission designated", "w wyniku naboru").
AFTER_A_CALL = {"following", "after", "wyniku", "rozstrzygnięciu", "rozstrzygnięcia"}   # ("po naborze": right before)
# Participles of award acts that state the win as a headline predicate or an impersonal past form.
AWARDED_PARTICIPLES = {"wyróżniony", "nagrodzony"}
# Acts of recognising that are a distinction when a body does them to a named organisation
# ("The European Commission recognised the X Cluster", "Klaster doceniony przez Komisję").
RECOGNITION_ACTS = {"recognise", "recognize", "docenić", "wyróżnić", "honour", "honor", "uhonorować"}
WIN_NAMED = {"win", "clinch", "scoop", "top", "claim", "wygrać", "zwyciężyć", "wygrywać"}
# Of the verbs needing an award, those whose award may come just before them ("Key Cluster status
# confirmed for X", "Status KKK potwierdzony").
AWARD_BEFORE_TOO = {"confirm", "potwierdzić", "extend", "przedłużyć", "renew", "odnowić", "przekazać", "holder", "zająć",
                    "present", "hand", "give"}   # "The prize was presented to X"
# Verbs that name a state held even after a modal ("może pochwalić się X": it has X).
MODAL_STATES = {"pochwalić"}
# Verbs of joining a group, whose award may stand further after them ("dołączył do elitarnego grona
# klastrów ze Złotą Odznaką", "joined the small group of Gold Label clusters").
JOIN_ACTS = {"dołączyć", "dołączać", "join"}
# A partner of an award is a sponsor tier ("Klaster partnerem nagrody X", "official partner of the Awards").
PARTNER_FORMS = {"partnerem", "partnerką", "partnerami"}
# "in Europe's top five", "w pierwszej dziesiątce", "into the top 10": a ranking place (TOP_WORDS, then a
# number within two words, with an in-word shortly before).
TOP_WORDS = {"top"}
IN_WORDS = {"in", "into", "among", "w", "we", "do", "wśród"}
# English words that are acts in their base form too (a noun "holder", an adverb "now").
EN_BASE_FORM_ACTS = {"win", "receive", "earn", "holder", "now"}
# Nouns of holding an award: one holder is news ("Klaster X posiadaczem Złotej Odznaki"), holders
# in the plural are a group addressed by an event or an offer.
HOLDER_NOUNS = {"posiadacz", "posiadaczka", "holder"}
HOLDER_PLURAL_ENDINGS = ("y", "ów", "om", "ami", "ach", "ek", "kom", "kami", "kach", "holders")
# Acts whose grammatical object is the award itself ("nagrodzony", "awarded", "re-labelled Gold").
ACT_IS_AWARD = {"nagrodzić", "wyróżnić", "uhonorować", "odznaczyć", "award", "honour", "honor", "label", "relabel",
                "commend", "single",
                "decorate"}
# Who judges: a sentence about the jury being named or announced is not about winners.
JURY = {"jury", "juror", "judge", "kapituła", "evaluator", "sędzia", "ekspert", "expert"}
PERFECTIVE_PL = {"nagrodzić", "wyróżnić", "otrzymać", "zdobyć", "przyznać", "uhonorować", "zwyciężyć", "wygrać",
                 "odebrać", "uzyskać", "wręczyć", "nadać", "docenić", "zająć", "poznać", "dołączyć", "odznaczyć",
                 "utrzymać", "odnowić", "zachować", "wybrać", "zostać", "znaleźć", "potwierdzić", "zyskać",
                 "przedłużyć", "przekazać", "osiągnąć", "wywalczyć", "wyznaczyć", "powierzyć", "wpisać"}
# Beating rivals in number is a competition won ("beats 60 rivals", "ahead of 40 teams", "pokonał 30
# konkurentów"): an act, a number within two words, a rival noun right after it.
BEAT_FORMS = {"beat", "beats", "beating", "ahead", "outperformed", "outclassed", "pokonał", "pokonała", "pokonało",
              "pokonali", "pokonując", "wyprzedził", "wyprzedziła", "wyprzedzili", "wyprzedzając"}
RIVAL_NOUNS = {"rivals", "teams", "competitors", "contenders", "entries", "startups", "start-ups", "projects",
               "konkurentów", "rywali", "drużyn", "zespołów", "uczestników", "startupów", "projektów", "firm",
               "zgłoszeń", "konkurencyjnych"}
# Finishing on a podium place: "finished first", "came second", "uplasował się na pierwszym miejscu".
FINISH_FORMS = {"finished", "finishes", "came", "placed", "comes", "finish"}

# A place on a podium is an award ("zajął I miejsce", "1st place – HydroLoop"); other places are not.
PLACE_NOUNS = {"miejsce", "place", "lokata", "dziesiątka", "trójka", "piątka"}
ORDINALS = {"pierwszy", "drugi", "trzeci", "trzecia", "first", "second", "third", "1", "2", "3", "st", "nd", "rd"}
ROMAN_ORDINALS = {"I", "II", "III"}
# Being named among the best is a distinction ("named among Europe's best clusters", "wśród
# najlepszych"); AMONG words open it, BEST word beginnings close it within three words.
AMONG = {"among", "wśród", "gronie", "grona", "czołówce", "czołówki"}
BEST_PREFIXES = ("best", "top", "leading", "najlepsz", "czołow", "czołówk")

# Cues that the text is about something other than an award won. Each lemma belongs to a class;
# the class is kept in the evidence so a reader sees why an item was rejected.
NEGATIVE = {
    "pl": {
        "call": {"nabór", "zgłoszenie", "zgłaszać", "zgłosić", "aplikować", "wniosek", "termin", "regulamin",
                 "kryterium", "zaproszenie", "zapraszać", "zaprosić", "rejestracja", "zapisy", "zapisać",
                 "kandydat", "kandydatura", "konkursowy", "nabory", "ogłaszać",
                 # prizes that await the winners of a contest just opened: present forms only
                 # ("Na zwycięzców czekają nagrody"; "czekały na nich statuetki" is a past ceremony)
                 "czeka", "czekają", "przewidziano", "przewidujemy"},
        "event": {"webinar", "webinarium", "szkolenie", "warsztat", "warsztaty", "kurs", "seminarium", "sesja",
                  "spotkanie", "gala", "wykład", "ceremonia", "uroczystość"},
        "pending": {"wizyta", "ocena", "oczekiwać", "decyzja", "wkrótce", "planować", "ubiegać", "starać",
                    "audyt", "ewaluacja", "obradować", "przygotowanie", "przygotowania", "przygotować"},
        "nominee": {"nominacja", "nominować", "nominowany", "finalista", "finał", "półfinał", "shortlista",
                    "finalistka"},
        "sponsor": {"sponsor", "sponsorować", "sponsoring", "sponsorski", "sponsorka", "sponsorowany"},
        "conformity": {"iso", "iec", "haccp", "gmp", "brc", "ifs", "fsc", "pefc", "akredytacja", "norma", "zgodność",
                       "pca"},
        "commerce": {"cennik", "zamówienie", "zamówić", "sprzedaż", "sklep", "rabat", "oferować"},
        "jubilee": {"jubileusz", "jubileuszowy", "rocznica", "urodziny"},
        "funding": {"dofinansowanie", "dotacja", "grant", "bon", "voucher", "finansowanie", "pożyczka",
                    "dofinansować", "beneficjent", "beneficjentka",
                    # a tender or a contract won is business, not a distinction ("wygrała przetarg")
                    "przetarg", "przetargu", "przetargi", "kontrakt", "kontraktu"},
        "job": {"praca", "rekrutacja", "stanowisko", "zatrudnić", "poszukiwać", "etat", "wakat"},
        "money": {"zł", "pln", "cena", "koszt", "opłata", "kosztować", "złotówka"},
        "business": {"patent", "licencja", "inwestor", "inwestycja", "runda", "patentowy", "licencyjny"},
        "howto": {"jak", "poradnik", "wskazówka", "wyjaśniać", "wyjaśnić", "krok"},
        "training": {"ukończenie", "uczestnik", "uczestnictwo", "absolwent", "kursant", "uczestniczka"},
    },
    "en": {
        "call": {"call", "apply", "application", "deadline", "submit", "submission", "entry", "nominate",
                 "invite", "invitation", "register", "registration", "eligible", "eligibility", "applicant",
                 "candidate", "open", "launch", "compete", "chance", "enter"},
        "event": {"webinar", "workshop", "training", "course", "session", "seminar", "gala", "lecture",
                  "peer-learning", "meetup", "ceremony"},
        "pending": {"upcoming", "pending", "await", "ahead", "visit", "assessment", "audit", "evaluation",
                    "decision", "expect", "hope", "aim", "seek", "bid", "deliberate", "deliberation", "prepare",
                    "preparation", "schedule"},
        "nominee": {"nomination", "nominee", "shortlist", "shortlisted", "finalist", "final", "shortlisting",
                    "nominated", "runner-up"},
        "sponsor": {"sponsor", "sponsorship", "sponsoring", "sponsored"},
        "conformity": {"iso", "iec", "haccp", "gmp", "brc", "ifs", "fsc", "pefc", "accreditation", "accredit",
                       "accredited", "custody", "compliance", "compliant"},
        "commerce": {"offer", "order", "shop", "sale", "discount", "catalogue", "catalog"},
        "jubilee": {"jubilee", "anniversary", "birthday"},
        "funding": {"funding", "fund", "voucher", "grant", "loan", "subsidy", "co-financing", "beneficiary",
                    "beneficiaries", "grants", "loans", "subsidies", "vouchers",
                    "tender", "tenders", "contract", "contracts"},   # won in a bid: business, not a distinction
        "job": {"job", "vacancy", "hiring", "hire", "position", "recruit", "recruitment", "career"},
        "money": {"price", "cost", "fee", "pln", "eur"},
        "business": {"patent", "licence", "license", "licensing", "investor", "investment", "round", "seed"},
        "howto": {"how", "guide", "tip", "explain", "criterion", "step"},
        "training": {"attendance", "participant", "participation", "graduate", "completion", "attendee"},
    },
}
# Funding named by a compound or a derived form the lemma table does not hold ("Mikrogrant", "minigrantów",
# "micro-grants", "mikrodotacje", "konkurs grantowy"): word beginnings. Money granted for a project is
# support, not an award, whatever a round calls its recipients ("laureaci", "winners"). Scholarships are left
# out on purpose: a "stypendium" is often a merit distinction of a person, not a project's funding.
FUNDING_STEMS = ("grant", "dotac", "pożycz", "loan", "subsid", "voucher", "bon")
FUNDING_PREFIXES: tuple[str, ...] = tuple(
    f"{head}{sep}{stem}" for head in ("mikro", "micro", "mini") for sep in ("", "-") for stem in FUNDING_STEMS
) + ("grantow", "grantobiorc", "dotacyj")
# Polish inflections of an English loan noun that is also an English verb ("granty", "grantów") are no
# English verb forms: these endings after the lemma are ("granted", "labelled", "awarding", "honours").
EN_VERB_ENDINGS = {"", "s", "d", "ed", "ing", "led", "ling"}
# Classes that veto an award even in a sentence that states a win ("winners will receive").
# A sponsor tier, a certificate of conformity with a standard (ISO) and a sales offer are never awards.
BLOCKING = {"retrospective", "call", "nominee", "funding", "job", "howto", "training", "future", "sponsor", "conformity", "commerce",
            "sport"}
# A prize the cluster founded or funded for others is sponsorship ("Klaster fundatorem nagrody",
# "Ufundowaliśmy nagrody"); word beginnings, since the lemma table holds no such verbs.
SPONSOR_PREFIXES = ("fundator", "ufundow", "fundujem", "fundował")
# A sports event's medals and cups (a staff spartakiad, a company football tournament) are not the
# awards watched; word beginnings, Polish and English.
SPORT_PREFIXES = ("spartakiad", "turniej", "siatkówk", "koszykówk", "piłk", "maraton",
                  "olimpiad", "tournament", "relay", "football", "volleyball", "basketball", "marathon", "regat",
                  "biegu", "biegach", "mistrzostw", "pływani", "wioślar", "kolarsk", "rowing", "swimming", "cycling",
                  "championship")
# "sport" words are a sports event only next to an event word ("company sports day", "dzień sportu",
# "imprezie sportowej"); alone they may describe a product ("sprzęt sportowy", "SportSense").
SPORT_WORD_PREFIX = "sport"
SPORT_EVENT_WORDS = {"day", "days", "event", "events", "games", "festival", "picnic", "dzień", "dnia", "dniu",
                     "impreza", "imprezy", "imprezie", "zawody", "zawodach", "rywalizacja", "rywalizacji",
                     "rozgrywki", "rozgrywkach", "igrzyska", "igrzyskach", "piknik", "pikniku", "święto", "święcie"}
# The founder of a prize sponsors it ("founder of the Young Innovator Prize", "founded the X Award"):
# these forms count as a sponsor when an award word follows within five words.
FOUNDER_FORMS = {"founder", "founders", "co-founder", "founded", "founds"}
# A ranking place: "na szczycie rankingu", "came top of the ranking", "tops the league table", "na czele
# listy" (a top word, then a ranking word within three words).
RANKING_TOP = {"liderów", "czołówce", "czołówka", "czołówki",   # "w gronie liderów rankingu", "w czołówce rankingu"
               "otwiera", "otwierał", "otwierała", "otworzył", "otworzyła", "top", "tops", "topped", "szczycie", "szczyt", "czele", "czoło", "head", "heads", "headed", "lider",
               "liderem", "liderami", "leader", "leaders", "lead", "leads", "led", "liderką"}
# Ordinals that lead a ranking only with an in-word after them ("first in the EU ranking", "pierwszy w rankingu").
RANKING_FIRST = {"first", "pierwszy", "pierwsza", "pierwsze", "pierwszym", "1st"}
RANKING_NOUN_PREFIXES = ("ranking", "rankingu", "league", "zestawieni", "klasyfikacj", "list", "index", "indeks",
                         "scoreboard", "tabel", "table")
# A place within the first ten of a ranking ("3rd place in the Regional Innovation Index", "zajął 5. miejsce w
# rankingu", "piąty w rankingu PARP"): ordinal words and the suffixes of numbered ordinals. A place below the
# tenth ("12. miejsce", "ranks 24th") tells a standing, not a distinction.
TOP_TEN_LIMIT = 10
TOP_TEN_EN = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
TOP_TEN_PL = {stem + end for stem in ("pierwsz", "drug", "czwart", "piąt", "szóst", "siódm", "ósm", "dziewiąt",
                                      "dziesiąt")
              for end in ("y", "a", "e", "ym", "ej", "ą", "ego", "i")} | {
    "trzeci", "trzecia", "trzecie", "trzecim", "trzeciej", "trzecią", "trzeciego"}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
# A named list one is on ("on the FT1000 list", "in Forbes' Diamonds list", "na liście Diamenty Forbesa"): the
# list noun as written, and the prepositions of being on it.
LIST_FORMS = {"list", "liście", "zestawieniu"}
# Words of a goal: a place or a list named as one is not held ("Celem klastra jest 5. miejsce", "our target is").
GOAL_WORDS = {"cel", "celem", "goal", "aim", "target", "ambition", "ambicja", "ambicją"}
ON_LIST_WORDS = {"on", "in", "onto", "na", "w", "we"}
# Rated or ranked highest: "the highest-ranked cluster", "top-rated", "najwyżej oceniony klaster" (a top word,
# then a rating participle; with a ranking or a place in the sentence).
RATED_TOP = {"highest", "top", "best", "najwyżej", "najlepiej"}
RATED_PREFIXES = ("ranked", "rated", "ocenion", "sklasyfikowan", "notowan")
# Best in a place: "najlepszy w Polsce", "best in Europe", "najlepszy klaster w kraju": a best-word, then an
# in-word and a place within four words.
BEST_PLACE_WORDS = {"polsce", "europie", "europe", "poland", "kraju", "country", "świecie", "world", "regionie",
                    "region", "unii", "eu", "ue"}
# Classes that a win stated outright in the same sentence overrides ("From finalist to winner: X wins",
# "a startup backed by our Gold sponsor won the prize", "wins the award, offers a free workshop").
OVERRIDDEN_BY_A_WIN = {"nominee", "sponsor", "commerce"}
# Words that make the following act hypothetical (English modal verbs, Polish purpose/modal words).
MODALS = {
    "pl": {"może", "mogą", "można", "aby", "by", "żeby", "chcieć", "móc", "zamierzać", "szansa", "powinien"},
    "en": {"will", "can", "could", "may", "might", "would", "shall", "to", "should", "must", "'ll", "wo"},
}
# Future auxiliaries (Polish "zostanie nagrodzony", "będzie przyznana").
FUTURE_AUX_PL = {"zostanie", "zostaną", "zostaniesz", "zostaniemy", "będzie", "będą", "odbędzie", "odbędą",
                 "poznamy", "ogłosimy", "wręczymy", "przyznamy", "nagrodzimy"}

# Level words and the nouns they must qualify to count as a label level.
LEVELS = {
    "gold": {"złoty", "złoto", "gold", "golden"},
    "silver": {"srebrny", "srebro", "silver"},
    "bronze": {"brązowy", "brąz", "bronze"},
}
LEVEL_NOUNS = {"badge", "odznaka", "medal", "certyfikat", "nagroda", "statuetka", "label", "medal", "certificate",
               "award", "prize", "level", "poziom", "status", "wyróżnienie", "godło", "standard", "trophy",
               "krzyż", "cross", "odznaczenie", "etykieta", "znak", "mark"}
LEVELS_ALL = set().union(*LEVELS.values())
# Level nouns that come in no grades: a colour word before them is part of a prize's name ("Złota Statuetka",
# "Golden Trophy"), and a capitalised name with only these (or none) grades nothing ("Golden Owl award").
UNGRADED_PRIZE_NOUNS = {"statuetka", "trophy", "statuette"}
PRIZE_NOUNS_NAMED = {"award", "prize", "nagroda", "wyróżnienie", "godło"}
# Words that turn a level word into something else ("ul. Złota", "Silver economy", "100 złotych").
LEVEL_BLOCKERS = {"ul", "ulica", "street", "economy", "gospodarka", "senior", "age", "wiek", "aleja", "al",
                  "plac", "zł", "pln", "sponsor", "sponsorka", "partner", "partnerka", "jubileusz", "jubilee",
                  "anniversary", "rączka", "zasada", "rule", "gody", "wesele", "sala", "room"}

# Polish function words after which the next token keeps the award phrase going in a title
# ("Nagroda dla CTT", "Gold for Mazovia").
FOR_WORDS = {"dla", "for"}
# "Klaster X ze statusem Krajowego Klastra Kluczowego", "Cluster X with the Gold Label": a name holding
# an award (a with-word right before the award words, after some word) says the same as "for".
WITH_WORDS = {"z", "ze", "with"}
# Headline verbs of an award travelling to its recipient ("Gold Label goes to Poland", "Nagroda trafia do
# Gdańska", "Nagroda przypadła firmie X"): with an award before them they state a win. Word forms, since
# the lemma table holds no such verbs; those marked * need "to"/"do" right after them.
TRAVEL_FORMS = {"goes", "went", "heads", "headed", "comes", "came", "travels", "travelled",
                "trafia", "trafiła", "trafił", "trafiło", "trafiły", "powędrowała", "powędrował", "powędrowało",
                "powędrowały"}
TRAVEL_TO = {"to", "do"}
TRAVEL_WITHOUT_TO = {"przypadła", "przypadł", "przypadło", "przypadły"}
# Second-person words after an act address the reader ("earn your certificate", "zdobądź swój
# certyfikat"): an offer, not a win.
SECOND_PERSON = {"your", "yours", "you", "twój", "twoja", "twoje", "twoją", "swój", "swoją", "swoje", "swojego",
                 "wasz", "wasza", "wasze"}
# Certificates handed out by a course: a certificate noun in a sentence about a course is a record of
# attendance, not an award ("Each participant of the course receives a certificate").
CERTIFICATE_NOUNS = {"certyfikat", "certificate", "dyplom", "diploma", "certification", "certyfikacja"}
COURSE_WORDS = {"szkolenie", "kurs", "warsztat", "warsztaty", "webinar", "webinarium", "training", "course",
                "workshop", "academy", "akademia", "programme", "module", "moduł", "egzamin", "exam"}
# English words that make what follows them future ("We will learn the winners at the gala").
FUTURE_EN = {"will", "shall", "'ll", "going"}

# Head nouns of Polish organisation names, so a recipient or body can be put in the nominative
# ("dla Politechniki Gdańskiej" -> "Politechnika Gdańska"; names.py). Those ending in -a that are
# masculine are listed apart.
ORG_HEADS = {"klaster", "politechnika", "uniwersytet", "akademia", "fundacja", "instytut", "centrum",
             "stowarzyszenie", "spółka", "firma", "izba", "agencja", "urząd", "ministerstwo", "minister",
             "marszałek", "prezydent", "zespół", "park", "inkubator", "uczelnia", "organizacja", "szkoła",
             "szpital", "sieć", "grupa", "związek", "federacja", "rada", "komisja", "sekretariat", "kapituła",
             "fundusz", "towarzystwo", "konsorcjum", "dolina", "platforma", "wydział", "laboratorium",
             "przedsiębiorstwo", "zakład", "spółdzielnia", "samorząd", "województwo", "miasto", "gmina",
             "powiat", "starosta", "wojewoda", "burmistrz", "wójt", "rektor", "dyrektor", "ośrodek", "biuro",
             "targi", "kongres", "forum", "hub", "sekretariat", "zarząd", "strefa", "wystawa", "dyrekcja", "bank",
             "kopalnia", "jednostka", "stocznia", "huta", "wytwórnia", "kapituła", "jury", "giełda", "korporacja",
             "technikum", "liceum"}
# Acts of winning a contest and the contest nouns they make an award of.
CONTEST_WINS = {"zwyciężyć", "wygrać", "triumfować", "win"}
CONTEST_NOUNS = {"konkurs", "hackathon", "competition", "contest", "challenge", "datathon"}
ORG_HEADS_EN = {"cluster", "university", "institute", "company", "team", "association", "foundation", "park",
                "agency", "chamber"}
MASCULINE_IN_A = {"starosta", "wojewoda"}
# Heads that end in a consonant and are feminine ("Mazowiecka Sieć Innowacji").
FEMININE_IN_CONSONANT = {"sieć"}
# Heads that never decline ("Narodowego Centrum Badań" -> "Narodowe Centrum Badań": only the adjectives do).
INDECLINABLE_HEADS = {"centrum", "konsorcjum", "laboratorium", "forum", "jury", "muzeum", "technikum", "liceum"}


# Every lemma the lexicon has to know, per language.
def all_lemmas(lang: str) -> set[str]:
    """The lemmas of one language the shipped table covers."""
    out: set[str] = set()
    out |= AWARD_STRONG[lang] | AWARD_WEAK[lang] | WINNER_NOUNS[lang] | POSITIVE_VERBS[lang]
    for phrase in AWARD_PHRASES[lang]:
        out |= set(phrase)
    for words in NEGATIVE[lang].values():
        out |= words
    for words in LEVELS.values():
        out |= words
    out |= LEVEL_NOUNS | PLACE_NOUNS | ORDINALS | JURY | MODALS[lang] | LEVEL_BLOCKERS | CERTIFICATE_NOUNS | COURSE_WORDS
    if lang == "pl":
        out |= ORG_HEADS
        out |= {"zostać", "być", "odbyć", "klaster", "organizacja", "członek", "firma", "przyznawać"}
    return out
