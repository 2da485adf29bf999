"""Every question has at least four wordings, and three conversations in a row never share one."""

from __future__ import annotations

import re

import pytest

from dialogues import ScriptLibrary, TextCatalog

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
SCRIPTS = ("reflecteren", "voorbereiden")


@pytest.mark.parametrize("script_id", SCRIPTS)
def test_every_question_has_four_wordings(library: ScriptLibrary, script_id: str) -> None:
    for node in library.current(script_id).script.nodes:
        if node.asks:
            for language, variants in node.spot("text").texts.items():
                assert len(variants) >= 4, f"{script_id}/{node.id} ({language})"


def _asked(
    library: ScriptLibrary, texts: TextCatalog, script_id: str, language: str, rotation: int
) -> set[str]:
    """Every question sentence a conversation with this rotation can show (follow-ups included)."""
    found: list[str] = []
    for node in library.current(script_id).script.nodes:
        if not node.asks:
            continue
        for spot in node.texts():
            if spot.label == "examples" or spot.label.startswith("label"):
                continue
            variants = spot.texts[language]
            if spot.label == "followups":
                half = (len(variants) + 1) // 2
                found += [variants[min(len(variants) - 1, a * half + rotation % half)] for a in (0, 1)]
            else:
                found.append(variants[rotation % len(variants)])
    for key in ("thin.first", "thin.second", "keyword.examples", "keyword.too_long", "date.confirm",
                "date.unparsed", "contact.check", "contact.who", "feeling.ask"):  # fmt: skip
        variants = texts.variants(key, language)
        found.append(variants[rotation % len(variants)])
    return {
        s.lower() for text in found for s in _SENTENCE.split(text) if len(s.split()) >= 4 and "{" not in s
    }


@pytest.mark.parametrize("script_id", SCRIPTS)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_three_conversations_in_a_row_share_no_question(
    library: ScriptLibrary, engine_texts: TextCatalog, script_id: str, language: str
) -> None:
    asked = [_asked(library, engine_texts, script_id, language, rotation) for rotation in range(14)]
    for rotation in range(12):
        for later in (1, 2):
            shared = asked[rotation] & asked[rotation + later]
            assert not shared, f"conversations {rotation} and {rotation + later}: {sorted(shared)}"
