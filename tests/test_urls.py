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
])
def test_article_shape(url, shape):
    assert article_shape(url, "http://x.pl/aktualnosci/") == shape


def test_pagination_urls():
    assert is_pagination_url("http://x.pl/aktualnosci/page/3/")
    assert is_pagination_url("http://x.pl/aktualnosci.php?strona=2")
    assert is_pagination_url("http://x.pl/news/?offset=8")
    assert not is_pagination_url("http://x.pl/news.php?id=2")
