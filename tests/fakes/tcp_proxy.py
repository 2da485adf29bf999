"""A TCP forwarder on 127.0.0.1 between one client and a server (PostgreSQL's Unix socket) that can cut the
client off: a network partition. While cut, nothing passes either way and new connections wait. The server
gives up on the connections it cannot reach after `server_gives_up` seconds, as PostgreSQL does when its TCP
keepalives go unanswered (storage._postgres.KEEPALIVE: about 25 s): their transactions roll back and their
locks go. When the partition heals, the client finds those connections closed; anything younger is let
through, held-back data first."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

__all__ = ["Partition"]


class Partition:
    """`async with Partition(socket) as link:` then connect to 127.0.0.1:`link.port`; `cut()` and `heal()`."""

    def __init__(self, target: Path, *, server_gives_up: float = 25.0) -> None:
        self._target = target
        self._gives_up = server_gives_up
        self._open = asyncio.Event()
        self._open.set()
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._upstreams: set[asyncio.StreamWriter] = set()
        self._dropping: asyncio.Task[None] | None = None
        self.port = 0
        self.dropped = 0

    async def __aenter__(self) -> Partition:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def __aexit__(self, *_: object) -> None:
        self._open.set()
        if self._dropping is not None:
            self._dropping.cancel()
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def cut(self) -> None:
        """Nothing passes any more (connections stay open, as across a broken network)."""
        self._open.clear()
        self._dropping = asyncio.create_task(self._server_gives_up())

    def heal(self) -> None:
        """Everything passes again, held-back data first."""
        if self._dropping is not None:
            self._dropping.cancel()
            self._dropping = None
        self._open.set()

    async def _server_gives_up(self) -> None:
        await asyncio.sleep(self._gives_up)
        for upstream in list(self._upstreams):
            self.dropped += 1
            with contextlib.suppress(ConnectionError, OSError):
                upstream.close()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await self._open.wait()
        try:
            upstream_reader, upstream_writer = await asyncio.open_unix_connection(str(self._target))
        except OSError:
            writer.close()
            return
        self._upstreams.add(upstream_writer)
        for source, sink in ((reader, upstream_writer), (upstream_reader, writer)):
            task = asyncio.create_task(self._pump(source, sink))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _pump(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        try:
            while data := await source.read(65536):
                await self._open.wait()
                if sink.is_closing():
                    break
                sink.write(data)
                await sink.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            self._upstreams.discard(sink)
            await self._open.wait()
            with contextlib.suppress(ConnectionError, OSError):
                sink.close()
