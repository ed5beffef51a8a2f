"""Load and validate the TOML configuration ([monitor], [scrapy], [[sources]], [[topics]]).

Validation happens once, at the edge, before any request is made; every error names the file,
the source and the field. Components never read TOML: they read `crawler.settings`, and the
spider receives a ready `Source`.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

TRANSLATORS = ("google", "libre", "deepl", "mymemory", "microsoft", "none")
SOURCE_TYPES = ("site", "feed", "sitemap")
RENDER_MODES = ("http", "browser", "auto")   # how a site's listing pages are fetched (monitor.render)
SELECTOR_FIELDS = ("article_links", "next_page", "title", "date", "body")
SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")


class ConfigError(Exception):
    """The configuration file is unusable; the message names file, source and field."""


@dataclass(frozen=True)
class Source:
    """One watched website: its start URL and optional selector overrides."""

    name: str
    url: str
    type: str = "site"
    language: str | None = None
    max_pages: int = 5
    article_links: str | None = None
    next_page: str | None = None
    title: str | None = None
    date: str | None = None
    body: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    render: str = "http"
    api: str | None = None          # a JSON endpoint listing the news, read instead of guessing one

    @property
    def needs_browser(self) -> bool:
        """The listing may be rendered in Chromium (render = browser or auto)."""
        return self.render != "http"

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").lower()

    @property
    def has_overrides(self) -> bool:
        return any(getattr(self, f) for f in SELECTOR_FIELDS)


@dataclass(frozen=True)
class Topic:
    """A bilingual topic: lemmas/terms per language whose presence tags an item."""

    name: str
    terms: dict[str, tuple[str, ...]]


@dataclass
class Config:
    """The whole validated configuration."""

    path: str
    database: str | None = None
    target_language: str = "en"
    translator: str = "google"
    translator_url: str | None = None
    translator_key: str | None = None
    translate_body: bool = False
    scrapy: dict[str, Any] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    daily: dict[str, Any] = field(default_factory=dict)

    def source(self, name: str) -> Source:
        for s in self.sources:
            if s.name == name:
                return s
        known = ", ".join(s.name for s in self.sources)
        raise ConfigError(f"{self.path}: no source named {name!r} (known: {known})")


MONITOR_FIELDS: dict[str, type | tuple[type, ...]] = {
    "database": str,
    "target_language": str,
    "translator": str,
    "translator_url": str,
    "translator_key": str,
    "translate_body": bool,
}
SOURCE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "url": str,
    "type": str,
    "language": str,
    "max_pages": int,
    "article_links": str,
    "next_page": str,
    "title": str,
    "date": str,
    "body": str,
    "include": list,
    "exclude": list,
    "render": str,
    "api": str,
}
TOP_LEVEL = {"monitor", "scrapy", "sources", "topics", "daily"}


def _type_name(t: type | tuple[type, ...]) -> str:
    names = {str: "a string", int: "an integer", bool: "true or false", list: "a list of strings"}
    return names.get(t, getattr(t, "__name__", str(t)))  # type: ignore[arg-type]


def _check_type(where: str, key: str, value: Any, expected: type | tuple[type, ...]) -> None:
    # bool is an int in Python: do not accept `max_pages = true`.
    if expected is int and isinstance(value, bool) or not isinstance(value, expected):
        raise ConfigError(f"{where}: field {key!r} must be {_type_name(expected)}, got {value!r}")


def check_url(where: str, key: str, url: str) -> None:
    """Raise ConfigError unless url is an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: field {key!r} must be an http(s) URL, got {url!r}")


def _parse_source(path: str, index: int, raw: Any) -> Source:
    where = f"{path}: [[sources]] #{index + 1}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: must be a table")
    if isinstance(raw.get("name"), str):
        where = f"{path}: source {raw['name']!r}"
    unknown = sorted(set(raw) - set(SOURCE_FIELDS))
    if unknown:
        raise ConfigError(f"{where}: unknown field {unknown[0]!r} (allowed: {', '.join(SOURCE_FIELDS)})")
    for key in ("name", "url"):
        if key not in raw:
            raise ConfigError(f"{where}: missing required field {key!r}")
    for key, value in raw.items():
        _check_type(where, key, value, SOURCE_FIELDS[key])
    if not SLUG.match(raw["name"]):
        raise ConfigError(f"{where}: field 'name' must be a slug (letters, digits, - _ .), got {raw['name']!r}")
    check_url(where, "url", raw["url"])
    stype = raw.get("type", "site")
    if stype not in SOURCE_TYPES:
        raise ConfigError(f"{where}: field 'type' must be one of {', '.join(SOURCE_TYPES)}, got {stype!r}")
    language = raw.get("language")
    if language is not None and not LANGUAGE_CODE.match(language):
        raise ConfigError(f"{where}: field 'language' must be an ISO 639-1 code like 'pl', got {language!r}")
    render = raw.get("render", "http")
    if render not in RENDER_MODES:
        raise ConfigError(f"{where}: field 'render' must be one of {', '.join(RENDER_MODES)}, got {render!r}")
    for key in ("render", "api"):
        if raw.get(key, "http") != "http" and stype != "site":
            raise ConfigError(f"{where}: field {key!r} applies to type = \"site\" sources only, not {stype!r}")
    api = raw.get("api")
    if api is not None:
        check_url(where, "api", api)
    max_pages = raw.get("max_pages", 5)
    if max_pages < 1:
        raise ConfigError(f"{where}: field 'max_pages' must be at least 1, got {max_pages}")
    patterns: dict[str, tuple[str, ...]] = {}
    for key in ("include", "exclude"):
        items = raw.get(key, [])
        for pattern in items:
            if not isinstance(pattern, str):
                raise ConfigError(f"{where}: field {key!r} must be a list of strings, got {pattern!r}")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigError(f"{where}: field {key!r} has a bad regular expression {pattern!r}: {exc}") from None
        patterns[key] = tuple(items)
    for key in SELECTOR_FIELDS:
        if key in raw:
            _check_selector(where, key, raw[key])
    return Source(
        name=raw["name"],
        url=raw["url"],
        type=stype,
        language=language,
        max_pages=max_pages,
        include=patterns["include"],
        exclude=patterns["exclude"],
        render=render,
        api=api,
        **{k: raw.get(k) for k in SELECTOR_FIELDS},
    )


def _check_selector(where: str, key: str, selector: str) -> None:
    from parsel import Selector

    probe = Selector(text="<html><body></body></html>")
    try:
        if selector.startswith(("/", "(")):
            probe.xpath(selector)
        else:
            probe.css(selector)
    except Exception as exc:  # parsel raises several kinds for bad expressions
        raise ConfigError(f"{where}: field {key!r} is not a valid selector {selector!r}: {exc}") from None


def _parse_topic(path: str, index: int, raw: Any) -> Topic:
    where = f"{path}: [[topics]] #{index + 1}"
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise ConfigError(f"{where}: a topic needs a string field 'name'")
    where = f"{path}: topic {raw['name']!r}"
    terms: dict[str, tuple[str, ...]] = {}
    for key, value in raw.items():
        if key == "name":
            continue
        if not LANGUAGE_CODE.match(key):
            raise ConfigError(f"{where}: unknown field {key!r} (expected 'name' and language codes like 'pl', 'en')")
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: field {key!r} must be a list of strings")
        terms[key] = tuple(value)
    if not terms:
        raise ConfigError(f"{where}: a topic needs at least one language list, e.g. pl = [\"nabór\"]")
    return Topic(name=raw["name"], terms=terms)


def load(path: str | os.PathLike[str]) -> Config:
    """Read and validate a TOML config file; raise ConfigError naming what is wrong."""
    path = str(path)
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - TOP_LEVEL)
    if unknown:
        raise ConfigError(f"{path}: unknown table {unknown[0]!r} (allowed: {', '.join(sorted(TOP_LEVEL))})")
    cfg = Config(path=path)
    monitor = data.get("monitor", {})
    if not isinstance(monitor, dict):
        raise ConfigError(f"{path}: [monitor] must be a table")
    for key, value in monitor.items():
        if key not in MONITOR_FIELDS:
            raise ConfigError(f"{path}: [monitor]: unknown field {key!r} (allowed: {', '.join(MONITOR_FIELDS)})")
        _check_type(f"{path}: [monitor]", key, value, MONITOR_FIELDS[key])
        setattr(cfg, key, value)
    if cfg.database is not None and not os.path.isabs(cfg.database):
        # A relative database path is relative to the config file, not to wherever cron starts us.
        cfg.database = str(Path(path).resolve().parent / cfg.database)
    if cfg.translator not in TRANSLATORS:
        raise ConfigError(f"{path}: [monitor]: field 'translator' must be one of {', '.join(TRANSLATORS)}, got {cfg.translator!r}")
    if cfg.translator_url is not None:
        check_url(f"{path}: [monitor]", "translator_url", cfg.translator_url)
    if not LANGUAGE_CODE.match(cfg.target_language):
        raise ConfigError(f"{path}: [monitor]: field 'target_language' must be an ISO 639-1 code, got {cfg.target_language!r}")
    scrapy_table = data.get("scrapy", {})
    if not isinstance(scrapy_table, dict):
        raise ConfigError(f"{path}: [scrapy] must be a table of Scrapy settings")
    for key in scrapy_table:
        if not re.match(r"^[A-Z][A-Z0-9_]*$", key):
            raise ConfigError(f"{path}: [scrapy]: {key!r} is not a Scrapy setting name (UPPER_CASE)")
    cfg.scrapy = dict(scrapy_table)
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list):
        raise ConfigError(f"{path}: 'sources' must be an array of tables ([[sources]])")
    if not raw_sources:
        raise ConfigError(f"{path}: no [[sources]] defined")
    seen: set[str] = set()
    for i, raw in enumerate(raw_sources):
        source = _parse_source(path, i, raw)
        if source.name in seen:
            raise ConfigError(f"{path}: source {source.name!r}: duplicate name (each [[sources]] name must be unique)")
        seen.add(source.name)
        cfg.sources.append(source)
    raw_topics = data.get("topics", [])
    if not isinstance(raw_topics, list):
        raise ConfigError(f"{path}: 'topics' must be an array of tables ([[topics]])")
    cfg.topics = [_parse_topic(path, i, raw) for i, raw in enumerate(raw_topics)]
    daily = data.get("daily", {})
    if not isinstance(daily, dict):
        raise ConfigError(f"{path}: [daily] must be a table")
    cfg.daily = daily
    return cfg


def translator_settings(
    cfg: Config | None,
    translator: str | None = None,
    translator_url: str | None = None,
    environ: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Resolve translator settings: command line > environment > config file > defaults."""
    env = os.environ if environ is None else environ
    name = translator or env.get("MONITOR_TRANSLATOR") or (cfg.translator if cfg else None) or "google"
    if name not in TRANSLATORS:
        raise ConfigError(f"translator must be one of {', '.join(TRANSLATORS)}, got {name!r}")
    url = translator_url or env.get("MONITOR_TRANSLATOR_URL") or (cfg.translator_url if cfg else None)
    if url:
        check_url("translator", "translator_url", url)
    key = env.get("MONITOR_TRANSLATOR_KEY") or (cfg.translator_key if cfg else None)
    if name == "libre" and not url:
        raise ConfigError("translator 'libre' needs a server URL: set translator_url in [monitor], "
                          "--translator-url or MONITOR_TRANSLATOR_URL")
    return {
        "MONITOR_TRANSLATOR": name,
        "MONITOR_TRANSLATOR_URL": url,
        "MONITOR_TRANSLATOR_KEY": key,
    }
