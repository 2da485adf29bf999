"""Feelings said through idioms and figures of speech, and whose they are when someone else is near."""

from __future__ import annotations

import pytest

from dialogues.language import feelings_sentence, read_feelings


def own(text: str, language: str = "nl") -> list[str]:
    return [f.word for f in read_feelings(text, language).own]


def others(text: str, language: str = "nl") -> list[str]:
    return [f.word for f in read_feelings(text, language).feelings if f.whose == "other"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("toen hij zei dat ik de leukste was liep ik de rest van de dag op wolkjes", ["blij"]),
        ("ik kon mn geluk niet op", ["blij"]),
        ("toen zakte de moed me echt in de schoenen", ["moedeloos"]),
        ("ik stond om 7 uur al voor de deur te popelen", ["enthousiast"]),
        ("toen kreeg ik echt een brok in mn keel 🥹", ["ontroerd"]),
        ("ik zat daar te trillen als een rietje", ["gespannen"]),
        ("ik zweette echt peentjes", ["gespannen"]),
        ("te veel woorden. mijn hoofd was vol", ["overweldigd"]),
        ("ik moest bijna overgeven van de geur", ["misselijk"]),
        ("ik was aan het bibberen man", ["gespannen"]),
        ("ik was eerst schijterig want het was kapot hoog", ["schijterig"]),
        ("toen voelde ik me een baas bro 😎", ["een baas"]),
        ("ik voelde me een beetje moe", ["moe"]),
        ("het viel me eerlijk gezegd een beetje tegen", ["teleurgesteld"]),
        ("mijn collega begon te lachen en toen moest ik ook heel erg lachen", ["grappig"]),
        ("ik kon niet stoppen met glimlachen", ["blij"]),
        ("iedereen keek, ik wilde het liefst weglopen", ["ongemakkelijk"]),
    ],
)
def test_dutch_idioms_are_the_feelings_they_stand_for(text: str, words: list[str]) -> None:
    assert own(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("before she came i was a total nervous wreck", ["nervous"]),
        ("my stomach was in knots the whole time", ["tense"]),
        ("at the end i was chuffed to bits", ["chuffed"]),
        ("the alarm went off and i jumped out of my skin", ["shocked"]),
        ("i wasn't even scared, i was fascinated watching the doctor stitch it", ["fascinated"]),
        ("the butcher was cutting up a whole pig and i felt sick", ["sick"]),
        ("i was more disgusted by the smell", ["disgusted"]),
        ("I couldn't stop smiling the whole way home", ["happy"]),
        ("I called her by the wrong name and I wanted the ground to swallow me", ["ashamed"]),
        ("she showed me the level editor and I loved it", ["fun"]),
    ],
)
def test_english_idioms_are_the_feelings_they_stand_for(text: str, words: list[str]) -> None:
    assert own(text, "en") == words


def test_sick_as_slang_still_needs_a_verb_and_a_sick_day_is_no_feeling() -> None:
    assert own("it was a sick day", "en") == []
    assert own("i felt sick", "en") == ["sick"]


@pytest.mark.parametrize(
    ("text", "mine", "theirs", "language"),
    [
        ("ik was zo blij. toen ik weg moest waren twee kleintjes verdrietig", ["blij"], ["verdrietig"], "nl"),
        ("toen hij weg was waren ik en mn collega echt opgelucht", ["opgelucht"], [], "nl"),
        ("ik en mn collega waren opgelucht", ["opgelucht"], [], "nl"),
        ("me and my friend were so happy", ["happy"], [], "en"),
        ("mijn collega en zijn vriend waren blij", [], ["blij"], "nl"),
        ("ik was moe en mijn collega was blij", ["moe"], ["blij"], "nl"),
        (
            "een klant was boos, en ik zag dat zij zelf ook gefrustreerd was",
            [],
            ["boos", "gefrustreerd"],
            "nl",
        ),
        ("toen huilde ik en mijn moeder was verdrietig", [], ["verdrietig"], "nl"),
        ("she helped me and my boss was angry", [], ["angry"], "en"),
        ("we waren allebei echt blij", ["blij"], [], "nl"),
        ("we were both really nervous", ["nervous"], [], "en"),
        ("ik was twee weken zenuwachtig", ["zenuwachtig"], [], "nl"),
        ("Mijn baas was boos. En ook teleurgesteld.", [], ["boos", "teleurgesteld"], "nl"),
        ("ik was moe. en ook blij", ["moe", "blij"], [], "nl"),
        ("hij vroeg of ik zenuwachtig was, ja heel erg", ["zenuwachtig"], [], "nl"),
        ("nah not scared, more like annoyed he was so rude", ["annoyed"], [], "en"),
    ],
)
def test_the_student_with_someone_else_shares_the_feeling(
    text: str, mine: list[str], theirs: list[str], language: str
) -> None:
    assert own(text, language) == mine
    assert others(text, language) == theirs


def test_a_denial_after_a_word_to_start_with_is_still_a_denial() -> None:
    reading = read_feelings("wacht nee zenuwachtig was ik niet echt hoor, ik was eigenlijk best rustig", "nl")
    assert [(f.word, f.negated) for f in reading.feelings] == [("zenuwachtig", True), ("rustig", False)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ik weet niet of ik bang was", "nl"),
        ("not sure if i was scared", "en"),
        ("ik weet niet of ik het nou leuk vond of niet", "nl"),
        ("mijn tante vroeg of ik het eng vond met al die buisjes, nee hoor", "nl"),
        ("het was kapot lang", "nl"),
        ("ik stond te bibberen van de kou", "nl"),
    ],
)
def test_a_feeling_not_known_or_asked_by_someone_else_is_not_the_students(text: str, language: str) -> None:
    assert own(text, language) == []


def test_a_new_sentence_does_not_take_the_subject_of_the_one_before() -> None:
    text = "ik voel twee dingen. blij want de mensen zijn aardig. en ook beetje boos want ik mag niet verven"
    assert own(text) == ["blij", "boos"]


def test_a_feeling_put_first_and_denied_after_its_verb_is_denied() -> None:
    reading = read_feelings("dat vond ik best wel spannend. saai was het helemaal niet", "nl")
    assert [(f.word, f.negated) for f in reading.feelings] == [("spannend", False), ("saai", True)]


def test_not_in_ones_place_is_said_back_in_the_students_words() -> None:
    reading = read_feelings("iedereen praatte in moeilijke woorden, ik voelde me echt niet op mn plek", "nl")
    assert feelings_sentence(reading.own, "nl") == "Je voelde je niet op je plek."


@pytest.mark.parametrize(
    ("text", "words", "language"),
    [
        ("ik wist niet of ik het goed deed dus ik was zenuwachtig", ["zenuwachtig"], "nl"),
        ("I wasn't sure if I could do it so I was really nervous", ["nervous"], "en"),
        ("ik twijfelde of ik het kon en ik was bang", ["twijfelde", "bang"], "nl"),
    ],
)
def test_a_feeling_told_after_not_knowing_something_else_is_the_students(
    text: str, words: list[str], language: str
) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("ik zat echt op het puntje van mijn stoel of het zou lukken", "nl", ["gespannen"]),
        ("de avond ervoor had ik vlinders in mijn buik", "nl", ["gespannen"]),
        ("mijn hand trillen, ik denk steeds ik doe fout", "nl", ["zenuwachtig"]),
        ("ik liep de rest van de dag te stralen", "nl", ["blij"]),
        ("toen zaagde ik hem 2 cm te kort. ik kon wel janken", "nl", ["teleurgesteld"]),
        ("het regende. had echt de pest in", "nl", ["boos"]),
        ("toen de bas door het park knalde stond ik echt te stuiteren", "nl", ["enthousiast"]),
        ("toen ik daar stond zat ik zo in mijn hoofd dat ik mijn tekst kwijt was", "nl", ["onzeker"]),
        ("maar de dierenarts deed het zo lief, daar had ik echt respect voor", "nl", ["onder de indruk"]),
        ("dat vond ik grappig en ook wel ontroerend", "nl", ["grappig", "ontroerd"]),
        ("Geinspireerd. Dat het dus niet erg is als je nog niet alles kan", "nl", ["geïnspireerd"]),
        ("i was bord at first becuase i only had to wach", "en", ["bored"]),
        ("I got goosebumps and felt a bit creeped out", "en", ["scared"]),
        ("I felt sorry for Sophie. she's only 16 too", "en", ["sympathy"]),
        ("I said no, I actually loved watching it", "en", ["fun"]),
        # dev64-dev68
        ("beetje benauwd voor die koeien. die ene trapte echt hard", "nl", ["bang"]),
        ("toen ze weg was viel er echt een last van me af", "nl", ["opgelucht"]),
        ("ze was heel dankbaar. voelde me echt top", "nl", ["top"]),
        ("ik moest echt op mijn tong bijten om niks terug te roepen", "nl", ["geïrriteerd"]),
        ("i had to bite my tongue so hard", "en", ["annoyed"]),
        ("i didn't know where to look lol", "en", ["shy"]),
        ("ik wist echt niet waar ik moest kijken 😅", "nl", ["ongemakkelijk"]),
        ("ik had me wel in de kast willen verstoppen", "nl", ["beschaamd"]),
        ("het was meer nieuwsgierigheid eigenlijk", "nl", ["nieuwsgierig"]),
        ("ik vond hem eng", "nl", ["eng"]),
        ("gelukkig bleef ik kalm", "nl", ["kalm"]),
        # from a review: the student's own, with someone as an object, the student as a role, a thing that
        # stays, a laugh held back, a quote the student wrote
        ("ik keek hem boos aan", "nl", ["boos"]),
        ("ik belde haar zenuwachtig op", "nl", ["zenuwachtig"]),
        ("ik ben hem echt dankbaar", "nl", ["dankbaar"]),
        ("i looked at her confused", "en", ["confused"]),
        ("i saw her crying and felt sad", "en", ["sad"]),
        ("ik, de stagiaire, was zenuwachtig want het was mijn eerste dag", "nl", ["zenuwachtig"]),
        ("Koken bleef leuk, ik was blij dat ik mocht helpen", "nl", ["leuk", "blij"]),
        ("ik moest op mijn tong bijten om niet te lachen", "nl", ["grappig"]),
        ("in mijn verslag schreef ik: 'ik was zenuwachtig'. Dat was ook zo", "nl", ["zenuwachtig"]),
        ("ik was minder bang dan dat ik dacht", "nl", []),
        # dev69-dev71
        ("ze schrok zich dood en ik ook echt 😳", "nl", ["schrok"]),
        ("raar. ik wist niet zo goed wat ik moest zeggen", "nl", ["raar"]),
        ("ik vond het wel moeilijk om te zien maar ik deed het toch", "nl", ["moeilijk om te zien"]),
        ("het was zwaar om te zien hoe hij huilde", "nl", ["zwaar om te zien"]),
        ("dat was lowkey satisfying", "nl", ["tevreden"]),
        ("I felt kind of doubtful afterwards", "en", ["doubtful"]),
        ("ik was vastberaden. dat ga ik gewoon leren", "nl", ["vastberaden"]),
        ("i was determined to finish", "en", ["determined"]),
        (
            "ik denk rustig? ik had verwacht dat ik het eng zou vinden maar dat was helemaal niet zo",
            "nl",
            ["rustig"],
        ),
        (
            "ik denk dat ik toen wel een beetje in paniek raakte? nee dat is te sterk, gewoon onzeker.",
            "nl",
            ["onzeker"],
        ),
        ("I was scared. no, too strong, more like nervous", "en", ["nervous"]),
        ("ik was bang dat hij boos werd. nee gewoon niks aan de hand, ik was blij", "nl", ["bang", "blij"]),
        # from a review: "ik ook" with a feeling of its own, the student left out after a comma, a "nee"
        # that takes nothing back
        ("mijn collega was boos en ik ook wel een beetje verdrietig", "nl", ["verdrietig"]),
        ("mijn stagebegeleider was blij en ik ook echt trots", "nl", ["trots"]),
        ("de baas gaf me een compliment aan het eind van de dag, werd er echt blij van", "nl", ["blij"]),
        ("mijn collega liet me alleen, werd een beetje gestrest", "nl", ["gestrest"]),
        ("ik was boos, nee meer op mezelf dan op hem, en daarna verdrietig", "nl", ["boos", "verdrietig"]),
        # from the last read: an adverb before "bleef" is nobody, "want" gives the reason
        ("verder bleef het rustig. ik was blij, verder ook trots", "nl", ["blij", "trots"]),
        ("het was moeilijk om te zien want hij huilde", "nl", ["moeilijk om te zien"]),
        # a thing is no person, "its" is "it's", "alone" after "felt"
        ("the biggest thing for me was feeling lonely", "en", ["lonely"]),
        ("true, and the worst thing was i felt so alone", "en", ["alone"]),
        ("its more of a tired feeling", "en", ["tired"]),
        ("het ergste deel was dat ik me eenzaam voelde", "nl", ["eenzaam"]),
        ("i was alone at the desk", "en", []),
    ],
)
def test_more_idioms_and_spellings(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "language", "theirs"),
    [
        ("At lunch one guy asked if I was bored. I just laughed", "en", ["bored"]),
        ("she looked at me in the corner and asked if I was bored. I said no", "en", ["bored"]),
        ("De apotheker vroeg of ik het spannend vond. Ik zei nee", "nl", ["spannend"]),
        ("My dad always says it's boring work, but I didn't think so at all.", "en", ["boring"]),
        ("de kippen waren los en Kees schrok zich rot en raakte in paniek", "nl", ["schrok", "in paniek"]),
        # dev64-dev68: a question in simple English, a name that stays calm, a role before a name, a state
        # seen in someone, a message quoted, a name with the role after it
        ("my friend ask later if I was scared of the chef", "en", ["scared"]),
        ("een jongetje snapte het niet, werd boos en begon keihard te huilen", "nl", ["boos", "verdrietig"]),
        ("karin bleef de hele dag gewoon rustig, hoe dan", "nl", ["rustig"]),
        ("chauffeur dennis was heel relaxed, die doet dit al 20 jaar", "nl", ["relaxed"]),
        ("i just didnt like seeing her so scared", "en", ["scared"]),
        ("ik zag hem zo verdrietig", "nl", ["verdrietig"]),
        ("mn vader had geluisterd en appte 'haha trots op je jongen'", "nl", ["trots"]),
        ("my dad texted 'so proud of you'", "en", ["proud"]),
        (
            "Mieke, de eigenaresse, was ook opgelucht want ze dacht dat we het niet zouden halen",
            "nl",
            ["opgelucht"],
        ),
    ],
)
def test_someone_elses_question_saying_or_name_is_theirs(text: str, language: str, theirs: list[str]) -> None:
    assert own(text, language) == []
    assert others(text, language) == theirs


def test_the_student_sharing_it_after_a_full_stop_makes_it_theirs_too() -> None:
    assert own("mijn collega gleed uit. iedereen schrok. ik ook") == ["schrok"]
    assert own("hij vroeg of ik bang was, ja heel erg") == ["bang"]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("het was meer dat ik me heel klein voelde tussen al die mensen in pak", "nl", ["klein"]),
        ("ze bleven het maar doen en ik had het niet meer 😂", "nl", ["grappig"]),
        ("toen ik de cellen zag was ik zo van wauw", "nl", ["onder de indruk"]),
        ("when I saw the cells moving I was like wow.", "en", ["amazed"]),
        # an emoji ends a clause: "een bumper" is no subject of "was zo bang"
        ("mocht zelf een bumper spuiten 😅 was zo bang dat ik het zou verpesten", "nl", ["bang"]),
        # an emoji right after someone is an aside, not the end of their clause
        ("mijn baas 🙄 was weer chagrijnig en ik moest alles alleen doen", "nl", []),
        # "stom ik weet het" is an aside about themselves
        (
            "Ik moest lachen, stom ik weet het. Maar daarna had ik medelijden",
            "nl",
            ["grappig", "had medelijden"],
        ),
    ],
)
def test_clauses_names_and_asides(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ik vond het klein", "nl"),
        ("ik had het niet meer, zo moe", "nl"),  # only "moe": not laughter without the laughing
        ("ik heb de borden in de kast gezet, elk bord apart", "nl"),  # "bord" is a plate in Dutch
    ],
)
def test_words_that_are_no_such_feeling_here(text: str, language: str) -> None:
    assert "grappig" not in own(text, language) and "klein" not in own(text, language)
    assert "bored" not in own(text, language)


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("vroeger was ik bang voor klanten maar nu niet bang meer. ik ben trots", "nl", ["trots"]),
        ("I used to be scared of dogs but now I love them", "en", []),
        ("I helped the vet with a cat that was really scared, and I was super happy", "en", ["happy"]),
        ("and that was scary", "en", ["scary"]),
    ],
)
def test_how_it_used_to_be_and_an_animal_that_was_scared(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mn collega 😂 was zo blij met haar fooi", "nl"),
        ("de klant had echt respect voor mij", "nl"),
        ("my mentor felt sorry for me because I had to work alone", "en"),
        ("my boss loved watching me decorate the cake", "en"),
        ("I exited the shop and went home", "en"),
        ("dat liedje zat zo in mijn hoofd de hele dag", "nl"),
    ],
)
def test_new_idioms_mind_who_feels_them(text: str, language: str) -> None:
    assert own(text, language) == []


def test_crying_for_joy_is_joy_and_agreeing_with_dad_makes_it_theirs() -> None:
    assert own("ik kon wel janken van blijdschap toen ik mijn diploma kreeg") == ["blij"]
    assert own("my dad says it's boring and I agree", "en") == ["boring"]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("wat ik wel jammer vond was dat het drie uur over geld ging", "nl", ["jammer"]),
        ("het was minder glamoureus dan ik dacht, beetje een tegenvaller eigenlijk", "nl", ["teleurgesteld"]),
        ("ik kan echt niet wachten om te beginnen", "nl", ["enthousiast"]),
        ("ik vond het zo zielig", "nl", ["zielig"]),
        ("ik merkte dat ik juist heel rustig bleef", "nl", ["rustig"]),
        ("maar achteraf in de keuken lag ik dubbel met mn collega", "nl", ["grappig"]),
        ("in the afternoon we fed the penguins and I loved that", "en", ["fun"]),
        ("it was more that I was really moved by how much they loved him", "en", ["moved"]),
        ("i felt really sorry for her", "en", ["sympathy"]),
        # a name written small after "collega" is someone else
        ("mijn collega fatma. fatma werd er echt verdrietig van. ik was echt pissig man", "nl", ["pissig"]),
    ],
)
def test_words_from_a_year_group_and_stories_of_others_trouble(
    text: str, language: str, words: list[str]
) -> None:
    assert own(text, language) == words


def test_moved_only_as_a_feeling() -> None:
    assert own("we moved the boxes to the back", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "words", "theirs"),
    [
        ("ik stond daar en dacht was ik nou bang of niet? ik weet t nog steeds niet", "nl", [], []),
        ("en daar zaten allemaal boze bewoners die over parkeerplekken begonnen", "nl", [], ["boos"]),
        ("toen het klaar was was mijn opluchting zo groot", "nl", ["opgelucht"], []),
        ("iedereen vroeg daarna of ik misselijk was geworden", "nl", [], ["misselijk"]),
        ("gewoon rustig. en beetje tevreden ofzo", "nl", ["rustig", "tevreden"], []),
        ("rustig werk vandaag", "nl", [], []),
        ("dat vond ik heel rustgevend", "nl", ["rustgevend"], []),
        ("There was an old lady who kept telling me how lonely she has been", "en", [], ["lonely"]),
        ("I was the only one that was nervous", "en", ["nervous"], []),
    ],
)
def test_questions_to_oneself_attributes_and_answers_of_one_word(
    text: str, language: str, words: list[str], theirs: list[str]
) -> None:
    assert own(text, language) == words
    assert others(text, language) == theirs


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        (
            "daar zaten allemaal boze bewoners die begonnen haha was eigl wel grappig om te zien",
            "nl",
            ["grappig"],
        ),
        # "ik werd er stil van" may be moved or shocked: the bot asks rather than guess
        ("ik vond het mooi om naar te luisteren. ik werd er stil van", "nl", []),
        ("walgelijk", "nl", ["walgelijk"]),
        (
            "leuk vond ik het, en ik voelde me wel verantwoordelijk voor die kinderen",
            "nl",
            ["leuk", "verantwoordelijk"],
        ),
        ("ik ben verantwoordelijk voor de kassa", "nl", []),
        ("I thought I'd find it boring because I'm not good at building stuff", "en", []),
    ],
)
def test_laughter_ends_a_clause_and_what_was_only_expected(
    text: str, language: str, words: list[str]
) -> None:
    assert own(text, language) == words


@pytest.mark.parametrize(
    ("text", "words", "theirs"),
    [
        (
            "wallah er kwam een moeder naar me toe helemaal in paniek. ik was echt bezorgd",
            ["bezorgd"],
            ["in paniek"],
        ),
        ("eerlijk gezegd was ik de eerste twee uur echt verveeld want er gebeurde niks", ["verveeld"], []),
    ],
)
def test_me_after_a_preposition_and_a_long_time_phrase(
    text: str, words: list[str], theirs: list[str]
) -> None:
    assert own(text) == words
    assert others(text) == theirs


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("ik kreeg een boze klant", "nl", []),
        ("ik zag een bange hond", "nl", []),
        ("i helped a sad kid", "en", []),
        ("mijn baas haha was zo boos", "nl", []),
        ("de kinderen waren lol heel blij", "nl", []),
        ("i thought i'd cry, i was sad", "en", ["sad"]),
        ("jammer genoeg was het druk, ik was gestrest", "nl", ["gestrest"]),
        ("de zenuwen gierden door mijn lijf", "nl", ["zenuwachtig"]),
        ("I was kind of in a panic inside", "en", ["panicked"]),
    ],
)
def test_described_someone_laughter_inside_a_clause_and_unfortunately(
    text: str, language: str, words: list[str]
) -> None:
    assert own(text, language) == words


def test_a_laugh_keeps_the_negation() -> None:
    assert [f.word for f in read_feelings("ik was echt niet haha bang", "nl").denied] == ["bang"]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Later vroeg hij of ik het leuk vond en ik zei ja, en dat was ook echt zo", "nl", ["leuk"]),
        ("she asked if I was nervous and I said yes", "en", ["nervous"]),
        ("hij vroeg of ik het leuk vond en ik zei nee", "nl", []),
    ],
)
def test_a_question_answered_yes_is_theirs_to_ask_and_the_students_to_feel(
    text: str, language: str, words: list[str]
) -> None:
    assert own(text, language) == words
