"""Answers to the feelings the bot said back: too strong, too weak, someone else's, compared, added."""

from __future__ import annotations

import pytest

from dialogues import ScriptVersion
from dialogues.engine import Engine

from .driver import said_back


@pytest.mark.parametrize(
    ("story", "answer", "now", "gone", "language"),
    [
        # too strong, with a softer word of the same family or another family
        ("ik was bang", "bang is overdreven, een beetje zenuwachtig", "zenuwachtig", "bang", "nl"),
        (
            "I was terrified",
            "ok terrified is a bit much 😅 scared for like 2 seconds",
            "scared",
            "terrified",
            "en",
        ),
        (
            "I got really angry with him.",
            "angry is too strong lol. more like irritated",
            "irritated",
            "angry",
            "en",
        ),
        # too weak
        (
            "ik vond dat heel verdrietig",
            "verdrietig is eigenlijk te zwak. het heeft me echt geraakt",
            "geraakt",  # the student's own word said back
            "verdrietig",
            "nl",
        ),
        ("ik schrok wel", "wel is zacht uitgedrukt. ik was echt in paniek", "in paniek", "schrok", "nl"),
        (
            "I was quite scared",
            "it was more than scared, I was kind of in a panic inside",
            "panicked",
            "scared",
            "en",
        ),
        # "meer X dan Y" whatever the subject, and "more X than anything"
        (
            "achteraf baalde ik enorm",
            "ja maar achteraf was het meer boos op mezelf dan balen",
            "boos",
            "baalde",
            "nl",
        ),
        # one named word turned down by "nee" after it
        ("was echt moe en chagrijnig", "moe ja 😂 maar chagrijnig nee hoor", "moe", "chagrijnig", "nl"),
        # a word asked back, then no
        (
            "vond t n beetje vies eerlijk",
            "beetje?? nee man ik werd er gwn misselijk van",
            "misselijk",
            "vies",
            "nl",
        ),
        # the part after "maar" decides: "ook" before it does not keep the first
        ("ik was helemaal blei", "ja blei ook maar meer trots eigelijk", "trots", "blij", "nl"),
        # dev64-dev67: "too strong" adds nothing, "minder heftig dan dat", "het ergste was", "it was more"
        (
            "I was kind of shocked",
            "hmm thats a bit too strong lol. more like surprised i guess",
            "surprised",
            "shocked",
            "en",
        ),
        ("I was really shocked", "that's too much, i was just a bit nervous", "nervous", "shocked", "en"),
        (
            "ik was best bang dat ik iets zou verpesten",
            "hmm minder heftig dan dat, gewoon een beetje gespannen",
            "gespannen",
            "bang",
            "nl",
        ),
        (
            "ik was zo gestrest",
            "dat ook wel, maar het ergste was dat ik me zo eenzaam voelde daar achterin",
            "eenzaam",
            "gestrest",
            "nl",
        ),
        (
            "I felt so proud",
            "hmm not really tbh, it was more relief that I didn't mess it up",
            "relieved",
            "proud",
            "en",
        ),
        (
            "ik was wel blij",
            "hmm nee eigenlijk niet echt, het was meer nieuwsgierigheid",
            "nieuwsgierig",
            "blij",
            "nl",
        ),
    ],
)
def test_a_word_said_too_strong_too_weak_or_turned_down_makes_way_for_the_students_own(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, now: str, gone: str, language: str
) -> None:
    chat = said_back(engine, reflect, story, language)
    chat.send(answer)
    assert chat.feelings() == [now]
    assert now in chat.text() and gone not in chat.text()
    assert chat.state.node == "moment", "the question is asked again, not answered by the correction"


@pytest.mark.parametrize(
    ("story", "answer"),
    [
        ("ik was bang", "bang is overdreven"),
        ("ik schrok me rot", "geschrokken valt mee hoor"),
        ("vond t echt heftig", "hmm nee 🤔"),
        ("I was terrified", "hmm nope"),
        ("kvond het nie leuk", "nee da klopt nie echt"),
        # no feeling at all, the student says (dev58): the named one goes, and the bot asks
        ("ik voelde me echt een held haha", "nah was meer een grap, ik voelde niks speciaals"),
        ("I felt like a hero", "nah, I didn't feel anything special, just did my job"),
        # dev62: "not really." and "that's not quite it" open a correction; a doubt about the word too
        ("I was nervous", "hmm not really. the biggest thing was the break"),
        ("ik was trots", "hmm weet niet of dat het is"),
        ("ik was echt trots", "hmm ja nee, ik weet eigenlijk niet of dat t is. t voelde anders"),
        # no feeling at all, in a longer message (dev67)
        ("ik was wel blij denk ik", "eigenlijk voelde ik er niet echt veel bij, het was gewoon een opdracht"),
        ("I was happy I think", "idk i didn't really feel anything tbh, it was just info for school"),
        (
            "ik was zo trots op hem",
            "hmm ja denk het? of was het meer blij voor hem? ik weet het eerlijk gezegd niet zo goed",
        ),
        ("ik was heel zenuwachtig", "ik voelde er eigenlijk niet veel bij, het was gewoon werk"),
    ],
)
def test_a_named_word_turned_down_without_another_asks_how_they_felt(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str
) -> None:
    language = "en" if story.startswith("I ") else "nl"
    chat = said_back(engine, reflect, story, language)
    chat.send(answer)
    assert chat.state.feelings == []
    assert "Hoe voelde jij je toen?" in chat.text() or "How did you feel then?" in chat.text()


@pytest.mark.parametrize(
    ("story", "answer", "language"),
    [
        ("ik was blij", "blij?? nee super blij", "nl"),
        ("ik was een beetje zenuwachtig", "beetje?? nee heel erg", "nl"),
        ("ik was blij", "blij is te zwak, ik was super blij", "nl"),
    ],
)
def test_the_named_word_said_too_weak_keeps_it(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, language: str
) -> None:
    chat = said_back(engine, reflect, story, language)
    before = chat.feelings()
    chat.send(answer)
    assert chat.feelings() == before
    assert "had ik het mis" not in chat.text() and "Hoe voelde jij je" not in chat.text()


def test_a_feeling_said_to_be_someone_elses_is_not_taken_as_the_students(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "she got really frustrated with us. I was a bit embarrassed", "en")
    chat.send("just so you know, the frustrated one was the teacher, not me. I was just embarrassed")
    assert chat.feelings() == ["embarrassed"]
    assert "frustrated" not in chat.text()


def test_a_feeling_added_after_the_named_one_is_said_back_beside_it_and_the_answer_counts(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "ik moest een klant helpen. Ik was best zenuwachtig.")
    chat.send("ja zenuwachtig zeker, maar daarna ook heel opgelucht toen hij ging lachen")
    assert chat.feelings() == ["zenuwachtig", "opgelucht"]
    assert "Eerst was je zenuwachtig, daarna was je opgelucht." in chat.text()
    assert "had ik het mis" not in chat.text()
    assert chat.state.node == "verbreden", "the answer about the moment is taken"


def test_an_added_feeling_in_english_keeps_both(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "a lady was upset at the desk. i was stressed af", "en")
    chat.send("yeah stressed for sure but also kinda proud tbh, i fixed it in the end")
    assert chat.feelings() == ["stressed", "proud"]
    assert "upset" not in chat.text()


def test_someone_elses_feeling_then_the_students_own_in_one_sentence(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "ik was blij")
    chat.send("de klant was blij niet ik, ik was moe")
    assert chat.feelings() == ["moe"]


@pytest.mark.parametrize(
    ("story", "answer", "now", "language"),
    [
        # one named word turned down, the other kept by name
        (
            "voelde ik me een beetje misselijk, maar ik was vooral nieuwsgierig",
            "misselijk klopt niet echt, ik schrok meer toen ik het zag. nieuwsgierig wel",
            ["schrok", "nieuwsgierig"],
            "nl",
        ),
        ("ik was teleurgesteld", "teleurgesteld wel even ja, maar daarna vooral gemotiveerd", None, "nl"),
        (
            "I was super exited the whole time. I was so embarassed.",
            "excited yes, but not embarrassed really, more like shocked",
            ["excited", "shocked"],
            "en",
        ),
        # the bot's words turned down as a whole, in many ways
        (
            "ik was zo gestrest",
            "dat zei ik toch niet?? ik had er gewoon geen zin in, ik was chagrijnig",
            ["had geen zin", "chagrijnig"],
            "nl",
        ),
        ("ik walgde ervan eerst", "wallah niet man, ik was gwn rustig daar", ["rustig"], "nl"),
        ("ik was een beetje gestrest", "een beetje? veel erger. ik was echt in paniek", ["in paniek"], "nl"),
        ("i was happy", "yes happy but more proud, becuse first time chef say good to me", ["proud"], "en"),
    ],
)
def test_which_named_word_is_turned_down_and_which_is_kept(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, now: list[str] | None, language: str
) -> None:
    chat = said_back(engine, reflect, story, language)
    chat.send(answer)
    assert chat.feelings() == (now or ["teleurgesteld", "gemotiveerd"])
    assert chat.state.node == "moment"


@pytest.mark.parametrize(
    ("story", "answer"),
    [
        ("ik schaamde me wel", "nee hoor niet echt. beetje dan 🤏"),
        ("was echt blij", "blij is te wijnig. super super blij man"),
    ],
)
def test_the_same_word_softer_or_stronger_stays(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str
) -> None:
    chat = said_back(engine, reflect, story)
    before = chat.feelings()
    chat.send(answer)
    assert chat.feelings() == before and "Oké, helder." in chat.text()


def test_an_added_feeling_with_a_fear_that_was_real(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik was zo trots op haar")
    chat.send("klopt helemaal! en ook opgelucht want ik was bang dat ze zou gaan huilen haha")
    assert chat.feelings()[:2] == ["trots", "opgelucht"]
    chat2 = said_back(engine, reflect, "ik was blij")
    chat2.send("stel je voor dat ik boos was geworden")
    assert chat2.feelings() == ["blij"], "only supposed"


@pytest.mark.parametrize(
    ("story", "answer", "now", "language"),
    [
        ("ik was zenuwachtig en trots", "trots niet, wel blij", ["blij"], "nl"),
        (
            "I honestly felt so lost",
            "kind of, but it's more mixed: I was excited and overwhelmed at the same time",
            ["excited", "overwhelmed"],
            "en",
        ),
        (
            "Honestly I was bored. The only moment I felt excited was the call",
            "hm, the call part was more curious than excited tbh",
            ["curious"],
            "en",
        ),
    ],
)
def test_a_correction_of_one_of_two_is_heard_as_the_new_whole(
    engine: Engine, reflect: ScriptVersion, story: str, answer: str, now: list[str], language: str
) -> None:
    chat = said_back(engine, reflect, story, language)
    chat.send(answer)
    assert chat.feelings() == now


def test_not_really_then_it_was_more_puts_the_new_word_in_place(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(
        engine, reflect, "Honestly I was a bit disappointed when he said he's away so much.", "en"
    )
    chat.send("Hmm not really. It was more that I got unsure, like do I even want that life?")
    assert chat.feelings() == ["unsure"]


def test_the_named_word_said_again_with_others_denied_is_heard_once(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig want ik wist niet wat het ging kosten")
    chat.send("ik zei ZENUWACHTIG hè. niet dat het leuk spannend was ofzo")
    assert chat.feelings() == ["zenuwachtig"]
    assert chat.text().count("Je was zenuwachtig") == 1
