"""What a portfolio shows: per experience the four components as labelled lines, the thread, the steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "COMPETENCIES",
    "COMPONENTS",
    "CompetencyRow",
    "Component",
    "Line",
    "Portfolio",
    "PortfolioExperience",
    "ThreadPoint",
]

# The four components of an experience in the dossier, in the order the method gives them.
COMPONENTS = ("doel", "gedaan", "ontdekt", "stap")
# The five career competencies, in the order of the method.
COMPETENCIES = (
    "kwaliteitenreflectie",
    "motievenreflectie",
    "werkexploratie",
    "loopbaansturing",
    "netwerken",
)


@dataclass(frozen=True, slots=True)
class Line:
    """One labelled line: "Zo voelde het: trots". `full` is the whole text when `text` was shortened."""

    label: str
    text: str
    full: str | None = None
    status: str | None = None  # a step's status ("open", "done", ...), for its badge

    @property
    def shortened(self) -> bool:
        """Whether the line shows only the start of a longer answer."""
        return self.full is not None


@dataclass(frozen=True, slots=True)
class Component:
    """One of the four components of an experience, with its lines (empty: nothing said yet)."""

    key: str
    title: str
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class PortfolioExperience:
    """One experience: what, where, when, and its four components."""

    id: int
    title: str
    happens_on: date | None  # when it happened (or will happen), if the student said
    day: date  # for putting experiences in time order: that date, else when it was written down
    planned: bool
    keyword: str
    competencies: tuple[str, ...]
    components: tuple[Component, ...]

    @property
    def shortened(self) -> tuple[Line, ...]:
        """The lines whose whole text is one step away."""
        return tuple(line for c in self.components for line in c.lines if line.shortened)


@dataclass(frozen=True, slots=True)
class ThreadPoint:
    """A key word at the moment it was found (the thread over time)."""

    day: date
    word: str
    experience: str
    repeats: int  # how often this word occurs in the whole dossier


@dataclass(frozen=True, slots=True)
class CompetencyRow:
    """One competency over time: for each experience in order, whether it was worked on."""

    key: str
    label: str
    marks: tuple[bool, ...]

    @property
    def count(self) -> int:
        """In how many experiences."""
        return sum(self.marks)


@dataclass(frozen=True, slots=True)
class Portfolio:
    """The whole dossier as a portfolio, ready to show in a chat, on a page or in a document."""

    name: str
    experiences: tuple[PortfolioExperience, ...]
    thread: tuple[ThreadPoint, ...]
    # The experiences the competencies are shown for (in time order), and one row per competency.
    timeline: tuple[PortfolioExperience, ...]
    competencies: tuple[CompetencyRow, ...]
    open_steps: tuple[Line, ...] = field(default=())
    network: tuple[Line, ...] = field(default=())

    @property
    def empty(self) -> bool:
        """Nothing in it yet."""
        return not self.experiences and not self.open_steps
