"""The `monitor` command line: one module per command group, each a thin layer over monitor.* and storage.

The group is defined here and every command module registers itself on import (the imports at the end).
Command modules import only from monitor.cli.common and the layers below, never from each other.
"""

from __future__ import annotations

import click

from monitor import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="monitor")
def cli() -> None:
    """Watch cluster and agency news sites for award announcements, in Polish and English."""


def _register() -> None:
    from monitor.cli import crawl, daily, demo, digest, schedule, serve, sources, translate

    for module in (crawl, translate, digest, sources, daily, schedule, serve, demo):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()
