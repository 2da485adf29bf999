"""Ids for new rows handed out by the SQLite store itself, so that adding a row needs no round trip."""

from __future__ import annotations

import sqlite3
import threading

__all__ = ["FRESH_TABLES", "Ids"]

# Tables whose rows are only ever added through Repo._insert (a test checks the SQL of the package).
FRESH_TABLES = (
    "sessions",
    "experiences",
    "next_steps",
    "contacts",
    "contact_moments",
    "places",
    "safety_events",
)


class Ids:
    """The highest id in use per table, read when the store opens; the next new row gets the one above.

    Why: an INSERT ... RETURNING id is a round trip in the middle of a turn, and a unit holds the one
    writer from its first round trip to its end, so every other turn waited behind it (bench core: the
    writer was held half of the time). One process writes a SQLite file (`loopbaanbot run` locks it);
    should another program add a row all the same, the clash is a ConflictError (the turn is redone)
    and the highest ids are read again.
    """

    def __init__(self) -> None:
        self._marks: dict[str, int] = {}
        self._read: dict[str, int] | None = None
        # `read` runs on the database thread, `take` on the event loop: a re-read must not be lost.
        self._handover = threading.Lock()

    def read(self, raw: sqlite3.Connection) -> None:
        """On the database thread: read the highest ids; the event loop takes them at its next `take`."""
        highest = {
            table: int(raw.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])
            for table in FRESH_TABLES
        }
        with self._handover:
            self._read = highest

    def take(self, table: str) -> int | None:
        """The id for a new row of `table`; None when the table's ids are not known (yet)."""
        if self._read is not None:
            with self._handover:
                read, self._read = self._read, None
        else:
            read = None
        if read is not None:
            for name, highest in read.items():
                self._marks[name] = max(self._marks.get(name, 0), highest)
        if table not in self._marks:
            return None
        self._marks[table] += 1
        return self._marks[table]
