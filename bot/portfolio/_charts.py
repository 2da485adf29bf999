"""The thread and the competencies as pictures: coordinates for an SVG that a template draws (no script)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dialogues.language import fold

from ._model import Portfolio
from ._words import short_date

__all__ = ["CompetencyChart", "ThreadChart", "competency_chart", "thread_chart"]

# The latest key words in the picture; older ones are in the table next to it (and in the dossier).
THREAD_POINTS = 8
_WORD_CHARS = 16
_PAD = 56
_AXIS_Y = 44
_ROW = 28
_LABEL_W = 150
_COL = 52


def _clip(word: str) -> str:
    return word if len(word) <= _WORD_CHARS else word[: _WORD_CHARS - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class ThreadPoint:
    """One key word on the time line: where its dot is, where its word and date go."""

    x: float
    word_y: float
    word: str
    label: str  # the word, shortened to fit
    day: str
    repeated: bool


@dataclass(frozen=True, slots=True)
class ThreadChart:
    """The key words in time order on a line; arcs join a word that comes back."""

    width: int
    height: int
    axis_y: int
    points: tuple[ThreadPoint, ...]
    arcs: tuple[str, ...]  # SVG path data
    first: str
    last: str


def thread_chart(portfolio: Portfolio, language: str, today: date) -> ThreadChart | None:
    """The latest key words as a time line, or None when there are none yet."""
    shown = portfolio.thread[-THREAD_POINTS:]
    if not shown:
        return None
    width = max(320, 2 * _PAD + 96 * (len(shown) - 1))
    step = (width - 2 * _PAD) / (len(shown) - 1) if len(shown) > 1 else 0.0
    xs = [_PAD + i * step if len(shown) > 1 else width / 2 for i in range(len(shown))]
    # Words alternate between two rows so neighbours never overlap.
    points = tuple(
        ThreadPoint(
            x=round(x, 1),
            word_y=_AXIS_Y + 26 + 18 * (i % 2),
            word=p.word,
            label=_clip(p.word),
            day=short_date(p.day, language, today),
            repeated=p.repeats > 1,
        )
        for i, (x, p) in enumerate(zip(xs, shown, strict=True))
    )
    arcs: list[str] = []
    last_seen: dict[str, int] = {}
    bottom = _AXIS_Y + 52
    depth = 0
    for i, p in enumerate(shown):
        key = fold(p.word)
        if key in last_seen:
            j = last_seen[key]
            sag = 16 + 6 * min(i - j, 6)
            depth = max(depth, sag)
            a, b = points[j].x, points[i].x
            arcs.append(f"M {a} {bottom} Q {round((a + b) / 2, 1)} {bottom + 2 * sag} {b} {bottom}")
        last_seen[key] = i
    return ThreadChart(
        width=int(width),
        height=bottom + depth + 12,
        axis_y=_AXIS_Y,
        points=points,
        arcs=tuple(arcs),
        first=points[0].day,
        last=points[-1].day,
    )


@dataclass(frozen=True, slots=True)
class CompetencyCell:
    """A dot: filled when the competency was practised in that experience."""

    x: int
    filled: bool


@dataclass(frozen=True, slots=True)
class CompetencyLine:
    """One competency's row."""

    y: int
    label: str
    hint: str
    cells: tuple[CompetencyCell, ...]


@dataclass(frozen=True, slots=True)
class CompetencyChart:
    """Five rows (the competencies) by one column per experience in time order."""

    width: int
    height: int
    label_x: int
    rows: tuple[CompetencyLine, ...]
    columns: tuple[tuple[int, str, str], ...]  # x, short date, the experience's title
    axis_y: int
    first: str
    last: str


def competency_chart(
    portfolio: Portfolio, hints: dict[str, str], language: str, today: date
) -> CompetencyChart | None:
    """The five competencies over the latest experiences, or None when nothing was practised yet."""
    if not portfolio.competencies:
        return None
    xs = [_LABEL_W + _COL // 2 + i * _COL for i in range(len(portfolio.timeline))]
    rows = tuple(
        CompetencyLine(
            y=24 + r * _ROW,
            label=row.label,
            hint=hints.get(row.key, ""),
            cells=tuple(CompetencyCell(x, mark) for x, mark in zip(xs, row.marks, strict=True)),
        )
        for r, row in enumerate(portfolio.competencies)
    )
    axis_y = 24 + len(rows) * _ROW
    days = [short_date(e.day, language, today) for e in portfolio.timeline]
    columns = tuple((x, day, e.title) for x, day, e in zip(xs, days, portfolio.timeline, strict=True))
    return CompetencyChart(
        width=max(320, _LABEL_W + _COL * len(xs) + 8),
        height=axis_y + 24,
        label_x=_LABEL_W - 10,
        rows=rows,
        columns=columns,
        axis_y=axis_y,
        first=days[0],
        last=days[-1],
    )
