"""A question answered with a button, or by typing the option."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from dialogues._entities import Option as Button
from dialogues._entities import SessionState
from dialogues._schema import CHOSEN_TARGETS, DATE_TARGETS, Option, Target, allowed_values
from dialogues._suggest import closest
from dialogues.language import leaning, match_option, weigh

from ._base import AskingKind, Finding, Graph, TextSpot
from ._fields import text_limit
from ._turn import Context, Render, Step, ask_again

__all__ = ["ChoiceNode"]

# How much of the typed words an "other" option keeps as the answer.
_OWN_KEPT = 80


class ChoiceNode(AskingKind):
    """A question answered with a button (or by typing the option)."""

    store_targets: ClassVar[frozenset[Target]] = frozenset(Target) - DATE_TARGETS

    kind: Literal["choice"]
    options: list[Option] = Field(min_length=2, max_length=12)

    def successors(self) -> list[str]:
        """Where each option leads (its own `next`, else the node's)."""
        targets = (option.next or self.next or "" for option in self.options)
        return [t for t in dict.fromkeys(targets) if t]

    def link_path(self, target: str) -> tuple[int | str, ...]:
        """An option's `next`, else the node's."""
        for index, option in enumerate(self.options):
            if option.next == target:
                return ("options", index, "next")
        return ("next",)

    def dead_end(self) -> Finding | None:
        """Every option needs somewhere to go."""
        missing = [o.value for o in self.options if not (o.next or self.next)]
        if not missing:
            return None
        return Finding("graph.option_no_next", ("options",), {"options": ", ".join(missing)})

    def texts(self) -> Iterator[TextSpot]:
        """The question, its follow-ups and the label of each button."""
        yield from super().texts()
        limit = text_limit(Option, "label")
        for index, option in enumerate(self.options):
            label = f"label of option '{option.value}'"
            yield TextSpot(label, ("options", index, "label"), option.label, limit, "label")

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """Options are distinct; a fixed target gets only its own values; a choice is never a date."""
        values = [o.value for o in self.options]
        for index, value in enumerate(values):
            if value in values[:index]:
                yield Finding("kind.same_value", ("options", index, "value"), {"value": value})
        others = [index for index, o in enumerate(self.options) if o.means == "other"]
        for index in others[1:]:
            yield Finding("kind.two_others", ("options", index, "means"))
        if self.store in CHOSEN_TARGETS:
            allowed = sorted(allowed_values(self.store))
            for index, value in enumerate(values):
                if value not in allowed:
                    params = {"value": value, "store": self.store.value, "allowed": ", ".join(allowed)}
                    if (suggestion := closest(value, allowed)) is not None:
                        params["suggestion"] = suggestion
                    yield Finding("kind.value_not_allowed", ("options", index, "value"), params)
        elif self.store is not None and self.store not in self.store_targets:
            yield Finding("kind.choice_date", ("store",), {"store": self.store.value})

    def choice_values(self) -> frozenset[str]:
        """The options' values."""
        return frozenset(o.value for o in self.options)

    def _own_words(self, ctx: Context, text: str) -> bool:
        """Typed words meant as their own answer: not a question, a non-answer or a button misspelt."""
        if text.rstrip().endswith("?") or weigh(text) in ("none", "no"):
            return False
        labels = [ctx.render.script_text(o.label, ctx.state).casefold() for o in self.options]
        return closest(text.strip().casefold(), labels) is None

    def buttons(self, render: Render, state: SessionState) -> tuple[Button, ...]:
        """One button per option, in order."""
        if state.pending is not None:
            return ()
        return tuple(Button(o.value, render.script_text(o.label, state)) for o in self.options)

    def take(self, ctx: Context, text: str | None, chosen: str | None) -> Step:
        """A button, or typed text that matches one option; anything else asks again."""
        state = ctx.state
        if chosen is None:
            labelled = [(o.value, ctx.render.script_text(o.label, state)) for o in self.options]
            chosen = match_option(text or "", labelled)
            if chosen is None:
                # "ja, dat hoort bij elkaar" picks the option that means yes.
                lean = leaning(text or "")
                chosen = next((o.value for o in self.options if lean and o.means == lean), None)
        if chosen is None and text and not text.rstrip().endswith("?"):
            # A button typed almost right ("job shadowing" for "Job-shadow day") is that button: asking
            # "pick a button" again would go round in circles.
            labels = {ctx.render.script_text(o.label, state).casefold(): o.value for o in self.options}
            near = closest(text.strip().casefold(), labels)
            chosen = labels[near] if near is not None else None
        option = next((o for o in self.options if o.value == chosen), None)
        own = None
        if option is None and text and self._own_words(ctx, text):
            # "bijbaan" where the buttons say "Iets anders": their words, not a loop of "pick a button".
            option = next((o for o in self.options if o.means == "other"), None)
            own = " ".join(text.split())[:_OWN_KEPT] if option is not None else None
        if option is None:
            state.attempts += 1
            return ask_again(ctx, ctx.render.notice("choice.unmatched", state))
        state.answers[self.id] = own or ctx.render.script_text(option.label, state)
        state.choices[self.id] = option.value
        return Step(next=option.next or self.next, effects=self.stored(option.value))
