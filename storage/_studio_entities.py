"""The coordinator's studio: drafts, publications, its log, and the counts behind the figures per question.

The counts never hold a word a student wrote: per question asked, when, how many words the answer had, how
long it took, whether it was thin or /help was used. `question_totals` keeps running totals per version,
question and wording, so the figures over 100,000 conversations need no scan of every question asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "MEASURES",
    "WORDS_CAP",
    "Draft",
    "Measure",
    "Publication",
    "StudioChange",
    "Tally",
    "TallyStep",
    "Waiting",
    "seconds_bucket",
    "words_bucket",
]

# What `question_totals` counts per version, question and wording:
# students    different students who were asked the question
# reached     times the question was asked (one per conversation that got there)
# answered    times it was answered (the conversation went on)
# thin        answered after at least one thin answer ("weet niet", too short)
# help        answered after /help was used at the question
# words       answered with this many words typed (value; capped), buttons not counted
# seconds     answered this long after it was asked (value: a bucket, see seconds_bucket)
# finished    conversations that reached the end (on the end; and per wording of each experiment)
Measure = Literal["students", "reached", "answered", "thin", "help", "words", "seconds", "finished"]
MEASURES: tuple[Measure, ...] = (
    "students",
    "reached",
    "answered",
    "thin",
    "help",
    "words",
    "seconds",
    "finished",
)
WORDS_CAP = 200


def words_bucket(words: int) -> int:
    """Words as counted: exact, with everything from WORDS_CAP on together."""
    return max(0, min(words, WORDS_CAP))


def seconds_bucket(seconds: float) -> int:
    """Time as counted: to the second for a minute, by 5 s to 5 minutes, by the minute to an hour, then one
    bucket for an hour or more (a student who paused overnight does not stretch the scale)."""
    whole = max(0, int(seconds))
    if whole < 60:
        return whole
    if whole < 300:
        return whole - whole % 5
    if whole < 3600:
        return whole - whole % 60
    return 3600


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Draft(_Record):
    """A script being changed in the studio: its YAML, the version it started from, its revision."""

    script_id: str
    source: str
    base_digest: str
    # Goes up with every save: a form carries the revision it was made from, a stale one is refused.
    revision: int
    # Questions whose two wordings are tried against each other once this is published.
    experiments: list[str] = Field(default_factory=list)
    updated_by: int | None = None
    updated_at: datetime


class Publication(_Record):
    """A version made the one new conversations start with (a rollback publishes an old one again)."""

    id: int
    script_id: str
    digest: str
    note: str = ""
    published_by: int | None = None
    published_at: datetime
    rollback_of: int | None = None
    experiments: list[str] = Field(default_factory=list)


class StudioChange(_Record):
    """One line of the studio's log: who changed what in which script and question, and when."""

    id: int
    script_id: str
    question: str | None = None
    action: str
    detail: str = ""
    person_id: int | None = None
    at: datetime


class Tally(_Record):
    """One running total: a measure (and its value, for words and seconds) of a question and wording."""

    node: str
    arm: int
    measure: Measure
    value: int
    count: int


class Waiting(_Record):
    """The questions of a version that were asked and not answered (yet), per question and wording."""

    node: str
    arm: int
    # Not answered, and asked before the moment given: the conversation stopped there.
    stopped: int
    stopped_students: int
    # Still waiting for an answer (asked after that moment).
    waiting: int


@dataclass(frozen=True, slots=True)
class TallyStep:
    """What one turn did to the counts of its conversation, for TallyRepository.step.

    In this order: a note on the question the conversation waited at (`thin`, `helps`, `words` typed), that
    question answered, then either the next question asked (`asked`: node and wording) or the end reached
    (`finished`: the end node, and the wording each experiment question got).
    """

    student_id: int
    session_id: int
    script_hash: str
    now: datetime
    thin: int = 0
    helps: int = 0
    words: int | None = None
    answered: bool = False
    asked: tuple[str, int] | None = None
    finished: str | None = None
    arms: dict[str, int] = field(default_factory=dict)

    @property
    def marks(self) -> bool:
        """Whether there is a note on the question waited at."""
        return bool(self.thin or self.helps or self.words is not None)
