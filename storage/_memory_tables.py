"""Building blocks of the in-memory store: tables of JSON rows with an undo log, and the repository base."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel

from ._entities import (
    checked_changes,
)
from ._errors import NotFoundError

if TYPE_CHECKING:
    from ._memory import MemoryStore

__all__ = ["MemoryRepo", "Table"]

M = TypeVar("M", bound=BaseModel)


class Table(Generic[M]):
    """Rows as JSON text by key, with an index by owner (student or experience) and an optional lookup.

    `lookup` names the fields of a second index (e.g. a nudge's kind and item), fixed when a row is made.
    """

    def __init__(
        self,
        model: type[M],
        owner: str | None,
        undo: Callable[[Callable[[], object]], None],
        *,
        lookup: tuple[str, ...] = (),
    ) -> None:
        self.model = model
        self.owner = owner
        self.lookup = lookup
        self.rows: dict[Any, str] = {}
        self.by_owner: dict[int, list[Any]] = {}
        self.by_lookup: dict[Hashable, list[Any]] = {}
        self.last_id = 0
        self._undo = undo

    def get(self, key: Any) -> M | None:
        raw = self.rows.get(key)
        return None if raw is None else self.model.model_validate_json(raw)

    def put(self, key: Any, record: M) -> None:
        old = self.rows.get(key)
        self.rows[key] = record.model_dump_json()
        if old is None:
            self._undo(lambda: self.rows.pop(key, None))
            if self.owner is not None:
                owned = self.by_owner.setdefault(getattr(record, self.owner), [])
                owned.append(key)
                self._undo(owned.pop)
            if self.lookup:
                found = self.by_lookup.setdefault(self._lookup_key(record), [])
                found.append(key)
                self._undo(found.pop)
        else:
            self._undo(lambda: self.rows.__setitem__(key, old))

    def delete(self, key: Any) -> None:
        """Remove a row (undone with the transaction)."""
        raw = self.rows.pop(key, None)
        if raw is None:
            return
        self._undo(lambda: self.rows.__setitem__(key, raw))
        record = self.model.model_validate_json(raw)
        if self.owner is not None:
            self._unlist(self.by_owner.get(getattr(record, self.owner), []), key)
        if self.lookup:
            self._unlist(self.by_lookup.get(self._lookup_key(record), []), key)

    def _unlist(self, keys: list[Any], key: Any) -> None:
        if key in keys:
            position = keys.index(key)
            keys.pop(position)
            self._undo(lambda: keys.insert(position, key))

    def _lookup_key(self, record: M) -> Hashable:
        return tuple(getattr(record, name) for name in self.lookup)

    def all(self) -> list[M]:
        """Every row, in insertion order."""
        return [self.model.model_validate_json(raw) for raw in self.rows.values()]

    def new_id(self) -> int:
        self.last_id += 1
        previous = self.last_id - 1
        self._undo(lambda: setattr(self, "last_id", previous))
        return self.last_id

    def owned(self, owner_id: int) -> list[M]:
        return [self.model.model_validate_json(self.rows[key]) for key in self.by_owner.get(owner_id, [])]

    def looked_up(self, *values: Any) -> list[M]:
        """The rows whose `lookup` fields hold these values, in insertion order."""
        keys = self.by_lookup.get(tuple(values), [])
        return [self.model.model_validate_json(self.rows[key]) for key in keys]

    def change(self, key: Any, changes: dict[str, object]) -> None:
        checked = checked_changes(self.model, changes)
        self.put(key, self.require(key).model_copy(update=checked))

    def require(self, key: Any) -> M:
        found = self.get(key)
        if found is None:
            raise NotFoundError(f"{self.model.__name__} {key} does not exist")
        return found


class MemoryRepo:
    def __init__(self, store: MemoryStore, writable: bool) -> None:
        self._s = store
        self._writable = writable

    def _check(self) -> None:
        if not self._writable:
            raise RuntimeError("write through a read-only view")
