"""Install, remove and show the daily job in the user's crontab (python-crontab), and write the
equivalent systemd timer for machines that prefer it.

The job is one crontab line tagged with a comment `monitor-daily <config path>`, so several
configs can each have their own job and `remove` touches only ours. Tests (and users without a
cron daemon) pass a tab file instead of the real crontab: `--tabfile FILE` or $MONITOR_CRONTAB.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

TAG = "monitor-daily"
TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class ScheduleError(Exception):
    """Bad schedule request (time format, no crontab available)."""


@dataclass(frozen=True)
class Job:
    """What the daily job runs and when."""

    hour: int
    minute: int
    config: str
    db: str | None
    log_file: str

    @property
    def command(self) -> str:
        argv = [sys.executable, "-m", "monitor", "run-daily", "--config", self.config, "--log-file", self.log_file]
        if self.db:
            argv += ["--db", self.db]
        # Everything goes to the rotating log file; cron's own output would only be mailed or lost.
        return " ".join(shlex.quote(a) for a in argv) + " >/dev/null 2>&1"

    @property
    def tag(self) -> str:
        return f"{TAG} {self.config}"


def parse_time(at: str) -> tuple[int, int]:
    """'06:30' -> (6, 30); raise ScheduleError otherwise."""
    m = TIME.match(at.strip())
    if not m:
        raise ScheduleError(f"--at takes a time of day HH:MM (24 h), got {at!r}")
    return int(m.group(1)), int(m.group(2))


def make_job(at: str, config: str, db: str | None = None, log_file: str | None = None) -> Job:
    hour, minute = parse_time(at)
    config = os.path.abspath(config)
    log = os.path.abspath(log_file) if log_file else str(Path(config).parent / "logs" / "monitor-daily.log")
    return Job(hour, minute, config, os.path.abspath(db) if db else None, log)


def _crontab(tabfile: str | None):
    from crontab import CronTab

    tabfile = tabfile or os.environ.get("MONITOR_CRONTAB")
    if tabfile:
        Path(tabfile).touch(exist_ok=True)
        return CronTab(tabfile=tabfile)
    try:
        return CronTab(user=True)
    except (OSError, IOError) as exc:
        raise ScheduleError(f"cannot read the user's crontab ({exc}); is cron installed? "
                            "Use the systemd timer below, or --tabfile FILE") from None


def _ours(cron, config: str | None):
    return [j for j in cron if j.comment.startswith(TAG) and (config is None or j.comment == f"{TAG} {config}")]


def install(job: Job, tabfile: str | None = None) -> str:
    """Add (or replace) the daily job for job.config; return the crontab line."""
    cron = _crontab(tabfile)
    for old in _ours(cron, job.config):
        cron.remove(old)
    entry = cron.new(command=job.command, comment=job.tag)
    entry.setall(f"{job.minute} {job.hour} * * *")
    cron.write()
    return entry.render()


def remove(config: str | None, tabfile: str | None = None) -> int:
    """Remove the daily job of a config (all monitor jobs when config is None); return how many."""
    cron = _crontab(tabfile)
    jobs = _ours(cron, os.path.abspath(config) if config else None)
    for j in jobs:
        cron.remove(j)
    cron.write()
    return len(jobs)


def show(tabfile: str | None = None) -> list[str]:
    """The monitor lines of the crontab."""
    return [j.render() for j in _ours(_crontab(tabfile), None)]


def systemd_units(job: Job) -> dict[str, str]:
    """A user service + timer doing the same as the crontab line."""
    argv = [sys.executable, "-m", "monitor", "run-daily", "--config", job.config, "--log-file", job.log_file]
    if job.db:
        argv += ["--db", job.db]
    service = (
        "[Unit]\nDescription=monitor: daily crawl, translation and digest\n\n"
        "[Service]\nType=oneshot\n"
        f"WorkingDirectory={Path(job.config).parent}\n"
        "# secrets (MONITOR_SMTP_PASSWORD=..., MONITOR_TRANSLATOR_KEY=...) in a file only you can read:\n"
        "EnvironmentFile=-%h/.config/monitor/env\n"
        f"ExecStart={' '.join(shlex.quote(a) for a in argv)}\n"
    )
    timer = (
        "[Unit]\nDescription=monitor: run the daily job\n\n"
        f"[Timer]\nOnCalendar=*-*-* {job.hour:02d}:{job.minute:02d}:00\nPersistent=true\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {"monitor-daily.service": service, "monitor-daily.timer": timer}


def systemd_text(job: Job) -> str:
    """The systemd alternative, ready to paste, with the commands that enable it."""
    units = systemd_units(job)
    out = ["# systemd alternative (no cron needed): save these two files in ~/.config/systemd/user/"]
    for name, text in units.items():
        out += [f"# --- {name}", text.rstrip()]
    out += ["# then: systemctl --user daemon-reload && systemctl --user enable --now monitor-daily.timer",
            "#       loginctl enable-linger $USER   # run even when you are not logged in"]
    return "\n".join(out) + "\n"
