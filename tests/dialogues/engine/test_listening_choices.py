"""What an answer chooses among the feelings said back (kinds/_choosing): a doubt, the one that matters,
agreeing with one of them."""

from __future__ import annotations

import pytest

from dialogues import ScriptVersion
from dialogues.engine import Engine

from .driver import said_back


def test_a_doubt_is_no_misunderstanding_and_the_doubted_word_may_come_back(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig toen ik de klant hielp", "nl")
    chat.send("denk het? of was het meer blij?")
    assert "Twijfel" in chat.text() or "twijfel" in chat.text() or "niet makkelijk" in chat.text()
    assert "verkeerd" not in chat.text() and "mis" not in chat.text()
    chat.send("toch zenuwachtig denk ik")
    assert [f.word for f in chat.state.feelings] == ["zenuwachtig"], "a doubt turned nothing down"


def test_agreeing_is_heard_and_the_answer_still_counts(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik voelde me een beetje machteloos")
    chat.send("ja precies, machteloos. dat was echt het woord")
    assert "Oké, helder. Je was machteloos." in chat.text()
    assert chat.state.node == "verbreden"


@pytest.mark.parametrize(
    ("story", "answer", "language"),
    [
        ("ik was wel trots denk ik", "hmm weet niet of trots het woord is eigenlijk", "nl"),
        ("ik was verbaasd", "hmm ik weet niet of dat het woord is", "nl"),
        ("I was happy", "not sure that's the right word", "en"),
        # dev74: not knowing any more what they felt is a doubt about the feeling too
        (
            "ik was wel gespannen denk ik",
            "hmm nu je het zo zegt weet ik het eigenlijk niet meer. kweet echt niet wat ik voelde",
            "nl",
        ),
        (
            "I felt really inspired",
            "hmm... idk anymore actually. I'm not sure what I felt, it was a lot",
            "en",
        ),
    ],
)
def test_a_word_doubted_without_another_asks_how_they_felt(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, language: str
) -> None:
    chat = said_back(engine, reflect, story, language)
    chat.send(answer)
    assert chat.state.feelings == []
    assert "Hoe voelde jij je toen?" in chat.text() or "How did you feel then?" in chat.text()
    assert "verkeerd" not in chat.text() and "misunderstood" not in chat.text(), "a doubt is no mistake"


def test_agreeing_and_stressing_one_of_two_keeps_it_without_an_apology(
    engine: Engine, reflect: ScriptVersion
) -> None:
    # dev71: the emoji is how it is said ("blij" it is not), and agreeing is no mistake of the bot's
    chat = said_back(engine, reflect, "ik had er veel zin in en daarna was ik echt trots")
    chat.send("ja klopt helemaal 😊 vooral dat trots, dat had ik echt niet verwacht")
    assert chat.feelings() == ["trots"]
    assert "had ik het mis" not in chat.text() and "blij" not in chat.text()
    # and "klopt niet, vooral trots" disagrees: that one is a correction
    chat = said_back(engine, reflect, "ik had er veel zin in en daarna was ik echt trots")
    chat.send("klopt niet, vooral trots")
    assert chat.feelings() == ["trots"] and "had ik het mis" in chat.text()
    # "klopt helemaal niet" disagrees too
    chat = said_back(engine, reflect, "ik was heel zenuwachtig")
    chat.send("klopt helemaal niet, ik was boos")
    assert chat.feelings() == ["boos"] and "had ik het mis" in chat.text()


@pytest.mark.parametrize(
    ("story", "answer", "language", "now"),
    [
        # dev73: of two feelings said back, the one the student says matters is kept, heard and not a mistake
        (
            "de ochtend was vooral verveling eerlijk gezegd. bij de zitting was ik echt onder de indruk",
            "die ochtend ja, maar daar gaat het me niet om. "
            "bij die zitting was ik echt onder de indruk, dat is wat ik bedoel",
            "nl",
            ["onder de indruk"],
        ),
        (
            "ik zelf aan het eind: moe maar voldaan",
            "dat moe is meer gewoon mijn lijf haha, waar het mij om gaat is dat voldane gevoel",
            "nl",
            ["voldaan"],
        ),
    ],
)
def test_what_matters_of_two_is_kept(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, language: str, now: list[str]
) -> None:
    chat = said_back(engine, reflect, story, language)
    assert len(chat.feelings()) == 2
    chat.send(answer)
    assert chat.feelings() == now
    assert "Oké, helder" in chat.text() and "mis" not in chat.text()


def test_what_matters_with_a_new_feeling_among_them_adds_it(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig en daarna trots", "nl")
    chat.send("daar gaat het me niet om. ik was trots maar ook moe")
    assert "moe" in chat.feelings()
