"""Simulated students for the fault bench: a phone per student, and a reflection they answer as they read it.

A student answers the question they see, not the next line of a script: after a lost reply they ask the
bot to go on (/verder) and answer whatever it shows. Every free-text answer carries a marker unique to
that message, so the database and the log can be searched for each one.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.fakes.bot_api import FakeBotApi, FakeMessage

__all__ = ["REFLECTION", "Chat", "Reflection", "SentAnswer", "Step", "doubles"]


class Chat:
    """One student's Telegram app: sends like a user, reads the bot's messages in order."""

    def __init__(self, fake: FakeBotApi, chat_id: int, name: str = "Sam", language: str = "nl") -> None:
        self.fake = fake
        self.chat_id = chat_id
        fake.user(chat_id, first_name=name, language_code=language)
        self.seen = 0

    def bot_messages(self) -> list[FakeMessage]:
        """Everything the bot sent to this chat, in order (also deleted ones)."""
        return self.fake.messages(self.chat_id, include_deleted=True)

    def send(self, text: str) -> int:
        """Type a message (a /command gets its entity, as Telegram adds it); returns the update_id."""
        if text.startswith("/") and len(text) > 1 and not text[1].isspace():
            name, _, arg = text[1:].partition(" ")
            return self.fake.send_command(self.chat_id, name, arg)
        return self.fake.send_text(self.chat_id, text)

    def unread(self) -> list[FakeMessage]:
        """The bot's messages not read yet; they count as read now."""
        messages = self.bot_messages()
        new, self.seen = messages[self.seen :], len(messages)
        return new

    async def wait_unread(self, within: float) -> list[FakeMessage]:
        """Wait up to `within` seconds for at least one new bot message; [] if none came."""
        try:
            await self.fake.wait_for(lambda: len(self.bot_messages()) > self.seen, within)
        except TimeoutError:
            return []
        return self.unread()


def doubles(fake: FakeBotApi, chat_id: int) -> int:
    """Bot messages that repeat one sent since the student's last message: the same thing shown twice."""
    count = 0
    since_user: set[str] = set()
    for message in fake.chat_log(chat_id):
        if not message.from_bot:
            since_user.clear()
            continue
        text = message.text or ""
        if text in since_user:
            count += 1
        since_user.add(text)
    return count


@dataclass(frozen=True)
class Step:
    """A question of the reflection (recognised by any of `asks`), the answer, and where it is stored."""

    asks: tuple[str, ...]
    answer: str
    fields: tuple[str, ...] = ()


# STEP_FOR_FRIDAY of tests/bot/channels/telegram/test_nudges.py, with a helper to reach and markers ({m}).
REFLECTION: tuple[Step, ...] = (
    Step(("Er loopt nu geen gesprek", "Wat wil je doen?"), "/reflecteren"),
    Step(("Waar wil je op terugkijken?",), "stage"),
    Step(("Waar was het?",), "Bakkerij De Zoete Inval {m}", ("experiences.place",)),
    Step(("Wanneer was het?",), "gisteren"),
    Step(("klopt dat?",), "ja"),
    Step(
        ("alsof ik erbij was",),
        "Ik mocht taarten versieren en ik was trots toen de klant lachte {m}",
        ("entries.gedaan",),
    ),
    Step(
        ("precies op dat moment", "vlak voordat je dat voelde"),
        "De klant zei dat de taart mooi was {m}",
        ("entries.gedaan",),
    ),
    Step(("Herken je dit ook", "Gebeurt zoiets ook"), "bij tekenen op school {m}", ("entries.verbreden",)),
    Step(
        ("eerder meegemaakt", "Wanneer had je het eerder"),
        "ja vroeger tekende ik voor mijn oma {m}",
        ("entries.verdiepen",),
    ),
    Step(
        ("vlak voordat je je", "Wat zag of hoorde"),
        "dat iemand blij werd van wat ik maakte {m}",
        ("entries.verdiepen",),
    ),
    Step(("Welk woord past", "in één woord"), "creatief {m}", ("entries.kernwoord",)),
    Step(
        ("Bij wat voor werk", "Welk werk of welke opleiding"), "iets met ontwerpen {m}", ("entries.ontdekt",)
    ),
    Step(
        ("Wat ga je doen?", "Wat is jouw volgende stap?"),
        "Ik ga de bakker vragen of ik nog een dag mag komen {m}",
        ("next_steps.what",),
    ),
    Step(("Wanneer doe je dat?",), "vrijdag"),
    Step(("klopt dat?",), "ja"),
    # Who helps and how to reach them are understood, not kept word for word ("Els", "bellen"): no marker.
    Step(("Wie kan je daarbij helpen?",), "mijn tante Els"),
    Step(("bereiken?",), "bellen"),
    Step(("in de weg",), "dat ik het vergeet, dan zet ik een wekker {m}", ("next_steps.obstacle",)),
)
# The end of the reflection (both variants of its last message).
_DONE = ("Typ /dossier", "typ /dossier")


@dataclass(frozen=True)
class SentAnswer:
    """One message a student sent during the reflection."""

    update_id: int
    step: int
    text: str
    marker: str | None


@dataclass
class Reflection:
    """A student doing the reflection, answering what the bot shows; pokes with /verder after silence."""

    chat: Chat
    rng: random.Random
    # Seconds without a reply (counted from when the bot was last ready) before the student pokes.
    patience: float = 3.0
    think: tuple[float, float] = (0.05, 0.4)
    sent: list[SentAnswer] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    pokes: int = 0
    repeats_ignored: int = 0
    finished: bool = False
    stuck: bool = False
    position: int = 0

    def _marker(self) -> str:
        # Letters and digits only, no word the bot might react to; unique per chat and message.
        return f"zq{self.chat.chat_id}x{len(self.sent):03d}"

    def _send(self, step: int, poke: bool = False) -> None:
        if poke:
            update_id = self.chat.send("/verder")
            self.sent.append(SentAnswer(update_id, -1, "/verder", None))
            return
        template = REFLECTION[step].answer
        marker = self._marker() if "{m}" in template else None
        text = template.replace("{m}", marker or "")
        self.sent.append(SentAnswer(self.chat.send(text), step, text, marker))

    def _recognise(self, text: str) -> int | None:
        candidates = [j for j, step in enumerate(REFLECTION) if any(a in text for a in step.asks)]
        if not candidates:
            return None
        return min(candidates, key=lambda j: (abs(j - self.position), j < self.position))

    async def run(self, bot_ready_since: Callable[[], float | None], deadline: float) -> None:
        """Walk the reflection until its end, or until `deadline` (time.monotonic) passes."""
        self._send(0)
        asked = time.monotonic()
        answered: int | None = 0
        poked = False
        fruitless = 0
        while time.monotonic() < deadline:
            new = await self.chat.wait_unread(0.25)
            question: int | None = None
            for message in new:
                text = message.text or ""
                if any(done in text for done in _DONE):
                    self.finished = True
                    return
                seen = self._recognise(text)
                if seen is not None:
                    question = seen
            if question == 0 and self.position > 1:
                # "No conversation": after the last answer its closing message was lost; before, the
                # conversation itself was (that counts as stuck).
                self.finished = self.position == len(REFLECTION)
                self.stuck = not self.finished
                return
            if question is not None and question == answered and not poked:
                # The question just answered, again, unasked: shown twice. Not answered twice.
                self.repeats_ignored += 1
                question = None
            if question is not None:
                if answered is not None and not poked:
                    self.latencies.append(time.monotonic() - asked)
                await asyncio.sleep(self.rng.uniform(*self.think))
                self.position = question + 1
                self._send(question)
                asked, answered, poked, fruitless = time.monotonic(), question, False, 0
                continue
            since = bot_ready_since()
            if since is not None and time.monotonic() - max(asked, since) > self.patience:
                fruitless += 1
                if fruitless > 4:
                    self.stuck = True
                    return
                self.pokes += 1
                self._send(0, poke=True)
                asked, poked = time.monotonic(), True
