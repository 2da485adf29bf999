"""State, bookkeeping and shared checks of the fake Bot API (methods: _bot_api_methods.py)."""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter, deque
from collections.abc import Callable
from typing import Any

from tests.fakes._bot_api_base import ApiError, bad_request
from tests.fakes._bot_api_models import (
    CallbackAnswer,
    Chaos,
    ChatState,
    FakeMessage,
    FakeUser,
    Fault,
    InjectedFault,
    RejectedRequest,
    SentRecord,
    StoredFile,
)
from tests.fakes._bot_api_rules import (
    DEFAULT_ALLOWED_UPDATES,
    Params,
    TokenBucket,
    too_many_requests,
)
from tests.fakes._bot_api_text import prepare_text

__all__ = ["BotApiCore", "dumps"]

_BLOCKED = "Forbidden: bot was blocked by the user"
# Methods Telegram rate-limits per chat and globally (sends and edits).
_RATE_LIMITED = frozenset({"sendMessage", "sendDocument", "editMessageText", "editMessageReplyMarkup"})


def dumps(value: Any) -> str:
    """Compact JSON as Telegram sends it (UTF-8, no ASCII escaping)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class BotApiCore:
    """Bot API state and method handlers, independent of the HTTP transport."""

    def __init__(
        self,
        token: str,
        *,
        bot_username: str,
        bot_first_name: str,
        global_rate: float | None,
        global_burst: float,
        per_chat_rate: float | None,
        per_chat_burst: float,
        strict_ampersand: bool,
        callback_query_ttl: float | None,
    ) -> None:
        bot_id, sep, secret = token.partition(":")
        if not (sep and bot_id.isdigit() and secret):
            raise ValueError(f"token must look like '123456:secret', got {token!r}")
        self.token = token
        self.bot_user: dict[str, Any] = {
            "id": int(bot_id),
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.strict_ampersand = strict_ampersand
        self.callback_query_ttl = callback_query_ttl
        self.sent: list[SentRecord] = []
        # Called with every successful bot call; lets a benchmark react per chat without polling.
        self.listeners: list[Callable[[SentRecord], None]] = []
        # Called with the update_ids a getUpdates offset just confirmed (Telegram forgets them then).
        self.confirm_listeners: list[Callable[[list[int]], None]] = []
        self.errors: list[RejectedRequest] = []
        self.injected: list[InjectedFault] = []
        self.answered_callbacks: list[CallbackAnswer] = []
        self.dropped_updates: list[dict[str, Any]] = []
        self.call_counts: Counter[str] = Counter()
        self.webhook: dict[str, Any] | None = None
        self._callback_queries: dict[str, CallbackAnswer] = {}
        self._commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self._chats: dict[int, ChatState] = {}
        self._files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}
        # (update_id, JSON text): encoding at enqueue time freezes the snapshot the user "sent".
        self._updates: deque[tuple[int, str]] = deque()
        # Every update handed out by getUpdates, as (update_id, JSON text), to redeliver one in a test.
        self.delivered: list[tuple[int, str]] = []
        self._next_update_id = 815_000_001
        self._counter = 0
        self._allowed_updates = DEFAULT_ALLOWED_UPDATES
        self._faults: list[Fault] = []
        self._chaos: dict[str, tuple[Chaos, random.Random]] = {}
        self._poller: asyncio.Future[str] | None = None
        self._change_event: asyncio.Event | None = None
        self._global_bucket: TokenBucket | None = None
        self._per_chat_rate: float | None = None
        self._per_chat_burst = per_chat_burst
        self.set_rate_limits(
            global_rate, per_chat_rate, global_burst=global_burst, per_chat_burst=per_chat_burst
        )
        self._methods: dict[str, tuple[str, Callable[[Params], Any] | None]] = {
            name.lower(): (name, handler) for name, handler in self._method_table()
        }

    # ------------------------------------------------------------------------------ plumbing

    def set_rate_limits(
        self,
        global_rate: float | None = None,
        per_chat_rate: float | None = None,
        *,
        global_burst: float = 30.0,
        per_chat_burst: float = 3.0,
    ) -> None:
        """Enable (rate in messages/s) or disable (None) Telegram-style flood limits."""
        now = time.monotonic()
        self._global_bucket = TokenBucket(global_rate, global_burst, now) if global_rate else None
        self._per_chat_rate = per_chat_rate or None
        self._per_chat_burst = per_chat_burst
        for chat in self._chats.values():
            chat.bucket = None

    def _changed(self) -> None:
        # Wakes every wait_for(); a fresh Event is made only when somebody waits again.
        event = self._change_event
        if event is not None:
            self._change_event = None
            event.set()

    def _now(self) -> int:
        return int(time.time())

    def _next_id(self) -> int:
        self._counter += 1
        return self._counter

    def _chat_state(self, chat_id: int) -> ChatState:
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = ChatState(FakeUser(chat_id))
        return chat

    def _message_json(self, message: FakeMessage) -> dict[str, Any]:
        chat = self._chats[message.chat_id]
        sender = self.bot_user if message.from_bot else chat.user.to_json()
        return message.to_json(sender, chat.user.chat_json())

    def _enqueue(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        encoded = dumps({"update_id": update_id, kind: payload})
        if kind not in self._allowed_updates:
            # Telegram never stores updates of types the bot did not ask for.
            self.dropped_updates.append(json.loads(encoded))
        else:
            self._updates.append((update_id, encoded))
            poller = self._poller
            if poller is not None and not poller.done():
                poller.set_result("update")
        self._changed()
        return update_id

    @staticmethod
    def _peek_chat_id(params: Params) -> int | None:
        raw = params.string("chat_id")
        try:
            return int(raw) if raw is not None else None
        except ValueError:
            return None

    def _record(self, method: str, params: Params, result: Any) -> None:
        message_id = result.get("message_id") if isinstance(result, dict) else None
        if message_id is None and "message_id" in params:
            message_id = params.integer("message_id")
        record = SentRecord(
            method=method,
            chat_id=self._peek_chat_id(params),
            message_id=message_id,
            text=params.string("text") if "text" in params else params.string("caption"),
            parse_mode=params.string("parse_mode"),
            reply_markup=params.markup,
            params=dict(params.values),
            time=time.monotonic(),
        )
        self.sent.append(record)
        for listener in self.listeners:
            listener(record)

    def _reject(self, method: str, params: Params | None, error: ApiError) -> None:
        self.errors.append(
            RejectedRequest(
                method=method,
                status=error.status,
                description=error.description,
                chat_id=self._peek_chat_id(params) if params is not None else None,
                params=dict(params.values) if params is not None else {},
                time=time.monotonic(),
            )
        )
        self._changed()

    def _take_fault(self, method: str, params: Params) -> Fault | None:
        if not self._faults and not self._chaos:
            return None
        chat_id = self._peek_chat_id(params)
        chosen = next((fault for fault in self._faults if fault.matches(method, chat_id)), None)
        if chosen is not None:
            chosen.times -= 1
            if chosen.times <= 0:
                self._faults.remove(chosen)
        elif (chaos := self._chaos.get(method.lower())) is not None:
            chosen = chaos[0].draw(method.lower(), chat_id, chaos[1])
        if chosen is not None:
            self.injected.append(
                InjectedFault(
                    method, chosen.kind, chosen.status, chat_id, time.monotonic(), chosen.after_processing
                )
            )
        return chosen

    # ------------------------------------------------------------------------------ checks

    def _target_chat(self, params: Params, *, check_blocked: bool = True) -> ChatState:
        raw = params.string("chat_id")
        if raw is None or not raw.strip():
            raise bad_request("chat_id is empty")
        try:
            chat_id = int(raw)
        except ValueError:
            # "@username" only resolves public channels/supergroups, never private chats.
            raise bad_request("chat not found") from None
        if chat_id == self.bot_user["id"]:
            raise ApiError(403, "Forbidden: bot can't send messages to bots")
        chat = self._chats.get(chat_id)
        if chat is None or not chat.seen:
            raise bad_request("chat not found")
        if check_blocked and chat.blocked:
            raise ApiError(403, _BLOCKED)
        return chat

    def _check_reply(self, chat: ChatState, params: Params) -> None:
        reply = params.json_value("reply_parameters", "can't parse reply parameters JSON object")
        if reply is not None:
            if not isinstance(reply, dict):
                raise bad_request("object expected as reply parameters")
            if "message_id" not in reply:
                raise bad_request('can\'t find field "message_id"')
            target, allow = reply["message_id"], bool(reply.get("allow_sending_without_reply"))
        elif "reply_to_message_id" in params:
            target, allow = (
                params.integer("reply_to_message_id"),
                params.boolean("allow_sending_without_reply"),
            )
        else:
            return
        message = chat.messages.get(target) if isinstance(target, int) else None
        if (message is None or message.deleted) and not allow:
            raise bad_request("message to be replied not found")
        if params.integer("message_thread_id"):
            raise bad_request("message thread not found")

    def _rate_limit(self, method: str, chat: ChatState) -> None:
        if method not in _RATE_LIMITED or (self._global_bucket is None and self._per_chat_rate is None):
            return
        now = time.monotonic()
        if self._per_chat_rate is not None and chat.bucket is None:
            chat.bucket = TokenBucket(self._per_chat_rate, self._per_chat_burst, now)
        buckets = [bucket for bucket in (self._global_bucket, chat.bucket) if bucket is not None]
        wait = max(bucket.wait_time(now) for bucket in buckets)
        if wait > 0:
            raise too_many_requests(wait)
        for bucket in buckets:
            bucket.take(now)

    def _text(
        self, params: Params, field: str = "text", *, caption: bool = False
    ) -> tuple[str, list[dict[str, Any]]]:
        entities_field = "caption_entities" if caption else "entities"
        text, entities = prepare_text(
            params.string(field),
            params.string("parse_mode"),
            params.json_value(entities_field, "can't parse entities JSON object"),
            caption=caption,
            strict_ampersand=self.strict_ampersand,
        )
        for entity in entities:
            if entity["type"] == "text_mention":
                user = entity.get("user")
                chat = self._chats.get(user.get("id", 0)) if isinstance(user, dict) else None
                if chat is None:
                    raise bad_request("user not found")
                entity["user"] = chat.user.to_json()
        return text, entities

    def _bot_message_to_edit(self, params: Params) -> tuple[ChatState, FakeMessage]:
        if params.string("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self._target_chat(params)
        message_id = params.integer("message_id")
        if message_id <= 0:
            raise bad_request("message identifier is not specified")
        message = chat.messages.get(message_id)
        if message is None or message.deleted:
            raise bad_request("message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return chat, message

    @staticmethod
    def _inline_only(markup: dict[str, Any] | None) -> dict[str, Any] | None:
        # Messages only keep (and report) inline keyboards; reply keyboards live on the client.
        return markup if markup is not None and "inline_keyboard" in markup else None

    def _store_bot_message(self, chat: ChatState, message: FakeMessage) -> dict[str, Any]:
        chat.messages[message.message_id] = message
        chat.bot_messages.append(message)
        message.markup_history.append(message.reply_markup)
        return self._message_json(message)

    def _store_file(self, content: bytes, folder: str, name: str, mime_type: str | None) -> StoredFile:
        number = self._next_id()
        suffix = name.rsplit(".", 1)[-1] if "." in name else "bin"
        stored = StoredFile(
            file_id=f"BQACAgQAAxkBAAI{number:06d}{self.bot_user['id'] % 100_000:05d}",
            file_unique_id=f"AgAD{number:08d}",
            file_path=f"{folder}/file_{number}.{suffix}",
            content=content,
            file_name=name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    def _method_table(self) -> list[tuple[str, Callable[[Params], Any] | None]]:
        """(Bot API method, handler) pairs served by the fake; None marks the async getUpdates."""
        return []
