"""Feelings as the students of the dev44-dev58 sets told them: worn out ("zat er helemaal doorheen"), a
kick, tears from something; other people as "sommige mensen", in quotes and in questions; a yes taken
back; "moe man"; dialect; and, from the reviews of that work, what the new readings must leave alone."""

from __future__ import annotations

import pytest

from dialogues.language import feelings_clause, feelings_sentence, names_in, read_feelings

from .test_feeling_idioms import own


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("om 3 uur zat ik er echt helemaal doorheen haha", "nl", ["moe"]),
        ("pas thuis merkte ik dat ik er helemaal doorheen zat", "nl", ["moe"]),
        ("en het lukte!! dat gaf me echt zon kick", "nl", ["enthousiast"]),
        ("the rocket went up and honestly that gave me such a kick", "en", ["excited"]),
        ("op het eind at hij uit mn hand. ik kreeg er bijna tranen van", "nl", ["ontroerd"]),
        # "moe" has no -e added: "moe man" is said to someone, "een moe man" is someone
        ("moe man", "nl", ["moe"]),
        ("een moe man", "nl", []),
        # a body part of the student's between two of their feelings carries no one else in
        ("I was exhausted, my eyes hurt from the screen, but also happy", "en", ["exhausted", "happy"]),
        ("ik was moe, mijn ogen deden pijn, maar ook blij", "nl", ["moe", "blij"]),
        # some of the others
        ("sommige mensen werden misselijk. ik vond het super interessant", "nl", ["interessant"]),
        ("sommigen werden misselijk", "nl", []),
        ("ik praatte met mensen, was best zenuwachtig", "nl", ["zenuwachtig"]),
        # dev47: a few of them, a little boy, the student among some others
        ("er waren zeker 40 mensen en een paar waren echt heel boos", "nl", []),
        ("1 jongetje wou niet en was boos", "nl", []),
        ("ik en een paar anderen waren blij", "nl", ["blij"]),
        ("most were bored but I was excited", "en", ["excited"]),
        # a picture after "voelde me", with a word of how much between
        ("ze luisterden naar mij broer. voelde me echt een baas 😤", "nl", ["een baas"]),
        ("ik voelde me echt een beetje moe", "nl", ["moe"]),
        # a yes taken back is no yes; a doubt about something else keeps it
        ("Harm vroeg of ik het leuk vond en ik zei ja maar eigenlijk weet ik dat niet zo goed", "nl", []),
        ("hij vroeg of ik het leuk vond en ik zei ja", "nl", ["leuk"]),
        ("hij vroeg of ik het leuk vond, ja maar ik weet niet of ik dat nog een keer wil", "nl", ["leuk"]),
        # from a review: the literal meanings of the new forms
        ("ik moest een gat in de muur boren en toen ik er doorheen zat was ik blij", "nl", ["blij"]),
        ("ik moest uien snijden en kreeg er tranen van", "nl", []),
        ("de kick van de bas bij het concert was hard", "nl", []),
        ("the horse gave me a kick, I was scared", "en", ["scared"]),
        # the ones helped or spoken to are no subject
        ("mensen helpen is gewoon leuk", "nl", ["leuk"]),
        ("presenteren voor anderen was spannend", "nl", ["spannend"]),
        ("praten met onbekende mensen is eng voor mij", "nl", ["eng"]),
        ("spelen met de kleintjes was super leuk", "nl", ["leuk"]),
        ("mensen vonden het leuk en ik was trots", "nl", ["trots"]),
        ("mensen dachten dat ik zenuwachtig was", "nl", []),
        ("mn mentor vroeg of ik zenuwachtig was en ik zei ja maar weet niet", "nl", []),
        ("she asked if I was nervous and I said yes but idk", "en", []),
        ("ik krijg echt een kick van helpen", "nl", ["enthousiast"]),
        # a doubt about something else keeps the yes
        (
            "mijn moeder vroeg of ik zenuwachtig was, ja heel erg, maar ik weet niet meer waarom",
            "nl",
            ["zenuwachtig"],
        ),
        (
            "hij vroeg of ik zenuwachtig was, dat klopte, maar ik weet niet goed hoe ik dat zeg",
            "nl",
            ["zenuwachtig"],
        ),
        ("she asked if I was nervous and I said yes but I'm not sure why", "en", ["nervous"]),
        # dev49: English students, and what they answer to "how did you feel?"
        ("walking in I had serious butterflies, everyone looked so old and confident", "en", ["nervous"]),
        ("he looked so tired", "en", []),
        ("she asked if I was nervous and I said no, which was true", "en", []),
        ("she asked if I was nervous and I said yes, which was true", "en", ["nervous"]),
        ("honestly I was pissed", "en", ["pissed"]),
        ("honestly I feel free up there", "en", ["free"]),
        ("I got it for free", "en", []),
        ("ik was echt ff flabbergasted broer", "nl", ["verbaasd"]),
        # a word that is also an ordinary word, joined right to the student's feeling
        ("ja trots maar ook gewoon kapot haha, ik lag om 1 uur pas in bed", "nl", ["trots", "kapot"]),
        ("ik was blij maar de lamp ging kapot", "nl", ["blij"]),
        # from a third review: a capital first in a sentence is no name unless named before
        ("Zenuwachig was ik wel toen ik binnenkwam.", "nl", ["zenuwachtig"]),
        ("Jaa was wel spannend", "nl", ["spannend"]),
        ("Vakkenvullen was saai maar ik was trots", "nl", ["saai", "trots"]),
        ("Tbh felt kinda nervous", "en", ["nervous"]),
        ("Nervus was I, for sure", "en", ["nervous"]),
        # "said no" with a "but" after it is a yes after all
        ("she asked if I was nervous and I said no but I was", "en", ["nervous"]),
        ("ze vroeg of ik zenuwachtig was en ik zei nee maar dat klopte niet", "nl", ["zenuwachtig"]),
        # the ordinary meanings of the new words
        ("I was excited and down for it", "en", ["excited"]),
        ("I felt free to ask questions", "en", []),
        ("at the zoo we have butterflies and I was happy", "en", ["happy"]),
        ("ik zat er echt doorheen met mijn taken dus ik was blij", "nl", ["blij"]),
        ("ik was moe maar rustig aan gedaan", "nl", ["moe"]),
        # dev50 and dev51: words quoted after someone's verb of saying are theirs
        ("ze zei 'ik ben zo eenzaam meisje'. ik was gewoon verdrietig om haar", "nl", ["verdrietig"]),
        ("de chef zei: 'ik ben trots op je' en ik was blij", "nl", ["blij"]),
        ("she said 'I'm so happy you came' and I was proud", "en", ["proud"]),
        ("ik zei 'ik ben blij'", "nl", ["blij"]),
        # a question asked to the student ("ben je bang?") is the asker's
        ("de agent vroeg ben je bang? ik zei nee joh", "nl", []),
        # from a fourth review: the student's own words quoted, "'s ochtends", someone after "met"
        ("toen zei ik 'ik ben echt trots op mezelf'", "nl", ["trots"]),
        ("I walked in and said 'I'm so nervous'", "en", ["nervous"]),
        (
            "m'n moeder zei 's ochtends al dat het goed zou gaan maar ik was echt zenuwachtig",
            "nl",
            ["zenuwachtig"],
        ),
        ("met mijn collega de vakken gevuld en was trots", "nl", ["trots"]),
        ("with my dad fixed the car and was proud", "en", ["proud"]),
        ("mijn laatste dag was vandaag 😭😭", "nl", ["verdrietig"]),
        # "ni normaal", "niet normaal": extremely
        ("ik was ni normaal zenuwachtig", "nl", ["zenuwachtig"]),
        # the subject further into a clause without a verb of being
        ("during the break a boy from group 4 fell on the playground and was crying really hard", "en", []),
        # "niet" of the north and south, "maar" of the east
        ("ik was nait bang hoor, gewoon blied", "nl", ["blij"]),
        ("ik schrok me kapot, mar boos was ik ni hoor", "nl", ["geschrokken"]),
        # dev52 and dev53: a being's feeling after "it was", "het was"
        ("A dog came in after being hit by a bike, it was terrified and shaking all over", "en", []),
        ("het geitje liep rond, het was echt sloom en bang", "nl", []),
        ("het was spannend", "nl", ["spannend"]),
        ("ik was blij dat het klaar was", "nl", ["blij"]),
        # a name with its role in brackets; classmates; "vinden"
        ("mo (mn leermeester) bleef gewoon rustig", "nl", []),
        ("ik was blij (echt waar)", "nl", ["blij"]),
        ("mijn klasgenoten vinden het walgelijk maar ik vind het interessant", "nl", ["interessant"]),
        # said another way
        ("ik heb de hele middag zitten glunderen op die trekker", "nl", ["blij"]),
        ("doar was ik hail bliede van", "nl", ["blij"]),
        ("I feel small there, like an ant.", "en", ["small"]),
        ("the room was small", "en", []),
        ("I found it reassuring", "en", ["reassuring"]),
        # from a fifth review: "het was" is the moment when no being came before; an aside with a clause stays
        ("het was zo verdrietig", "nl", ["verdrietig"]),
        ("het was nieuw en echt zenuwachtig in het begin", "nl", ["zenuwachtig"]),
        ("it was scary and nervous at first", "en", ["scary", "nervous"]),
        ("ik was blij (en trots)", "nl", ["blij", "trots"]),
        ("i was nervous (and tired)", "en", ["nervous", "tired"]),
        ("Everyone kept asking if I was nervous, but I really wasn't nervous, they're all nice.", "en", []),
        # shown, not felt
        ("ik deed alsof ik rustig was, maar van binnen was ik echt geschrokken", "nl", ["geschrokken"]),
        ("I pretended to be happy but I was nervous", "en", ["nervous"]),
        ("ik deed alsof, maar ik was bang", "nl", ["bang"]),
        # dev54 and dev55
        ("ik had verwacht dat ik me zou vervelen. maar ik verveelde me echt helemaal niet.", "nl", []),
        (
            "ik was niet bang ofzo, er was ook niks om bang voor te zijn. beetje teleurgesteld dus",
            "nl",
            ["teleurgesteld"],
        ),
        ("there was nothing to be scared of but I was nervous", "en", ["nervous"]),
        ("ik moest content maken voor hun insta", "nl", []),
        ("ik zat echt met de handen in 't haar", "nl", ["gestrest"]),
        ("Ik bleef rustig maar van binnen kookte ik, echt waar", "nl", ["rustig", "boos"]),
        ("ik kookte water", "nl", []),
        ("binnen kookte ik pasta", "nl", []),
        # from a sixth review: a real feeling beside these phrases stays
        ("ik wist niet wat ik deed of zei dus ik was zenuwachtig", "nl", ["zenuwachtig"]),
        ("I pretended I knew because I was nervous", "en", ["nervous"]),
        ("i was nervous nothing to be ashamed of tho", "en", ["nervous"]),
        ("the vet stayed so calm and kind. I felt really sad", "en", ["sad"]),
        # dev56-dev58: a feeling far after "voel me", body, deed, someone beside a name, a lower-case name
        ("ik voel me er nog steeds een beetje rot over maar ook blij", "nl", ["rot", "blij"]),
        ("ik zat de hele tijd met mn mond open te luisteren 😮", "nl", ["onder de indruk"]),
        ("mijn mond viel open", "nl", ["verbaasd"]),
        ("zijn mond viel open", "nl", []),
        ("de tandarts zei doe je mond open", "nl", []),
        ("my jaw dropped when she told me", "en", ["surprised"]),
        ("her jaw dropped", "en", []),
        ("ik voelde mn hart bonken in mn keel maar ik floot door", "nl", ["gespannen"]),
        ("ik zat onder tafel op mn telefoon te kijken hoe laat het was 💀", "nl", ["verveeld"]),
        ("mijn collega keek steeds op de klok", "nl", []),
        ("I kept checking the time", "en", ["bored"]),
        ("ik wist gewoon niet of ik het wel goed deed snap je", "nl", ["onzeker"]),
        ("ik wist niet of ik het goed deed, ik was zo zenuwachtig", "nl", ["zenuwachtig"]),
        ("I wasn't sure if I was doing it right", "en", ["insecure"]),
        ("ik voelde me echt gekleineerd", "nl", ["gekleineerd"]),
        ("vond het lowkey satisfying", "nl", ["tevreden"]),
        ("jaa mar ik was ook wel een bietje geschrokken", "nl", ["geschrokken"]),
        ("een jongetje, finn, was boos omdat hij niet mocht", "nl", []),
        ("mijn collega, super aardig, was blij", "nl", []),
        ("zo goed als bij nesrin zelf. nesrin moest lachen", "nl", []),
        # a review of those: what the new readings must leave alone
        ("ik was bang, wist niet of ik het goed deed", "nl", ["bang"]),
        ("ik was trots en blij, weet niet of ik het haal", "nl", ["trots", "blij"]),
        ("ik hielp de klant, zenuwachig was ik wel", "nl", ["zenuwachtig"]),
        ("de juf, en ik ook, was blij", "nl", ["blij"]),
        ("mijn collega, net als ik, was moe", "nl", ["moe"]),
        ("stage bij coolblue. coolblue was echt vet", "nl", ["vet"]),
        ("ik moest bij de tandarts de hele tijd met mn mond open zitten", "nl", []),
        ("the dentist told me to sit with my mouth open", "en", []),
        ("ik zat te kijken hoe laat het was want ik moest mijn bus halen", "nl", []),
        ("ik keek de hele tijd op de klok, ik was zo zenuwachtig voor het gesprek", "nl", ["zenuwachtig"]),
        ("I was counting the minutes until my first day, so excited", "en", ["excited"]),
        ("ik voelde mn hart bonken van het sporten", "nl", []),
        ("in de pauze keken we oddly satisfying filmpjes", "nl", []),
        ("we watched oddly satisfying videos in the break", "en", []),
        ("ik vond het vernederend voor de bewoner dat ze gewassen moest worden", "nl", []),
        ("ik voel me er nu niet meer echt zo heel erg rot over", "nl", []),
        ("ik voelde niks van spanning", "nl", []),
        # dev59, dev60: feeling important, out of place, absorbed, indifferent, unbelieving; "meer dan X"
        ("ik voelde me een beetje belangrijk ofzo", "nl", ["belangrijk"]),
        ("het is belangrijk om op tijd te zijn", "nl", []),
        ("ik had echt het idee dat ik er niks te zoeken had", "nl", ["nutteloos"]),
        ("toen ben ik echt de tijd vergeten", "nl", ["geboeid"]),
        ("Ik merkte dat ik helemaal opging in het meten", "nl", ["geboeid"]),
        ("de zon ging op in het oosten", "nl", []),
        ("ik voelde er eigenlijk niks bij", "nl", ["onverschillig"]),
        ("ik kon het echt niet geloven", "nl", ["verbaasd"]),
        ("mijn moeder kon het niet geloven", "nl", []),
        ("I couldn't believe it", "en", ["surprised"]),
        ("I lost track of time", "en", ["fascinated"]),
        ("ik vond dat heel interessant, meer dan eng", "nl", ["interessant"]),
        ("ik was meer dan bang", "nl", ["bang"]),
        ("de baas vroeg of ik het leuk vond en ik zei ja maar dat was eigenlijk niet zo", "nl", []),
        ("hij vroeg of ik het leuk vond, ik zei ja en dat was ook zo", "nl", ["leuk"]),
        ("i wasnt really lost, i was more curious", "en", ["curious"]),
        ("harm is altied vrolijk en zingt de hele dag", "nl", []),
        ("ik is blij", "nl", ["blij"]),
        # a review of those: what the new readings must leave alone
        ("de klant stond op mijn plek bij de kassa", "nl", []),
        ("er was een klein kind dat de hele tijd huilde", "nl", []),
        ("je had er niks te zoeken zei de chef tegen een jongen", "nl", []),
        ("ze vroeg of ik zenuwachtig was en ik zei ja, maar dat was niet zo erg", "nl", ["zenuwachtig"]),
        ("he asked if I was stressed, I said yes but that wasn't true for my friend", "en", ["stressed"]),
        ("ik was zenuwachtig maar na een uur meer dan tevreden", "nl", ["zenuwachtig", "tevreden"]),
        ("I was nervous but at the end more than proud of myself", "en", ["nervous", "proud"]),
        ("ik vergat de tijd bij te houden en toen was de winkel al dicht", "nl", []),
        ("ik vergat de tijd niet", "nl", []),
        ("i lost track of time cleaning, it was so boring", "en", ["boring"]),
        ("mijn pauze ging helemaal op in wachten op de bus", "nl", []),
        ("ik kon het niet geloven hoe gemeen ze waren tegen die nieuwe", "nl", []),
        ("i couldn't believe it when he yelled at me in front of the customers", "en", []),
        ("ik voelde dat dit een belangrijk moment was voor mij", "nl", []),
        # dev61, dev62: the student in a clause about someone else; sure of themselves
        ("the guy i shadowed was really tense", "en", []),
        ("the lady i helped was so happy and i was proud", "en", ["proud"]),
        ("de journalist met wie ik meeliep moest bellen en was echt gestrest", "nl", []),
        ("de vrouw die ik hielp was blij", "nl", []),
        ("de man zei dat ik goed was en ik was blij", "nl", ["blij"]),
        ("meer dat ik zeker was van mezelf, dat ik het gewoon kon", "nl", ["zelfverzekerd"]),
        # a review of those: the student's own view in such a clause, and the feeling shared
        ("mijn baas die ik een beetje eng vond zei dat ik het goed deed", "nl", ["eng"]),
        ("the lady i thought was scary", "en", ["scary"]),
        ("de jongen die ik hielp was zenuwachtig net als ik", "nl", ["zenuwachtig"]),
        ("the guy i worked with was stressed, same as me", "en", ["stressed"]),
        ("mijn collega was moe, ik ook", "nl", ["moe"]),
        ("de klant was boos, ik ook niet", "nl", []),
        ("eerst moest ik uien snijden, wel 5 kilo, m'n ogen traanden echt 😭", "nl", []),
        # a last read of the change: a doubt beside a feeling told; a Dutch person word before "ik"
        ("ik weet niet of ik boos was of moe, en daarna was ik trots", "nl", ["trots"]),
        ("mijn mentor ik had hem gebeld was heel blij", "nl", ["blij"]),
        ("mijn oma is overleden en ik moest echt huilen 😭", "nl", ["verdrietig"]),
    ],
)
def test_which_feeling_is_the_students(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words


def test_medelijden_is_said_back_in_the_students_word() -> None:
    reading = read_feelings("medelijden met die jongen", "nl")
    assert [f.word for f in reading.own] == ["had medelijden"]
    assert feelings_clause(reading.own, "nl") == "je medelijden had"  # "voordat je medelijden had"
    assert feelings_clause(read_feelings("ik leefde mee", "nl").own, "nl") == "je meeleefde"


def test_a_name_from_the_story_is_someone_else_later() -> None:
    known = names_in(["een jongetje Ravi ging huilen", "kinderdagverblijf Het Zonnetje"])
    assert "ravi" in known
    assert "het" not in known  # "ik vond het zielig" stays the student's
    assert own("het leesgroepje en toen ravi ging huilen", "nl") == ["verdrietig"]
    assert [f.word for f in read_feelings("toen ravi ging huilen", "nl", known).own] == []
    assert [f.word for f in read_feelings("ik vond het zielig", "nl", known).own] == ["zielig"]


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("nieuwsgierig was ik zeker maar ook best trots", "nl", "Je was nieuwsgierig en trots."),
        ("I was exhausted, but also happy", "en", "You felt exhausted and happy."),
        ("eerst was ik bang maar daarna ook blij", "nl", "Eerst was je bang, daarna was je blij."),
    ],
)
def test_but_also_is_at_the_same_time(text: str, language: str, said: str) -> None:
    assert feelings_sentence(read_feelings(text, language).own, language) == said


def test_only_a_name_after_a_person_is_known_later() -> None:
    known = names_in(["bij Albert Heijn", "leuk\nEcht leuk, ik mocht de taart versieren", "juf Marleen"])
    assert known == {"marleen"}
    assert [f.word for f in read_feelings("werken bij albert heijn was echt leuk", "nl", known).own] == [
        "leuk"
    ]


def test_a_picture_without_als_is_said_back_with_voelen() -> None:
    reading = read_feelings("voelde me echt een hacker", "nl")
    assert feelings_sentence(reading.own, "nl") == "Je voelde je een hacker."
    assert feelings_clause(reading.own, "nl") == "je je een hacker voelde"


def test_a_name_from_the_story_first_in_a_later_sentence() -> None:
    known = names_in(["so I was with this engineer Ruud the whole day"])
    reading = read_feelings("Ruud was super stressed about the delay tbh but I was pretty chill", "en", known)
    assert [f.word for f in reading.own] == ["chill"]
