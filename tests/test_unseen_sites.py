"""Dates, summaries and listing pages on site styles beyond the first fixtures (issue 12).

Tuning sites (rules were developed against them):
- tuning-mambo-pl: a Mambo / Joomla 1.0 table layout in windows-1250, the title in a
  <td class="contentheading">, "Wtorek, 04 Luty 2020 12:00" (capitalised nominative month) in a
  createdate cell, "Ostatnia aktualizacja ( … )" below, "Odsłon", "Czytaj także", "[ Wstecz ]" in the
  text cell, the site tagline as every page's meta description;
- tuning-ghost-en: an English Ghost-like blog whose description is the tagline except on two posts
  that have their own; "Updated … · Published …", "5th of August, 2021", "22.07.2021", a share bar
  and "‹ All posts" above the text;
- tuning-bip-sitemap-pl: a sitemap-index-driven agency whose sitemap also lists three listing pages;
  a BIP record of dates (created, published, modified) below the text, "dnia 5 maja 2021 r.", "28 IV 2021".

Held-out sites (tests/sites/heldout-*, written before any rule and never tuned against) are measured
by bench/unseen_sites.py; the floor test below keeps the figures reached on them. Those have since been
looked at; tests/sites/heldout2-* (a Drupal 7 Polish agency, a TYPO3 English EU platform, a Hugo Polish
cluster blog) were written after, before the short-article and summary rules of issue 12, and have
floors of their own; tests/sites/heldout3-* (issue 12, third round) likewise.
"""

from __future__ import annotations

import json
import sys

import pytest

from helpers import SITES, TESTS, expected, run_monitor, stored, write_config

sys.path.insert(0, str(TESTS.parent / "bench"))
import unseen_sites  # noqa: E402

# tuning2-aspx-shortnotes-pl: sidebar boxes (newsletter, office address) above the headline, one-paragraph
# notes and a lead-in+list post (before branch i12f: own leads 0.0, recall 0.83); tuning3-php-sidebar-en:
# the same classes in an English PHP template. tuning5-table-iso88592-pl (an ISO-8859-2 table layout: a site
# update stamp in the menu column, weekday + nominative month dates, titles with – and „” served as character
# references, leads in bold paragraphs and lead/intro blocks) and tuning5-feedonly-lead-en (a feed-only source
# whose channel description is every page's meta description, leads in teaser/intro blocks): before branch
# i12m dates 0.7273, own leads 0.8182, titles 0.8182, recall 0.9167 (bench/unseen_sites.py --sites tuning5);
# tuning5-atom-wp-pl (an Atom-fed WordPress-like blog without <article>: the tagline under the logo as every
# page's description, the headline in a <header class="entry-header">, "Ostatnio zmieniany:" in the footer):
# before, titles 0.0 (the site name), own leads 0.67, recall 0.75; all three sites 1.0 after.
TUNING = ["tuning-bip-sitemap-pl", "tuning-ghost-en", "tuning-mambo-pl", "tuning2-aspx-shortnotes-pl",
          "tuning3-php-sidebar-en", "tuning5-atom-wp-pl", "tuning5-feedonly-lead-en", "tuning5-table-iso88592-pl"]


# tuning8 (branch i12q): a Polylang WordPress cluster whose English posts (/en/news/…) are only in the
# sitemap beside the Polish listing's /aktualnosci/… (with its English listing, page 2, a tag, a category and a
# two-teaser topic page under /en/news/ in the same sitemap), a Plone institute with short news items
# (a description and a sentence; a one-sentence notice) whose English versions are only hreflang alternates
# (one off-host, two soft-404 "does not seem to exist" pages with a dated footer), and a static English agency
# whose Polish posts hang only from the language switcher (whose listing switcher leads to the Polish home).
# Before i12q: recall 0.3478 (8 of 23), no listing or unexpected page stored.
TUNING8 = ["tuning8-plone-hreflang-pl", "tuning8-polylang-sitemap-pl", "tuning8-static-switcher-en"]


def test_articles_in_the_other_language_section_and_short_items_are_stored_and_no_listing_or_error_page():
    result = unseen_sites.measure(TUNING8)
    total = result["total"]
    wrong = {name: fig["missing"] + fig["listing_stored"] + fig["unexpected"] for name, fig in result["sites"].items()}
    assert total["recall"] == 1.0, wrong
    assert total["listing_pages_stored"] == 0 and total["unexpected_items"] == 0, wrong
    assert total["date_accuracy"] == 1.0 and total["title_accuracy"] == 1.0, (total, wrong)


def _norm(text):
    return " ".join((text or "").split())


@pytest.mark.parametrize("site_name", TUNING)
def test_tuning_sites_store_each_article_with_its_date_and_own_lead_and_no_listing(site_server, tmp_path, site_name):
    site = site_server(site_name)
    meta = json.loads((SITES / site_name / "_unseen.json").read_text(encoding="utf-8"))
    cfg = write_config(tmp_path / "cfg.toml", [{"name": site_name, "url": site.url + meta["start"],
                                                 "type": meta["type"]}])
    db = tmp_path / "m.db"
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]
    items = stored(db)
    want = expected(site_name, site.url)
    assert sorted(items) == sorted(want)            # listing pages of the sitemap are not among them
    for url, row in want.items():
        item = items[url]
        assert item["title"] == row["title"], url
        assert item["published"] == row["published"], url
        assert any(_norm(item["summary"]).startswith(_norm(s)) for s in row["summary_start"]), (url, item["summary"])
    summaries = [_norm(i["summary"]) for i in items.values()]
    assert len(set(summaries)) == len(summaries)


def test_tuning_site_bodies_start_with_the_article_not_the_furniture(site_server, tmp_path):
    site = site_server("tuning-mambo-pl")
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "mambo", "url": site.url + json.loads(
        (SITES / "tuning-mambo-pl" / "_unseen.json").read_text(encoding="utf-8"))["start"]}])
    db = tmp_path / "m.db"
    assert run_monitor("crawl", "--config", str(cfg), "--db", str(db)).returncode == 0
    for item in stored(db).values():
        assert not item["body"].startswith(("Strona główna", "Odsłon", "Czytaj także", "[ Wstecz", "|")), item["body"][:80]
        assert "|" not in item["body"][:200]


# Figures reached on the held-out sites (bench/unseen_sites.py). Raise them as they rise; never lower
# one to make a change land. A site that rules were tuned against is no longer held out.
HELDOUT_FLOORS = {
    "date_accuracy": 1.0,
    "summary_own_lead": 1.0,
    "summary_own_lead_min_site": 1.0,
    "title_accuracy": 1.0,
    "recall": 1.0,                # heldout-joomla15-pl id=210 (37 words) is kept by its page structure
}
HELDOUT_ZERO = ("shared_summaries", "listing_pages_stored", "unexpected_items")
HELDOUT_SHAPE_FLOOR = 1.0


def test_held_out_sites_keep_their_date_summary_and_listing_floors():
    result = unseen_sites.measure(unseen_sites.site_names("heldout"))
    total = result["total"]
    wrong = {name: fig["wrong"] + fig["listing_stored"] for name, fig in result["sites"].items()}
    for key, floor in HELDOUT_FLOORS.items():
        assert total[key] >= floor, (key, total, wrong)
    for key in HELDOUT_ZERO:
        assert total[key] == 0, (key, total, wrong)
    for shape, accuracy in total["date_accuracy_by_shape"].items():
        assert accuracy >= HELDOUT_SHAPE_FLOOR, (shape, total["date_accuracy_by_shape"], wrong)


# Figures reached on the second held-out set (bench/unseen_sites.py --sites heldout2); before the rules
# written after it: dates 0.9545, own-lead summaries 0.8636, recall 0.88 (three short articles lost).
HELDOUT2_FLOORS = {
    "date_accuracy": 1.0,
    "summary_own_lead": 1.0,
    "summary_own_lead_min_site": 1.0,
    "title_accuracy": 1.0,
    "recall": 1.0,                # a 36-word award note, a 30-word note and a two-sentence PDF post among them
    "award_precision": 1.0,
    "award_recall": 1.0,
}


def test_second_held_out_set_keeps_short_articles_dates_and_own_leads_and_stores_no_listing():
    result = unseen_sites.measure(unseen_sites.site_names("heldout2"))
    total = result["total"]
    assert len(result["sites"]) >= 3
    wrong = {name: fig["wrong"] + fig["listing_stored"] + fig["missing"] for name, fig in result["sites"].items()}
    for key, floor in HELDOUT2_FLOORS.items():
        assert total[key] >= floor, (key, total, wrong)
    for key in HELDOUT_ZERO + ("wrong_merges",):
        assert total[key] == 0, (key, total, wrong)
    for shape, accuracy in total["date_accuracy_by_shape"].items():
        assert accuracy >= HELDOUT_SHAPE_FLOOR, (shape, total["date_accuracy_by_shape"], wrong)


# Third held-out set (bench/unseen_sites.py --sites heldout3): a Bootstrap/Laravel Polish cluster with cards,
# a sidebar newsletter above the text and both languages in one news list; a Squarespace-like English EU
# platform with JSON-LD (dateModified), "Posted on … · 3 days ago" and per-page descriptions; a Liferay-style
# ministry read from its sitemap (which lists three listing pages), with breadcrumbs, a long menu, roman
# months and deadline boxes; a Webflow-like English agency with "Starts:"/"Event date:" strips above the
# text; a PrestaShop shop blog of a member company (left category/newsletter column, "Komentarze (0)",
# "08.VI.2021", the shop tagline as every description). Written from scratch while the rules were changed elsewhere; measured on the code of d75c96c.
HELDOUT3_FLOORS = {
    # 0.880 on the code before this set was seen (an event date printed before the real one was taken, 5 of
    # 42); 1.0 after the event-label rule (written on fixtures of its own in test_extract_article.py)
    "date_accuracy": 1.0,
    "summary_own_lead": 1.0,
    "summary_own_lead_min_site": 1.0,
    "title_accuracy": 1.0,
    "recall": 1.0,
    "award_precision": 1.0,       # 0.933 before i12h (an FSC chain-of-custody certificate was flagged)
    "award_recall": 0.933,        # "Nagrody Ministra … wręczone" (prizes for doctoral theses) missed
    "stories_together": 0.8,      # the Brussels prize: the ministry's Polish post stays apart from the two English
}
HELDOUT3_SHAPE_FLOORS: dict[str, float] = {}        # every shape 1.0 (was 0.5 for four before the event rule)
HELDOUT3_TRAP_FLOORS = {"deadline": 1.0, "event": 1.0, "modified": 1.0}
HELDOUT3_STORY_KIND_FLOORS = {"same-site-two-langs": 1.0, "cross-site-same-lang": 1.0, "cross-site-cross-lang": 0.5}
HELDOUT3_AWARD_KIND_FLOORS = {"label_level": 1.0, "status": 1.0, "competition": 1.0, "prize_medal": 0.666,
                              "distinction": 1.0}


def _assert_floors(result: dict, floors: dict, shape_floors: dict, trap_floors: dict, story_kind_floors: dict,
                   award_kind_floors: dict) -> None:
    """A held-out set keeps its figures, by date shape, trap, story kind and award kind; nothing stored wrongly."""
    total = result["total"]
    wrong = {name: fig["wrong"] + fig["listing_stored"] + fig["missing"] for name, fig in result["sites"].items()}
    for key, floor in floors.items():
        assert total[key] >= floor, (key, total, wrong)
    for key in HELDOUT_ZERO + ("wrong_merges",):
        assert total[key] == 0, (key, total, wrong)
    assert total["series_merged"] == [], total["series_merged"]
    for shape, accuracy in total["date_accuracy_by_shape"].items():
        assert accuracy >= shape_floors.get(shape, HELDOUT_SHAPE_FLOOR), (shape, total["date_accuracy_by_shape"], wrong)
    for kind_floors, key in ((trap_floors, "date_accuracy_by_trap"), (story_kind_floors, "stories_together_by_kind"),
                             (award_kind_floors, "award_recall_by_kind")):
        assert set(total[key]) == set(kind_floors), (key, total[key])
        for kind, floor in kind_floors.items():
            assert total[key][kind] >= floor, (key, kind, total[key], wrong)


def test_third_held_out_set_keeps_its_floors_by_date_shape_trap_story_kind_and_award_kind():
    result = unseen_sites.measure(unseen_sites.site_names("heldout3"))
    assert len(result["sites"]) >= 3
    _assert_floors(result, HELDOUT3_FLOORS, HELDOUT3_SHAPE_FLOORS, HELDOUT3_TRAP_FLOORS,
                   HELDOUT3_STORY_KIND_FLOORS, HELDOUT3_AWARD_KIND_FLOORS)   # series: numbered editions, yearly schedules


# Fourth held-out set (bench/unseen_sites.py --sites heldout4, tests/data/heldout4_baseline.md): a Wix-like cluster
# blog with Polish and English posts in one feed ("3 kwi 2024", "Apr 5, 2024", a relative date with the real one
# only in the page's meta, "Zaktualizowano:", recent posts with their dates, the tagline as every description); a
# Drupal 9 Olivero-like ministry ("Data publikacji"/"Data modyfikacji" in a definition list, ?page=1); an
# Umbraco/ASP.NET regional fund ("dnia 8.04.2024 r.", roman months on older posts, the lead set apart in bold,
# side list of other news, ?page=2); an old ISO-8859-2 PHP chamber (weekday and nominative month in a table
# cell, "Ostatnia zmiana:", a counter and a site-wide "last update" stamp in the menu column, "« powrót"); a
# feed-only English awarding body ("Last updated … · First published …", related posts). Written from scratch by
# branch i12k and measured on main's rules (748541a) before any rule saw it: the floors are those figures.
HELDOUT4_FLOORS = {
    "date_accuracy": 1.0,         # 0.977 at 748541a (the ISO-8859-2 page whose title holds a character reference)
    "summary_own_lead": 1.0,      # 0.863 at 748541a (bold lead blocks skipped on the fund, one feed item's tagline)
    "summary_own_lead_min_site": 1.0,   # 0.444 at 748541a
    "title_accuracy": 1.0,        # 0.977 at 748541a
    "recall": 1.0,
    "award_precision": 1.0,
    "award_recall": 0.8,          # 16 of 20 (15 of 20 at 748541a)
    "stories_together": 0.8,      # 4 of 5 multi-item stories in one row (1 of 5 at 748541a, 2 of 5 before i12o)
}
HELDOUT4_SHAPE_FLOORS = {}        # every shape 1.0 (weekday-nominative 0.857 at 748541a)
HELDOUT4_TRAP_FLOORS = {"deadline": 1.0, "event": 1.0, "modified": 1.0, "other-items-dates": 1.0,
                        "sitewide-stamp": 1.0}
# cross-site-cross-lang 0.0 before branch i12o (no translator: a Polish and an English report shared no word)
HELDOUT4_STORY_KIND_FLOORS = {"same-site-two-langs": 0.0, "cross-site-same-lang": 1.0, "cross-site-cross-lang": 1.0}
HELDOUT4_AWARD_KIND_FLOORS = {"label_level": 0.571, "status": 1.0, "competition": 1.0, "prize_medal": 1.0,
                              "distinction": 1.0, "ranking": 0.0}


def test_fourth_held_out_set_keeps_its_floors_by_date_shape_trap_story_kind_and_award_kind():
    result = unseen_sites.measure(unseen_sites.site_names("heldout4"))
    assert len(result["sites"]) == 5
    _assert_floors(result, HELDOUT4_FLOORS, HELDOUT4_SHAPE_FLOORS, HELDOUT4_TRAP_FLOORS,
                   HELDOUT4_STORY_KIND_FLOORS, HELDOUT4_AWARD_KIND_FLOORS)   # series: numbered calls, editions, yearly results


# Fifth held-out set (bench/unseen_sites.py --sites heldout5, tests/data/heldout5_baseline.md): a Blogger-like
# cluster blog with Polish and English posts (weekday and genitive month in the date header, the time in the post
# footer, archive-by-month and popular-posts widgets, the blog tagline as every description, ?updated-max= paging);
# a Sitefinity-like national agency with PL and EN pages ("Opublikowano:"/"Published:" beside
# "Aktualizacja:"/"Updated:"); a windows-1250 table-layout university technology-transfer centre (ISO date-time or
# genitive month, "Data ostatniej modyfikacji" below the text, no h1); a Wagtail-like EU platform (dd/mm/yyyy,
# cards with data-date, "Last reviewed", listing links to AMP pages whose rel=canonical names the article); a
# Jekyll label body ("March 11th, 2024", "Updated on …", latest posts with dates, a yearly results page). Written
# from scratch by branch i12l and measured on main's rules (b5e9307) before any rule saw it: the floors are those
# figures.
HELDOUT5_FLOORS = {
    "date_accuracy": 1.0,         # 0.977 at b5e9307 (genitive publication and event dates, the ISO modification date taken)
    "summary_own_lead": 1.0,
    "summary_own_lead_min_site": 1.0,
    "title_accuracy": 1.0,        # 0.955 at b5e9307 (en dashes of the windows-1250 titles)
    "recall": 1.0,
    "award_precision": 1.0,       # 15 of 15 (14 of 15 at b5e9307)
    "award_recall": 0.9411,       # 16 of 17 (14 of 17 at b5e9307, 15 before session 8's award branches)
    "stories_together": 1.0,      # 6 of 6 multi-item stories in one row (0 of 6 before branch i12o, 5 of 6 before session 8)
}
HELDOUT5_SHAPE_FLOORS = {}        # every shape 1.0 (genitive-r 0.75 at b5e9307)
HELDOUT5_TRAP_FLOORS = {"archive-widget": 1.0, "deadline": 1.0, "event": 1.0, "modified": 1.0,
                        "other-items-dates": 1.0}
HELDOUT5_STORY_KIND_FLOORS = {"same-site-two-langs": 1.0, "cross-site-same-lang": 1.0, "cross-site-cross-lang": 1.0}
HELDOUT5_AWARD_KIND_FLOORS = {"label_level": 1.0, "status": 1.0, "competition": 1.0, "prize_medal": 1.0,
                              "distinction": 1.0, "ranking": 0.0}


def test_fifth_held_out_set_keeps_its_floors_by_date_shape_trap_story_kind_and_award_kind():
    result = unseen_sites.measure(unseen_sites.site_names("heldout5"))
    assert len(result["sites"]) == 5 and sum(1 for _ in SITES.glob("heldout5-*/_expected.json")) == 5
    _assert_floors(result, HELDOUT5_FLOORS, HELDOUT5_SHAPE_FLOORS, HELDOUT5_TRAP_FLOORS,
                   HELDOUT5_STORY_KIND_FLOORS, HELDOUT5_AWARD_KIND_FLOORS)   # series: numbered calls, editions, yearly results


# Sixth held-out set (bench/unseen_sites.py --sites heldout6, tests/data/heldout6_baseline.md): a Next.js
# static-export English cluster site (server-rendered HTML beside __NEXT_DATA__, "March 5, 2024" in <time>, an
# "Updated" date, related cards with dates, the site tagline as every description, /news/page/2/); a Joomla 4
# Polish cluster with English posts in the same category ("Utworzono:" with a nominative month beside
# "Zmodyfikowano:", hits, a blog view with ?start=5 and an RSS link); a custom PHP regional agency
# ("dodano: DD.MM.YYYY r.", a relative "N dni temu" with the absolute date in brackets on recent posts, relative
# stamps in the side list, aktualnosci.php?str=2); a Craft CMS EU label body crawled from its sitemap index
# (day-month-year long dates, results pages dated only in JSON-LD, dateModified and "Last updated", listing pages
# in the sitemap); a Plone research institute with PL and EN items in one folder (dashed day-first and US-style
# byline dates with "ostatnio zmodyfikowane"/"last modified", the lead as documentDescription, ?b_start:int=4).
# Written from scratch by branch i12n and measured on main's rules (d0bc1b6) before any rule saw it: the floors
# are those figures.
HELDOUT6_FLOORS = {
    "date_accuracy": 1.0,
    "summary_own_lead": 1.0,
    "summary_own_lead_min_site": 1.0,
    "title_accuracy": 1.0,
    "recall": 1.0,                # 45 of 45 (0.977 before i12q: a short Plone item, description and one sentence, rejected)
    "award_precision": 1.0,       # 15 of 15
    "award_recall": 0.857,        # 18 of 21 (15 of 21 at d0bc1b6; i12r: statuses granted or named, titles of the year)
    "stories_together": 0.714,    # 5 of 7 multi-item stories in one row (1 of 7 before i12o, 4 of 7 before i12ab)
}
HELDOUT6_SHAPE_FLOORS = {}        # every shape 1.0
HELDOUT6_TRAP_FLOORS = {"deadline": 1.0, "event": 1.0, "modified": 1.0, "other-items-dates": 1.0, "relative": 1.0}
HELDOUT6_STORY_KIND_FLOORS = {"same-site-two-langs": 1.0, "cross-site-same-lang": 1.0, "cross-site-cross-lang": 0.0}
HELDOUT6_AWARD_KIND_FLOORS = {"label_level": 1.0, "status": 0.666, "competition": 0.8, "prize_medal": 1.0,
                              "distinction": 0.75, "ranking": 1.0}


def test_sixth_held_out_set_keeps_its_floors_by_date_shape_trap_story_kind_and_award_kind():
    result = unseen_sites.measure(unseen_sites.site_names("heldout6"))
    assert len(result["sites"]) == 5 and sum(1 for _ in SITES.glob("heldout6-*/_expected.json")) == 5
    _assert_floors(result, HELDOUT6_FLOORS, HELDOUT6_SHAPE_FLOORS, HELDOUT6_TRAP_FLOORS,
                   HELDOUT6_STORY_KIND_FLOORS, HELDOUT6_AWARD_KIND_FLOORS)   # series: numbered meetings, webinar episodes,
    # yearly calls, numbered vouchers calls, assessment rounds, finalists vs winner, training editions


# Seventh held-out set (bench/unseen_sites.py --sites heldout7, tests/data/heldout7_baseline.md): a Hugo static
# English cluster network (/posts/YYYY/MM/slug/, "May 14, 2026" bylines, a "Last updated" date, related posts with
# dates, the site tagline as every description, /posts/page/2/); a TYPO3 Polish agency whose articles sit behind
# tx_news query URLs (szczegoly?tx_news_pi1[action]=detail&tx_news_pi1[news]=N&cHash=..., "Data publikacji: 6 maja
# 2026 r." or a dotted <time>, deadlines, a "Najnowsze" side list with dates); a Drupal 10 bilingual cluster with
# /pl/ and /en/ prefixes and no hreflang ("Opublikowano: pt., 15.05.2026 - 11:20", "Submitted by editor on Fri,
# 05/15/2026 - 14:05" with days up to 12 as well). Written from scratch by branch i12t and measured on main's rules
# (b497672) before any rule saw it: the floors are those figures.
HELDOUT7_FLOORS = {
    "date_accuracy": 1.0,         # 16 of 16 stored (0.875 before branch i12z settled the US month/day order)
    "summary_own_lead": 1.0,
    "title_accuracy": 1.0,
    "recall": 1.0,                # 23 of 23 (16 before session 7: the lead read the TYPO3 site's pages to find why, see
    # heldout7_baseline.md; fixed by i12y's query-string URLs and a general rule for headlines printed as <h3>)
    "award_precision": 1.0,       # 5 of 5
    "award_recall": 1.0,          # 5 of 5 stored awards (the TYPO3 site's three not stored)
    "stories_together": 1.0,      # 3 of 3 measurable (0.666 before i12z: a misread date kept the membership pair apart)
}
HELDOUT7_SHAPE_FLOORS = {"drupal-en-weekday-us-slash-day-le-12": 1.0}
HELDOUT7_TRAP_FLOORS = {"deadline": 1.0, "event": 1.0, "modified": 1.0, "other-items-dates": 1.0}
HELDOUT7_STORY_KIND_FLOORS = {"same-site-two-langs": 1.0, "cross-site-same-lang": 1.0, "cross-site-cross-lang": 1.0}
HELDOUT7_AWARD_KIND_FLOORS = {"label_level": 1.0, "competition": 1.0, "ranking": 1.0}


def test_seventh_held_out_set_keeps_its_floors_by_date_shape_trap_story_kind_and_award_kind():
    result = unseen_sites.measure(unseen_sites.site_names("heldout7"))
    assert len(result["sites"]) == 3 and sum(1 for _ in SITES.glob("heldout7-*/_expected.json")) == 3
    _assert_floors(result, HELDOUT7_FLOORS, HELDOUT7_SHAPE_FLOORS, HELDOUT7_TRAP_FLOORS,
                   HELDOUT7_STORY_KIND_FLOORS, HELDOUT7_AWARD_KIND_FLOORS)   # series: numbered podcast episodes,
    # numbered microgrant calls (and the results of one), numbered members' meetings


# Eighth held-out set (bench/unseen_sites.py --sites heldout8, tests/data/heldout8_baseline.md): an ASP.NET/SharePoint-
# like Polish ministry (/Strony/Aktualnosci/Slug.aspx and legacy Aktualnosc.aspx?id=N, "Data dodania: 2026-05-20 10:22" or
# "12.02.2026 r. godz. 10:05", "Data modyfikacji", a views counter and "« Powrót" around the body, event and deadline
# boxes, ?strona=2); a Ghost-like English European platform (JSON-LD with ISO-8601 times and offsets, one just after
# midnight, "Updated" before the date, excerpts, read-next cards with dates, tag pages, an RSS feed in GMT, archive posts
# with a weekday and a US slash date or an ordinal day); a Divi page-builder Polish/English cluster read from a Yoast-like
# sitemap index ("16 maja 2026", "30.04.2026 r.", "18 III 2026", "March 19, 2026", a relative-date widget, related posts
# with dates, lastmod later than publication). Written from scratch by branch i12x and measured on main's rules before
# any rule saw it: the floors are those figures.
HELDOUT8_FLOORS = {
    "date_accuracy": 1.0,         # 29 of 29 (0.9655 on main before i12z: a weekday + US month/day date read day-first)
    "summary_own_lead": 1.0,
    "title_accuracy": 1.0,
    "recall": 1.0,
    "award_precision": 1.0,       # 10 of 10
    "award_recall": 0.9166,       # 11 of 12 (10 on main before i12aa: both items of a status story missed)
    "stories_together": 1.0,      # 5 of 5 (4 before i12ab joined an agreement told in two languages; the status
    # pair, split when i12aa flagged one of its two items, was inspected by the lead: see heldout8_baseline.md)
}
HELDOUT8_SHAPE_FLOORS = {"en-weekday-us-slash-day-le-12": 1.0}
HELDOUT8_TRAP_FLOORS = {"deadline": 1.0, "event": 1.0, "modified": 1.0, "other-items-dates": 1.0, "relative-widget": 1.0,
                        "utc-day-before": 1.0}
HELDOUT8_STORY_KIND_FLOORS = {"same-site-two-langs": 1.0, "cross-site-same-lang": 1.0, "cross-site-cross-lang": 1.0}
HELDOUT8_AWARD_KIND_FLOORS = {"label_level": 1.0, "status": 0.5, "competition": 1.0, "prize_medal": 1.0,
                              "distinction": 1.0, "ranking": 1.0}


def test_eighth_held_out_set_keeps_its_floors_by_date_shape_trap_story_kind_and_award_kind():
    result = unseen_sites.measure(unseen_sites.site_names("heldout8"))
    assert len(result["sites"]) == 3 and sum(1 for _ in SITES.glob("heldout8-*/_expected.json")) == 3
    _assert_floors(result, HELDOUT8_FLOORS, HELDOUT8_SHAPE_FLOORS, HELDOUT8_TRAP_FLOORS,
                   HELDOUT8_STORY_KIND_FLOORS, HELDOUT8_AWARD_KIND_FLOORS)   # series: numbered webinars, numbered
    # members' meetings, numbered voucher calls (and the results of one), a yearly competition's call, gala and winners


# Ninth held-out set (bench/unseen_sites.py --sites heldout9, tests/data/heldout9_baseline.md): a Drupal 10-like Polish
# regional development agency (extensionless /aktualnosci/slug paths, ?page=N listing pages, an RSS feed, "Data
# publikacji:" fields in genitive, dotted, dotted-with-"r." and roman-month shapes, a Drupal "submitted" byline with an
# abbreviated weekday, an "updated" field printed before the publication date, a BIP-like record of creation and
# modification dates, event boxes above the body, related items with dates, the tagline as every description), and a
# Hugo-like English/Polish European cluster alliance read from a sitemap index of two language sitemaps (JSON-LD with
# dateModified, <time datetime> with offsets (one just after midnight), date-only <time> with US short dates, plain-text
# bylines "Posted 5 Feb 2026", "Opublikowano 06.02.2026", "Updated" before the date, event <time> boxes, tag pages,
# hreflang on two of three translated pairs). Written from scratch by branch i12ae and measured on main's rules
# (ee2fc48) before any rule saw it: the floors are those figures.
HELDOUT9_FLOORS = {
    "date_accuracy": 1.0,               # 25 of 25
    "summary_own_lead": 1.0,            # 24 of 25 at the baseline: an event box above the body was read as the lead
    "summary_own_lead_min_site": 1.0,   # (that class was named to branch i12aj, so summaries here are no longer clean)
    "title_accuracy": 1.0,
    "recall": 1.0,
    "award_precision": 1.0,             # 9 of 9
    "award_recall": 1.0,                # 10 of 10 (9 at the baseline: a ranking told as a place in a ranking missed)
    "stories_together": 1.0,            # 4 of 4
}
HELDOUT9_SHAPE_FLOORS: dict[str, float] = {}
HELDOUT9_TRAP_FLOORS = {"deadline": 1.0, "event": 1.0, "modified": 1.0, "other-items-dates": 1.0, "utc-day-before": 1.0}
HELDOUT9_STORY_KIND_FLOORS = {"same-site-two-langs": 1.0, "cross-site-same-lang": 1.0, "cross-site-cross-lang": 1.0}
HELDOUT9_AWARD_KIND_FLOORS = {"competition": 1.0, "label_level": 1.0, "prize_medal": 1.0, "ranking": 1.0, "status": 1.0}


def test_heldout9_ninth_held_out_set_keeps_its_floors_by_date_shape_trap_story_kind_and_award_kind():
    result = unseen_sites.measure(unseen_sites.site_names("heldout9"))
    assert len(result["sites"]) == 2 and sum(1 for _ in SITES.glob("heldout9-*/_expected.json")) == 2
    _assert_floors(result, HELDOUT9_FLOORS, HELDOUT9_SHAPE_FLOORS, HELDOUT9_TRAP_FLOORS,
                   HELDOUT9_STORY_KIND_FLOORS, HELDOUT9_AWARD_KIND_FLOORS)   # series: two yearly editions of a voucher
    # call, numbered export-academy meetings, numbered webinars (one told in two languages), a competition's call,
    # shortlist and winners


# Story grouping on the tuning sites of round 7 (branch i12o, rules were written against them): a bilingual cluster
# site (Polish and English posts in one list), an English awarding body and a Polish regional agency, crawled
# without a translator. One label told by four items (two languages, three sites, 0-10 days apart), a status
# (agency PL, cluster EN), a trade mission (cluster PL and EN), a competition result (agency PL, cluster PL), an
# honourable mention (awarding body EN, cluster EN, whose post the classifier misses); series that must stay apart:
# numbered webinars across languages, monthly label results naming the same cluster, a competition's call and its
# results, numbered calls. Before the branch: stories together 0.6 (no cross-language story in one row).
def test_tuning7_sites_group_each_story_across_sites_and_languages_and_keep_series_apart():
    result = unseen_sites.measure(unseen_sites.site_names("tuning7"))
    total = result["total"]
    assert len(result["sites"]) == 3
    assert total["stories_together"] == 1.0, total["stories_apart"]
    assert total["stories_together_by_kind"] == {"cross-site-cross-lang": 1.0, "cross-site-same-lang": 1.0,
                                                 "same-site-two-langs": 1.0}
    assert total["wrong_merges"] == 0 and total["series_merged"] == [], total


# Story grouping of one site's news in Polish and English without a translator (branch i12s; written by
# bench/make_tuning9_sites.py, rules were checked against them): a cluster whose Polish posts name their English
# version by hreflang and the English ones name nothing back, an agency whose two versions link each other
# only by a language switcher (no hreflang), and a fund whose versions are not linked at all (one list, the same
# day or a day apart, the same names and figures). Series that must stay apart: a monthly newsletter and monthly
# competition results in both languages, numbered webinars in both languages, a yearly call and last year's
# results. Before the branch: 7 of 9 stories in one row (the switcher-linked webinar pairs apart).
def test_tuning9_sites_group_one_sites_two_languages_by_hreflang_switcher_or_content_and_keep_series_apart():
    result = unseen_sites.measure(unseen_sites.site_names("tuning9"))
    total = result["total"]
    assert len(result["sites"]) == 3
    assert total["stories_together_by_kind"] == {"same-site-two-langs": 1.0}, total["stories_apart"]
    assert total["wrong_merges"] == 0 and total["series_merged"] == [], total
    # Microgrant round results ("przyznał 9 grantów", "Lista laureatów") are funding, not awards: 0.333
    # before branch i12w (4 such posts flagged), 1.0 after.
    assert total["award_precision"] >= 1.0 and total["award_recall"] >= 1.0, total


# Numeric dates whose day/month order is ambiguous (branch i12z; written by bench/make_tuning13_sites.py, rules
# were checked against them): a Drupal-like English cluster (html lang="en") printing "Submitted by editor on
# Tue, 05/12/2026 - 09:00" month-first, one byline without a weekday (settled by the listing's teaser dates),
# "Last updated: Thu, …" and "When: …" above the byline; a PL/EN cluster of another template whose pl-PL pages print
# "wt." in its own cell beside "12.05.2026" and whose en-US pages print "Posted 5/12/26", with modification and
# event dates. Before the branch: dates 0.4375 (drupal-weekday-mdy-ambiguous 0.2, drupal-mdy-no-weekday 0.0,
# en-us-short-mdy-ambiguous 0.0, modified traps 0.33), own leads 0.75 (the Polish weekday cell led the summary).
def test_tuning13_sites_settle_the_day_month_order_of_numeric_dates_from_weekday_page_source_and_locale():
    result = unseen_sites.measure(unseen_sites.site_names("tuning13"))
    total = result["total"]
    assert len(result["sites"]) == 2
    assert total["date_accuracy"] >= 1.0, {n: s["wrong"] for n, s in result["sites"].items()}
    assert set(total["date_accuracy_by_shape"].values()) == {1.0}, total["date_accuracy_by_shape"]
    assert total["date_accuracy_by_trap"] == {"event": 1.0, "modified": 1.0}
    assert total["summary_own_lead"] >= 1.0 and total["recall"] >= 1.0 and total["title_accuracy"] >= 1.0, total
    assert total["listing_pages_stored"] == 0 and total["unexpected_items"] == 0, total


# News whose only identity is a query string (branch i12y; written by bench/make_tuning12_sites.py, rules were
# checked against them): a TYPO3 tx_news cluster (details ?tx_news_pi1%5Bnews%5D=N&cHash=..., linked with encoded
# brackets on page 1 and raw ones on page 2, every third detail naming the plugin page as its canonical, one detail
# only in the sitemap, category and sort filters in the list), a Joomla 3 chamber without SEF URLs (view=article
# &id=N:slug with and without Itemid, limitstart pager, tag and sort links, a newsletter copy of one link) and an
# ASP.NET agency whose list and details share News.aspx (?ItemID=N, ?page=2, ?topic=3, ?sort=date, a session id)
# beside a PHP press corner (press.php?id=N&lang=en). Before the branch: recall 0.85 (TYPO3 0.625: the details
# with the plugin page as canonical collapsed onto one URL, the sitemap-only detail missed), one unexpected item.
def test_tuning12_sites_store_every_query_string_article_once_and_no_pager_or_filter():
    result = unseen_sites.measure(unseen_sites.site_names("tuning12"))
    total = result["total"]
    wrong = {name: fig["missing"] + fig["listing_stored"] + fig["unexpected"] for name, fig in result["sites"].items()}
    assert len(result["sites"]) == 3
    assert total["recall"] >= 1.0 and total["listing_pages_stored"] == 0 and total["unexpected_items"] == 0, wrong
    assert total["date_accuracy"] >= 1.0 and total["title_accuracy"] >= 1.0 and total["summary_own_lead"] >= 1.0, total


# Tenth held-out set (bench/unseen_sites.py --sites heldout10, tests/data/heldout10_baseline.md), written to be harder
# for dates and story grouping than set 9 (where both scored 1.0): an old table-layout Polish chamber of commerce in
# ISO-8859-2 announced only in a <meta http-equiv> (PHP ?id= URLs, "Dodano: ... | Zmodyfikowano: ..." in both orders,
# weekday + genitive month, roman months "12.III.2026" / "4 II 2026", abbreviated weekday and month, slash and dash
# day-first dates, a site-wide "last update" stamp, a left column of the newest items with ISO dates before the
# text, an event calendar column, a year archive ?rok=2025); a modern English investment agency (relative "2 days
# ago" bylines with the absolute date only in a title or data- attribute or in article:published_time, "Posted on
# March 4th, 2026" / "13th February 2026", UK weekday dates, US slash and short dates, "Updated" before the date,
# a sidebar of latest posts with <time> and an "Upcoming" widget with an event range); and a Polish/English university
# technology transfer office read from a sitemap whose lastmod is later than publication (dates only in the
# /yyyy/mm/dd/ URL path on four posts, a closing "Aktualizacja:" line, two-digit years "05.03.26", event ranges
# "4–6 marca 2026" in bodies and titles, "do 15 kwietnia" deadlines, a sidebar of other posts with two-digit dates).
# Seven stories (same award, status, ranking, licence or investment told by 2-3 sites in PL and EN, 1-18 days apart)
# and six series. Written from scratch by branch i12ak and measured on main's rules before any rule saw it (at 8bd9822,
# and again at 4bea07a, where /index.php is no longer stored): the floors are the 4bea07a figures (two runs agreed).
HELDOUT10_FLOORS = {
    "date_accuracy": 0.8823,            # 30 of 34 (26 of 33 at the baseline; relative bylines read from their attributes)
    "summary_own_lead": 1.0,
    "summary_own_lead_min_site": 1.0,
    "title_accuracy": 1.0,
    "recall": 1.0,                      # 34 of 34 (33 at the baseline: an item linked only from a year archive; i12ao)
    "award_precision": 0.9375,          # 15 of 16 (13 of 14 at the baseline: "wins EU funding" flagged)
    "award_recall": 0.8823,             # 15 of 17 (13 of 16 at the baseline; the archive item is an award)
    "stories_together": 0.7142,         # 5 of 7 (3 at the baseline)
}
HELDOUT10_SHAPE_FLOORS = {"relative-data-attr-iso": 1.0, "relative-title-uk": 1.0, "relative-title-us": 1.0,
                          "url-path-only": 0.0}
HELDOUT10_TRAP_FLOORS = {"deadline": 1.0, "event": 0.8333, "event-range": 0.8, "modified": 0.75,
                         "other-items-dates": 0.8823, "relative-text": 1.0, "site-stamp": 1.0, "sitemap-lastmod": 0.3333}
HELDOUT10_STORY_KIND_FLOORS = {"same-site-two-langs": 0.0, "cross-site-same-lang": 0.5, "cross-site-cross-lang": 1.0}
HELDOUT10_AWARD_KIND_FLOORS = {"competition": 1.0, "distinction": 1.0, "label_level": 1.0, "prize_medal": 0.6666,
                               "ranking": 0.5, "status": 1.0}


def test_heldout10_tenth_held_out_set_keeps_its_floors_by_date_shape_trap_story_kind_and_award_kind():
    result = unseen_sites.measure(unseen_sites.site_names("heldout10"))
    assert len(result["sites"]) == 3 and sum(1 for _ in SITES.glob("heldout10-*/_expected.json")) == 3
    _assert_floors(result, HELDOUT10_FLOORS, HELDOUT10_SHAPE_FLOORS, HELDOUT10_TRAP_FLOORS,
                   HELDOUT10_STORY_KIND_FLOORS, HELDOUT10_AWARD_KIND_FLOORS)   # series: numbered
    # business breakfasts, a yearly business prize's 2025 winners, 2026 call and 2026 winners, two yearly export-grant
    # calls, an investor award's 2025 winner and 2026 nominations, two editions of a PhD innovation contest, a
    # proof-of-concept fund's round 3 results and round 4 call


# Odd but valid articles and article-like pages that are not articles (branch i12ai; written by
# bench/make_tuning14_sites.py, rules were written against them): a foundry cluster crawled from its listing (a
# winners table, a lead-in and a list, a list-only text, two sentences and a PDF, text in <div>s, a date only in the
# URL, a 1 MB page of inline script and style, a hidden print copy and a linked ?print=1 copy, a headline only in
# og:title, winners as headings linking to their own sites, a two-sentence note above "more news" teasers, a slow page,
# a 500; a category page with an h1 and a paragraph, another with a long description, a tag page of one long teaser, a
# month archive of one post, a search page and a soft 404 among the teasers) and a PL/EN agency read as a sitemap source (declared UTF-8 but sent as windows-1250, half UTF-8 and half
# windows-1250, a BOM, entities for Polish letters, unclosed tags and a second <html>, a date only in a JSON-LD
# @graph beside an image's older date, the article only in <noscript>; a relative Location, a 308, a chain, one
# leaving the host; a tag, a category, a search page and a soft 404 in the sitemap). Before the branch: dates 0.9444,
# recall 0.9474 (the og:title-only page lost), listing pages stored 4, and on the pages added in the second round own
# leads 0.9091 ("- A - B" from a list) and titles 0.9 (the half windows-1250 page's title garbled), and on those of
# the third round recall 0.9545 (a two-sentence award note above unmarked "more news" teasers read as a listing) and
# a month archive of one post stored.
TUNING14_FLOORS = {"date_accuracy": 1.0, "summary_own_lead": 1.0, "summary_own_lead_min_site": 1.0,
                   "title_accuracy": 1.0, "recall": 1.0, "award_recall": 1.0,
                   "award_precision": 0.8888}    # ISO certificates (a list-only post) are flagged: the classifier's part
# Two pairs of different posts of the agency that end with the same standard paragraph and share a word of their
# titles came out as one story each (wrong_merges 2) until branch i12al left the sentences a source prints under
# other posts too out of the story signatures (monitor/stories.py, sentence_keys): 0 since.
TUNING14_WRONG_MERGES = 0


def test_tuning14_sites_keep_odd_but_valid_articles_and_store_no_listing_search_or_error_page():
    result = unseen_sites.measure(unseen_sites.site_names("tuning14"))
    total = result["total"]
    wrong = {name: fig["wrong"] + fig["missing"] + fig["listing_stored"] + fig["unexpected"]
             for name, fig in result["sites"].items()}
    assert len(result["sites"]) == 2
    for key, floor in TUNING14_FLOORS.items():
        assert total[key] >= floor, (key, total[key], wrong)
    for key in HELDOUT_ZERO:
        assert total[key] == 0, (key, total, wrong)
    assert set(total["date_accuracy_by_shape"].values()) == {1.0}, total["date_accuracy_by_shape"]
    assert set(total["date_accuracy_by_trap"].values()) == {1.0}, total["date_accuracy_by_trap"]
    assert total["wrong_merges"] <= TUNING14_WRONG_MERGES, total["wrong_merges"]


# The own held-out site of tuning14 (tests/sites/heldout14own-park-pl: a PHP table-layout technology park with a
# winners <ol>, a ranking table, two sentences and a DOCX, <br>-separated text, a date only in the URL, an article in
# <noscript>, entities and unclosed tags, a 308 with a relative Location, a category, a tag and a soft-404 page among
# the links), written with tuning14 before any rule change and never tuned on. The same figures before and after
# branch i12ai: one of its listing pages is stored, and the ranking post is not flagged as an award.
HELDOUT14OWN_FLOORS = {"date_accuracy": 1.0, "summary_own_lead": 1.0, "title_accuracy": 1.0, "recall": 1.0,
                       "award_precision": 1.0, "award_recall": 0.6666}
HELDOUT14OWN_LISTING_STORED_MAX = 1


def test_tuning14_own_held_out_site_keeps_its_figures():
    result = unseen_sites.measure(unseen_sites.site_names("heldout14own"))
    total = result["total"]
    assert len(result["sites"]) == 1
    for key, floor in HELDOUT14OWN_FLOORS.items():
        assert total[key] >= floor, (key, total[key])
    assert total["listing_pages_stored"] <= HELDOUT14OWN_LISTING_STORED_MAX, total["listing_pages_stored"]
    assert total["unexpected_items"] == 0 and total["shared_summaries"] == 0, total
# Page furniture between the headline and the lead (branch i12aj; written by bench/make_tuning15_sites.py, rules
# were checked against them): a WordPress-like PL cluster and a Bootstrap-like EN agency, 23 articles, each with one
# or more of an event when/where box (a long street address, a "Rejestracja"/"Register" button), a key-facts table,
# an author box with a bio, a reading time, a share bar, an image caption or credit, a breadcrumb as text, a tag
# list, a kicker, a newsletter or cookie banner inside <main>, a table of contents, an agenda, the site's slogan,
# in classed boxes and in plain paragraphs; four posts have an automatic excerpt (furniture first) as their meta
# description. Before the branch (main 032ad3e): own leads 0.6522 (PL 0.5: the address line of event boxes,
# newsletter boxes, the slogan and an excerpt led the summary; EN 0.769: a sign-up box, a byline with a bio and
# excerpts). After: 1.0, every furniture kind 1.0.
TUNING15_FURNITURE = {"agenda", "author-bio", "breadcrumb", "caption", "cookie-banner", "event-box", "excerpt", "key-facts",
                      "kicker", "newsletter", "reading-time", "share-bar", "slogan", "tags", "toc"}


def test_tuning15_summaries_skip_info_boxes_bylines_captions_banners_and_agendas_above_the_lead():
    result = unseen_sites.measure(unseen_sites.site_names("tuning15"))
    total = result["total"]
    assert len(result["sites"]) == 2
    assert total["summary_own_lead"] >= 1.0, {n: s["wrong"] for n, s in result["sites"].items()}
    assert total["summary_own_by_furniture"] == {k: 1.0 for k in TUNING15_FURNITURE}, total["summary_own_by_furniture"]
    assert total["shared_summaries"] == 0 and total["recall"] >= 1.0 and total["date_accuracy"] >= 1.0, total
    assert total["listing_pages_stored"] == 0 and total["unexpected_items"] == 0, total


# The own held-out site of round 15 (bench/make_tuning15own_site.py: a Drupal-like PL/EN foundation, 8 articles,
# the same furniture kinds in other markups and wordings; written before any rule change of branch i12aj and
# never tuned against). Before the branch: recall 0.0 (its "page-node-type-aktualnosc" body class read as a
# static page); with that fixed and before the lead rules, own leads 0.5 (event boxes, an author bio, a cookie
# banner, the slogan and a reading time led the summary). After: 1.0.
def test_tuning15_own_held_out_site_keeps_its_leads_floor():
    result = unseen_sites.measure(["tuning15own-drupal-fundacja-plen"])
    total = result["total"]
    assert total["recall"] >= 1.0 and total["summary_own_lead"] >= 1.0, total
    assert min(total["summary_own_by_furniture"].values()) >= 1.0, total["summary_own_by_furniture"]
    assert total["date_accuracy"] >= 1.0 and total["listing_pages_stored"] == 0 and total["shared_summaries"] == 0


# Year archives of a listing (branch i12ao; written by bench/make_tuning16_sites.py before the rule): a Polish
# chamber's news list whose older items hang only from a row of year links "2026 | 2025 | 2024" (?rok=2025 with a
# page ?rok=2025&strona=2, /aktualnosci/archiwum/2024/) and a GET form's year <select> (?rok=2023). Before the
# branch: recall 0.3333 (3 of 9: only the current year's list was read). After: 1.0, no archive page stored.
def test_tuning16_items_linked_only_from_year_archives_are_found_and_no_archive_page_is_stored():
    result = unseen_sites.measure(unseen_sites.site_names("tuning16"))
    total = result["total"]
    assert len(result["sites"]) == 1
    missing = {name: fig["missing"] + fig["listing_stored"] + fig["unexpected"] for name, fig in result["sites"].items()}
    assert total["recall"] >= 1.0 and total["listing_pages_stored"] == 0 and total["unexpected_items"] == 0, missing
    assert total["date_accuracy"] >= 1.0 and total["title_accuracy"] >= 1.0 and total["summary_own_lead"] >= 1.0, total


# The own held-out site of round 16 (bench/make_tuning16own_site.py: an English agency whose older news hang from
# "Archive 2025" sidebar links to /news/archive/2025, a jump menu of ?year= URLs, beside an events-year and a report
# link), written after the rule of branch i12ao and never tuned against: recall 0.8571 (6 of 7; the second page of
# the path-form archive, /news/archive/2025?page=2, is not read), no listing page stored.
TUNING16OWN_FLOORS = {"recall": 0.8571, "date_accuracy": 1.0, "title_accuracy": 1.0, "summary_own_lead": 1.0}


def test_tuning16_own_held_out_site_keeps_its_figures():
    result = unseen_sites.measure(unseen_sites.site_names("tuning16own"))
    total = result["total"]
    assert len(result["sites"]) == 1
    for key, floor in TUNING16OWN_FLOORS.items():
        assert total[key] >= floor, (key, total[key])
    assert total["listing_pages_stored"] == 0 and total["unexpected_items"] == 0, total
