"""Property-based tests (hypothesis): URL canonicalisation, date parsing, text normalisation.

Each property is something a user relies on without thinking of it: one article is one URL
however it was linked, a junk href or date never stops a crawl, and stored text is clean but
still the author's (emoji, right-to-left scripts, Polish quotes).
"""

from __future__ import annotations

import datetime as dt
import string
import unicodedata
from urllib.parse import urlsplit

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from monitor.extract.dates import parse_date
from monitor.pipelines.normalize import clean_text
from monitor.urls import canonical_url

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------------------------- URLs
hosts = st.from_regex(r"[a-zA-Z][a-zA-Z0-9-]{0,20}(\.[a-zA-Z][a-zA-Z0-9-]{0,10}){1,3}", fullmatch=True)
path_chars = string.ascii_letters + string.digits + "-._~%/!$'()*+,;=:@ąęłóżźćń"  # (hrefs come stripped)
paths = st.text(alphabet=path_chars, max_size=40).map(lambda p: "/" + p.lstrip("/"))
query_pairs = st.lists(
    st.tuples(st.sampled_from(["id", "page", "q", "utm_source", "utm_medium", "fbclid", "PHPSESSID", "lang", "a b"]),
              st.text(alphabet=string.ascii_letters + string.digits + "%+=-_ ", max_size=8)),
    max_size=5)
urls = st.builds(
    lambda scheme, host, port, path, pairs, frag: (
        f"{scheme}://{host}{port}{path}" + ("?" + "&".join(f"{k}={v}" for k, v in pairs) if pairs else "")
        + (f"#{frag}" if frag else "")),
    st.sampled_from(["http", "https", "HTTP", "Https"]), hosts,
    st.sampled_from(["", ":80", ":443", ":8080"]), paths, query_pairs,
    st.text(alphabet=string.ascii_letters, max_size=6))


@SETTINGS
@given(urls)
def test_canonical_url_is_idempotent_and_keeps_the_host(url):
    once = canonical_url(url)
    assert canonical_url(once) == once
    assert urlsplit(once).hostname == urlsplit(url).hostname.lower()
    assert "#" not in once and "utm_" not in once and "fbclid" not in once


@SETTINGS
@given(urls, st.sampled_from(["utm_campaign=x", "fbclid=abc", "gclid=1"]), st.text(string.ascii_letters, max_size=5))
def test_tracking_parameters_and_fragments_never_make_two_urls_of_one_article(url, tracking, fragment):
    base = url.split("#", 1)[0].strip()      # hrefs come stripped
    joined = base + ("&" if "?" in base else "?") + tracking + (f"#{fragment}" if fragment else "")
    assert canonical_url(joined) == canonical_url(base)


@SETTINGS
@given(st.text(max_size=80))
@example("http://[::1")                 # an unclosed IPv6 bracket: urlsplit raises ValueError
@example("http://exa mple.org:99999999/a")
@example("\x00http://x.org/\ud800")
@example("//")
def test_canonical_url_never_raises_on_junk(text):
    assert isinstance(canonical_url(text), str)


# ---------------------------------------------------------------------------------- dates
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
SHAPES = {
    "iso": lambda d: d.isoformat(),
    "iso-time": lambda d: f"{d.isoformat()} 10:15",
    "iso-dotted": lambda d: d.strftime("%Y.%m.%d"),
    "dotted": lambda d: d.strftime("%d.%m.%Y"),
    "slashed": lambda d: d.strftime("%d/%m/%Y"),
    "roman": lambda d: f"{d.day} {ROMAN[d.month - 1]} {d.year}",
    "polish": lambda d: f"{d.day} {PL_MONTHS[d.month - 1]} {d.year}",
    "english": lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
    "english-us": lambda d: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
}
dates = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31))


@settings(max_examples=120, deadline=None)
@given(dates, st.sampled_from(sorted(SHAPES)), st.sampled_from(["", "Opublikowano: ", "Posted on "]))
def test_dates_in_every_supported_shape_round_trip(day, shape, prefix):
    text = prefix + SHAPES[shape](day)
    assert parse_date(text) == day.isoformat(), text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
@example("31.02.2021")            # no such day
@example("0000-00-00")
@example("9999-12-31")
@example("1 I 0001")
@example("99/99/9999")
def test_parse_date_never_raises_and_answers_a_sane_date(text):
    result = parse_date(text)
    if result is not None:
        day = dt.date.fromisoformat(result)
        assert 1900 <= day.year <= 2100, (text, result)


# ---------------------------------------------------------------------------------- text
CONTROL = [chr(c) for c in range(0, 32) if chr(c) not in "\t\n\r"] + ["\x7f"]
texts = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=120)


@SETTINGS
@given(texts)
@example("a\x00b\x00c")
@example("AT&amp;amp;T")
@example("&lt;script&gt;")
def test_clean_text_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@SETTINGS
@given(texts)
@example("tail\x00\x00 text\x1b[31m\x07")
def test_clean_text_strips_nul_and_control_characters(text):
    out = clean_text(text)
    assert not any(c in out for c in CONTROL), repr(out)
    assert out == out.strip() and "  " not in out


@SETTINGS
@given(st.lists(st.sampled_from(["Nagroda 🏆 dla klastra", "جائزة الابتكار", "פרס לאשכול", "Zażółć gęślą jaźń",
                                 "„cytat”", "emoji 👩‍🔬🇵🇱", "مرحبا 123 world", "naïve café"]), min_size=1, max_size=4))
def test_clean_text_keeps_emoji_rtl_scripts_and_polish_quotes(words):
    text = " ".join(words)
    assert unicodedata.normalize("NFC", clean_text(text)) == unicodedata.normalize("NFC", text)
