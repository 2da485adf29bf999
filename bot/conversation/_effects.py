"""Write what the engine decided into the career dossier, inside the turn's transaction."""

from __future__ import annotations

from datetime import date, datetime

from dialogues import ScriptKind, Target
from dialogues.engine import Effect, Finished, SaveContact, ScheduleCheckIn, Store
from storage import Experience, NextStep, SessionRecord, Transaction

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
}
# The key word is one word the student chose; other entry texts grow as the conversation goes on.
_REPLACED_ENTRY_FIELDS = frozenset({"kernwoord"})


class _Writer:
    def __init__(self, tx: Transaction, session: SessionRecord, now: datetime, kind: ScriptKind) -> None:
        self.tx = tx
        self.session = session
        self.now = now
        self.kind = kind

    async def experience(self) -> Experience:
        if self.session.experience_id is not None:
            found = await self.tx.dossier.get_experience(self.session.experience_id)
            if found is not None:
                return found
        created = await self.tx.dossier.create_experience(self.session.student_id, now=self.now)
        if self.kind is ScriptKind.PREPARATION:
            created = created.model_copy(update={"prepared_at": self.now})
            await self.tx.dossier.save_experience(created)
        self.session = self.session.model_copy(update={"experience_id": created.id})
        return created

    async def step(self) -> NextStep:
        if self.session.step_id is not None:
            found = await self.tx.dossier.get_step(self.session.step_id)
            if found is not None:
                return found
        experience = await self.experience()
        created = await self.tx.dossier.create_step(
            self.session.student_id, experience_id=experience.id, now=self.now
        )
        self.session = self.session.model_copy(update={"step_id": created.id})
        return created

    async def store(self, effect: Store) -> None:
        target, value = effect.target, effect.value
        group, name = target.value.split(".", 1)
        if group == "experience":
            experience = await self.experience()
            await self.tx.dossier.save_experience(
                experience.model_copy(update={_EXPERIENCE_FIELDS[target]: value})
            )
        elif group == "step":
            step = await self.step()
            await self.tx.dossier.save_step(
                step.model_copy(
                    update={_STEP_FIELDS[target]: value if value is not None or name == "due" else ""}
                )
            )
        elif group == "contact" and self.session.contact_id is not None:
            contact = await self.tx.dossier.get_contact(self.session.contact_id)
            if contact is not None:
                await self.tx.dossier.save_contact(contact.model_copy(update={name: str(value or "")}))
        if group == "entry":
            await self.entry_text(name, str(value or ""), effect.competency)
        elif effect.competency is not None:
            await self.entry_text(None, "", effect.competency)

    async def entry_text(self, name: str | None, text: str, competency: str | None) -> None:
        experience = await self.experience()
        entry = await self.tx.dossier.entry(experience.id)
        update: dict[str, object] = {}
        if name is not None and text:
            previous = str(getattr(entry, name))
            replace = name in _REPLACED_ENTRY_FIELDS or not previous
            update[name] = text if replace else f"{previous}\n{text}"
        if competency is not None and competency not in entry.competencies:
            update["competencies"] = [*entry.competencies, str(competency)]
        if update:
            await self.tx.dossier.save_entry(entry.model_copy(update=update))

    async def contact(self, effect: SaveContact) -> None:
        contact = await self.tx.dossier.create_contact(
            self.session.student_id, name=effect.name, role=effect.role, now=self.now
        )
        self.session = self.session.model_copy(update={"contact_id": contact.id})
        if self.session.step_id is not None:
            step = await self.step()
            await self.tx.dossier.save_step(step.model_copy(update={"helper_contact_id": contact.id}))

    async def check_in(self, on: date) -> None:
        step = await self.step()
        await self.tx.dossier.save_step(step.model_copy(update={"check_in_on": on}))

    async def finished(self) -> None:
        if self.kind is ScriptKind.REFLECTION and self.session.experience_id is not None:
            experience = await self.experience()
            await self.tx.dossier.save_experience(experience.model_copy(update={"reflected_at": self.now}))


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
