"""State and records of the fake Bot API, with Telegram's JSON shapes for users and messages."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from tests.fakes._bot_api_rules import TokenBucket

__all__ = [
    "CallbackAnswer",
    "Chaos",
    "ChatState",
    "FakeMessage",
    "FakeUser",
    "Fault",
    "InjectedFault",
    "RejectedRequest",
    "SentRecord",
    "StoredFile",
]


@dataclass(slots=True)
class FakeUser:
    """A Telegram user who talks to the bot in a private chat (chat id == user id)."""

    id: int
    first_name: str = "Sam"
    language_code: str | None = "nl"
    last_name: str | None = None
    username: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The User object as Telegram sends it."""
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data

    def chat_json(self) -> dict[str, Any]:
        """The private Chat object for this user."""
        data: dict[str, Any] = {"id": self.id, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        data["type"] = "private"
        return data


@dataclass(slots=True)
class StoredFile:
    """A file known to the fake (uploaded by the bot or sent by a user), for getFile."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    file_name: str | None = None
    mime_type: str | None = None


@dataclass(slots=True, eq=False)
class FakeMessage:
    """A message in a private chat, in its current state (edits applied)."""

    chat_id: int
    message_id: int
    from_bot: bool
    date: int
    kind: str = "text"
    text: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    raw_text: str | None = None
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    media: dict[str, Any] = field(default_factory=dict)
    edit_date: int | None = None
    deleted: bool = False
    edits: int = 0
    markup_history: list[dict[str, Any] | None] = field(default_factory=list)

    @property
    def caption(self) -> str | None:
        """The caption of a media message (its text field holds it)."""
        return self.text if self.kind != "text" else None

    def buttons(self) -> list[dict[str, Any]]:
        """All inline keyboard buttons of the current markup, row by row."""
        markup = self.reply_markup or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]

    def callback_data(self) -> list[str]:
        """The callback_data of every current inline button, in keyboard order."""
        return [b["callback_data"] for b in self.buttons() if "callback_data" in b]

    def to_json(self, sender: dict[str, Any], chat: dict[str, Any]) -> dict[str, Any]:
        """The Message object as Telegram returns/sends it.

        It shares nested objects with this message, so serialise it before the message changes.
        """
        data: dict[str, Any] = {
            "message_id": self.message_id,
            "from": sender,
            "chat": chat,
            "date": self.date,
        }
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        data.update(self.media)
        if self.text is not None:
            data["text" if self.kind == "text" else "caption"] = self.text
            if self.entities:
                data["entities" if self.kind == "text" else "caption_entities"] = self.entities
        if self.reply_markup is not None and "inline_keyboard" in self.reply_markup:
            data["reply_markup"] = self.reply_markup
        return data


@dataclass(slots=True, frozen=True)
class SentRecord:
    """One successful Bot API call made by the bot."""

    method: str
    chat_id: int | None
    message_id: int | None
    text: str | None
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    params: dict[str, Any]
    time: float


@dataclass(slots=True, frozen=True)
class RejectedRequest:
    """A request the fake refused the way Telegram would (not an injected fault)."""

    method: str
    status: int
    description: str
    chat_id: int | None
    params: dict[str, Any]
    time: float


@dataclass(slots=True, frozen=True)
class InjectedFault:
    """A failure produced by fail_next/drop_connection_next/stall_next or by chaos."""

    method: str
    kind: str
    status: int | None
    chat_id: int | None
    time: float
    # Whether the call took effect before the fault (a late answer, a connection closed afterwards).
    after_processing: bool = False


@dataclass(slots=True)
class CallbackAnswer:
    """A callback query created by press_button and, once answered, the bot's answer."""

    callback_query_id: str
    chat_id: int
    message_id: int
    data: str
    created: float
    answered: bool = False
    text: str | None = None
    show_alert: bool = False
    url: str | None = None
    cache_time: int | None = None
    answered_at: float | None = None


@dataclass(slots=True)
class Fault:
    """A pending fault-injection rule."""

    method: str
    kind: str
    times: int
    chat_id: int | None = None
    status: int = 500
    description: str | None = None
    retry_after: int | None = None
    seconds: float = 0.0
    after_processing: bool = False

    def matches(self, method: str, chat_id: int | None) -> bool:
        """Whether this rule applies to a call of ``method`` for ``chat_id``."""
        if self.method not in ("*", method.lower()):
            return False
        return self.chat_id is None or self.chat_id == chat_id


@dataclass(frozen=True, slots=True)
class Chaos:
    """Random faults for every call of one method, drawn per call from a seeded generator.

    The shares are of all calls: e.g. stall=0.15, drop_before=0.1, drop_after=0.1 leaves 65 % untouched.
    """

    stall: float = 0.0
    stall_seconds: tuple[float, float] = (1.0, 5.0)
    # The connection closes before the call takes effect (nothing happened) or after (it did happen).
    drop_before: float = 0.0
    drop_after: float = 0.0
    flood: float = 0.0
    retry_after: int = 1
    seed: int = 0

    def __post_init__(self) -> None:
        if self.stall + self.drop_before + self.drop_after + self.flood > 1:
            raise ValueError("the shares of the faults add up to more than 1")

    def draw(self, method: str, chat_id: int | None, rng: random.Random) -> Fault | None:
        """The fault for one call, or None to answer it normally."""
        roll = rng.random()
        if roll < self.drop_before:
            return Fault(method, "drop", 1, chat_id)
        roll -= self.drop_before
        if roll < self.drop_after:
            return Fault(method, "drop", 1, chat_id, after_processing=True)
        roll -= self.drop_after
        if roll < self.flood:
            return Fault(method, "fail", 1, chat_id, 429, retry_after=self.retry_after)
        roll -= self.flood
        if roll < self.stall:
            seconds = rng.uniform(*self.stall_seconds)
            return Fault(method, "stall", 1, chat_id, seconds=seconds, after_processing=True)
        return None


@dataclass(slots=True)
class ChatState:
    """Everything the fake knows about one private chat."""

    user: FakeUser
    seen: bool = False
    blocked: bool = False
    next_message_id: int = 1
    messages: dict[int, FakeMessage] = field(default_factory=dict)
    bot_messages: list[FakeMessage] = field(default_factory=list)
    read_cursor: int = 0
    bucket: TokenBucket | None = None

    def new_message_id(self) -> int:
        """Private chats number user and bot messages in one sequence."""
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id
