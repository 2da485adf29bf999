"""Write what the engine decided into the career dossier, inside the turn's transaction."""

from __future__ import annotations

from datetime import date, datetime

from bot.non_answers import is_non_answer
from dialogues import ScriptKind, Target
from dialogues.engine import Effect, Finished, SaveContact, ScheduleCheckIn, Store
from storage import SessionRecord, Transaction

__all__ = ["apply_effects"]

_EXPERIENCE_FIELDS = {
    Target.EXPERIENCE_KIND: "kind",
    Target.EXPERIENCE_WHERE: "place",
    Target.EXPERIENCE_WHEN: "happens_on",
    Target.EXPERIENCE_TITLE: "place",
}
_STEP_FIELDS = {
    Target.STEP_WHAT: "what",
    Target.STEP_DUE: "due",
    Target.STEP_HELPER: "helper",
    Target.STEP_OBSTACLE: "obstacle",
    Target.STEP_STATUS: "status",
}
# The key word is one word the student chose; other entry texts grow as the conversation goes on.
_REPLACED_ENTRY_FIELDS = frozenset({"kernwoord"})


class _Writer:
    """Applies one turn's effects; only creating a row needs to wait for the database (for its id)."""

    def __init__(self, tx: Transaction, session: SessionRecord, now: datetime, kind: ScriptKind) -> None:
        self.tx = tx
        self.session = session
        self.now = now
        self.kind = kind

    async def experience_id(self) -> int:
        """The session's experience, created on the first answer that belongs to one."""
        if self.session.experience_id is not None:
            return self.session.experience_id
        created = await self.tx.dossier.create_experience(self.session.student_id, now=self.now)
        if self.kind is ScriptKind.PREPARATION:
            await self.tx.dossier.update_experience(created.id, prepared_at=self.now)
        self.session = self.session.model_copy(update={"experience_id": created.id})
        return created.id

    async def step_id(self) -> int:
        """The session's next step, created on the first answer that belongs to it."""
        if self.session.step_id is not None:
            return self.session.step_id
        experience_id = await self.experience_id()
        created = await self.tx.dossier.create_step(
            self.session.student_id, experience_id=experience_id, now=self.now
        )
        self.session = self.session.model_copy(update={"step_id": created.id})
        return created.id

    async def store(self, effect: Store) -> None:
        target, value = effect.target, effect.value
        group, name = target.value.split(".", 1)
        if group == "experience":
            await self.tx.dossier.update_experience(
                await self.experience_id(), **{_EXPERIENCE_FIELDS[target]: value}
            )
        elif group == "step":
            stored = value if value is not None or name == "due" else ""
            await self.tx.dossier.update_step(await self.step_id(), **{_STEP_FIELDS[target]: stored})
        elif group == "contact" and self.session.contact_id is not None:
            await self.contact_fact(self.session.contact_id, target, value)
        if group == "entry":
            await self.entry_text(name, str(value or ""), effect.competency)
            if name not in _REPLACED_ENTRY_FIELDS and value and effect.said:
                await self.answer(name, str(value), effect.node)
        elif effect.competency is not None and self._has_experience():
            await self.entry_text(None, "", effect.competency)

    def _has_experience(self) -> bool:
        # A follow-up about a contact belongs to no experience: its competency is not worth an empty one.
        return self.session.experience_id is not None or self.kind in (
            ScriptKind.REFLECTION,
            ScriptKind.PREPARATION,
        )

    async def entry_text(self, name: str | None, text: str, competency: str | None) -> None:
        await self.tx.dossier.add_to_entry(
            await self.experience_id(),
            field=name,
            text=text,
            replace=name in _REPLACED_ENTRY_FIELDS,
            competency=None if competency is None else str(competency),
        )

    async def answer(self, field: str, text: str, question: str) -> None:
        # The portfolio shows each answer under its own question (the entry text above is all of them
        # glued together); a non-answer is marked now, so a mentor can see how many there were.
        await self.tx.dossier.add_answer(
            await self.experience_id(),
            field=field,
            question=question,
            answer=text,
            empty=is_non_answer(text),
            now=self.now,
        )

    async def contact_fact(self, contact_id: int, target: Target, value: str | date | None) -> None:
        if target is Target.CONTACT_LAST_CONTACT:
            await self.tx.dossier.update_contact(contact_id, last_contact=value)
        elif target is Target.CONTACT_NOTE:
            # A note belongs to the moment the student spoke to them (if they said when).
            contact = await self.tx.dossier.get_contact(contact_id)
            happened_on = contact.last_contact if contact is not None else None
            await self.tx.dossier.add_contact_moment(
                contact_id, happened_on=happened_on, note=str(value or ""), now=self.now
            )
        else:
            await self.tx.dossier.update_contact(contact_id, reach=str(value or ""))

    async def contact(self, effect: SaveContact) -> None:
        contact = await self.tx.dossier.create_contact(
            self.session.student_id, name=effect.name, role=effect.role, now=self.now
        )
        self.session = self.session.model_copy(update={"contact_id": contact.id})
        if self.session.step_id is not None:
            await self.tx.dossier.update_step(self.session.step_id, helper_contact_id=contact.id)

    async def check_in(self, on: date) -> None:
        await self.tx.dossier.update_step(await self.step_id(), check_in_on=on)

    async def finished(self) -> None:
        if self.kind is ScriptKind.REFLECTION and self.session.experience_id is not None:
            await self.tx.dossier.update_experience(self.session.experience_id, reflected_at=self.now)


async def apply_effects(
    tx: Transaction, session: SessionRecord, effects: list[Effect], *, now: datetime, kind: ScriptKind
) -> SessionRecord:
    """Apply effects in order; returns the session with the dossier rows it now points at."""
    writer = _Writer(tx, session, now, kind)
    for effect in effects:
        if isinstance(effect, Store):
            await writer.store(effect)
        elif isinstance(effect, SaveContact):
            await writer.contact(effect)
        elif isinstance(effect, ScheduleCheckIn):
            await writer.check_in(effect.on)
        elif isinstance(effect, Finished):
            await writer.finished()
    return writer.session
