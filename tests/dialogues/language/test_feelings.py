"""Reading the student's own feelings: whose they are, their order, tense, slang, typos; saying them back."""

from __future__ import annotations

import pytest

from dialogues.language import feelings_clause, feelings_sentence, read_feelings


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
        ("Ik had eerst echt medelijden met haar.", "Je leefde mee."),
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
            "Eerst was je blij, daarna leefde je mee.",
        ),
        ("ik was helemaal kapot van het sjouwen", "nl", "Je was kapot."),
        ("Ze gaf me een compliment, was echt leuk", "nl", "Je vond het leuk."),
        ("de leraar dacht dat ik zenuwachtig was en dat was ook zo", "nl", "Je was zenuwachtig."),
        ("she said that I was nervous and I was", "en", "You felt nervous."),
        ("het was vies werk maar ik vond het leuk", "nl", "Je vond het leuk."),
        ("het was echt saai werk", "nl", "Je vond het saai."),
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
    own_ = read_feelings("ik had medelijden met haar", "nl").own
    assert feelings_clause(own_, "nl") == "je meeleefde"


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
