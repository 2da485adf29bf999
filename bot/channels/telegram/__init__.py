"""The Telegram channel (python-telegram-bot 22): students chat with the bot on their phones."""

from ._application import ALLOWED_UPDATES, TelegramBot, file_url
from ._channel import COMMANDS, TelegramChannel
from ._ledger import UpdateLedger
from ._outbox import Edit, Limits, Outbox, Send, SendFile, TokenBucket
from ._processor import PerChatUpdateProcessor
from ._render import MAX_UTF16, TelegramMessage, render, utf16_len
from ._updates import SafeBot, UpdateReader

__all__ = [
    "ALLOWED_UPDATES",
    "COMMANDS",
    "MAX_UTF16",
    "Edit",
    "Limits",
    "Outbox",
    "PerChatUpdateProcessor",
    "SafeBot",
    "Send",
    "SendFile",
    "TelegramBot",
    "TelegramChannel",
    "TelegramMessage",
    "TokenBucket",
    "UpdateLedger",
    "UpdateReader",
    "file_url",
    "render",
    "utf16_len",
]
