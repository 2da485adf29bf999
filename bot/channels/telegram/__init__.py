"""The Telegram channel (python-telegram-bot 22): students chat with the bot on their phones."""

from ._application import ALLOWED_UPDATES, build_application, connected, file_url, run, running
from ._channel import COMMANDS, TelegramChannel
from ._outbox import Edit, Limits, Outbox, Send, SendFile, TokenBucket
from ._processor import PerChatUpdateProcessor
from ._render import MAX_UTF16, TelegramMessage, render, utf16_len

__all__ = [
    "ALLOWED_UPDATES",
    "COMMANDS",
    "MAX_UTF16",
    "Edit",
    "Limits",
    "Outbox",
    "PerChatUpdateProcessor",
    "Send",
    "SendFile",
    "TelegramChannel",
    "TelegramMessage",
    "TokenBucket",
    "build_application",
    "connected",
    "file_url",
    "render",
    "run",
    "running",
    "utf16_len",
]
