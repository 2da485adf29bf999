"""The Telegram benchmark runs end to end on a tiny workload (bots in their own processes)."""

from __future__ import annotations

import pytest

from bench import telegram


def test_a_tiny_telegram_run_reports_every_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = [c for c in telegram.CONFIGS if c[0] in ("echo bot, sequential", telegram.DEFAULT)]
    monkeypatch.setattr(telegram, "CONFIGS", chosen)
    medians = telegram.run(students=3, rounds=1, write=False)
    assert set(medians) == {"echo bot, sequential", telegram.DEFAULT}
    for figures in medians.values():
        assert figures["messages/s"] > 0
        assert figures["bot cpu ms per message"] > 0
    assert medians[telegram.DEFAULT]["api calls per message"] > 1, "presses also answer and edit"
