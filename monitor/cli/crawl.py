"""`monitor crawl`: crawl the configured sources into the database."""

from __future__ import annotations

import sys

import click

from monitor.cli.common import UsageProblem, _db_path, _load_config, _open_store, translator_option, translator_url_option
from monitor.config import ConfigError


@click.command()
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

    Exit status: 0 every source crawled, 3 some sources failed (the rest are stored), 2 bad config,
    1 the database is locked by another writer for longer than the busy timeout.

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
                                    refresh=refresh, log_level={0: "WARNING", 1: "INFO"}.get(verbose, "DEBUG"),
                                    sources=sources)
    except ConfigError as exc:
        raise UsageProblem(str(exc)) from None
    _open_store(db_path, writable=True).close()   # another writer: wait, then a clear error (exit 1)
    results = run_crawl(cfg, sources, overrides)
    new = sum(r.items_new for r in results)
    failed = [r.source for r in results if r.failed]
    click.echo(f"{len(results)} sources crawled, {new} new items"
               + (f"; failed: {', '.join(failed)}" if failed else ""))
    sys.exit(int(exit_status(results)))


COMMANDS = [crawl]
