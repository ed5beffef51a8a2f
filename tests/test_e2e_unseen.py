"""End to end on fixture sites of common real-world patterns the first fixtures did not cover.

- gov-ministry: a ministry news list (gov.pl-like): the date in a <span> before the title link,
  a numbered-only pager (?page=N, the current page as plain text), article URLs /web/x/slug-12345,
  a mega-menu of long link texts in plain <div>s, dates above the title and later dates in the text.
- joomla-blog: a Joomla blog layout in Polish: <h2> titles without links, each teaser linked only
  by "Czytaj więcej…", "Opublikowano: środa, 16 czerwca 2021 10:15" (also "31 maj 2021"), category
  blog pages and a "Najnowsze" module in the sidebar.
- eu-portal: a Drupal/ECL English list: the link on an image (empty alt) and "Read more", the title
  in an <h3> without a link, tags, a "Most read" block, a 0-based ?page=N pager with "›" and "Last »",
  an RSS feed with only 5 of the items, "News article | 17 June 2021" above the title.
- wp-elementor: an Elementor card grid: dates "17/06/2021" in the list and "17 cze 2021" (abbreviated
  months) in the articles, sometimes above the <h1>, an Events Calendar widget with future events,
  /aktualnosci/page/2/ with a numbered pager only, related posts at the bottom of articles.
- home-blocks: the listing is the home page: an "Aktualności" block among other blocks (areas of
  activity with long link texts, partners' logos).
"""

from __future__ import annotations

import pytest

from conftest import write_config
from test_e2e_sites import crawl, expected, stored

CASES = {
    "gov-ministry": "/web/rozwoj/aktualnosci",
    "joomla-blog": "/aktualnosci.html",
    "eu-portal": "/en/newsroom",
    "wp-elementor": "/aktualnosci/",
    "home-blocks": "/",
}


@pytest.mark.parametrize("site_name", sorted(CASES))
def test_every_article_and_nothing_else_is_stored_with_title_and_date(site_server, tmp_path, site_name):
    site = site_server(site_name)
    cfg = write_config(tmp_path / "cfg.toml", [{"name": site_name, "url": site.url + CASES[site_name]}])
    db = tmp_path / "m.db"
    result = crawl(cfg, db)
    assert result.returncode == 0, result.stderr[-3000:]
    items = stored(db)
    want = expected(site_name, site.url)
    assert sorted(items) == sorted(want)
    for url, row in want.items():
        assert (items[url]["title"], items[url]["published"]) == (row["title"], row["published"]), url


@pytest.mark.parametrize("site_name", sorted(CASES))
def test_second_crawl_fetches_no_stored_article(site_server, tmp_path, site_name):
    site = site_server(site_name)
    cfg = write_config(tmp_path / "cfg.toml", [{"name": site_name, "url": site.url + CASES[site_name]}])
    db = tmp_path / "m.db"
    assert crawl(cfg, db).returncode == 0
    before = stored(db)
    site.clear_log()
    assert crawl(cfg, db).returncode == 0
    article_paths = {u[len(site.url):] for u in before}
    assert [r["path"] for r in site.requests() if r["path"] in article_paths] == []
    assert stored(db).keys() == before.keys()
