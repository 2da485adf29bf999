"""Feelings told the way students of the later listening sets wrote them: "m'n" idioms, the body ("maag in
de knoop", "legs like jelly"), what they did ("als een pauw"), words of a changing day."""

from __future__ import annotations

import pytest

from .test_feeling_idioms import own


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # "m'n", "mijn" and "mn" are one word to the idioms
        ("m'n hart zat in m'n keel", "nl", ["gespannen"]),
        ("m'n handen trilden echt toen ik de knop indrukte", "nl", ["zenuwachtig"]),
        ("my hands were literally shaking", "en", ["nervous"]),
        ("aan het eind zat ik echt op m'n tandvlees", "nl", ["uitgeput"]),
        ("die meneer lag daar en ik wist niet waar ik moest kijken", "nl", ["ongemakkelijk"]),
        ("ik was echt starstruck lol", "nl", ["onder de indruk"]),
        # "zich" and a subject "naast me" are someone else
        (
            "Jayden uit mijn klas zat zich te vervelen, ik werd er juist enthousiast van",
            "nl",
            ["enthousiast"],
        ),
        ("een meisje naast me werd er echt misselijk van", "nl", []),
        # the "nie" is the first word's: "meer" turns to the second
        ("nee nie gefrusteerd meer teleursteld ofzo", "nl", ["teleurgesteld"]),
        # a word alone in a sentence of a story tells of the day, not of the student
        ("het was maandag. rustig. niemand kwam", "nl", []),
        ("ik liet een bord vallen. kapot. de chef was boos", "nl", []),
    ],
)
def test_idioms_spellings_and_subjects_of_an_ordinary_monday(
    text: str, language: str, words: list[str]
) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("de hele ochtend zat mijn maag in de knoop", "nl", ["gespannen"]),
        ("na afloop ben ik de hele avond blijven stralen", "nl", ["blij"]),
        ("net als bij mn eerste wedstrijd, benen als pudding", "nl", ["zenuwachtig"]),
        ("mijn hart klopt in mijn keel, zo echt is het allemaal", "nl", ["gespannen"]),
        ("het was eerlijk gezegd best teleurstellend", "nl", ["teleurgesteld"]),
        (
            "lag tot 2 uur wakker te malen. daarna dacht ik pfieuw, gelukkig heb ik niks verpest",
            "nl",
            ["bezorgd", "opgelucht"],
        ),
        ("na tien minuten voelde het alsof ik thuiskwam", "nl", ["op je gemak"]),
        ("ik liep daarna naar de bus als een pauw haha", "nl", ["trots"]),
        ("mijn stem sloeg over en ik ratelde maar door", "nl", ["zenuwachtig"]),
        ("My legs were like jelly when I sat down", "en", ["nervous"]),
        ("when the vet said it, my stomach just dropped", "en", ["shocked"]),
        ("my sister said I was bouncing off the walls all evening", "en", ["excited"]),
        ("Ravi let me try the adapter and it worked, and I could breathe again", "en", ["relieved"]),
        # a name between commas: the subject before it goes on
        ("a guest was angry and the receptionist, Tom, stayed super calm", "en", []),
        ("mijn collega, Lisa, bleef heel rustig", "nl", []),
    ],
)
def test_feelings_hidden_in_the_body_and_in_what_the_student_did(
    text: str, language: str, words: list[str]
) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # how it was ("hoe rustig en schoon alles was") is no feeling of the student's
        ("eerst was ik verbaasd hoe rustig en schoon alles was", "nl", ["verbaasd"]),
        # only expected, not felt
        ("i expected to be super nervous, but i actually felt really confident", "en", ["confident"]),
        ("At lunch I calmed down", "en", ["calm"]),
        ("then kinda scared. after that just really tired but in a good way", "en", ["scared", "tired"]),
        ("de open dag was echt overwhelming", "nl", ["overwhelming"]),
        ("ik was eerst verbaast hoe groot het was", "nl", ["verbaasd"]),
        ("ik was zenuw en meneer helpt mij", "nl", ["zenuwachtig"]),
        ("de zenuw in mijn arm deed pijn", "nl", []),
        ("toen was ik echt geboeid, ik wilde alles weten", "nl", ["geboeid"]),
    ],
)
def test_words_of_a_changing_day(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words


def test_boring_is_said_back_as_the_student_wrote_it_and_is_one_feeling_with_bored() -> None:
    from dialogues.language import family_of

    assert own("it was kinda boring tbh", "en") == ["boring"]
    assert family_of("boring", "en") == family_of("bored", "en")


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # said their way, and said back their way
        ("ik vind het eigenlijk niet erg, ik vind het juist lachen", "nl", ["lachen"]),
        ("ik vond dat echt mooi om te horen", "nl", ["mooi om te horen"]),
        ("de taart was mooi", "nl", []),
        ("ik had er gewoon geen zin in", "nl", ["had geen zin"]),
        ("uren lang schuren ik had geen zin meer sahbi", "nl", ["had geen zin"]),
        ("dat had geen zin", "nl", []),
        ("ik had echt zin in de stage", "nl", ["enthousiast"]),
        ("beetje stoer van mezelf eigenlijk haha", "nl", ["stoer"]),
        ("een stoere auto", "nl", []),
        (
            "ik moest lachen en voelde me echt onderdeel van het team",
            "nl",
            ["grappig", "onderdeel van het team"],
        ),
        ("aan het eind was ik helemaal leeg", "nl", ["leeg"]),
        ("het was leeg in de winkel", "nl", []),
        ("I was like a kid in a candy store", "en", ["excited"]),
        # "kind of" is no child ("me kind" would be "mijn kind")
        ("That made me kind of sad actually.", "en", ["sad"]),
        # how she told it is hers
        ("ze vertelde het zo enthousiast dat ik dacht, misschien is het het waard", "nl", []),
        ("my dad says it's boring and I agree", "en", ["boring"]),
        # unseen, in their words; a pause of dots keeps "meer" with its word, a full stop does not
        ("nou boos is het niet echt. meer... onzichtbaar. alsof we er niet zijn", "nl", ["onzichtbaar"]),
        ("ik was onzichtbaar voor die meneer in pak", "nl", ["onzichtbaar"]),
        ("de draad was bijna onzichtbaar", "nl", []),
        ("ik wilde meer. onzichtbaar bleef de draad", "nl", []),
        ("I felt invisible to them", "en", ["invisible"]),
    ],
)
def test_feelings_of_second_reflections_and_prepared_days(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # a review's readings of the new words that were wrong
        ("ik vond dat het geen zin meer had", "nl", []),
        ("het heeft geen zin om te bellen", "nl", []),
        ("ik heb geen zin meer in deze vragen", "nl", []),
        ("me moeder of zo was boos", "nl", []),
        ("ze vertelde het zo saai", "nl", ["saai"]),
        ("hij legde het zo saai uit dat ik in slaap viel", "nl", ["saai"]),
        # "het lachen" is no laughing of the student's; what they found of it is theirs
        ("ik vond het lachen van mijn collega irritant", "nl", ["irritant"]),
        ("mijn hoofd was helemaal leeg", "nl", []),
        ("I was lost for words", "en", []),
        ("ik was onderdeel van de groep die de kassa deed", "nl", []),
        ("mijn begeleider zei: jij bent onderdeel van het team", "nl", []),
    ],
)
def test_what_the_new_words_do_not_catch(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # whose it is, as a whole class wrote it (dev41)
        ("she was totally panicking, crying at the desk", "en", []),
        ("The kids were loud, screaming and crying, I was annoyed", "en", ["annoyed"]),
        ("De moeder is ook verdrietig en volgens mij een beetje boos op zichzelf.", "nl", []),
        ("volgens mij was ik gewoon moe", "nl", ["moe"]),
        ("ik was boos op mezelf", "nl", ["boos"]),
        # home as a habit set against the day ("blijf" is no copula: "het blijft kapot" is no feeling)
        (
            "Ik blijf heel rustig, en daar ben ik verbaasd over want thuis ben ik best ongeduldig.",
            "nl",
            ["verbaasd"],
        ),
        (
            "thuis ben ik pas echt geschrokken toen ik zag hoeveel geld ik verkeerd had gegeven",
            "nl",
            ["geschrokken"],
        ),
        ("ik was blij op zich", "nl", ["blij"]),
        ("ik twijfelde tussen wel of niet iets zeggen tegen mijn baas", "nl", ["twijfelde"]),
        ("Maandag, mijn eerste dag, echt super zenuwachtig", "nl", ["zenuwachtig"]),
        ("Sam, my supervisor, stayed calm", "en", []),
        ("mijn baas was echt boos, opluchting toen ik eindelijk naar huis mocht", "nl", ["opgelucht"]),
        ("Everyone was busy, feeling a bit lost at first", "en", ["lost"]),
        ("I was lost at first", "en", ["lost"]),
        ("na mijn dienst was ik echt leeg", "nl", ["leeg"]),
        ("zeuren heeft toch geen zin, dus ik deed het gewoon en daarna was ik trots", "nl", ["trots"]),
        ("I stayed down there for an hour sorting boxes", "en", []),
        # dev42 and dev43
        ("then there was this little boy, like 6, who was really scared of his blood test", "en", []),
        (
            "my boss was super stressed, like eating-lunch-at-her-desk stressed, and the team was tense",
            "en",
            [],
        ),
        ("my mom was happy and I was happy too", "en", ["happy"]),
        ("mijn moeder vroeg 's ochtends nog of ik zenuwachtig was maar nee helemaal niet", "nl", []),
        ("kapot gewoon", "nl", ["kapot"]),
        # a third review's cases
        ("I had to present in front of everyone, which was really scary", "en", ["scary"]),
        ("mn moeder was zenuwachtig. was zelf ook best zenuwachtig", "nl", ["zenuwachtig"]),
        ("he was happy, happy as can be", "en", []),
        ("de klant vroeg iets in het engels of duits ik was zo zenuwachtig", "nl", ["zenuwachtig"]),
        (
            "kwas echt kapot maar het was ook vet om te zien hoe blij dat bruidspaar was",
            "nl",
            ["kapot", "vet"],
        ),
        ("de klant was nie blij met de prijs, maar blij was ik wel toen het licht het deed", "nl", ["blij"]),
        ("thuis was ik nog zenuwachtig maar daar niet meer", "nl", ["zenuwachtig"]),
        ("De insprekers waren boos. Jeroen, het raadslid met wie ik meeliep, bleef heel rustig.", "nl", []),
        ("Gisteren, de eerste dag, was ik zenuwachtig", "nl", ["zenuwachtig"]),
        ("I'm kind of impressed honestly, and a little shaky still.", "en", ["impressed", "shaky"]),
        ("the ladder was shaky", "en", []),
        ("Ik koos dit omdat ik twijfel tussen Event Management en Communicatie.", "nl", []),
        ("ik twijfelde of ik het kon", "nl", ["twijfelde"]),
        ("ik voelde me zo onzeker tussen al die gespierde mensen", "nl", ["onzeker"]),
        (
            "nee, het was niet echt trots eigenlijk, eerder dankbaar dat ze me dat vertrouwen gaven",
            "nl",
            ["dankbaar"],
        ),
    ],
)
def test_whose_feeling_in_a_whole_class(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words


def test_no_motivation_is_said_back_as_a_verb() -> None:
    from dialogues.language import feelings_clause, feelings_sentence, read_feelings

    reading = read_feelings("eerst had ik er geen zin in maar daarna was het echt mooi om te zien", "nl")
    said = "Eerst had je geen zin, daarna vond je het mooi om te zien."
    assert feelings_sentence(reading.own, "nl") == said
    now = read_feelings("eerst was ik blij maar nu heb ik er geen zin meer in", "nl").own
    assert feelings_sentence(now, "nl") == "Eerst was je blij, nu heb je geen zin."
    assert feelings_clause(read_feelings("ik had er geen zin in", "nl").own, "nl") == "je geen zin had"


def test_the_same_feeling_after_someone_elses_is_the_students_with_me_too() -> None:
    from dialogues.language import read_feelings

    reading = read_feelings("She was nervous. Me too, super nervous", "en")
    assert reading.feelings[0].whose == "other"
    assert {f.word for f in reading.own} == {"nervous"}
