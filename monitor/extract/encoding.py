"""Decode HTML bytes to Unicode, including Central European pages that do not say their charset.

Order (as browsers do): byte-order mark, Content-Type charset, <meta charset>, then detection.
Detection tries UTF-8, then picks between windows-1250, ISO-8859-2 and windows-1252 by which one
yields Polish letters rather than mojibake. A declared Latin-1/windows-1252 charset on a page that
is really windows-1250 (a common server default) is corrected the same way.

>>> decode_html("Zażółć gęślą jaźń".encode("cp1250"), None)
'Zażółć gęślą jaźń'
>>> decode_html("Zażółć gęślą jaźń".encode("iso-8859-2"), "text/html")
'Zażółć gęślą jaźń'
>>> decode_html("Zażółć gęślą jaźń".encode("cp1250"), "text/html; charset=iso-8859-1")
'Zażółć gęślą jaźń'
"""

from __future__ import annotations

import codecs
import re

from w3lib.encoding import html_body_declared_encoding, html_to_unicode, http_content_type_encoding

POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# Characters that windows-1252 / ISO-8859-1 / the wrong Central European codec produce from Polish text.
MOJIBAKE = set("¹³¿œŸ¥ª¯Œ\x8c\x8f\x9c\x9f±¶¼¡¦¬")
LATIN1_FAMILY = {"cp1252", "iso8859-1", "latin-1", "latin1", "iso-8859-1", "windows-1252", "ascii", "us-ascii"}
CANDIDATES = ("cp1250", "iso8859-2", "cp1252")


def _score(text: str) -> int:
    return sum(1 for c in text if c in POLISH) - 3 * sum(1 for c in text if c in MOJIBAKE)


def detect_encoding(body: bytes) -> str:
    """The most plausible encoding of bytes that declare none."""
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best, best_score = "cp1252", None
    for enc in CANDIDATES:
        text = body.decode(enc, errors="replace")
        score = _score(text) - 5 * text.count("\ufffd")
        if best_score is None or score > best_score:
            best, best_score = enc, score
    return best


def _normal(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(body: bytes, content_type: str | None) -> str:
    """Unicode text of an HTML page."""
    return c1_punctuation(_decode(body, content_type))


def _decode(body: bytes, content_type: str | None) -> str:
    declared = _normal(http_content_type_encoding(content_type or "")) or _normal(
        html_body_declared_encoding(body[:4096]))
    if declared and codecs.lookup(declared).name in {_normal(n) for n in LATIN1_FAMILY if _normal(n)}:
        # Servers often send ISO-8859-1 by default for pages written in windows-1250.
        guessed = detect_encoding(body)
        if guessed in ("cp1250", "iso8859-2") and _score(body.decode(guessed, errors="replace")) > 0:
            return _strip_bom(body.decode(guessed, errors="replace"))
    if declared == "utf-8" or (declared is None and len(UTF8_POLISH.findall(body[:200000])) >= MIXED_MIN_LETTERS):
        try:
            return _strip_bom(body.decode("utf-8"))
        except UnicodeDecodeError:
            guessed = detect_encoding(body)
            if guessed != "utf-8":
                return _strip_bom(mixed_decode(body, guessed))
    _, text = html_to_unicode(content_type, body, auto_detect_fun=lambda b: detect_encoding(b))
    return _strip_bom(text)


# Polish letters written in UTF-8 (ą ć ę ł ń ś ź ż and capitals: two bytes led by 0xC4 or 0xC5, which windows-1250 and
# ISO-8859-2 text hardly ever holds), and how many of them mark an undeclared page as UTF-8 at least in part.
UTF8_POLISH = re.compile(rb"[\xc4\xc5][\x80-\xbf]")
MIXED_MIN_LETTERS = 3


def _single_byte_fallback(encoding: str):
    def handler(error: UnicodeDecodeError) -> tuple[str, int]:
        return error.object[error.start:error.end].decode(encoding, errors="replace"), error.end
    return handler


for _enc in CANDIDATES:
    codecs.register_error(f"monitor-{_enc}", _single_byte_fallback(_enc))


def mixed_decode(body: bytes, fallback: str) -> str:
    """UTF-8 bytes as UTF-8, and the bytes that are not UTF-8 in the single-byte encoding `fallback`: a
    page declared UTF-8 whose older parts (a text pasted from a legacy system, a template's byline) are
    windows-1250 keeps both its halves readable (decoding all of it one way garbles the other half).

    >>> mixed_decode("Tytuł: ".encode("utf-8") + "Opublikowano 19 września".encode("cp1250"), "cp1250")
    'Tytuł: Opublikowano 19 września'
    """
    return body.decode("utf-8", errors=f"monitor-{fallback}")


# C1 control characters mean nothing in a page's text: an ISO-8859-2 page (or a UTF-8 export of one) that
# has them got its dashes and quotes from a Windows editor ("\x96" for "–", "\x84…\x94" for "„…”").
C1 = re.compile("[\x80-\x9f]")
C1_AS_CP1250 = {i: bytes([i]).decode("cp1250", errors="replace") for i in range(0x80, 0xA0)}
C1_AS_CP1250 = {i: c for i, c in C1_AS_CP1250.items() if c != "\ufffd"}


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def c1_punctuation(text: str) -> str:
    """C1 controls read as the windows-1250 punctuation they stand for.

    >>> c1_punctuation("Targi \x84Rzemiosło\x94 \x96 Kalisz")
    'Targi „Rzemiosło” – Kalisz'
    """
    return text.translate(C1_AS_CP1250) if C1.search(text) else text


def fix_mojibake(text: str) -> str:
    """UTF-8 bytes read as windows-1252 ('Å‚' for 'ł'): undo it when that is clearly what happened."""
    if not re.search("[ÃÅÄ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]", text):
        return text
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return fixed
