"""The words a correction comes in: a sigh or a laugh first, "not exactly that", "ja maar", a Dutch yes with
a "nee" first, and the student's own way of putting it."""

from __future__ import annotations

import pytest

from dialogues import ScriptVersion
from dialogues.engine import Engine

from .driver import said_back


@pytest.mark.parametrize("answer", ["🙄 nee", "hmm nee"])
def test_a_no_with_a_sigh_is_a_correction(engine: Engine, reflect: ScriptVersion, answer: str) -> None:
    chat = said_back(engine, reflect, "ik was zo gestrest")
    chat.send(answer)
    assert chat.state.feelings == [] and "Hoe voelde jij je toen?" in chat.text()


@pytest.mark.parametrize(
    ("story", "answer", "now", "language"),
    [
        # from a review: agreeing first, the feeling named stays ("het ergste" and "the worst" add after
        # "ja"/"yes"; "too much people" is no word on the feeling; nothing felt only later)
        (
            "ik was zenuwachtig",
            "klopt, het meest was ik bang dat ik fouten maakte",
            ["zenuwachtig", "bang"],
            "nl",
        ),
        ("ik was zenuwachtig", "ja, en het ergste was dat ik me schaamde", ["zenuwachtig", "schaamde"], "nl"),
        ("I was nervous", "yes, and most of all i was scared", ["nervous", "scared"], "en"),
        ("I was nervous", "yeah too much people and i was stressed", ["nervous", "stressed"], "en"),
        (
            "ik was zenuwachtig",
            "ja in het begin wel, daarna voelde ik er niet veel bij",
            ["zenuwachtig"],
            "nl",
        ),
        ("I was nervous", "yeah at first but later i didn't really feel much", ["nervous"], "en"),
        ("I was nervous", "yes, and later it was more relaxed", ["nervous"], "en"),
        ("ik was zenuwachtig", "uhh nee ik was chill", ["chill"], "nl"),
        ("ik was zenuwachtig", "nee eigenlijk meer 😡", ["boos"], "nl"),
        (
            "eerst was ik zenuwachtig, daarna was ik echt trots",
            "ja klopt, vooral dat zenuwachtig en ook een beetje blij",
            ["zenuwachtig", "blij"],
            "nl",
        ),
        (
            "toen raakte ik best wel in paniek",
            "nah dat klinkt heftiger dan het was. ik had het wel onder controle, beetje opgejaagd ofzo",
            ["opgejaagd"],
            "nl",
        ),
        ("I was nervous", "what no I was happy", ["happy"], "en"),
        ("I was nervous", "I wouldn't call it nervous", [], "en"),
    ],
)
def test_corrections_after_a_sound_or_in_other_words(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, now: list[str], language: str
) -> None:
    chat = said_back(engine, reflect, story, language)
    chat.send(answer)
    assert chat.feelings() == now


def test_not_really_that_opens_a_correction(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "i was scared to make a mistake", "en")
    chat.send("hmm not really that, it was more stress, everything went so fast")
    assert chat.feelings() == ["stressed"]


def test_not_exactly_and_the_feeling_after_than_is_turned_down(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "I was so tense", "en")
    chat.send("hm not exactly. honestly it was more exciting than scary, like a rush")
    assert chat.feelings() == ["exciting"]


@pytest.mark.parametrize(
    "answer", ["zenuwachtig haha niet echt", "zenuwachtig nee haha", "ik was niet 😂 zenuwachtig"]
)
def test_a_laugh_does_not_hide_a_correction(engine: Engine, reflect: ScriptVersion, answer: str) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig")
    chat.send(answer)
    assert chat.state.feelings == [] and "Hoe voelde jij je toen?" in chat.text()


@pytest.mark.parametrize(
    ("story", "answer", "now", "language"),
    [
        # the student's own spelling of the named word ("doodeng" said back as "eng", "dat blije")
        (
            "ik vond het echt doodeng toen ik al dat bloed zag",
            "haha doodeng is wel overdreven. het was meer ongemakkelijk",
            ["ongemakkelijk"],
            "nl",
        ),
        (
            "ik was zenuwachtig maar ook wel blij dat ze mij hadden gevraagd",
            "dat blije viel eigenlijk wel mee hoor, het waren vooral zenuwen",
            ["zenuwachtig"],
            "nl",
        ),
        # one word, another feeling than named: the word the student would use
        ("ik was blij toen de dag voorbij was", "opgelucht.", ["opgelucht"], "nl"),
        ("I was happy when it was over", "relieved.", ["relieved"], "en"),
        # a named word that does not matter; the other named one stays
        ("ik was zenuwachtig en moe", "moe boeit niet 😂 het ging echt om de zenuwen", ["zenuwachtig"], "nl"),
        # too weak in the students' words, a better word, a no with "broer", a "nie" that is the first word's
        ("ik was tevreden", "tevreden is zo slap 😂 ik was gewoon trots", ["trots"], "nl"),
        (
            "ik was blij",
            "maar ik denk dat dankbaar beter past, dat ze zoveel tijd voor me nam",
            ["dankbaar"],
            "nl",
        ),
        ("wollah ik was zo bang", "bang nee broer 😂 ik schrok gewoon", ["schrok"], "nl"),
        ("ik was echt gefrusteerd", "nee nie gefrusteerd meer teleursteld ofzo", ["teleurgesteld"], "nl"),
        ("ik was echt blij", "ja blij wel, maar het is meer trots eigenlijk", ["trots"], "nl"),
        (
            "ik was echt blij",
            "ja blij wel, maar het is meer trots eigenlijk. ik had er thuis al drie avonden aan gewerkt",
            ["trots"],
            "nl",
        ),
        # only a little of one of two ("was maar heel even", "wasn't that bad"); "no actually more X"
        (
            "ik was blij dat ik iets mocht doen maar ook zenuwachtig",
            "eigenlijk vooral zenuwachtig, dat blije was maar heel even",
            ["zenuwachtig"],
            "nl",
        ),
        (
            "I was nervous and a bit annoyed",
            "mostly annoyed tbh, the nervous part wasn't that bad",
            ["annoyed"],
            "en",
        ),
        (
            "i was happy i guess",
            "no actually more relieved, I thought it would be strict",
            ["relieved"],
            "en",
        ),
    ],
)
def test_corrections_in_the_students_own_words(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, now: list[str], language: str
) -> None:
    chat = said_back(engine, reflect, story, language)
    chat.send(answer)
    assert chat.feelings() == now
    assert chat.state.node == "moment", "the question is asked again, not answered by the correction"


@pytest.mark.parametrize(
    ("story", "answer", "language", "now"),
    [
        # dev74: "the big feeling was" after a "but" puts that one in the named one's place
        ("I was little bit nervous", "yes nervous small, but the big feeling was happy", "en", ["happy"]),
        # a stronger word asked back: "ecstatic" for "pretty happy"; the crying emoji beside it is no sadness
        (
            "I was pretty happy",
            "pretty happy?? I was ecstatic lol, I literally screamed in the parking lot 😭",
            "en",
            ["ecstatic"],
        ),
        # "nee echt wel" is a Dutch yes: agreed, and said back once more
        ("ik was zo opgelucht", "nee echt wel", "nl", ["opgelucht"]),
    ],
)
def test_what_dev74_corrected(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, language: str, now: list[str]
) -> None:
    chat = said_back(engine, reflect, story, language)
    chat.send(answer)
    assert chat.feelings() == now
    assert now[0] in chat.text(), "said back"
    assert "verkeerd" not in chat.text() and "misunderstood" not in chat.text()


def test_yes_but_that_is_not_quite_it_corrects(engine: Engine, reflect: ScriptVersion) -> None:
    # dev75: "ja maar" takes the "ja" back; the student's own word is said back
    chat = said_back(engine, reflect, "het was best zwaar voor mij eerlijk gezegd", "nl")
    chat.send("ja maar dat is het niet helemaal. ik was vooral geraakt, door hoe hij over haar praatte")
    assert chat.feelings() == ["geraakt"]
    assert "hoort er ook bij" not in chat.text() and "geraakt" in chat.text()


def test_that_too_but_also_adds(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik was vooral opgelucht dat ik niks fout had gedaan", "nl")
    chat.send("ja dat ook, maar stiekem ook wel trots eigenlijk")
    assert chat.feelings() == ["opgelucht", "trots"]


def test_not_exactly_that_opens_a_correction(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "i just felt calm kind of. i held his paw", "en")
    chat.send("hmm not exactly that. i think i was more relieved, that it was over for him")
    assert chat.feelings() == ["relieved"]


@pytest.mark.parametrize(
    ("answer", "now", "said"),
    [
        # a review of this session's change
        ("nee klopt nie", [], "verkeerd"),
        ("nee klopt echt niet", [], "verkeerd"),
        ("nee echt wel boos", ["boos"], "boos"),
        ("ja maar fout was het niet hoor", ["zenuwachtig"], "Herken"),
        ("ik weet niet wat ik voel bij die baan maar toen was ik wel zenuwachtig", ["zenuwachtig"], "Herken"),
        ("ik wist niet wat ik voelde, zo trots was ik", ["zenuwachtig", "trots"], "trots"),
        # a second review
        ("ja maar nee, ik was boos", ["boos"], "boos"),
        ("ja maar dat klopt niet", [], "verkeerd"),
        ("nee echt wel hoor", ["zenuwachtig"], "Herken"),
        ("ik weet niet wat ik voelde, de klant was wel boos", [], "Twijfel"),
        ("nee, ik was niet moe of eerder verveeld", ["verveeld"], "verveeld"),
    ],
)
def test_what_the_review_of_this_session_found(
    engine: Engine, reflect: ScriptVersion, answer: str, now: list[str], said: str
) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig toen ik de klant hielp", "nl")
    chat.send(answer)
    assert chat.feelings() == now
    assert said in chat.text()
