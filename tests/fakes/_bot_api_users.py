"""The users' side of FakeBotApi: what the people in the chats do (write, send, edit, tap, block)."""

from __future__ import annotations

import re
import time
from typing import Any

from tests.fakes._bot_api_base import utf16_len
from tests.fakes._bot_api_methods import BotApiMethods
from tests.fakes._bot_api_models import CallbackAnswer, FakeMessage, FakeUser

__all__ = ["BotApiUsers"]

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


class BotApiUsers(BotApiMethods):
    """The users of the chats, played by the tests: their messages and taps arrive as updates."""

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
        return self._press(chat_id, message, callback_data, first_id=4_700_000_000_000_000_000)

    def press_forged(self, chat_id: int, message_id: int, callback_data: str) -> str:
        """A modified client sends callback data that is not on the message's keyboard."""
        message = self._chats[chat_id].messages[message_id]
        return self._press(chat_id, message, callback_data, first_id=4_800_000_000_000_000_000)

    def _press(self, chat_id: int, message: FakeMessage, callback_data: str, *, first_id: int) -> str:
        # Forged taps get ids from a range of their own: one can be told from a real tap in a failure.
        chat = self._chats[chat_id]
        message_id = message.message_id
        query_id = str(first_id + self._next_id())
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
