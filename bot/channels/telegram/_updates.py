"""Reading updates one by one: an update the library cannot parse is skipped and counted, never fatal.

python-telegram-bot parses a whole getUpdates batch at once; one update it cannot read (a Bot API server
of another version, schema drift, garbage) fails the batch, the offset never moves, and polling spins on
it while logging the raw batch, other students' messages included. Here each update is parsed on its
own; one that fails is logged with its id and type only and replaced by an empty update with the same
id, so the offset moves past it and everyone else keeps getting answers.
"""

from __future__ import annotations

import datetime as dtm
import logging
from collections.abc import Sequence
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import JSONDict, ODVInput, TimePeriod
from telegram.ext import ExtBot

from ._ledger import UpdateLedger

__all__ = ["BACKLOG", "SafeBot", "UpdateReader", "read_update"]

log = logging.getLogger("loopbaanbot.telegram")


def _update_id(data: object) -> int | None:
    """The update_id of an update as raw JSON, if it has a valid one."""
    update_id = data.get("update_id") if isinstance(data, dict) else None
    return update_id if isinstance(update_id, int) and not isinstance(update_id, bool) else None


def _describe(data: object) -> tuple[int | None, str]:
    """The update_id and the kind of an update as raw JSON, without anything it says."""
    if not isinstance(data, dict):
        return None, type(data).__name__
    kinds = sorted(str(key)[:32] for key in data if key != "update_id")[:3]
    return _update_id(data), ",".join(kinds) or "empty"


class UpdateReader:
    """Parses updates one at a time and counts the ones it had to skip."""

    def __init__(self) -> None:
        self.skipped = 0

    def read(self, data: object, bot: Any) -> Update | None:
        """The update, or None when it cannot be read (logged with its id and type, never its content)."""
        try:
            if not isinstance(data, dict):
                raise TypeError("an update is a JSON object")
            update = Update.de_json(data, bot)
            if update is None:
                raise TypeError("empty update")
            return update
        except Exception as exc:
            self.skipped += 1
            update_id, kind = _describe(data)
            log.warning(
                "skipped an update that could not be read: update_id=%s type=%s error=%s",
                update_id,
                kind,
                type(exc).__name__,
            )
            return None

    def read_batch(self, batch: object, bot: Any) -> tuple[Update, ...]:
        """A getUpdates result: unreadable updates become empty ones with their id (the offset moves on)."""
        if not isinstance(batch, list):
            log.warning("getUpdates returned a %s instead of a list; ignored", type(batch).__name__)
            return ()
        updates: list[Update] = []
        for data in batch:
            update = self.read(data, bot)
            if update is None:
                update_id, _ = _describe(data)
                if update_id is None:
                    continue
                update = Update(update_id=update_id)
                update.set_bot(bot)
            updates.append(update)
        return tuple(updates)


_default_reader = UpdateReader()
# How long a poll that brought only updates already being handled waits for one of them to finish.
_HOLD_WAIT = 0.5
# Fetched updates waiting to be handled before the next poll waits for fewer (see UpdateLedger.room): with
# the offset held at the oldest of them, each poll brings them all again. Several times the number handled
# at once, so the handlers never run out of work while a poll is on its way. Waiting costs nobody time: a
# new update fetched now would wait behind those anyway. Bounded all the same (stuck ones do not count).
BACKLOG = 32
_ROOM_WAIT = 5.0


def read_update(data: object, bot: Any) -> Update | None:
    """One update (a webhook's body), or None when it cannot be read."""
    return _default_reader.read(data, bot)


class SafeBot(ExtBot[None]):
    """An ExtBot whose getUpdates reads updates one by one (see the module docstring), and with a ledger
    confirms an update to Telegram only once it was handled (see _ledger)."""

    def __init__(
        self,
        *args: Any,
        reader: UpdateReader | None = None,
        ledger: UpdateLedger | None = None,
        backlog: int = BACKLOG,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._reader = reader or UpdateReader()
        self._ledger = ledger
        self._backlog = backlog

    @property
    def reader(self) -> UpdateReader:
        """Counts the updates that had to be skipped."""
        return self._reader

    async def get_updates(
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimePeriod | None = None,  # noqa: ASYNC109 - the Bot API's long-polling parameter
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
    ) -> tuple[Update, ...]:
        """Like Bot.get_updates (python-telegram-bot 22), but parsing each update on its own; with a ledger,
        the offset stays at the oldest update not yet handled, and updates fetched before are left out."""
        ledger = self._ledger
        if ledger is not None:
            await ledger.room(self._backlog, _ROOM_WAIT)
            offset = ledger.offset(offset)
        data: JSONDict = {
            "timeout": timeout,
            "offset": offset,
            "limit": limit,
            "allowed_updates": allowed_updates,
        }
        base = read_timeout if isinstance(read_timeout, int | float) else self._request[0].read_timeout
        seconds = timeout.total_seconds() if isinstance(timeout, dtm.timedelta) else (timeout or 0)
        # Long polling: the server may hold the request for `timeout` seconds before it answers.
        result = await self._post(
            "getUpdates",
            data,
            read_timeout=(base or 0) + seconds,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
        )
        if ledger is None:
            return self._reader.read_batch(result, self)
        ledger.confirmed(offset)
        if isinstance(result, list):
            result = [data for data in result if not ledger.seen(_update_id(data) or -1)]
        updates = self._reader.read_batch(result, self)
        for update in updates:
            ledger.fetched(update.update_id)
        if not updates and ledger.open:
            # Telegram answered at once with updates still being handled here: wait for half of them to be
            # done (bounded, so new updates of others are not held up long) instead of asking again and
            # again, each time for all of them.
            await ledger.room(max(1, (ledger.open + 1) // 2), _HOLD_WAIT)
        return updates
