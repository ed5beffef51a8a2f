"""Full-text search as a Polish or English reader types it, shared by `monitor search` and `monitor serve`.

Every query word is folded (lower case, no diacritics, ł→l) like the indexed `search_folded`
column, and cut to the stem its inflected forms share, then matched as an FTS5 prefix: "nagroda"
finds "nagrodę" and "nagrodzie", "zlotym" finds "złota", "awards" finds "award". The English
translation is indexed too, so an English word finds a Polish item through its title_en.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

MIN_STEM = 4
# Inflectional endings, longest first; a stem keeps at least MIN_STEM letters so short words stay whole.
POLISH_ENDINGS = sorted(
    ["owania", "owanie", "owaniem", "osciach", "osciami", "osci", "osc", "ami", "ach", "ego", "emu", "ymi", "imi",
     "ych", "ich", "owi", "om", "em", "ie", "ia", "iu", "ow", "ym", "im", "ej", "a", "e", "i", "o", "u", "y"],
    key=len, reverse=True,
)
ENGLISH_ENDINGS = ["ings", "ing", "ies", "es", "ed", "s"]


# Results are the best matches among the newest RANK_WINDOW items that match. FTS5 computes bm25 for
# every match before it can sort: a word found in a third of a store of a million items took 350 ms
# to rank; ranking the newest 5,000 of them costs a few ms on top of reading the word's postings.
# A query with fewer matches is ranked over all of them, as before.
RANK_WINDOW = 5000


def search_sql(filters: str = "", order: str = "items_fts.rank") -> str:
    """The search query: :match from match_expression, :limit, and optional extra AND filters on items."""
    # The rowid bound is one scalar subquery (run once): the rowid of the RANK_WINDOW-th newest match,
    # which FTS5 takes as a rowid range on its postings.
    window = ("items_fts.rowid >= coalesce((SELECT rowid FROM items_fts WHERE items_fts MATCH :match "
              f"ORDER BY rowid DESC LIMIT 1 OFFSET {RANK_WINDOW - 1}), 0)")
    return ("SELECT items.* FROM items JOIN items_fts ON items_fts.rowid = items.id "
            f"WHERE items_fts MATCH :match AND {window}{' AND ' + filters if filters else ''} "
            f"ORDER BY {order} LIMIT :limit")


SEARCH_SQL = search_sql()


class _CombiningMarks(dict):
    """str.translate table deleting combining marks; filled per code point on first sight, so it
    stays as small as the alphabet of the texts (a join over every character was the costliest
    part of storing an item)."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_STRIP_MARKS = _CombiningMarks()


def fold(text: str) -> str:
    """Lower-case and strip diacritics, ł included, so 'zlotym' finds 'złotym'."""
    text = (text or "").lower()
    if text.isascii():   # nothing to decompose (most English text, every folded word)
        return text
    return unicodedata.normalize("NFKD", text.replace("ł", "l")).translate(_STRIP_MARKS)


@lru_cache(maxsize=32768)   # ~5 MB at most; a crawl stems the same words over and over (stories, topics)
def stem(word: str, lang: str | None = None) -> str:
    """The folded prefix shared by the word's inflected forms: Polish for "pl", English for "en", either
    when the language is unknown (a typed query). Topics, stories and search all stem through here."""
    w = fold(word)
    endings = ENGLISH_ENDINGS if lang == "en" else POLISH_ENDINGS if lang else POLISH_ENDINGS + ENGLISH_ENDINGS
    for ending in endings:
        if w.endswith(ending) and len(w) - len(ending) >= MIN_STEM:
            return w[: -len(ending)]
    return w


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a typed query (every word must match), or None when empty."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in fold(query)).split() if w]
    if not words:
        return None
    return " ".join(f'"{stem(w)}"*' for w in words)
