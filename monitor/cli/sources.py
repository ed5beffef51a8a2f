"""`monitor sources`: validate the config and list its sources."""

from __future__ import annotations

import click

from monitor.cli.common import _load_config


@click.command()
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


COMMANDS = [sources]
