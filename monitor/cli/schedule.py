"""`monitor schedule install|remove|show`: the daily job in cron, or a systemd timer. Logic is in monitor.schedule."""

from __future__ import annotations

import os

import click

from monitor.cli.common import UsageProblem, _load_config, config_option, db_option
from monitor.config import ConfigError


@click.group()
def schedule() -> None:
    """Run `monitor run-daily` every day from cron (or a systemd timer)."""


tabfile_option = click.option("--tabfile", type=click.Path(dir_okay=False), envvar="MONITOR_CRONTAB",
                              help="Edit this crontab file instead of the user's crontab ($MONITOR_CRONTAB).")


@schedule.command("install")
@click.option("--at", "at", default="06:30", show_default=True, help="Time of day, HH:MM (24 h, local time).")
@config_option
@db_option
@click.option("--log-file", type=click.Path(dir_okay=False), help="Rotating log file (default: logs/monitor-daily.log next to the config).")
@tabfile_option
def schedule_install(at: str, config_path: str, db: str | None, log_file: str | None, tabfile: str | None) -> None:
    """Install the daily job in your crontab (replacing an earlier one for this config).

    \b
    Example:
        monitor schedule install --at 06:30 --config sources.toml
        installed: 30 6 * * * /usr/bin/python3 -m monitor run-daily --config ... # monitor-daily ...
    """
    from monitor.daily import daily_settings
    from monitor.schedule import ScheduleError, install, make_job, systemd_text

    cfg = _load_config(config_path)
    try:
        settings = daily_settings(cfg)
        job = make_job(at, config_path, db, log_file or settings.log_file)
        line = install(job, tabfile)
    except (ConfigError, ScheduleError) as exc:
        raise UsageProblem(str(exc)) from None
    click.echo(f"installed: {line}")
    click.echo(f"log file: {job.log_file} (rotated at 1 MB, 5 kept)")
    if not tabfile and not _cron_running():
        click.echo("warning: no cron daemon seems to be running here; use the systemd timer below", err=True)
    click.echo()
    click.echo(systemd_text(job), nl=False)


def _cron_running() -> bool:
    for pid in os.listdir("/proc") if os.path.isdir("/proc") else []:
        try:
            with open(f"/proc/{pid}/comm") as fh:
                if fh.read().strip() in ("cron", "crond", "cronie"):
                    return True
        except OSError:
            continue
    return not os.path.isdir("/proc")


@schedule.command("remove")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Remove only this config's job (default: all monitor jobs).")
@tabfile_option
def schedule_remove(config_path: str | None, tabfile: str | None) -> None:
    """Remove the daily job(s) from your crontab."""
    from monitor.schedule import ScheduleError, remove

    try:
        n = remove(config_path, tabfile)
    except ScheduleError as exc:
        raise UsageProblem(str(exc)) from None
    click.echo(f"removed {n} job{'s' if n != 1 else ''}")


@schedule.command("show")
@tabfile_option
def schedule_show(tabfile: str | None) -> None:
    """Show the installed daily job(s)."""
    from monitor.schedule import ScheduleError, show

    try:
        lines = show(tabfile)
    except ScheduleError as exc:
        raise UsageProblem(str(exc)) from None
    for line in lines:
        click.echo(line)
    if not lines:
        click.echo("no monitor job installed", err=True)


COMMANDS = [schedule]
