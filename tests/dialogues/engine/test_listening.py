"""The engine listens: corrections, kind moving on, no made-up step, summaries, helpers, restarts."""

from __future__ import annotations

import re

import pytest

from dialogues import ScriptVersion, Target
from dialogues.engine import Engine, SaveContact, SessionState, Store
from dialogues.kinds import MAX_SUMMARY_WORDS

from .driver import STORY_NL, Driver, to_step


def test_a_correction_replaces_the_feeling_is_acknowledged_and_used_after(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("was wel chill maar toen de klant kwam was ik echt zenuwachig")
    assert "Eerst vond je het chill, daarna was je zenuwachtig." in chat.text()
    chat.send("nee ik was juist zenuwachtig")
    assert chat.state.node == "moment", "the question is asked again, not answered by the correction"
    assert "had ik het mis" in chat.text() and "Je was zenuwachtig." in chat.text()
    assert "chill" not in chat.text()
    chat.send("ik moest haar haren wassen")
    chat.send("bij presentaties")
    chat.send("ja in groep 8")
    assert "je je zenuwachtig voelde" in chat.text()
    chat.send("dat iedereen keek")
    # The summary quotes the student's words (with "chill" in them); the bot itself names only the correction.
    assert "Je was zenuwachtig." in chat.text()
    assert "chill" not in re.sub(r'"[^"]*"', "", chat.text())


def test_a_correction_without_a_feeling_asks_how_they_felt(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("ik las voor aan groep 3 en het was leuk")
    chat.send("dat klopt niet")
    assert "Hoe voelde jij je toen?" in chat.text()
    assert "leuk" not in chat.text()
    chat.send("spannend eigenlijk")
    assert "Je vond het spannend." in chat.text()
    assert chat.state.node == "moment"


def test_no_feeling_after_a_correction_asks_the_question_without_an_empty_placeholder(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("ik las voor aan groep 3 en het was leuk")
    chat.send("dat klopt niet")
    chat.send("weet ik niet")
    assert "Wat gebeurde er precies op dat moment?" in chat.text()
    assert "{" not in chat.text() and "leuk" not in chat.text()


def test_just_another_feeling_right_after_one_was_named_replaces_it(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("ik moest de hele dag laptops resetten en aan het eind was ik geirriteerd")
    chat.send("ik was gewoon moe")
    assert "Je was moe." in chat.text() and "geïrriteerd" not in chat.text()
    assert chat.state.node == "moment"


def _blij_named(engine: Engine, reflect: ScriptVersion) -> Driver:
    """A reflection where the bot has just said back the student's "blij" and asks about the moment."""
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("ik mocht de kassa doen en aan het eind was ik blij")
    return chat


@pytest.mark.parametrize(
    ("correction", "now", "gone"),
    [
        ("hmm blij is niet het goede woord, ik was vooral opgelucht", "opgelucht", "blij"),
        ("bro blij is te zwaar, gwn tevreden", "tevreden", "blij"),
        ("mwah blij is overdreven, ik was vooral moe", "moe", "blij"),
        ("pff nee blij is t woord niet. ik was gwn moe ok", "moe", "blij"),
        ("hmm blij klinkt te erg. ik was meer tevreden", "tevreden", "blij"),
        ("nou blij is te veel hoor, ik was meer opgelucht", "opgelucht", "blij"),
        ("wacht nee, blij is niet het goeie woord. ik was gwn opgelucht eigenlijk", "opgelucht", "blij"),
        ("nou blij... eigenlijk meer opgelucht, ik stond te trillen", "opgelucht", "blij"),
        ("dat is het niet echt, ik was gewoon een beetje opgelucht", "opgelucht", "blij"),
        ("blij ja maar ik zou het eerder voldaan noemen", "voldaan", "blij"),
        ("blij? nee meer gekwetst", "gekwetst", "blij"),
        ("neuh, opgelucht", "opgelucht", "blij"),
        ("nee, ik zou het voldaan noemen", "voldaan", "blij"),
        ("ik noem het opgelucht", "opgelucht", "blij"),
        ("ik bedoelde opgelucht, niet blij", "opgelucht", "blij"),
        ("blij? nee hoor. ik was gewoon opgelucht", "opgelucht", "blij"),
        ("blij?? ik was eigenlijk in paniek haha", "in paniek", "blij"),
        ("blij is een groot woord, ik was vooral opgelucht", "opgelucht", "blij"),
        ("blij valt wel mee hoor, ik bleef gewoon rustig", "rustig", "blij"),
        ("dat was de klant die blij was, niet ik. ik was gewoon moe", "moe", "blij"),
        (
            "wacht nee blij was ik niet echt hoor, ik had gewoon honger. ik was eigenlijk rustig",
            "rustig",
            "blij",
        ),
    ],
)
def test_a_correction_that_calls_the_word_wrong_replaces_it(
    engine: Engine, reflect: ScriptVersion, correction: str, now: str, gone: str
) -> None:
    chat = _blij_named(engine, reflect)
    chat.send(correction)
    assert now in chat.text() and gone not in chat.text()
    assert [f.word for f in chat.state.feelings] == [now]
    assert chat.state.node == "moment", "the question is asked again, not answered by the correction"


@pytest.mark.parametrize(
    "answer",
    [
        "daarna moest ik afwassen, dat was te zwaar en het duurde lang",
        "er waren te veel klanten en het duurde lang",
        "ik was blij omdat het niet te veel was",
        "klinkt te simpel maar het was echt leuk",
        "het was fout gegaan met het wisselgeld en ik was bang",
        "ik bedoelde dat de klant boos werd en ik bleef rustig",
        "ik moest steeds meer klanten helpen en het ging goed",
        "oh nee toen ging het mis, ik werd heel zenuwachtig",
    ],
)
def test_strong_words_in_a_story_answer_are_no_correction(
    engine: Engine, reflect: ScriptVersion, answer: str
) -> None:
    chat = _blij_named(engine, reflect)
    chat.send(answer)
    assert chat.state.node != "moment", "the answer was taken, the question not asked again"
    assert "blij" in [f.word for f in chat.state.feelings]


@pytest.mark.parametrize(
    "answer",
    [
        "blij? ja zeker, en ook een beetje trots toen de klant lachte",
        "was ik blij? nou eigenlijk wel, en ook een beetje trots",
    ],
)
def test_the_named_word_asked_back_and_agreed_with_is_no_correction(
    engine: Engine, reflect: ScriptVersion, answer: str
) -> None:
    chat = _blij_named(engine, reflect)
    chat.send(answer)
    assert "blij" in [f.word for f in chat.state.feelings], "agreed with, so kept"
    assert "blij" not in chat.state.denied


def test_just_the_same_feeling_again_is_no_correction(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("ik mocht de kassa doen en ik was blij")
    chat.send("ik was gewoon blij")
    assert chat.state.node != "moment" and "begreep ik je verkeerd" not in chat.text()


def test_a_feeling_said_again_beside_the_new_one_is_replaced_not_kept(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("we oefenden met de brandslang en het was best heftig")
    chat.send("nee ik was juist enthousiast, heftig op een goeie manier")
    assert "Je was enthousiast." in chat.text() and "heftig" not in chat.text()


def test_not_really_rejects_the_feeling_only_when_the_question_named_it(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("ik mocht een bumper spuiten en ik was blij")
    chat.send("nee dat is het niet echt")
    assert "Hoe voelde jij je toen?" in chat.text()
    later = Driver(engine, reflect)
    later.to("klein_verhaal", STORY_NL)
    later.send("ik mocht een bumper spuiten en ik was blij")
    later.send("de baas keek mee")
    later.send("nee niet echt")
    assert later.state.node == "verdiepen", "a plain 'no' to 'where else?', not a correction of 'blij'"
    assert [f.word for f in later.state.feelings] == ["blij"]


def test_no_to_have_you_had_this_before_moves_on_kindly(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("verdiepen", [*STORY_NL, "ik was trots op mijn taart", "de klant lachte", "op school"])
    chat.send("nee")
    assert chat.state.node != "verdiepen"
    assert "die keer" not in chat.text()
    assert "eerste keer" in chat.text() or "nieuw" in chat.text() or "deze keer" in chat.text()


def test_the_summary_quotes_only_the_student_within_sixty_words(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    long = "We moesten de hele dag dozen sjouwen en daarna de vakken vullen. " * 5 + "Ik was trots."
    chat.to(
        "kernwoord",
        [*STORY_NL, long, "de chef zag het", "bij voetbal", "ja bij de scouting", "dat het af was"],
    )
    summary = chat.turn.messages[-2].text
    assert summary.startswith(("Even op een rij", "Ik zet het", "Dit heb ik", "Even samengevat"))
    assert len(summary.split()) <= MAX_SUMMARY_WORDS
    assert '"bij voetbal"' in summary and "Je was trots." in summary
    assert "veel verteld" not in summary and "Mooi" not in summary


def test_earlier_key_words_are_named_and_the_thread_asked(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect, kernwoorden="durven|samenwerken")
    chat.to("kernwoord", [*STORY_NL, "ik was trots", "de klant lachte", "op school", "nee", "dat het lukte"])
    chat.send("lef")
    assert "'durven' en 'samenwerken'" in chat.text() and "'lef'" in chat.text()
    chat.send("ja dat hoort bij elkaar")
    assert any(e.target is Target.ENTRY_ONTDEKT and "durven" in str(e.value) for e in chat.effects
               if isinstance(e, Store))  # fmt: skip


def test_a_key_word_chosen_before_names_the_other_earlier_ones_too(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect, kernwoorden="handig|techniek")
    chat.to("kernwoord", [*STORY_NL, "ik was trots", "de klant lachte", "op school", "nee", "dat het lukte"])
    chat.send("Handig")
    assert "'Handig' koos je eerder ook al, net als 'techniek'." in chat.text()


def test_a_prepared_goal_is_asked_about(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(
        engine, reflect, doel="ik wil weten of ik het eng vind om hoog te staan", ervaring="je meeloopdag"
    )
    chat.to("doel_ontdekt", ["ik was bang", "de ladder", "nee", "nee", "de hoogte"])
    assert "Je wilde weten of je het eng vindt om hoog te staan. " in chat.text()
    chat.send("het viel mee")
    assert "het viel mee" in chat.stored(Target.ENTRY_ONTDEKT)


def test_a_helper_said_with_how_to_reach_them_is_not_asked_again(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    to_step(chat)
    chat.send("de bakker mailen")
    chat.send("vrijdag")
    chat.send("ja")
    chat.send("Mirjam de verpleegkundige, ze zei dat ik haar mocht mailen")
    assert chat.state.node == "stap_obstakel"
    [contact] = [e for e in chat.effects if isinstance(e, SaveContact)]
    assert (contact.name, contact.role) == ("Mirjam", "verpleegkundige")
    assert chat.stored(Target.CONTACT_REACH) == ["mailen"]


def test_an_unsure_helper_is_checked_and_said_back_as_a_person(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    to_step(chat)
    for line in ("de bakker vragen", "vrijdag", "ja", "sanne zelf denk ik of je moeder"):
        chat.send(line)
    assert "Sanne" in chat.text() and "denk ik" not in chat.text()
    chat.send("ja")
    assert "Sanne" in chat.text()
    assert chat.state.pending is not None and chat.state.pending.kind == "contact_reach"


def test_after_a_restart_the_open_follow_up_is_asked_again(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    followup = chat.send("leuk").messages[-1].text
    restored = SessionState.model_validate_json(chat.state.model_dump_json())
    assert engine.current(reflect.script, restored).messages[-1].text == followup
    assert engine.resume(reflect.script, restored).messages[-1].text == followup


def test_an_unknown_past_date_gets_no_promise_about_next_week(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.send("1")
    chat.send("Bakkerij")
    chat.send("weet ik niet")
    assert "week" not in chat.text()
    assert chat.state.node == "klein_verhaal"


def test_a_kind_of_experience_without_a_button_is_taken_in_the_students_words(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.send("bijbaan")
    assert chat.state.node == "waar", "typed words that fit no button pick 'Iets anders', no loop"
    assert chat.state.answers["soort"] == "bijbaan"
    assert chat.stored(Target.EXPERIENCE_KIND) == ["other"]


def test_a_non_answer_to_the_kind_of_experience_is_asked_again(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.send("weet niet")
    assert chat.state.node == "soort" and "Kies een van de knoppen" in chat.text()


def test_helpen_is_a_key_word_not_a_request_for_help(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to(
        "kernwoord",
        [*STORY_NL, "Ik was trots op mijn taart", "de klant lachte", "op school", "ja vroeger", "iets maken"],
    )
    chat.send("helpen")
    assert chat.stored(Target.ENTRY_KERNWOORD) == ["helpen"]


def test_a_question_is_not_taken_as_a_kind_of_its_own(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.send("wat bedoel je?")
    assert chat.state.node == "soort" and "Kies een van de knoppen" in chat.text()


@pytest.mark.parametrize(("typed", "kind"), [("open dg", "Open dag"), ("meeloop dag", "Meeloopdag")])
def test_a_button_typed_almost_right_is_that_button(
    engine: Engine, reflect: ScriptVersion, typed: str, kind: str
) -> None:
    chat = Driver(engine, reflect)
    chat.send(typed)
    assert chat.state.node == "waar" and chat.state.answers["soort"] == kind


def test_an_english_kind_typed_almost_right_does_not_go_round_in_circles(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect, language="en")
    chat.send("job shadowing")
    assert chat.state.node == "waar" and "Pick one of the buttons" not in chat.text()


def test_a_feeling_added_with_ook_is_kept_beside_the_first(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("ik mocht een bumper spuiten en ik was blij")
    chat.send("nee, ik was blij maar eigenlijk ook een beetje zenuwachtig")
    assert [f.word for f in chat.state.feelings] == ["blij", "zenuwachtig"] and chat.state.denied == []


def test_two_words_of_one_family_with_a_turn_between_are_both_said(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send(
        "het was koud en we waren allemaal chagrijnig, maar toen een man ging schreeuwen was ik echt boos"
    )
    assert "Eerst was je chagrijnig, daarna was je boos." in chat.text()


def test_one_feeling_said_twice_is_said_once(engine: Engine, reflect: ScriptVersion) -> None:
    chat = Driver(engine, reflect)
    chat.to("klein_verhaal", STORY_NL)
    chat.send("ik was gewoon moe, heel erg moe na die dag")
    assert "Je was moe." in chat.text() and "moe en moe" not in chat.text()
