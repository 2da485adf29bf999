"""An experiment's figures: the sum of two wordings never gives away the few students of one of them."""

from __future__ import annotations

from bot.studio._figures import QuestionFigures, _together


def _arm(arm: int, students: int, answered: int) -> QuestionFigures:
    enough, enough_answered = students >= 5, answered >= 5
    return QuestionFigures(
        "verbreden", arm, students=students, answered=answered, enough=enough, enough_answered=enough_answered
    )


def test_the_sum_is_hidden_while_one_wording_has_too_few_students() -> None:
    # Shown: wording 1 with 5 students. The sum minus wording 1 would be the one student of wording 2.
    row = _together("verbreden", [_arm(1, 5, 5), _arm(2, 1, 1)])
    assert (row.students, row.enough, row.enough_answered) == (6, False, False)


def test_the_sum_is_shown_when_both_wordings_have_enough_or_none() -> None:
    assert _together("verbreden", [_arm(1, 5, 5), _arm(2, 6, 6)]).enough
    assert _together("verbreden", [_arm(1, 7, 6), _arm(2, 0, 0)]).enough, "nobody had the other wording yet"
