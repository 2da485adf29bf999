from __future__ import annotations

import pytest

from bot.wiring import BOT_TEXTS
from dialogues import TextCatalog


@pytest.fixture(scope="session")
def texts() -> TextCatalog:
    return TextCatalog.load(sorted(BOT_TEXTS.glob("*.yaml")))
