"""Checking students' answers against the database: each one stored once, in its field, none skipped or lost.

Definitions (the figures in BENCHMARKS.md use these words):
- acknowledged: the fake Bot API counts an update as confirmed once a getUpdates offset passed it; Telegram
  never delivers it again. The check runs after a clean last run with nothing pending, so every update the
  students sent is acknowledged by then.
- handled: the database holds the update's receipt (stored in the same transaction as the turn).
- lost: acknowledged but not handled: the bot told Telegram it had the update and never stored its turn.
- stored twice: a marked answer found more than once, or in a field that is not its question's.
- skipped: a question of a finished reflection without any stored answer.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ._faults_chat import REFLECTION, Reflection

__all__ = ["AnswerCheck", "check_answers", "dossier_fields", "receipts"]

_FIELDS = {
    "experiences": ("place",),
    "entries": ("gedaan", "verbreden", "verdiepen", "kernwoord", "ontdekt", "doel", "voorkennis"),
    "next_steps": ("what", "helper", "obstacle"),
    "contacts": ("name", "reach"),
}
_OWNER = {
    "experiences": "SELECT s.external_id, {cols} FROM experiences t JOIN students s ON s.id = t.student_id",
    "entries": "SELECT s.external_id, {cols} FROM entries t JOIN experiences e ON e.id = t.experience_id"
    " JOIN students s ON s.id = e.student_id",
    "next_steps": "SELECT s.external_id, {cols} FROM next_steps t JOIN students s ON s.id = t.student_id",
    "contacts": "SELECT s.external_id, {cols} FROM contacts t JOIN students s ON s.id = t.student_id",
}


def _connect(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)


def dossier_fields(db: Path) -> tuple[dict[str, dict[str, list[str]]], dict[str, Counter[str]]]:
    """Per student (external id): every dossier field's values, one per row; and rows per table."""
    fields: dict[str, dict[str, list[str]]] = {}
    rows: dict[str, Counter[str]] = {}
    conn = _connect(db)
    try:
        for table, columns in _FIELDS.items():
            query = _OWNER[table].format(cols=", ".join(f"t.{c}" for c in columns))
            for external_id, *values in conn.execute(query):
                rows.setdefault(external_id, Counter())[table] += 1
                mine = fields.setdefault(external_id, {})
                for column, value in zip(columns, values, strict=True):
                    mine.setdefault(f"{table}.{column}", []).append(value or "")
    finally:
        conn.close()
    return fields, rows


def receipts(db: Path) -> set[int]:
    """The update ids the bot handled (all sources)."""
    conn = _connect(db)
    try:
        return {update_id for (update_id,) in conn.execute("SELECT update_id FROM receipts")}
    finally:
        conn.close()


@dataclass
class AnswerCheck:
    """The outcome of comparing what students sent with what the database holds."""

    messages: int = 0
    answers: int = 0
    handled: int = 0
    updates_lost: int = 0
    answers_lost: int = 0
    stored_right: int = 0
    stored_twice: int = 0
    handled_not_stored: int = 0
    skipped: int = 0
    finished: int = 0
    duplicate_rows: int = 0


def check_answers(db: Path, students: list[Reflection]) -> AnswerCheck:
    """Every message of every student against the receipts and the dossier (see the module docstring)."""
    fields, rows = dossier_fields(db)
    handled = receipts(db)
    check = AnswerCheck()
    for student in students:
        mine = fields.get(str(student.chat.chat_id), {})
        for sent in student.sent:
            check.messages += 1
            was_handled = sent.update_id in handled
            check.handled += was_handled
            check.updates_lost += not was_handled
            if sent.marker is None:
                continue
            check.answers += 1
            expected = REFLECTION[sent.step].fields
            found = {name: sum(v.count(sent.marker) for v in values) for name, values in mine.items()}
            if not was_handled:
                check.answers_lost += 1
            elif not any(found.values()):
                check.handled_not_stored += 1
            elif all(found.get(name, 0) == 1 for name in expected) and sum(found.values()) == len(expected):
                check.stored_right += 1
            else:
                check.stored_twice += 1
        if student.finished:
            check.finished += 1
            stored = {
                s.step
                for s in student.sent
                if s.marker
                and any(s.marker in v for name in REFLECTION[s.step].fields for v in mine.get(name, []))
            }
            check.skipped += sum(1 for j, step in enumerate(REFLECTION) if step.fields and j not in stored)
            counts = rows.get(str(student.chat.chat_id), Counter())
            check.duplicate_rows += sum(max(0, counts[table] - 1) for table in _FIELDS)
    return check
