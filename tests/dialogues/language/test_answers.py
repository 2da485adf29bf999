"""Short answers: don't know, thin, yes/no, nobody, option matching and contact roles."""

from __future__ import annotations

import pytest

from dialogues.language import is_help_request, is_no, is_nobody, is_yes, match_option, quality, split_contact


@pytest.mark.parametrize(
    "text", ["weet niet", "Weet ik niet.", "geen idee!", "idk", "I don't know", "??", "  "]
)
def test_dont_know(text: str) -> None:
    assert quality(text, min_words=1) == "unknown"


@pytest.mark.parametrize(
    ("text", "min_words", "expected"),
    [
        ("leuk", 3, "thin"),
        ("ging goed", 3, "thin"),
        ("niks", 1, "ok"),
        ("Ik mocht de kassa doen", 3, "ok"),
        ("🙂👍", 1, "unknown"),
    ],
)
def test_thin_answers_depend_on_the_question(text: str, min_words: int, expected: str) -> None:
    assert quality(text, min_words=min_words) == expected


@pytest.mark.parametrize(
    ("text", "yes", "no"),
    [
        ("ja", True, False),
        ("Klopt!", True, False),
        ("yes", True, False),
        ("👍", True, False),
        ("nee", False, True),
        ("klopt niet", False, True),
        ("misschien", False, False),
    ],
)
def test_yes_and_no(text: str, yes: bool, no: bool) -> None:
    assert (is_yes(text), is_no(text)) == (yes, no)


@pytest.mark.parametrize("text", ["niemand", "Ik doe het zelf", "nobody", "weet niet"])
def test_nobody(text: str) -> None:
    assert is_nobody(text)


def test_help_request() -> None:
    assert is_help_request("help") and is_help_request("?") and not is_help_request("zorgzaam")


OPTIONS = [
    ("stage", "Stage"),
    ("meeloopdag", "Meeloopdag"),
    ("open dag", "Open dag"),
    ("other", "Iets anders"),
]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1", "stage"),
        ("STAGE", "stage"),
        ("meeloop", "meeloopdag"),
        ("Open dag!", "open dag"),
        ("4", "other"),
        ("9", None),
        ("dag", None),
        ("xyz", None),
    ],
)
def test_typed_options(text: str, value: str | None) -> None:
    assert match_option(text, OPTIONS) == value


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("mijn oom Kees", "Kees", "oom"),
        ("Kees", "Kees", None),
        ("de stagebegeleider", "de stagebegeleider", "stagebegeleider"),
        ("my uncle Bob", "Bob", "uncle"),
        ("mentor", "mentor", "mentor"),
    ],
)
def test_contact_role_is_split_from_the_name(text: str, name: str, role: str | None) -> None:
    contact = split_contact(text)
    assert (contact.name, contact.role) == (name, role)
