"""Language of a text: Polish, English or another ISO 639-1 code."""

from __future__ import annotations

import re

POLISH_LETTERS = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")


def detect_language(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of text; the hint is used when the text is too short to tell."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    text = " ".join((text or "").split())
    if not text:
        return hint or "und"
    if POLISH_LETTERS.search(text):
        return "pl"
    try:
        return detect(text)
    except LangDetectException:
        return hint or "und"
