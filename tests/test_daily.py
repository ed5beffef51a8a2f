"""`monitor run-daily` end to end: a local mirror, a real SMTP server on loopback, real files."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from helpers import run_monitor, write_config
from smtp_server import SmtpCapture, free_port

from monitor.config import ConfigError, load
from monitor.daily import ALREADY_RUNNING, RunLock, daily_settings

PASSWORD = "s3cret-smtp-pass-XYZ"
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def smtp():
    server = SmtpCapture(user="monitor", password=PASSWORD).start()
    yield server
    server.stop()


def daily_config(tmp_path, site, smtp, **daily):
    table = {"digest_dir": "out", "formats": ["csv", "md"], "smtp_host": "127.0.0.1", "smtp_port": smtp.port,
             "smtp_user": "monitor", "mail_from": "monitor@example.org", "mail_to": ["comms@example.org"],
             **daily}
    return write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}], daily=table)


def run_daily(cfg, db, *extra, **env):
    return run_monitor("run-daily", "--config", str(cfg), "--db", str(db), *extra,
                       MONITOR_SMTP_PASSWORD=PASSWORD, **env)


def test_first_run_emails_the_new_items_and_the_second_run_sends_nothing(site_server, smtp, tmp_path):
    site = site_server("wp-klaster")
    cfg = daily_config(tmp_path, site, smtp)
    db, log = tmp_path / "m.db", tmp_path / "logs" / "daily.log"

    first = run_daily(cfg, db, "--log-file", str(log))
    assert first.returncode == 0, first.stderr[-2000:]
    assert len(smtp.captured.messages) == 1
    mail = smtp.captured.messages[0]
    assert mail["To"] == "comms@example.org"
    assert mail["Subject"].startswith("monitor: 6 new items")
    text = mail.get_body(("plain",)).get_content()
    assert "Srebrna Odznaka ESCA dla Klastra Biotechnologii Małopolski" in text
    assert f"{site.url}/2021/06/17/srebrna-odznaka-dla-klastra/" in text
    assert text.count("\n- ") + text.startswith("- ") == 6
    attachment = next(mail.iter_attachments())
    assert re.fullmatch(r"monitor-digest-\d{4}-\d\d-\d\d\.csv", attachment.get_filename())
    rows = list(csv.DictReader(io.StringIO(attachment.get_content().decode("utf-8-sig")
                                           if isinstance(attachment.get_content(), bytes)
                                           else attachment.get_content().lstrip("\ufeff"))))
    assert len(rows) == 6
    assert smtp.captured.logins == ["monitor"]
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert [f.rsplit(".", 1)[1] for f in files] == ["csv", "md"]

    second = run_daily(cfg, db, "--log-file", str(log))
    assert second.returncode == 0, second.stderr[-2000:]
    assert len(smtp.captured.messages) == 1, "nothing new: no second e-mail"
    assert len(list((tmp_path / "out").iterdir())) == 2, "nothing new: no new digest file"

    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines and all(re.match(r"^ts=\S+Z level=\w+ event=\S+", line) for line in lines), lines[:5]
    events = [re.search(r" event=(\S+)", line).group(1) for line in lines]
    assert events.count("run.start") == 2 and events.count("email.sent") == 1
    assert "event=digest.skipped reason=\"nothing new\"" in log.read_text()
    assert PASSWORD not in log.read_text() + first.stderr + second.stderr + first.stdout


def test_nothing_new_mail_when_send_empty_is_set(site_server, smtp, tmp_path):
    site = site_server("wp-klaster")
    cfg = daily_config(tmp_path, site, smtp, send_empty=True)
    db = tmp_path / "m.db"
    assert run_daily(cfg, db).returncode == 0
    assert run_daily(cfg, db).returncode == 0
    subjects = [m["Subject"] for m in smtp.captured.messages]
    assert subjects[0].startswith("monitor: 6 new items")
    assert subjects[1] == "monitor: nothing new"
    assert "Nothing new" in smtp.captured.messages[1].get_body(("plain",)).get_content()


def test_items_of_a_failed_email_are_sent_the_next_day(site_server, smtp, tmp_path):
    site = site_server("wp-klaster")
    cfg = daily_config(tmp_path, site, smtp, smtp_port=free_port())   # nobody listens there
    db = tmp_path / "m.db"
    failed = run_daily(cfg, db)
    assert failed.returncode == 1, failed.stderr[-2000:]
    assert "delivery failed: email: cannot send through 127.0.0.1" in failed.stderr
    cfg = daily_config(tmp_path, site, smtp)
    again = run_daily(cfg, db)
    assert again.returncode == 0, again.stderr[-2000:]
    assert smtp.captured.messages[0]["Subject"].startswith("monitor: 6 new items")


def test_a_second_run_exits_at_once_while_one_holds_the_lock(site_server, smtp, tmp_path):
    site = site_server("wp-klaster")
    cfg = daily_config(tmp_path, site, smtp)
    db = tmp_path / "m.db"
    with RunLock(str(db)):
        t0 = time.monotonic()
        blocked = run_daily(cfg, db)
        elapsed = time.monotonic() - t0
    assert blocked.returncode == ALREADY_RUNNING
    assert "another monitor run is in progress" in blocked.stderr
    assert elapsed < 15
    assert smtp.captured.messages == []
    assert not (tmp_path / "out").exists()
    site.clear_log()


class _Hook(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Hook.received.append({"path": self.path, "json": json.loads(body)})
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_notification_urls_get_a_short_notice_through_apprise(site_server, tmp_path):
    site = site_server("wp-klaster")
    hook = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    _Hook.received = []
    try:
        cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": f"{site.url}/aktualnosci/"}],
                           daily={"digest_dir": "out", "notify_urls": [f"json://127.0.0.1:{hook.server_port}/hook"]})
        result = run_monitor("run-daily", "--config", str(cfg), "--db", str(tmp_path / "m.db"))
    finally:
        hook.shutdown()
    assert result.returncode == 0, result.stderr[-2000:]
    assert "1 notifications" in result.stdout
    [notice] = _Hook.received
    assert notice["json"]["title"].startswith("monitor: 6 new items")
    assert "Srebrna Odznaka ESCA" in notice["json"]["message"]


@pytest.mark.parametrize("daily, error", [
    ({"smtp_host": "mail.example.org", "mail_from": "m@example.org"}, "field 'mail_to' is required"),
    ({"smtp_host": "mail.example.org", "mail_to": "a@example.org"}, "field 'mail_from' is required"),
    ({"mail_to": ["a@example.org"]}, "field 'smtp_host' is required"),
    ({"formats": ["pdf"]}, "field 'formats' takes"),
    ({"smtp_port": "25"}, "field 'smtp_port' must be an integer"),
    ({"send_empty": "yes"}, "field 'send_empty' must be true or false"),
    ({"smtp_host": "h", "mail_from": "m@x.org", "mail_to": ["not an address"]}, "is not an e-mail address"),
    ({"smtpserver": "h"}, "unknown field 'smtpserver'"),
    ({"alert_after_failures": 0}, "field 'alert_after_failures' must be at least 1"),
])
def test_bad_daily_table_is_refused_naming_file_and_field(tmp_path, daily, error):
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": "http://127.0.0.1:9/"}], daily=daily)
    with pytest.raises(ConfigError) as info:
        daily_settings(load(cfg))
    assert str(cfg) in str(info.value) and "[daily]" in str(info.value)
    assert error in str(info.value)


def test_bad_daily_table_exits_2_before_crawling(tmp_path):
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": "http://127.0.0.1:9/"}],
                       daily={"formats": "csv"})
    result = run_monitor("run-daily", "--config", str(cfg), "--db", str(tmp_path / "m.db"))
    assert result.returncode == 2
    assert "[daily]: field 'formats' must be a list of strings" in result.stderr


def test_password_from_environment_wins_and_is_never_shown(tmp_path):
    cfg = write_config(tmp_path / "cfg.toml", [{"name": "wp", "url": "http://127.0.0.1:9/"}],
                       daily={"smtp_host": "h", "mail_from": "m@x.org", "mail_to": "a@x.org, b@x.org",
                              "smtp_password": "from-config-file"})
    s = daily_settings(load(cfg), environ={"MONITOR_SMTP_PASSWORD": PASSWORD})
    assert s.smtp_password == PASSWORD and s.mail_to == ["a@x.org", "b@x.org"] and s.smtp_port == 25
    assert PASSWORD not in repr(s)

