"""Codes people type: class codes, mentor invites and sign-in codes. Long enough, and limited in tries.

A code is drawn from 31 letters and digits that cannot be confused (no 0/O, 1/I/L), about 4.95 bits a
character, and shown in groups of four ("K7XQ-M2PA-RT"). Typed codes are read leniently: case, spaces
and dashes do not matter. Wrong attempts are counted in the database, per person and for everyone
together, so guessing stops long before it could find a code, also across restarts.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from storage import Transaction

__all__ = [
    "ALPHABET",
    "CLASS_CODE_LENGTH",
    "INVITE_LENGTH",
    "INVITE_VALID_FOR",
    "RefusalLog",
    "Throttle",
    "format_code",
    "new_code",
    "normalise_code",
]

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
# 10 characters: about 49 bits; 12: about 59. With at most 5 wrong tries an hour per person and 100 an
# hour in total, finding one of a school's few hundred codes takes millions of years.
CLASS_CODE_LENGTH = 10
INVITE_LENGTH = 12
INVITE_VALID_FOR = timedelta(days=14)
_NOT_CODE = re.compile(r"[^A-Z0-9]")
_REMEMBERED = 10_000


def new_code(length: int) -> str:
    """A random code of unambiguous letters and digits."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalise_code(text: str) -> str:
    """A typed code as stored: upper case, without spaces, dashes or other marks; at most 40 characters."""
    return _NOT_CODE.sub("", text.upper())[:40]


def format_code(code: str) -> str:
    """A code in groups of four, easier to read aloud and to type: "K7XQ-M2PA-RT"."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


@dataclass(frozen=True, slots=True)
class Throttle:
    """How many wrong attempts of one kind are allowed per person and for everyone, per window."""

    kind: str
    per_person: int = 5
    overall: int = 100
    window: timedelta = timedelta(hours=1)

    async def blocked(self, reads: Transaction, person_id: int | None, now: datetime) -> bool:
        """Whether this person (or everyone) has used up the wrong attempts of this window."""
        since = now - self.window
        if person_id is not None:
            mine = await reads.attempts.count(self.kind, since=since, person_id=person_id)
            if mine >= self.per_person:
                return True
        return await reads.attempts.count(self.kind, since=since) >= self.overall

    async def failed(self, tx: Transaction, person_id: int | None, now: datetime) -> None:
        """Count one wrong attempt."""
        await tx.attempts.record(self.kind, person_id=person_id, now=now)


class RefusalLog:
    """Which throttled refusals to log: the first per kind and person in a window, not one per try (a script
    guessing codes would fill the log). In memory: after a restart the first refusal is logged again."""

    def __init__(self) -> None:
        self._last: dict[tuple[str, int | None], datetime] = {}

    def worth_logging(self, throttle: Throttle, person_id: int | None, now: datetime) -> bool:
        """Whether to log this refusal."""
        key = (throttle.kind, person_id)
        last = self._last.get(key)
        if last is not None and timedelta(0) <= now - last < throttle.window:
            return False
        if len(self._last) >= _REMEMBERED:
            self._last.clear()
        self._last[key] = now
        return True
