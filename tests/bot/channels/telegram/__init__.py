"""Telegram channel tests against the fake Bot API on loopback."""
