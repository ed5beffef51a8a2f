"""What other pages of one source print too (a tagline as meta description, a funding line under every
post), remembered per source and asked by membership only.

A spider meets one description and dozens of sentences per page; building, for every page, the set of
every other page's texts grew with the source's pages (quadratic over a first crawl of a large
sitemap). One bounded record per kind of text (PagesSeen) answers `text in record.elsewhere(page)`.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def text_key(text: str | None) -> str:
    """The form descriptions are compared in: whitespace collapsed, lower case."""
    return " ".join((text or "").split()).lower()


def sentences(text: str) -> list[str]:
    """The text's sentences, normalised (spaces, case) so that pages printing the same one compare equal.

    >>> sentences("Biuro będzie nieczynne 2 maja.  Za utrudnienia   przepraszamy!")
    ['biuro będzie nieczynne 2 maja.', 'za utrudnienia przepraszamy!']
    """
    return [s for s in (" ".join(x.split()).lower() for x in SENTENCE_END.split(text or "")) if s]


class PagesSeen:
    """Which page of a source printed each text, "" once another page did too. Texts are kept as 64-bit
    hashes (only whether two pages share one matters), at most `limit` of them."""

    __slots__ = ("limit", "_first_page")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._first_page: dict[int, str] = {}

    def add(self, text: str, page: str) -> bool:
        """Record that the page printed the text; False when the record is full and the text new."""
        key = hash(text)
        first = self._first_page.get(key)
        if first is None:
            if len(self._first_page) >= self.limit:
                return False
            self._first_page[key] = page
        elif first != page:
            self._first_page[key] = ""
        return True

    def elsewhere(self, page: str) -> "PrintedElsewhere":
        """The texts a page other than this one printed, for membership tests."""
        return PrintedElsewhere(self._first_page, page)


class PrintedElsewhere:
    __slots__ = ("_first_page", "_page")

    def __init__(self, first_page: dict[int, str], page: str) -> None:
        self._first_page, self._page = first_page, page

    def __contains__(self, text: object) -> bool:
        first = self._first_page.get(hash(text))
        return first is not None and first != self._page


class SharedTexts:
    """Descriptions printed elsewhere in the source, for one page: those of its listings and feeds
    (`keys`, as text_key gives them) and those another page also had (`elsewhere`, keyed the same way)."""

    __slots__ = ("_keys", "_elsewhere", "_extra")

    def __init__(self, keys: Iterable[str] = (), elsewhere: Container[str] = frozenset(),
                 extra: frozenset[str] = frozenset()) -> None:
        self._keys = keys if isinstance(keys, (set, frozenset)) else frozenset(keys)
        self._elsewhere = elsewhere
        self._extra = extra

    @classmethod
    def of(cls, texts: "Iterable[str] | SharedTexts") -> "SharedTexts":
        """A SharedTexts as is; plain texts (tests, one-off calls) keyed once."""
        if isinstance(texts, SharedTexts):
            return texts
        return cls(frozenset(text_key(t) for t in texts if t))

    def __contains__(self, text: object) -> bool:
        if not isinstance(text, str) or not text.strip():
            return False
        key = text_key(text)
        return key in self._keys or key in self._extra or key in self._elsewhere

    def plus(self, text: str) -> "SharedTexts":
        """These texts and one more (this page's tagline, printed above its headline)."""
        return SharedTexts(self._keys, self._elsewhere, self._extra | {text_key(text)})
