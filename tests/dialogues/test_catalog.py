"""Filling placeholders in catalogue texts."""

from __future__ import annotations

from dialogues import TextCatalog
from dialogues._catalog import fill


def test_an_empty_value_fills_the_placeholder_with_nothing() -> None:
    # "Hoi{naam}!" for a student without a name must read "Hoi!", not show the placeholder.
    assert fill("Hoi{naam}!", {"naam": ""}) == "Hoi!"


def test_an_unknown_placeholder_stays_visible() -> None:
    assert fill("Hoi {naam}, {wie}?", {"naam": "Sam"}) == "Hoi Sam, {wie}?"
    assert fill("{a}{b}", lambda name: "x" if name == "a" else None) == "x{b}"


def test_get_picks_the_language_and_fills() -> None:
    catalog = TextCatalog({"groet": {"nl": ["Hoi{naam}!"], "en": ["Hi{naam}!"]}})
    assert catalog.get("groet", "en", naam=" Sam") == "Hi Sam!"
    assert catalog.get("groet", "nl", naam="") == "Hoi!"
