"""Canonical URLs and URL shapes."""

from __future__ import annotations

import pytest

from monitor.extract.urlshape import article_shape, is_pagination_url
from monitor.urls import canonical_url


@pytest.mark.parametrize("raw, canon", [
    ("HTTP://Example.PL:80/news/?utm_source=x&utm_medium=y#komentarze", "http://example.pl/news/"),
    ("http://example.pl/news.php?id=12&fbclid=abc", "http://example.pl/news.php?id=12"),
    ("http://example.pl/index.php?option=com_content&view=article&id=5",
     "http://example.pl/index.php?option=com_content&view=article&id=5"),
    ("http://example.pl/a/?PHPSESSID=123&p=7", "http://example.pl/a/?p=7"),
])
def test_canonical_url(raw, canon):
    assert canonical_url(raw) == canon


@pytest.mark.parametrize("url", [
    "http://example.pl/szukaj/?q=nagroda%20z%C5%82ota",     # '%20' must not become '+'
    "http://example.pl/~klaster/aktualnosci/",               # '~' stays '~'
    "http://example.pl/%7Eklaster/a%2Fb/?x=%7E",             # '%7E' and '%2F' stay encoded
    "http://example.pl/news.php?id=3&print",                 # a bare flag does not become 'print='
    "http://example.pl/news.php?b=2&a=1&a=0",                # order and repeats are kept
    "http://example.pl/a+b/?q=a+b",                          # '+' stays '+' in path and query
    "http://example.pl/Aktualnosci/News.html",               # the path keeps its case
    "http://example.pl:8080/news/",                          # a non-default port is kept
])
def test_canonical_url_leaves_the_rest_of_the_url_as_written(url):
    assert canonical_url(url) == url


def test_canonical_url_drops_only_what_never_changes_the_page():
    raw = "HTTPS://User@Example.PL:443/a%20b/?x=1&utm_campaign=y&SID=9&&y=%7E#top"
    assert canonical_url(raw) == "https://User@example.pl/a%20b/?x=1&y=%7E"
    assert canonical_url("http://[::1]:8080/n/?fbclid=1") == "http://[::1]:8080/n/"
    assert canonical_url("http://example.pl?utm_source=x") == "http://example.pl/"


@pytest.mark.parametrize("url, shape", [
    ("http://x.pl/2021/06/17/srebrna-odznaka/", 1),
    ("http://x.pl/news.php?id=1160", 1),
    ("http://x.pl/aktualnosci,123,nowy-czlonek.html", 1),
    ("http://x.pl/news/regional-innovation-vouchers-second-call/", 1),
    ("http://x.pl/tag/esca/", -2),
    ("http://x.pl/kategoria/nagrody/", -2),
    ("http://x.pl/news.php?kat=2", -2),
    ("http://x.pl/author/jan-kowalski/", -2),
    ("http://x.pl/kontakt/", -2),
    ("http://x.pl/events/2023/cluster-forum/", -1),
    ("http://x.pl/kalendarz/2021-06/", -1),
    ("http://x.pl/news/nagroda-marszalka-dla-klastra/?lang=pl", 1),     # a language variant, not a filter
    ("http://x.pl/news/?lang=pl&tag=nagrody", -2),
])
def test_article_shape(url, shape):
    assert article_shape(url, "http://x.pl/aktualnosci/") == shape


def test_pagination_urls():
    assert is_pagination_url("http://x.pl/aktualnosci/page/3/")
    assert is_pagination_url("http://x.pl/aktualnosci.php?strona=2")
    assert is_pagination_url("http://x.pl/news/?offset=8")
    assert not is_pagination_url("http://x.pl/news.php?id=2")


def test_a_language_parameter_is_kept_and_tracking_copies_collapse_onto_it():
    copies = ["http://x.pl/news/a/?lang=pl", "http://x.pl/news/a/?lang=pl&utm_campaign=june#comments",
              "http://x.pl/news/a/?fbclid=Iw0&lang=pl"]
    assert {canonical_url(u) for u in copies} == {"http://x.pl/news/a/?lang=pl"}


# Query strings as the article's only identity (issue 12, tuning12 sites).
TX = "http://x.pl/aktualnosci/szczegoly?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bnews%5D=12&cHash=abc123"


@pytest.mark.parametrize("url", [
    TX,
    TX.replace("%5B", "[").replace("%5D", "]"),
    "http://x.pl/index.php?option=com_content&view=article&id=12:nagroda-dla-klastra&catid=3&Itemid=101",
    "http://x.pl/index.php?option=com_content&view=article&id=12:slug&catid=3",
    "http://x.pl/?p=123",
    "http://x.pl/News.aspx?ItemID=45",
    "http://x.pl/Details.aspx?id=45",
    "http://x.pl/news.php?id=7&lang=pl",
])
def test_a_query_string_naming_one_article_is_an_article(url):
    assert article_shape(url, "http://x.pl/aktualnosci/") == 1
    assert not is_pagination_url(url)


@pytest.mark.parametrize("url", [
    "http://x.pl/aktualnosci/?tx_news_pi1%5BcurrentPage%5D=2&cHash=ff01",
    "http://x.pl/aktualnosci/?tx_news_pi1[@widget_0][currentPage]=3",
    "http://x.pl/index.php?option=com_content&view=category&id=3&Itemid=101&limitstart=10",
    "http://x.pl/index.php?option=com_content&view=category&id=3&Itemid=101&start=10",
    "http://x.pl/News.aspx?page=2",
])
def test_pagers_of_query_string_lists_are_pagination(url):
    assert is_pagination_url(url)


@pytest.mark.parametrize("url", [
    "http://x.pl/index.php?option=com_content&view=category&id=3&Itemid=101",
    "http://x.pl/index.php?option=com_tags&view=tag&id=3:wydarzenia&Itemid=110",
    "http://x.pl/aktualnosci/?tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=3&cHash=0a38",
    "http://x.pl/aktualnosci/?tx_news_pi1%5Border%5D=title&cHash=b494",
    "http://x.pl/aktualnosci/?tx_news_pi1%5Baction%5D=list&tx_news_pi1%5Bnews%5D=12",
    "http://x.pl/index.php?option=com_content&view=category&id=8&filter_order=a.title&filter_order_Dir=asc",
    "http://x.pl/news.php?sort=date",
])
def test_filters_and_list_views_are_not_articles(url):
    assert article_shape(url, "http://x.pl/aktualnosci/") == -2


def test_a_signature_alone_names_no_article_and_survives_canonicalisation():
    assert article_shape("http://x.pl/aktualnosci/?cHash=abc", "http://x.pl/aktualnosci/") == 0
    assert canonical_url(TX + "&utm_source=newsletter&fbclid=Iw0") == TX


def test_raw_and_encoded_brackets_are_one_url():
    raw = TX.replace("%5B", "[").replace("%5D", "]")
    lower = TX.replace("%5B", "%5b").replace("%5D", "%5d")
    assert {canonical_url(raw), canonical_url(lower), canonical_url(TX)} == {TX}
    assert canonical_url(canonical_url(raw)) == canonical_url(raw)


def test_a_canonical_that_drops_the_query_naming_the_page_is_not_taken():
    from monitor.extract.urlshape import canonical_keeps_identity
    assert not canonical_keeps_identity("http://x.pl/aktualnosci/szczegoly", TX)
    assert not canonical_keeps_identity("http://x.pl/aktualnosci/", TX)
    assert canonical_keeps_identity(TX, TX.replace("%5B", "[").replace("%5D", "]"))
    assert canonical_keeps_identity("http://x.pl/aktualnosci/nagroda-dla-klastra-12/", TX)
    assert canonical_keeps_identity("http://x.pl/news/a/", "http://x.pl/news/a/?lang=pl")
    # Joomla's Itemid is the menu entry: a canonical keeping the article id is taken
    assert canonical_keeps_identity("http://x.pl/index.php?option=com_content&view=article&id=12",
                                    "http://x.pl/index.php?option=com_content&view=article&id=12&Itemid=101")
