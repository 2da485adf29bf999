"""The one exception root of bot.places."""

from __future__ import annotations

__all__ = ["PlacesError"]


class PlacesError(Exception):
    """Something about the school's network of places cannot be done; the message says what."""
