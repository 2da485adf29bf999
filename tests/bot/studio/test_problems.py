"""The checks in the studio use the words of its form, not the YAML keys of the command line."""

from __future__ import annotations

from bot.config import Settings
from bot.studio._problems import check_draft
from bot.wiring import load_texts
from dialogues import DEFAULT_SCRIPTS, EditableScript


def test_a_reflection_without_who_helps_is_told_in_the_forms_words() -> None:
    script = EditableScript.parse((DEFAULT_SCRIPTS / "reflecteren.yaml").read_text(encoding="utf-8"))
    script.set_field("stap_wanneer", "next", "stap_obstakel")
    script.remove_question("stap_wie")
    _, texts = load_texts(Settings(_env_file=None))
    shown = [s.text for s in check_draft(script.dump(), "reflecteren", ["reflecteren"]).shown("nl", texts)]
    helper = [text for text in shown if "wie helpt bij de stap" in text]
    assert helper and "'Wie kan helpen?'" in helper[0]
    assert not any("kind:" in text or "store:" in text for text in shown), shown
