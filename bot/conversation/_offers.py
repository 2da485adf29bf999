"""Text typed outside a conversation: a wish to look back or to prepare is offered, not refused."""

from __future__ import annotations

from dialogues import TextCatalog
from dialogues.language import read_wish

from ._entities import Button, Menu, Outgoing

__all__ = ["offer"]


def offer(texts: TextCatalog, language: str, text: str) -> Outgoing | None:
    """ "ik wil praten over mijn stage" → shall we look back on your stage? (None: no wish heard)."""
    wish = read_wish(text)
    if wish is None:
        return None
    topic = texts.get(f"offer.topic.{wish.topic or 'other'}", language)
    key = "offer.reflect" if wish.what == "reflect" else "offer.prepare"
    first = Button(texts.get("offer.yes_reflect", language), Menu("reflecteren"))
    second = Button(texts.get("offer.yes_prepare", language), Menu("voorbereiden"))
    buttons = (first, second) if wish.what == "reflect" else (second, first)
    return Outgoing(text=texts.get(key, language, onderwerp=topic), buttons=buttons, kind="question")
