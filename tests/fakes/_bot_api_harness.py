# The wait_* helpers take a timeout argument on purpose: a deadline is their whole API.
# ruff: noqa: ASYNC109
"""The test-side API of FakeBotApi: users' actions, fault injection, inspection and waiting."""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
from collections.abc import Callable
from typing import Any, TypeVar

from tests.fakes._bot_api_base import utf16_len
from tests.fakes._bot_api_methods import BotApiMethods
from tests.fakes._bot_api_models import CallbackAnswer, Chaos, FakeMessage, FakeUser, Fault

__all__ = ["BotApiHarness"]

_T = TypeVar("_T")
_COMMAND_RE = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
_URL_RE = re.compile(r"https?://[^\s<>\"]+")


def _detect_entities(text: str) -> list[dict[str, Any]]:
    # Telegram's server marks commands and links in what users type; PTB's CommandHandler needs it.
    found = [(m, "bot_command") for m in _COMMAND_RE.finditer(text)]
    found += [(m, "url") for m in _URL_RE.finditer(text)]
    found.sort(key=lambda item: item[0].start())
    return [
        {"offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group()), "type": kind}
        for m, kind in found
    ]


class BotApiHarness(BotApiMethods):
    """What tests do and check: play the users, inject faults, inspect and await the bot's calls."""

    # -------------------------------------------------------------------------- fault injection

    def fail_next(
        self,
        method: str,
        status: int = 500,
        retry_after: int | None = None,
        description: str | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` ("*" for any) fail with ``status``.

        429 carries ``parameters.retry_after`` (default 1); 502/503/504 come as nginx HTML pages
        like Telegram's front end sends; other statuses as Telegram JSON errors.
        """
        self._faults.append(
            Fault(
                method.lower(),
                "fail",
                times,
                chat_id,
                status,
                description=description,
                retry_after=retry_after,
            )
        )

    def drop_connection_next(
        self, method: str, *, times: int = 1, chat_id: int | None = None, after_processing: bool = False
    ) -> None:
        """Close the socket instead of answering; with after_processing the call still takes effect."""
        self._faults.append(Fault(method.lower(), "drop", times, chat_id, after_processing=after_processing))

    def stall_next(
        self,
        method: str,
        seconds: float,
        *,
        times: int = 1,
        chat_id: int | None = None,
        after_processing: bool = True,
    ) -> None:
        """Delay the answer by ``seconds`` (to provoke PTB's TimedOut); the call takes effect first."""
        self._faults.append(
            Fault(method.lower(), "stall", times, chat_id, seconds=seconds, after_processing=after_processing)
        )

    def chaos(self, method: str, chaos: Chaos | None) -> None:
        """Random faults for every call of ``method`` from now on (None: no more); queued faults go first."""
        if chaos is None:
            self._chaos.pop(method.lower(), None)
        else:
            self._chaos[method.lower()] = (chaos, random.Random(chaos.seed))

    def send_raw_update(self, raw: str) -> int:
        """Queue an update exactly as given (JSON text after "update_id"), as a server of another version
        or a broken proxy might send it; returns its update_id."""
        update_id = self._next_update_id
        self._next_update_id += 1
        self._updates.append((update_id, f'{{"update_id":{update_id}{raw}}}'))
        poller = self._poller
        if poller is not None and not poller.done():
            poller.set_result("update")
        self._changed()
        return update_id

    def redeliver(self, update_id: int) -> None:
        """Deliver a handled update again, as Telegram does when the bot died before confirming it."""
        encoded = next(text for number, text in self.delivered if number == update_id)
        self._updates.appendleft((update_id, encoded))
        poller = self._poller
        if poller is not None and not poller.done():
            poller.set_result("update")
        self._changed()

    def block(self, chat_id: int, *, notify: bool = True) -> None:
        """The user blocks the bot: sends to the chat get 403; queues my_chat_member if notify."""
        chat = self._chat_state(chat_id)
        chat.blocked = True
        if notify:
            self._member_update(chat_id, "member", "kicked")

    def unblock(self, chat_id: int, *, notify: bool = True) -> None:
        """The user unblocks the bot (restarts it)."""
        chat = self._chat_state(chat_id)
        chat.blocked = False
        if notify:
            self._member_update(chat_id, "kicked", "member")

    def _member_update(self, chat_id: int, old: str, new: str) -> None:
        chat = self._chats[chat_id]
        chat.seen = True
        old_member: dict[str, Any] = {"user": self.bot_user, "status": old}
        new_member: dict[str, Any] = {"user": self.bot_user, "status": new}
        for member in (old_member, new_member):
            if member["status"] == "kicked":
                member["until_date"] = 0  # Telegram always sends it for banned members
        self._enqueue(
            "my_chat_member",
            {
                "chat": chat.user.chat_json(),
                "from": chat.user.to_json(),
                "date": self._now(),
                "old_chat_member": old_member,
                "new_chat_member": new_member,
            },
        )

    # ---------------------------------------------------------------------------- user actions

    def user(
        self,
        chat_id: int,
        first_name: str = "Sam",
        language_code: str | None = "nl",
        *,
        last_name: str | None = None,
        username: str | None = None,
    ) -> FakeUser:
        """Register (or update) the user of private chat ``chat_id``; the other helpers auto-register."""
        if chat_id <= 0:
            raise ValueError("private chat ids (user ids) are positive")
        chat = self._chat_state(chat_id)
        chat.user = FakeUser(chat_id, first_name, language_code, last_name, username)
        return chat.user

    def file_content(self, message: FakeMessage) -> bytes:
        """The bytes of a document the bot sent."""
        return self._files[message.media["document"]["file_id"]].content

    def started(self, chat_id: int, first_name: str = "Sam", language_code: str | None = "nl") -> FakeUser:
        """A user who started the bot some time ago: the bot may message them, no update is queued."""
        user = self.user(chat_id, first_name, language_code)
        self._chat_state(chat_id).seen = True
        return user

    def _user_message(
        self,
        chat_id: int,
        kind: str,
        text: str | None = None,
        entities: list[dict[str, Any]] | None = None,
        media: dict[str, Any] | None = None,
    ) -> int:
        chat = self._chat_state(chat_id)
        chat.seen = True
        message = FakeMessage(
            chat_id=chat_id,
            message_id=chat.new_message_id(),
            from_bot=False,
            date=self._now(),
            kind=kind,
            text=text,
            entities=entities or [],
            media=media or {},
        )
        chat.messages[message.message_id] = message
        return self._enqueue("message", self._message_json(message))

    def send_text(self, chat_id: int, text: str, *, entities: list[dict[str, Any]] | None = None) -> int:
        """The user types ``text``; commands/URLs get entities as Telegram adds them. Returns update_id."""
        return self._user_message(
            chat_id, "text", text, _detect_entities(text) if entities is None else entities
        )

    def send_command(self, chat_id: int, command: str, args: str = "") -> int:
        """The user sends ``/command [args]`` with a bot_command entity at offset 0."""
        command = command if command.startswith("/") else f"/{command}"
        text = f"{command} {args}" if args else command
        entity = {"offset": 0, "length": utf16_len(command), "type": "bot_command"}
        return self._user_message(chat_id, "text", text, [entity])

    def send_sticker(self, chat_id: int, emoji: str = "👍") -> int:
        """The user sends a sticker."""
        number = self._next_id()
        sticker = {
            "width": 512,
            "height": 512,
            "emoji": emoji,
            "set_name": "FakeStickers",
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "file_id": f"CAACAgIAAxkBAAI{number:08d}",
            "file_unique_id": f"AgADs{number:06d}",
            "file_size": 23_456,
        }
        return self._user_message(chat_id, "sticker", media={"sticker": sticker})

    def send_photo(
        self, chat_id: int, caption: str | None = None, *, content: bytes = b"\xff\xd8fakejpeg"
    ) -> int:
        """The user sends a photo (two sizes, like Telegram)."""
        stored = self._store_file(content, "photos", "photo.jpg", "image/jpeg")
        small = {"file_id": f"{stored.file_id}s", "file_unique_id": f"{stored.file_unique_id}s"}
        large = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
        sizes = [
            {**small, "file_size": 1_200, "width": 90, "height": 67},
            {**large, "file_size": len(content), "width": 1280, "height": 960},
        ]
        return self._user_message(chat_id, "photo", caption, media={"photo": sizes})

    def send_voice(self, chat_id: int, duration: int = 3, *, content: bytes = b"OggSfakevoice") -> int:
        """The user sends a voice note."""
        stored = self._store_file(content, "voice", "voice.oga", "audio/ogg")
        voice = {
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(content),
        }
        return self._user_message(chat_id, "voice", media={"voice": voice})

    def send_location(self, chat_id: int, latitude: float = 52.3676, longitude: float = 4.9041) -> int:
        """The user shares a location (Amsterdam by default)."""
        return self._user_message(
            chat_id, "location", media={"location": {"latitude": latitude, "longitude": longitude}}
        )

    def send_document(
        self,
        chat_id: int,
        file_name: str = "cv.pdf",
        content: bytes = b"%PDF-1.4 fake",
        mime_type: str = "application/pdf",
        caption: str | None = None,
    ) -> int:
        """The user sends a file; the bot can fetch it with getFile and the file URL."""
        stored = self._store_file(content, "documents", file_name, mime_type)
        document = {
            "file_name": file_name,
            "mime_type": mime_type,
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(content),
        }
        return self._user_message(chat_id, "document", caption, media={"document": document})

    def edit_text(self, chat_id: int, message_id: int, new_text: str) -> int:
        """The user edits one of their text messages: queues an ``edited_message`` update."""
        chat = self._chats.get(chat_id)
        message = chat.messages.get(message_id) if chat else None
        if message is None or message.from_bot or message.kind != "text" or message.deleted:
            raise ValueError(f"chat {chat_id} has no text message {message_id} from the user")
        message.text, message.entities = new_text, _detect_entities(new_text)
        message.edit_date = self._now()
        return self._enqueue("edited_message", self._message_json(message))

    def press_button(self, chat_id: int, message_id: int, callback_data: str, *, stale: bool = False) -> str:
        """The user taps an inline button of a bot message; returns the callback_query_id.

        The button must be on the message's current keyboard (any earlier keyboard with
        ``stale=True``, to mimic a client that has not yet seen an edit).
        """
        chat = self._chats.get(chat_id)
        message = chat.messages.get(message_id) if chat else None
        if chat is None or message is None or not message.from_bot or message.deleted:
            raise ValueError(f"chat {chat_id} has no bot message {message_id}")
        markups = message.markup_history if stale else [message.reply_markup]
        available = {
            button.get("callback_data")
            for markup in markups
            if markup
            for row in markup.get("inline_keyboard", [])
            for button in row
        }
        if callback_data not in available:
            raise ValueError(
                f"message {message_id} has no button with callback_data {callback_data!r}; "
                f"it has {message.callback_data()}"
            )
        query_id = str(4_700_000_000_000_000_000 + self._next_id())
        self._callback_queries[query_id] = CallbackAnswer(
            query_id, chat_id, message_id, callback_data, created=time.monotonic()
        )
        self._enqueue(
            "callback_query",
            {
                "id": query_id,
                "from": chat.user.to_json(),
                "message": self._message_json(message),
                "chat_instance": str(-(chat_id * 7_919 + self.bot_user["id"]) % 10**19),
                "data": callback_data,
            },
        )
        return query_id

    def press_forged(self, chat_id: int, message_id: int, callback_data: str) -> str:
        """A modified client sends callback data that is not on the message's keyboard."""
        chat = self._chats[chat_id]
        message = chat.messages[message_id]
        query_id = str(4_800_000_000_000_000_000 + self._next_id())
        self._callback_queries[query_id] = CallbackAnswer(
            query_id, chat_id, message_id, callback_data, created=time.monotonic()
        )
        self._enqueue(
            "callback_query",
            {
                "id": query_id,
                "from": chat.user.to_json(),
                "message": self._message_json(message),
                "chat_instance": str(-(chat_id * 7_919 + self.bot_user["id"]) % 10**19),
                "data": callback_data,
            },
        )
        return query_id

    # ------------------------------------------------------------------------------ inspection

    def messages(self, chat_id: int, *, include_deleted: bool = False) -> list[FakeMessage]:
        """The bot's messages in ``chat_id`` in send order, in their current (edited) state."""
        chat = self._chats.get(chat_id)
        if chat is None:
            return []
        return [m for m in chat.bot_messages if include_deleted or not m.deleted]

    def chat_log(self, chat_id: int) -> list[FakeMessage]:
        """Every message of the chat (user's and bot's, deleted ones flagged) by message_id."""
        chat = self._chats.get(chat_id)
        return sorted(chat.messages.values(), key=lambda m: m.message_id) if chat else []

    @property
    def commands(self) -> dict[tuple[str, str], list[dict[str, str]]]:
        """Command lists by (canonical scope JSON, language_code)."""
        return {key: [dict(c) for c in value] for key, value in self._commands.items()}

    def get_commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """The commands set for a scope (default scope when None) and language."""
        key = json.dumps(scope or {"type": "default"}, sort_keys=True)
        return [dict(c) for c in self._commands.get((key, language_code), [])]

    @property
    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by a getUpdates offset."""
        return len(self._updates)

    def callback_answer(self, callback_query_id: str) -> CallbackAnswer | None:
        """The callback query created by press_button (check ``.answered``)."""
        return self._callback_queries.get(callback_query_id)

    def assert_no_errors(self) -> None:
        """Raise AssertionError listing every request the fake rejected."""
        if self.errors:
            lines = "\n".join(
                f"  {e.method} -> {e.status} {e.description} (chat {e.chat_id})" for e in self.errors
            )
            raise AssertionError(f"FakeBotApi rejected {len(self.errors)} request(s):\n{lines}")

    def reset_records(self) -> None:
        """Forget sent/errors/injected/answered records (state such as messages is kept)."""
        self.sent.clear()
        self.errors.clear()
        self.injected.clear()
        self.answered_callbacks.clear()
        self.call_counts.clear()

    # --------------------------------------------------------------------------------- waiting

    async def wait_for(self, predicate: Callable[[], _T | None], timeout: float = 5.0) -> _T:
        """Wait until ``predicate()`` is truthy (re-checked on every state change); return it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            value = predicate()
            if value:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout}s; {self._summary()}")
            if self._change_event is None:
                self._change_event = asyncio.Event()
            event = self._change_event
            try:
                async with asyncio.timeout(remaining):
                    await event.wait()
            except TimeoutError:
                continue

    def _summary(self) -> str:
        last = [f"{r.method}({r.chat_id}): {r.text!r}" for r in self.sent[-3:]]
        errors = [f"{e.method}: {e.status} {e.description}" for e in self.errors[-3:]]
        return f"last calls {last}; rejected {errors}; pending updates {len(self._updates)}"

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 5.0) -> list[FakeMessage]:
        """Wait until the bot has sent ``count`` messages to the chat; return them all (deleted too)."""

        def enough() -> list[FakeMessage] | None:
            sent = self.messages(chat_id, include_deleted=True)
            return sent if len(sent) >= count else None

        return await self.wait_for(enough, timeout)

    async def next_bot_message(self, chat_id: int, timeout: float = 5.0) -> FakeMessage:
        """The next bot message in the chat not yet returned by this method (race-free cursor)."""
        chat = self._chat_state(chat_id)
        message = await self.wait_for(
            lambda: (
                chat.bot_messages[chat.read_cursor] if len(chat.bot_messages) > chat.read_cursor else None
            ),
            timeout,
        )
        chat.read_cursor += 1
        return message

    def mark_read(self, chat_id: int) -> None:
        """Move the next_bot_message cursor past everything sent so far."""
        chat = self._chat_state(chat_id)
        chat.read_cursor = len(chat.bot_messages)

    async def wait_for_answer(self, callback_query_id: str, timeout: float = 5.0) -> CallbackAnswer:
        """Wait until the bot answered the callback query."""

        def answered() -> CallbackAnswer | None:
            query = self._callback_queries.get(callback_query_id)
            return query if query is not None and query.answered else None

        return await self.wait_for(answered, timeout)

    async def wait_until_fetched(self, timeout: float = 5.0) -> None:
        """Wait until every queued update was fetched and confirmed by the bot's getUpdates."""
        await self.wait_for(lambda: not self._updates, timeout)
