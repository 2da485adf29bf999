"""Running the application with its channels in one event loop, until told to stop."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager
from typing import Protocol

from .channels import Channel
from .school_log import SCHOOL
from .wiring import App

__all__ = ["Listener", "serving", "serving_many", "wait_for_stop"]


class Listener(Protocol):
    """Something with a channel's lifecycle that no app sends through (the server in front of schools)."""

    async def open(self) -> None: ...
    async def serve(self) -> None: ...
    async def pause(self) -> None: ...
    async def close(self) -> None: ...


@asynccontextmanager
async def serving(app: App, channels: Sequence[Channel]) -> AsyncIterator[App]:
    """Attach and open the channels, start the app, take input; on exit the same in reverse.

    Stopping: no new input first, then the scheduler (a run in progress is cancelled), then each channel
    sends what it has queued, and the store closes last (a queued follow-up records its handover there).
    """
    async with serving_many([(app, channels)]):
        yield app


@asynccontextmanager
async def serving_many(
    apps: Sequence[tuple[App, Sequence[Channel]]],
    listeners: Sequence[Listener] = (),
    *,
    names: Sequence[str] = (),
) -> AsyncIterator[None]:
    """`serving` for several apps (one per school) in one event loop, each step done for every app before
    the next step, so one school's database that cannot be used ends the start before anything listens.

    With `names` (the schools' slugs) each app's steps run with SCHOOL set, so the tasks they start (its
    channels, its scheduler) log as that school.
    """
    for app, channels in apps:
        for channel in channels:
            app.attach(channel.name, channel.courier)
    async with AsyncExitStack() as stack:
        for app, _channels in apps:
            stack.push_async_callback(app.stop)
            # The database first: one that cannot be used ends the start before any channel connects.
            await app.store.open()
        labels: list[str | None] = [*names] or [None] * len(apps)
        for (_app, channels), label in zip(apps, labels, strict=True):
            with _as_school(label):
                for channel in channels:
                    stack.push_async_callback(channel.close)
                    await channel.open()
        for listener in listeners:
            stack.push_async_callback(listener.close)
            await listener.open()
        starts = []
        for (app, _channels), label in zip(apps, labels, strict=True):
            stack.push_async_callback(app.scheduler.stop)
            with _as_school(label):
                starts.append(asyncio.ensure_future(app.start()))
        # Together, not one after the other: a school started first would send its follow-ups while the
        # next ones still start, and each start then waits behind it (with 20 schools, the last one's
        # follow-ups began seconds after the first one's; bench schools). A slow one holds up none.
        await _all_or_none(starts)
        for (_app, channels), label in zip(apps, labels, strict=True):
            with _as_school(label):
                for channel in channels:
                    stack.push_async_callback(channel.pause)
                    await channel.serve()
        for listener in listeners:
            stack.push_async_callback(listener.pause)
            await listener.serve()
        yield


async def _all_or_none(tasks: Sequence[asyncio.Future[None]]) -> None:
    """Wait for every task; when one fails, cancel the others and raise its error (not a group of them)."""
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


@contextmanager
def _as_school(name: str | None) -> Iterator[None]:
    token = SCHOOL.set(name) if name is not None else None
    try:
        yield
    finally:
        if token is not None:
            SCHOOL.reset(token)


async def wait_for_stop() -> None:
    """Until SIGTERM or SIGINT (Ctrl-C): a supervisor's stop and a person's stop end the same way."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGTERM, signal.SIGINT)
    for number in signals:
        with contextlib.suppress(NotImplementedError):  # Windows has no signal handlers in asyncio
            loop.add_signal_handler(number, stop.set)
    try:
        await stop.wait()
    finally:
        for number in signals:
            with contextlib.suppress(NotImplementedError):
                loop.remove_signal_handler(number)
