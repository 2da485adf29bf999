"""A school: a coordinator (configured), a mentor, and students, all on one wired app with a fake clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.config import Settings
from bot.conversation import Who
from bot.wiring import App
from storage import StudentKey
from tests.bot.chat import Chat, Inbox

# A reflection with private words in the story, widening and deepening; key word "creatief".
REFLECTION = [
    "/reflecteren",
    "1",
    "Bakkerij De Zoete Inval",
    "gisteren",
    "1",
    "Ik mocht taarten versieren en ik was trots toen de klant lachte GEHEIM1",
    "De klant zei dat de taart mooi was GEHEIM2",
    "bij tekenen op school GEHEIM3",
    "ja, vroeger tekende ik voor mijn oma GEHEIM4",
    "dat iemand blij werd van wat ik maakte GEHEIM5",
    "creatief",
    "iets met ontwerpen",
    "Ik ga de bakker vragen of ik nog een dag mag komen",
    "vrijdag",
    "1",
    "mijn tante Els",
    "bellen",
    "dat ik het vergeet, dan zet ik een wekker",
]
SECRETS = ("GEHEIM", "Els")


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The school's settings: the bot's test settings with one configured coordinator."""
    return settings.model_copy(update={"coordinator_ids": "test:coord"})


@pytest.fixture
def app(make_app: Callable[..., App]) -> App:
    return make_app()


@pytest.fixture
def inbox(app: App) -> Inbox:
    courier = Inbox()
    app.couriers.attach("test", courier)
    return courier


def person(app: App, name: str) -> Chat:
    return Chat(
        app.conversations, Who(StudentKey("test", name), display_name=name.title(), language_hint="nl")
    )


@pytest.fixture
def coord(app: App) -> Chat:
    return person(app, "coord")


@pytest.fixture
def juf(app: App) -> Chat:
    return person(app, "juf")


@pytest.fixture
def sam(app: App) -> Chat:
    return person(app, "sam")


@pytest.fixture
def kim(app: App) -> Chat:
    return person(app, "kim")


async def register_mentor(coord: Chat, mentor: Chat, name: str = "Juf Anna") -> str:
    """The coordinator invites, the mentor registers; the class code."""
    await coord.command("uitnodigen", name)
    invite = coord.text().split("/mentor ")[1].split()[0].rstrip(").")
    await mentor.command("mentor", invite)
    return mentor.text().split("/koppel ")[1].split()[0].rstrip(".")


async def link(student: Chat, code: str, *, share: bool = False) -> None:
    await student.command("koppel", code)
    await student.press("Ja, en deel ook mijn antwoorden" if share else "Ja, koppelen")
