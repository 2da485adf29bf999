"""Answers that say nothing, as the dossier and the mentor's summary judge them."""

from __future__ import annotations

import pytest

from bot.non_answers import is_non_answer, mostly_non_answers


@pytest.mark.parametrize(
    "text",
    ["nee", "Niks!", "weet ik niet", "geen idee", "er was geen keer", "nee\nnee\nniks", "...", "🤷", "",
     "nee, ik heb dat nog nooit gehad", "ik ken dat niet", "no", "nothing"],
)  # fmt: skip
def test_these_say_nothing(text: str) -> None:
    assert is_non_answer(text)


@pytest.mark.parametrize(
    "text",
    ["Ik mocht taarten versieren", "nee maar wel bij voetbal", "saai", "creatief", "bij tekenen op school",
     "nee\nwel bij de kassa van de supermarkt", "ja"],
)  # fmt: skip
def test_these_are_answers(text: str) -> None:
    assert not is_non_answer(text)


def test_mostly_is_more_than_half_or_nothing_at_all() -> None:
    assert mostly_non_answers(5, 3)
    assert not mostly_non_answers(6, 3)
    assert mostly_non_answers(0, 0)
    assert not mostly_non_answers(7, 0)
