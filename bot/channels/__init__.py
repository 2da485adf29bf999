"""Channels: the ways students reach the bot (Telegram, the local console)."""
