"""The engine on the tests' day with a fixed seed, and the shipped reflection script."""

from __future__ import annotations

import random

import pytest

from dialogues import ScriptLibrary, ScriptVersion, TextCatalog
from dialogues.engine import Engine
from tests.conftest import TODAY


@pytest.fixture
def engine(engine_texts: TextCatalog) -> Engine:
    return Engine(texts=engine_texts, today=lambda: TODAY, rng=random.Random(7))


@pytest.fixture
def reflect(library: ScriptLibrary) -> ScriptVersion:
    return library.current("reflecteren")
