"""With the school's holidays set (HOLIDAYS_FILE), a student may plan a step "na de kerstvakantie"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from zoneinfo import ZoneInfo

from bot.conversation import Who
from bot.nudges import Holiday, NudgePolicy
from bot.wiring import App
from storage import StepStatus, Store, StudentKey
from tests.bot.chat import Chat

AMS = ZoneInfo("Europe/Amsterdam")
UNTIL_THE_DATE = [
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
]


async def test_a_step_after_the_christmas_holiday(make_app: Callable[..., App], store: Store) -> None:
    kerst = Holiday(name="Kerstvakantie", start=date(2026, 12, 19), end=date(2027, 1, 3))
    app = make_app(policy=NudgePolicy(tz=AMS, holidays=(kerst,)))
    sam = Chat(app.conversations, Who(StudentKey("test", "sam"), display_name="Sam", language_hint="nl"))
    await sam.say(*UNTIL_THE_DATE, "na de kerstvakantie")
    assert "Maandag 4 januari 2027, klopt dat?" in sam.text()
    await sam.say("1", "niemand", "dat ik het vergeet")
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
        assert student is not None
        [step] = await view.dossier.steps(student.id, (StepStatus.OPEN,))
    assert step.due == date(2027, 1, 4)


async def test_without_the_schools_holidays_the_date_is_asked_again(sam: Chat) -> None:
    await sam.say(*UNTIL_THE_DATE, "na de kerstvakantie")
    assert "klopt dat?" not in sam.text()
    await sam.say("11 januari")
    assert "Maandag 11 januari 2027, klopt dat?" in sam.text()
