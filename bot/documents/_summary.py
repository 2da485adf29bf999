"""The mentor's weekly summary as a file to print or keep (the same as the message, plus shared answers)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from dialogues import TextCatalog

from ._render import render

if TYPE_CHECKING:  # the conversation package renders documents itself: no import cycle at run time
    from bot.conversation import Block

__all__ = ["SharedAnswers", "summary_html"]


@dataclass(frozen=True, slots=True)
class SharedAnswers:
    """One student's answers of this week, per experience: (title, [(question, answer)])."""

    heading: str
    experiences: list[tuple[str, list[tuple[str, str]]]]


def summary_html(
    blocks: Sequence[Block],
    answers: Sequence[SharedAnswers],
    texts: TextCatalog,
    language: str,
    today: date,
    *,
    standalone: bool = True,
) -> str:
    """The summary: its title, then each block as a list, then the shared answers."""
    return render(
        "doc_summary.html",
        texts=texts,
        language=language,
        today=today,
        standalone=standalone,
        title=blocks[0].title,
        blocks=list(blocks[1:]),
        answers=list(answers),
    )
