"""Translators behind one small interface, Scrapy-free so `monitor translate` can use them.

deep-translator does the provider work; this module makes it dependable (PITFALLS.md item 5):

- every HTTP attempt is bounded twice: a per-socket `timeout` injected into `requests` for our
  worker threads only (deep-translator passes none), and a hard deadline on the whole attempt
  (it runs in a daemon thread that we stop waiting for), so no library behaviour can hang us;
- connection errors, HTTP errors, timeouts and garbage answers (empty, an HTML page, a long
  text echoed back, provider warnings) all become TranslationError;
- transient failures (timeouts, connection errors, 408/429/5xx, garbage) are retried with
  exponential backoff (Retry-After honoured), within a total time budget per text;
- after several texts failed in a row the translator stops calling the provider for a while
  (circuit breaker), so an outage costs seconds, not minutes; items stay pending;
- long texts are split on paragraph/sentence/word boundaries under each provider's limit
  (LibreTranslate and DeepL send the text in the URL, measured URL-encoded) and joined back.
"""

from __future__ import annotations

import functools
import logging
import os
import random
import re
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from monitor.awards.english import evidence_with_english

if TYPE_CHECKING:
    from storage import Store

logger = logging.getLogger(__name__)

PROVIDERS = ("google", "libre", "deepl", "mymemory", "microsoft")
KEY_ENV = {"deepl": "DEEPL_API_KEY", "microsoft": "MICROSOFT_API_KEY", "libre": "LIBRE_API_KEY"}

BACKOFF_BASE = 0.5          # seconds before the first retry, doubled each time
BACKOFF_MAX = 8.0           # longest single wait (Retry-After included)
BREAKER_THRESHOLD = 5       # texts failed in a row (transiently) before the breaker opens
BREAKER_COOLDOWN = 30.0     # seconds the provider is left alone once the breaker is open
DEADLINE_GRACE = 2.0        # extra seconds over the socket timeout before an attempt is abandoned


class TranslationError(Exception):
    """A translation call failed (network, HTTP error, garbage answer, timeout).

    `transient` failures may succeed when retried later; `status` is the HTTP status when known.
    """

    def __init__(self, message: str, *, transient: bool = True, status: int | None = None,
                 retry_after: float | None = None):
        super().__init__(message)
        self.transient = transient
        self.status = status
        self.retry_after = retry_after


class Translator(Protocol):
    provider: str

    def translate(self, text: str, source: str, target: str) -> str: ...


# ---------------------------------------------------------------------------------- limits
def _url_encoded_length(text: str) -> int:
    return len(urllib.parse.quote_plus(text))


@dataclass(frozen=True)
class Limit:
    """Largest text one request may carry, measured by `measure` (characters by default)."""

    size: int
    measure: Callable[[str], int] = len

    def fits(self, text: str) -> bool:
        return self.measure(text) <= self.size


LIMITS: dict[str, Limit] = {
    "google": Limit(4500),                         # deep-translator refuses 5,000 characters
    "libre": Limit(6000, _url_encoded_length),     # q travels in the query string (HTTP 414)
    "deepl": Limit(6000, _url_encoded_length),     # GET with the text in the query string
    "mymemory": Limit(480),                        # deep-translator refuses 500 characters
    "microsoft": Limit(9000),                      # 50,000 per request; keep requests small
}

_PARAGRAPHS = re.compile(r"(\n\s*\n)")
_LINES = re.compile(r"(\n)")
_SENTENCES = re.compile(r"(?<=[.!?…:;])(\s+)(?=[\"'„“«(\[]?[A-ZĄĆĘŁŃÓŚŹŻ0-9])")
_WORDS = re.compile(r"(\s+)")


def split_text(text: str, fits: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Split text into chunks that fit, on paragraph, then line, sentence, word boundaries.

    Returns (chunk, separator that followed it); joining chunk + separator gives the text back.
    A single word longer than the limit is cut.
    """
    if fits(text):
        return [(text, "")]
    for pattern in (_PARAGRAPHS, _LINES, _SENTENCES, _WORDS):
        parts = pattern.split(text)
        if len(parts) < 3:
            continue
        pieces = [(parts[i], parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
        chunks: list[tuple[str, str]] = []
        current, current_sep = "", ""
        for piece, sep in pieces:
            candidate = current + current_sep + piece if current else piece
            if current and not fits(candidate):
                chunks.append((current, current_sep))
                current = piece
            else:
                current = candidate
            current_sep = sep
        chunks.append((current, current_sep))
        out: list[tuple[str, str]] = []
        for chunk, sep in chunks:
            if fits(chunk):
                out.append((chunk, sep))
            else:
                sub = split_text(chunk, fits)
                out.extend(sub[:-1])
                out.append((sub[-1][0], sep))
        return out
    # one enormous word: cut it
    cut = len(text)
    while cut > 1 and not fits(text[:cut]):
        cut = max(1, cut * 3 // 4)
    return [(text[:cut], ""), *split_text(text[cut:], fits)] if cut < len(text) else [(text, "")]


def join_chunks(chunks: Iterable[tuple[str, str]]) -> str:
    return "".join(chunk + sep for chunk, sep in chunks).strip()


# ---------------------------------------------------------------------------------- answers
_HTML = re.compile(r"<\s*(!doctype|html|head|body|title|div|p|h1|br)\b", re.IGNORECASE)
_PROVIDER_WARNINGS = re.compile(
    r"MYMEMORY WARNING|QUERY LENGTH LIMIT EXCEEDED|INVALID LANGUAGE PAIR|PLEASE SELECT TWO DISTINCT LANGUAGES"
    r"|too many requests|service unavailable|internal server error",
    re.IGNORECASE,
)


def check_answer(text: str, answer: Any) -> str:
    """The translation, or TranslationError when the provider answered garbage."""
    if not isinstance(answer, str) or not answer.strip():
        raise TranslationError("empty answer")
    answer = answer.strip()
    if _HTML.search(answer) and not _HTML.search(text):
        raise TranslationError("answer is an HTML page, not a translation")
    if _PROVIDER_WARNINGS.search(answer) and not _PROVIDER_WARNINGS.search(text):
        raise TranslationError(f"answer is a provider message: {answer[:80]!r}")
    if len(text) >= 60 and len(text.split()) >= 8:
        if " ".join(answer.split()) == " ".join(text.split()):
            raise TranslationError("the text came back untranslated")
        if len(answer) < len(text) * 0.2 or len(answer) > len(text) * 5:
            raise TranslationError(f"answer length {len(answer)} is implausible for {len(text)} characters")
    return answer


# ---------------------------------------------------------------------------------- bounded HTTP
_local = threading.local()
_patch_lock = threading.Lock()
_patched = False


def _install_requests_timeout() -> None:
    """Give requests made from our translation threads a timeout and record their status.

    deep-translator calls `requests.get/post` without a timeout. Session.request is wrapped once;
    the wrapper acts only in threads that set `_local.timeout` (our attempt threads), so other
    users of requests in the process are untouched.
    """
    global _patched
    with _patch_lock:
        if _patched:
            return
        import requests.sessions

        original = requests.sessions.Session.request

        @functools.wraps(original)
        def request(self: Any, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            timeout = getattr(_local, "timeout", None)
            if timeout is not None and kwargs.get("timeout") is None:
                kwargs["timeout"] = timeout
            response = original(self, method, url, *args, **kwargs)
            if timeout is not None:
                _local.last = (response.status_code, response.headers.get("Retry-After"))
            return response

        requests.sessions.Session.request = request  # type: ignore[method-assign]
        _patched = True


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _classify(exc: BaseException, last: tuple[int, str | None] | None, provider: str) -> TranslationError:
    """Turn whatever the library raised into a TranslationError (transient or not)."""
    import requests

    status = last[0] if last else None
    retry_after = _retry_after(last[1]) if last else None
    name = type(exc).__name__
    if isinstance(exc, TranslationError):
        return exc
    if isinstance(exc, requests.exceptions.Timeout):
        return TranslationError(f"{provider}: timed out", status=None)
    if isinstance(exc, requests.exceptions.ConnectionError):
        return TranslationError(f"{provider}: cannot connect: {exc.__class__.__name__}")
    if isinstance(exc, (ValueError, KeyError, TypeError)) and status is not None and 200 <= status < 300:
        return TranslationError(f"{provider}: garbage answer (HTTP {status}, {name})", status=status)
    if status is not None and not 200 <= status < 300:
        transient = status in (408, 425, 429) or status >= 500
        return TranslationError(f"{provider}: HTTP {status} ({name})", transient=transient, status=status,
                                retry_after=retry_after)
    permanent = {"ApiKeyException", "AuthorizationException", "LanguageNotSupportedException",
                 "InvalidSourceOrTargetLanguage", "NotValidPayload", "NotValidLength"}
    if name in permanent:
        return TranslationError(f"{provider}: {name}: {exc}", transient=False)
    if name == "TooManyRequests":
        return TranslationError(f"{provider}: rate limited", status=429)
    return TranslationError(f"{provider}: {name}: {exc}")


def bounded_call(fn: Callable[[], Any], timeout: float, provider: str = "translator") -> Any:
    """Run fn (which uses requests) with a socket timeout and a hard deadline.

    fn runs in a daemon thread; when it overruns `timeout + DEADLINE_GRACE` we stop waiting and
    raise TranslationError. The thread then ends by itself at its next socket timeout.
    """
    _install_requests_timeout()
    box: dict[str, Any] = {}

    def run() -> None:
        _local.timeout = timeout
        _local.last = None
        try:
            box["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - everything is reported to the caller
            box["error"] = exc
        finally:
            box["last"] = _local.last

    thread = threading.Thread(target=run, name=f"translate-{provider}", daemon=True)
    thread.start()
    thread.join(timeout + DEADLINE_GRACE)
    if thread.is_alive():
        raise TranslationError(f"{provider}: no answer within {timeout + DEADLINE_GRACE:.0f} s")
    if "error" in box:
        raise _classify(box["error"], box.get("last"), provider)
    return box["result"]


# ---------------------------------------------------------------------------------- translator
class DeepTranslator:
    """One deep-translator provider, made dependable (see the module docstring).

    Thread-safe: a new deep-translator client is built per request (GoogleTranslator instances
    must not be shared across threads).
    """

    def __init__(self, provider: str, url: str | None = None, key: str | None = None, timeout: float = 15.0,
                 retries: int = 2, backoff: float = BACKOFF_BASE):
        if provider not in PROVIDERS:
            raise TranslationError(f"unknown translator {provider!r}", transient=False)
        if provider == "libre" and not url:
            raise TranslationError("translator 'libre' needs a server URL", transient=False)
        self.provider = provider
        self.url = url if not url or url.endswith("/") else url + "/"
        self.key = key or os.environ.get(KEY_ENV.get(provider, ""), "") or None
        if provider in ("deepl", "microsoft") and not self.key:
            raise TranslationError(f"translator {provider!r} needs an API key (translator_key or "
                                   f"MONITOR_TRANSLATOR_KEY or {KEY_ENV[provider]})", transient=False)
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.limit = LIMITS[provider]
        self.requests_sent = 0
        self._lock = threading.Lock()
        self._failures_in_a_row = 0
        self._open_until = 0.0

    def __repr__(self) -> str:  # never show the key
        return f"DeepTranslator(provider={self.provider!r}, url={self.url!r})"

    # -- one request
    def _client(self, source: str, target: str) -> Any:
        import deep_translator as dt

        if self.provider == "google":
            return dt.GoogleTranslator(source=source, target=target)
        if self.provider == "libre":
            # a keyless server still needs a non-empty api_key (PITFALLS.md item 5)
            return dt.LibreTranslator(source=source, target=target, api_key=self.key or "none",
                                      custom_url=self.url)
        if self.provider == "deepl":
            return dt.DeeplTranslator(source=source, target=target, api_key=self.key,
                                      use_free_api=self.key.endswith(":fx"))  # type: ignore[union-attr]
        if self.provider == "mymemory":
            return dt.MyMemoryTranslator(source=source, target=target)
        return dt.MicrosoftTranslator(source=source, target=target, api_key=self.key)

    def _request(self, text: str, source: str, target: str, timeout: float) -> str:
        with self._lock:
            self.requests_sent += 1
        # the client is built inside the bounded call: MicrosoftTranslator calls the network there
        answer = bounded_call(lambda: self._client(source, target).translate(text), timeout, self.provider)
        return check_answer(text, answer)

    # -- one chunk, with retries
    def _translate_chunk(self, text: str, source: str, target: str, deadline: float) -> str:
        attempt = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0.5:
                raise TranslationError(f"{self.provider}: gave up, time budget spent")
            try:
                return self._request(text, source, target, min(self.timeout, remaining))
            except TranslationError as exc:
                attempt += 1
                if not exc.transient or attempt > self.retries:
                    raise
                wait = min(BACKOFF_MAX, self.backoff * 2 ** (attempt - 1)) * random.uniform(0.8, 1.2)
                if exc.retry_after is not None:
                    wait = max(wait, exc.retry_after)
                if wait > BACKOFF_MAX or time.monotonic() + wait >= deadline:
                    raise
                logger.debug("%s: %s; retry %d in %.1f s", self.provider, exc, attempt, wait)
                time.sleep(wait)

    # -- the public call
    def translate(self, text: str, source: str, target: str) -> str:
        """The translation of text (split and joined back when long), or TranslationError."""
        text = (text or "").strip()
        if not text:
            return ""
        if source == target:
            return text
        now = time.monotonic()
        with self._lock:
            if now < self._open_until:
                raise TranslationError(
                    f"{self.provider}: unavailable ({self._failures_in_a_row} failures in a row); not called "
                    f"for {self._open_until - now:.0f} s more")
        chunks = split_text(text, self.limit.fits)
        deadline = now + self.timeout * (self.retries + len(chunks)) + BACKOFF_MAX * self.retries
        try:
            translated = [(self._translate_chunk(c, source, target, deadline), sep) for c, sep in chunks]
        except TranslationError as exc:
            if exc.transient:
                with self._lock:
                    self._failures_in_a_row += 1
                    if self._failures_in_a_row >= BREAKER_THRESHOLD:
                        self._open_until = time.monotonic() + BREAKER_COOLDOWN
            raise
        with self._lock:
            self._failures_in_a_row = 0
            self._open_until = 0.0
        return join_chunks(translated)


def make_translator(provider: str, url: str | None = None, key: str | None = None, timeout: float = 15.0,
                    retries: int = 2, backoff: float = BACKOFF_BASE) -> Translator | None:
    """The translator for a provider name, or None for 'none'."""
    if provider == "none":
        return None
    return DeepTranslator(provider, url, key, timeout, retries, backoff)


# ---------------------------------------------------------------------------------- pending items
def field_languages(item: dict[str, Any]) -> dict[str, str]:
    """Source language of each translatable field of a stored item.

    The title's own language is detected again (it is not stored), with the item's as prior.
    """
    from monitor.language import title_language

    language = item.get("language") or "auto"
    title = item.get("title") or ""
    title_lang = title_language(title, language) if language != "auto" else language
    return {"title": title_lang, "summary": language, "body": language}


PENDING_ROUNDS = 4   # passes over the pending items while each pass still translates some


def complete_pending(
    store: "Store",
    translator: Translator,
    target: str = "en",
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
    translate_body: bool = False,
    concurrency: int = 4,
    after_item: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Translate items left pending; return (translated, still pending).

    Cache reads and writes and item updates happen on the calling thread (SQLite); only the
    provider calls run in a pool of `concurrency` threads. Each distinct text is sent once per pass.
    A flapping provider (every other request failing) can fail one text on all its retries: while
    a pass still translates something, the items left pending get another pass; a pass that
    translates nothing (an outage) ends it.
    """
    done = failed = 0
    for _ in range(PENDING_ROUNDS):
        round_done, failed = _complete_pending_once(store, translator, target, progress, translate_body,
                                                    concurrency, after_item)
        done += round_done
        if not failed or not round_done:
            break
    return done, failed


def _complete_pending_once(
    store: "Store",
    translator: Translator,
    target: str,
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None,
    translate_body: bool,
    concurrency: int,
    after_item: Callable[[int], None] | None,
) -> tuple[int, int]:
    from concurrent.futures import Future, ThreadPoolExecutor

    pending = store.pending_translations()
    keys = ("title", "summary", "body") if translate_body else ("title", "summary")
    done = failed = 0
    with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="translate") as pool:
        inflight: dict[tuple[str, str, str], Future[str]] = {}
        plans = []
        for item in pending:
            langs = field_languages(item)
            plan: dict[str, Any] = {}
            for key in keys:
                text = (item.get(key) or "").strip()
                source = langs[key]
                if not text or source == target:
                    plan[key] = text
                    continue
                cached = store.cached_translation(translator.provider, source, target, text)
                if cached is not None:
                    plan[key] = cached
                    continue
                job = (source, target, text)
                if job not in inflight:
                    inflight[job] = pool.submit(translator.translate, text, source, target)
                plan[key] = job
            plans.append((item, plan))
        for item, plan in (progress(plans) if progress else plans):
            fields: dict[str, Any] = {}
            ok = True
            for key, value in plan.items():
                if isinstance(value, tuple):
                    try:
                        result = inflight[value].result()
                    except TranslationError as exc:
                        logger.info("item %s: %s not translated: %s", item["id"], key, exc)
                        ok = False
                        continue
                    store.cache_translation(translator.provider, value[0], value[1], value[2], result)
                    value = result
                fields[f"{key}_en"] = value
            if not ok:
                failed += 1
                continue
            fields.update(translation_status="done", translator=translator.provider)
            evidence = evidence_with_english(item, fields)   # award details in English, as in the crawl
            if evidence is not None:
                fields["award_evidence"] = evidence
            store.save_translation(item["id"], fields)
            done += 1
            if after_item is not None:
                after_item(item["id"])
    return done, failed
