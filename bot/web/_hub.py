"""Open chat pages, by person: what the bot sends by itself is pushed to them as it happens."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

__all__ = ["Hub"]


class Hub:
    """In-process wake-ups for open pages; the lines themselves are read from the database.

    Messages added by another instance on the same PostgreSQL database arrive as broadcasts (see
    WebChannel); a page that misses a wake-up still finds the lines when it next looks: every stream also
    looks on its own every few seconds.
    """

    def __init__(self) -> None:
        self._pages: defaultdict[int, set[asyncio.Event]] = defaultdict(set)

    @asynccontextmanager
    async def listening(self, person_id: int) -> AsyncIterator[asyncio.Event]:
        """An event that is set whenever something new is there for this person."""
        event = asyncio.Event()
        self._pages[person_id].add(event)
        try:
            yield event
        finally:
            pages = self._pages.get(person_id)
            if pages is not None:
                pages.discard(event)
                if not pages:
                    del self._pages[person_id]

    def wake(self, person_id: int) -> None:
        """Something new is there for this person."""
        for event in self._pages.get(person_id, ()):
            event.set()

    def wake_everyone(self) -> None:
        """Something may be new for anyone (the news between instances was interrupted): every page looks."""
        for pages in self._pages.values():
            for event in pages:
                event.set()

    def close_all(self) -> None:
        """Wake every page (at shutdown: their streams see the app stopping and end)."""
        for pages in self._pages.values():
            for event in pages:
                event.set()

    @property
    def open_pages(self) -> int:
        """How many streams are open (a count for monitoring)."""
        return sum(len(pages) for pages in self._pages.values())
