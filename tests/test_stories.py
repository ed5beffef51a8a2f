"""Story grouping: the same event on several sites and in two languages becomes one digest row."""

from __future__ import annotations

from monitor.digest import build_rows
from monitor.stories import assign_story, regroup_item


def _add(store, url, title, *, language="en", published="2022-05-10", summary="", body="", title_en=None,
         summary_en=None, is_award=False, level="", alternates=None, source="site"):
    if language == "en":
        title_en, summary_en = title, summary
    item_id = store.save_item({
        "url": url, "source": source, "language": language, "title": title, "summary": summary, "body": body,
        "title_en": title_en, "summary_en": summary_en, "published": published, "is_award": is_award,
        "award_level": level, "translation_status": "done" if title_en else "pending",
    })
    assign_story(store, item_id, alternates or {})
    return item_id


GOLD_EN = ("Nordwind Cluster earns ESCA Gold Label",
           "The Nordwind Cluster from Szczecin received the Cluster Management Excellence Gold Label from ESCA "
           "after an assessment of its management, services and results.")
GOLD_PL = ("Złota Odznaka ESCA dla Klastra Nordwind",
           "Klaster Nordwind ze Szczecina otrzymał Złotą Odznakę ESCA po ocenie zarządzania i usług.")


def test_same_award_on_two_sites_in_two_languages_is_one_row_preferring_english(store):
    pl = _add(store, "http://pl.example/a/1", GOLD_PL[0], language="pl", summary=GOLD_PL[1], is_award=True,
              level="gold", title_en="ESCA Gold Label for the Nordwind Cluster", summary_en="[en] " + GOLD_PL[1])
    en = _add(store, "http://en.example/news/nordwind-gold/", GOLD_EN[0], summary=GOLD_EN[1], published="2022-05-16",
              is_award=True, level="gold")
    assert store.get_item(pl)["story_id"] == store.get_item(en)["story_id"]
    rows, covered = build_rows(store, new=False)
    assert len(rows) == 1 and sorted(covered) == sorted([pl, en])
    assert rows[0]["url"] == "http://en.example/news/nordwind-gold/"
    assert rows[0]["also_at"] == "http://pl.example/a/1"


def test_hreflang_versions_share_a_story_in_either_order(store):
    pl = _add(store, "http://bi.example/pl/x/", "Nowy projekt badawczy", language="pl",
              alternates={"pl": "http://bi.example/pl/x/", "en": "http://bi.example/en/x/"})
    en = _add(store, "http://bi.example/en/x/", "A completely differently worded title", published="2022-05-11")
    assert store.get_item(pl)["story_id"] == store.get_item(en)["story_id"]
    en2 = _add(store, "http://bi.example/en/y/", "Second item", published="2022-06-01")
    pl2 = _add(store, "http://bi.example/pl/y/", "Drugi artykuł", language="pl", published="2022-06-01",
               alternates={"en": "http://bi.example/en/y/"})
    assert store.get_item(pl2)["story_id"] == store.get_item(en2)["story_id"] != store.get_item(pl)["story_id"]


def test_different_clusters_winning_the_same_label_the_same_week_stay_apart(store):
    a = _add(store, "http://a.example/1", GOLD_EN[0], summary=GOLD_EN[1], is_award=True, level="gold")
    b = _add(store, "http://b.example/1", "Karpaty Tourism Cluster earns ESCA Gold Label",
             summary="The Karpaty Tourism Cluster from Rzeszów received the Cluster Management Excellence Gold "
                     "Label from ESCA after an assessment of its management, services and results.",
             published="2022-05-12", is_award=True, level="gold")
    assert store.get_item(a)["story_id"] != store.get_item(b)["story_id"]
    rows, _ = build_rows(store)
    assert len(rows) == 2 and all(r["also_at"] == "" for r in rows)


def test_same_text_months_apart_or_with_another_verdict_is_another_story(store):
    a = _add(store, "http://a.example/1", GOLD_EN[0], summary=GOLD_EN[1], is_award=True, level="gold")
    later = _add(store, "http://b.example/2", GOLD_EN[0], summary=GOLD_EN[1], published="2022-09-01",
                 is_award=True, level="gold")
    visit = _add(store, "http://c.example/3", "ESCA assessors visit the Nordwind Cluster",
                 summary="ESCA assessors visited the Nordwind Cluster from Szczecin ahead of the Gold Label "
                         "decision on its management, services and results.", published="2022-05-09")
    ids = {store.get_item(i)["story_id"] for i in (a, later, visit)}
    assert len(ids) == 3


def test_near_duplicate_press_release_on_two_sites_is_grouped(store):
    text = ("The regional development agency opened a new laboratory for battery testing in Kielce. The lab "
            "will serve twelve member companies and two universities, with equipment worth 4 million euros.")
    a = _add(store, "http://a.example/lab", "New battery testing lab opens in Kielce", summary=text)
    b = _add(store, "http://b.example/lab", "Battery testing laboratory opened in Kielce", summary=text,
             published="2022-05-12")
    assert store.get_item(a)["story_id"] == store.get_item(b)["story_id"]


def test_item_waiting_for_translation_is_grouped_once_translated(store):
    en = _add(store, "http://en.example/news/nordwind-gold/", GOLD_EN[0], summary=GOLD_EN[1], is_award=True,
              level="gold")
    pl = _add(store, "http://pl.example/a/1", "Sukces naszego partnera", language="pl",
              summary="Partner z Zachodniopomorskiego doceniony w Europie.", is_award=True, level="gold")
    assert store.get_item(pl)["story_id"] != store.get_item(en)["story_id"]
    store.save_translation(pl, {"title_en": "Nordwind Cluster earns the ESCA Gold Label",
                                "summary_en": "The Nordwind Cluster from Szczecin received the Gold Label from ESCA.",
                                "translation_status": "done"})
    regroup_item(store, pl)
    assert store.get_item(pl)["story_id"] == store.get_item(en)["story_id"]



LAB = "agency opened battery testing laboratory Kielce serving member companies universities startups climate"
OPENING = "minister governor mayor rector speeches ribbon funding millions"


def test_a_weak_direct_match_joins_whatever_the_crawl_order():
    """Y (English) and its Polish hreflang twin Z are one story, Y and Z match strongly; X matches Y just
    above the threshold and Z not at all. Whichever of the three is stored last, they are one story."""
    from monitor.stories import match_score, signature
    from storage import Store

    def add(store, name):
        if name == "X":
            return _add(store, "http://x.example/lab", "Battery lab opens in Kielce", summary=f"The {LAB}. Thermal cameras.",
                        published="2022-05-12")
        if name == "Y":
            return _add(store, "http://bi.example/en/lab/", "Battery laboratory opened in Kielce",
                        summary=f"The {LAB}. {OPENING}.", alternates={"pl": "http://bi.example/pl/lab/"})
        return _add(store, "http://bi.example/pl/lab/", "Otwarto laboratorium w Kielcach", language="pl",
                    summary="Agencja otworzyła laboratorium baterii w Kielcach.", title_en="Laboratory opened in Kielce",
                    summary_en=f"The agency opened battery testing laboratory Kielce. {OPENING}.",
                    alternates={"en": "http://bi.example/en/lab/"})

    for order in ("XZY", "ZXY", "YZX", "XYZ"):
        store = Store.memory()
        ids = {name: add(store, name) for name in order}
        sig = {n: {**signature(store.get_item(i)).as_row(), "is_award": 0} for n, i in ids.items()}
        # the case under test: X-Y a weak direct match (below the 1.5 that chains stories), X-Z none
        assert 1.0 <= match_score(sig["X"], sig["Y"], {}) < match_score(sig["Y"], sig["Z"], {})
        assert match_score(sig["X"], sig["Y"], {}) < 1.5 and match_score(sig["X"], sig["Z"], {}) == 0.0
        assert len({store.get_item(i)["story_id"] for i in ids.values()}) == 1, order
        store.close()


def test_realistic_pairs_floor():
    """Machine-translated PL titles vs independently written EN articles (tests/data/story_pairs_realistic.json):
    never a wrong merge, in either insertion order; recall and fully-right cases at least as measured."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "story_pairs.py"
    spec = importlib.util.spec_from_file_location("story_pairs", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    import json

    cases = json.loads((Path(__file__).parent / "data" / "story_pairs_realistic.json").read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 30
    result = bench.evaluate(cases)
    assert result["precision"] == 1.0, [f for f in result["failures"] if f["error"] == "wrong merge"]
    assert result["recall"] >= 0.957          # 0.915 before branch i12o, 0.936 before i12ah
    assert result["cases_fully_right_given"] >= 37
    assert result["cases_fully_right_reversed"] >= 37
    assert result["order_sensitive_cases"] == []


def _story_cases_bench():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "story_cases.py"
    spec = importlib.util.spec_from_file_location("story_cases", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


# Floors per kind on the held-out story cases (tests/data/story_cases_heldout.json, issue 12: written before
# the rules changed, never tuned against; baseline stories whole 0.64 / 0.90 / 0.83, 2 wrong merges in the
# recurring series). Raise them, never lower them; do not tune rules on single cases of that file.
HELDOUT_STORY_FLOORS = {
    "same_site_two_languages": {"stories_whole": 1.0, "recall": 1.0},   # 0.857 before branch i12o
    "different_sites_same_language": {"stories_whole": 1.0, "recall": 1.0},
    "different_sites_different_languages": {"stories_whole": 1.0, "recall": 1.0},
    "recurring_series": {},
    "all": {"stories_whole": 1.0, "recall": 1.0},
}
# The same cases stored as a crawl without a translator stores them (`--translator none`: the Polish items
# have no title_en/summary_en). Before branch i12o: stories whole 0.0 / 0.8 / 0.0, all 0.2 (after: 0.857 / 1.0 / 0.833, 0.9).
HELDOUT_UNTRANSLATED_FLOORS = {
    "same_site_two_languages": {"stories_whole": 0.857},
    "different_sites_same_language": {"stories_whole": 1.0},
    "different_sites_different_languages": {"stories_whole": 0.833},
    "recurring_series": {},
    "all": {"stories_whole": 0.9, "recall": 0.916},
}


def test_held_out_story_cases_keep_their_floors_per_kind_and_never_merge_a_series():
    import json
    from pathlib import Path

    bench = _story_cases_bench()
    data = json.loads((Path(__file__).parent / "data" / "story_cases_heldout.json").read_text(encoding="utf-8"))
    kinds = {c["kind"] for c in data["cases"]}
    assert kinds == set(bench.KINDS) and len(data["cases"]) >= 24
    result = bench.evaluate(data["cases"])
    for kind, floors in HELDOUT_STORY_FLOORS.items():
        assert result[kind]["wrong_merges"] == 0, (kind, [f for f in result["failures"] if f["error"] == "wrong merge"])
        for key, floor in floors.items():
            assert result[kind][key] >= floor, (kind, key, result[kind])


def test_held_out_story_cases_without_a_translator_keep_their_floors_and_never_merge_a_series():
    import json
    from pathlib import Path

    bench = _story_cases_bench()
    data = json.loads((Path(__file__).parent / "data" / "story_cases_heldout.json").read_text(encoding="utf-8"))
    result = bench.evaluate(data["cases"], translated=False)
    for kind, floors in HELDOUT_UNTRANSLATED_FLOORS.items():
        assert result[kind]["wrong_merges"] == 0, (kind, [f for f in result["failures"] if f["error"] == "wrong merge"])
        for key, floor in floors.items():
            assert result[kind][key] >= floor, (kind, key, result[kind])


def test_tuning_story_cases_without_a_translator_never_merge_and_keep_their_floors():
    """tests/data/story_cases_tuning7.json (branch i12o: Polish items untranslated, bodies, series across
    languages, one site's unrelated posts) and the older tuning cases stored without their translations.
    Before the branch: stories whole 0.07 and 0.125."""
    import json
    from pathlib import Path

    bench = _story_cases_bench()
    for name, floor in (("story_cases_tuning7.json", 1.0), ("story_cases_tuning.json", 0.875)):   # tuning7 0.94 before i12ah
        cases = json.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))["cases"]
        result = bench.evaluate(cases, translated=False)
        assert result["all"]["wrong_merges"] == 0, (name, [f for f in result["failures"] if f["error"] == "wrong merge"])
        assert result["all"]["stories_whole"] >= floor, (name, result["all"])
        assert result["recurring_series"]["wrong_merges"] == 0


def test_tuning_story_cases_are_all_grouped_right():
    import json
    from pathlib import Path

    bench = _story_cases_bench()
    cases = json.loads((Path(__file__).parent / "data" / "story_cases_tuning.json").read_text(encoding="utf-8"))["cases"]
    result = bench.evaluate(cases)
    assert result["all"]["wrong_merges"] == 0 and result["all"]["splits"] == 0, result["failures"]


def test_a_recurring_series_stays_apart_by_year_part_and_edition(store):
    schedule_2026 = _add(store, "http://agency.example/schedule-2026", "Call schedule for 2026 updated",
                         summary="The agency updated its schedule of calls for proposals for 2026.", published="2026-12-09")
    schedule_2027 = _add(store, "http://agency.example/schedule-2027", "Call schedule for 2027 published",
                         summary="The agency published its schedule of calls for proposals for 2027.", published="2026-12-16")
    part_three = _add(store, "http://club.example/p3", "AI Academy, part three: chatbots",
                      summary="The third meeting of the AI Academy series for SMEs is about chatbots.", published="2026-02-10")
    part_four = _add(store, "http://club.example/p4", "AI Academy - part 4: chatbots in sales",
                     summary="The fourth meeting of the AI Academy series for SMEs is about chatbots in sales.",
                     published="2026-02-17")
    ids = [store.get_item(i)["story_id"] for i in (schedule_2026, schedule_2027, part_three, part_four)]
    assert len(set(ids)) == 4


def test_a_young_store_weighs_the_names_two_reports_share():
    """The first two items of a new store: shared names count for them, not against them."""
    from storage import Store

    store = Store.memory()
    pl = _add(store, "http://pl.example/lab", "Otwarcie laboratorium w Siedlcach", language="pl",
              summary="W Siedlcach otwarto Laboratorium Analiz Gleby Klastra AgroTech.",
              title_en="Opening of a laboratory in Siedlce",
              summary_en="In Siedlce the Soil Analysis Laboratory of the AgroTech Cluster was opened.")
    en = _add(store, "http://en.example/lab", "AgroTech opens soil testing lab in Siedlce",
              summary="The AgroTech Cluster has opened a soil analysis laboratory in Siedlce.", published="2022-05-12")
    assert store.get_item(pl)["story_id"] == store.get_item(en)["story_id"]
    store.close()


def test_the_glossary_gives_polish_and_english_words_one_concept_and_leaves_lookalikes_out():
    from monitor.glossary import concept_of, concepts, place

    assert {concept_of(w) for w in ("Złotą", "złotego", "Gold", "golden")} == {"gold"}
    assert {concept_of(w) for w in ("Odznakę", "odznaki", "Label", "badge")} == {"label"}
    assert {concept_of(w) for w in ("Klastrem", "klastrów", "clusters")} == {"cluster"}
    assert {concept_of(w) for w in ("Ministra", "Ministerstwo", "Ministry")} == {"ministry"}
    assert concepts("Krajowy Klaster Kluczowy") == concepts("National Key Cluster") == {"national", "key", "cluster"}
    assert concept_of("maybe") is None and concept_of("Mayor") is None and concept_of("May") == "month5"
    assert concept_of("target") is None and concept_of("targach") == "fair"
    assert concept_of("nadal") is None          # "still", not "nadał" (granted) once folded
    assert place("slaski") == place("silesi") and place("brukse") == place("brusse")


def test_a_polish_post_and_its_english_version_are_one_story_without_a_translator(store):
    pl = _add(store, "http://klaster.example/pl/odznaka", "Srebrna Odznaka dla Klastra Solaris", language="pl",
              summary="Klaster Solaris z Opola otrzymał Srebrną Odznakę Doskonałości Zarządzania Klastrem po audycie "
                      "ESCA. Ocenę przeprowadziła Ingrid Holm.", is_award=True, level="silver")
    en = _add(store, "http://klaster.example/en/label", "Solaris Cluster awarded the Silver Label",
              summary="After an ESCA assessment by Ingrid Holm, the Solaris Cluster from Opole has been awarded the "
                      "Cluster Management Excellence Silver Label.", published="2022-05-11", is_award=True, level="silver")
    assert store.get_item(pl)["title_en"] is None
    assert store.get_item(pl)["story_id"] == store.get_item(en)["story_id"]


def test_without_a_translator_a_series_stays_apart_across_languages(store):
    sixth = _add(store, "http://konkurs.example/vi-edycja", "Ruszyła VI edycja konkursu Eko-Lider", language="pl",
                 summary="Rozpoczęła się szósta edycja konkursu Eko-Lider dla firm z Mazowsza. Zgłoszenia do 30 czerwca.")
    seventh = _add(store, "http://konkurs.example/en/7th", "7th edition of the Eco-Leader competition opens",
                   summary="The seventh edition of the Eco-Leader competition for companies from Mazovia is open. "
                           "Applications until 30 June.", published="2022-05-18")
    assert store.get_item(sixth)["story_id"] != store.get_item(seventh)["story_id"]


def test_without_a_translator_a_call_and_the_report_of_what_came_of_it_are_two_stories(store):
    call = _add(store, "http://body.example/call", "ESCA benchmarking: autumn round open for applications",
                summary="Cluster organisations from Poland can apply for the autumn round of ESCA benchmarking in "
                        "Warsaw; assessors visit from October.")
    done = _add(store, "http://klaster.example/pl/audyt", "Audyt ESCA w klastrze Solaris zakończony", language="pl",
                summary="Asesorzy ESCA zakończyli w Warszawie ocenę klastra Solaris.", published="2022-05-12")
    assert store.get_item(call)["story_id"] != store.get_item(done)["story_id"]


def test_a_report_the_classifier_missed_joins_the_award_when_its_text_tells_the_prize_received(store):
    won = _add(store, "http://body.example/mention", "Honourable mention for the Solaris Cluster from Opole",
               summary="The jury of the Cluster Awards in Vienna gave an honourable mention to the Solaris Cluster from "
                       "Opole for its Hydrogen Academy, which has trained 210 technicians.", is_award=True)
    missed = _add(store, "http://klaster.example/en/vienna", "Recognition in Vienna",
                  summary="Our Solaris Cluster received an honourable mention in Vienna: the jury praised the Hydrogen "
                          "Academy from Opole and its 210 technicians.", published="2022-05-12", is_award=False)
    assert store.get_item(won)["story_id"] == store.get_item(missed)["story_id"]


def test_a_call_for_an_award_never_joins_its_results_without_a_translator(store):
    results = _add(store, "http://body.example/winners", "Cluster Awards: honourable mention for Solaris",
                   summary="The jury in Vienna gave an honourable mention to the Solaris Cluster from Opole and its "
                           "Hydrogen Academy.", is_award=True)
    call = _add(store, "http://klaster.example/pl/nabor", "Cluster Awards: trwa nabór zgłoszeń", language="pl",
                summary="Klastry, takie jak Solaris z Opola, mogą zgłaszać się do czerwca. Jury obraduje w Wiedniu, "
                        "a laureaci otrzymają wyróżnienia (Hydrogen Academy zgłosiła się pierwsza).",
                published="2022-05-08", is_award=False)
    assert store.get_item(call)["story_id"] != store.get_item(results)["story_id"]


def _add_linked(store, url, title, language, published, translations):
    item_id = store.save_item({
        "url": url, "source": "site", "language": language, "title": title, "summary": "", "body": "",
        "title_en": title if language == "en" else None, "summary_en": None, "published": published,
        "is_award": False, "award_level": "", "translation_status": "done" if language == "en" else "pending"})
    assign_story(store, item_id, {}, translations)
    return item_id


def test_switcher_linked_versions_share_a_story_but_not_a_same_language_page_another_edition_or_a_later_post(store):
    # The two versions of one post, titles sharing no word, linked by the switcher only.
    pl = _add_linked(store, "http://bi.example/pl/aktualnosci/77-zajezdnia", "Otwarto nową zajezdnię", "pl",
                     "2022-05-10", ["http://bi.example/en/news/77-depot"])
    en = _add_linked(store, "http://bi.example/en/news/77-depot", "Depot opens in the city", "en", "2022-05-11",
                     ["http://bi.example/pl/aktualnosci/77-zajezdnia"])
    assert store.get_item(pl)["story_id"] == store.get_item(en)["story_id"]
    # A switcher that leads to a page in the same language, to another edition, or to a post weeks later
    # (where no translation exists) does not join.
    web3 = _add_linked(store, "http://bi.example/pl/aktualnosci/80-webinar-3", "Webinar nr 3: wodór", "pl",
                       "2022-06-01", [])
    web4 = _add_linked(store, "http://bi.example/en/news/81-webinar-4", "Webinar #4: hydrogen", "en", "2022-06-01",
                       ["http://bi.example/pl/aktualnosci/80-webinar-3"])
    same = _add_linked(store, "http://bi.example/pl/aktualnosci/82-inny", "Inny wpis o czymś", "pl", "2022-06-01",
                       ["http://bi.example/pl/aktualnosci/80-webinar-3"])
    late = _add_linked(store, "http://bi.example/en/news/90-late", "A later post", "en", "2022-06-20",
                       ["http://bi.example/pl/aktualnosci/80-webinar-3"])
    stories = {store.get_item(i)["story_id"] for i in (web3, web4, same, late)}
    assert len(stories) == 4


def test_round12_story_cases_of_two_sites_telling_one_event_keep_their_floors():
    """tests/data/story_cases_tuning12.json (branch i12ab: memberships, agreements, rankings, awards and
    statuses told by two sites in their own words; two clusters joining one network, one pair of
    organisations at two events, two winners of one contest, numbered assemblies). Before the branch:
    stories whole 0.833, 12 wrong merges (pairwise, both orders); after: 0.944, 2 (the letter of intent
    and the prize one of its two clusters gave the other, whose title tells no event)."""
    import json
    from pathlib import Path

    bench = _story_cases_bench()
    cases = json.loads((Path(__file__).parent / "data" / "story_cases_tuning12.json").read_text(encoding="utf-8"))["cases"]
    result = bench.evaluate(cases, translated=False)
    # Branch i12ah: 1.0 and 0 wrong merges (a title of the year, "Partner Roku", tells a prize, not the
    # agreement; "joined" is told by "członkiem").
    assert result["all"]["stories_whole"] >= 1.0, result["all"]
    assert result["all"]["wrong_merges"] == 0, [f for f in result["failures"] if f["error"] == "wrong merge"]
    assert result["different_sites_different_languages"]["stories_whole"] >= 1.0
    assert result["different_sites_same_language"]["stories_whole"] == 1.0
    assert result["recurring_series"]["wrong_merges"] == 0


def test_round12_own_held_out_story_cases_never_merge_a_series():
    """tests/data/story_cases_tuning12_heldout_own.json, written with the tuning cases before any rule
    changed and measured only at the end (before: stories whole 0.857, 2 wrong merges; after: 0.857, 0)."""
    import json
    from pathlib import Path

    bench = _story_cases_bench()
    cases = json.loads((Path(__file__).parent / "data" / "story_cases_tuning12_heldout_own.json").read_text(
        encoding="utf-8"))["cases"]
    result = bench.evaluate(cases, translated=False)
    assert result["all"]["stories_whole"] >= 0.857, result["all"]
    assert result["all"]["wrong_merges"] == 0, [f for f in result["failures"] if f["error"] == "wrong merge"]


# Round 14 (branch i12ah, tests/data/story_cases_tuning14.json, 27 cases written before the rules changed): mostly a
# Polish cluster's or university's post and the English news of the awarding body, an agency or an EU platform
# about one award (names inflected in Polish, nominative or translated in English, up to 20 days apart, some
# Polish items translated, one with an echoing translation), and series traps across languages (two recipients
# of one award kind, two editions, two months of one feature, one recipient of two prizes). Before the branch,
# both with and without the translations: stories whole 0.733 / 1.0 / 1.0 by kind (different sites different
# languages / same language / same site), all 0.789, 0 wrong merges. After: 0.933 / 1.0 / 1.0, all 0.947.
TUNING14_STORY_FLOORS = {
    "same_site_two_languages": {"stories_whole": 1.0},
    "different_sites_same_language": {"stories_whole": 1.0},
    "different_sites_different_languages": {"stories_whole": 0.933, "recall": 0.941},
    "recurring_series": {},
    "all": {"stories_whole": 0.947, "recall": 0.952},
}
# Its own held-out part (story_cases_tuning14_heldout_own.json, 12 cases written with it, never tuned on):
# 0.857 / all 0.875 and 0 wrong merges before and after the branch (the one split is a report 19 days later).
TUNING14_OWN_HELDOUT_FLOORS = {
    "same_site_two_languages": {"stories_whole": 1.0},
    "different_sites_different_languages": {"stories_whole": 0.857},
    "recurring_series": {},
    "all": {"stories_whole": 0.875},
}


def _assert_story_floors(name: str, floors: dict, translated: bool) -> None:
    import json
    from pathlib import Path

    bench = _story_cases_bench()
    cases = json.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))["cases"]
    result = bench.evaluate(cases, translated=translated)
    for kind, kind_floors in floors.items():
        assert result[kind]["wrong_merges"] == 0, (name, kind, [f for f in result["failures"] if f["error"] == "wrong merge"])
        for key, floor in kind_floors.items():
            assert result[kind][key] >= floor, (name, kind, key, result[kind])


def test_round14_story_cases_across_sites_and_languages_keep_their_floors_with_and_without_translations():
    for translated in (True, False):
        _assert_story_floors("story_cases_tuning14.json", TUNING14_STORY_FLOORS, translated)


def test_round14_own_held_out_story_cases_keep_their_floors_and_never_merge_a_series():
    for translated in (True, False):
        _assert_story_floors("story_cases_tuning14_heldout_own.json", TUNING14_OWN_HELDOUT_FLOORS, translated)



# Round 15 (branch i12al, tests/data/story_cases_tuning15.json, 12 cases written before the rules changed): posts of
# one site that end (or open) with the same standard paragraph (a funding note and contact, an "About the cluster"
# box, a project's head line, a newsletter call, an "O programie" box, a press contact) and share a word of their
# titles, and true same-story pairs carrying such a paragraph (one site in two languages, two sites). Before the
# branch, with and without the translations: 16 wrong merges (6 of the 7 "apart" cases merged in both orders),
# stories whole 1.0. After: 0 wrong merges, stories whole 1.0 in every kind.
TUNING15_STORY_FLOORS = {
    "same_site_two_languages": {"stories_whole": 1.0, "recall": 1.0},
    "different_sites_same_language": {"stories_whole": 1.0, "recall": 1.0},
    "different_sites_different_languages": {"stories_whole": 1.0, "recall": 1.0},
    "recurring_series": {"precision": 1.0},
    "all": {"stories_whole": 1.0, "recall": 1.0, "precision": 1.0},
}
# Its own held-out part (story_cases_tuning15_heldout_own.json, 6 cases written with it, never tuned on): before the
# branch 10 wrong merges (stories whole 0.5: the platform's award and its next call merged); after: 0, all whole.
TUNING15_OWN_HELDOUT_FLOORS = {
    "same_site_two_languages": {"stories_whole": 1.0},
    "different_sites_same_language": {"stories_whole": 1.0},
    "recurring_series": {"precision": 1.0},
    "all": {"stories_whole": 1.0, "recall": 1.0, "precision": 1.0},
}


def test_round15_posts_under_one_standard_paragraph_stay_apart_and_true_pairs_still_join():
    for translated in (True, False):
        _assert_story_floors("story_cases_tuning15.json", TUNING15_STORY_FLOORS, translated)


def test_round15_own_held_out_story_cases_keep_their_floors():
    for translated in (True, False):
        _assert_story_floors("story_cases_tuning15_heldout_own.json", TUNING15_OWN_HELDOUT_FLOORS, translated)

def test_an_award_told_weeks_later_by_the_awarding_body_joins(store):
    own = _add(store, "http://klaster.example/pl/odznaka", "Brązowa Odznaka dla Klastra Szkła Krosno", language="pl",
               summary="Klaster Szkła Krosno otrzymał Brązową Odznakę ESCA po ocenie ekspertki Idy Berg, która odwiedziła "
                       "24 huty.", published="2026-05-20", is_award=True, level="bronze")
    late = _add(store, "http://body.example/bronze-krosno", "Krosno Glass Cluster earns the Bronze Label",
                summary="After the assessment by Ida Berg, who visited 24 glassworks, the Krosno Glass Cluster has been "
                        "awarded the Bronze Label.", published="2026-06-08", is_award=True, level="bronze")
    assert store.get_item(own)["story_id"] == store.get_item(late)["story_id"]


def test_a_periodical_round_up_weeks_later_names_nobody_in_its_title_and_stays_apart(store):
    own = _add(store, "http://klaster.example/pl/odznaka", "Brązowa Odznaka dla Klastra Szkła Krosno", language="pl",
               summary="Klaster Szkła Krosno otrzymał Brązową Odznakę ESCA po ocenie ekspertki Idy Berg, która odwiedziła "
                       "24 huty.", published="2026-05-20", is_award=True, level="bronze")
    round_up = _add(store, "http://body.example/results-may", "Labelling results for May 2026",
                    summary="In May 2026 three cluster organisations received labels: the Krosno Glass Cluster (Bronze, "
                            "Ida Berg, 24 glassworks), the Vltava Cluster and the Algarve Tourism Cluster.",
                    published="2026-06-08", is_award=True)
    assert store.get_item(own)["story_id"] != store.get_item(round_up)["story_id"]


def test_a_region_named_two_ways_and_a_title_of_the_year_are_language_neutral_evidence():
    from monitor.glossary import concepts, place

    assert place("malopo") == place("lesser") and place("wielko") == place("greate")
    assert place("wiedni") == place("vienna") and place("lizbon") == place("lisbon")
    assert "award" in concepts("Cluster Manager of the Year 2026") and "award" in concepts("tytuł Menedżera Roku")
    assert "award" not in concepts("Szczęśliwego Nowego Roku") and "award" not in concepts("w 2026 roku")


TAIL = ("About the cluster: The Pomeranian Hydrogen Cluster brings together 45 companies from the Tricity region. "
        "Press contact: Maria Lis, +48 58 555 01 02.")


def test_a_paragraph_a_source_prints_under_other_posts_is_no_evidence_even_in_the_first_post(store):
    from monitor.stories import signature

    first = _add(store, "http://h2.example/news/station", "Hydrogen refuelling station opens in Gdynia",
                 summary="The first public refuelling station for buses started operating at the port.",
                 body="The first public refuelling station for buses started operating at the port. " + TAIL,
                 published="2026-05-09", source="h2.example")
    second = _add(store, "http://h2.example/news/forum", "Cluster members meet at the Hydrogen Forum",
                  summary="Twenty member companies presented their projects at the annual forum.",
                  body="Twenty member companies presented their projects at the annual forum. " + TAIL,
                  published="2026-05-04", source="h2.example")
    assert store.get_item(first)["story_id"] != store.get_item(second)["story_id"]
    # The first post was signed again once the second printed its tail: the tail's names are gone from both.
    names = store.story_signatures([first])[0]["names"]
    assert "tricit" not in names and "#555" not in names, sorted(names)
    assert "tricit" in signature(store.get_item(first)).names   # (they are in its text)


def test_a_copy_keeps_its_text_and_another_source_printing_the_sentence_is_evidence(store):
    lead = "The Nordwind Cluster from Szczecin received the ESCA Gold Label after an assessment of its management."
    a = _add(store, "http://cluster.example/gold", "Nordwind Cluster earns ESCA Gold Label", summary=lead,
             body=lead + " " + TAIL, is_award=True, level="gold", source="cluster.example")
    # The agency prints the cluster's text and tail word for word: another source, so all of it is evidence.
    b = _add(store, "http://agency.example/gold", "ESCA Gold Label for the Nordwind Cluster", summary=lead,
             body=lead + " " + TAIL, is_award=True, level="gold", source="agency.example")
    # The cluster's own copy of the post (a second address): every sentence printed before, kept whole.
    c = _add(store, "http://cluster.example/news/gold-copy", "ESCA Gold Label for Nordwind", summary=lead,
             body=lead + " " + TAIL, is_award=True, level="gold", source="cluster.example")
    assert len({store.get_item(i)["story_id"] for i in (a, b, c)}) == 1


# Round 16 (branch i12ap, tests/data/story_cases_tuning16.json, 10 cases written before the rules changed): one
# site's Polish post and its English version (no hreflang or switcher link, different slugs, titles that translate
# each other with few shared words, 0-3 days apart: a licence, an agreement, a prize, a label, a grant, a
# membership, a medal), and two different posts of one site and kind in two languages. Before the branch: stories
# whole 0.714 with and without the translations, 6 / 2 wrong merges (a training merged with a licence, two prizes
# of one cluster merged). After: 1.0 and 0 wrong merges both ways.
TUNING16_STORY_FLOORS = {
    "same_site_two_languages": {"stories_whole": 1.0, "recall": 1.0, "precision": 1.0},
    "all": {"stories_whole": 1.0},
}
# Its own held-out part (story_cases_tuning16_heldout_own.json, 5 cases written with it, never tuned on): 1.0
# translated and 0.5 untranslated, 0 wrong merges, before and after the branch.
TUNING16_OWN_HELDOUT_FLOORS = {"same_site_two_languages": {"precision": 1.0}, "all": {"stories_whole": 0.5}}
TUNING16_OWN_HELDOUT_TRANSLATED_FLOORS = {"same_site_two_languages": {"precision": 1.0}, "all": {"stories_whole": 1.0}}


def test_round16_one_sites_posts_in_two_languages_join_and_its_two_prizes_stay_apart():
    for translated in (True, False):
        _assert_story_floors("story_cases_tuning16.json", TUNING16_STORY_FLOORS, translated)


def test_round16_own_held_out_story_cases_keep_their_floors():
    _assert_story_floors("story_cases_tuning16_heldout_own.json", TUNING16_OWN_HELDOUT_TRANSLATED_FLOORS, True)
    _assert_story_floors("story_cases_tuning16_heldout_own.json", TUNING16_OWN_HELDOUT_FLOORS, False)
