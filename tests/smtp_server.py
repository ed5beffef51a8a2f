"""A capturing SMTP server on loopback for tests (aiosmtpd), optionally with AUTH LOGIN/PLAIN."""

from __future__ import annotations

import email
import email.policy
import socket
from dataclasses import dataclass, field
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@dataclass
class Captured:
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)


class _Handler:
    def __init__(self, captured: Captured):
        self.captured = captured

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd hook name)
        msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.captured.messages.append(msg)
        self.captured.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"


class SmtpCapture:
    """Start with `.start()`; messages land in `.captured.messages`."""

    def __init__(self, user: str | None = None, password: str | None = None, host: str = "127.0.0.1"):
        self.captured = Captured()
        self.host, self.port = host, free_port(host)
        kwargs = {}
        if user:
            def authenticator(server, session, envelope, mechanism, auth_data):
                ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                    and auth_data.password.decode() == password
                if ok:
                    self.captured.logins.append(user)
                return AuthResult(success=ok)
            kwargs = {"authenticator": authenticator, "auth_require_tls": False, "auth_required": True}
        self.controller = Controller(_Handler(self.captured), hostname=host, port=self.port, **kwargs)

    def start(self) -> "SmtpCapture":
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()
