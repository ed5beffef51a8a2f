"""The `monitor` command line: thin commands over monitor.* and storage."""

from __future__ import annotations

import logging
import os
import sys

import click

from monitor import __version__
from monitor.config import Config, ConfigError, load, translator_settings
from monitor.redact import install_redaction
from monitor.runner import ExitStatus
from storage import Store, StoreError

DEFAULT_DB = "monitor.db"


class UsageProblem(click.ClickException):
    """Bad config or command line: exit 2."""

    exit_code = ExitStatus.USAGE


def _load_config(path: str) -> Config:
    try:
        return load(path)
    except ConfigError as exc:
        raise UsageProblem(str(exc)) from None


def _open_store(path: str, must_exist: bool = False) -> Store:
    if must_exist and not os.path.exists(path):
        raise UsageProblem(f"{path}: database not found (run `monitor crawl` first)")
    try:
        return Store.open(path)
    except StoreError as exc:
        raise UsageProblem(str(exc)) from None


def _log_warnings_redacted(secrets: list[str | None]) -> None:
    """Warnings to stderr, with secrets masked (library errors may carry keys in URLs)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    install_redaction(secrets)


def _db_path(db: str | None, cfg: Config | None) -> str:
    return db or (cfg.database if cfg and cfg.database else None) or os.environ.get("MONITOR_DB") or DEFAULT_DB


translator_option = click.option(
    "--translator", type=click.Choice(["google", "libre", "deepl", "mymemory", "microsoft", "none"]),
    help="Translation provider (default: config, then $MONITOR_TRANSLATOR, then google).")
translator_url_option = click.option(
    "--translator-url", metavar="URL", help="LibreTranslate server URL (for --translator libre).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="monitor")
def cli() -> None:
    """Watch cluster and agency news sites for award announcements, in Polish and English."""


@cli.command()
@click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False), help="TOML config file.")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database (default: [monitor] database).")
@click.option("--source", "source_names", multiple=True, metavar="NAME", help="Crawl only this source (repeatable).")
@translator_option
@translator_url_option
@click.option("--refresh", is_flag=True, help="Download article pages again even when already stored.")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def crawl(config_path: str, db: str | None, source_names: tuple[str, ...], translator: str | None,
          translator_url: str | None, refresh: bool, verbose: int) -> None:
    """Crawl the sources and store new articles.

    Exit status: 0 every source crawled, 3 some sources failed (the rest are stored), 2 bad config.

    \b
    Example:
        monitor crawl --config sources.toml --db monitor.db
        [ofk-pl] crawling
        [ofk-pl] ok: 39 pages, 30 new, 0 known, 0 rejected, 1 errors
        1 sources crawled, 30 new items
    """
    from monitor.runner import crawl_overrides, exit_status, run_crawl

    cfg = _load_config(config_path)
    db_path = _db_path(db, cfg)
    try:
        sources = [cfg.source(n) for n in source_names] if source_names else cfg.sources
        overrides = crawl_overrides(cfg, config_path, db_path, translator=translator, translator_url=translator_url,
                                    refresh=refresh, log_level={0: "WARNING", 1: "INFO"}.get(verbose, "DEBUG"))
    except ConfigError as exc:
        raise UsageProblem(str(exc)) from None
    _open_store(db_path).close()
    results = run_crawl(cfg, sources, overrides)
    new = sum(r.items_new for r in results)
    failed = [r.source for r in results if r.failed]
    click.echo(f"{len(results)} sources crawled, {new} new items"
               + (f"; failed: {', '.join(failed)}" if failed else ""))
    sys.exit(int(exit_status(results)))


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database.")
@click.option("--all", "select_all", is_flag=True, help="Every stored item.")
@click.option("--since", metavar="DATE|Nd", help="Items first seen since a date (YYYY-MM-DD) or N days ago (7d).")
@click.option("--new", "select_new", is_flag=True, help="Items not in any earlier --new digest (then marked sent).")
@click.option("--awards-only", is_flag=True, help="Only award announcements.")
@click.option("--topic", metavar="NAME", help="Only items of this topic (awards, or one from [[topics]]).")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "html", "md", "atom"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to a file (default: stdout).")
def digest(db: str | None, select_all: bool, since: str | None, select_new: bool, awards_only: bool,
           topic: str | None, fmt: str, output: str | None) -> None:
    """Export a digest of stored items: one row per story.

    html, md and atom digests start with the source health problems of the latest crawls.

    \b
    Example:
        monitor digest --db monitor.db --new --format csv -o new.csv
        12 rows written to new.csv
    """
    from monitor.digest import build_rows, parse_since, render
    from monitor.files import write_atomic
    from monitor.health import problem_lines, source_health

    if sum([select_all, since is not None, select_new]) != 1:
        raise UsageProblem("choose exactly one of --all, --since DATE|Nd, --new")
    since_date = None
    if since is not None:
        try:
            since_date = parse_since(since)
        except ValueError as exc:
            raise UsageProblem(str(exc)) from None
    store = _open_store(_db_path(db, None), must_exist=True)
    try:
        rows, covered = build_rows(store, since=since_date, new=select_new, awards_only=awards_only, topic=topic)
        problems = problem_lines(source_health(store, store.recently_crawled_sources()))
        text = render(rows, fmt, health=problems)
        if output:
            try:  # temp file + rename: a full disk leaves no half-written digest
                write_atomic(output, text)
            except OSError as exc:
                raise click.ClickException(str(exc)) from None
        else:
            click.echo(text, nl=False)
        if select_new:
            store.mark_sent(covered, "new", fmt)
    finally:
        store.close()
    if output:
        click.echo(f"{len(rows)} rows written to {output}", err=True)


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="TOML config (for translator settings).")
@translator_option
@translator_url_option
def translate(db: str | None, config_path: str | None, translator: str | None, translator_url: str | None) -> None:
    """Complete translations that failed earlier.

    Exit status: 0 when nothing is left pending, 1 when some items are still pending.

    \b
    Example:
        monitor translate --db monitor.db --translator libre --translator-url http://127.0.0.1:5000/
        translated 12 items, 0 still pending
    """
    from tqdm import tqdm

    from monitor import settings as defaults
    from monitor.stories import regroup_item
    from monitor.translation import TranslationError, complete_pending, make_translator

    cfg = _load_config(config_path) if config_path else None
    try:
        ts = translator_settings(cfg, translator, translator_url)
    except ConfigError as exc:
        raise UsageProblem(str(exc)) from None
    try:
        engine = make_translator(ts["MONITOR_TRANSLATOR"], ts["MONITOR_TRANSLATOR_URL"], ts["MONITOR_TRANSLATOR_KEY"],
                                 defaults.MONITOR_TRANSLATOR_TIMEOUT, defaults.MONITOR_TRANSLATOR_RETRIES)
    except TranslationError as exc:
        raise UsageProblem(str(exc)) from None
    if engine is None:
        raise UsageProblem("monitor translate needs a translator (not 'none')")
    _log_warnings_redacted([ts["MONITOR_TRANSLATOR_KEY"]])
    store = _open_store(_db_path(db, cfg), must_exist=True)

    def after_item(item_id: int) -> None:
        # Story grouping compares English text: give it another chance once an item is translated.
        try:
            regroup_item(store, item_id)
        except Exception as exc:  # grouping must not cost a translation
            click.echo(f"item {item_id}: story grouping failed: {exc}", err=True)

    def progress(rows):
        return tqdm(rows, desc="translating", unit="item", file=sys.stderr, mininterval=0.5)

    try:
        done, failed = complete_pending(
            store, engine, cfg.target_language if cfg else "en", progress=progress,
            translate_body=bool(cfg and cfg.translate_body), concurrency=defaults.MONITOR_TRANSLATOR_CONCURRENCY,
            after_item=after_item)
    finally:
        store.close()
    click.echo(f"translated {done} items, {failed} still pending ({engine.provider}, "
               f"{getattr(engine, 'requests_sent', 0)} requests)")
    sys.exit(int(ExitStatus.ERROR if failed else ExitStatus.OK))


@cli.command()
@click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False), help="TOML config file.")
def sources(config_path: str) -> None:
    """Validate the config and list its sources.

    \b
    Example:
        monitor sources --config sources.toml
        ofk-pl        site  pl  http://127.0.0.101:8080/aktualnosci.php
    """
    cfg = _load_config(config_path)
    width = max(len(s.name) for s in cfg.sources)
    for s in cfg.sources:
        extra = " (selectors)" if s.has_overrides else ""
        click.echo(f"{s.name:<{width}}  {s.type:<7}  {s.language or '-':<2}  {s.url}{extra}")
    click.echo(f"{len(cfg.sources)} sources OK ({cfg.path})", err=True)


@cli.command()
@click.argument("query")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database.")
@click.option("--limit", default=20, show_default=True, help="At most this many results.")
def search(query: str, db: str | None, limit: int) -> None:
    """Full-text search in both languages (diacritics optional).

    \b
    Example:
        monitor search "zlota odznaka" --db monitor.db
        2022-09-14  ofk-pl  Złota Odznaka ESCA dla ... [Gold ESCA Label for ...]  http://...
    """
    store = _open_store(_db_path(db, None), must_exist=True)
    try:
        results = store.search(query, limit=limit)
    finally:
        store.close()
    for r in results:
        title = r["title"]
        if r.get("title_en") and r["title_en"] != title:
            title += f" [{r['title_en']}]"
        click.echo(f"{r['published'] or '----------'}  {r['source']}  {title}  {r['url']}")
    click.echo(f"{len(results)} results", err=True)


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database.")
def stats(db: str | None) -> None:
    """Figures about the stored items, translations and crawls.

    \b
    Example:
        monitor stats --db monitor.db
        items: 120 (awards 37, stories 104)
    """
    store = _open_store(_db_path(db, None), must_exist=True)
    try:
        s = store.stats()
    finally:
        store.close()
    click.echo(f"items: {s['items']} (awards {s['awards']}, stories {s['stories']})")
    click.echo("by source: " + ", ".join(f"{k} {v}" for k, v in s["by_source"]))
    click.echo("by language: " + ", ".join(f"{k or '?'} {v}" for k, v in s["by_language"]))
    click.echo("translation: " + ", ".join(f"{k} {v}" for k, v in s["translation_status"]))
    click.echo("items translated by provider: "
               + (", ".join(f"{k} {v}" for k, v in s["translated_by_provider"]) or "-"))
    click.echo("texts translated (sent once, then cached) by provider: "
               + (", ".join(f"{k} {n} ({chars} chars)" for k, n, chars in s["texts_translated_by_provider"]) or "-"))
    click.echo(f"texts pending: {s['pending_texts']} (run `monitor translate`)" if s["pending_texts"]
               else "texts pending: 0")
    click.echo(f"crawl runs: {s['crawl_runs']} (last finished {s['last_crawl'] or 'never'})")


from monitor import cli_daily  # noqa: E402,F401  registers the daily-operation commands
