"""Reading the student's own feelings: whose they are, their order, tense, slang, typos; saying them back."""

from __future__ import annotations

import pytest

from dialogues.language import feelings_sentence, read_feelings


def own(text: str, language: str = "nl") -> list[str]:
    return [f.word for f in read_feelings(text, language).own]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ik was trots", ["trots"]),
        ("ik schaam me", ["schaamt"]),
        ("nu aan het eind van de week voel ik me veel zekerder, ik doe het gwn", ["zekerder"]),
        ("was helemaal van slag", ["van slag"]),
        ("ik voelde me best volwassen eigenlijk", ["volwassen"]),
        ("ik was overweldig", ["overweldigd"]),
        ("wat een voldoening", ["voldaan"]),
        ("dat gaf mij echt een warm gevoel", ["ontroerd"]),
        ("ik was kapot zenuwachtig, ik had mn vragen geoefend", ["zenuwachtig"]),
        ("machteloos en daarna rustig", ["machteloos", "rustig"]),
        ("toen ik haar hand vasthield werd ze rustig en ik ook", ["rustig"]),
        ("en daarna was ik gewoon de hele dag blij", ["blij"]),
        ("toen kreeg ik bij het proefcollege anatomie wel weer heel veel zin", ["gemotiveerd"]),
        ("de zenuwen gierden door mijn lijf", ["zenuwachtig"]),
        ("ik heb me echt geschaamd", ["schaamde"]),
        ("voelde me rot", ["rot"]),
        ("het was spannend", ["spannend"]),
        ("ik was super zenuwachig", ["zenuwachtig"]),
        ("was wel chill maar toen ... was ik echt zenuwachtig", ["chill", "zenuwachtig"]),
        ("eerst zenuwachtig, daarna trots", ["zenuwachtig", "trots"]),
        ("het was zo druk, ik was gestrest en na afloop was ik kapot", ["gestrest", "kapot"]),
        ("ik was heel nerveus 😬", ["nerveus"]),
        ("het maakte me zenuwachtig", ["zenuwachtig"]),
        ("trotsss 🙂", ["trots"]),
        ("mijn idee werd gekozen, was echt happy", ["happy"]),
        ("I was nervous but the customer was happy", ["nervous"]),
        ("de kinderen luisterden en daarna was ik zo trost", ["trots"]),
        ("iedereen was gestrest, ik bleef eigenlijk best rustig", ["rustig"]),
        ("eerst had ik er zin in, aan het eind was ik gesloopt", ["enthousiast", "gesloopt"]),
        ("baas was boos want ik te langzaam. ik was verdrietig", ["verdrietig"]),
        ("de kinderen waren aan het huilen en ik baalde echt", ["baalde"]),
        ("na de les voelde ik me best nuttig", ["nuttig"]),
        ("ik voelde me eerst een beetje dom", ["dom"]),
        ("in dat pak voelde ik me stoer", ["stoer"]),
        ("na 8 uur tillen was ik dood op", ["doodop"]),
        ("was echt hyped toen ik mocht lassen", ["hyped"]),
        ("eerst stress want 3 begonnen te huilen, daarna was het gwn chill", ["gestrest", "chill"]),
        ("ik was superzenuwachtig maar het viel me heel erg mee", ["zenuwachtig", "opgelucht"]),
        ("dertig meter hoog, doodeng", ["eng"]),
        ("bij de peuters zat ik echt in mn element", ["in je element"]),
        ("toen ze begonnen te zagen bonkte mn hart in mn keel", ["gespannen"]),
        ("op het eind wasik wel moe", ["moe"]),
        ("het viel me echt tegen", ["teleurgesteld"]),
        # Idioms split by a small word or two, the body, and g for ch.
        ("ik zat er de hele middag echt mee in mn maag", ["bezorgd"]),
        ("bij het voorstellen zag ik er echt als een berg tegenop", ["gespannen"]),
        ("toen de baas kwam ging mn hart echt te keer", ["gespannen"]),
        ("ik liet de taart vallen, ik kon wel door de grond zakken", ["beschaamd"]),
        ("toen ze me een tekening gaf werd ik er zo warm van", ["ontroerd"]),
        ("ik was heel zenuwagtig maar daarna opgelugt", ["zenuwachtig", "opgelucht"]),
        ("ik voel in mijn hart warm", ["warm"]),
        ("ik voel me nu nog steeds rot", ["rot"]),
        ("toen ik hoorde dat je alleen theorie hebt baalde ik wel", ["baalde"]),
        ("honestly I felt like a fish out of water", ["uncomfortable"]),
        ("dat zat me de hele dag niet lekker", ["ongemakkelijk"]),
        # An emoji says the feeling where no word near it does.
        (
            "ik was eerst nerveus want ik kan niet dansen. maar toen ze allemaal meededen 😁",
            ["nerveus", "blij"],
        ),
        ("ik was blij! 😁", ["blij"]),
        ("mijn oma is overleden 😢", ["verdrietig"]),
        ("actually no, not bored. more like lost?", ["lost"]),
        ("mijn moeder was blij ik was trots", ["trots"]),
        ("ik was echt kapot aan het eind maar ook proud", ["kapot", "proud"]),
        ("ik kijk er echt naar uit", ["enthousiast"]),
        ("ik voel me goed want ik kan helpen", ["goed"]),
    ],
)
def test_the_students_own_feelings_in_order(text: str, words: list[str]) -> None:
    assert own(text, "en" if text.startswith("I ") else "nl") == words


@pytest.mark.parametrize(
    "text",
    [
        "de klant was blij",
        "zijn moeder was in paniek",
        "mijn moeder was trots en blij",
        "ik hielp een kind dat bang was",
        "mijn groepsgenoot vond het saai",
        "de machine was kapot",
        "his mother panicked",
        "the teacher was angry",
        "meneer Jansen was heel blij dat we kwamen",
        "baas was boos",
        "hij vertelde dat hij eerst heel onzeker was",
        "iedereen zei je wordt wel bang",
        "de klant was blij 😊",
        "de patient was bang, haar hart ging tekeer",
        "mijn oma was vaak moe, maar ook trots op haar werk",
        "ik zag dat zij daar zelf ook gefrustreerd over was",
        "die agent zei dat ie soms ook bang is",
        "ik stond met mijn vriendin Emma bij de kassa. Emma vond het ongemakkelijk",
        "hij zei dat hij het leuk vond dat ik zo goed voorbereid was",
        "Mijn moeder, die zelf advocaat is, liep mee en was heel enthousiast",
        "de klant, die boos was, liep weg",
    ],
)
def test_someone_elses_feeling_is_never_the_students(text: str) -> None:
    reading = read_feelings(text, "en" if text.split()[0] in ("his", "the") else "nl")
    assert reading.own == []
    assert reading.others, "the feeling is seen, as someone else's"


@pytest.mark.parametrize(
    "text", ["mijn moeder was 😡", "ik was niet 😢", "dankje 😊", "ik vond het eerder dom"]
)
def test_no_feeling_of_the_students_own(text: str) -> None:
    assert read_feelings(text, "nl").own == []


def test_english_others_and_imagined_feelings() -> None:
    assert [f.word for f in read_feelings("I was a bit surprised how calm the owner was", "en").own] == [
        "surprised"
    ]
    assert read_feelings("My supervisor thought I'd be scared", "en").own == []


def test_a_good_feeling_denied_is_a_feeling_told() -> None:
    [feeling] = read_feelings("ik voel me niet fijn, alles is nieuw", "nl").own
    assert feelings_sentence([feeling], "nl") == "Je voelt je niet fijn."


def test_a_denied_state_is_not_named_but_a_negative_evaluation_is() -> None:
    assert own("ik was niet bang maar wel opgelucht") == ["opgelucht"]
    assert [f.word for f in read_feelings("Ik was niet in paniek!", "nl").denied] == ["in paniek"]
    [feeling] = read_feelings("ik vond het niet leuk", "nl").own
    assert (feeling.word, feeling.negated) == ("leuk", True)


def test_a_real_word_one_letter_off_is_not_read_as_a_typo() -> None:
    assert own("ik bezorg kranten") == []
    assert own("het is verleden tijd") == [] and own("ik was gehaald door mijn vader") == []


def test_a_feeling_verb_denied_after_it_is_denied() -> None:
    assert [f.family for f in read_feelings("ik baalde niet echt, ik was moe", "nl").denied] == [
        "teleurgesteld"
    ]
    assert own("ik schrok niet") == []
    assert own("ik genoot niet alleen van de klanten") == ["genoot"]
    assert own("we waren allemaal blij") == ["blij"]


def test_how_one_sees_oneself_counts_only_as_a_feeling() -> None:
    # "dom", "stoer", "nuttig" say how the student felt after "voelde me"; otherwise they judge a thing.
    assert own("het was dom van me") == [] and own("een stoere auto") == []
    assert own("dat werk is nuttig") == []


def test_english_feelings_are_said_in_english() -> None:
    assert [f.word for f in read_feelings("i was lowkey stressed all morning", "en").own] == ["stressed"]
    assert own("ik was stressed") == ["gestrest"]
    # "kind of" is no child.
    assert [f.word for f in read_feelings("i was kind of overwhelmed", "en").own] == ["overwhelmed"]


def test_a_name_is_not_a_misspelt_feeling() -> None:
    assert own("Ik kijk hoe Lotte knipt.") == []


def test_a_whole_short_answer_can_be_how_they_felt_a_story_word_cannot() -> None:
    assert own("prima") == ["prima"] and own("goed") == ["goed"]
    assert own("het ging goed met de klanten en ik mocht veel doen") == []


def test_a_feeling_expected_is_not_a_feeling_had() -> None:
    assert own("iedereen dacht dat ik bang zou zijn, maar ik was blij") == ["blij"]
    assert own("ik dacht dat het saai zou worden") == []
    assert own("ik was bang dat ik het fout zou doen") == ["bang"]
    assert own("ik was bang, zou het lukken?") == ["bang"]


def test_a_quiet_place_is_not_a_calm_student() -> None:
    assert own("het was rustig op de afdeling") == []
    assert own("ik was rustig") == ["rustig"]


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("ik was zenuwachtig", "nl", "Je was zenuwachtig."),
        ("ik schaam me", "nl", "Je schaamt je."),
        ("ik voelde me welkom", "nl", "Je voelde je welkom."),
        (
            "was wel chill maar toen was ik zenuwachtig",
            "nl",
            "Eerst vond je het chill, daarna was je zenuwachtig.",
        ),
        ("ik was trots en blij", "nl", "Je was trots en blij."),
        ("ik vond het niet leuk", "nl", "Je vond het niet leuk."),
        ("I was nervous, then I was proud", "en", "First you felt nervous, then you felt proud."),
        ("I stayed calm", "en", "You felt calm."),
        # An English "it was ..." word said back as written, not as its family ("found it stressed", "gaaf").
        (
            "at first i was bored but later it got really stressful",
            "en",
            "First you felt bored, then you found it stressful.",
        ),
        ("the party after work was lit", "en", "You found it lit."),
        ("it was sick honestly", "en", "You found it sick."),
        ("eerst vond ik het eng maar ik voel me nu trots", "nl", "Eerst vond je het eng, nu ben je trots."),
    ],
)
def test_feelings_are_said_back_in_the_students_words_and_order(text: str, language: str, said: str) -> None:
    assert feelings_sentence(read_feelings(text, language).own, language) == said


@pytest.mark.parametrize(
    "text",
    [
        "the lawyer I was with was super chill about it though",
        "an old man started crying because he got extra vegetables, he was so happy.",
        "one kid was scared of the water and crying at the edge",
        "my mentor Mr. Jansen was really disappointed I didn't find an internship on time",
    ],
)
def test_someone_elses_feeling_in_english_is_never_the_students(text: str) -> None:
    reading = read_feelings(text, "en")
    assert reading.own == []
    assert reading.others


def test_less_of_a_feeling_is_not_that_feeling() -> None:
    assert own("honestly i was way less shy than i thought", "en") == []
    assert own("ik was veel minder zenuwachtig dan vorige keer") == []


@pytest.mark.parametrize(
    "text",
    ["arm gebroken", "printer kapot", "rustige dag", "vette taart gemaakt", "het was een zekerder keuze"],
)
def test_a_short_answer_about_things_names_no_feeling(text: str) -> None:
    assert own(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("hij was boos en ik ook verdrietig", ["verdrietig"]),
        ("hij was bang en ik ook bang", ["bang"]),
        ("ik liep met mijn moeder, die advocaat is, mee en was heel blij", ["blij"]),
        ("ik was de enige die het leuk vond", ["leuk"]),
    ],
)
def test_the_students_own_feeling_beside_someone_elses(text: str, words: list[str]) -> None:
    assert own(text) == words
