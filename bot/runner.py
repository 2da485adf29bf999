"""Running the application with its channels in one event loop, until told to stop."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager

from .channels import Channel
from .wiring import App

__all__ = ["serving", "wait_for_stop"]


@asynccontextmanager
async def serving(app: App, channels: Sequence[Channel]) -> AsyncIterator[App]:
    """Attach and open the channels, start the app, take input; on exit the same in reverse.

    Stopping: no new input first, then the scheduler (a run in progress is cancelled), then each channel
    sends what it has queued, and the store closes last (a queued follow-up records its handover there).
    """
    for channel in channels:
        app.attach(channel.name, channel.courier)
    async with AsyncExitStack() as stack:
        stack.push_async_callback(app.stop)
        # The database first: one that cannot be used ends the start before any channel connects or listens.
        await app.store.open()
        for channel in channels:
            stack.push_async_callback(channel.close)
            await channel.open()
        await app.start()
        stack.push_async_callback(app.scheduler.stop)
        for channel in channels:
            stack.push_async_callback(channel.pause)
            await channel.serve()
        yield app


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
