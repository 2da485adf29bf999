"""The kinds answered in free text: an open question, and who can help (a contact)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from dialogues._entities import EmotionNote, SaveContact
from dialogues._schema import CHOSEN_TARGETS, DATE_TARGETS, Target
from dialogues.language import find_emotion, is_nobody, quality, split_contact

from ._base import AskingKind, Finding, Graph
from ._turn import ANSWER_KEPT, MAX_RETRIES, Context, Step, retry

__all__ = ["ContactNode", "QuestionNode"]


class QuestionNode(AskingKind):
    """An open question answered in free text."""

    store_targets: ClassVar[frozenset[Target]] = frozenset(Target) - DATE_TARGETS - CHOSEN_TARGETS

    kind: Literal["question"]
    min_words: int = Field(default=3, ge=1, le=20)
    detect_emotion: bool = False

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """A date or a fixed value is not asked as free text."""
        if self.store is not None and self.store not in self.store_targets:
            key = "kind.question_date" if self.store in DATE_TARGETS else "kind.question_choice"
            yield Finding(key, ("store",), {"store": self.store.value})

    def records_emotion(self) -> bool:
        """When `detect_emotion` is on."""
        return self.detect_emotion

    def take(self, ctx: Context, text: str | None, chosen: str | None) -> Step:
        """A full answer goes on; a short one gets a follow-up (at most twice), and is kept as a draft."""
        text = text if text is not None else chosen or ""
        state = ctx.state
        kind = quality(text, min_words=self.min_words)
        if kind != "ok" and state.attempts < MAX_RETRIES:
            if kind == "thin":
                # Keep the short answer: with the follow-up it often makes a whole one.
                state.draft = f"{state.draft}\n{text.strip()}".strip()
            state.attempts += 1
            return retry(ctx, self.followup_text(ctx))
        answer = f"{state.draft}\n{text.strip() if kind != 'unknown' else ''}".strip()
        state.answers[self.id] = answer[:ANSWER_KEPT]
        step = Step(next=self.next, effects=self.stored(answer) if answer else [])
        if kind != "ok":
            step.messages.append(ctx.render.notice("thin.moving_on", state))
        if self.detect_emotion and answer:
            # The latest text is the real story; the short draft before it ("leuk") is the fallback.
            found = find_emotion(text, state.language) or find_emotion(answer, state.language)
            if found is not None:
                state.emotions[self.id] = EmotionNote(
                    word=found.word, frame=found.frame, negated=found.negated
                )
        return step

    def is_full_answer(self, text: str) -> bool:
        """A full answer to an open question after a pause is kept, not thrown away for a "welcome back"."""
        return quality(text, min_words=max(self.min_words, 3)) == "ok"


class ContactNode(AskingKind):
    """Who can help: a person from the student's network; 'nobody yet' is allowed."""

    store_targets: ClassVar[frozenset[Target]] = frozenset({Target.STEP_HELPER})

    kind: Literal["contact"]

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """A contact is the helper of a step, or only added to the network."""
        if self.store is not None and self.store not in self.store_targets:
            yield Finding("kind.contact_store", ("store",))

    def marks(self) -> frozenset[str]:
        """Naming someone (or nobody yet) answers the step's 'who helps'."""
        return frozenset({"step.helper"})

    def take(self, ctx: Context, text: str | None, chosen: str | None) -> Step:
        """Someone named goes into the network; 'nobody yet' is a fine answer too."""
        text = text if text is not None else chosen or ""
        state = ctx.state
        if is_nobody(text) or quality(text, min_words=1) == "unknown":
            state.answers[self.id] = ""
            return Step(next=self.next, messages=[ctx.render.notice("contact.nobody", state)])
        described = " ".join(text.split())[:120]
        person = split_contact(described)
        state.answers[self.id] = described
        # Only a script that says so makes this person the helper of a step (adding a contact does not).
        effects = self.stored(described)
        effects.append(SaveContact(name=person.name, role=person.role, node=self.id))
        return Step(next=self.next, effects=effects)
