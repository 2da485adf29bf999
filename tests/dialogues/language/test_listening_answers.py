"""Weighing answers, steps as actions, helpers understood, wishes outside a conversation."""

from __future__ import annotations

import time

import pytest

from dialogues.language import (
    is_action,
    is_correction_start,
    leaning,
    read_wish,
    second_person,
    understand_person,
    weigh,
)


@pytest.mark.parametrize(
    "text",
    ["niks", "weet niet", "idk", "-", "ja ja ja", "geen idee", "hmmmm", "  ", "tja", "tja idk", "well idk"],
)
def test_non_answers(text: str) -> None:
    assert weigh(text) == "none"


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("nee", "no"),
        ("nee niet echt", "no"),
        ("bij voetbal", "thin"),
        ("bij voetbal als iemand valt", "ok"),
        ("tja ik was moe", "ok"),
    ],
)
def test_a_plain_no_and_real_answers(text: str, weight: str) -> None:
    assert weigh(text, min_words=3) == weight


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("niks", False),
        ("weet niet", False),
        ("stage", False),
        ("mijn oom bellen", True),
        ("de site bekijken", True),
        ("ask my mentor", True),
        ("ik ga niks doen", False),
        ("idk what to do", False),
        ("wat moet ik doen?", False),
        ("iets met dieren", False),
        ("misschien iets", False),
        ("stage zoeken bij een garage", True),
        ("ik ga de website bekijken en niks uitstellen", True),
        # Waiting to see, going on as now, a resolution, a wish, thinking, free time: nothing to do yet.
        ("ff kijken", False),
        ("ik zie wel wat er komt", False),
        ("kzal wel", False),
        ("nog nie over nagedacht", False),
        ("I havent thought about it yet", False),
        ("nog niet over nagedacht maar ik ga de decaan mailen", True),
        ("weet ik veel", False),
        ("gewoon doorwerken denk ik", False),
        ("ik werk gewoon verder", False),
        # a wish for some day, not a step (dev57); a step with a day in it stays one
        ("misschien ooit ergens anders meelopen ofzo", False),
        ("maybe one day shadow a nurse", False),
        ("misschien ooit, eerst volgende week mijn oom bellen", True),
        # nothing named to look up or finish beyond going on as now (dev60, dev61)
        ("maybe look some stuff up online", False),
        ("gewoon mijn stage afmaken", False),
        ("wat dingen opzoeken over de opleiding", True),
        ("ik ga wat dingen vragen aan mijn mentor", True),
        ("gewoon verder werken", False),
        ("gwn weer rijden volgende week", False),  # dev64: the job as now, on its next day
        ("volgende week weer rijden met mijn oom naar de open dag", True),
        # dev70: looking around at nothing named, a "maybe ... sometime"; a day or a thing keeps it a step
        ("ff kijken wat er nog meer is", False),
        ("ik ga gewoon kijken wat er te doen is", False),
        ("mss", False),  # dev76
        # dev77: someone else's step, a resolution with a day, a habit to do better
        ("mn moeder gaat bellen met Henk of ik in de zomer mag werken", False),
        ("juf Anouk gaat mijn mentor mailen of ik daar stage mag lopen", False),
        ("ik ga met mijn moeder bellen", True),
        ("mijn moeder en ik gaan naar de open dag", True),
        ("ik ga vanaf morgen echt mijn best doen", False),
        ("mijn best doen en de decaan mailen", True),
        ("beter plannen", False),
        ("gewoon beter plannen voor school zodat ik hoge cijfers haal", False),
        ("de decaan mailen omdat ik vragen heb", True),
        # a second review: the student in the step, after the verb or in "I'm"
        ("I'm going to email my mentor", True),
        ("vrijdag zal ik de decaan mailen", True),
        ("morgen appt ik de chef", True),
        ("mijn mentor gaat me helpen en ik ga de decaan mailen", True),
        ("mijn best doen voor de toets van vrijdag", True),
        ("misschien omdat ik het leuk vind ga ik solliciteren", True),
        ("mijn planning maken voor het pws", True),
        ("misschien ofzo", False),
        ("misschien de decaan mailen", True),
        ("ik ga gewoon kijken wat er te doen is in de zorg", True),
        ("maybe look into it sometime", False),
        ("kijken wat de opleiding kost op de website", True),
        ("maybe email her sometime next week", True),
        ("ik ga verder met de opleiding tandartsassistent", True),
        ("meer durven", False),
        ("be more patient with kids", False),
        ("ik wil kapper worden", False),
        ("er nog over nadenken", False),
        ("gamen lol", False),
        ("mijn vader zegt solliciteren maar geen zin", False),
        ("niks bijzonders, gewoon werken", False),
        ("niks, gewoon mijn wijk lopen", False),
        ("ff kijken hoe het loopt", False),
        ("just see what happens i guess", False),
        ("wait and see", False),
        ("ff kijken bro", False),
        ("gwn hopen dat het beter wordt", False),
        ("de baas bellen bro", True),
        ("just keep gaming I guess", False),
        ("gewoon leuk blijven hebben", False),
        ("even kijken hoe laat de open dag is", True),
        ("kijken", False),
        ("misschien iets anders", False),
        ("just work harder I guess", False),
        ("gewoon school afmaken", False),
        ("echt gewoon relaxen, ik heb het verdiend", False),
        ("misschien iets met zorg", False),
        ("I just want to become a vet, that's it", False),
        ("beter mijn best doen", False),
        ("mailtje sturen naar juf", True),
        ("morgen ff bellen met die mevrouw", True),
        ("inschrijven open dag ROC", True),
        ("op de site van het mbo kijken welke opleiding", True),
        ("mijn best doen op het sollicitatiegesprek morgen", True),
        ("eerst school afmaken en dan naar het mbo", True),
        ("niks, gewoon de decaan mailen", True),
        # ... unless something concrete is named; a day to go to is a step; a question inside a step too.
        ("meer uren vragen aan mijn baas", True),
        ("vaker meehelpen in de keuken", True),
        ("kijken op de site van het roc", True),
        ("open dag techniek op het mbo", True),
        ("naar de proefles bij de dansschool", True),
        ("vragen aan Ahmed: mag ik nog een dag komen?", True),
        ("vragen of ik vrijwilliger mag worden", True),
        ("make a list of schools", True),
        # A vague word beside something concrete to do is a step; after "maar" the last part decides.
        ("met mijn moeder praten over doorgaan naar havo", True),
        ("geen zin maar ik ga wel de decaan mailen", True),
        ("ik wil kapper worden dus ik ga een stage zoeken", True),
        ("think about what I want and then call my aunt", True),
        ("mijn moeder zegt dat ik moet solliciteren maar ik heb er geen zin in", False),
        ("een afspraak met de decaan", True),
        ("naar mijn oom", True),
        ("ik ga de website bekijken maar niet vandaag", True),
    ],
)
def test_a_step_is_something_to_do(text: str, action: bool) -> None:
    assert is_action(text) is action


def test_a_long_unbroken_answer_is_weighed_at_once() -> None:
    started = time.process_time()
    assert not is_action("ab" * 10_000)
    assert time.process_time() - started < 0.2, "no regular expression that backtracks over the answer"


def test_leaning_and_corrections() -> None:
    assert leaning("ja dat hoort bij elkaar") == "yes"
    assert leaning("nee iets nieuws") == "no"
    assert leaning("weet niet") == "unknown"
    assert is_correction_start("nee, ik was juist zenuwachtig")
    assert is_correction_start("That's not right")
    assert not is_correction_start("bij voetbal")


def test_a_helper_with_name_role_and_how_to_reach_them() -> None:
    person = understand_person("Mirjam de verpleegkundige, ze zei dat ik haar mocht mailen")
    assert person is not None
    assert (person.label, person.name, person.role, person.reach, person.sure) == (
        "Mirjam",
        "Mirjam",
        "verpleegkundige",
        "mailen",
        True,
    )


@pytest.mark.parametrize(
    ("text", "label", "sure"),
    [
        ("mentor", "mijn mentor", True),
        ("mijn oom Kees", "mijn oom Kees", True),
        ("juf Fatima", "juf Fatima", True),
        ("sanne zelf denk ik of je moeder", "Sanne", False),
    ],
)
def test_helpers_are_named_as_a_person_never_as_the_whole_answer(text: str, label: str, sure: bool) -> None:
    person = understand_person(text)
    assert person is not None and (person.label, person.sure) == (label, sure)


def test_somebody_is_nobody_in_particular() -> None:
    assert understand_person("iemand") is None
    assert understand_person("iemand van school") is None


def test_second_person() -> None:
    assert second_person("mijn oom Kees") == "je oom Kees"
    assert second_person("weten of ik het eng vind") == "weten of je het eng vindt"


@pytest.mark.parametrize(
    ("text", "what", "topic"),
    [
        ("ik wil praten over mijn stage", "reflect", "stage"),
        ("ik ga volgende week meelopen", "prepare", "meeloopdag"),
        ("I want to talk about my internship", "reflect", "stage"),
    ],
)
def test_wishes_outside_a_conversation(text: str, what: str, topic: str) -> None:
    wish = read_wish(text)
    assert wish is not None and (wish.what, wish.topic) == (what, topic)


def test_a_greeting_is_no_wish() -> None:
    assert read_wish("hoi") is None
