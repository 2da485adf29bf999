"""Trying a draft as a test student: the engine runs it in memory, nothing is stored anywhere.

Each coordinator has at most one preview per script, kept in this process's memory for an hour after its
last use (a preview is a tryout, not data). The coordinator picks the wording (variant) to see, can jump to
any question, and sees what the test student's dossier would hold.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from bot.clock import Clock
from dialogues import Script, TextCatalog, as_language
from dialogues.engine import (
    ChoiceInput,
    Effect,
    Engine,
    Finished,
    Message,
    SaveContact,
    ScheduleCheckIn,
    SessionState,
    Store,
    TextInput,
    Turn,
)
from dialogues.language import SchoolBreak

__all__ = ["DossierLine", "PreviewLine", "PreviewRun", "Previews"]

_MAX_ANSWER = 2000


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """One message in the preview chat."""

    from_bot: bool
    text: str
    buttons: tuple[str, ...] = ()
    kind: str = "say"


@dataclass(frozen=True, slots=True)
class DossierLine:
    """What the test student's dossier would get: a label key of the studio's texts and the value."""

    key: str
    value: str
    node: str


@dataclass(slots=True)
class PreviewRun:
    """One coordinator's preview of one script."""

    digest: str
    variant: int
    state: SessionState
    lines: list[PreviewLine] = field(default_factory=list)
    dossier: list[DossierLine] = field(default_factory=list)
    ended: str | None = None
    touched: datetime = datetime.min

    @property
    def waiting(self) -> bool:
        """Whether the test student is asked something now."""
        return self.ended is None and self.state.status != "finished"


class Previews:
    """Preview conversations by (coordinator, script), in memory, forgotten an hour after their last use."""

    def __init__(
        self,
        texts: TextCatalog,
        clock: Clock,
        today: Callable[[], date],
        *,
        keep: timedelta = timedelta(hours=1),
        most: int = 200,
        school_holidays: Sequence[SchoolBreak] = (),
    ) -> None:
        self._texts = texts
        # The school's holidays, as the students' engine has them ("na de kerstvakantie").
        self._holidays = tuple(school_holidays)
        self._clock = clock
        self._today = today
        self._keep = keep
        self._most = most
        self._runs: OrderedDict[tuple[int, str], PreviewRun] = OrderedDict()

    def _engine(self, variant: int) -> Engine:
        return Engine(
            texts=self._texts,
            today=self._today,
            rng=random.Random(0),
            variant=variant,
            school_holidays=self._holidays,
        )

    def _tidy(self) -> None:
        now = self._clock.now()
        for key in [k for k, run in self._runs.items() if run.touched + self._keep < now]:
            del self._runs[key]
        while len(self._runs) > self._most:
            self._runs.popitem(last=False)

    def get(self, person_id: int, script_id: str) -> PreviewRun | None:
        """The coordinator's preview of this script, if it is still kept."""
        self._tidy()
        return self._runs.get((person_id, script_id))

    def _keep_run(self, person_id: int, script_id: str, run: PreviewRun) -> PreviewRun:
        run.touched = self._clock.now()
        self._runs[(person_id, script_id)] = run
        self._runs.move_to_end((person_id, script_id))
        self._tidy()
        return run

    def start(
        self,
        person_id: int,
        script: Script,
        digest: str,
        *,
        language: str,
        variant: int,
        context: Mapping[str, str],
    ) -> PreviewRun:
        """A new test conversation from the start of the script."""
        lang = as_language(language) if language in script.languages else script.languages[0]
        turn = self._engine(variant).start(script, script_hash=digest, language=lang, context=dict(context))
        run = PreviewRun(digest, variant, turn.state)
        self._take(run, turn)
        return self._keep_run(person_id, script.id, run)

    def answer(
        self, person_id: int, script: Script, run: PreviewRun, *, text: str | None, button: int | None
    ) -> PreviewRun:
        """The test student's answer: typed text or the number of a button of the question asked now."""
        if not run.waiting:
            return self._keep_run(person_id, script.id, run)
        engine = self._engine(run.variant)
        if button is not None:
            labels = next(
                (line.buttons for line in reversed(run.lines) if line.from_bot and line.buttons), ()
            )
            if not 0 <= button < len(labels):
                return self._keep_run(person_id, script.id, run)
            run.lines.append(PreviewLine(False, labels[button]))
            turn = engine.handle(script, run.state, ChoiceInput(seq=run.state.seq, index=button))
        else:
            typed = (text or "").strip()[:_MAX_ANSWER]
            if not typed:
                return self._keep_run(person_id, script.id, run)
            run.lines.append(PreviewLine(False, typed))
            turn = engine.handle(script, run.state, TextInput(typed))
        self._take(run, turn)
        return self._keep_run(person_id, script.id, run)

    def jump(self, person_id: int, script: Script, run: PreviewRun, node_id: str) -> PreviewRun:
        """Go to another question at once (what was answered so far stays, for its placeholders)."""
        if not script.has_node(node_id) or not script.node(node_id).asks:
            return self._keep_run(person_id, script.id, run)
        state = run.state.model_copy(
            update={
                "node": node_id,
                "status": "active",
                "seq": run.state.seq + 1,
                "attempts": 0,
                "pending": None,
            }
        )
        run.ended = None
        self._take(run, self._engine(run.variant).current(script, state, variant=run.variant))
        return self._keep_run(person_id, script.id, run)

    def show_variant(self, person_id: int, script: Script, run: PreviewRun, variant: int) -> PreviewRun:
        """Show every text in wording `variant` from now on; the question asked now is shown again in it."""
        run.variant = variant
        if run.waiting and script.has_node(run.state.node) and script.node(run.state.node).asks:
            self._take(run, self._engine(variant).current(script, run.state, variant=variant))
        return self._keep_run(person_id, script.id, run)

    def stop(self, person_id: int, script_id: str) -> None:
        """Forget the coordinator's preview of this script."""
        self._runs.pop((person_id, script_id), None)

    def _take(self, run: PreviewRun, turn: Turn) -> None:
        run.state = turn.state
        for message in turn.messages:
            run.lines.append(_line(message))
        for effect in turn.effects:
            run.dossier.extend(_dossier(effect))
            if isinstance(effect, Finished):
                run.ended = effect.then or ""


def _line(message: Message) -> PreviewLine:
    return PreviewLine(True, message.text, tuple(o.label for o in message.options), message.kind)


def _dossier(effect: Effect) -> list[DossierLine]:
    if isinstance(effect, Store):
        value = effect.value
        shown = value.isoformat() if isinstance(value, date) else ("" if value is None else str(value))
        return [DossierLine(f"studio.target.{effect.target.value}", shown, effect.node)]
    if isinstance(effect, SaveContact):
        who = f"{effect.name} ({effect.role})" if effect.role else effect.name
        return [DossierLine("studio.preview.contact", who, effect.node)]
    if isinstance(effect, ScheduleCheckIn):
        return [DossierLine("studio.preview.check_in", effect.on.isoformat(), effect.node)]
    return []
