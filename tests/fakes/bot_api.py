"""A strict, in-process fake of the Telegram Bot API for end-to-end tests and benchmarks.

Point python-telegram-bot at it with ``ApplicationBuilder().token(fake.token)
.base_url(fake.base_url).base_file_url(fake.base_file_url)``. It speaks real HTTP on 127.0.0.1,
decodes requests the way the Bot API does and rejects whatever Telegram would reject, with
Telegram's status codes and descriptions, so PTB raises the same exceptions it would in
production.

This module is the HTTP layer. The rest: _bot_api_harness and _bot_api_users (the test-side API),
_bot_api_methods (the Bot API methods), _bot_api_core (state and shared checks), _bot_api_rules (request
decoding, reply markup, commands, rate limits), _bot_api_text with _bot_api_html and _bot_api_markdown
(text rules; the parsers are ports of tdlib's), _bot_api_base and _bot_api_models.
"""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web
from aiohttp.abc import AbstractStreamWriter
from aiohttp.http_parser import RawRequestMessage
from aiohttp.streams import StreamReader
from aiohttp.web_protocol import RequestHandler

from tests.fakes._bot_api_base import ApiError
from tests.fakes._bot_api_core import dumps
from tests.fakes._bot_api_harness import BotApiHarness
from tests.fakes._bot_api_models import (
    CallbackAnswer,
    Chaos,
    FakeMessage,
    FakeUser,
    Fault,
    InjectedFault,
    RejectedRequest,
    SentRecord,
)
from tests.fakes._bot_api_rules import Params

__all__ = [
    "DEFAULT_TOKEN",
    "CallbackAnswer",
    "Chaos",
    "FakeBotApi",
    "FakeMessage",
    "FakeUser",
    "InjectedFault",
    "RejectedRequest",
    "SentRecord",
]

DEFAULT_TOKEN = "7000000001:AAFakeBotApiTokenForTestsOnly-0123456"
_MAX_BODY = 52 * 1024 * 1024
# Real Bot API methods the fake does not implement: answered with 501 so a test fails loudly
# instead of PTB mistaking Telegram's 404 for an invalid token.
_UNIMPLEMENTED = frozenset(
    name.lower()
    for name in (
        "sendPhoto sendAudio sendVideo sendVoice sendSticker sendAnimation sendVideoNote "
        "sendLocation sendVenue sendContact sendPoll sendDice sendMediaGroup sendInvoice "
        "forwardMessage forwardMessages copyMessage copyMessages deleteMessages editMessageCaption "
        "editMessageMedia pinChatMessage unpinChatMessage getChat getChatMember setMessageReaction "
        "setChatMenuButton getChatMenuButton setMyDescription getMyDescription setMyShortDescription "
        "getMyShortDescription setMyName getMyName answerInlineQuery"
    ).split()
)
_NGINX_PAGE = (
    "<html>\r\n<head><title>{0}</title></head>\r\n<body>\r\n<center><h1>{0}</h1></center>\r\n"
    "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
_FAULT_DESCRIPTIONS = {
    400: "Bad Request: injected failure",
    403: "Forbidden: bot was blocked by the user",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    500: "Internal Server Error",
}


def _json_response(status: int, payload: dict[str, Any]) -> web.Response:
    return web.Response(status=status, body=dumps(payload).encode(), content_type="application/json")


def _error_response(error: ApiError) -> web.Response:
    payload: dict[str, Any] = {"ok": False, "error_code": error.status, "description": error.description}
    if error.retry_after is not None:
        payload["parameters"] = {"retry_after": error.retry_after}
    return _json_response(error.status, payload)


class FakeBotApi(BotApiHarness):
    """A strict fake Telegram Bot API server; use ``async with FakeBotApi() as fake:``."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        bot_username: str = "loopbaan_test_bot",
        bot_first_name: str = "Loopbaanbot",
        global_rate: float | None = None,
        global_burst: float = 30.0,
        per_chat_rate: float | None = None,
        per_chat_burst: float = 3.0,
        strict_ampersand: bool = True,
        callback_query_ttl: float | None = None,
    ) -> None:
        super().__init__(
            token,
            bot_username=bot_username,
            bot_first_name=bot_first_name,
            global_rate=global_rate,
            global_burst=global_burst,
            per_chat_rate=per_chat_rate,
            per_chat_burst=per_chat_burst,
            strict_ampersand=strict_ampersand,
            callback_query_ttl=callback_query_ttl,
        )
        self._host = host
        self._port: int | None = None
        self._runner: web.ServerRunner | None = None

    # ----------------------------------------------------------------------------- lifecycle

    async def start(self) -> FakeBotApi:
        """Listen on a free port of ``host``; returns self."""
        if self._runner is not None:
            raise RuntimeError("FakeBotApi is already running")
        server = web.Server(
            self._handle, request_factory=self._make_request, handler_cancellation=True, access_log=None
        )
        runner = web.ServerRunner(server, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self._host, 0)
        await site.start()
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        """Answer any pending long poll and shut the server down."""
        poller = self._poller
        if poller is not None and not poller.done():
            poller.set_result("stopped")
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> FakeBotApi:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        """The TCP port the server listens on."""
        if self._port is None:
            raise RuntimeError("FakeBotApi is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """Value for ``ApplicationBuilder().base_url()`` / ``Bot(base_url=...)``."""
        return f"http://{self._host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for ``ApplicationBuilder().base_file_url()``."""
        return f"http://{self._host}:{self.port}/file/bot"

    # ----------------------------------------------------------------------------------- HTTP

    def _make_request(
        self,
        message: RawRequestMessage,
        payload: StreamReader,
        protocol: RequestHandler,
        writer: AbstractStreamWriter,
        task: asyncio.Task[None],
    ) -> web.BaseRequest:
        # Telegram accepts 50 MB uploads; aiohttp's default body limit is 1 MB.
        return web.BaseRequest(
            message, payload, protocol, writer, task, asyncio.get_running_loop(), client_max_size=_MAX_BODY
        )

    async def _read_params(self, request: web.BaseRequest) -> Params:
        values: dict[str, Any] = dict(request.query) if request.query_string else {}
        files: dict[str, Any] = {}
        content_type = request.content_type
        if content_type == "application/x-www-form-urlencoded":
            # Faster than request.post(), which builds a MultiDict this fake does not need.
            body = await request.read()
            values.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        elif content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise ApiError(400, "Bad Request: can't parse JSON object") from None
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: JSON object expected")
            values.update(body)
        elif content_type == "multipart/form-data":
            try:
                form = await request.post()
            except web.HTTPRequestEntityTooLarge:
                raise ApiError(413, "Request Entity Too Large") from None
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    files[key] = value
                else:
                    values[key] = value
        return Params(values, files) if values or files else Params({})

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        path = request.path
        if path.startswith("/file/bot"):
            return self._download(path)
        token, sep, method = path[4:].partition("/") if path.startswith("/bot") else ("", "", "")
        if not sep or not method:
            return _error_response(ApiError(404, "Not Found"))
        if token != self.token:
            error = ApiError(401, "Unauthorized")
            self._reject(method, None, error)
            return _error_response(error)
        entry = self._methods.get(method.lower())
        if entry is None:
            if method.lower() in _UNIMPLEMENTED:
                error = ApiError(501, f"Not Implemented: FakeBotApi does not implement {method}")
            else:
                error = ApiError(404, "Not Found")
            self._reject(method, None, error)
            return _error_response(error)
        name, handler = entry
        try:
            params = await self._read_params(request)
        except ApiError as error:
            self._reject(name, None, error)
            return _error_response(error)
        self.call_counts[name] += 1
        fault = self._take_fault(name, params)
        if fault is not None and not fault.after_processing:
            early = await self._apply_fault(fault, request)
            if early is not None:
                return early
        try:
            result = await self._get_updates(params) if handler is None else handler(params)
        except ApiError as error:
            self._reject(name, params, error)
            return _error_response(error)
        if name != "getUpdates":
            self._record(name, params, result)
            self._changed()
        if fault is not None and fault.after_processing:
            late = await self._apply_fault(fault, request)
            if late is not None:
                return late
        if name == "getUpdates":
            body = '{"ok":true,"result":[' + ",".join(result) + "]}"
        else:
            body = dumps({"ok": True, "result": result})
        return web.Response(body=body.encode(), content_type="application/json")

    async def _apply_fault(self, fault: Fault, request: web.BaseRequest) -> web.StreamResponse | None:
        """Return the faulty response, or None to carry on normally (after a stall)."""
        if fault.kind == "stall":
            await asyncio.sleep(fault.seconds)
            return None
        if fault.kind == "drop":
            transport = request.transport
            if transport is not None:
                transport.abort()
            # handler_cancellation cancels this handler once aiohttp sees the connection gone.
            await asyncio.sleep(30)
            return web.Response(status=500)
        if fault.status in (502, 503, 504):
            phrase = {502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Time-out"}[fault.status]
            page = _NGINX_PAGE.format(f"{fault.status} {phrase}")
            return web.Response(status=fault.status, text=page, content_type="text/html")
        if fault.status == 429:
            retry_after = fault.retry_after or 1
            description = fault.description or f"Too Many Requests: retry after {retry_after}"
            return _error_response(ApiError(429, description, retry_after=retry_after))
        description = fault.description or _FAULT_DESCRIPTIONS.get(
            fault.status, f"Injected error {fault.status}"
        )
        return _error_response(ApiError(fault.status, description, retry_after=fault.retry_after))

    def _download(self, path: str) -> web.Response:
        prefix = f"/file/bot{self.token}/"
        stored = self._files_by_path.get(path[len(prefix) :]) if path.startswith(prefix) else None
        if stored is None:
            return _error_response(ApiError(404, "Not Found"))
        return web.Response(body=stored.content, content_type=stored.mime_type or "application/octet-stream")
