"""What the conversations show per question: counts only, never content, and only from 5 students on.

Built from the running totals (one small query for a whole version, however many conversations), the
questions still waiting for an answer, and a check per question that at least 5 different students are
behind a figure. A figure counting fewer is not shown ("minder dan 5").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from dialogues import Script
from storage import Store, Tally, Transaction, Waiting

__all__ = ["AT_LEAST", "STOPPED_AFTER", "Figures", "QuestionFigures", "figures", "fold_counts", "median"]

# A figure is shown only when it counts at least this many different students.
AT_LEAST = 5
# A question not answered for this long counts as where the conversation stopped.
STOPPED_AFTER = timedelta(days=1)


async def fold_counts(store: Store) -> None:
    """Fold the counts the turns added into the running totals (a periodic job; the figures are right
    without it, it keeps what they add up small)."""
    async with store.transaction() as tx:
        await tx.tally.compact()


def median(histogram: dict[int, int]) -> int | None:
    """The middle value of counted values ({value: how often}); the lower one of an even count."""
    total = sum(histogram.values())
    if total <= 0:
        return None
    middle = (total - 1) // 2
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen > middle:
            return value
    return None


@dataclass(slots=True)
class QuestionFigures:
    """The figures of one question (and one wording, in an experiment)."""

    node: str
    arm: int
    students: int = 0
    reached: int = 0
    answered: int = 0
    thin: int = 0
    helps: int = 0
    finished: int = 0
    stopped: int = 0
    stopped_students: int = 0
    waiting: int = 0
    words: dict[int, int] = field(default_factory=dict)
    seconds: dict[int, int] = field(default_factory=dict)
    # Whether at least AT_LEAST different students were asked it, and answered it.
    enough: bool = False
    enough_answered: bool = False

    @property
    def show_stopped(self) -> bool:
        """Whether the number of students who stopped here may be shown."""
        return self.stopped_students >= AT_LEAST

    def share(self, part: int) -> int | None:
        """`part` as a whole percentage of the answers (None without answers)."""
        return round(100 * part / self.answered) if self.answered else None

    @property
    def thin_percent(self) -> int | None:
        """How often the answer was thin (a follow-up was needed), as a percentage of the answers."""
        return self.share(self.thin)

    @property
    def help_percent(self) -> int | None:
        """How often /help was used, as a percentage of the answers."""
        return self.share(self.helps)

    @property
    def median_words(self) -> int | None:
        """The median number of words typed (buttons not counted)."""
        return median(self.words)

    @property
    def median_seconds(self) -> int | None:
        """The median time from question to answer, in seconds (rounded down to its bucket)."""
        return median(self.seconds)

    @property
    def finished_percent(self) -> int | None:
        """Of the conversations that got here, how many reached the end."""
        return round(100 * self.finished / self.reached) if self.reached else None


@dataclass(slots=True)
class Figures:
    """A version's figures, per question in the script's order; experiments per wording."""

    digest: str
    questions: list[QuestionFigures]
    experiments: dict[str, list[QuestionFigures]]
    first_reached: int

    def bar(self, row: QuestionFigures) -> int:
        """How many of the students who started got to this question, in percent (for the funnel)."""
        return round(100 * row.students / self.first_reached) if self.first_reached else 0


def _rows(tallies: Iterable[Tally], waiting: Iterable[Waiting]) -> dict[tuple[str, int], QuestionFigures]:
    rows: dict[tuple[str, int], QuestionFigures] = defaultdict(lambda: QuestionFigures("", 0))
    for tally in tallies:
        row = rows[(tally.node, tally.arm)]
        if tally.measure == "words":
            row.words[tally.value] = tally.count
        elif tally.measure == "seconds":
            row.seconds[tally.value] = tally.count
        elif tally.measure == "help":
            row.helps += tally.count
        else:
            setattr(row, tally.measure, getattr(row, tally.measure) + tally.count)
    for found in waiting:
        row = rows[(found.node, found.arm)]
        row.stopped, row.stopped_students, row.waiting = found.stopped, found.stopped_students, found.waiting
    for (node, arm), row in rows.items():
        row.node, row.arm = node, arm
    return rows


async def figures(
    view: Transaction, script: Script, digest: str, now: datetime, experiments: Sequence[str] = ()
) -> Figures:
    """The figures of version `digest` of `script`, read in a few small queries; `experiments` are its
    questions with two wordings (shown side by side even before anyone got there)."""
    tallies = await view.tally.totals(digest)
    waiting = await view.tally.waiting(digest, stopped_before=now - STOPPED_AFTER)
    rows = _rows(tallies, waiting)
    for (node_id, arm), row in rows.items():
        if row.students >= AT_LEAST:
            counted = await view.tally.students(digest, node_id, arm, answered=False, at_most=AT_LEAST)
            row.enough = counted >= AT_LEAST
        if row.answered >= AT_LEAST:
            counted = await view.tally.students(digest, node_id, arm, answered=True, at_most=AT_LEAST)
            row.enough_answered = counted >= AT_LEAST
    shown = [n for n in script.nodes if n.asks or n.ends]
    questions = [rows[(n.id, 0)] if (n.id, 0) in rows else QuestionFigures(n.id, 0) for n in shown]
    tried: dict[str, list[QuestionFigures]] = {}
    for node in shown:
        arms = [rows[(node.id, arm)] for arm in (1, 2) if (node.id, arm) in rows]
        if arms or node.id in experiments:
            tried[node.id] = [rows.get((node.id, arm)) or QuestionFigures(node.id, arm) for arm in (1, 2)]
        if arms:
            questions[shown.index(node)] = _together(node.id, arms)
    first = next((q.students for q in questions if q.students), 0)
    return Figures(digest, questions, tried, first)


def _together(node: str, arms: list[QuestionFigures]) -> QuestionFigures:
    """An experiment's question in the funnel: both wordings added up (students may have had both)."""
    row = QuestionFigures(node, 0)
    for arm in arms:
        for name in ("students", "reached", "answered", "thin", "helps", "finished", "stopped", "waiting"):
            setattr(row, name, getattr(row, name) + getattr(arm, name))
        row.stopped_students += arm.stopped_students
        for value, count in arm.words.items():
            row.words[value] = row.words.get(value, 0) + count
        for value, count in arm.seconds.items():
            row.seconds[value] = row.seconds.get(value, 0) + count
    # Shown only when no wording with students is under the threshold: the sum minus a shown wording would
    # otherwise give away the few students of the other one.
    row.enough = all(a.enough or not a.students for a in arms) and row.students >= AT_LEAST
    row.enough_answered = all(a.enough_answered or not a.answered for a in arms) and row.answered >= AT_LEAST
    return row
