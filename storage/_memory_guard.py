"""The in-memory repositories that guard the edges: handled updates and limited attempts."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ._memory_tables import MemoryRepo

if TYPE_CHECKING:
    from ._memory import MemoryStore

__all__ = ["Attempts", "GuardTables", "Receipts"]


class GuardTables:
    """Receipts by (source, update id) and attempts as (id, kind, person, moment) rows."""

    def __init__(self) -> None:
        self.receipts: dict[tuple[str, int], datetime] = {}
        self.attempts: dict[int, tuple[str, int | None, datetime]] = {}
        self.last_attempt = 0

    def forget_person(self, store: MemoryStore, person_id: int) -> None:
        """Attempts go with the person who made them (undone with the transaction)."""
        gone = {key: row for key, row in self.attempts.items() if row[1] == person_id}
        for key in gone:
            del self.attempts[key]
        store._remember(lambda: self.attempts.update(gone))


class Receipts(MemoryRepo):
    async def seen(self, source: str, update_id: int) -> bool:
        return (source, update_id) in self._s.guard.receipts

    async def record(self, source: str, update_id: int, *, now: datetime) -> None:
        self._check()
        receipts = self._s.guard.receipts
        key = (source, update_id)
        if key not in receipts:
            receipts[key] = now
            self._s._remember(lambda: receipts.pop(key, None))

    async def latest(self, source: str) -> int | None:
        return max((update for where, update in self._s.guard.receipts if where == source), default=None)

    async def prune(self, *, before: datetime) -> int:
        self._check()
        receipts = self._s.guard.receipts
        old = {key: at for key, at in receipts.items() if at < before}
        for key in old:
            del receipts[key]
        self._s._remember(lambda: receipts.update(old))
        return len(old)


class Attempts(MemoryRepo):
    async def record(self, kind: str, *, person_id: int | None, now: datetime) -> None:
        self._check()
        guard = self._s.guard
        guard.last_attempt += 1
        key = guard.last_attempt
        guard.attempts[key] = (kind, person_id, now)
        self._s._remember(lambda: guard.attempts.pop(key, None))

    async def count(self, kind: str, *, since: datetime, person_id: int | None = None) -> int:
        return sum(
            1
            for row_kind, person, at in self._s.guard.attempts.values()
            if row_kind == kind and at >= since and (person_id is None or person == person_id)
        )

    async def prune(self, *, before: datetime) -> int:
        self._check()
        attempts = self._s.guard.attempts
        old = {key: row for key, row in attempts.items() if row[2] < before}
        for key in old:
            del attempts[key]
        self._s._remember(lambda: attempts.update(old))
        return len(old)
