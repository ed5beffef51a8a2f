"""`monitor translate`: complete translations that failed earlier."""

from __future__ import annotations

import sys

import click

from monitor.cli.common import (UsageProblem, _db_path, _load_config, _log_warnings_redacted, _open_store,
                                 translator_option, translator_url_option)
from monitor.config import ConfigError, translator_settings
from monitor.exit_status import ExitStatus


@click.command()
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
    store = _open_store(_db_path(db, cfg), must_exist=True, writable=True)

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


COMMANDS = [translate]
