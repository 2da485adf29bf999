"""Feelings as students of every school type write them: chat, dialect, newcomers' Dutch, hedged stories,
questions, other people's thoughts, sympathy; and what looks like a feeling but is none."""

from __future__ import annotations

import pytest

from dialogues.language import feelings_clause, feelings_sentence, read_feelings


def own(text: str, language: str = "nl") -> list[str]:
    return [f.word for f in read_feelings(text, language).own]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("toen de baas zei netjes was ik zo bly wallah", "nl", ["blij"]),
        ("dus nu ben ik echt trods", "nl", ["trots"]),
        ("ich was gestressed want de juf was ziek", "nl", ["gestrest"]),
        ("Dat raakte me eigenlijk meer dan ik had verwacht.", "nl", ["geraakt"]),
        ("ik ging dood van het lachen", "nl", ["grappig"]),
        ("eerlijk gezegd maakte me dat best somber", "nl", ["somber"]),
        ("Het gaf me het gevoel dat ik ertoe deed", "nl", ["nuttig"]),
        ("Ik kijk er al naar uit om volgende week te gaan", "nl", ["enthousiast"]),
        ("Was I proud? Yeah, I think I really was.", "en", ["proud"]),
        ("I was honestly taken aback by how direct she was", "en", ["surprised"]),
        ("gave me a sense of calm, weirdly", "en", ["calm"]),
    ],
)
def test_feelings_in_chat_dialect_and_turns_of_phrase(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ik was nie eens bang wallah", "nl"),
        ("ich waas neet bang vor de geit", "nl"),
        ("we waren allemaal blij behalve ik", "nl"),
        ("ging goed", "nl"),
        ("was ik nou trots, of gewoon opgelucht dat ik niet afging?", "nl"),
        ("Trots voelde ik me niet echt.", "nl"),
        ("Teleurgesteld ben ik niet, want de inhoud was sterk.", "nl"),
        ("I thought I will be bored because only medicine boxes", "en"),
        ("me neef was boos op zijn collega die te laat was", "nl"),
        ("zo rustig blijven terwijl iemand zo bang is", "nl"),
        ("he gave me a high five", "en"),
    ],
)
def test_not_a_feeling_the_student_had(text: str, language: str) -> None:
    assert own(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("ik liep stage bij mijn oom en was blij", "nl", ["blij"]),
        ("ik moest iemand bellen en was zenuwachtig", "nl", ["zenuwachtig"]),
        ("iemand helpen is gewoon leuk", "nl", ["leuk"]),
        ("I was really happy and will definitely do it again", "en", ["happy"]),
        ("Was ik bang? Echt wel.", "nl", ["bang"]),
        ("Was I nervous? Of course!", "en", ["nervous"]),
        ("ben ik raar dat ik het eng vond?", "nl", ["eng"]),
        ("ik kreeg er ineens heel veel energie van", "nl", ["energiek"]),
        ("Dat raakte me eigenlijk meer dan ik dacht", "nl", ["geraakt"]),
        ("ik vond alles leuk behalve me presentatie", "nl", ["leuk"]),
        ("i m kind of nervous", "en", ["nervous"]),
        ("Blij was ik niet alleen, ook trots", "nl", ["blij", "trots"]),
    ],
)
def test_the_students_own_feeling_is_kept(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Was ik bang? Nee, niet echt.", "nl"),
        ("ik had niet het gevoel dat ik nuttig was", "nl"),
        ("ik had het gevoel dat het leeg was", "nl"),
        ("ik had weinig energie door de hitte", "nl"),
        ("de bal raakte me", "nl"),
        ("het raakte me niet", "nl"),
        ("ik ben grappig en behulpzaam", "nl"),
        ("i was sick that day so i only did the morning", "en"),
        ("het was benauwd in de stal", "nl"),
        ("ik beet op mijn tong", "nl"),
        # from a review: the same words in their plain sense
        ("In de kas was het benauwd en ik had het warm", "nl"),
        ("ik kreeg het benauwd van de hitte", "nl"),
        ("ik wist echt niet waar ik moest kijken om de schroeven te vinden", "nl"),
        ("we speelden verstoppertje en ik had me willen verstoppen achter de bank", "nl"),
        ("de klanten hadden soms last van me af en toe", "nl"),
        ("i bit my tongue while eating", "en"),
        ("i didnt know where to look for the files", "en"),
        ("daarna was ik minder zenuwachtig", "nl"),  # "minder" before the last word
        ("goed, ik deed de kassa en daarna de vakken", "nl"),
        ("het was moeilijk om te zien welke kabel waar moest", "nl"),
        ("ik werd opgejaagd door de hond van de buren", "nl"),
        ("there was a sense of panic in the room", "en"),
        ("ik ben in spain geweest", "nl"),
    ],
)
def test_no_feeling_told_here(text: str, language: str) -> None:
    assert own(text, language) == []


def test_a_denied_evaluation_put_first_is_said_denied() -> None:
    assert (
        feelings_sentence(read_feelings("Leuk vond ik het niet", "nl").own, "nl") == "Je vond het niet leuk."
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ik ben heel blei", ["blij"]),
        ("maar ik walgde echt van de mest, zo erg", ["walgde"]),
        ("ik walg ervan", ["walgt"]),
        ("ze zei dat ik het goed deed en ik was blij", ["blij"]),
        ("toen die mevrouw zei dat het mooi was was ik zo opgeluchd", ["opgelucht"]),
    ],
)
def test_newcomer_spelling_disgust_and_what_others_say(text: str, words: list[str]) -> None:
    assert own(text) == words


@pytest.mark.parametrize(
    "text", ["iedereen denkt dat ik bang ben voor de bok", "ze zei dat ik rustig overkwam"]
)
def test_what_others_think_of_the_student_is_not_how_they_felt(text: str) -> None:
    assert own(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Ik had eerst echt medelijden met haar.", "Je had medelijden."),
        ("ik voel echt met hem mee", "Je leeft mee."),
        ("Ik vond het echt smerig, maar ik was niet misselijk.", "Je vond het smerig."),
        ("Hij herkende ons niet, werd boos en sloeg op tafel. Ik schrok.", "Je schrok."),
        ("ik was helemaal hyper", "Je was hyper."),
        ("ik was er echt kapot van", "Je was verdrietig."),
    ],
)
def test_sympathy_disgust_and_a_row_of_someone_elses_actions(text: str, said: str) -> None:
    assert feelings_sentence(read_feelings(text, "nl").own, "nl") == said


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        (
            "ik was eerst blij maar toen had ik medelijden met de bewoner",
            "nl",
            "Eerst was je blij, daarna had je medelijden.",
        ),
        ("ik was helemaal kapot van het sjouwen", "nl", "Je was kapot."),
        ("Ze gaf me een compliment, was echt leuk", "nl", "Je vond het leuk."),
        ("de leraar dacht dat ik zenuwachtig was en dat was ook zo", "nl", "Je was zenuwachtig."),
        ("she said that I was nervous and I was", "en", "You felt nervous."),
        ("het was vies werk maar ik vond het leuk", "nl", "Je vond het leuk."),
        ("het was echt saai werk", "nl", "Je vond het saai."),
        # two feelings the student is unsure between: said back as the doubt
        (
            "idk of ik zenuwachtig was of gwn moe, het kapot vol",
            "nl",
            "Je twijfelt tussen zenuwachtig en moe.",
        ),
        ("ik weet niet of ik nou boos was of gewoon moe", "nl", "Je twijfelt tussen boos en moe."),
        ("not sure if i was scared or just tired", "en", "You're not sure: scared or tired."),
        # feelings from idioms, said back as they were (dev59)
        ("ik voelde me echt belangrijk toen ik de kassa alleen deed", "nl", "Je voelde je belangrijk."),
        ("toen ben ik echt de tijd vergeten. ineens was het half 5", "nl", "Je was geboeid."),
    ],
)
def test_said_back_as_the_student_meant_it(text: str, language: str, said: str) -> None:
    assert feelings_sentence(read_feelings(text, language).own, language) == said


@pytest.mark.parametrize(
    ("text", "language"), [("I hurt my hand", "en"), ("ik was helemaal vies na het werk", "nl")]
)
def test_the_body_or_dirt_is_no_feeling(text: str, language: str) -> None:
    assert own(text, language) == []


def test_a_separable_feeling_verb_in_a_clause() -> None:
    own_ = read_feelings("ik leefde mee met haar", "nl").own
    assert feelings_clause(own_, "nl") == "je meeleefde"
    # "medelijden" is said back as the student said it, the noun apart: "voordat je medelijden had"
    said = read_feelings("ik had medelijden met haar", "nl").own
    assert feelings_clause(said, "nl") == "je medelijden had"


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("daarna voelde ik me sterk", "nl", "Je voelde je sterk."),
        ("echt een pak van mijn hart", "nl", "Je was opgelucht."),
        ("ik voel me dan echt vrij", "nl", "Je voelt je vrij."),
        ("het gaf me echt energie om te zien", "nl", "Je was energiek."),
        ("I was worried she would say she works 60 hours", "en", "You felt worried."),
        ("my manager kept changing my tasks which honestly annoyed me", "en", "You felt annoyed."),
        ("I fixed an e-bike the boss couldn't, felt like a pro ngl", "en", "You felt like a pro."),
        ("eigenlijk vond ik het vooral verwarrend", "nl", "Je vond het verwarrend."),
    ],
)
def test_a_typical_week_of_students(text: str, language: str, said: str) -> None:
    assert feelings_sentence(read_feelings(text, language).own, language) == said


def test_a_day_off_is_no_feeling() -> None:
    assert own("ik was vrij op maandag") == []


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("ik vond het gewoon vet spannend", "nl", ["spannend"]),  # "vet" says how much here
        ("eerst was ik wel bang toen die kraan erboven hing, daarna gwn rustig", "nl", ["bang", "rustig"]),
        ("blad harken. regen. was sjagerijnig", "nl", ["chagrijnig"]),
        ("no not realy nervus. more exited becaus i like kitchen", "en", ["excited"]),
        ("eigenlijk voelde ik me vooral genegeerd", "nl", ["genegeerd"]),
        ("ik voelde me eerst best verloren, ik liep twee keer verkeerd", "nl", ["verloren"]),
        ("I felt taken seriously for the first time that week", "en", ["taken seriously"]),
    ],
)
def test_intensifiers_a_feeling_next_in_line_and_more_words_for_being_seen(
    text: str, language: str, words: list[str]
) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    "text", ["het was rustig op de afdeling, daarna druk", "we hebben verloren met 3-1", "de vette bal"]
)
def test_ordinary_words_stay_ordinary(text: str) -> None:
    assert own(text) == []
