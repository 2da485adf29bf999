"""Tests for the safety signal detector against the labelled corpus and its edge cases."""

from __future__ import annotations

import dataclasses
import re
import time
from collections import Counter

import pytest

from bot.safety import Signal, SignalKind, _detector, detect_signal, is_retraction
from tests.bot.safety.corpus import MUST_NOT_TRIGGER, MUST_TRIGGER, NOT_RETRACTIONS, RETRACTIONS


def _id(text: str) -> str:
    return text[:40]


@pytest.mark.parametrize(("lang", "text", "kind"), MUST_TRIGGER, ids=[_id(t) for _, t, _ in MUST_TRIGGER])
def test_must_trigger(lang: str, text: str, kind: SignalKind) -> None:
    signal = detect_signal(text)
    assert signal is not None, f"[{lang}] missed: {text!r}"
    assert signal.kind is kind, f"[{lang}] {text!r}: {signal.kind} via {signal.rule}, expected {kind}"


@pytest.mark.parametrize(("lang", "text"), MUST_NOT_TRIGGER, ids=[_id(t) for _, t in MUST_NOT_TRIGGER])
def test_must_not_trigger(lang: str, text: str) -> None:
    assert detect_signal(text) is None, f"[{lang}] false alarm on {text!r}: {detect_signal(text)}"


def test_precision_and_recall_over_corpus() -> None:
    # A hit only counts when the kind is right: the kind decides which help lines are offered.
    true_pos = false_pos = 0
    for _, text, kind in MUST_TRIGGER:
        signal = detect_signal(text)
        if signal is not None and signal.kind is kind:
            true_pos += 1
        elif signal is not None:
            false_pos += 1
    false_pos += sum(detect_signal(text) is not None for _, text in MUST_NOT_TRIGGER)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / len(MUST_TRIGGER)
    sizes = Counter((lang, kind.value) for lang, _, kind in MUST_TRIGGER)
    print(f"\ncorpus: {len(MUST_TRIGGER)} must trigger {dict(sorted(sizes.items()))}")
    negatives = Counter(lang for lang, _ in MUST_NOT_TRIGGER)
    print(f"corpus: {len(MUST_NOT_TRIGGER)} must not trigger {dict(negatives)}")
    print(f"precision {precision:.3f}  recall {recall:.3f}")
    assert precision == 1.0
    assert recall == 1.0


def test_corpus_covers_every_kind_in_both_languages() -> None:
    sizes = Counter((lang, kind) for lang, _, kind in MUST_TRIGGER)
    assert all(sizes[("nl", kind)] >= 5 and sizes[("en", kind)] >= 5 for kind in SignalKind)
    assert sum(n for (lang, _), n in sizes.items() if lang == "nl") >= 60
    assert sum(n for (lang, _), n in sizes.items() if lang == "en") >= 15
    negatives = Counter(lang for lang, _ in MUST_NOT_TRIGGER)
    assert negatives["nl"] >= 60
    assert negatives["en"] >= 15


def test_mean_time_per_call() -> None:
    texts = [t for _, t, _ in MUST_TRIGGER] + [t for _, t in MUST_NOT_TRIGGER]
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            detect_signal(text)
    mean_us = (time.perf_counter() - start) / (rounds * len(texts)) * 1e6
    print(f"\ndetect_signal: mean {mean_us:.1f} µs per call over {len(texts)} corpus messages")
    # Loose bound so a slow CI box does not flake; the bench reports the real figure.
    assert mean_us < 2000


# --- retraction ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", RETRACTIONS)
def test_is_retraction(text: str) -> None:
    assert is_retraction(text)


@pytest.mark.parametrize("text", NOT_RETRACTIONS)
def test_is_not_retraction(text: str) -> None:
    assert not is_retraction(text)


# --- long messages ------------------------------------------------------------------------------

_HARMLESS = [text for lang, text in MUST_NOT_TRIGGER if lang == "nl"]


def _harmless_text(length: int) -> str:
    sentences: list[str] = []
    size = 0
    i = 0
    while size < length:
        sentence = _HARMLESS[i % len(_HARMLESS)].rstrip(".") + ". "
        if size + len(sentence) > length:
            break
        sentences.append(sentence)
        size += len(sentence)
        i += 1
    # Pad with spaces rather than cut a sentence: a cut can turn "wil niet meer naar ..." into a signal.
    return "".join(sentences).ljust(length)


def test_long_harmless_message_is_none() -> None:
    text = _harmless_text(5000)
    assert len(text) == 5000
    assert detect_signal(text) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Eigenlijk wil ik gewoon niet meer leven.", SignalKind.SUICIDE),
        ("Mijn stiefvader slaat me als hij dronken is.", SignalKind.ABUSE),
    ],
)
def test_long_message_with_one_signal_in_the_middle(sentence: str, kind: SignalKind) -> None:
    half = _harmless_text(2500)
    signal = detect_signal(f"{half} {sentence} {half}")
    assert signal is not None
    assert signal.kind is kind


# --- behaviour ----------------------------------------------------------------------------------


def test_most_serious_kind_wins() -> None:
    signal = detect_signal("ze pesten me elke dag op school en ik wil niet meer leven")
    assert signal == Signal(SignalKind.SUICIDE, "nl.suicide.not_live")


def test_signal_is_frozen_and_carries_a_rule_id_not_text() -> None:
    text = "ik wil dood"
    signal = detect_signal(text)
    assert signal is not None
    assert re.fullmatch(r"[a-z_]+(?:\.[a-z_]+)+", signal.rule)
    assert text not in signal.rule
    with pytest.raises(dataclasses.FrozenInstanceError):
        signal.kind = SignalKind.BULLYING  # type: ignore[misc]


def test_deterministic() -> None:
    texts = [t for _, t, _ in MUST_TRIGGER[:20]]
    assert [detect_signal(t) for t in texts] == [detect_signal(t) for t in texts]


def test_empty_and_symbol_only_messages() -> None:
    assert detect_signal("") is None
    assert detect_signal("   ") is None
    assert detect_signal("😂😂😂!!!") is None
    assert not is_retraction("")


@pytest.mark.parametrize(
    "text", ["ikwildood", "benklaarmethetleven echt", "wilnietmeerleven", "iwanttodie", "gonna killmyself"]
)
def test_a_signal_typed_without_spaces_is_found(text: str) -> None:
    # One word is never scored by the model, so the rules must read it.
    signal = detect_signal(text)
    assert signal is not None and signal.kind is SignalKind.SUICIDE


def test_glued_words_that_only_look_alike_are_not_a_signal() -> None:
    assert detect_signal("de wilde dieren") is None and detect_signal("klaarmethetlezen") is None


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("Ik wil DOOOOOD!!!", "ik wil dood"),
        ("niiiiet meeeer", "niet meer"),
        ("Ik ben suïcidaal 😭 echt", "ik ben suicidaal | echt"),
        ("m'n vader & z'n vriend", "mijn vader zijn vriend"),
        ("k wil nie ff praten", "ik wil niet even praten"),
        ("kwil w8en", "ik wil w8en"),
        ("I'm dead, don't care", "i am dead | do not care"),
        ("me zelf", "mezelf"),
        ("a | b", "a b"),
        ("ikwil nie meer", "ik wil niet meer"),
        ("i sh'd last night", "i self harmed last night"),
        ("whats the point", "what is the point"),
    ],
)
def test_normalise(raw: str, normalised: str) -> None:
    assert _detector.normalise(raw) == normalised


@pytest.mark.parametrize(
    ("topic", "own"),
    [
        # The same words as the subject of a lesson or a film, and as the student's own story.
        ("we hadden een les over zelfmoord", "we hadden een les over zelfmoord en ik denk er zelf aan"),
        ("een film waarin een meisje dood wil", "ze zag een film over een meisje en nu wil ze dood"),
        ("een docu over een jongen die gepest wordt", "na de docu over pesten zei ik dat ik gepest word"),
        ("we learned what to do when a friend wants to die", "we learned that my friend wants to die"),
        ("a documentary where a dad hits his kids", "a documentary about my dad who hits me"),
    ],
)
def test_a_topic_frame_never_hides_the_students_own_story(topic: str, own: str) -> None:
    assert detect_signal(topic) is None
    assert detect_signal(own) is not None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Verb-second after an opening word, and the verb last in a subordinate clause.
        ("soms wil ik niet meer", SignalKind.SUICIDE),
        ("dan wil ik niet meer wachten", None),
        ("toen gaf de kok me een klap", SignalKind.WORK_VIOLENCE),
        ("toen gaf de kok me een compliment", None),
        ("ze zei dat ze er een eind aan wil maken", SignalKind.SUICIDE),
        ("als hij me slaat ga ik naar mijn oma", SignalKind.ABUSE),
        ("ik moest mn moeder helpen nadat mn stiefvader haar sloeg", SignalKind.HOME_VIOLENCE),
        ("ik bleef thuis omdat mijn vader hem weer sloeg", SignalKind.HOME_VIOLENCE),
        ("omdat mijn moeder haar een knuffel gaf", None),
        ("bij mij sloeg de kleur steeds om voor het eindpunt", None),  # a titration turns, nobody hits
        # a mood in the clause hides nothing
        ("my boyfriend hits me when he is in a bad mood", SignalKind.ABUSE),
        ("mijn vriend slaat me als hij in een slechte stemming is", SignalKind.ABUSE),
        ("de stemming sloeg om en toen sloeg mijn vriend me", SignalKind.ABUSE),
        # A friend at risk gets the same kind.
        ("she wants to die", SignalKind.SUICIDE),
        ("mijn vriendin kerft in haar armen", SignalKind.SELF_HARM),
    ],
)
def test_word_order_and_third_person(text: str, kind: SignalKind | None) -> None:
    signal = detect_signal(text)
    assert (signal.kind if signal else None) is kind, (text, signal)


def test_rule_ids_are_unique() -> None:
    ids = [rule.rule for rule in _detector._RULES]
    assert len(ids) == len(set(ids))


def test_negatable_patterns_do_not_spell_their_own_negation() -> None:
    # A negatable pattern that contains "niet"/"not" would veto its own matches (a real bug seen while
    # building this); such patterns must be marked noneg. The NEG slot is the one deliberate exception.
    negator = re.compile(r"\b(?:niet|geen|nooit|not|never)\b")
    neg_slot = _detector._BLOCKS["NEG"]
    offenders = [
        rule.rule
        for rule in _detector._RULES
        if rule.negatable and negator.search(rule.regex.pattern.replace(neg_slot, ""))
    ]
    assert offenders == []


def test_masking_never_creates_a_match() -> None:
    # detect_signal runs its one-pass pre-check on the unmasked text, which is only sound if masking
    # idioms can remove matches but never create one.
    texts = [t for _, t, _ in MUST_TRIGGER] + [t for _, t in MUST_NOT_TRIGGER]
    for text in texts:
        norm = _detector.normalise(text)
        if _detector._ANY_RULE.matches(_detector._MASK.sub("~", norm)):
            assert _detector._ANY_RULE.matches(norm), text


def test_phrase_table_rejects_an_ambiguous_continuation() -> None:
    with pytest.raises(ValueError, match="continuation"):
        _detector._table("x  \\bfoo\n    bar\\b")
    with pytest.raises(ValueError, match="continuation"):
        _detector._table("x  \\bfoo\n    | bar\\b")
