"""The unattended daily run: crawl, translate what is pending, deliver the --new digest.

`run_daily` holds an exclusive lock (fcntl.flock on DB.lock) for the whole run, so a second run
started while one is going exits at once (AlreadyRunning). It writes the digest files into a
folder under a dated name, e-mails them, pushes a short notice to notification URLs, and only
then marks the items as sent, so an e-mail that could not be sent is retried the next day.
The [daily] table of the config is validated here (`daily_settings`).
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.config import Config, ConfigError, translator_settings
from monitor.digest import FORMATS, build_rows, render
from monitor.health import SourceHealth, Thresholds, problem_lines, source_health
from monitor.logs import event
from monitor.redact import add_secrets
from storage import Store

ALREADY_RUNNING = 75          # exit status of a run that found another one holding the lock (EX_TEMPFAIL)
DIGEST_PREFIX = "monitor-digest"


class AlreadyRunning(Exception):
    """Another run holds the lock of this database."""


# ---------------------------------------------------------------------------- [daily] settings
@dataclass
class DailySettings:
    """The validated [daily] table (see the README's reference for each key)."""

    digest_dir: str = "digests"
    formats: tuple[str, ...] = ("csv",)
    awards_only: bool = False
    send_empty: bool = False
    translate: bool = True
    subject: str = "monitor"
    log_file: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 0
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    smtp_ssl: bool = False
    smtp_timeout: float = 30.0
    mail_from: str | None = None
    mail_to: list[str] = field(default_factory=list)
    notify_urls: list[str] = field(default_factory=list)
    alert_after_failures: int = 1
    parse_failure_ratio: float = 0.5

    @property
    def email(self) -> bool:
        return bool(self.smtp_host)

    def __repr__(self) -> str:  # never show the password
        return f"DailySettings(smtp_host={self.smtp_host!r}, mail_to={self.mail_to!r}, formats={self.formats!r})"


DAILY_FIELDS: dict[str, type | tuple[type, ...]] = {
    "digest_dir": str, "formats": list, "awards_only": bool, "send_empty": bool, "translate": bool,
    "subject": str, "log_file": str,
    "smtp_host": str, "smtp_port": int, "smtp_user": str, "smtp_password": str, "smtp_starttls": bool,
    "smtp_ssl": bool, "smtp_timeout": (int, float), "mail_from": str, "mail_to": (str, list),
    "notify_urls": list, "alert_after_failures": int, "parse_failure_ratio": (int, float),
}
_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", list: "a list of strings",
               (int, float): "a number", (str, list): "a string or a list of strings"}


def daily_settings(cfg: Config, environ: dict[str, str] | None = None) -> DailySettings:
    """Validate cfg.daily; raise ConfigError naming the file and the field."""
    env = os.environ if environ is None else environ
    where = f"{cfg.path}: [daily]"
    raw = dict(cfg.daily)
    for key, value in raw.items():
        if key not in DAILY_FIELDS:
            raise ConfigError(f"{where}: unknown field {key!r} (allowed: {', '.join(DAILY_FIELDS)})")
        expected = DAILY_FIELDS[key]
        wrong_bool = isinstance(value, bool) and expected is not bool
        if wrong_bool or not isinstance(value, expected):
            raise ConfigError(f"{where}: field {key!r} must be {_TYPE_NAMES[expected]}, got {value!r}")
    for key in ("formats", "notify_urls", "mail_to"):
        if isinstance(raw.get(key), list) and not all(isinstance(v, str) and v for v in raw[key]):
            raise ConfigError(f"{where}: field {key!r} must be a list of non-empty strings, got {raw[key]!r}")
    s = DailySettings(**{k: v for k, v in raw.items() if k not in ("formats", "mail_to")})
    if "formats" in raw:
        bad = [f for f in raw["formats"] if f not in FORMATS]
        if bad or not raw["formats"]:
            raise ConfigError(f"{where}: field 'formats' takes a non-empty list of {', '.join(FORMATS)}, got {raw['formats']!r}")
        s.formats = tuple(dict.fromkeys(raw["formats"]))
    mail_to = raw.get("mail_to", [])
    s.mail_to = [a.strip() for a in (mail_to.split(",") if isinstance(mail_to, str) else mail_to) if a.strip()]
    base = Path(cfg.path).resolve().parent
    s.digest_dir = str(base / s.digest_dir)
    if s.log_file:
        s.log_file = str(base / s.log_file)
    s.smtp_password = env.get("MONITOR_SMTP_PASSWORD") or s.smtp_password
    add_secrets([s.smtp_password])
    if s.smtp_host:
        if not s.mail_to:
            raise ConfigError(f"{where}: field 'mail_to' is required when smtp_host is set")
        if not s.mail_from:
            raise ConfigError(f"{where}: field 'mail_from' is required when smtp_host is set")
        for addr in [s.mail_from, *s.mail_to]:
            if "@" not in addr or " " in addr.strip():
                raise ConfigError(f"{where}: {addr!r} is not an e-mail address (fields 'mail_from', 'mail_to')")
        if s.smtp_ssl and s.smtp_starttls:
            raise ConfigError(f"{where}: set only one of 'smtp_ssl' and 'smtp_starttls'")
        s.smtp_port = s.smtp_port or (465 if s.smtp_ssl else 587 if s.smtp_starttls else 25)
        if not 0 < s.smtp_port < 65536:
            raise ConfigError(f"{where}: field 'smtp_port' must be a TCP port, got {s.smtp_port}")
    elif s.mail_to or s.smtp_user:
        raise ConfigError(f"{where}: field 'smtp_host' is required to send e-mail (mail_to is set)")
    if s.alert_after_failures < 1:
        raise ConfigError(f"{where}: field 'alert_after_failures' must be at least 1, got {s.alert_after_failures}")
    if not 0 < s.parse_failure_ratio <= 1:
        raise ConfigError(f"{where}: field 'parse_failure_ratio' must be in (0, 1], got {s.parse_failure_ratio}")
    if s.smtp_timeout <= 0:
        raise ConfigError(f"{where}: field 'smtp_timeout' must be positive, got {s.smtp_timeout}")
    return s


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
        from monitor.runner import ExitStatus

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
    from monitor.notify import DeliveryError, compose, send_email, send_notifications

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
