"""How each kind of asking node takes an answer: accept it and move on, or ask again (gently)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from dialogues._entities import (
    ChoiceInput,
    Effect,
    EmotionNote,
    Message,
    Pending,
    SaveContact,
    ScheduleCheckIn,
    SessionState,
    Store,
    TextInput,
)
from dialogues._schema import Target
from dialogues._script import Script
from dialogues.kinds import ChoiceNode, ContactNode, DateNode, KeywordNode, QuestionNode
from dialogues.language import (
    find_emotion,
    format_date,
    is_help_request,
    is_no,
    is_nobody,
    is_yes,
    match_option,
    parse_date,
    quality,
    split_contact,
)

from ._render import OWN_WORD, AskingNode, Renderer

__all__ = ["ANSWER_KEPT", "MAX_RETRIES", "Step", "take_answer"]

# The state keeps enough of an answer to quote it back and to know it was given; the dossier has it all.
ANSWER_KEPT = 200
# A student is asked again at most twice; then the conversation moves on: never trap them in a loop.
MAX_RETRIES = 2
CHECK_IN_AFTER = timedelta(days=7)
_MAX_ANSWER = 20_000
_MAX_KEYWORD_WORDS = 5
_EXAMPLES_SHOWN = 8


@dataclass(slots=True)
class Step:
    """The outcome of one answer: `next` is set when the node is done."""

    next: str | None = None
    messages: list[Message] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    stale: bool = False


@dataclass(frozen=True, slots=True)
class _Ctx:
    script: Script
    state: SessionState
    render: Renderer
    today: date
    rng: random.Random

    def ask_again(self, *notes: Message) -> Step:
        return Step(messages=[*notes, self.render.question(self.script, self.state, self.today)])

    def retry(self, text: str) -> Step:
        """Ask a follow-up in place of the question (no buttons change)."""
        options = self.render.options(self.script, self.state)
        return Step(messages=[Message(text=text, options=options, seq=self.state.seq, kind="question")])


def take_answer(
    script: Script,
    state: SessionState,
    node: AskingNode,
    event: TextInput | ChoiceInput,
    render: Renderer,
    today: date,
    rng: random.Random,
) -> Step:
    """Apply the student's answer to the current node; `state` is updated in place."""
    ctx = _Ctx(script, state, render, today, rng)
    if isinstance(event, ChoiceInput):
        options = render.options(script, state)
        if not 0 <= event.index < len(options):
            return Step(stale=True)
        return _dispatch(ctx, node, None, options[event.index].value)
    return _dispatch(ctx, node, event.text[:_MAX_ANSWER], None)


def _dispatch(ctx: _Ctx, node: AskingNode, text: str | None, chosen: str | None) -> Step:
    if isinstance(node, QuestionNode):
        return _question(ctx, node, text if text is not None else chosen or "")
    if isinstance(node, ChoiceNode):
        return _choice(ctx, node, text, chosen)
    if isinstance(node, DateNode):
        return _date(ctx, node, text, chosen)
    if isinstance(node, ContactNode):
        return _contact(ctx, node, text if text is not None else chosen or "")
    return _keyword(ctx, node, text, chosen)


def _store(node: AskingNode, value: str | date | None, target: Target | None = None) -> list[Effect]:
    where = target or node.store
    return [Store(where, value, node.id, node.competency)] if where is not None else []


def _followup(ctx: _Ctx, node: AskingNode) -> str:
    texts = node.followups or ctx.script.followups
    attempt = ctx.state.attempts
    if texts:
        variants = texts.get(ctx.state.language) or next(iter(texts.values()))
        return ctx.render.script_text(
            {ctx.state.language: [variants[min(attempt, len(variants)) - 1]]}, ctx.state
        )
    key = "thin.first" if attempt <= 1 else "thin.second"
    return ctx.render.texts.get(key, ctx.state.language, ctx.rng)


def _question(ctx: _Ctx, node: QuestionNode, text: str) -> Step:
    state = ctx.state
    kind = quality(text, min_words=node.min_words)
    if kind != "ok" and state.attempts < MAX_RETRIES:
        if kind == "thin":
            # Keep the short answer: with the follow-up it often makes a whole one.
            state.draft = f"{state.draft}\n{text.strip()}".strip()
        state.attempts += 1
        return ctx.retry(_followup(ctx, node))
    answer = f"{state.draft}\n{text.strip() if kind != 'unknown' else ''}".strip()
    state.answers[node.id] = answer[:ANSWER_KEPT]
    step = Step(next=node.next, effects=_store(node, answer) if answer else [])
    if kind != "ok":
        step.messages.append(ctx.render.notice("thin.moving_on", state))
    if node.detect_emotion and answer:
        # The latest text is the real story; the short draft before it ("leuk") is the fallback.
        found = find_emotion(text, state.language) or find_emotion(answer, state.language)
        if found is not None:
            state.emotions[node.id] = EmotionNote(word=found.word, frame=found.frame, negated=found.negated)
    return step


def _choice(ctx: _Ctx, node: ChoiceNode, text: str | None, chosen: str | None) -> Step:
    state = ctx.state
    if chosen is None:
        labelled = [(o.value, ctx.render.script_text(o.label, state)) for o in node.options]
        chosen = match_option(text or "", labelled)
    option = next((o for o in node.options if o.value == chosen), None)
    if option is None:
        state.attempts += 1
        return ctx.ask_again(ctx.render.notice("choice.unmatched", state))
    state.answers[node.id] = ctx.render.script_text(option.label, state)
    state.choices[node.id] = option.value
    return Step(next=option.next or node.next, effects=_store(node, option.value))


def _no_date(ctx: _Ctx, node: DateNode, note: str) -> Step:
    """Move on without a date; a next step without a date gets a check-in a week later."""
    ctx.state.answers[node.id] = ""
    effects = _store(node, None)
    if node.store is Target.STEP_DUE:
        effects.append(ScheduleCheckIn(on=ctx.today + CHECK_IN_AFTER, node=node.id))
    return Step(next=node.next, messages=[ctx.render.notice(note, ctx.state)], effects=effects)


def _date(ctx: _Ctx, node: DateNode, text: str | None, chosen: str | None) -> Step:
    state = ctx.state
    pending = state.pending
    if pending is not None and pending.kind == "confirm_date" and pending.value:
        if chosen == "yes" or (text is not None and is_yes(text)):
            day = date.fromisoformat(pending.value)
            state.answers[node.id] = format_date(day, language=state.language, today=ctx.today)
            return Step(next=node.next, effects=_store(node, day))
        if chosen == "no" or (text is not None and is_no(text)):
            state.pending = None
            state.seq += 1
            return Step(
                messages=[Message(ctx.render.catalog("date.again", state), seq=state.seq, kind="question")]
            )
    if text is None:
        return Step(stale=True)
    answer = parse_date(text, today=ctx.today, language=state.language, tense=node.tense)
    if answer.kind == "unknown" and node.allow_unknown:
        return _no_date(ctx, node, "date.unknown")
    if answer.kind == "date" and answer.value is not None:
        day = answer.value
        datum = format_date(day, language=state.language, today=ctx.today)
        wrong_side = (node.tense == "future" and day < ctx.today) or (
            node.tense == "past" and day > ctx.today
        )
        if not wrong_side:
            state.pending = Pending(kind="confirm_date", value=day.isoformat())
            state.seq += 1
            return Step(messages=[ctx.render.question(ctx.script, state, ctx.today)])
        note = "date.past" if node.tense == "future" else "date.future"
        state.attempts += 1
        if state.attempts > MAX_RETRIES:
            return _no_date(ctx, node, "date.gave_up")
        state.pending = None
        return ctx.retry(ctx.render.catalog(note, state, datum=datum[:1].upper() + datum[1:]))
    state.attempts += 1
    if state.attempts > MAX_RETRIES:
        return _no_date(ctx, node, "date.gave_up")
    return ctx.retry(ctx.render.catalog("date.unparsed", state))


def _contact(ctx: _Ctx, node: ContactNode, text: str) -> Step:
    state = ctx.state
    if is_nobody(text) or quality(text, min_words=1) == "unknown":
        state.answers[node.id] = ""
        return Step(next=node.next, messages=[ctx.render.notice("contact.nobody", state)])
    described = " ".join(text.split())[:120]
    person = split_contact(described)
    state.answers[node.id] = described
    # Only a script that says so makes this person the helper of a step (adding a contact does not).
    effects = _store(node, described)
    effects.append(SaveContact(name=person.name, role=person.role, node=node.id))
    return Step(next=node.next, effects=effects)


def _keyword(ctx: _Ctx, node: KeywordNode, text: str | None, chosen: str | None) -> Step:
    state = ctx.state
    if chosen == OWN_WORD:
        state.pending = Pending(kind="keyword_own")
        state.seq += 1
        return Step(messages=[ctx.render.question(ctx.script, state, ctx.today)])
    if chosen is not None:
        return _accept_keyword(ctx, node, chosen)
    assert text is not None
    if is_help_request(text) or quality(text, min_words=1) == "unknown":
        state.attempts += 1
        if state.attempts > MAX_RETRIES:
            state.answers[node.id] = ""
            return Step(next=node.next, messages=[ctx.render.notice("keyword.later", state)])
        examples = node.examples.get(state.language) or next(iter(node.examples.values()))
        shown = ctx.rng.sample(examples, min(_EXAMPLES_SHOWN, len(examples)))
        state.pending = Pending(kind="keyword_examples", value="|".join(shown))
        state.seq += 1
        return Step(messages=[ctx.render.question(ctx.script, state, ctx.today)])
    if len(text.split()) > _MAX_KEYWORD_WORDS and state.attempts < MAX_RETRIES and not state.draft:
        # Ask once for something shorter; a student who insists keeps their own words.
        state.attempts += 1
        state.draft = text
        return ctx.retry(ctx.render.catalog("keyword.too_long", state))
    return _accept_keyword(ctx, node, text)


def _accept_keyword(ctx: _Ctx, node: KeywordNode, word: str) -> Step:
    keyword = " ".join(word.split()).strip(" .!?")[:80]
    ctx.state.answers[node.id] = keyword
    return Step(next=node.next, effects=_store(node, keyword, node.store or Target.ENTRY_KERNWOORD))
