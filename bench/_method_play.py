"""Play the student of a method corpus case against the real bot (in-process, memory store, fake clock).

Whatever the bot asks, the player looks at what the conversation waits for (the session's node and
sub-step, read from the store), maps it to a corpus key and sends that answer; a list gives successive
answers when the bot asks the same thing again; a missing key gets a neutral "weet ik niet" (a yes for
a yes/no check). So the player follows the bot in whatever order it asks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bot.clock import FakeClock
from bot.config import Settings
from bot.conversation import Command, Incoming, Menu, Outgoing, Pressed, Text, Who
from bot.wiring import App, build_app
from dialogues import ScriptLibrary
from dialogues.language import fold
from storage import Dossier, MemoryStore, StudentKey

__all__ = ["NEUTRAL", "Conversation", "Played", "Turn", "play"]

# The day the case's own reflection happens (a Sunday, like the golden tests).
REFLECTION_DAY = datetime(2026, 11, 22, 9, tzinfo=UTC)
NEUTRAL = {"nl": "weet ik niet", "en": "I don't know"}
_YES = {"nl": "ja", "en": "yes"}
_MAX_TURNS = 80
# In every text of the help lines (De Kindertelefoon), in both languages.
_HELP_LINE = "0800-0432"

# Node (and sub-step) of each script → the corpus key that answers it.
_KEYS = {
    "reflecteren": {
        "soort": "soort", "waar": "waar", "wanneer": "wanneer", "klein_verhaal": "verhaal",
        "gevoel": "gevoel", "moment": "moment", "moment_zonder_gevoel": "moment",
        "aanleiding_gevoel": "moment", "aanleiding_moment": "moment", "verbreden": "verbreden",
        "verdiepen": "verdiepen", "doel_ontdekt": "doel_ontdekt", "kernwoord": "kernwoord",
        "draad": "draad", "vooruitkijken": "vooruit", "stap_wat": "stap", "stap_wanneer": "stap_wanneer",
        "stap_wie": "hulp", "stap_obstakel": "obstakel",
    },
    "voorbereiden": {
        "soort": "wat", "waar": "wat", "wanneer": "wanneer", "weet_werk": "weet_al", "weet_zelf": "weet_al",
        "doel": "doel", "vraag": "doel", "voorbereiden": "voorbereiden",
        "voorbereiden_wanneer": "voorbereiden_wanneer",
    },
}  # fmt: skip
_PENDING_KEYS = {"feeling": "gevoel", "contact_reach": "bereiken", "contact_again": "hulp"}
# Answers for the earlier reflections of a case's `history` (they end in the history's key words).
_HISTORY = {
    "nl": {
        "soort": "stage", "waar": "de supermarkt", "wanneer": "vorige week", "verhaal":
        "ik moest vakken vullen en een klant vroeg iets, ik was eerst zenuwachtig",
        "moment": "de klant vroeg waar de koffie stond", "verbreden": "op school bij spreekbeurten",
        "verdiepen": "ja op de basisschool ook", "draad": "ja", "vooruit": "iets met mensen",
        "stap": "mijn mentor vragen naar een andere stage", "stap_wanneer": "volgende week vrijdag",
        "hulp": "mijn mentor", "bereiken": "na de les", "obstakel": "dat ik het vergeet",
    },
    "en": {
        "soort": "internship", "waar": "the supermarket", "wanneer": "last week", "verhaal":
        "I had to fill shelves and a customer asked me something, I was nervous at first",
        "moment": "the customer asked where the coffee was", "verbreden": "at school with presentations",
        "verdiepen": "yes in primary school too", "draad": "yes", "vooruit": "something with people",
        "stap": "ask my mentor about another internship", "stap_wanneer": "next Friday",
        "hulp": "my mentor", "bereiken": "after class", "obstakel": "that I forget it",
    },
}  # fmt: skip


@dataclass
class Turn:
    """One student message and the bot's replies to it."""

    key: str
    said: str
    replies: list[Outgoing]
    neutral: bool = False
    # What the bot waits for after this turn: the corpus key it asks next ("" when it finished).
    asks: str = ""


@dataclass
class Conversation:
    """One conversation of the case: which script, and its turns (the first is the command)."""

    script: str
    turns: list[Turn] = field(default_factory=list)
    history: bool = False
    correction_at: int | None = None


@dataclass
class Played:
    """A played case: every conversation in order (history, preparation, then the case's own)."""

    case: dict[str, Any]
    conversations: list[Conversation]
    dossier: Dossier
    experience_id: int | None
    # How often the safety check asked "gaat het wel goed?" about an answer of this case.
    check_ins: int = 0
    # How many different answers of this (harmless) case got the full help: the pause and the help lines.
    full_help: int = 0

    @property
    def main(self) -> Conversation:
        """The case's own reflection (the last conversation)."""
        return self.conversations[-1]


class _Student:
    def __init__(self, app: App, who: Who, language: str) -> None:
        self.app = app
        self.who = who
        self.language = language
        self.buttons: tuple[Any, ...] = ()
        self.check_ins = 0
        self.full_help: set[str] = set()

    async def send(self, incoming: Incoming) -> list[Outgoing]:
        replies = await self.app.conversations.handle(self.who, incoming)
        if isinstance(incoming, Text) and any(_HELP_LINE in r.text for r in replies):
            # The full help (the help lines) on a harmless answer; the player may say it again, so once.
            self.full_help.add(incoming.text)
        for reply in replies:
            if reply.buttons:
                self.buttons = reply.buttons
        fine = next((b for r in replies for b in r.buttons if _fine(b.data)), None)
        if fine is not None:
            # The safety check asked "gaat het wel goed?" about a harmless answer: the student is fine.
            self.check_ins += 1
            replies = [*replies, *await self.send(Pressed(fine.data))]
        return replies

    async def waiting(self) -> tuple[str, str, str | None] | None:
        """(script, node, sub-step) the open conversation waits at; None when none is open."""
        async with self.app.store.transaction() as tx:
            student = await tx.students.find(self.who.key)
            session = await tx.sessions.current(student.id) if student else None
        if session is None:
            return None
        pending = session.state.get("pending") or {}
        return session.script_id, str(session.state.get("node")), pending.get("kind")


def _fine(data: object) -> bool:
    return isinstance(data, Menu) and data.action == "veilig" and data.arg.startswith("check|goed")


def _key(script: str, node: str, pending: str | None) -> str:
    if pending in _PENDING_KEYS:
        return _PENDING_KEYS[pending]
    if pending in ("confirm_date", "confirm_contact"):
        return "__yes"
    return _KEYS.get(script, {}).get(node, f"__{node}")


class _Answers:
    """Successive answers per key: a list is said in order, its last item after that."""

    def __init__(self, answers: dict[str, Any], language: str) -> None:
        self.answers = answers
        self.language = language
        self.used: dict[str, int] = {}

    def next(self, key: str) -> tuple[str, bool]:
        if key == "__yes":
            return _YES[self.language], False
        value = self.answers.get(key)
        if value is None or value == []:
            return NEUTRAL[self.language], True
        items = value if isinstance(value, list) else [value]
        index = self.used.get(key, 0)
        self.used[key] = index + 1
        return str(items[min(index, len(items) - 1)]), False


async def _converse(
    student: _Student,
    first: Incoming,
    answers: _Answers,
    script: str,
    conversation: Conversation,
    case: dict[str, Any],
) -> None:
    label = first.name if isinstance(first, Command) else "press"
    replies = await student.send(first)
    turn = Turn(key=f"/{label}", said=f"/{label}", replies=replies)
    conversation.turns.append(turn)
    correction = case.get("correction") if not conversation.history and script == "reflecteren" else None
    for _ in range(_MAX_TURNS):
        where = await student.waiting()
        if where is None or where[0] != script:
            turn.asks = ""
            return
        key = _key(*where)
        turn.asks = key
        said, neutral = answers.next(key)
        if where[1] == "waar" and key == "wat":
            said = _place(said)
        replies = await student.send(Text(said))
        turn = Turn(key=key, said=said, replies=replies, neutral=neutral)
        conversation.turns.append(turn)
        if correction and conversation.correction_at is None and key == correction.get("after"):
            from bench._method_reading import names_feelings

            if names_feelings(replies, case):
                replies = await student.send(Text(str(correction["say"])))
                turn = Turn(key="__correction", said=str(correction["say"]), replies=replies)
                conversation.turns.append(turn)
                conversation.correction_at = len(conversation.turns) - 1
    conversation.turns.append(Turn(key="__stuck", said="", replies=[]))


def _place(text: str) -> str:
    """ "meeloopdag bij de brandweer" asked where: "de brandweer" (the kind was the answer before)."""
    words = text.split()
    for index, word in enumerate(words[:-1]):
        if word.lower() in ("bij", "op", "in", "at", "naar", "van"):
            return " ".join(words[index + 1 :])
    return text


async def _experience_day(app: App, who: Who) -> date | None:
    async with app.store.transaction() as tx:
        student = await tx.students.find(who.key)
        experiences = await tx.dossier.experiences(student.id) if student else []
    return experiences[-1].happens_on if experiences else None


async def play(case: dict[str, Any], library: ScriptLibrary, settings: Settings) -> Played:
    """Play one corpus case: its earlier reflections, its preparation, then its reflection."""
    language = "en" if str(case.get("language", "nl")).startswith("en") else "nl"
    history = [str(word) for word in case.get("history") or []]
    prepare = case.get("prepare")
    start = REFLECTION_DAY - timedelta(days=7 * (len(history) + (1 if prepare else 0)))
    clock = FakeClock(start)
    app = build_app(
        settings, store=MemoryStore(), library=library, clock=clock, rng=random.Random(0), follow_ups=False
    )
    await app.start()
    who = Who(StudentKey("method", str(case.get("id", "case"))), str(case.get("name") or ""), language)
    student = _Student(app, who, language)
    conversations: list[Conversation] = []
    for word in history:
        answers = _Answers({**_HISTORY[language], "kernwoord": word}, language)
        talk = Conversation("reflecteren", history=True)
        await _converse(student, Command("reflecteren", "nieuw"), answers, "reflecteren", talk, case)
        conversations.append(talk)
        clock.advance(timedelta(days=7))
    if prepare:
        talk = Conversation("voorbereiden", history=True)
        wanneer = prepare.get("wanneer") or "volgende week dinsdag"
        spare = (start + timedelta(days=5)).date().strftime("%d-%m-%Y")
        answers = _Answers({**prepare, "wanneer": [wanneer, spare]}, language)
        await _converse(student, Command("voorbereiden", "nieuw"), answers, "voorbereiden", talk, case)
        conversations.append(talk)
        day = await _experience_day(app, who)
        clock.set(datetime.combine((day or clock.now().date()) + timedelta(days=1), REFLECTION_DAY.timetz()))
    answers = _Answers(dict(case.get("answers") or {}), language)
    talk = Conversation("reflecteren")
    first: Incoming = Command("reflecteren", "nieuw")
    if prepare:
        offered = await student.send(Command("reflecteren"))
        yes = next((b for r in offered for b in r.buttons if "ervaring:" in getattr(b.data, "arg", "")), None)
        first = Pressed(yes.data) if yes is not None else Command("reflecteren", "ander")
    await _converse(student, first, answers, "reflecteren", talk, case)
    conversations.append(talk)
    async with app.store.transaction() as tx:
        person = await tx.students.find(who.key)
        assert person is not None
        dossier = await tx.dossier.dossier(person.id)
    await app.stop()
    experience = dossier.experiences[-1].experience.id if dossier.experiences else None
    return Played(case, conversations, dossier, experience, student.check_ins, len(student.full_help))


def folded_words(text: str) -> list[str]:
    """The words of a text, folded (shared with the figures)."""
    return fold(text).split()
