"""What a mentor sees of the school's places: the places their linked students chose, and the places that
fit what a student shares. Only linked students (`shared_students`), and only what they share.

A choice follows a step or an experience the student made with the bot ("Ik ga me aanmelden bij X"), and
steps and the places of experiences are shared with the linked mentor; the choice says no more than those.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.places import Match, Matcher, Signal
from storage import Place, SharedStudent, StepStatus, Transaction

__all__ = ["Chosen", "chosen_by", "fitting_for"]

_MATCHER = Matcher()


@dataclass(frozen=True)
class Chosen:
    """A place a linked student chose: the name kept with the choice, when, and the place while it exists."""

    student_id: int
    student: str
    name: str
    on: datetime
    place: Place | None


async def chosen_by(view: Transaction, students: list[SharedStudent]) -> list[Chosen]:
    """The places these students chose, the latest choice of each place per student, newest first."""
    places = {place.id: place for place in await view.places.listing()}
    found: dict[tuple[int, object], Chosen] = {}
    for student in students:
        for choice in await view.places.choices(student.student_id):
            place = places.get(choice.place_id) if choice.place_id is not None else None
            which = choice.place_id if place is not None else choice.place_name
            found[(student.student_id, which)] = Chosen(
                student_id=student.student_id,
                student=student.name,
                name=place.name if place is not None else choice.place_name,
                on=choice.created_at,
                place=place,
            )
    return sorted(found.values(), key=lambda chosen: chosen.on, reverse=True)


async def fitting_for(
    view: Transaction, student: SharedStudent, *, leave_out: set[int]
) -> list[Match[Place]]:
    """The active places that fit what a linked student shares with their mentor (never more than that):
    their open steps and key words, where their experiences were, and what they found out if shared."""
    signals: list[Signal] = []
    for step in student.steps:
        if step.status in (StepStatus.OPEN, StepStatus.CHANGED) and step.what:
            signals.append(Signal(step.what, 3))
    for experience in student.experiences:
        if experience.kernwoord:
            signals.append(Signal(experience.kernwoord, 2))
        if experience.answers.get("ontdekt"):
            signals.append(Signal(experience.answers["ontdekt"], 3))
        if experience.place:
            signals.append(Signal(experience.place, 1))
    if not signals:
        return []
    places = [place for place in await view.places.listing() if place.active and place.id not in leave_out]
    return _MATCHER.match(places, signals)
