"""The log: the bot token never appears in it, and the file is readable by its owner only."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import setup_logging

TOKEN = "7000000001:AAFakeBotApiTokenForTestsOnly-0123456"
SECRET = TOKEN.split(":", 1)[1]


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    previous = os.umask(0o022)
    path = tmp_path / "data" / "loopbaanbot.log"
    yield path
    os.umask(previous)
    for handler in logging.getLogger().handlers:
        handler.close()


def _read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_token_is_masked_in_messages_arguments_and_tracebacks(log_file: Path) -> None:
    setup_logging("INFO", file=log_file, secrets=[TOKEN])
    log = logging.getLogger("some.library")
    log.warning("GET https://api.telegram.org/bot%s/getMe failed", TOKEN)
    prebuilt = f"POST https://api.telegram.org/bot{TOKEN}/sendMessage"  # a library's finished message
    log.warning(prebuilt)
    try:
        raise ConnectionError(f"cannot reach https://x.invalid/bot{TOKEN.replace(':', '%3A')}/getMe")
    except ConnectionError:
        log.exception("request failed")
    text = _read(log_file)
    assert SECRET not in text
    assert text.count("7000000001:***") == 2 and "7000000001%3A***" in text, "the bot id stays readable"
    assert "ConnectionError" in text and "Traceback" in text


def test_the_log_file_is_for_the_owner_only(log_file: Path) -> None:
    setup_logging("INFO", file=log_file)
    logging.getLogger("loopbaanbot").info("started")
    assert "started" in _read(log_file)
    assert log_file.stat().st_mode & 0o777 == 0o600
    assert log_file.parent.stat().st_mode & 0o777 == 0o700
