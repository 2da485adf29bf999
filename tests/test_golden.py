"""Golden conversations: whole transcripts of student lines with what the bot must (not) say."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.channels.console import parse_line, render
from bot.clock import FakeClock
from bot.config import Settings
from bot.conversation import Button, NonText, Who
from bot.wiring import build_app
from dialogues import ScriptLibrary
from storage import MemoryStore, StudentKey

GOLDEN = Path(__file__).parent / "golden"
WHY = re.compile(r"\b(waarom|why|hoezo|how come)\b", re.IGNORECASE)


def _matches(record: Any, expected: dict[str, Any]) -> None:
    for field, want in expected.items():
        got = getattr(record, field)
        if isinstance(got, date) or want is None:
            assert got == (date.fromisoformat(str(want)) if want is not None else None), field
        else:
            assert str(got) == str(want), field


# method_blind.yaml is bench method's blind set (student answers, not a golden conversation).
CASES = [
    (path, yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in sorted(GOLDEN.glob("*.yaml"))
    if path.name != "method_blind.yaml"
]


@pytest.mark.parametrize(("path", "golden"), CASES, ids=[path.stem for path, _ in CASES])
async def test_golden_conversation(
    path: Path, golden: dict[str, Any], settings: Settings, library: ScriptLibrary
) -> None:
    store = MemoryStore()
    app = build_app(
        settings,
        store=store,
        library=library,
        clock=FakeClock(datetime(2026, 11, 22, 9, tzinfo=UTC)),
        rng=random.Random(0),
        follow_ups=False,
    )
    await app.start()
    who = Who(StudentKey("golden", path.stem), display_name="", language_hint=golden["language"])
    buttons: tuple[Button, ...] = ()
    for number, turn in enumerate(golden["turns"], start=1):
        line = str(turn["student"])
        incoming = NonText(line[1:-1]) if re.fullmatch(r"<\w+>", line) else parse_line(line, buttons)
        assert incoming is not None
        replies = await app.conversations.handle(who, incoming)
        text = "\n".join(render(reply) for reply in replies)
        where = f"{path.name} turn {number} ({line!r}):\n{text}"
        position = 0
        for expected in turn.get("bot", []):
            found = text.find(expected, position)
            assert found >= 0, f"expected {expected!r} (in order) in {where}"
            position = found + len(expected)
        for label in turn.get("buttons", []):
            assert any(b.label == label for r in replies for b in r.buttons), (
                f"button {label!r} missing in {where}"
            )
        for forbidden in turn.get("not", []):
            assert forbidden not in text, f"{forbidden!r} must not appear in {where}"
        assert not WHY.search(text), f"the bot asked a why-question in {where}"
        assert all(reply.kind != "error" for reply in replies), where
        for reply in replies:
            if reply.buttons:
                buttons = reply.buttons

    async with store.transaction() as tx:
        student = await tx.students.find(who.key)
        assert student is not None
        dossier = await tx.dossier.dossier(student.id)
    expected = golden["dossier"]
    [item] = dossier.experiences
    _matches(item.experience, expected["experience"])
    _matches(item.entry, expected.get("entry", {}))
    assert len(dossier.steps) == len(expected.get("steps", []))
    for step, want in zip(dossier.steps, expected.get("steps", []), strict=True):
        _matches(step, want)
    assert len(dossier.contacts) == len(expected.get("contacts", []))
    for contact, want in zip(dossier.contacts, expected.get("contacts", []), strict=True):
        _matches(contact, want)
