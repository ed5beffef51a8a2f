"""The [daily] table of the config: its fields, their types and defaults, and their validation.

Kept apart from monitor.daily so that the senders (monitor.notify) can use the settings without
importing the daily run that calls them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from monitor.config import Config, ConfigError
from monitor.digest import FORMATS
from monitor.redact import add_secrets


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
