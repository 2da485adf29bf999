"""What each event adds to the running totals per question (the same for every backend), and taking a
deleted person's part off again."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, NamedTuple

from ._studio_entities import Measure, seconds_bucket, words_bucket

__all__ = [
    "Delta",
    "answered_deltas",
    "asked_deltas",
    "finished_deltas",
    "forget_deltas",
    "merged",
    "when",
]


class Delta(NamedTuple):
    """Add `count` to one running total (negative: take off)."""

    script_hash: str
    node: str
    arm: int
    measure: Measure
    value: int
    amount: int


def when(value: Any) -> datetime:
    """A stored moment as an aware datetime (SQLite keeps ISO text in UTC)."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def asked_deltas(script_hash: str, node: str, arm: int) -> list[Delta]:
    """A question was asked ('students' is counted by the backend: it needs to look at earlier rows)."""
    return [Delta(script_hash, node, arm, "reached", 0, 1)]


def answered_deltas(
    script_hash: str,
    node: str,
    arm: int,
    words: int | None,
    thin: int,
    helps: int,
    seconds: float,
    sign: int = 1,
) -> list[Delta]:
    """A question was answered: how, in words and time; thin answers and /help at it."""
    deltas = [
        Delta(script_hash, node, arm, "answered", 0, sign),
        Delta(script_hash, node, arm, "seconds", seconds_bucket(seconds), sign),
    ]
    if words is not None:
        deltas.append(Delta(script_hash, node, arm, "words", words_bucket(words), sign))
    if thin:
        deltas.append(Delta(script_hash, node, arm, "thin", 0, sign))
    if helps:
        deltas.append(Delta(script_hash, node, arm, "help", 0, sign))
    return deltas


def finished_deltas(script_hash: str, node: str, arms: Mapping[str, int], sign: int = 1) -> list[Delta]:
    """A conversation reached its end `node` (which counts as reached), with these experiment wordings."""
    deltas = [
        Delta(script_hash, node, 0, "reached", 0, sign),
        Delta(script_hash, node, 0, "finished", 0, sign),
    ]
    deltas += [Delta(script_hash, question, arm, "finished", 0, sign) for question, arm in arms.items()]
    return deltas


def forget_deltas(visits: Iterable[Mapping[str, Any]]) -> list[Delta]:
    """Everything a person's visits (rows of question_visits, oldest first) added, taken off again."""
    rows = list(visits)
    arms: dict[int, dict[str, int]] = {}
    for row in rows:
        if row["arm"]:
            arms.setdefault(int(row["session_id"]), {})[str(row["node"])] = int(row["arm"])
    deltas: list[Delta] = []
    seen: set[tuple[str, str, int]] = set()
    for row in rows:
        script_hash, node, arm = str(row["script_hash"]), str(row["node"]), int(row["arm"])
        if (script_hash, node, arm) not in seen:
            seen.add((script_hash, node, arm))
            deltas.append(Delta(script_hash, node, arm, "students", 0, -1))
        if row["ended"]:
            deltas += finished_deltas(script_hash, node, arms.get(int(row["session_id"]), {}), sign=-1)
            continue
        deltas.append(Delta(script_hash, node, arm, "reached", 0, -1))
        if row["answered"]:
            words = None if row["words"] is None else int(row["words"])
            seconds = float(row["seconds"] or 0)
            deltas += answered_deltas(
                script_hash, node, arm, words, int(row["thin"]), int(row["helps"]), seconds, sign=-1
            )
    return merged(deltas)


def merged(deltas: Iterable[Delta]) -> list[Delta]:
    """The same totals added up (one statement row per total)."""
    counts: Counter[tuple[str, str, int, Measure, int]] = Counter()
    for delta in deltas:
        counts[delta[:5]] += delta.amount
    return [Delta(*key, count) for key, count in counts.items() if count]
