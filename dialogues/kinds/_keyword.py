"""The student's own key word: example words when stuck, never chosen for them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import ClassVar, Literal

from dialogues._entities import Option as Button
from dialogues._entities import Pending, SessionState
from dialogues._schema import Labels, Target
from dialogues.language import fold, is_help_request, quoted_list, weigh

from ._base import AskingKind, Finding, Graph, TextSpot
from ._turn import MAX_RETRIES, Context, Render, Step, retry

__all__ = ["OWN_WORD", "KeywordNode"]

# The value of the "my own word" button under the example words.
OWN_WORD = "__own__"
_MIN_EXAMPLES = 3
_MAX_KEYWORD_WORDS = 5
_EARLIER_SHOWN = 2
# Asked once, "hulp" gets examples; said again after them, it is the student's key word.
_HELP_AS_WORD = frozenset({"hulp", "help"})
_EXAMPLES_SHOWN = 8
_KEYWORD_KEPT = 80


class KeywordNode(AskingKind):
    """The student's own key word; example words are offered when stuck, never chosen for them."""

    store_targets: ClassVar[frozenset[Target]] = frozenset({Target.ENTRY_KERNWOORD})

    kind: Literal["keyword"]
    examples: Labels

    def texts(self) -> Iterator[TextSpot]:
        """The question, its follow-ups and the example words."""
        yield from super().texts()
        yield self.spot("examples")._replace(role="examples")

    def lint(self, graph: Graph) -> Iterator[Finding]:
        """The key word has one place in the dossier; enough examples to choose from in each language."""
        if self.store is not None and self.store not in self.store_targets:
            yield Finding("kind.keyword_store", ("store",))
        for language in graph.languages:
            if len(self.examples.get(language, [])) < _MIN_EXAMPLES:
                params = {"lang": language, "min": str(_MIN_EXAMPLES)}
                yield Finding("kind.few_examples", ("examples",), params)

    def marks(self) -> frozenset[str]:
        """Passing it means the student has (been offered) their key word."""
        return frozenset({"keyword"})

    def prompt(self, render: Render, state: SessionState, today: date) -> str:
        """The question; with example words shown, "pick one or type your own"."""
        pending = state.pending
        if pending is not None and pending.kind == "keyword_examples":
            shown = {fold(w) for w in (pending.value or "").split("|")}
            earlier = [w for w in state.context.get("kernwoorden", "").split("|") if w and fold(w) in shown]
            if earlier and (named := quoted_list(earlier, state.language)):
                return render.catalog("keyword.examples_earlier", state, woorden=named)
            return render.catalog("keyword.examples", state)
        if pending is not None and pending.kind == "keyword_own":
            return render.catalog("keyword.type_own", state)
        return super().prompt(render, state, today)

    def buttons(self, render: Render, state: SessionState) -> tuple[Button, ...]:
        """The example words shown, and "my own word"."""
        pending = state.pending
        if pending is None or pending.kind != "keyword_examples":
            return ()
        words = (pending.value or "").split("|")
        return (*(Button(w, w) for w in words if w), Button(OWN_WORD, render.catalog("keyword.own", state)))

    def take(self, ctx: Context, text: str | None, chosen: str | None) -> Step:
        """Their own word, or one of the examples they asked for; a long answer is asked once to shorten."""
        state = ctx.state
        if chosen == OWN_WORD:
            state.pending = Pending(kind="keyword_own")
            state.seq += 1
            return Step(messages=[ctx.question()])
        if chosen is not None:
            return self._accept(ctx, chosen)
        assert text is not None
        examples_shown = state.pending is not None and state.pending.kind == "keyword_examples"
        if examples_shown and fold(text).strip(" .!") in _HELP_AS_WORD:
            return self._accept(ctx, text)  # "hulp" again after the examples: helping is their word
        if is_help_request(text) or weigh(text) in ("none", "no"):
            state.attempts += 1
            if state.attempts > MAX_RETRIES:
                state.answers[self.id] = ""
                return Step(next=self.next, messages=[ctx.render.notice("keyword.later", state)])
            examples = self.examples.get(state.language) or next(iter(self.examples.values()))
            # The student's own earlier key words come first: the thread may go on here too.
            earlier = [w for w in state.context.get("kernwoorden", "").split("|") if w][:_EARLIER_SHOWN]
            rest = [w for w in examples if fold(w) not in {fold(e) for e in earlier}]
            shown = earlier + ctx.rng.sample(rest, min(_EXAMPLES_SHOWN - len(earlier), len(rest)))
            state.pending = Pending(kind="keyword_examples", value="|".join(shown))
            state.seq += 1
            return Step(messages=[ctx.question()])
        if len(text.split()) > _MAX_KEYWORD_WORDS and state.attempts < MAX_RETRIES and not state.draft:
            # Ask once for something shorter; a student who insists keeps their own words.
            state.attempts += 1
            state.draft = text
            return retry(ctx, ctx.render.catalog("keyword.too_long", state))
        return self._accept(ctx, text)

    def _accept(self, ctx: Context, word: str) -> Step:
        keyword = " ".join(word.split()).strip(" .!?")[:_KEYWORD_KEPT]
        ctx.state.answers[self.id] = keyword
        effects = self.stored(keyword, self.store or Target.ENTRY_KERNWOORD)
        earlier = ctx.state.context.get("kernwoorden", "").split("|")
        if fold(keyword) in {fold(w) for w in earlier if w}:
            # The same word as last time is the same thread: asking "is that the same thread?" is silly.
            # The other earlier words are still named, so the student sees the whole thread.
            ctx.state.context["kernwoorden"] = ""
            others = quoted_list([w for w in earlier if fold(w) != fold(keyword)], ctx.state.language)
            key = "keyword.again_with" if others else "keyword.again"
            again = ctx.render.notice(key, ctx.state, word=keyword, andere=others or "")
            return Step(next=self.next, messages=[again], effects=effects)
        return Step(next=self.next, effects=effects)
