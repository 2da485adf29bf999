"""Follow-ups end to end: the wired app on a fake clock, with a courier that records what students got."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.clock import FakeClock
from bot.conversation import ConversationService
from bot.nudges import DispatchReport
from bot.wiring import App
from storage import Nudge, Store
from tests.bot.chat import Chat, Inbox

AMS = ZoneInfo("Europe/Amsterdam")

# A reflection that ends with a step for Friday 27 November, with aunt Els to help.
REFLECTION = [
    "/reflecteren",
    "1",
    "Bakkerij De Zoete Inval",
    "gisteren",
    "1",
    "Ik mocht taarten versieren en ik was trots toen de klant lachte",
    "De klant zei dat de taart mooi was",
    "bij tekenen op school",
    "ja, vroeger tekende ik voor mijn oma",
    "dat iemand blij werd van wat ik maakte",
    "creatief",
    "iets met ontwerpen",
    "Ik ga de bakker vragen of ik nog een dag mag komen",
    "vrijdag",
    "1",
]
WITH_ELS = ["mijn tante Els", "bellen", "dat ik het vergeet, dan zet ik een wekker"]
ALONE = ["niemand", "dat ik het vergeet, dan zet ik een wekker"]
# Looking back on the step just done, to its end.
STEP_REFLECTION = [
    "Ik heb de bakker gebeld en hij zei ja, ik was zenuwachtig maar blij",
    "Hij vroeg wanneer ik kon",
    "bij de kassa in de supermarkt",
    "ja, bij een spreekbeurt in groep acht",
    "dat ik het toch durfde",
    "durf",
    "ja",
    "iets met ontwerpen",
    "Ik ga zaterdag weer naar de bakkerij",
    "zaterdag",
    "1",
    *ALONE,
]


def local(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A moment in the school's time zone (Amsterdam), November 2026 unless told."""
    return datetime(2026, month, day, hour, minute, tzinfo=AMS)


@pytest.fixture
def app(make_app: Callable[..., App]) -> App:
    return make_app()


@pytest.fixture
def service(app: App) -> ConversationService:
    return app.conversations


@pytest.fixture
def inbox(app: App) -> Inbox:
    courier = Inbox()
    app.dispatcher.attach("test", courier)
    return courier


class Runner:
    """Moves the clock and runs the dispatcher, the way the scheduler would at that moment."""

    def __init__(self, app: App, clock: FakeClock, inbox: Inbox) -> None:
        self.app = app
        self.clock = clock
        self.inbox = inbox

    async def at(self, moment: datetime, student: Chat | None = None) -> DispatchReport:
        self.clock.set(moment)
        report = await self.app.dispatcher.run_due()
        if student is not None and self.inbox.received[student.who.key]:
            student.receive(self.inbox.received[student.who.key][-1])
        return report


@pytest.fixture
def run(app: App, clock: FakeClock, inbox: Inbox) -> Runner:
    return Runner(app, clock, inbox)


async def nudges_of(store: Store, chat: Chat) -> list[Nudge]:
    """All of a student's nudges, earliest due first."""
    async with store.read() as view:
        student = await view.students.find(chat.who.key)
        assert student is not None
        return [n for n in await view.nudges.listing(limit=100) if n.student_id == student.id]
