"""Award announcements: inflected Polish and English, hard negatives, levels, details, evidence."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from helpers import run_monitor, write_config
from monitor.awards import classify_award
from monitor.awards.names import award_nominative

TESTS = Path(__file__).parent


def _sample_text() -> tuple[str, str]:
    page = (TESTS / "sites" / "sample-award" / "aktualnosci" / "wyroznienie-dla-klastra" / "index.html").read_text("utf-8")
    from parsel import Selector

    sel = Selector(text=page)
    title = sel.css("h1::text").get()
    body = "\n".join(" ".join(p.css("*::text").getall()) for p in sel.css(".entry-content p, .entry-content li"))
    return title, body


def test_labelled_texts_reach_precision_and_recall_of_095():
    texts = json.loads((TESTS / "data" / "award_texts.json").read_text("utf-8"))
    assert len(texts) >= 60
    tp = fp = fn = 0
    for t in texts:
        got = classify_award(t["title"], t["body"], t["lang"]).is_award
        tp += got and t["is_award"]
        fp += got and not t["is_award"]
        fn += t["is_award"] and not got
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.95


# Floors on the held-out texts (tests/data/award_texts_heldout.json, written before the rules were read:
# 0.81 precision, 0.68 recall, 0.96 level accuracy then). Like the acceptance gate, a change may raise
# them, never lower them; do not tune rules on single texts of that file.
HELDOUT_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0}


def classifier_figures(texts: list[dict], body_key: str, lang_key: str, level_key: str) -> tuple[dict, list]:
    """Precision, recall and level accuracy of the classifier on labelled texts, and the titles it got wrong."""
    tp = fp = fn = level_ok = 0
    wrong = []
    for t in texts:
        r = classify_award(t["title"], t[body_key], t[lang_key])
        tp += r.is_award and t["is_award"]
        fp += r.is_award and not t["is_award"]
        fn += t["is_award"] and not r.is_award
        level_ok += r.is_award and t["is_award"] and r.level == t[level_key]
        if r.is_award != t["is_award"] or (r.is_award and r.level != t[level_key]):
            wrong.append(t["title"])
    return {"precision": tp / (tp + fp), "recall": tp / (tp + fn), "level_accuracy": level_ok / tp}, wrong


def test_held_out_texts_keep_their_precision_recall_and_level_floors():
    texts = json.loads((TESTS / "data" / "award_texts_heldout.json").read_text("utf-8"))["texts"]
    assert len(texts) >= 60 and 0.4 <= sum(t["is_award"] for t in texts) / len(texts) <= 0.6
    figures, wrong = classifier_figures(texts, "body", "lang", "level")
    for key, floor in HELDOUT_FLOORS.items():
        assert figures[key] >= floor, (key, figures, wrong)


# Floors on the realistic texts (tests/data/award_texts_realistic.json: 65 items paraphrased from real
# cluster/agency news pages, written before the rules were read; honest baseline 0.8788 precision,
# 0.9062 recall, 1.0 level accuracy, TP 29 FP 4 FN 3). The rules were then generalised from its misses,
# so it is no longer unseen; raise the floors, never lower them.
REALISTIC_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0}


def test_realistic_texts_keep_their_precision_recall_and_level_floors():
    texts = json.loads((TESTS / "data" / "award_texts_realistic.json").read_text("utf-8"))["texts"]
    assert len(texts) >= 60 and 0.4 <= sum(t["is_award"] for t in texts) / len(texts) <= 0.6
    assert 0.5 <= sum(t["language"] == "pl" for t in texts) / len(texts) <= 0.7
    figures, wrong = classifier_figures(texts, "text", "language", "award_level")
    for key, floor in REALISTIC_FLOORS.items():
        assert figures[key] >= floor, (key, figures, wrong)


@pytest.mark.parametrize("title, body, lang, expected", [
    # a headline verb in the -s form, with "to" and a recipient after it
    ("Agency presents Export Award to Lublin Food Cluster", "The ceremony took place in Lublin.", "en", True),
    ("Innovation Awards moves to Kraków", "This year the gala takes place in a new venue.", "en", False),
    # handing the award over outweighs the nominees named in the same sentence
    ("Regional awards", "The marshal handed the main award to MetalTech, picked from twelve nominees.", "en", True),
    # a distinction received, a title of the year named after the act
    ("Good news", "Two member firms received distinctions in the national export ranking.", "en", True),
    ("Good news", "Our coordinator was named Regional Partner of the Year at the business awards.", "en", True),
    # a win recalled over a span of time is a record, not news
    ("Pięć lat klastra", "Przez pięć lat zdobyliśmy dwie nagrody marszałka i Brązową Odznakę.", "pl", False),
    ("Our story", "Throughout its history the cluster has won several regional prizes.", "en", False),
    # an earlier edition's award, named in passing
    ("Nowy partner", "Współpracę z nami podjęła spółka Omega, laureatka ubiegłorocznej nagrody Gryf.", "pl", False),
    ("New member", "We welcome Delta Labs, last year's winner of the Cleantech Prize, to the cluster.", "en", False),
    # a ceremony with a date after "for" is no "award for a recipient"
    ("Prize ceremony set for 12 March", "Laureates will be revealed on stage.", "en", False),
])
def test_general_rules_from_the_realistic_misses(title, body, lang, expected):
    assert classify_award(title, body, lang).is_award is expected


@pytest.mark.parametrize("title, body", [
    ("Klaster nagrodzony", "Nasz klaster został nagrodzony przez marszałka województwa."),
    ("Wyróżnienie dla firmy Alfa", "Firma Alfa otrzymała wyróżnienie w konkursie regionalnym."),
    ("Mamy nagrodę!", "Spółka Beta zdobyła nagrodę za najlepszy produkt roku."),
    ("Spółka Gamma laureatem konkursu", "Jury ogłosiło, że spółka Gamma została laureatem konkursu."),
    ("Uhonorowani odznaką", "Klaster Delta został uhonorowany odznaką jakości."),
    ("Kolejny certyfikat dla klastra", "Klaster Epsilon uzyskał certyfikatu jakości... a dokładnie: otrzymał certyfikat ESCA."),
    ("Klaster Zeta ze Srebrną Odznaką Jakości Zarządzania Klastrem", "Klaster Zeta otrzymał Srebrną Odznakę."),
    ("Klaster Eta otrzymał status Krajowego Klastra Kluczowego", ""),
    ("Cluster Theta awarded the Bronze Label", ""),
    ("Startup Iota wins innovation prize", ""),
    ("Kappa named winner of the Green Award", ""),
    ("Lambda receives the Silver Label", ""),
])
def test_inflected_award_vocabulary_is_recognised(title, body):
    assert classify_award(title, body, "pl" if any(c in title + body for c in "ąęłóśżźćń") else "en").is_award


@pytest.mark.parametrize("title, body", [
    ("Nabór do konkursu o Nagrodę Innowacji", "Zgłoszenia przyjmujemy do 30 września. Laureaci otrzymają nagrody."),
    ("Zapraszamy na galę wręczenia nagród", "Gala odbędzie się w grudniu, wtedy poznamy laureatów."),
    ("Szkolenie z certyfikatem", "Każdy uczestnik otrzyma certyfikat ukończenia szkolenia. Cena: 500 zł."),
    ("Benchmarking ESCA: zgłoś swój klaster", "Klastry mogą ubiegać się o Brązową Odznakę. Termin zgłoszeń mija w piątek."),
    ("Our project shortlisted for the Cluster Award", "The winners will be announced in May."),
    ("Training with a certificate of attendance", "All participants receive a certificate of attendance."),
    ("New voucher scheme for SMEs", "Companies can receive up to 20,000 euros in vouchers."),
    ("Job offer: cluster manager", "We are hiring. Apply by 10 June."),
    ("Silver economy conference", "Products for seniors in the silver economy."),
    ("ESCA assessors visit ahead of the Gold Label decision", "The decision is expected next month."),
    ("Patent granted for a new sensor", "The patent office granted a patent to our member."),
])
def test_hard_negatives_sharing_the_vocabulary_are_rejected(title, body):
    assert not classify_award(title, body, "pl" if any(c in title + body for c in "ąęłóśżźćń") else "en").is_award


def test_level_comes_from_the_label_not_from_a_street_or_a_price():
    r = classify_award("Odznaka dla Klastra Omega", "Klaster Omega otrzymał Brązową Odznakę. Biuro: ul. Złota 5. "
                       "Opłata za ocenę to 100 złotych.", "pl")
    assert r.is_award and r.level == "bronze"
    r = classify_award("Nagroda dla firmy Sigma", "Firma Sigma z ul. Złotej otrzymała nagrodę w konkursie Silver economy.", "pl")
    assert r.is_award and r.level == ""


def test_title_weighs_above_the_body():
    # A title announcing a call is not turned into an award by a body recalling last year's winners.
    r = classify_award("Call for entries: Regional Innovation Award 2024",
                       "Last year the award was won by Cluster Nova. Apply by 1 March.", "en")
    assert not r.is_award


def test_evidence_keeps_the_matched_terms_and_sentence():
    r = classify_award("Sukces klastra w Brukseli", "Klaster Rho otrzymał nagrodę Komisji Europejskiej. Gratulujemy!", "pl")
    assert r.is_award
    assert r.evidence["sentence"] == "Klaster Rho otrzymał nagrodę Komisji Europejskiej."
    assert {"otrzymał", "nagrodę"} <= set(r.evidence["terms"])


def test_the_real_sample_announcement_is_a_silver_award_to_lifescience_krakow_from_esca():
    title, body = _sample_text()
    r = classify_award(title, body, "pl")
    assert r.is_award and r.level == "silver"
    assert r.recipient == "Klaster LifeScience Kraków"
    assert r.body == "ESCA"
    assert "Silver Label" in (r.name or "")


def test_the_lemma_table_is_small_and_simplemma_is_not_loaded():
    import sys

    classify_award("Klaster nagrodzony", "Klaster otrzymał nagrodę.", "pl")
    assert "simplemma" not in sys.modules
    assert (Path(__file__).parent.parent / "monitor" / "data" / "award_lexicon.json").stat().st_size < 500_000


def test_crawled_sample_page_is_stored_as_polish_silver_award_with_details(site_server, tmp_path):
    site = site_server("sample-award")
    cfg = write_config(tmp_path / "c.toml", [{"name": "lifescience", "url": f"{site.url}/aktualnosci/",
                                              "article_links": "h2.entry-title a"}])
    db = tmp_path / "m.db"
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert result.returncode == 0, result.stderr[-2000:]
    row = sqlite3.connect(db).execute(
        "SELECT language, is_award, award_level, award_recipient, award_body, published, award_evidence, topics "
        "FROM items").fetchone()
    assert row[:6] == ("pl", 1, "silver", "Klaster LifeScience Kraków", "ESCA", "2021-06-17")
    assert json.loads(row[6])["sentence"]
    assert "awards" in json.loads(row[7])
    out = tmp_path / "d.json"
    assert run_monitor("digest", "--db", str(db), "--all", "--format", "json", "-o", str(out)).returncode == 0
    rows = json.loads(out.read_text("utf-8"))
    assert rows[0]["award_level"] == "silver" and rows[0]["award_body"] == "ESCA"
    assert rows[0]["award_recipient"] == "Klaster LifeScience Kraków"


# ------------------------------------------------------------------------------------------- issue 12
def _award_bench():
    import importlib.util

    path = TESTS.parent / "bench" / "award_classifier.py"
    spec = importlib.util.spec_from_file_location("award_classifier", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


# Floors on the issue-12 held-out texts (tests/data/award_texts_i12_heldout.json, written before the rules
# changed, never tuned against; baseline P 0.905, R 0.809, recipients 0.50, bodies 0.66, recall by kind
# labels 0.8, statuses 0.78, competitions 0.7, prizes/medals 0.9, distinctions 0.875). Raise, never lower.
# (Since reported, award_texts_i12_heldout.json is a tuning file; its floors were raised to what the second
# round of rules reached on it.)
I12_HELDOUT_FLOORS = {"precision": 1.0, "recall": 0.978, "level_accuracy": 1.0, "recipient_accuracy": 0.8478,
                      "awarding_body_accuracy": 0.956}   # details over the true positives: 33 and 44 of 46 (i12h)
I12_HELDOUT_KIND_FLOORS = {"label_level": 1.0, "status": 1.0, "competition": 1.0, "prize_medal": 1.0,
                           "distinction": 0.875, "training": 1.0, "call": 1.0, "nomination": 1.0, "funding": 1.0,
                           "conformity": 1.0, "sponsor": 1.0, "jubilee": 1.0, "ceremony_ahead": 1.0, "pending": 1.0,
                           "other": 1.0}
I12_TUNING_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 0.967,
                     "awarding_body_accuracy": 0.951}   # 99 texts (30 added after the first floors)
# Floors on the second held-out set (tests/data/award_texts_i12_heldout2.json: 83 texts written before the
# second round of rules was read or changed, never tuned against). Before that round: P 0.977, R 0.896,
# recipients 0.628, bodies 0.535, labels 0.625, distinctions 0.833, calls rejected 0.8. Raise, never lower.
# Branch i12f read its misses (not its texts' wordings: the rules came from tuning3) and raised these.
I12_HELDOUT2_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 0.875,
                       "awarding_body_accuracy": 0.8333}   # details over the true positives: 38 and 37 of 47 (i12h)
I12_HELDOUT2_KIND_FLOORS = {"label_level": 1.0, "status": 1.0, "competition": 1.0, "prize_medal": 1.0,
                            "distinction": 1.0, "training": 1.0, "call": 1.0, "nomination": 1.0, "funding": 1.0,
                            "conformity": 1.0, "sponsor": 1.0, "jubilee": 1.0, "ceremony_ahead": 1.0,
                            "pending": 1.0, "other": 1.0}

# Third held-out set (tests/data/award_texts_i12_heldout3.json, 84 texts written from scratch while another
# helper changed the rules on its own texts), measured on the code of d75c96c: misses a Bronze/Gold label
# told without "award" verbs, a national competition win, a prize in EUR and an honourable mention;
# flags an accreditation, a sponsored prize and staff sports medals.
# Measured before any rule saw the set (d75c96c): P 0.925, R 0.880, recipients/bodies 0.729; after the rules
# of i12h, written on tests/data/award_texts_i12_tuning4.json without opening this set: the floors below.
# Raised by branch i12p (rules written on tuning7, this set only measured): P 0.975, R 0.952, recipients 0.825,
# bodies 0.925 (33 and 37 of 40).
I12_HELDOUT3_FLOORS = {"precision": 0.975, "recall": 0.952, "level_accuracy": 1.0, "recipient_accuracy": 0.825,
                       "awarding_body_accuracy": 0.925}   # details over the true positives: 33 and 37 of 40
I12_HELDOUT3_KIND_FLOORS = {"label_level": 0.9, "status": 1.0, "competition": 1.0, "prize_medal": 1.0,
                            "distinction": 0.875, "training": 1.0, "call": 1.0, "nomination": 1.0, "funding": 1.0,
                            "conformity": 1.0, "sponsor": 1.0, "jubilee": 1.0, "ceremony_ahead": 1.0,
                            "pending": 1.0, "other": 0.916}

# Fourth held-out set (tests/data/award_texts_i12_heldout4.json, 82 texts written from scratch by branch i12k, which
# neither read nor changed the classifier; tests/data/heldout4_baseline.md), measured on main's rules (748541a):
# misses labels told as a level reached or a first step, a status kept or granted by a regional board, a first
# place told without a prize word, distinctions told as "special distinction"/"commended"; no false positive.
# Raised by branch i12p (rules written on tuning7, this set only measured): R 0.909, recipients 0.675, bodies 0.6.
I12_HELDOUT4_FLOORS = {"precision": 1.0, "recall": 0.9318, "level_accuracy": 1.0, "recipient_accuracy": 0.6829,
                       "awarding_body_accuracy": 0.6585}   # details over the true positives: 27 and 24 of 40
I12_HELDOUT4_KIND_FLOORS = {"label_level": 0.9, "status": 0.833, "competition": 0.9, "prize_medal": 1.0,
                            "distinction": 0.888, "training": 1.0, "call": 1.0, "nomination": 1.0, "funding": 1.0,
                            "conformity": 1.0, "sponsor": 1.0, "jubilee": 1.0, "ceremony_ahead": 1.0,
                            "pending": 1.0, "other": 1.0}


# Fifth held-out set (tests/data/award_texts_i12_heldout5.json, 80 texts written from scratch by branch i12l, which
# neither read nor changed the classifier; tests/data/heldout5_baseline.md), measured on main's rules (b5e9307):
# misses labels told as a first step, a first label or the highest rating, a status "recognised", a first place
# and a top ranking place told without a prize word, a university's medal won at an invention show (EN), a
# distinction "singled out"; one level taken from the earlier level named; three false positives (assessor
# certificates after a course, a results announcement ahead, a jubilee of the label method).
# Raised by branch i12p (rules written on tuning7, this set only measured): P 0.975, R 0.952, levels 1.0,
# recipients 0.775, bodies 0.725.
I12_HELDOUT5_FLOORS = {"precision": 0.975, "recall": 0.976, "level_accuracy": 1.0, "recipient_accuracy": 0.8536,
                       "awarding_body_accuracy": 0.8048}   # session #6 (i12v): recall 0.952 -> 0.976, details 32 and 30 of 41
I12_HELDOUT5_KIND_FLOORS = {"label_level": 0.888, "status": 1.0, "competition": 1.0, "prize_medal": 0.888,
                            "distinction": 1.0, "training": 0.75, "call": 1.0, "nomination": 1.0, "funding": 1.0,
                            "conformity": 1.0, "sponsor": 1.0, "jubilee": 1.0, "ceremony_ahead": 1.0,
                            "pending": 1.0, "other": 1.0}


# Sixth held-out set (tests/data/award_texts_i12_heldout6.json, 80 texts written from scratch by branch i12n, which
# neither read nor changed the classifier; tests/data/heldout6_baseline.md), measured on main's rules (d0bc1b6):
# misses labels told as a level obtained in an assessment, as a label that "goes to" a cluster, as the highest
# level or as a first label; five of seven statuses (granted by a minister or an agency, "designated", "from today
# we are", a status told beside an accreditation word); titles "of the year" without a prize word; a city's and
# a society's prize; distinctions told as a commendation, "distinguished as" or a Polish participle; one false
# positive (winners to be revealed at a coming conference); two levels wrong (the earlier of two levels named, a
# level named in the body only).
# Raised by branch i12r (rules written on tuning9, this set only measured): P 1.0, R 0.69, levels 0.931,
# recipients 0.827, bodies 0.862 (24 and 25 of 29); competitions 0.888, distinctions 0.875, ceremonies ahead 1.0.
I12_HELDOUT6_FLOORS = {"precision": 1.0, "recall": 0.7142, "level_accuracy": 0.9333, "recipient_accuracy": 0.9,
                       "awarding_body_accuracy": 0.9}   # raised in session 8 (was R 0.69, details 24 and 25 of 29)
I12_HELDOUT6_KIND_FLOORS = {"label_level": 0.555, "status": 0.4285, "competition": 0.888, "prize_medal": 0.777,
                            "distinction": 0.875, "training": 1.0, "call": 1.0, "nomination": 1.0, "funding": 1.0,
                            "conformity": 1.0, "sponsor": 1.0, "jubilee": 1.0, "ceremony_ahead": 1.0,
                            "pending": 1.0, "other": 1.0}

# Seventh held-out set (tests/data/award_texts_i12_heldout7.json, 50 texts written from scratch by branch i12t, which
# neither read nor changed the classifier; tests/data/heldout7_baseline.md), measured on main's rules (b497672):
# misses a label told as "may now use" the label after an audit, three of four statuses (a commission's positive
# decision, an accreditation granted by a board or an institute), a first place told inside a final; no false
# positive. Smaller than the other sets (50 texts) and carries a ranking kind, so it has its own test below.
I12_HELDOUT7_FLOORS = {"precision": 1.0, "recall": 0.9615, "level_accuracy": 1.0, "recipient_accuracy": 0.92,
                       "awarding_body_accuracy": 0.92}   # after i12aa (0.807 / 0.857 / 0.809 at b497672); the failure
# classes of this set were named (in general terms) to the branch that wrote tuning12, so it is no longer clean: the
# eighth set is the clean one
I12_HELDOUT7_KIND_FLOORS = {"label_level": 1.0, "status": 0.75, "competition": 1.0, "prize_medal": 1.0,
                            "distinction": 1.0, "ranking": 1.0, "training": 1.0, "call": 1.0, "nomination": 1.0,
                            "funding": 1.0, "jubilee": 1.0, "ceremony_ahead": 1.0, "other": 1.0}


def test_issue12_heldout7_texts_keep_their_floors_overall_by_kind_and_for_details():
    bench = _award_bench()
    name = "award_texts_i12_heldout7.json"
    texts = json.loads((TESTS / "data" / name).read_text("utf-8"))["texts"]
    assert len(texts) == 50 and {t["kind"] for t in texts if t["is_award"]} == {
        "label_level", "status", "competition", "prize_medal", "distinction", "ranking"}
    figures = bench.main(data=TESTS / "data" / name)
    for key, floor in I12_HELDOUT7_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    for kind, floor in I12_HELDOUT7_KIND_FLOORS.items():
        assert figures["right_by_kind"][kind] >= floor, (kind, figures["right_by_kind"])


# Eighth held-out set (tests/data/award_texts_i12_heldout8.json, tests/data/heldout8_baseline.md): 50 texts written
# from scratch by branch i12x and measured on main's unchanged rules (5c72154) before any rule saw them. Main
# misses two of four statuses (a qualification into a network of competence centres by a minister's commission, an
# accreditation granted by the accreditation body) and a ranking told as "named the most ... city"; a label's level
# after a move up from a lower level is read as the lower one, and a statuette whose name holds a colour is given a
# medal level; no false positive.
I12_HELDOUT8_FLOORS = {"precision": 1.0, "recall": 0.8846, "level_accuracy": 1.0, "recipient_accuracy": 0.7391,
                       "awarding_body_accuracy": 0.913}   # 23 of 26; details over the true positives: 17 and 20 of 23
I12_HELDOUT8_KIND_FLOORS = {"label_level": 1.0, "status": 0.5, "competition": 1.0, "prize_medal": 1.0,
                            "distinction": 1.0, "ranking": 0.75, "training": 1.0, "call": 1.0, "nomination": 1.0,
                            "funding": 1.0, "jubilee": 1.0, "ceremony_ahead": 1.0, "other": 1.0}


def test_issue12_heldout8_texts_keep_their_floors_overall_by_kind_and_for_details():
    bench = _award_bench()
    name = "award_texts_i12_heldout8.json"
    texts = json.loads((TESTS / "data" / name).read_text("utf-8"))["texts"]
    assert len(texts) == 50 and {t["kind"] for t in texts if t["is_award"]} == {
        "label_level", "status", "competition", "prize_medal", "distinction", "ranking"}
    figures = bench.main(data=TESTS / "data" / name)
    for key, floor in I12_HELDOUT8_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    for kind, floor in I12_HELDOUT8_KIND_FLOORS.items():
        assert figures["right_by_kind"][kind] >= floor, (kind, figures["right_by_kind"])


# Ninth held-out set (tests/data/award_texts_i12_heldout9.json, tests/data/heldout9_baseline.md): 49 texts (27 PL,
# 22 EN) written from scratch by branch i12ae and measured on main's unchanged rules (ee2fc48) before any rule saw
# them. Main misses a status told as joining a European network by the Commission's decision, a final's podium told
# without a "win" verb, a medal whose only verb is "went to" a genitive recipient, and a ranking told as being on a
# magazine's list; it flags "wins ... funding" as an award (one false positive). Details are the weak part: recipients
# 16 of 28 (bare inflected forms, a counted noun, a person who accepted for a cluster), bodies 19 of 28.
I12_HELDOUT9_FLOORS = {"precision": 0.9666, "recall": 0.9062, "level_accuracy": 1.0, "recipient_accuracy": 0.5862,
                       "awarding_body_accuracy": 0.7241}   # 29 of 32 after session 8's merges (28 at the baseline), 1 false positive of 17 negatives
I12_HELDOUT9_KIND_FLOORS = {"label_level": 1.0, "status": 1.0, "competition": 0.8333, "prize_medal": 0.875,
                            "distinction": 1.0, "ranking": 0.75, "training": 1.0, "call": 1.0, "nomination": 1.0,
                            "funding": 0.6666, "jubilee": 1.0, "ceremony_ahead": 1.0, "other": 1.0}


def test_issue12_heldout9_texts_keep_their_floors_overall_by_kind_and_for_details():
    bench = _award_bench()
    name = "award_texts_i12_heldout9.json"
    texts = json.loads((TESTS / "data" / name).read_text("utf-8"))["texts"]
    assert len(texts) == 49 and {t["kind"] for t in texts if t["is_award"]} == {
        "label_level", "status", "competition", "prize_medal", "distinction", "ranking"}
    figures = bench.main(data=TESTS / "data" / name)
    for key, floor in I12_HELDOUT9_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    for kind, floor in I12_HELDOUT9_KIND_FLOORS.items():
        assert figures["right_by_kind"][kind] >= floor, (kind, figures["right_by_kind"])


@pytest.mark.parametrize("name, floors, kind_floors", [
    ("award_texts_i12_heldout.json", I12_HELDOUT_FLOORS, I12_HELDOUT_KIND_FLOORS),
    ("award_texts_i12_tuning.json", I12_TUNING_FLOORS, {}),
    ("award_texts_i12_heldout2.json", I12_HELDOUT2_FLOORS, I12_HELDOUT2_KIND_FLOORS),
    ("award_texts_i12_heldout3.json", I12_HELDOUT3_FLOORS, I12_HELDOUT3_KIND_FLOORS),
    ("award_texts_i12_heldout4.json", I12_HELDOUT4_FLOORS, I12_HELDOUT4_KIND_FLOORS),
    ("award_texts_i12_heldout5.json", I12_HELDOUT5_FLOORS, I12_HELDOUT5_KIND_FLOORS),
    ("award_texts_i12_heldout6.json", I12_HELDOUT6_FLOORS, I12_HELDOUT6_KIND_FLOORS),
])
def test_issue12_texts_keep_their_floors_overall_by_kind_and_for_details(name, floors, kind_floors):
    bench = _award_bench()
    texts = json.loads((TESTS / "data" / name).read_text("utf-8"))["texts"]
    assert len(texts) >= 60 and {t["kind"] for t in texts if t["is_award"]} == {
        "label_level", "status", "competition", "prize_medal", "distinction"}
    figures = bench.main(data=TESTS / "data" / name)
    for key, floor in floors.items():
        assert figures[key] >= floor, (key, figures)
    for kind, floor in kind_floors.items():
        assert figures["right_by_kind"][kind] >= floor, (kind, figures["right_by_kind"])


# Third tuning set (tests/data/award_texts_i12_tuning3.json, 15 texts written for the classes weak on
# heldout2: quality marks, distinctions a body gives, calls with prizes waiting, names in the genitive).
# Before branch i12f: P 0.8, R 0.333, recipients 0.25, bodies 0.5.
I12_TUNING3_FLOORS = {"precision": 1.0, "recall": 1.0, "recipient_accuracy": 1.0, "awarding_body_accuracy": 1.0}


def test_issue12_tuning3_texts_keep_their_floors():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning3.json")
    for key, floor in I12_TUNING3_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    assert figures["right_by_kind"]["call"] == 1.0


# Fourth tuning set (tests/data/award_texts_i12_tuning4.json, 50 texts written by branch i12h for the classes
# held-out set 3 showed failing: bare level words on an excellence ladder, joining the holders of a badge,
# ranking wins, prizes told with their amount, honourable mentions; accreditations, prizes the cluster funded,
# staff sports medals; inflected recipients, member companies, bodies as acronyms, ministries, chambers and
# fairs). Before branch i12h (first 39 texts): P 0.6, R 0.5, recipients 0.583, bodies 0.5.
I12_TUNING4_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 1.0,
                      "awarding_body_accuracy": 0.968}   # details over the true positives: 32 and 30 of 32


def test_issue12_tuning4_texts_keep_their_floors_overall_and_by_kind():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning4.json")
    for key, floor in I12_TUNING4_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    assert figures["texts"] >= 30
    for kind in ("label_level", "competition", "prize_medal", "distinction", "conformity", "sponsor", "other"):
        assert figures["right_by_kind"][kind] == 1.0, (kind, figures["right_by_kind"])


# Seventh tuning set (tests/data/award_texts_i12_tuning7.json, 198 texts written by branch i12p for the classes the
# held-out figures named: a level told only in the body ("the highest level", "najwyższa ocena"), a first label,
# top ranking places, special distinctions and commendations, statuses kept or granted by a regional board;
# recipients and bodies in oblique cases, quoted, possessive, after an appositive or in the object-verb-subject
# order; hard negatives for each: expert certificates after a course, nominations, calls, grants, jubilees and a
# label's own history, results still to be announced, sponsored prizes, ISO, patents, audits pending).
# Measured on main's rules before branch i12p (184 texts): P 0.914, R 0.691, levels 0.988, recipients 0.847,
# bodies 0.718 (the first 76 texts, written before any rule changed: P 0.954, R 0.911, recipients 0.854, bodies 0.707).
I12_TUNING7_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 0.984,
                      "awarding_body_accuracy": 0.984}   # details over the true positives: 128 and 128 of 130


def test_issue12_tuning7_texts_keep_their_floors_overall_and_by_kind():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning7.json")
    for key, floor in I12_TUNING7_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    assert figures["texts"] >= 180
    for kind in ("label_level", "status", "competition", "prize_medal", "distinction", "ranking", "training", "call",
                 "nomination", "funding", "jubilee", "ceremony_ahead", "sponsor", "conformity", "business", "pending"):
        assert figures["right_by_kind"][kind] == 1.0, (kind, figures["right_by_kind"])


# Ninth tuning set (tests/data/award_texts_i12_tuning9.json, 62 texts written by branch i12r for the classes the
# heldout6 baseline named: statuses granted, confirmed, extended, joined or held in many phrasings (an accreditation
# a ministry or an agency confers among them); titles of the year told without a prize word ("is the Innovator of
# the Year"); commendations, "distinguished as", Polish participles opening a headline; labels and fair medals told
# in new ways; hard negatives for each: status calls, applications, expiry and revocation, calls and nominations
# for titles of the year, a conference of the year, winners still to be revealed, course certificates, juries named).
# Measured on main's rules before branch i12r (the first 62 texts): P 1.0, R 0.735, recipients 0.92, bodies 0.88
# (25 texts found). Eight texts added later (statuses "designated as", participles after a plural subject, and their
# negatives) leave recipients of a designation and of a group of students or engineers still wrong.
I12_TUNING9_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 0.947,
                      "awarding_body_accuracy": 1.0}   # details over the true positives: 36 and 38 of 38 (after i12af)


def test_issue12_tuning9_texts_keep_their_floors_overall_and_by_kind():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning9.json")
    for key, floor in I12_TUNING9_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    assert figures["texts"] >= 60
    for kind in ("status", "competition", "distinction", "prize_medal", "label_level", "call", "nomination",
                 "training", "ceremony_ahead", "pending", "other"):
        assert figures["right_by_kind"][kind] == 1.0, (kind, figures["right_by_kind"])


# Tenth tuning set (tests/data/award_texts_i12_tuning10.json, 42 texts written by branch i12v: statuses confirmed,
# extended, held, accredited and a membership status "nadany przez"; label levels renewed, upgraded, "goes to",
# "Złota Odznaka", "certyfikat poziomu złotego"; prizes, competitions, distinctions; hard negatives: microgrant and
# grant round results, ranking lists of applications, trainings with certificates, finalists, calls, galas ahead,
# jubilees, status applications). Measured on main's rules before branch i12v: P 1.0, R 0.84, recipients 0.952,
# bodies 0.667. Its own held-out part (award_texts_i12_tuning10_heldout_own.json, 25 texts written at the same
# time, never tuned on): before P 1.0, R 0.8; after P 1.0, R 0.867, recipients 0.846, bodies 0.846.
I12_TUNING10_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 0.96,
                       "awarding_body_accuracy": 0.88}   # details over the true positives: 24 and 22 of 25 (after i12af)
I12_TUNING10_OWN_FLOORS = {"precision": 1.0, "recall": 0.866, "level_accuracy": 1.0, "recipient_accuracy": 0.846,
                           "awarding_body_accuracy": 0.846}


def test_issue12_tuning10_texts_keep_their_floors_overall_and_by_kind():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning10.json")
    for key, floor in I12_TUNING10_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    assert figures["texts"] >= 40
    for kind, share in figures["right_by_kind"].items():
        assert share == 1.0, (kind, figures["right_by_kind"])


def test_issue12_tuning10_own_heldout_part_keeps_its_floors():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning10_heldout_own.json")
    for key, floor in I12_TUNING10_OWN_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    for kind in ("funding", "training", "nomination", "call", "ceremony_ahead", "jubilee", "label_level"):
        assert figures["right_by_kind"][kind] == 1.0, (kind, figures["right_by_kind"])


# Eleventh tuning set (tests/data/award_texts_i12_tuning11.json, 13 texts written by branch i12w): grant,
# microgrant, minigrant, subsidy, voucher and loan round results whose recipients a round calls "laureaci",
# "winners" or "beneficiaries" (hard negatives), and prizes that come with money or a grant (controls).
# Measured on main's rules before branch i12w: P 0.5, R 0.6 (3 funding rounds flagged, both "prize and a
# grant" controls missed). Its own held-out part (award_texts_i12_tuning11_heldout_own.json, 5 texts written at
# the same time, never tuned on): P 1.0, R 1.0 before and after.
I12_TUNING11_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 1.0,
                       "awarding_body_accuracy": 1.0}
I12_TUNING11_OWN_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 1.0,
                           "awarding_body_accuracy": 0.5}


def test_issue12_tuning11_funding_rounds_are_no_awards_but_prizes_with_money_are():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning11.json")
    for key, floor in I12_TUNING11_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    assert figures["texts"] >= 13
    for kind, share in figures["right_by_kind"].items():
        assert share == 1.0, (kind, figures["right_by_kind"])


def test_issue12_tuning11_own_heldout_part_keeps_its_floors():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning11_heldout_own.json")
    for key, floor in I12_TUNING11_OWN_FLOORS.items():
        assert figures[key] >= floor, (key, figures)


# Twelfth tuning set (tests/data/award_texts_i12_tuning12.json, 61 texts written by branch i12aa): labels told as a
# right to use after an audit ("may now use", "prawo do posługiwania się"), "certified with", certificates given
# again; statuses through a commission's decision, renewed, extended, accredited as an institution by a board or an
# institute; first places inside a final; recipients with a legal form (Sp. z o.o., S.A., GmbH, Ltd.), bodies as
# "Eksperci X"/"analysts"/"jury of X"; hard negatives (funding ranking lists, course and attendance certificates,
# shortlists, calls, jubilees, galas ahead, cooperation agreements). Measured on main's rules before branch i12aa:
# P 1.0, R 0.575, recipients 0.522, bodies 0.826 (23 found). Its own held-out part
# (award_texts_i12_tuning12_heldout_own.json, 30 texts written before any rule changed, measured only at the end):
# before P 1.0, R 0.632, recipients 0.5, bodies 0.5; after P 1.0, R 0.947, recipients 0.778, bodies 0.722.
I12_TUNING12_FLOORS = {"precision": 1.0, "recall": 0.975, "level_accuracy": 1.0, "recipient_accuracy": 0.9,
                       "awarding_body_accuracy": 0.975}   # details over the true positives: 36 and 39 of 40 (after i12af)
I12_TUNING12_OWN_FLOORS = {"precision": 1.0, "recall": 0.947, "level_accuracy": 1.0, "recipient_accuracy": 0.777,
                           "awarding_body_accuracy": 0.722}


def test_issue12_tuning12_texts_keep_their_floors_overall_and_by_kind():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning12.json")
    for key, floor in I12_TUNING12_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    assert figures["texts"] >= 60
    for kind, share in figures["right_by_kind"].items():
        assert share >= (0.909 if kind == "status" else 1.0), (kind, figures["right_by_kind"])


def test_issue12_tuning12_own_heldout_part_keeps_its_floors():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning12_heldout_own.json")
    for key, floor in I12_TUNING12_OWN_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    for kind in ("funding", "training", "nomination", "call", "ceremony_ahead", "jubilee", "other", "pending",
                 "label_level", "competition"):
        assert figures["right_by_kind"][kind] == 1.0, (kind, figures["right_by_kind"])


# Fourteenth tuning set (tests/data/award_texts_i12_tuning14_recall.json, branch i12ag), for the recall classes the
# held-out sets named in general terms: statuses granted by a decision of a minister, commission or board, designations
# ("designated a hub", "wyznaczony na", "desygnowany jako"), entries in a list of status holders; rankings ("named the
# most innovative", "uznany za najbardziej", "among the top 10", "w gronie najaktywniejszych"); label levels moved up
# (the new level counts), excellence labels and quality marks; colour words inside a prize's name (no level); near
# misses of each. 34 texts with detail labels, then 294 probes added while the rules changed. Measured on main's rules
# (ee2fc48) before branch i12ag (all 328 texts): P 0.972, R 0.692, levels 0.912 (status 0.631, ranking 0.5,
# label_level 0.864, prize_medal 0.875; 4 false positives: statuses and labels held since a year or recalled a year
# back); after: P 1.0, R 1.0, levels 1.0, every kind 1.0. Its own
# held-out part (award_texts_i12_tuning14_recall_heldout_own.json, 16 texts written before any rule changed, never
# tuned on): before P 1.0, R 0.583 (status 0.5, ranking 0.25); after P 1.0, R 1.0, levels 1.0 (recipients 5/7 -> 9/12,
# bodies 7/7 -> 8/12: the bodies of the newly found designations and rankings are read poorly, details.py's part).
I12_TUNING14_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 0.772,
                       "awarding_body_accuracy": 0.59}   # details over the 22 labelled true positives: 17 and 13
I12_TUNING14_OWN_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 0.75,
                           "awarding_body_accuracy": 0.666}


def test_issue12_tuning14_recall_texts_keep_their_floors_overall_and_by_kind():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning14_recall.json")
    for key, floor in I12_TUNING14_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    assert figures["texts"] >= 328
    for kind, share in figures["right_by_kind"].items():
        assert share == 1.0, (kind, figures["right_by_kind"])


def test_issue12_tuning14_recall_own_heldout_part_keeps_its_floors():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning14_recall_heldout_own.json")
    for key, floor in I12_TUNING14_OWN_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    for kind, share in figures["right_by_kind"].items():
        assert share == 1.0, (kind, figures["right_by_kind"])


# Sixteenth tuning set (tests/data/award_texts_i12_tuning16.json, 54 texts written by branch i12an) for four classes
# measured to fail on held-out sets: money won ("wins EU funding", "zdobył dofinansowanie", "secured a grant", "won a
# tender") read as an award, while a named prize with its amount is one; medals told in a title with no award word
# ("Gold in Split for X"); places within the first ten of a named index or list ("3rd in the Regional Innovation
# Index", "zajął 5. miejsce w rankingu", "on the FT1000 list"); "Second place … went to X" with the award word far
# from the verb; near-miss traps for each. Main before i12an: P 0.833, R 0.6 (ranking 0.222); after: P 1.0, R 1.0,
# every kind 1.0. Its own held-out part (award_texts_i12_tuning16_heldout_own.json, 12 texts written before any rule
# changed, never tuned on): before P 0.8, R 0.571; after P 1.0, R 1.0 (recipients 6/7, bodies 5/7).
I12_TUNING16_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 0.72,
                       "awarding_body_accuracy": 0.8}   # details over the 25 true positives: 18 and 20
I12_TUNING16_OWN_FLOORS = {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0, "recipient_accuracy": 0.857,
                           "awarding_body_accuracy": 0.714}


def test_issue12_tuning16_texts_keep_their_floors_overall_and_by_kind():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning16.json")
    for key, floor in I12_TUNING16_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    assert figures["texts"] >= 54
    for kind, share in figures["right_by_kind"].items():
        assert share == 1.0, (kind, figures["right_by_kind"])


def test_issue12_tuning16_own_heldout_part_keeps_its_floors():
    figures = _award_bench().main(data=TESTS / "data" / "award_texts_i12_tuning16_heldout_own.json")
    for key, floor in I12_TUNING16_OWN_FLOORS.items():
        assert figures[key] >= floor, (key, figures)
    for kind, share in figures["right_by_kind"].items():
        assert share == 1.0, (kind, figures["right_by_kind"])


@pytest.mark.parametrize("title, body, lang, is_award, level", [
    # a status by a named body's decision, or granted with the recipient named between
    ("Commission decision for the Water Cluster", "The European Commission granted the Water Cluster the status of a "
     "European Digital Innovation Hub.", "en", True, ""),
    ("Decision expected", "The Commission's decision on the hub status is expected in spring.", "en", False, ""),
    # designations, and a person's role or a date that is none
    ("Nowy ośrodek", "Marszałek wyznaczył Klaster Metalowy na Regionalny Ośrodek Innowacji.", "pl", True, ""),
    ("New role", "Our director was appointed as the Coordinator of the Innovation Centre project.", "en", False, ""),
    ("Wyznaczono termin", "Wyznaczono termin składania wniosków na 30 czerwca.", "pl", False, ""),
    # superlative rankings; a plural selection is none
    ("Named the most innovative", "The Fintech Cluster was named the most innovative cluster in Europe.", "en", True, ""),
    ("Wybrano firmy", "Do projektu wybrano najbardziej aktywne firmy klastra.", "pl", False, ""),
    # the level reached, not the one left; a move planned is no move
    ("From bronze to silver", "The Bio Cluster moved up from the Bronze Label to the Silver Label.", "en", True,
     "silver"),
    ("Bronze to gold", "Moving from bronze to gold: how clusters prepare for the assessment.", "en", False, ""),
    # a colour word opening a prize's name grades nothing; after a graded noun it is the level
    ("Złota Statuetka dla firmy", "Firma Hydrotech otrzymała Złotą Statuetkę Lidera Biznesu.", "pl", True, ""),
    ("Golden Owl award for our CEO", "Maria Nowak received the Golden Owl award.", "en", True, ""),
    ("Certyfikat Brązowy ECEI dla Klastra", "", "pl", True, "bronze"),
])
def test_recall_classes_of_branch_i12ag(title, body, lang, is_award, level):
    r = classify_award(title, body, lang)
    assert (r.is_award, r.level) == (is_award, level), r.evidence


# Thirteenth tuning set (tests/data/award_texts_i12_tuning13.json, 24 texts written by branch i12ad, which changed
# no rule) and the fourteenth (tests/data/award_texts_i12_tuning14_details.json, 24 texts written by branch i12af
# before its rule changes): award details. Group head nouns before a named team ("Studenci z zespołu X",
# "Researchers from the X group", "The team X from …"), "First place … went to X", "conferred on/bestowed upon X by
# Y", "designated (as) … by Y", bodies that ran past a comma, "the jury of the X Award", "trafił do X, a wręczył go
# Y", a genitive award name before a dative recipient ("statuetkę Mazowieckiego Lidera spółce Techmet"), "Kapituła
# Nagrody X", "Izba nagrodziła Klaster … tytułem Lidera" at a gala. Measured on main's rules (ee2fc48): tuning13
# R 0.909, recipients 0.7, bodies 0.75; tuning14 R 0.909, recipients 0.5, bodies 0.75. After i12af: tuning13 R 1.0,
# recipients 1.0, bodies 1.0; tuning14 R 0.909 (a robot "turniej" read as sport, a second place in a ranking),
# recipients 0.95, bodies 0.95. Own held-out parts, never tuned on: tuning13's (11 texts, by i12ad) R 0.9 ->
# 1.0, recipients 0.778 -> 1.0, bodies 1.0 -> 1.0; tuning14's (11 texts, by i12af) R 0.818 -> 0.909, recipients
# 0.556 -> 0.8, bodies 0.444 -> 0.8.
I12_DETAIL_FLOORS = {
    "award_texts_i12_tuning13.json": {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0,
                                      "recipient_accuracy": 1.0, "awarding_body_accuracy": 1.0},
    "award_texts_i12_tuning13_heldout_own.json": {"precision": 1.0, "recall": 1.0, "level_accuracy": 1.0,
                                                  "recipient_accuracy": 1.0, "awarding_body_accuracy": 1.0},
    "award_texts_i12_tuning14_details.json": {"precision": 1.0, "recall": 0.909, "level_accuracy": 1.0,
                                              "recipient_accuracy": 0.95, "awarding_body_accuracy": 0.95},
    "award_texts_i12_tuning14_details_heldout_own.json": {"precision": 1.0, "recall": 0.909, "level_accuracy": 0.9,
                                                          "recipient_accuracy": 0.8, "awarding_body_accuracy": 0.8},
}


@pytest.mark.parametrize("name", sorted(I12_DETAIL_FLOORS))
def test_issue12_detail_sets_keep_their_floors(name):
    figures = _award_bench().main(data=TESTS / "data" / name)
    assert figures["texts"] >= 11
    for key, floor in I12_DETAIL_FLOORS[name].items():
        assert figures[key] >= floor, (key, figures)


@pytest.mark.parametrize("title, body, lang, recipient, awarding_body", [
    # a group noun heads the subject: the named group after it, cut before its origin
    ("Uczniowie najlepsi", "Uczniowie z drużyny Feniks ze Szkoły Morskiej w Gdyni wygrali konkurs Młody Odkrywca "
     "organizowany przez Fundację Nauki Polskiej.", "pl", "Feniks", "Fundacja Nauki Polskiej"),
    ("Engineers win", "Engineers from the VoltWorks team at Silesian University of Technology won the Energy Prize "
     "awarded by the Silesian Development Agency.", "en", "VoltWorks", "Silesian Development Agency"),
    ("Squad wins", "Squad Orbital of Gdańsk University of Technology took first prize at the Space Hackathon "
     "organised by the Polish Space Agency.", "en", "Orbital", "Polish Space Agency"),
    # an unnamed group: its origin is the recipient; "Grupa X" is a name of its own
    ("Nagroda dla uczelni", "Młodzi badacze z Uniwersytetu Rzeszowskiego zdobyli nagrodę główną konkursu Eko-Idea.",
     "pl", "Uniwersytet Rzeszowski", None),
    ("Nagroda dla grupy", "Grupa Azoty otrzymała nagrodę Marszałka Województwa Opolskiego.", "pl", "Grupa Azoty",
     "Marszałek Województwa Opolskiego"),
    # an ordinal names nobody; a body that announced the result at the end of the sentence
    ("Logistics prize decided", "First prize in the Logistics Challenge went to Cargo Cluster, the Lublin Chamber of "
     "Commerce announced.", "en", "Cargo Cluster", "Lublin Chamber of Commerce"),
    # a passive grant: the recipient after on/upon, the body after by
    ("Medal conferred", "The Gold Medal of Merit was conferred upon the Kielce Metal Cluster by the Świętokrzyskie "
     "Voivodeship Board.", "en", "Kielce Metal Cluster", "Świętokrzyskie Voivodeship Board"),
    # the holder of a status is designated, the body designates
    ("Hub status", "The Wrocław Robotics Cluster has been designated a European Digital Innovation Hub by the "
     "European Commission.", "en", "Wrocław Robotics Cluster", "European Commission"),
    # the recipient in a prepositional phrase, the body after the object pronoun of a new clause
    ("Statuetka dla fundacji", "Statuetka Mecenasa Kultury trafiła do Fundacji Sztuki Nowej, a wręczył ją Prezydent "
     "Miasta Torunia.", "pl", "Fundacja Sztuki Nowej", "Prezydent Miasta Torunia"),
    # a genitive award name after a lowercase award word, the dative recipient after it
    ("Tytuł dla firmy", "Starosta Kaliski przyznał tytuł Kaliskiego Pracodawcy Roku spółce Prosna Logistics.", "pl",
     "Prosna Logistics", "Starosta Kaliski"),
    # the jury of a named award gives it
    ("Jury choice", "The jury of the Green Factory Prize picked Eko-Metal Ltd as the winner.", "en", "Eko-Metal Ltd",
     "jury of the Green Factory Prize"),
    # an adverbial opening the sentence is no part of the body's name
    ("Nagroda na gali", "Podczas Gali Przedsiębiorczości Lubelska Izba Gospodarcza nagrodziła Klaster Spożywczy "
     "Lubelszczyzny tytułem Ambasadora Marki.", "pl", "Klaster Spożywczy Lubelszczyzny", "Lubelska Izba Gospodarcza"),
    # an impersonal grant, a double object, a lead's adjective before the name, a dative recipient before the body
    ("Statuetka dla fundacji", "Statuetkę Złotego Lwa wręczono Fundacji Rozwoju Mazur.", "pl",
     "Fundacja Rozwoju Mazur", None),
    ("Export prize", "The Baltic Chamber of Commerce awarded Amber Solutions the Export Prize.", "en", "Amber Solutions",
     "Baltic Chamber of Commerce"),
    ("Laur dla zespołu", "Laur Innowacyjności otrzymał zespół badawczy BioPol z Uniwersytetu Warszawskiego.", "pl",
     "BioPol", None),
    ("Tytuł dla klastra", "Tytuł Ambasadora Marki nadała Lubelskiemu Klastrowi Spożywczemu Kapituła Konkursu Marka "
     "Lubelska.", "pl", "Lubelski Klaster Spożywczy", "Kapituła Konkursu Marka Lubelska"),
    # a name of the clause before is no subject; the body after "otrzymała od"; a group that votes grants
    ("Nagroda dla klastra", "Organizatorem konkursu była Fundacja Rozwoju Regionu, a nagrodę główną otrzymał Klaster "
     "Turystyczny Mazur.", "pl", "Klaster Turystyczny Mazur", "Fundacja Rozwoju Regionu"),
    ("Zwycięzca konkursu", "Zwycięzcą konkursu Eko-Lider została firma Ekopak, a nagrodę wręczyła Prezydent Miasta "
     "Poznania.", "pl", "Ekopak", "Prezydent Miasta Poznania"),
    ("Nagroda dla fundacji", "Fundacja Nowa Energia otrzymała od Zarządu Województwa Opolskiego nagrodę Opolskiego "
     "Lidera.", "pl", "Fundacja Nowa Energia", "Zarząd Województwa Opolskiego"),
    ("Cluster of the Year", "Members of the Polish Cluster Association voted the Lublin Food Cluster the Cluster of "
     "the Year.", "en", "Lublin Food Cluster", "Polish Cluster Association"),
    # the award in the genitive after a winner noun: its adjective is no part of the owner's name
    ("Laureat nagrody", "Laureatem Nagrody Gospodarczej Prezydenta Gdyni został Bałtycki Klaster Morski.", "pl",
     "Bałtycki Klaster Morski", "Prezydent Gdyni"),
    # people of a school or a company: the institution, in the nominative, with its legal form
    ("Nagroda dla technikum", "Uczniowie Technikum Elektronicznego w Radomiu zdobyli nagrodę w konkursie Młody "
     "Elektronik.", "pl", "Technikum Elektroniczne w Radomiu", None),
    ("Industry award", "A team of engineers from Polmet S.A. won the Industry 4.0 Award.", "en", "Polmet S.A.", None),
    # a comma ends the body's name
    ("Label for cluster", "Following a review by the European Cluster Secretariat, the Baltic Food Cluster was "
     "awarded the Gold Label.", "en", "Baltic Food Cluster", "European Cluster Secretariat"),
])
def test_award_details_of_the_issue12_detail_classes(title, body, lang, recipient, awarding_body):
    r = classify_award(title, body, lang)
    assert r.is_award, (title, r)
    assert (r.recipient, r.body) == (recipient, awarding_body)


def test_a_body_before_the_award_word_is_no_part_of_the_award_name_which_reads_in_the_nominative():
    r = classify_award("Wyróżnienie dla klastra", "Kapituła Nagrody Gospodarczej Śląska wyróżniła Klaster Zielonej "
                       "Energii za projekt magazynu ciepła.", "pl")
    assert r.is_award and r.body == "Kapituła Nagrody Gospodarczej Śląska"
    assert r.name == "Nagroda Gospodarcza Śląska"   # and in the nominative


@pytest.mark.parametrize("phrase, expected", [
    ("Nagrodę Gospodarczą Prezydenta Miasta", "Nagroda Gospodarcza Prezydenta Miasta"),
    ("Srebrną Odznakę Doskonałości", "Srebrna Odznaka Doskonałości"),
    ("Nagrodę Mazowieckiej Izby", "Nagroda Mazowieckiej Izby"),   # the owner's genitive agrees with no accusative
    ("Tytułem Lidera", "Tytuł Lidera"),
    ("Medal Lidera", "Medal Lidera"),
    ("Innovation Award", "Innovation Award"),
])
def test_award_names_are_put_in_the_nominative(phrase, expected):
    assert award_nominative(phrase) == expected


@pytest.mark.parametrize("title, body, lang, expected", [
    # a designation without "as" (passive, or after its object); a new zone designated is nobody's status
    ("Hub status for Wrocław", "The Wrocław Robotics Cluster has been designated a European Digital Innovation Hub.",
     "en", True),
    ("New zone in Opole", "The government designated a Special Economic Zone in Opole.", "en", False),
    # a ceremony in the title over a lead that tells of the prize given at it, or of one still ahead
    ("Nagrody na gali", "Podczas Gali Przedsiębiorczości Izba Gospodarcza nagrodziła Klaster Drzewny tytułem "
     "Lidera Roku.", "pl", True),
    ("Nagrody na gali", "Podczas gali w piątek poznamy laureatów tegorocznej edycji.", "pl", False),
    # the award named before a comma-bounded insertion, then sent to its winner
    ("Pitch results", "First prize in the Pitch Contest, organised by the Kraków Technology Park, went to Dronix.",
     "en", True),
    # an award travelling to its recipient in a headline
    ("Silver Label travels to Tallinn", "ESCA has awarded the Silver Label to the Estonian ICT Cluster.", "en", True),
    ("Nagroda Gospodarcza trafia do Kielc", "Nagrodę odebrał Świętokrzyski Klaster Metalowy.", "pl", True),
    # a name holding a status or label
    ("Kujawski Klaster Chemiczny ze statusem Krajowego Klastra Kluczowego", "", "pl", True),
    ("Lublin Food Cluster with the Gold Label", "", "en", True),
    # a vague title whose lead tells of a prize
    ("Sukces klastra w Pradze", "Podczas targów w Pradze Klaster Szklarski otrzymał Grand Prix za witraże.", "pl", True),
    ("Sukces klastra w Pradze", "Podczas targów w Pradze podpisaliśmy 6 umów z czeskimi firmami.", "pl", False),
    # certificates earned by a course, acts addressed to the reader
    ("Export academy: earn your certificate", "Four modules and a final test.", "en", False),
    ("Get certified: cluster facilitation course", "Participants who pass the exam receive a certificate.", "en", False),
    ("Zdobądź swój certyfikat eksportera", "Zapisz się na kurs online.", "pl", False),
    # winners a future sentence will name, holders as a group, a description
    ("Gala on Thursday", "We will learn the winners of the Export Awards at the gala.", "en", False),
    ("Warsztaty dla posiadaczy Złotej Odznaki", "Zapraszamy menedżerów klastrów.", "pl", False),
    ("Award-winning designer joins the cluster", "She will lead the design lab.", "en", False),
    # branch i12h: amounts offered to a winner, questions about a ranking, sports words in products
    ("Prize money: EUR 5,000 for the winner", "The competition is open to start-ups. Entries close on 30 May.",
     "en", False),
    ("10 tys. zł dla zwycięzcy konkursu", "Konkurs na logo klastra potrwa do końca miesiąca.", "pl", False),
    ("EUR 5,000 for the winner: Nordwave takes the pitch prize", "Nordwave won the EUR 5,000 pitch prize.", "en",
     True),
    ("Top of the ranking? What the new data shows", "We explain how the new regional ranking is built.", "en",
     False),
    ("Złoty medal za innowacyjny sprzęt sportowy", "Firma FitTech zdobyła złoty medal targów za sprzęt sportowy.",
     "pl", True),
    ("Nasza drużyna najlepsza na firmowym dniu sportu", "Pracownicy klastra wygrali rywalizację i zdobyli puchar.",
     "pl", False),
    ("Fundusz nagród dla studentów", "Klaster przeznaczył 50 tys. zł na fundusz nagród. Wnioski do 30 września.",
     "pl", False),
    ("Jury's mention for our members", "The jury gave a special mention to Polytech Robotics for its drone.", "en",
     True),
])
def test_general_rules_of_issue_12(title, body, lang, expected):
    assert classify_award(title, body, lang).is_award is expected


@pytest.mark.parametrize("title, body, recipient, awarding_body", [
    ("Złoty medal dla Politechniki Gdańskiej", "Wynalazek nagrodzono w Genewie.", "Politechnika Gdańska", None),
    ("Klaster Mebli ze statusem Krajowego Klastra Kluczowego",
     "Minister Rozwoju i Technologii przyznał status Opolskiemu Klastrowi Mebli.", "Opolski Klaster Mebli",
     "Minister Rozwoju i Technologii"),
    ("Wyróżnienie dla Akademii Górniczo-Hutniczej", "", "Akademia Górniczo-Hutnicza", None),
    ("Nagroda dla firmy Omega", "Firma Omega z Radomia otrzymała nagrodę marszałka.", "Omega", None),
    ("Gold Label goes to Poland", "ESCA has awarded the Gold Label to the Mazovian Chemistry Cluster.",
     "Mazovian Chemistry Cluster", "ESCA"),
])
def test_recipients_and_bodies_are_whole_names_in_the_nominative(title, body, recipient, awarding_body):
    r = classify_award(title, body, "en" if title.startswith("Gold") else "pl")
    assert r.is_award and r.recipient == recipient
    assert r.body == awarding_body


@pytest.mark.parametrize("phrase, expected", [
    # heads the lemma table lacks in this case, found through the case ending ("-owi", "-u", "-ie")
    ("Instytutowi Ceramiki", "Instytut Ceramiki"),
    ("Zarządu Województwa Wielkopolskiego", "Zarząd Województwa Wielkopolskiego"),
    ("Urzędowi Marszałkowskiemu Województwa Śląskiego", "Urząd Marszałkowski Województwa Śląskiego"),
    ("Łódzkiej Specjalnej Strefie Ekonomicznej", "Łódzka Specjalna Strefa Ekonomiczna"),
    # an indeclinable head tells its case by its adjectives; a feminine head ending in a consonant
    ("Narodowego Centrum Badań i Rozwoju", "Narodowe Centrum Badań i Rozwoju"),
    ("Mazowieckiej Sieci Innowacji", "Mazowiecka Sieć Innowacji"),
    # an organisation is never read as a person's name
    ("Pomorski Klaster", "Pomorski Klaster"),
])
def test_polish_organisation_names_are_put_in_the_nominative(phrase, expected):
    from monitor.awards.names import clean

    assert clean(phrase, "pl") == expected


@pytest.mark.parametrize("title, body, lang, recipient, awarding_body", [
    ("Wyróżnienie dla Stowarzyszenia „Klaster Zielona Energia”",
     "Stowarzyszenie „Klaster Zielona Energia” zostało wyróżnione przez Kapitułę Konkursu Lider Rozwoju.", "pl",
     "Stowarzyszenie „Klaster Zielona Energia”", "Kapituła Konkursu Lider Rozwoju"),
    ("Statuetka dla prezes klastra", "Statuetkę odebrała Maria Kowalska, prezes Klastra Energii.", "pl",
     "Maria Kowalska", None),
    ("ESCA's Gold Label for the Lodz Medical Cluster", "The Lodz Medical Cluster has been awarded ESCA's Gold Label.",
     "en", "Lodz Medical Cluster", "ESCA"),
    ("Hackathon victory for a team from Opole University of Technology",
     "A team from the Opole University of Technology beat 45 rivals to win the GridHack.", "en",
     "Opole University of Technology", None),
    ("Status przedłużony", "Zarząd Województwa Lubelskiego przedłużył Klastrowi Spożywczemu Wschód status "
     "Regionalnego Klastra Kluczowego.", "pl", "Klaster Spożywczy Wschód", "Zarząd Województwa Lubelskiego"),
])
def test_recipients_and_bodies_of_other_sentence_shapes(title, body, lang, recipient, awarding_body):
    r = classify_award(title, body, lang)
    assert r.is_award and r.recipient == recipient
    assert r.body == awarding_body


def test_polish_names_are_put_in_the_nominative_and_others_left_alone():
    from monitor.awards.names import nominative

    assert nominative("Politechniki Gdańskiej") == "Politechnika Gdańska"
    assert nominative("Śląskiego Klastra Lotniczego") == "Śląski Klaster Lotniczy"
    assert nominative("Uniwersytetu Przyrodniczego we Wrocławiu") == "Uniwersytet Przyrodniczy we Wrocławiu"
    assert nominative("Fundacji Rozwoju Przedsiębiorczości") == "Fundacja Rozwoju Przedsiębiorczości"
    assert nominative("Polskiego Stowarzyszenia Klastrów") == "Polskie Stowarzyszenie Klastrów"
    assert nominative("Klaster Technologii Kosmicznych") == "Klaster Technologii Kosmicznych"
    assert nominative("Sensilab") == "Sensilab"


def test_translated_award_items_carry_english_details_in_the_evidence():
    from monitor.items import ArticleItem
    from monitor.pipelines.classify import EnglishAwardDetailsPipeline

    item = ArticleItem(url="http://pl.example/1", source="s", language="pl",
                       title="Złoty medal dla Politechniki Gdańskiej",
                       summary="Wynalazcy z Politechniki Gdańskiej zdobyli złoty medal w Genewie.",
                       title_en="Gold medal for the Gdańsk University of Technology",
                       summary_en="Inventors from the Gdańsk University of Technology won a gold medal in Geneva.",
                       is_award=True, award_recipient="Politechnika Gdańska", award_evidence={"terms": ["medal"]})
    item = EnglishAwardDetailsPipeline().process_item(item)
    assert item.award_evidence["en"]["recipient"] == "Gdańsk University of Technology"
    assert item.award_recipient == "Politechnika Gdańska" and item.award_evidence["terms"] == ["medal"]


# Details read by the grammar of names (sentences written for these tests, not from any labelled file).
@pytest.mark.parametrize("title, body, lang, recipient, awarding_body", [
    # object-verb-subject: the award first, the body right after the verb, put in the nominative
    ("Sukces klastra", "Klaster Drzewny Podhala otrzymał statuetkę. Statuetkę wręczyła Fundacja Przyjaciół Gór.",
     "pl", "Klaster Drzewny Podhala", "Fundacja Przyjaciół Gór"),
    # predicate-first winner; the generic lead word and the origin dropped
    ("Mamy zwycięzcę!", "Zwycięzcą konkursu Eko Lider została firma Greenbud z Opola.", "pl", "Greenbud", None),
    # the owner of the award after it is the body; a bare head noun is no name
    ("Prize for Nordwind", "Nordwind received the Export Prize of the Baltic Chamber of Commerce.", "en",
     "Nordwind", "Baltic Chamber of Commerce"),
    # a person in an oblique case is folded to the nominative
    ("Medal dla założycielki klastra", "Marszałek Województwa Opolskiego uhonorował medalem Joannę Kamińską.",
     "pl", "Joanna Kamińska", "Marszałek Województwa Opolskiego"),
])
def test_details_are_whole_names_in_the_nominative(title, body, lang, recipient, awarding_body):
    r = classify_award(title, body, lang)
    assert r.is_award
    assert (r.recipient, r.body) == (recipient, awarding_body)


@pytest.mark.parametrize("phrase, expected", [
    ("z Politechniki Opolskiej", "Politechnika Opolska"),
    ("prof. Adam Wolski", "Adam Wolski"),
    ("Tomasza Zawadzkiego", "Tomasz Zawadzki"),
    ("Pawła Nowickiego", "Paweł Nowicki"),
    ("Ewę Górską", "Ewa Górska"),
    ("Województwa Pomorskiego", "Województwo Pomorskie"),   # an organisation head, not a person
    ("Instytutu Śląskiego", "Instytut Śląski"),
    ("Greenbud", "Greenbud"),
])
def test_names_clean_folds_prepositions_titles_and_persons(phrase, expected):
    from monitor.awards.names import clean
    assert clean(phrase, "pl") == expected


@pytest.mark.parametrize("title, body, lang, is_award", [
    ("Index results", "MedTech Krakow ranks sixth of 120 clusters in the European Cluster Index 2026.", "en", True),
    ("Ranking klastrów", "Klaster Wodny jest czwarty spośród 80 klastrów w rankingu innowacyjności.", "pl", True),
    ("Index results", "MedTech Krakow ranks 24th of 120 clusters in the European Cluster Index 2026.", "en", False),
    ("Conference", "Anna Nowak is second of five speakers in the list of the day.", "en", False),
])
def test_a_top_ten_place_out_of_a_counted_field_in_a_named_ranking_is_a_ranking(title, body, lang, is_award):
    assert classify_award(title, body, lang).is_award is is_award
