"""Every role against every command, aimed at every other person's data: nothing leaks.

Three students with private words (marked), two mentors, a coordinator. Each person runs every command,
also with arguments that point at someone else's step, contact, experience or safety event. Whatever comes
back (texts, overviews, files) may only show another person's data where the rules allow it: a linked
mentor sees the shared fields, and the answers only of a student who opted in; contact names never.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.conversation import Menu, Outgoing, Pressed
from bot.conversation._roles import ACCESS
from bot.wiring import App
from storage import Role, Store
from tests.bot.chat import Chat

from .conftest import person, register_mentor


@dataclass(frozen=True)
class Secret:
    owner: str
    marker: str
    story: bool  # an answer (shared on opt-in) rather than a contact's name (never shared)


def _reflection(name: str) -> list[str]:
    marker = name.upper()
    return [
        "/reflecteren",
        "1",
        f"Garage {marker}PLEK",
        "gisteren",
        "1",
        f"Ik mocht banden wisselen en ik was trots {marker}VERHAAL",
        f"De monteur knikte {marker}MOMENT",
        f"thuis bij mijn fiets {marker}BREED",
        f"ja toen ik klein was {marker}DIEP",
        f"dat ik het zelf kon {marker}WAAROM",
        "handig",
        "monteur",
        "Ik ga de garage mailen",
        "vrijdag",
        "1",
        f"mijn oom {marker.title()}contact",
        "bellen",
        "dat ik het vergeet, dan zet ik een wekker",
    ]


def _secrets(name: str) -> list[Secret]:
    marker = name.upper()
    story = [f"{marker}{part}" for part in ("VERHAAL", "MOMENT", "BREED", "DIEP", "WAAROM")]
    return [Secret(name, s, True) for s in story] + [Secret(name, f"{marker.title()}contact", False)]


def _seen(replies: list[Outgoing]) -> str:
    parts = []
    for reply in replies:
        parts.append(reply.text)
        parts += [b.title + "\n" + "\n".join(b.lines) for b in reply.blocks]
        parts += [b.label for b in reply.buttons]
        parts += [f.data.decode("utf-8", "replace") for f in reply.attachments]
    return "\n".join(parts)


async def _ids(store: Store, chat: Chat) -> dict[str, int]:
    async with store.read() as view:
        student = await view.students.find(chat.who.key)
        assert student is not None
        dossier = await view.dossier.dossier(student.id)
        export = await view.privacy.export(student.id)
    return {
        "student": student.id,
        "step": dossier.steps[0].id if dossier.steps else 0,
        "contact": dossier.contacts[0].id if dossier.contacts else 0,
        "experience": dossier.experiences[0].experience.id if dossier.experiences else 0,
        "events": len(export.safety_events),
    }


@pytest.fixture
async def school(app: App, store: Store) -> dict[str, Chat]:
    people = {name: person(app, name) for name in ("coord", "juf", "meester", "sam", "bob", "eva")}
    juf_code = await register_mentor(people["coord"], people["juf"], "Juf Anna")
    meester_code = await register_mentor(people["coord"], people["meester"], "Meester Kees")
    for name in ("sam", "bob", "eva"):
        await people[name].say(*_reflection(name))
    await people["bob"].command("koppel", juf_code)
    await people["bob"].press("Ja, koppelen")
    await people["eva"].command("koppel", meester_code)
    await people["eva"].press("Ja, en deel ook mijn antwoorden")
    await people["eva"].type("ik wil niet meer")  # a safety event of Eva's
    return people


def _allowed(viewer: str, secret: Secret) -> bool:
    if viewer == secret.owner:
        return True
    # Meester Kees is Eva's mentor and Eva shares her answers (never her contacts' names).
    return viewer == "meester" and secret.owner == "eva" and secret.story


async def test_no_command_of_any_role_shows_what_it_may_not(school: dict[str, Chat], store: Store) -> None:
    others = {name: await _ids(store, chat) for name, chat in school.items() if name in ("sam", "bob", "eva")}
    secrets = [s for name in others for s in _secrets(name)]
    eva_event = 1
    for viewer, chat in school.items():
        aimed = [
            (command, arg)
            for target in others.values()
            for command, arg in (
                ("stap", str(target["step"])),
                ("netwerk", str(target["contact"])),
                ("reflecteren", f"ervaring:{target['experience']}"),
            )
        ]
        plain = [
            (command, "")
            for command in sorted(ACCESS)
            if command not in ("verwijderen", "koppel", "ontkoppel", "mentor", "uitnodigen")
        ]
        extra = [("veilig", f"ja|{eva_event}"), ("verwijderen", "nee"), ("mentor", "NIETS123")]
        for command, arg in [*plain, *aimed, *extra]:
            replies = await chat.send(Pressed(Menu(command, arg)))
            seen = _seen(replies)
            for secret in secrets:
                assert _allowed(viewer, secret) or secret.marker not in seen, (
                    f"{viewer} saw {secret.owner}'s {secret.marker} via /{command} {arg}"
                )
            await chat.command("stop")


async def test_commands_are_refused_for_roles_they_are_not_for(school: dict[str, Chat], store: Store) -> None:
    roles = {"coord": Role.COORDINATOR, "juf": Role.MENTOR, "sam": Role.STUDENT}
    for name, role in roles.items():
        for command, allowed_roles in ACCESS.items():
            if role in allowed_roles:
                continue
            await school[name].command(command)
            assert "niet voor jou bedoeld" in school[name].text(), f"{name} ({role}) could use /{command}"


async def test_a_mentor_sees_only_their_own_linked_students(school: dict[str, Chat]) -> None:
    await school["juf"].command("overzicht")
    juf_sees = _seen(school["juf"].replies)
    assert "Bob" in juf_sees and "Eva" not in juf_sees and "Sam" not in juf_sees
    assert "BOBVERHAAL" not in juf_sees, "Bob shares the basics only"
    await school["meester"].command("overzicht")
    meester_sees = _seen(school["meester"].replies)
    assert "Eva" in meester_sees and "Bob" not in meester_sees
    assert "EVAVERHAAL" in meester_sees, "Eva opted in to share her answers"
    assert "Evacontact" not in meester_sees


async def test_after_unlinking_the_mentor_sees_nothing(school: dict[str, Chat]) -> None:
    await school["bob"].command("ontkoppel")
    await school["juf"].command("overzicht")
    assert "Bob" not in _seen(school["juf"].replies)


@pytest.mark.parametrize("role", list(Role))
def test_every_menu_entry_works_for_its_role_and_is_described_in_both_languages(role: Role) -> None:
    from bot.conversation import MENUS
    from bot.wiring import BOT_TEXTS
    from dialogues import TextCatalog

    texts = TextCatalog.load(sorted(BOT_TEXTS.glob("*.yaml")))
    assert MENUS[role][0] == "start"
    for command in MENUS[role]:
        assert role in ACCESS[command], f"/{command} in the {role.value} menu is refused to them"
        for language in ("nl", "en"):
            assert texts.get(f"commands.{command}", language).strip()
