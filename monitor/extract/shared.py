"""Texts that many pages of one source print (a tagline as meta description, a channel's description),
asked by membership only.

A spider meets one description per page; building, for every page, the set of every other page's
description and normalising it again in each consumer grew with the source's pages (quadratic over a
first crawl of a large sitemap). SharedTexts answers `text in shared` from the source's record directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def text_key(text: str | None) -> str:
    """The form texts are compared in: whitespace collapsed, lower case."""
    return " ".join((text or "").split()).lower()


class SharedTexts:
    """Texts printed elsewhere in the source, for one page.

    keys: texts shared outright (listing and feed descriptions), as text_key gives them;
    first_page: text key -> the one page that printed it ("" once two pages did); a text only this
    page printed so far is not shared.
    """

    __slots__ = ("_keys", "_first_page", "_page", "_extra")

    def __init__(self, keys: Iterable[str] = (), first_page: Mapping[str, str] | None = None, page: str = "",
                 extra: frozenset[str] = frozenset()) -> None:
        self._keys = keys if isinstance(keys, (set, frozenset)) else frozenset(keys)
        self._first_page = first_page if first_page is not None else {}
        self._page = page
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
        if key in self._keys or key in self._extra:
            return True
        first = self._first_page.get(key)
        return first is not None and first != self._page

    def plus(self, text: str) -> "SharedTexts":
        """These texts and one more (this page's tagline, printed above its headline)."""
        return SharedTexts(self._keys, self._first_page, self._page, self._extra | {text_key(text)})
