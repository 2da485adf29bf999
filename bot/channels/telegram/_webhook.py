"""Receiving Telegram updates by webhook on aiohttp: the secret first, a bounded body, one update a time.

Telegram posts each update to the public https address (behind the school's reverse proxy) with the
secret in a header. Nothing is read before the secret checks out, a body larger than any real update is
refused before it is read, malformed JSON is a 400, and an update the library cannot parse is
acknowledged (200, so Telegram does not send it again and again), counted and skipped. Any other update
is answered once it is handled: a 200 is what tells Telegram it may forget the update.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from telegram import Update

from ._ledger import UpdateLedger
from ._updates import UpdateReader

__all__ = ["MAX_UPDATE_BYTES", "SECRET_HEADER", "webhook_handler"]

log = logging.getLogger("loopbaanbot.telegram.webhook")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# A real update is a few kilobytes; the largest (a long message with entities) stays far below this.
MAX_UPDATE_BYTES = 256 * 1024
# How long Telegram's request waits for its update to be handled (normally milliseconds).
_HANDLED_WITHIN = 30.0

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _refuse(status: int, reason: str) -> web.Response:
    response = web.Response(status=status, text=reason)
    # Close the connection: nothing of an unread body is kept or read.
    response.force_close()
    return response


def webhook_handler(
    secret: str,
    bot: Any,
    reader: UpdateReader,
    put: Callable[[Update], Awaitable[None]],
    ledger: UpdateLedger | None = None,
) -> Handler:
    """The aiohttp handler for the webhook path; `put` hands a parsed update to the application, and with a
    ledger the answer to Telegram waits until the update is handled (see _ledger)."""
    expected = secret.encode()

    async def handle(request: web.Request) -> web.StreamResponse:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            log.warning("webhook request without the right secret refused")
            return _refuse(403, "forbidden")
        length = request.content_length
        if length is not None and length > MAX_UPDATE_BYTES:
            log.warning("webhook update of %d bytes refused (the limit is %d)", length, MAX_UPDATE_BYTES)
            return _refuse(413, "too large")
        try:
            body = await request.content.read(MAX_UPDATE_BYTES + 1)
        except (ConnectionError, web.HTTPException):
            return _refuse(400, "unreadable body")
        if len(body) > MAX_UPDATE_BYTES:
            return _refuse(413, "too large")
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            log.warning("webhook body that is not JSON refused (%d bytes)", len(body))
            return _refuse(400, "not JSON")
        update = reader.read(data, bot)
        if update is None:
            return web.Response(text="ok")
        if ledger is None:
            await put(update)
            return web.Response(text="ok")
        if not ledger.seen(update.update_id):  # sent again while still being handled: wait for that one
            ledger.fetched(update.update_id)
            await put(update)
        if not await ledger.handled(update.update_id, _HANDLED_WITHIN):
            log.warning("update %s not handled within %.0f s: Telegram will send it again", update.update_id,
                        _HANDLED_WITHIN)  # fmt: skip
            return web.Response(status=503, text="busy")
        return web.Response(text="ok")

    return handle
