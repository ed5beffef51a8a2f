"""`monitor schedule install|show|remove` on a real crontab file (there is no cron daemon here)."""

from __future__ import annotations

import shlex
import subprocess
import sys

from helpers import run_monitor, write_config
from crontab import CronTab


def test_install_writes_one_daily_line_and_prints_a_systemd_timer(tmp_path):
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": "http://127.0.0.1:9/"}])
    tab = tmp_path / "crontab"
    result = run_monitor("schedule", "install", "--at", "06:30", "--config", str(cfg), "--tabfile", str(tab))
    assert result.returncode == 0, result.stderr
    [job] = [j for j in CronTab(tabfile=str(tab))]
    assert str(job.slices) == "30 6 * * *"
    argv = shlex.split(job.command.replace(">/dev/null 2>&1", ""))
    assert argv[:4] == [sys.executable, "-m", "monitor", "run-daily"]
    assert argv[argv.index("--config") + 1] == str(cfg)
    assert argv[argv.index("--log-file") + 1] == str(tmp_path / "logs" / "monitor-daily.log")
    assert job.comment == f"monitor-daily {cfg}"
    assert "OnCalendar=*-*-* 06:30:00" in result.stdout
    assert "systemctl --user enable --now monitor-daily.timer" in result.stdout


def test_reinstall_replaces_the_job_and_keeps_other_lines(tmp_path):
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": "http://127.0.0.1:9/"}])
    tab = tmp_path / "crontab"
    tab.write_text("MAILTO=ops@example.org\n15 2 * * 0 /usr/bin/backup # nightly backup\n")
    for at in ("06:30", "7:05"):
        assert run_monitor("schedule", "install", "--at", at, "--config", str(cfg), MONITOR_CRONTAB=str(tab)).returncode == 0
    text = tab.read_text()
    assert "15 2 * * 0 /usr/bin/backup # nightly backup" in text and "MAILTO=ops@example.org" in text
    shown = run_monitor("schedule", "show", MONITOR_CRONTAB=str(tab))
    assert shown.stdout.count("run-daily") == 1 and shown.stdout.startswith("5 7 * * *")
    removed = run_monitor("schedule", "remove", "--config", str(cfg), "--tabfile", str(tab))
    assert removed.stdout.strip() == "removed 1 job"
    assert "run-daily" not in tab.read_text() and "/usr/bin/backup" in tab.read_text()
    assert run_monitor("schedule", "show", "--tabfile", str(tab)).stderr.strip() == "no monitor job installed"


def test_bad_time_is_refused(tmp_path):
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": "http://127.0.0.1:9/"}])
    result = run_monitor("schedule", "install", "--at", "25:00", "--config", str(cfg), "--tabfile", str(tmp_path / "t"))
    assert result.returncode == 2
    assert "--at takes a time of day HH:MM" in result.stderr


def test_the_installed_command_runs(tmp_path):
    """The crontab line is a working shell command: run it as cron would (sh -c), with an empty source list."""
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "down", "url": "http://127.0.0.1:9/"}],
                       daily={"digest_dir": "out"})
    tab = tmp_path / "crontab"
    run_monitor("schedule", "install", "--at", "06:30", "--config", str(cfg), "--db", str(tmp_path / "m.db"),
                "--tabfile", str(tab))
    [job] = list(CronTab(tabfile=str(tab)))
    from helpers import child_env
    done = subprocess.run(["sh", "-c", job.command], env=child_env(), timeout=120)
    assert done.returncode == 3   # the one source is down: PARTIAL
    log = (tmp_path / "logs" / "monitor-daily.log").read_text()
    assert "event=run.end" in log and "failed_sources=down" in log
    assert (tmp_path / "out").is_dir()   # health problem -> a digest was written
