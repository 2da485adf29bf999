"""Logs carry ids and types: what a library logs about an update never includes what a student wrote."""

from __future__ import annotations

import io
import logging

from bot.logs import LibraryLogFilter, log_exception

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
