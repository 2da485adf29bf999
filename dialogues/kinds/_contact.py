"""Who can help: a person from the student's network, understood (name, role, how to reach them)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import ClassVar, Literal

from dialogues._entities import Option as Button
from dialogues._entities import Pending, SaveContact, SessionState, Store
from dialogues._schema import Target, Texts
from dialogues.language import Person, is_nobody, leaning, reach_of, second_person, understand_person, weigh

from ._base import AskingKind, Finding, Graph, TextSpot
from ._turn import Context, Render, Step, retry

__all__ = ["ContactNode"]

_SEP = "\x1f"
_REACH_KEPT = 60


def _packed(person: Person) -> str:
    return _SEP.join((person.label, person.name or "", person.role or "", person.reach or ""))


def _unpacked(value: str | None) -> Person:
    label, name, role, reach = ((value or "") + _SEP * 3).split(_SEP)[:4]
    return Person(label=label, name=name or None, role=role or None, reach=reach or None, sure=True)


class ContactNode(AskingKind):
    """Who can help: a person from the student's network; 'nobody yet' is allowed.

    From "Mirjam de verpleegkundige, ze zei dat ik haar mocht mailen" it keeps the name, the role and how
    to reach her; it says people back as "je moeder", "Mirjam", never the whole answer; when it is not sure
    (two people, a name in lower case in a longer answer) it checks ("Dus Sanne?"). With `reach` it asks
    how the student will reach them, unless they already said so.
    """

    store_targets: ClassVar[frozenset[Target]] = frozenset({Target.STEP_HELPER})

    kind: Literal["contact"]
    reach: Texts | None = None

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """A contact is the helper of a step, or only added to the network."""
        if self.store is not None and self.store not in self.store_targets:
            yield Finding("kind.contact_store", ("store",))

    def texts(self) -> Iterator[TextSpot]:
        """The question, its follow-ups, and how to reach the person."""
        yield from super().texts()
        if self.reach:
            yield self.spot("reach")

    def marks(self) -> frozenset[str]:
        """Naming someone (or nobody yet) answers the step's 'who helps'."""
        return frozenset({"step.helper"})

    def prompt(self, render: Render, state: SessionState, today: date) -> str:
        """The question, or its check ("Dus Mirjam, de verpleegkundige?"), or how to reach them."""
        pending = state.pending
        if pending is not None and pending.kind == "confirm_contact":
            person = _unpacked(pending.value)
            wie = second_person(person.label, state.language)
            if person.name and person.role and person.role not in person.label:
                wie += f", {'de' if state.language == 'nl' else 'the'} {person.role}"
            return render.catalog("contact.check", state, wie=wie)
        if pending is not None and pending.kind == "contact_again":
            return render.catalog("contact.again", state)
        if pending is not None and pending.kind == "contact_reach" and self.reach:
            return render.script_text(self.reach, state, state.variant)
        return super().prompt(render, state, today)

    def buttons(self, render: Render, state: SessionState) -> tuple[Button, ...]:
        """Yes and no while checking who was meant."""
        if state.pending is None or state.pending.kind != "confirm_contact":
            return ()
        return (
            Button("yes", render.catalog("contact.yes", state)),
            Button("no", render.catalog("contact.no", state)),
        )

    def take(self, ctx: Context, text: str | None, chosen: str | None) -> Step:
        """Someone named goes into the network; 'nobody yet' is a fine answer too."""
        state = ctx.state
        pending = state.pending
        said = text if text is not None else ""
        if pending is not None and pending.kind == "contact_reach":
            return self._reach(ctx, said)
        if pending is not None and pending.kind == "confirm_contact":
            lean = "yes" if chosen == "yes" else "no" if chosen == "no" else leaning(said)
            if lean == "yes":
                return self._save(ctx, _unpacked(pending.value))
            if lean == "no" and len(said.split()) <= 3:
                state.pending = Pending(kind="contact_again")
                state.seq += 1
                return Step(messages=[ctx.question()])
            # Anything else is the student saying who they meant.
        if chosen is not None and text is None:
            return Step(stale=True)
        again = pending is not None
        state.pending = None
        if is_nobody(said) or weigh(said) == "none":
            return self._nobody(ctx)
        person = understand_person(said, state.language)
        if person is None:
            if state.attempts < 1 and not again:
                state.attempts += 1
                return retry(ctx, ctx.render.catalog("contact.who", state))
            return self._nobody(ctx)
        if not person.sure and not again:
            state.pending = Pending(kind="confirm_contact", value=_packed(person))
            state.seq += 1
            return Step(messages=[ctx.question()])
        return self._save(ctx, person)

    def _nobody(self, ctx: Context) -> Step:
        ctx.state.pending = None
        ctx.state.answers[self.id] = ""
        return Step(next=self.next, messages=[ctx.render.notice("contact.nobody", ctx.state)])

    def _save(self, ctx: Context, person: Person) -> Step:
        state = ctx.state
        state.pending = None
        state.answers[self.id] = person.label
        # Only a script that says so makes this person the helper of a step (adding a contact does not).
        effects = self.stored(person.label)
        effects.append(SaveContact(name=person.name or person.label, role=person.role, node=self.id))
        if person.reach:
            # Said already ("ze zei dat ik haar mocht mailen"): kept, and not asked again.
            effects.append(Store(Target.CONTACT_REACH, person.reach, self.id, self.competency))
            return Step(next=self.next, effects=effects)
        if self.reach:
            state.pending = Pending(kind="contact_reach")
            state.seq += 1
            return Step(effects=effects, messages=[ctx.question()])
        return Step(next=self.next, effects=effects)

    def _reach(self, ctx: Context, text: str) -> Step:
        state = ctx.state
        state.pending = None
        if weigh(text) == "none":
            return Step(next=self.next, messages=[ctx.render.notice("contact.reach_later", state)])
        way = reach_of(text) or " ".join(text.split())[:_REACH_KEPT]
        return Step(next=self.next, effects=[Store(Target.CONTACT_REACH, way, self.id, self.competency)])
