"""The method benchmark plays corpus cases against the bot and reports every figure it promises."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bench import method

CASES = {"own-01", "own-02", "non-01", "cor-01", "ppl-01", "hist-01", "prep-01", "en-01"}


@pytest.fixture(scope="module")
def figures() -> method.Figures:
    cases = [c for c in method.load(method.DEFAULT_FILES[0]) if c["id"] in CASES]
    assert len(cases) == len(CASES)
    result, _ = asyncio.run(method.run_cases(cases))
    return result


def test_the_corpus_is_large_enough_and_in_the_documented_format() -> None:
    cases = method.load(method.DEFAULT_FILES[0])
    assert len(cases) >= 60
    assert len({c["id"] for c in cases}) == len(cases)
    assert all(c.get("language") in ("nl", "en") and c.get("answers") for c in cases)


def test_a_few_cases_meet_every_target(figures: method.Figures) -> None:
    rows = method.rows(figures)
    assert [name for name, _, _, met in rows if not met] == [], figures.failed
    assert figures.feelings[1] >= 7 and figures.corrections[1] == 3 and figures.earlier_key_words == [1, 1]


def test_a_missing_corpus_file_is_skipped_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert method.run([tmp_path / "method_blind.yaml"]) == {}
    assert "not there, skipped" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("reply", "counted"),
    [
        ('Even op een rij. Je vertelde: "mn broer was altijd super excited".', 0),
        ("Super, je hebt veel verteld!", 1),
        # the student's own word said back beside a word it stood with ("ik vond het mooi om te zien")
        ("Wat gebeurde er vlak voordat je het mooi vond om te zien?", 0),
        ("Mooi, je hebt veel verteld.", 1),
        ("Mooi, dank je Sanne.", 1),
        ("Super leuk dat je dat zegt!", 1),
    ],
)
def test_praise_is_the_bots_own_words_not_a_quote_of_the_student(reply: str, counted: int) -> None:
    from bench._method_figures import Figures, _score_praise
    from bench._method_play import Conversation, Played, Turn
    from bot.conversation import Outgoing

    turns = [
        Turn("cmd", "/reflecteren", []),
        Turn(
            "verhaal",
            "ik vond het mooi om te zien hoe ze hem hielp, super leuk",
            [Outgoing(text="Je vond het mooi om te zien. Wat gebeurde er precies op dat moment?")],
        ),
        Turn("moment", "niks", [Outgoing(text=reply)]),
    ]
    played = Played(
        case={"id": "x"}, conversations=[Conversation("reflecteren", turns)], dossier=None, experience_id=None
    )  # type: ignore[arg-type]
    figures = Figures()
    _score_praise(played, figures, "x")
    assert figures.praise_after_non_answer == counted


def _kept_case(case_id: str, said: str) -> dict[str, object]:
    """A story with one feeling, the student's reaction to it said back, and that feeling to be kept."""
    return {
        "id": case_id,
        "language": "nl",
        "answers": {
            "soort": "stage",
            "waar": "supermarkt",
            "wanneer": "donderdag",
            "verhaal": "ik stond voor het eerst achter de kassa en ik was zenuwachtig",
            "moment": "toen de eerste klant kwam",
            "verbreden": "bij presentaties",
            "verdiepen": "ja bij mijn spreekbeurt",
            "kernwoord": "durven",
            "stap": "vragen of ik vaker kassa mag doen",
            "stap_wanneer": "volgende week donderdag",
            "hulp": "mijn mentor",
            "bereiken": "na de les",
            "obstakel": "niks",
        },
        "correction": {"after": "verhaal", "say": said},
        "expect": {"feelings": [["zenuwachtig"]], "corrected_feeling": "zenuwachtig"},
    }


def test_a_reaction_that_is_no_correction_is_honoured_when_the_feeling_is_kept() -> None:
    kept = _kept_case("kept-01", "ja klopt, vooral bij de eerste klant")
    replaced = _kept_case("kept-02", "nee ik was juist boos")  # the bot takes it: not what this case expects
    result, _ = asyncio.run(method.run_cases([kept, replaced]))
    assert result.corrections == [1, 2]
    assert any("kept-02" in failure for failure in result.failed.get("corrections", [])), result.failed


def test_without_a_real_step_only_the_reflections_step_counts_not_the_preparation() -> None:
    # dev70: "make a tiny platformer before I go" is the student's own preparation, an action; a step the
    # reflection stores from "maybe look into it sometime" is none.
    prepared = next(c for c in method.load(method.DEFAULT_FILES[0]) if c["id"] == "prep-01")
    weak = {
        **prepared,
        "id": "prep-weak",
        "answers": {**prepared["answers"], "stap": ["weet niet", "een open dag opzoeken"]},
        "expect": {**prepared["expect"], "step_is_action": False},
    }
    result, _ = asyncio.run(method.run_cases([weak]))
    assert result.steps_not_actions == 1, result.failed
    assert all("route" not in failure for failure in result.failed.get("steps", [])), result.failed
