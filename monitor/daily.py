"""The unattended daily run: crawl, translate what is pending, deliver the --new digest.

`run_daily` holds an exclusive lock (fcntl.flock on DB.lock) for the whole run, so a second run
started while one is going exits at once (AlreadyRunning). It writes the digest files into a
folder under a dated name, e-mails them, pushes a short notice to notification URLs, and only
then marks the items as sent, so an e-mail that could not be sent is retried the next day.
The [daily] table is validated by monitor.daily_settings.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.config import Config, translator_settings
from monitor.daily_settings import DailySettings, daily_settings
from monitor.digest import build_rows, render
from monitor.health import SourceHealth, Thresholds, problem_lines, source_health
from monitor.logs import event
from monitor.notify import DeliveryError, compose, send_email, send_notifications
from monitor.redact import add_secrets
from storage import Store

ALREADY_RUNNING = 75          # exit status of a run that found another one holding the lock (EX_TEMPFAIL)
DIGEST_PREFIX = "monitor-digest"


class AlreadyRunning(Exception):
    """Another run holds the lock of this database."""


# ---------------------------------------------------------------------------- lock
class RunLock:
    """An exclusive, non-blocking flock on DB.lock; released when the process ends, even by SIGKILL."""

    def __init__(self, db_path: str):
        self.path = os.path.abspath(db_path) + ".lock"
        self.fd: int | None = None

    def __enter__(self) -> "RunLock":
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise AlreadyRunning(f"another monitor run is in progress (pid {holder}, lock {self.path}); "
                                     "this run stops without doing anything") from None
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self.fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


# ---------------------------------------------------------------------------- the run
@dataclass
class DailyReport:
    """What one daily run did."""

    sources: int = 0
    failed_sources: list[str] = field(default_factory=list)
    new_items: int = 0
    translated: int = 0
    still_pending: int = 0
    rows: int = 0
    files: list[str] = field(default_factory=list)
    emailed: bool = False
    notified: int = 0
    delivery_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def exit_status(self) -> int:
        from monitor.exit_status import ExitStatus

        if self.delivery_errors:
            return ExitStatus.ERROR
        return ExitStatus.PARTIAL if self.failed_sources else ExitStatus.OK


def _dated_path(folder: Path, day: str, ext: str) -> Path:
    path = folder / f"{DIGEST_PREFIX}-{day}.{ext}"
    n = 2
    while path.exists():  # a second run the same day must not overwrite the first one's digest
        path = folder / f"{DIGEST_PREFIX}-{day}-{n}.{ext}"
        n += 1
    return path


def write_digests(rows: list[dict[str, Any]], problems: list[str], settings: DailySettings,
                  day: str) -> list[Path]:
    """Write the digest in every configured format to digest_dir under a dated name."""
    folder = Path(settings.digest_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in settings.formats:
        path = _dated_path(folder, day, fmt)
        path.write_text(render(rows, fmt, health=problems), encoding="utf-8", newline="")
        paths.append(path)
    return paths


def translate_pending(cfg: Config, db_path: str) -> tuple[int, int]:
    """Complete translations left pending by this or earlier crawls: (translated, still pending)."""
    from monitor.translation import complete_pending, make_translator

    ts = translator_settings(cfg)
    add_secrets([ts["MONITOR_TRANSLATOR_KEY"]])
    engine = make_translator(ts["MONITOR_TRANSLATOR"], ts["MONITOR_TRANSLATOR_URL"], ts["MONITOR_TRANSLATOR_KEY"])
    if engine is None:
        return 0, 0
    store = Store.open(db_path)
    try:
        return complete_pending(store, engine, cfg.target_language)
    finally:
        store.close()


def health_report(cfg: Config, db_path: str, settings: DailySettings | None = None) -> list[SourceHealth]:
    """Health of every configured source."""
    settings = settings or daily_settings(cfg)
    store = Store.open(db_path)
    try:
        return source_health(store, [s.name for s in cfg.sources],
                             Thresholds(settings.alert_after_failures, settings.parse_failure_ratio))
    finally:
        store.close()


def deliver(cfg: Config, db_path: str, settings: DailySettings, report: DailyReport,
            today: dt.date | None = None) -> None:
    """Build the --new digest with health problems first, write, e-mail, notify, mark sent."""
    day = (today or dt.date.today()).isoformat()
    health = health_report(cfg, db_path, settings)
    problems = problem_lines(health)
    report.problems = problems
    for line in problems:
        event("health.problem", problem=line)
    store = Store.open(db_path)
    try:
        rows, covered = build_rows(store, new=True, awards_only=settings.awards_only)
        report.rows = len(rows)
        event("digest.built", rows=len(rows), items=len(covered), problems=len(problems))
        if not rows and not problems and not settings.send_empty:
            event("digest.skipped", reason="nothing new")
            if covered:
                store.mark_sent(covered, "new", "daily")
            return
        paths = write_digests(rows, problems, settings, day)
        report.files = [str(p) for p in paths]
        for p in paths:
            event("digest.written", path=str(p), rows=len(rows))
        msg = compose(rows, problems, prefix=settings.subject, html=render(rows, "html", health=problems),
                      attachments=[p for p in paths if p.suffix == ".csv"])
        email_ok = True
        if settings.email:
            try:
                send_email(msg, settings)
                report.emailed = True
            except DeliveryError as exc:
                email_ok = False
                report.delivery_errors.append(str(exc))
                event("email.failed", error=str(exc))
        if settings.notify_urls:
            failed = send_notifications(msg, settings.notify_urls)
            report.notified = len(settings.notify_urls) - len(failed)
            report.delivery_errors += [f"notification to {u} failed" for u in failed]
        if email_ok:
            store.mark_sent(covered, "new", "daily")
            event("digest.marked_sent", items=len(covered))
        else:
            event("digest.not_marked", reason="e-mail failed; the items go into the next digest")
    finally:
        store.close()


def run_daily(cfg: Config, config_path: str, db_path: str, *, crawl: bool = True,
              today: dt.date | None = None) -> DailyReport:
    """Crawl every source, translate pending items, deliver the digest; under the run lock."""
    from monitor.runner import crawl_overrides, run_crawl

    settings = daily_settings(cfg)
    report = DailyReport(sources=len(cfg.sources))
    with RunLock(db_path):
        event("run.start", config=os.path.abspath(config_path), db=os.path.abspath(db_path), pid=os.getpid())
        Store.open(db_path).close()
        if crawl:
            results = run_crawl(cfg, cfg.sources, crawl_overrides(cfg, config_path, db_path),
                                progress=lambda msg: None)
            for r in results:
                event("crawl.source", source=r.source, status=r.status, pages=r.pages, articles=r.articles_seen,
                      new=r.items_new, known=r.items_duplicate + r.known_skipped, errors=r.errors,
                      message=r.message or None)
            report.new_items = sum(r.items_new for r in results)
            report.failed_sources = [r.source for r in results if r.failed]
        if settings.translate:
            report.translated, report.still_pending = translate_pending(cfg, db_path)
            event("translate.done", translated=report.translated, pending=report.still_pending)
        deliver(cfg, db_path, settings, report, today)
        event("run.end", new=report.new_items, rows=report.rows, emailed=report.emailed,
              failed_sources=",".join(report.failed_sources) or None, problems=len(report.problems),
              delivery_errors=len(report.delivery_errors))
    return report
