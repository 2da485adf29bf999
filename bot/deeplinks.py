"""Telegram deep links: `https://t.me/<bot>?start=klas-CODE` opens the bot with the class code filled in.

A student who taps a mentor's link (or scans its QR code) starts the bot with `/start klas-CODE`, and gets
the same preview-then-choose as `/koppel CODE`; a new mentor's `mentor-CODE` works as `/mentor CODE`.
Telegram allows 1 to 64 characters A-Z, a-z, 0-9, _ and - in the payload: codes are letters and digits.
"""

from __future__ import annotations

import io
import re

import segno

from .codes import normalise_code

__all__ = ["DeepLinks", "command_of_payload"]

_PAYLOAD = re.compile(r"(klas|mentor)-([A-Za-z0-9]{4,40})")
_COMMANDS = {"klas": "koppel", "mentor": "mentor"}


def command_of_payload(payload: str) -> tuple[str, str] | None:
    """`/start klas-ABCD` → ("koppel", "ABCD"); None for an ordinary /start."""
    found = _PAYLOAD.fullmatch(payload.strip())
    if found is None:
        return None
    return _COMMANDS[found.group(1)], normalise_code(found.group(2))


class DeepLinks:
    """Links into the Telegram bot, once the bot's username is known (getMe); none without Telegram."""

    def __init__(self) -> None:
        self.bot_username: str | None = None

    def link(self, kind: str, code: str) -> str | None:
        """The t.me link for a class ("klas") or a mentor invite ("mentor"), or None without Telegram."""
        if self.bot_username is None:
            return None
        return f"https://t.me/{self.bot_username}?start={kind}-{normalise_code(code)}"

    @staticmethod
    def qr_png(link: str) -> bytes:
        """The link as a QR code (PNG), to print or show on a screen."""
        out = io.BytesIO()
        segno.make(link, error="m").save(out, kind="png", scale=8, border=2)
        return out.getvalue()
