"""Reflecting the student's story back before the key word, in their own words ("Even op een rij: ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from dialogues._entities import Message, SessionState
from dialogues._schema import NodeRef, Texts
from dialogues._suggest import closest
from dialogues.language import fold, read_feelings

from ._base import Finding, Graph, NodeKind, TextSpot, leads_to
from ._turn import Context, Render

__all__ = ["MAX_SUMMARY_WORDS", "SummaryNode"]

MAX_SUMMARY_WORDS = 60
_QUOTE_WORDS = (12, 8, 5)
_PIECE = re.compile(r"[^.!?\n]+")


def _pieces(answer: str) -> list[str]:
    return [p.strip(" ,;:-") for p in _PIECE.findall(answer) if len(p.split()) >= 1 and p.strip(" ,;:-")]


def _quote(answer: str, language: str, limit: int) -> str:
    """The student's own words, cut to `limit` words at most: the sentence with their feeling, else the
    first one. Never changed, only shortened (with "…")."""
    # The latest line is the real story; a short first try ("leuk") before it is the fallback.
    pieces = [p for line in reversed(answer.split("\n")) for p in _pieces(line)]
    if not pieces:
        return ""
    full = [p for p in pieces if len(p.split()) >= 3] or pieces
    felt = [p for p in full if read_feelings(p, language).own]
    chosen = (felt or full)[0]
    words = chosen.split()
    return chosen if len(words) <= limit else " ".join(words[:limit]).rstrip(",;:") + "…"


def _unknown(name: str, ref: str, graph: Graph) -> Finding:
    suggestion = closest(ref, graph.node_ids())
    params = {"part": name, "target": ref} | ({"suggestion": suggestion} if suggestion else {})
    return Finding("kind.summary_unknown", (name,), params)


def _count(text: str) -> int:
    return len(text.split())


class SummaryNode(NodeKind):
    """Say back what the student told (the moment, the feeling, where else, earlier), quoting only them.

    At most 60 words: quotes are shortened first, then the last parts left out. Parts the student did not
    answer are skipped; with nothing to quote it says so kindly, without praise.
    """

    kind: Literal["summary"]
    text: Texts
    story: NodeRef | None = None
    elsewhere: NodeRef | None = None
    before: NodeRef | None = None
    goal: NodeRef | None = None
    next: NodeRef | None = Field(default=None)

    def successors(self) -> list[str]:
        """The next node."""
        return leads_to(self.next)

    def texts(self) -> Iterator[TextSpot]:
        """The opening words."""
        yield self.spot("text")

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """Each part names a node that exists."""
        for name in ("story", "elsewhere", "before", "goal"):
            ref = getattr(self, name)
            if ref is not None and not graph.has_node(ref):
                yield _unknown(name, ref, graph)

    def enter(self, ctx: Context) -> str:
        """Say the summary and go on."""
        state = ctx.state
        opening = ctx.render.script_text(self.text, state, ctx.pick(self.text))
        ctx.say(Message(compose(ctx.render, state, opening, self.parts())))
        return self.next or ""

    def parts(self) -> list[tuple[str, str | None]]:
        """(catalogue key, node) in the order they are said; the feelings come after the story."""
        return [
            ("summary.story", self.story),
            ("summary.feelings", None),
            ("summary.elsewhere", self.elsewhere),
            ("summary.before", self.before),
            ("summary.goal", self.goal),
        ]


def compose(render: Render, state: SessionState, opening: str, parts: list[tuple[str, str | None]]) -> str:
    """The summary text within the word limit: shorter quotes first, then fewer parts."""
    lines: list[str] = []
    for limit in _QUOTE_WORDS:
        lines = _lines(render, state, parts, limit)
        if _count(" ".join([opening, *lines])) <= MAX_SUMMARY_WORDS:
            return " ".join([opening, *lines])
    while len(lines) > 1 and _count(" ".join([opening, *lines])) > MAX_SUMMARY_WORDS:
        lines.pop()
    return " ".join(" ".join([opening, *lines]).split()[:MAX_SUMMARY_WORDS])


def _lines(render: Render, state: SessionState, parts: list[tuple[str, str | None]], limit: int) -> list[str]:
    feelings = render.fill("{gevoelens}", state)
    lines: list[str] = []
    quoted: set[str] = set()
    for key, node in parts:
        if key == "summary.feelings":
            if feelings and "{" not in feelings:
                lines.append(feelings)
            continue
        if node is None:
            continue
        quote = _quote(state.answers.get(node, ""), state.language, limit)
        if quote and fold(quote) not in quoted:
            quoted.add(fold(quote))
            lines.append(render.catalog(key, state, quote=quote))
    if not quoted:
        lines.append(render.catalog("summary.little", state))
    return lines
