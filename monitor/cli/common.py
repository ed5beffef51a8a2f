"""What every command shares: the exit-2 error, config/database lookup, common options."""

from __future__ import annotations

import logging
import os

import click

from monitor.config import Config, ConfigError, load
from monitor.redact import install_redaction
from monitor.exit_status import ExitStatus
from storage import Store, StoreError, StoreLocked

DEFAULT_DB = "monitor.db"


class UsageProblem(click.ClickException):
    """Bad config or command line: exit 2."""

    exit_code = ExitStatus.USAGE


def _load_config(path: str) -> Config:
    try:
        return load(path)
    except ConfigError as exc:
        raise UsageProblem(str(exc)) from None


class DatabaseBusy(click.ClickException):
    """The database is locked by another writer past the busy timeout: exit 1 (not a usage error)."""

    exit_code = ExitStatus.ERROR


def _open_store(path: str, must_exist: bool = False, writable: bool = False) -> Store:
    """Open the database; with `writable`, also wait (up to the busy timeout) for its write lock."""
    if must_exist and not os.path.exists(path):
        raise UsageProblem(f"{path}: database not found (run `monitor crawl` first)")
    try:
        store = Store.open(path)
    except StoreLocked as exc:
        raise DatabaseBusy(str(exc)) from None
    except StoreError as exc:
        raise UsageProblem(str(exc)) from None
    if writable:
        try:
            store.check_writable(path)
        except StoreLocked as exc:
            store.close()
            raise DatabaseBusy(str(exc)) from None
        except StoreError as exc:
            store.close()
            raise UsageProblem(str(exc)) from None
    return store


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
config_option = click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False),
                             help="TOML config file.")
db_option = click.option("--db", type=click.Path(dir_okay=False), help="SQLite database (default: [monitor] database).")
