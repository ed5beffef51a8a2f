"""Daily operation: `monitor run-daily`, `monitor status`, `monitor import`. Logic is in monitor.daily,
monitor.health and monitor.importer."""

from __future__ import annotations

import sys

import click

from monitor.cli.common import UsageProblem, _db_path, _load_config, _open_store, config_option, db_option
from monitor.config import ConfigError
from monitor.exit_status import ExitStatus


@click.command("run-daily")
@config_option
@db_option
@click.option("--log-file", type=click.Path(dir_okay=False), help="Rotating log file (default: [daily] log_file; else stderr).")
@click.option("--no-crawl", is_flag=True, help="Skip the crawl: only translate and deliver the digest.")
def run_daily_command(config_path: str, db: str | None, log_file: str | None, no_crawl: bool) -> None:
    """Crawl, translate pending items, deliver the --new digest ([daily] table).

    Writes the digest to digest_dir under a dated name, e-mails it and pushes a notice to
    notify_urls; source health problems come first. Only one run per database at a time.
    Exit status: 0 ok, 1 delivery failed, 2 bad config, 3 some sources failed, 75 already running.

    \b
    Example:
        monitor run-daily --config sources.toml --log-file logs/daily.log
        6 new items, 6 rows; e-mailed; files: digests/monitor-digest-2024-05-02.csv
    """
    from monitor import logs
    from monitor.daily import ALREADY_RUNNING, AlreadyRunning, daily_settings, run_daily

    cfg = _load_config(config_path)
    try:
        settings = daily_settings(cfg)
    except ConfigError as exc:
        raise UsageProblem(str(exc)) from None
    logs.configure(log_file or settings.log_file, stderr=not (log_file or settings.log_file))
    db_path = _db_path(db, cfg)
    try:
        report = run_daily(cfg, config_path, db_path, crawl=not no_crawl)
    except AlreadyRunning as exc:
        logs.event("run.locked", message=str(exc))
        click.echo(f"monitor run-daily: {exc}", err=True)
        sys.exit(ALREADY_RUNNING)
    except ConfigError as exc:
        raise UsageProblem(str(exc)) from None
    except Exception:
        logs.logger.exception("run.crashed")
        raise
    parts = [f"{report.new_items} new items, {report.rows} rows"]
    if report.emailed:
        parts.append("e-mailed")
    if report.notified:
        parts.append(f"{report.notified} notifications")
    if report.files:
        parts.append("files: " + " ".join(report.files))
    click.echo("; ".join(parts))
    for p in report.problems:
        click.echo(f"health: {p}", err=True)
    for e in report.delivery_errors:
        click.echo(f"delivery failed: {e}", err=True)
    sys.exit(int(report.exit_status()))


@click.command()
@config_option
@db_option
def status(config_path: str, db: str | None) -> None:
    """Health of each source: last run, consecutive failures, layout and parse problems.

    Exit status: 0 all healthy, 3 some sources have problems.

    \b
    Example:
        monitor status --config sources.toml
        SOURCE  LAST RUN              STATUS  FAILS  LINKS  NEW  ITEMS  PROBLEMS
        wp      2024-05-02T06:31:10Z  ok          0      8    2     54  -
    """
    from monitor.daily import daily_settings, health_report

    cfg = _load_config(config_path)
    try:
        settings = daily_settings(cfg)
    except ConfigError as exc:
        raise UsageProblem(str(exc)) from None
    db_path = _db_path(db, cfg)
    _open_store(db_path, must_exist=True).close()
    health = health_report(cfg, db_path, settings)
    header = ["SOURCE", "LAST RUN", "STATUS", "FAILS", "LINKS", "NEW", "ITEMS", "PROBLEMS"]
    table = [[h.source, h.last_run or "never", h.last_status, str(h.consecutive_failures), str(h.last_articles),
              str(h.last_new), str(h.items), "; ".join(h.problems) or "-"] for h in health]
    widths = [max(len(r[i]) for r in [header, *table]) for i in range(len(header) - 1)]
    for row in [header, *table]:
        cells = [c.ljust(w) if i in (0, 1, 2) else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        click.echo("  ".join(cells + [row[-1]]))
    bad = [h for h in health if h.problems]
    click.echo(f"{len(health) - len(bad)} healthy, {len(bad)} with problems", err=True)
    sys.exit(int(ExitStatus.PARTIAL if bad else ExitStatus.OK))


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@db_option
def import_command(files: tuple[str, ...], db: str | None) -> None:
    """Import JSON-lines item files (feed exports of Scrapyd nodes) without duplicates.

    Exit status: 0 every line imported or already known, 1 some lines were unusable.

    \b
    Example:
        monitor import node1/news/*.jl node2/news/*.jl --db monitor.db
        node1/news/4f1c.jl: 12 new, 3 already stored
    """
    from monitor.importer import import_jsonl

    store = _open_store(_db_path(db, None))
    invalid = 0
    try:
        for path in files:
            result = import_jsonl(store, path)
            invalid += len(result.invalid)
            for line in result.invalid[:20]:
                click.echo(f"skipped {line}", err=True)
            click.echo(f"{path}: {result.new} new, {result.duplicate} already stored"
                       + (f", {len(result.invalid)} unusable lines" if result.invalid else ""))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageProblem(f"cannot read {exc}") from None
    finally:
        store.close()
    sys.exit(int(ExitStatus.ERROR if invalid else ExitStatus.OK))


COMMANDS = [run_daily_command, status, import_command]
