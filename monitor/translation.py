"""Translators behind one small interface, Scrapy-free so `monitor translate` can use them."""

from __future__ import annotations

from typing import Protocol


class TranslationError(Exception):
    """A translation call failed (network, HTTP error, garbage answer, timeout)."""


class Translator(Protocol):
    provider: str

    def translate(self, text: str, source: str, target: str) -> str: ...


class DeepTranslator:
    """deep-translator providers."""

    def __init__(self, provider: str, url: str | None = None, key: str | None = None, timeout: float = 15.0):
        self.provider = provider
        self.url = url
        self.key = key
        self.timeout = timeout

    def __repr__(self) -> str:  # never show the key
        return f"DeepTranslator(provider={self.provider!r}, url={self.url!r})"

    def _client(self, source: str, target: str):
        import deep_translator as dt

        if self.provider == "google":
            return dt.GoogleTranslator(source=source, target=target)
        if self.provider == "libre":
            url = self.url if self.url.endswith("/") else self.url + "/"
            return dt.LibreTranslator(source=source, target=target, api_key=self.key or "none", custom_url=url)
        if self.provider == "deepl":
            return dt.DeeplTranslator(source=source, target=target, api_key=self.key)
        if self.provider == "mymemory":
            return dt.MyMemoryTranslator(source=source, target=target)
        if self.provider == "microsoft":
            return dt.MicrosoftTranslator(source=source, target=target, api_key=self.key)
        raise TranslationError(f"unknown translator {self.provider!r}")

    def translate(self, text: str, source: str, target: str) -> str:
        try:
            result = self._client(source, target).translate(text)
        except Exception as exc:
            raise TranslationError(f"{self.provider}: {type(exc).__name__}: {exc}") from None
        if not result or not isinstance(result, str) or not result.strip():
            raise TranslationError(f"{self.provider}: empty answer")
        return result.strip()


def make_translator(provider: str, url: str | None = None, key: str | None = None,
                    timeout: float = 15.0) -> Translator | None:
    """The translator for a provider name, or None for 'none'."""
    if provider == "none":
        return None
    return DeepTranslator(provider, url, key, timeout)


def complete_pending(store, translator: Translator, target: str = "en", progress=None) -> tuple[int, int]:
    """Translate items left pending; return (translated, still pending)."""
    done = failed = 0
    pending = store.pending_translations()
    for item in (progress(pending) if progress else pending):
        source = item.get("language") or "auto"
        fields = {}
        try:
            for key in ("title", "summary"):
                text = item.get(key) or ""
                if not text:
                    fields[f"{key}_en"] = ""
                    continue
                cached = store.cached_translation(translator.provider, source, target, text)
                if cached is None:
                    cached = translator.translate(text, source, target)
                    store.cache_translation(translator.provider, source, target, text, cached)
                fields[f"{key}_en"] = cached
        except TranslationError:
            failed += 1
            continue
        fields.update(translation_status="done", translator=translator.provider)
        store.save_translation(item["id"], fields)
        done += 1
    return done, failed
