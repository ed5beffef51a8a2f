"""Deliver a daily digest: compose the message, send it by SMTP, push it to notification URLs.

Pure composition (`compose`) is separate from the two senders: `send_email` (smtplib, settings
from the [daily] table) and `send_notifications` (apprise: Slack, Teams, ntfy, JSON webhooks...).
Neither logs or raises with a secret in the text.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from monitor.logs import event

if TYPE_CHECKING:
    from monitor.daily_settings import DailySettings

MAX_LISTED = 50          # items listed in a message body (all are in the attachment)
MAX_NOTIFY_LISTED = 10   # items listed in a chat notification


class DeliveryError(Exception):
    """A message could not be delivered (the text names the channel, never a secret)."""


@dataclass
class Message:
    """One digest message: subject, plain text, optional HTML and attachments."""

    subject: str
    text: str
    html: str | None = None
    attachments: list[Path] = field(default_factory=list)
    short: str = ""          # a shorter body for chat notifications


def _item_line(r: dict[str, Any]) -> str:
    award = f"[award{' ' + r['award_level'] if r.get('award_level') else ''}] " if r.get("is_award") == "true" else ""
    title = r.get("title_en") or r["title"]
    meta = ", ".join(x for x in (r["source"], r.get("published") or "undated") if x)
    return f"- {award}{title} ({meta})\n  {r['url']}"


def compose(rows: list[dict[str, Any]], problems: list[str], prefix: str = "monitor",
            html: str | None = None, attachments: list[Path] | None = None) -> Message:
    """The message for a digest of rows, with source health problems first."""
    parts = []
    if rows:
        awards = sum(1 for r in rows if r.get("is_award") == "true")
        subject = f"{prefix}: {len(rows)} new item{'s' if len(rows) != 1 else ''}"
        if awards:
            subject += f" ({awards} award{'s' if awards != 1 else ''})"
    else:
        subject = f"{prefix}: nothing new"
    if problems:
        subject += f"; {len(problems)} source problem{'s' if len(problems) != 1 else ''}"
        parts.append("Source problems:\n" + "\n".join(f"! {p}" for p in problems))
    if rows:
        listed = "\n".join(_item_line(r) for r in rows[:MAX_LISTED])
        more = f"\n... and {len(rows) - MAX_LISTED} more in the attachment" if len(rows) > MAX_LISTED else ""
        parts.append(f"New items ({len(rows)}):\n{listed}{more}")
    else:
        parts.append("Nothing new since the last digest.")
    short_rows = "\n".join(_item_line(r) for r in rows[:MAX_NOTIFY_LISTED])
    if len(rows) > MAX_NOTIFY_LISTED:
        short_rows += f"\n... and {len(rows) - MAX_NOTIFY_LISTED} more"
    short = "\n\n".join(p for p in (("\n".join(f"! {p}" for p in problems)) if problems else "", short_rows) if p)
    return Message(subject=subject, text="\n\n".join(parts) + "\n", html=html,
                   attachments=list(attachments or []), short=short or "Nothing new.")


def build_email(msg: Message, settings: "DailySettings") -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = msg.subject
    mail["From"] = settings.mail_from
    mail["To"] = ", ".join(settings.mail_to)
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = make_msgid(domain=(settings.mail_from or "monitor@localhost").rsplit("@", 1)[-1])
    mail.set_content(msg.text)
    if msg.html:
        mail.add_alternative(msg.html, subtype="html")
    for path in msg.attachments:
        subtype = {"csv": "csv", "json": "json", "html": "html", "md": "markdown", "atom": "atom+xml"}.get(
            path.suffix.lstrip("."), "octet-stream")
        maintype = "application" if subtype in ("json", "atom+xml", "octet-stream") else "text"
        mail.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    return mail


def send_email(msg: Message, settings: "DailySettings") -> None:
    """Send by SMTP (SSL, STARTTLS or plain; login when smtp_user is set). Raises DeliveryError."""
    mail = build_email(msg, settings)
    host, port = settings.smtp_host, settings.smtp_port
    try:
        if settings.smtp_ssl:
            client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=settings.smtp_timeout,
                                                    context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(host, port, timeout=settings.smtp_timeout)
        with client:
            if settings.smtp_starttls:
                client.starttls(context=ssl.create_default_context())
            if settings.smtp_user:
                client.login(settings.smtp_user, settings.smtp_password or "")
            refused = client.send_message(mail)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"email: SMTP login as {settings.smtp_user!r} at {host}:{port} refused ({exc.smtp_code})") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"email: cannot send through {host}:{port}: {type(exc).__name__}: {exc}") from None
    if refused:
        event("email.refused", recipients=",".join(refused))
    event("email.sent", to=",".join(settings.mail_to), subject=msg.subject, attachments=len(msg.attachments))


def redact_url(url: str) -> str:
    """scheme://host of a notification URL: its path and credentials usually hold tokens."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}"


def send_notifications(msg: Message, urls: list[str]) -> list[str]:
    """Push the short message to each apprise URL; return the (redacted) URLs that failed."""
    import apprise

    failed = []
    for url in urls:
        app = apprise.Apprise()
        if not app.add(url):
            failed.append(redact_url(url))
            event("notify.bad_url", url=redact_url(url))
            continue
        ok = app.notify(title=msg.subject, body=msg.short)
        event("notify.sent" if ok else "notify.failed", url=redact_url(url))
        if not ok:
            failed.append(redact_url(url))
    return failed
