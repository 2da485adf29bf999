"""Logs carry ids and types: no student's text from a library, no bot token anywhere; the file is 0600."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import LibraryLogFilter, log_exception, setup_logging

MARKER = "GEHEIM-verhaal-van-sam"


def _logged(name: str, emit: object) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    handler.addFilter(LibraryLogFilter())
    logger = logging.getLogger(name)
    logger.addHandler(handler)
    logger.propagate = False
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        assert callable(emit)
        emit(logger)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
        logger.setLevel(level)
    return stream.getvalue()


def test_a_library_that_logs_a_raw_batch_shows_only_its_shape() -> None:
    batch = [{"update_id": 5, "message": {"text": MARKER}}]
    out = _logged("telegram.Bot", lambda log: log.critical("Received data was %r (%d)", batch, 7))
    assert MARKER not in out
    assert "Received data was <list> (7)" in out


def test_a_library_traceback_keeps_its_types_but_not_its_message() -> None:
    def emit(log: logging.Logger) -> None:
        try:
            raise ValueError(f"cannot parse {MARKER}")
        except ValueError:
            log.exception("Can not load invalid JSON data: %s", MARKER)

    out = _logged("telegram.request.BaseRequest", emit)
    assert MARKER not in out
    assert "ValueError" in out
    assert "Can not load invalid JSON data: <str>" in out


def test_our_own_loggers_are_left_as_they_are_and_log_exception_drops_the_message() -> None:
    def emit(log: logging.Logger) -> None:
        log.info("turn student=%s node=%s", 12, "verbreden")
        try:
            raise KeyError(MARKER)
        except KeyError as exc:
            log_exception(log, "handling failed for student %s", exc, 12)

    out = _logged("loopbaanbot.conversation", emit)
    assert "turn student=12 node=verbreden" in out
    assert "handling failed for student 12: KeyError" in out
    assert MARKER not in out


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
    log = logging.getLogger("loopbaanbot.telegram")
    log.warning("GET https://api.telegram.org/bot%s/getMe failed", TOKEN)
    prebuilt = f"POST https://api.telegram.org/bot{TOKEN}/sendMessage"  # a library's finished message
    logging.getLogger("some.library").warning(prebuilt)
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
