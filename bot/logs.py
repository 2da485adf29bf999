"""Logging set-up. Logs carry ids and node names, never what a student wrote."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

__all__ = ["log_exception", "setup_logging"]

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: str = "INFO", *, file: Path | None = None) -> None:
    """Log to stderr (or a file, so the console chat stays readable); keep tokens out of the logs."""
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(file, encoding="utf-8")
    else:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # httpx logs every request URL, and Telegram URLs contain the bot token.
    for noisy in ("httpx", "httpcore", "telegram.ext.Updater", "apscheduler", "aiosqlite"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


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
