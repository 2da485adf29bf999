"""E-mail for mentors who do not use Telegram: the weekly summary, as HTML, through the school's SMTP server.

Nothing but what the summary holds (what students share) goes into a mail. The standard library's smtplib
does the talking, in a thread so the event loop never waits for a mail server.
"""

from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

from .config import Settings

__all__ = ["MailError", "Mailer"]

log = logging.getLogger("loopbaanbot.mail")
_TIMEOUT = 20.0


class MailError(Exception):
    """A mail could not be handed to the SMTP server."""


class Mailer:
    """Sends one mail at a time through SMTP_HOST (STARTTLS when SMTP_STARTTLS, SSL on port 465)."""

    def __init__(self, settings: Settings) -> None:
        if settings.smtp_host is None or settings.smtp_from is None:
            raise ValueError("SMTP_HOST and SMTP_FROM are needed to send e-mail")
        self._host = settings.smtp_host
        self._port = settings.smtp_port
        self._sender = settings.smtp_from
        self._user = settings.smtp_user
        self._password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        self._starttls = settings.smtp_starttls

    def message(self, to: str, subject: str, text: str, html: str) -> EmailMessage:
        """The mail: plain text first, the HTML version as the alternative mail programs show."""
        mail = EmailMessage()
        mail["From"] = self._sender
        mail["To"] = to
        mail["Subject"] = subject
        mail["Message-ID"] = make_msgid(domain=self._sender.rpartition("@")[2])
        mail.set_content(text)
        mail.add_alternative(html, subtype="html")
        return mail

    async def send(self, to: str, subject: str, text: str, html: str) -> None:
        """Hand the mail to the SMTP server; MailError when that fails."""
        mail = self.message(to, subject, text, html)
        try:
            await asyncio.to_thread(self._send, mail)
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(type(exc).__name__) from exc

    def _send(self, mail: EmailMessage) -> None:
        context = ssl.create_default_context()
        if self._port == 465:
            with smtplib.SMTP_SSL(self._host, self._port, timeout=_TIMEOUT, context=context) as smtp:
                self._deliver(smtp, mail)
            return
        with smtplib.SMTP(self._host, self._port, timeout=_TIMEOUT) as smtp:
            if self._starttls:
                smtp.starttls(context=context)
            self._deliver(smtp, mail)

    def _deliver(self, smtp: smtplib.SMTP, mail: EmailMessage) -> None:
        if self._user and self._password:
            smtp.login(self._user, self._password)
        smtp.send_message(mail)
