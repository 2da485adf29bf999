"""A student talking to the engine the way the conversation service does, and their small story."""

from __future__ import annotations

from dialogues import ScriptVersion, Target
from dialogues.engine import Engine, Event, SessionState, Store, TextInput, Turn

__all__ = ["STORY_EN", "STORY_NL", "Driver", "at_question", "said_back", "to_step"]

STORY_NL = ["1", "Bakkerij", "gisteren", "ja"]
STORY_EN = ["1", "Bakery", "yesterday", "yes"]


class Driver:
    """Feeds events to the engine and keeps the state, like the conversation service does."""

    def __init__(
        self, engine: Engine, version: ScriptVersion, language: str = "nl", rotation: int = 0, **context: str
    ) -> None:
        self.engine = engine
        self.script = version.script
        self.turn = engine.start(
            version.script, script_hash=version.digest, language=language, context=context, rotation=rotation
        )  # type: ignore[arg-type]
        self.effects = list(self.turn.effects)

    @property
    def state(self) -> SessionState:
        return self.turn.state

    def send(self, event: Event | str) -> Turn:
        self.turn = self.engine.handle(
            self.script, self.state, TextInput(event) if isinstance(event, str) else event
        )
        self.effects += self.turn.effects
        return self.turn

    def feelings(self) -> list[str]:
        """The feelings the conversation holds as the student's, as said back."""
        return [f.word for f in self.state.feelings]

    def text(self) -> str:
        return "\n".join(m.text for m in self.turn.messages)

    def stored(self, target: Target) -> list[object]:
        return [e.value for e in self.effects if isinstance(e, Store) and e.target is target]

    def to(self, node: str, answers: list[str]) -> None:
        for answer in answers:
            if self.state.node == node:
                return
            self.send(answer)
        assert self.state.node == node, f"stuck at {self.state.node}"


def said_back(engine: Engine, reflect: ScriptVersion, story: str, language: str = "nl") -> Driver:
    """A reflection right after the bot said the story's feelings back and asked about the moment."""
    chat = Driver(engine, reflect, language=language)
    chat.to("klein_verhaal", STORY_NL if language == "nl" else STORY_EN)
    chat.send(story)
    assert chat.state.node == "moment"
    return chat


def at_question(engine: Engine, reflect: ScriptVersion, story: str, node: str) -> Driver:
    """A reflection whose story's feelings were said back, at a later question (an English story starts
    with "I "): the moment and the other places answered plainly on the way."""
    chat = said_back(engine, reflect, story, "en" if story.startswith("I ") else "nl")
    chat.to(node, ["toen de klant binnenkwam", "op school bij spreekbeurten"])
    return chat


def to_step(chat: Driver) -> None:
    """A reflection at the question what the next step is, after a short story."""
    chat.to(
        "stap_wat",
        [*STORY_NL, "ik was trots op mijn taart", "de klant lachte", "op school", "nee", "dat het lukte",
         "creatief", "iets met ontwerpen"],
    )  # fmt: skip
