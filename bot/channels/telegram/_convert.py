"""Telegram updates as conversation events: who sent it and what it means."""

from __future__ import annotations

from telegram import Message, Update

from bot.conversation import Command, Incoming, NonText, Pressed, Text, Who, decode_button
from storage import StudentKey

__all__ = ["CHANNEL", "incoming_of", "who_of"]

CHANNEL = "telegram"

# Message attributes that carry something other than text, in the order Telegram documents them.
_NON_TEXT = (
    "sticker", "voice", "video_note", "audio", "photo", "video", "animation", "document",
    "location", "venue", "contact", "poll", "dice", "game", "story",
)  # fmt: skip


def who_of(update: Update) -> Who | None:
    """The student behind an update, or None for updates without a user (channel posts)."""
    user = update.effective_user
    if user is None or user.is_bot:
        return None
    return Who(
        StudentKey(CHANNEL, str(user.id)),
        # First and last name: how a mentor tells two Sams apart in the weekly summary.
        display_name=user.full_name or "",
        language_hint=user.language_code,
    )


def _from_message(message: Message) -> Incoming:
    text = message.text
    if text is not None:
        if text.startswith("/") and len(text) > 1:
            head, _, arg = text[1:].partition(" ")
            return Command(head.split("@", 1)[0].lower(), arg.strip())
        return Text(text)
    for kind in _NON_TEXT:
        if getattr(message, kind, None):
            return NonText(kind)
    return NonText("other")


def incoming_of(update: Update) -> Incoming | None:
    """What the student did; None for updates the bot does not answer (edits, joins, ...)."""
    if update.callback_query is not None:
        data = decode_button(update.callback_query.data or "")
        return Pressed(data) if data is not None else None
    if update.message is not None:
        return _from_message(update.message)
    return None
