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


def test_a_doubt_is_no_misunderstanding_and_the_doubted_word_may_come_back(
    engine: Engine, reflect: ScriptVersion
) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig toen ik de klant hielp", "nl")
    chat.send("denk het? of was het meer blij?")
    assert "Twijfel" in chat.text() or "twijfel" in chat.text() or "niet makkelijk" in chat.text()
    assert "verkeerd" not in chat.text() and "mis" not in chat.text()
    chat.send("toch zenuwachtig denk ik")
    assert [f.word for f in chat.state.feelings] == ["zenuwachtig"], "a doubt turned nothing down"


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


@pytest.mark.parametrize("answer", ["🙄 nee", "hmm nee"])
def test_a_no_with_a_sigh_is_a_correction(engine: Engine, reflect: ScriptVersion, answer: str) -> None:
    chat = said_back(engine, reflect, "ik was zo gestrest")
    chat.send(answer)
    assert chat.state.feelings == [] and "Hoe voelde jij je toen?" in chat.text()


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


def test_agreeing_is_heard_and_the_answer_still_counts(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik voelde me een beetje machteloos")
    chat.send("ja precies, machteloos. dat was echt het woord")
    assert "Oké, helder. Je was machteloos." in chat.text()
    assert chat.state.node == "verbreden"


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


def test_what_matters_with_a_new_feeling_among_them_adds_it(engine: Engine, reflect: ScriptVersion) -> None:
    chat = said_back(engine, reflect, "ik was zenuwachtig en daarna trots", "nl")
    chat.send("daar gaat het me niet om. ik was trots maar ook moe")
    assert "moe" in chat.feelings()
