"""python-telegram-bot's HTTP layer on aiohttp's client instead of httpx.

PTB documents `BaseRequest` as the place to plug in another HTTP library. Measured in `bench telegram`:
each Bot API call costs the bot about 1.5 ms of CPU through httpx (request building, h11, anyio, the
connection pool), which made the HTTP client, not the conversation, the bot's bottleneck. It goes through
the proxy in HTTPS_PROXY (HTTP_PROXY for an http:// Bot API server) unless NO_PROXY names the host.
Requests are JSON (the Bot API takes it for every method), uploads multipart.
"""

from __future__ import annotations

import json
import urllib.request
from urllib.parse import urlsplit

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

__all__ = ["AiohttpRequest", "AnswerLostError", "RequestNotSentError"]


_JSON = {"Content-Type": "application/json"}


class RequestNotSentError(NetworkError):
    """The request never left: no connection could be made. Safe to retry, even for a follow-up."""


class AnswerLostError(NetworkError):
    """The request left but the answer never came (the connection broke): Telegram may have acted on it."""


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` that talks to the Bot API through one aiohttp session with a bounded pool."""

    def __init__(
        self,
        *,
        connection_pool_size: int = 8,
        # Telegram answers within a second or two; up to 30 s a slow answer is still an answer (a send that
        # times out may have reached Telegram, and is then never sent again: see _outbox).
        read_timeout: float | None = 30.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        """The read timeout used when a call does not pass one (PTB adds getUpdates' long-poll time)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (idempotent)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool, enable_cleanup_closed=True)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        """Close the session (idempotent)."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def _proxy_for(self, url: str) -> str | None:
        """The proxy HTTPS_PROXY (HTTP_PROXY for http://) names for this address, unless NO_PROXY exempts it.

        School networks often send outbound traffic through a proxy; aiohttp ignores these variables
        unless asked (trust_env), and then reads the whole environment on every request (measured: about
        0.5 ms each), so they are read once per host here.
        """
        parts = urlsplit(url)
        key = (parts.scheme, parts.hostname or "")
        if key not in self._proxies:
            proxy = urllib.request.getproxies().get(parts.scheme)
            if proxy is not None and urllib.request.proxy_bypass(key[1]):
                proxy = None
            self._proxies[key] = proxy
        return self._proxies[key]

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        write_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        connect_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        pool_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Make the HTTP request; network trouble becomes PTB's NetworkError or TimedOut."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        data: aiohttp.FormData | bytes
        headers: dict[str, str] | None = None
        if files and request_data is not None:
            data = aiohttp.FormData(request_data.json_parameters)
            for name, (filename, content, mime) in files.items():
                data.add_field(name, content, filename=filename, content_type=mime)
        else:
            # JSON, which the Bot API takes for every method but uploads: encoded in C. Urlencoding quotes a
            # message character by character in Python (and aiohttp's FormData sets up a multipart writer,
            # with a random boundary from the OS, for every request to do it).
            parameters = request_data.parameters if request_data else {}
            data = json.dumps(parameters, ensure_ascii=False, separators=(",", ":")).encode()
            headers = _JSON

        def chosen(value: object, default: float | None) -> float | None:
            return default if value is BaseRequest.DEFAULT_NONE else value  # type: ignore[return-value]

        connect = chosen(connect_timeout, self._connect_timeout)
        pool = chosen(pool_timeout, self._pool_timeout)
        write = chosen(write_timeout, self._media_write_timeout if files else self._write_timeout)
        read = chosen(read_timeout, self._read_timeout)
        # aiohttp has no write timeout of its own; sending counts towards the total.
        timeout = aiohttp.ClientTimeout(
            total=None if read is None or write is None else read + write + (connect or 0) + (pool or 0),
            connect=None if connect is None and pool is None else (connect or 0) + (pool or 0),
            sock_read=read,
        )
        try:
            proxy = self._proxy_for(url)
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=timeout, proxy=proxy
            ) as response:
                return response.status, await response.read()
        except (aiohttp.ConnectionTimeoutError, aiohttp.ClientConnectorError) as exc:
            # Before the request was written: connecting (or waiting for a pooled connection) failed.
            raise RequestNotSentError(f"aiohttp.{type(exc).__name__}") from exc
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise AnswerLostError(f"aiohttp.{type(exc).__name__}") from exc
