"""Logging set-up. Logs carry ids and node names, never what a student wrote, and never the bot token."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path

__all__ = ["Redactor", "log_exception", "setup_logging"]

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MASK = "***"


class Redactor(logging.Filter):
    """Masks secrets (the bot token) in every log record: its message, its arguments and its traceback.

    The Bot API puts the token in every URL, so any library error about a request can quote it. Only the
    part after the colon is secret; the bot's id before it stays readable ("7000000001:***").
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__("redact")
        parts = set()
        for secret in secrets:
            if not secret:
                continue
            _, colon, key = secret.partition(":")
            parts.add(key if colon and len(key) >= 6 else secret)
        self._secrets = sorted(parts, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """The text with every secret masked."""
        for secret in self._secrets:
            text = text.replace(secret, _MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the record in place (so every handler gets the masked one); never drops a record."""
        if not self._secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: logging reports that itself, from the original record
            return True
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            # The formatter uses this cached text rather than formatting the exception again.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def setup_logging(level: str = "INFO", *, file: Path | None = None, secrets: Iterable[str] = ()) -> Redactor:
    """Log to stderr (or a file, so the console chat stays readable), with `secrets` masked everywhere.

    A new log file is readable by its owner only (0600, in a folder made 0700). Raises OSError when the
    file cannot be made. Returns the Redactor, for text that is printed rather than logged.
    """
    redactor = Redactor(secrets)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        handler: logging.Handler = logging.FileHandler(file, encoding="utf-8")
    else:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(redactor)
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # httpx logs every request URL, and Telegram URLs contain the bot token.
    for noisy in ("httpx", "httpcore", "telegram.ext.Updater", "apscheduler", "aiosqlite"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return redactor


def log_exception(logger: logging.Logger, message: str, exc: BaseException, *args: object) -> None:
    """Log an error with its traceback but without the exception's message.

    Messages can carry what a student wrote (a pydantic ValidationError quotes its input, for one); the
    type and the stack are what a developer needs, and they hold only our own code.
    """
    frames = "".join(traceback.format_tb(exc.__traceback__))
    chain = type(exc).__qualname__
    cause = exc.__cause__ or exc.__context__
    while cause is not None:
        chain += f" <- {type(cause).__qualname__}"
        cause = cause.__cause__ or cause.__context__
    template = "%s: %s\n%s"
    logger.error(template, message % args if args else message, chain, frames.rstrip())
