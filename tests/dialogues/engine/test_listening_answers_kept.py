"""Answers to the feelings the bot said back that are no correction: the moment told, a "nee", elsewhere."""

from __future__ import annotations

import pytest

from dialogues import ScriptVersion
from dialogues.engine import Engine

from .driver import Driver, at_question, said_back


def _answered(engine: Engine, reflect: ScriptVersion, story: str, answer: str) -> tuple[Driver, list[str]]:
    """The story's feelings said back (an English story starts with "I "), then the answer to the moment."""
    chat = said_back(engine, reflect, story, "en" if story.startswith("I ") else "nl")
    before = chat.feelings()
    chat.send(answer)
    return chat, before


def test_a_bare_no_to_the_moment_moves_on_kindly(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik was blij")
    chat.send("nee")
    assert chat.feelings() == ["blij"], "a bare 'nee' is rather 'nothing happened' than 'not blij'"
    assert chat.state.node == "verbreden"


def test_a_story_about_too_much_work_is_no_correction(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik was gestrest")
    chat.send("het was te veel tegelijk, drie klanten aan de balie")
    assert chat.feelings() == ["gestrest"]
    assert chat.state.node == "verbreden"


def test_a_feeling_only_told_on_the_next_question_is_not_added(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig")
    chat.send("ik moest een klant helpen met een retour")
    chat.send("bij voetbal, daar ben ik ook vaak blij")
    assert chat.feelings() == ["zenuwachtig"], "to 'where else?' a feeling is about somewhere else"


@pytest.mark.parametrize(
    "answer", ["ja op school als ik iets fout doe", "bij voetbal als de trainer overdreven doet"]
)
def test_where_else_is_never_read_as_a_correction(
    engine: Engine, reflect: ScriptVersion, answer: str
) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig")
    chat.send("toen ik moest afrekenen")
    chat.send(answer)
    assert chat.feelings() == ["zenuwachtig"] and chat.state.node == "verdiepen"


@pytest.mark.parametrize(
    ("story", "answer"),
    [
        ("ik was blij", "nee er gebeurde niks"),
        ("I was happy", "no nothing happened"),
        ("ik was boos", "mijn baas werd ook boos, niet op mij maar op de klant"),
        ("ik was blij", "ik was zo blij niet normaal, ze gaf me een knuffel"),
        ("I was happy", "I was so happy no cap"),
        ("ik was zenuwachtig", "ik werd zenuwachtig was best veel volk"),
        ("ik was zenuwachtig", "werk is te zwaar voor mij"),
        ("I was nervous", "I never said anything, I just stood there"),
        ("ik was zenuwachtig", "zenuwachtig?? tuurlijk man"),
        ("ik was blij", "de klant was eerder verbaasd dan blij"),
        ("I was happy", "my boss was more surprised than happy"),
        ("ik was blij", "daarna vroeg mijn baas of ik het leuk vond"),
        ("ik was blij", "mijn collega zei daarna: ik ben trots op je"),
        ("I was happy", "I hoped I wouldn't get angry"),
        ("ik was zenuwachtig", "precies op dat moment kwam mijn baas binnen"),
        ("ik was zenuwachtig", "zenuwachtig?? ik was kapot zenuwachtig"),
        ("ik was zenuwachtig", "ik deed iets fout bij de kassa"),
        ("ik was zenuwachtig", "mn tas was te zwaar om te tillen"),
        ("ik was zenuwachtig", "was echt veel werk"),
        ("ik was zenuwachtig", "niet echt veel, gwn kassa"),
        ("ik was zenuwachtig", "de baas reageerde overdreven"),
        ("ik was zenuwachtig", "viel wel mee eigenlijk, moest gwn kassa doen"),
        ("ik was zenuwachtig", "ik moest alleen staan, niet ik maar zij had pauze"),
        ("ik was moe", "het werk was te zwaar voor mij"),
        ("I was nervous", "I gave the wrong change to a customer"),
        ("I was nervous", "there was too much work"),
        # from a review: not knowing what happened is no doubt about the feeling
        ("ik was zenuwachtig", "ik weet het niet"),
        ("ik was zenuwachtig", "ja klopt, waarom ik weet het niet"),
        ("I was nervous", "it was my colleague who got yelled at, not me"),
        # no feeling added: what did not happen, happens as a rule, is hoped, or is someone else's
        ("ik was blij", "als het fout was gegaan was ik boos geweest"),
        ("I was happy", "if I had messed up I would have been so embarrassed"),
        ("ik was blij", "normaal ben ik zenuwachtig maar nu niet"),
        ("I was happy", "I hope I won't be nervous next time"),
        ("ik was blij", "zij vinden het saai, ik niet"),
        ("ik was zenuwachtig", "mijn baas 🙄 was boos omdat ik te laat was"),
        ("ik was blij", "mijn baas was boos op een collega, dat was niet leuk"),
        ("ik was blij", "<script>alert(1)</script>"),
        # half right with when it was so, what the student did wrong, the body that felt nothing (a review)
        ("ik was boos", "half, toen hij schreeuwde"),
        ("I was nervous", "half, when he yelled"),
        ("ik was zenuwachtig", "nou half, ik deed alles fout"),
        ("ik was zenuwachtig", "nee, ik voelde niks van de kou"),
        ("I was nervous", "no I felt nothing in my hands"),
        # about the job, not the named word (a review)
        ("ik was zenuwachtig", "ja klopt, maar weet niet of dat het is wat ik wil"),
        ("I was nervous", "that's not it for me, the job i mean"),
    ],
)
def test_an_answer_about_the_moment_is_no_correction_and_adds_nothing(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str
) -> None:
    chat, before = _answered(engine, reflect, story, answer)
    assert chat.feelings() == before
    assert "had ik het mis" not in chat.text() and "got it wrong" not in chat.text()
    assert "hoort er ook bij" not in chat.text() and "part of it too" not in chat.text()
    assert "Hoe voelde jij je toen?" not in chat.text() and "How did you feel then?" not in chat.text()


def test_where_else_with_someone_elses_comparison_is_no_correction(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig")
    chat.send("toen ik moest afrekenen")
    chat.send("ja bij voetbal, daar was mijn trainer meer boos dan zenuwachtig")
    assert chat.feelings() == ["zenuwachtig"] and chat.state.node == "verdiepen"


@pytest.mark.parametrize(
    ("story", "answer"),
    [
        ("ik was zenuwachtig", "ik kreeg een boze klant"),
        ("I was nervous", "i got an angry customer"),
        ("ik was zenuwachtig", "niet echt, het was gewoon druk"),
        ("I was nervous", "not really, it was just busy"),
    ],
)
def test_a_described_customer_or_not_much_is_no_feeling_change(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str
) -> None:
    chat, before = _answered(engine, reflect, story, answer)
    assert chat.feelings() == before and chat.state.node == "verbreden"


def test_a_one_word_answer_at_where_else_is_no_correction(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig")
    chat.send("toen ik moest afrekenen")
    chat.send("gewoon rustig.")
    assert chat.feelings() == ["zenuwachtig"]


@pytest.mark.parametrize(
    ("story", "answer"),
    [
        # a word that goes on, judges the moment or tells what happened is no correction
        ("ik was zenuwachtig", "ok"),
        ("ik was zenuwachtig", "prima"),
        ("I was nervous", "fine"),
        ("ik was zenuwachtig", "best spannend"),
        ("ik was zenuwachtig", "ik schrok"),
        # doubt about the memory, not about the word
        ("ik was zenuwachtig", "weet niet of dat klopt, ik stond voor de klas en vergat mijn tekst"),
        ("I was nervous", "not sure if it's right, I picked up and she yelled"),
        # "beter past" about clothes, "boeit niet" without another feeling
        ("ik was trots", "ik zei dat de blauwe beter past en ik vond het leuk om te helpen"),
        ("ik was blij", "ja blij boeit niet, ik kreeg 5 euro fooi"),
    ],
)
def test_short_and_doubting_answers_keep_the_named_feeling(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str
) -> None:
    chat, before = _answered(engine, reflect, story, answer)
    assert before[0] in chat.feelings()
    assert "had ik het mis" not in chat.text() and "got it wrong" not in chat.text()


@pytest.mark.parametrize(
    ("story", "node", "answer"),
    [
        ("ik was zenuwachtig", "verbreden", "nee op school ben ik juist rustig"),
        ("ik was zenuwachtig", "verbreden", "nee, bij voetbal ben ik juist nooit zenuwachtig"),
        ("I was nervous", "verbreden", "no, at school I'm actually calm"),
        ("ik was zenuwachtig", "verdiepen", "nee ik was nooit eerder zo zenuwachtig"),
        # feelings of another place or time, denied or compared too
        ("ik was zenuwachtig", "verbreden", "nee op school was ik niet zenuwachtig"),
        ("ik was zenuwachtig", "verbreden", "nee. thuis ben ik meer moe dan zenuwachtig"),
        ("I was nervous", "verbreden", "no, at my old job I wasn't nervous at all"),
        ("ik voelde me er echt thuis", "verbreden", "nee, thuis voel ik me juist rustig"),
    ],
)
def test_a_no_to_a_later_question_answers_it_and_keeps_the_feeling(
    engine: Engine, reflect: ScriptVersion, story: str, node: str, answer: str
) -> None:
    chat = at_question(engine, reflect, story, node)
    before = chat.feelings()
    chat.send(answer)
    assert chat.feelings() == before
    assert chat.state.node != node, "the answer counts and the conversation goes on"


@pytest.mark.parametrize(
    ("story", "answer"),
    [
        # an answer about the moment with a "niet leuk" in it is the answer, not a feeling said again
        ("ik was zenuwachtig", "ik moest bellen, niet leuk"),
        ("ik was zenuwachtig", "ik was zenuwachtig omdat ik moest presenteren en dat was niet leuk"),
        ("I was nervous", "I was nervous because I had to call a customer and it wasn't fun at all"),
        # "more" as an amount is no correction
        ("I was nervous", "it was more people than usual and I got stressed"),
        ("I was proud", "that was more work than I thought but I was happy with it"),
    ],
)
def test_answers_about_the_moment_go_on(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str
) -> None:
    chat, before = _answered(engine, reflect, story, answer)
    assert before[0] in chat.feelings()
    assert chat.state.node != "moment", "the answer counts and the conversation goes on"


def test_a_feeling_of_the_first_day_answers_the_question_once(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik was vandaag echt rustig")
    chat.send("de eerste dag was ik nog super zenuwachtig, nu niet meer. vooral toen ik die klant hielp")
    assert chat.feelings() == ["rustig"]
    assert chat.state.node != "moment", "the answer counts, and is not swallowed again and again"


def test_someone_elses_feeling_set_straight_is_heard(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(
        engine, reflect, "zijn dochter raakte in paniek. ik voelde me eigenlijk vooral nutteloos"
    )
    chat.send(
        "even voor de duidelijkheid: die paniek was van de dochter hoor, niet van mij. ik voelde me nutteloos"
    )
    assert chat.feelings() == ["nutteloos"]
    assert "nutteloos" in chat.text()


@pytest.mark.parametrize(
    ("story", "answer", "now"),
    [
        # one word after two feelings said back is one more, it does not wipe out both
        ("ik was zenuwachtig en daarna trots", "opgelucht.", ["zenuwachtig", "trots", "opgelucht"]),
        # a place or a first time in the same message does not stop a feeling added
        ("ik was zenuwachtig", "ja en ook trots, thuis heb ik het meteen verteld", ["zenuwachtig", "trots"]),
        (
            "ik was zenuwachtig",
            "ja en achteraf trots, dat was de eerste keer dat het lukte",
            ["zenuwachtig", "trots"],
        ),
        ("I was nervous", "and afterwards proud, I had never done that before", ["nervous", "proud"]),
        # what the student did, not "I didn't" about someone else's feeling (dev58)
        (
            "I was super nervous",
            "yea but also kinda proud after tbh, i didnt let go 💪",
            ["nervous", "proud"],
        ),
        ("I was nervous", "my coworker was also bored, i didn't.", ["nervous"]),
        ("I was nervous", "and afterwards also proud, not meaning to brag", ["nervous", "proud"]),
        # half right with a later moment keeps the named one, and every feeling after it (a review)
        ("ik was zenuwachtig", "half. daarna was ik moe en boos", ["zenuwachtig", "moe", "boos"]),
    ],
)
def test_feelings_added_beside_the_named_ones(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, now: list[str]
) -> None:
    chat, _ = _answered(engine, reflect, story, answer)
    assert chat.feelings() == now


@pytest.mark.parametrize(
    ("story", "answer"),
    [
        ("ik was zenuwachtig", "ok"),
        ("ik was zenuwachtig", "prima"),
        ("I was nervous", "fine"),
        ("ik was zenuwachtig en daarna trots", "prima"),
        ("ik was zenuwachtig", "spannend"),
    ],
)
def test_a_word_that_goes_on_adds_no_feeling(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str
) -> None:
    chat, before = _answered(engine, reflect, story, answer)
    assert chat.feelings() == before


_TORN_NL = "ik weet niet of ik nou boos was of gewoon moe"
_TORN_EN = "not sure if I was bored or just tired"


@pytest.mark.parametrize(
    ("story", "doubt", "answer", "now", "language"),
    [
        (_TORN_NL, "twijfelt tussen boos en moe", "vooral boos", ["boos"], "nl"),
        (_TORN_NL, "twijfelt tussen boos en moe", "boos", ["boos"], "nl"),
        (_TORN_NL, "twijfelt tussen boos en moe", "ik was gewoon moe", ["moe"], "nl"),
        (_TORN_NL, "twijfelt tussen boos en moe", "allebei denk ik", ["boos", "moe"], "nl"),
        (_TORN_NL, "twijfelt tussen boos en moe", "niet boos", ["moe"], "nl"),
        (_TORN_EN, "not sure: bored or tired", "mostly tired i think", ["tired"], "en"),
        (_TORN_EN, "not sure: bored or tired", "bored", ["bored"], "en"),
    ],
)
def test_a_doubt_between_two_is_said_back_and_settling_it_is_no_mistake(
    engine: Engine, reflect: ScriptVersion, story: str, doubt: str, answer: str, now: list[str], language: str
) -> None:
    chat = said_back(engine, reflect, story, language)
    assert doubt in chat.text()
    chat.send(answer)
    assert chat.feelings() == now
    assert "had ik het mis" not in chat.text() and "got it wrong" not in chat.text()
