"""A forwarding HTTP proxy on 127.0.0.1 that counts what passes through (a school network's proxy)."""

from __future__ import annotations

from types import TracebackType

import aiohttp
from aiohttp import web

__all__ = ["FakeProxy"]


class FakeProxy:
    """Takes requests in absolute form (`POST http://host/path`), forwards them, and keeps their paths."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None
        self.port = 0

    async def __aenter__(self) -> FakeProxy:
        server = web.Application()
        server.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner = web.AppRunner(server, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self._client = aiohttp.ClientSession()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._client is not None:
            await self._client.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        """The proxy's address, as HTTP_PROXY or HTTPS_PROXY take it."""
        return f"http://127.0.0.1:{self.port}"

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        assert self._client is not None
        self.paths.append(request.path)
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
        async with self._client.request(request.method, request.url, data=body, headers=headers) as answer:
            payload = await answer.read()
            return web.Response(body=payload, status=answer.status, content_type=answer.content_type)
