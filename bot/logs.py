"""Logging set-up. Logs carry ids and node names, never what a student wrote."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "LibraryLogFilter",
    "Redactor",
    "forget_repeats",
    "log_exception",
    "safe_traceback",
    "setup_logging",
]

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MASK = "***"
# Our own loggers log ids, routes and counts by construction; everyone else's records are filtered.
_OWN = ("loopbaanbot",)


def safe_traceback(exc: BaseException) -> str:
    """The exception's type chain and stack, without any exception message (messages can quote input)."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    chain = type(exc).__qualname__
    cause = exc.__cause__ or exc.__context__
    while cause is not None:
        chain += f" <- {type(cause).__qualname__}"
        cause = cause.__cause__ or cause.__context__
    return f"{chain}\n{frames.rstrip()}"


class _Withheld:
    """Stands in for a withheld argument: its type name, the same under %s and %r."""

    def __init__(self, value: object) -> None:
        self._text = f"<{type(value).__name__}>"

    def __str__(self) -> str:
        return self._text

    __repr__ = __str__


def _shape(value: object) -> object:
    """Numbers stay (ids, counts, statuses); anything else is replaced by its type name."""
    if isinstance(value, bool | int | float):
        return value
    return _Withheld(value)


class LibraryLogFilter(logging.Filter):
    """Keeps what libraries log to ids and types: their arguments and exception messages are withheld.

    python-telegram-bot, for one, logs a whole getUpdates batch ("Received data was ...") and raw
    response bodies; those hold students' messages. A library's message template is kept (it is a
    constant in its code), every argument that is not a number becomes its type name, and a traceback
    keeps its exception types and frames but not their messages.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite a library's record in place; always let it through."""
        if record.name.startswith(_OWN):
            return True
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            try:
                record.msg = str(record.msg) % tuple(_shape(arg) for arg in args)
            except (TypeError, ValueError):
                record.msg = f"{record.msg} [{len(args)} argument(s) withheld]"
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = safe_traceback(record.exc_info[1])
            record.exc_info = None
        return True


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
    # Libraries' arguments and exception messages withheld first, then the token masked in what is left.
    handler.addFilter(LibraryLogFilter())
    handler.addFilter(redactor)
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # httpx logs every request URL, and Telegram URLs contain the bot token.
    for noisy in ("httpx", "httpcore", "telegram.ext.Updater", "apscheduler", "aiosqlite"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return redactor


# The same failure (logger, message, exception type) is logged with its traceback once per window; the
# repeats are counted and reported with the next one. A full disk fails every turn: one line, not a flood.
_REPEAT_WINDOW = 300.0
_repeats: dict[tuple[str, str, type[BaseException]], list[float]] = {}


def forget_repeats() -> None:
    """Log the next failure of every kind in full again (tests start from a clean slate)."""
    _repeats.clear()


def log_exception(logger: logging.Logger, message: str, exc: BaseException, *args: object) -> None:
    """Log an error with its traceback but without the exception's message; repeats are counted.

    Messages can carry what a student wrote (a pydantic ValidationError quotes its input, for one); the
    type and the stack are what a developer needs, and they hold only our own code.
    """
    key = (logger.name, message, type(exc))
    now = time.monotonic()
    seen = _repeats.get(key)
    if seen is not None and now - seen[0] < _REPEAT_WINDOW:
        seen[1] += 1
        return
    repeated = int(seen[1]) if seen is not None else 0
    if len(_repeats) > 1000:
        _repeats.clear()
    _repeats[key] = [now, 0]
    text = message % args if args else message
    if repeated:
        text += f" (and {repeated} more like this before, not logged)"
    logger.error("%s: %s", text, safe_traceback(exc))
