"""Sitemap discovery for site sources: recent pages of the listing's article shape, nothing else.

Fixture sitemap-news: the listing shows the 3 latest articles and has no pager; robots.txt names a
sitemap index -> a gzip URL set (6 recent articles, 4 old ones, one of them undated, the listing,
a yearly archive, tag pages, an event, a static page and a PDF) and a page sitemap (skipped by name).
"""

from __future__ import annotations


import pytest
from helpers import expected, run_monitor, stored, write_config

from monitor.extract.feeds import FeedEntry
from monitor.extract.sitemaps import (
    fits_shapes,
    learn_shapes,
    recent_entries,
    robots_sitemaps,
    skip_child_sitemap,
    url_template,
)
from monitor.extract.translations import translation_candidates

LISTED = {"/news/cluster-members-open-joint-testing-lab", "/news/hospital-partners-sign-data-sharing-charter",
          "/news/medtech-accelerator-selects-twelve-startups"}
OLD = {"/news/cluster-strategy-for-2024-adopted", "/news/summer-school-on-medical-devices-regulation",
       "/news/cluster-receives-gold-label-for-excellence", "/news/annual-report-2019-published"}



def crawl(site, tmp_path, **scrapy):
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "lakeside", "url": site.url + "/news/"}], scrapy=scrapy)
    site.clear_log()
    result = run_monitor("crawl", "--config", str(cfg), "--db", str(tmp_path / "m.db"))
    return result, [r["path"] for r in site.requests()]


# ---------------------------------------------------------------------- end to end
def test_recent_sitemap_articles_of_the_listing_shape_are_stored_and_nothing_else(site_server, tmp_path):
    site = site_server("sitemap-news")
    result, paths = crawl(site, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    items = stored(tmp_path / "m.db")
    want = expected("sitemap-news", site.url)
    assert len(want) == 6 and LISTED < {u[len(site.url):] for u in want}
    assert sorted(items) == sorted(want)
    for url, row in want.items():
        assert items[url]["title"] == row["title"] and items[url]["published"] == row["published"], url
    # robots.txt -> index -> gzip child; the page sitemap is skipped by its name
    assert {"/sitemap_index.xml", "/sitemaps/posts-1.xml.gz"} <= set(paths)
    assert "/sitemaps/page-sitemap.xml" not in paths
    # neither old articles nor pages of another shape are downloaded
    assert not set(paths) & OLD
    assert not [p for p in paths if p.startswith(("/tag/", "/events/", "/who-we-are/", "/files/", "/news/archive"))]
    assert "[lakeside] ok:" in result.stderr and "6 new" in result.stderr


def test_second_crawl_downloads_no_sitemap_article_again(site_server, tmp_path):
    site = site_server("sitemap-news")
    assert crawl(site, tmp_path)[0].returncode == 0
    before = stored(tmp_path / "m.db")
    result, paths = crawl(site, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not [p for p in paths if site.url + p in before]
    assert stored(tmp_path / "m.db").keys() == before.keys()


def test_discovery_can_be_switched_off(site_server, tmp_path):
    site = site_server("sitemap-news")
    result, paths = crawl(site, tmp_path, MONITOR_SITEMAP_DISCOVERY=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert {u[len(site.url):] for u in stored(tmp_path / "m.db")} == LISTED
    assert not [p for p in paths if "sitemap" in p]


def test_a_site_without_sitemap_or_robots_is_not_an_error(site_server, tmp_path):
    # layout-v1: robots.txt names no sitemap; /sitemap.xml and /sitemap_index.xml answer 404
    site = site_server("layout-v1")
    result, paths = crawl(site, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "0 errors" in result.stderr
    assert {"/sitemap.xml", "/sitemap_index.xml"} <= set(paths)
    assert stored(tmp_path / "m.db")


# ---------------------------------------------------------------------- the pure functions
@pytest.mark.parametrize("listing, candidate, fits", [
    (["http://x/news/first-big-news-item", "http://x/news/second-news-item"], "http://x/news/third-news-item", True),
    (["http://x/news/first-big-news-item"], "http://x/events/a-big-forum-2024", False),
    (["http://x/news/first-big-news-item"], "http://x/news/archive/2023", False),
    (["http://x/news/first-big-news-item"], "http://x/news/", False),
    (["http://x/news/first-big-news-item"], "http://x/tag/innovation", False),
    (["http://x/news/first-big-news-item"], "http://x/news/page/2", False),
    (["http://x/2021/06/17/srebrna-odznaka-klastra/"], "http://x/2019/01/02/nowy-czlonek-klastra/", True),
    (["http://x/2021/06/17/srebrna-odznaka-klastra/"], "http://x/2019/01/nowy-czlonek-klastra/", False),
    (["http://x/news.php?id=1240"], "http://x/news.php?id=77", True),
    (["http://x/news.php?id=1240"], "http://x/news.php?kat=2", False),
    (["http://x/news.php?id=1240"], "http://x/page.php?id=3", False),
    (["http://x/index.php?option=com_content&view=article&id=101"],
     "http://x/index.php?option=com_content&view=article&id=3", True),
    (["http://x/index.php?option=com_content&view=article&id=101"],
     "http://x/index.php?option=com_content&view=category&id=7", False),
    # a flat WordPress permalink: a static page of one word is not taken for an article
    (["http://x/klaster-zdobywa-nagrode-roku/"], "http://x/czlonkostwo/", False),
    (["http://x/klaster-zdobywa-nagrode-roku/"], "http://x/kontakt/", False),
    (["http://x/klaster-zdobywa-nagrode-roku/"], "http://x/nowy-nabor-do-klastra/", True),
])
def test_url_shape_learnt_from_the_listing(listing, candidate, fits):
    assert fits_shapes(candidate, learn_shapes(listing, "http://x/")) is fits


def test_url_template_keeps_sections_and_abstracts_slugs_numbers_and_dates():
    assert url_template("http://x/news/a-b-c") == url_template("http://x/news/d-e/") == "/news/{slug}"
    assert url_template("http://x/en/news/2024/05/a-b") == "/en/news/{yyyy}/{nn}/{slug}"
    assert url_template("http://x/news.php?id=5&utm=1") != url_template("http://x/news.php?id=5")


def test_recent_window_reaches_back_as_long_again_as_the_listing_spans():
    e = lambda d: FeedEntry(f"http://x/news/{d}", published=d)
    entries = [e(d) for d in ("2024-05-01", "2024-03-01", "2023-12-01", "2023-01-01")]
    # listing spans 100 days (2024-02-01..2024-05-11): window from 2023-10-24
    got = recent_entries(entries, ["2024-05-11", "2024-02-01"], 10, 50)
    assert [x.published for x in got] == ["2024-05-01", "2024-03-01", "2023-12-01"]
    # a short span still looks back 30 days; a huge one at most 365
    assert [x.published for x in recent_entries(entries, ["2024-03-05"], 10, 50)] == ["2024-05-01", "2024-03-01"]
    assert recent_entries(entries, ["2024-05-11", "2015-01-01"], 10, 50)[-1].published == "2023-01-01"
    # the cap wins; undated entries never count; no reference: no more than the listing showed
    assert len(recent_entries(entries, ["2024-05-11", "2015-01-01"], 10, 2)) == 2
    assert recent_entries([FeedEntry("http://x/news/a")], ["2024-05-11"], 10, 50) == []
    assert [x.published for x in recent_entries(entries, [], 1, 50)] == ["2024-05-01"]


def test_robots_sitemap_lines_and_child_sitemap_names():
    text = "User-agent: *\nDisallow: /admin/\n\nSITEMAP: /sitemap_index.xml\nSitemap:/sitemap_index.xml\n"
    assert robots_sitemaps(text, "http://x/robots.txt") == ["http://x/sitemap_index.xml"]
    assert robots_sitemaps("", "http://x/robots.txt") == []
    assert skip_child_sitemap("http://x/sitemaps/page-sitemap.xml")
    assert skip_child_sitemap("http://x/sitemap-tags.xml.gz")
    assert not skip_child_sitemap("http://x/sitemaps/posts-1.xml.gz")


# ---------------------------------------------------------------------- the source's other languages
POLISH = learn_shapes(["http://x.pl/aktualnosci/nagroda-dla-klastra/", "http://x.pl/aktualnosci/nowi-czlonkowie-klastra/"],
                      "http://x.pl/aktualnosci/")


@pytest.mark.parametrize("url", ["http://x.pl/en/news/cluster-wins-an-award/", "http://x.pl/en/aktualnosci/cluster-wins-an-award/",
                                 "http://x.pl/en-gb/news/cluster-wins-an-award/", "http://x.pl/de/aktuelles/preis-fuer-das-cluster/"])
def test_sitemap_articles_behind_a_language_prefix_or_a_translated_section_fit_the_listings_shape(url):
    assert fits_shapes(url, POLISH, "http://x.pl/aktualnosci/")


@pytest.mark.parametrize("url", ["http://x.pl/en/", "http://x.pl/en/news/", "http://x.pl/en/news/page/2/",
                                 "http://x.pl/en/tag/hydrogen-valleys/", "http://x.pl/en/category/awards/",
                                 "http://x.pl/en/news/category/awards/", "http://x.pl/en/events/hydrogen-forum-2024/",
                                 "http://x.pl/en/news/annual-report.pdf"])
def test_language_homes_sections_taxonomies_and_pagination_of_the_other_language_do_not_fit(url):
    assert not fits_shapes(url, POLISH, "http://x.pl/aktualnosci/")


def test_translations_of_an_article_stay_on_the_sources_host_and_skip_home_and_section_pages():
    alternates = {"pl": "http://x.pl/aktualnosci/nagroda/", "en": "http://x.pl/en/news/award/",
                  "de": "http://partner.example.de/de/preis/", "x-default": "http://x.pl/"}
    switcher = ["http://x.pl/en/", "http://x.pl/en/news/", "http://x.pl/en/contact-us-today/",
                "http://x.pl/en/news/award-for-the-cluster/"]
    assert translation_candidates("http://x.pl/aktualnosci/nagroda/", alternates, switcher, "x.pl") == [
        "http://x.pl/en/news/award/", "http://x.pl/en/news/award-for-the-cluster/"]


def test_sitemap_details_of_a_query_string_list_fit_its_shape_whatever_their_signature():
    from monitor.extract.sitemaps import fits_shapes, learn_shapes
    tx = "http://x.pl/a/szczegoly?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bnews%5D={}&cHash={}"
    shapes = learn_shapes([tx.format(31, "77c9"), tx.format(30, "9ce6")], "http://x.pl/a/")
    assert fits_shapes(tx.format(19, "2b11"), shapes, "http://x.pl/a/")
    assert not fits_shapes("http://x.pl/a/?tx_news_pi1%5BcurrentPage%5D=2&cHash=cd2a", shapes, "http://x.pl/a/")
    joomla = "http://x.pl/index.php?option=com_content&view=article&id={}&catid=8&Itemid=110"
    shapes = learn_shapes([joomla.format("57:izba-laureatem"), joomla.format("54:szkolenie-ksef")])
    assert fits_shapes(joomla.format("46:wyroznienie-gazele"), shapes)
    assert not fits_shapes("http://x.pl/index.php?option=com_content&view=category&id=8&Itemid=110", shapes)
