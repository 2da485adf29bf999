"""Channels: the ways people reach the bot (Telegram, the web, the local console)."""

from ._base import Channel, ChannelError

__all__ = ["Channel", "ChannelError"]
