"""How far a word's grammar reaches: negations ("niet eens meer", "it wasn't that"), "gelukkig" as
luckily, and whose feeling after a name between commas or after "hoe"."""

from __future__ import annotations

import pytest

from dialogues.language import read_feelings

from .test_feeling_idioms import own


def test_no_longer_is_still_a_negation() -> None:
    assert [f.negated for f in read_feelings("ik was niet meer bang", "nl").feelings] == [True]


def test_luckily_is_no_feeling_but_happy_is() -> None:
    assert own("gelukkig heb ik niks laten vallen") == []
    assert own("ik was zo gelukkig") == ["gelukkig"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ik was echt gelukkig was een mooie dag", ["gelukkig"]),
        ("ik belde de klant, mevrouw Jansen, was super zenuwachtig", ["zenuwachtig"]),
        ("zijn stem sloeg over toen hij de klant aansprak haha", []),
        ("pfoe wat was het warm in de keuken vandaag", []),
    ],
)
def test_what_a_review_found_read_wrong(text: str, words: list[str]) -> None:
    assert own(text) == words


@pytest.mark.parametrize(
    "text", ["daarna was ik niet eens meer zenuwachtig", "ik voelde me niet echt meer welkom"]
)
def test_not_anymore_stays_a_negation(text: str) -> None:
    assert [f.negated for f in read_feelings(text, "nl").feelings] == [True]


@pytest.mark.parametrize(
    ("text", "language", "negated"),
    [
        ("it wasn't that i was angry", "en", [True]),
        ("het was niet dat ik boos was", "nl", [True]),
        ("niet dat ik niet zenuwachtig was hoor", "nl", [False]),
        ("in het begin was het niet alleen verlegen", "nl", [False]),
        ("ik wist niet dat ik zo zenuwachtig was tot ik moest praten", "nl", [False]),
        # a "just" after the denied word turns to the next one (a review of the last session)
        ("i wasnt scared, no just a bit nervous", "en", [True, False]),
        ("i wasnt scared just nervous", "en", [True, False]),
        ("ik was niet bang gewoon zenuwachtig", "nl", [True, False]),
        ("i was not just nervous, i was terrified", "en", [False, False]),
        ("i wasnt scared or nervous", "en", [True, True]),
    ],
)
def test_not_that_and_not_only(text: str, language: str, negated: list[bool]) -> None:
    assert [f.negated for f in read_feelings(text, language).feelings] == negated


def test_how_two_words_of_someone_are_theirs() -> None:
    assert own("hoe blij en dankbaar die oude mevrouw was, ik was ontroerd") == ["ontroerd"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # dev72 and dev73: a name in brackets after a role is set apart as between commas
        ("de leidster (Priya) was echt gestrest en zei dat ik mee moest doen", []),
        ("tandarts (Ellen) was blij met mijn hulp zei ze", []),
        ("ik was blij (echt heel blij)", ["blij", "blij"]),
        # "ik eigenlijk ook": a small word between "ik" and "ook"; a feeling of its own after it stays its own
        ("ze waren zo blij en ik eigenlijk ook 😂", ["blij"]),
        ("ze was bang, ik eigenlijk ook wel een beetje boos", ["boos"]),
        # an upside-down face turns a glad word round
        ("super leuk hoor, 4 uur pannen schrobben 🙃 om 11 uur thuis en ik was echt kapot", ["kapot"]),
        ("het was leuk 🙂", ["leuk"]),
        ("het was leuk\nmaar die chef 🙄", ["leuk"]),
        # "viel mee" alone judges the day; "het viel me mee" is still relief
        ("eerste keer kassa gedaan. viel mee eigenlijk", []),
        ("het viel me echt mee", ["opgelucht"]),
        # idioms split by a word
        ("ik stond echt versteld", ["verbaasd"]),
        ("ik werd er echt gek van 😤 en toen smolt ik echt", ["geërgerd", "ontroerd"]),
    ],
)
def test_what_the_sets_of_this_session_found(text: str, words: list[str]) -> None:
    assert own(text) == words


@pytest.mark.parametrize(
    ("text", "felt"),
    [("vies? nee niet vies eigenlijk. ik schrok denk ik", ["schrok"]), ("bang? ja wel een beetje", ["bang"])],
)
def test_a_word_asked_of_themselves_and_turned_down_is_not_felt(text: str, felt: list[str]) -> None:
    assert [f.word for f in read_feelings(text, "nl").own if not f.negated] == felt


def test_his_feeling_stays_his() -> None:
    assert own("his feeling was sad", "en") == []
    assert own("haar gevoel was verdrietig") == []


def test_or_just_keeps_the_negation() -> None:
    read = read_feelings("ik was niet zenuwachtig of gewoon bang, ik was rustig", "nl").feelings
    assert [(f.word, f.negated) for f in read] == [("zenuwachtig", True), ("bang", True), ("rustig", False)]


def test_or_rather_turns_the_negation() -> None:
    read = read_feelings("ik was niet moe of eerder verveeld", "nl").feelings
    assert [(f.word, f.negated) for f in read] == [("moe", True), ("verveeld", False)]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # dev74: "they'd" has a subject of its own: what was feared, not an unreal fear
        ("I was honestly scared they'd be bored", "en", ["scared"]),
        ("I would be scared", "en", []),
        ("and i was shook ngl, didnt know what to say", "en", ["shook"]),
        ("he shook my hand", "en", []),
        ("the DJ just laughed and said I did great", "en", []),
        ("the main feeling was happy", "en", ["happy"]),
        ("het grootste gevoel was trots", "nl", ["trots"]),
        # a role and who the student was with, then the name between commas (dev33 when "he'd" read)
        ("The nurse I followed, Kevin, was exhausted because he'd done a double shift", "en", []),
        ("de monteur met wie ik meeliep, Ruud, was boos", "nl", []),
        # dev75: the student's feeling in a story about others
        ("ik stond erbij en wist niks te zeggen, voelde me best onhandig", "nl", ["onhandig"]),
        ("ik ben best onhandig", "nl", []),
        ("het was best zwaar voor mij eerlijk gezegd", "nl", ["zwaar"]),
        ("werk is te zwaar voor mij", "nl", []),
        ("daarna was het zo bijzonder om te zien", "nl", ["bijzonder om te zien"]),
        ("was iedereen opgelucht, ik ook eigenlijk", "nl", ["opgelucht"]),
        ("de rest van de klas was juist super enthousiast", "nl", []),
        ("de rest van de dag was leuk", "nl", ["leuk"]),
        ("the rest of the team was tired", "en", []),
        ("die nieuwe, kai, is superbang voor de anderen", "nl", []),
        ("she said I stayed calm", "en", []),
        ("she said I could go and I was happy", "en", ["happy"]),
        ("ja dat ook, maar stiekem ook wel trots eigenlijk", "nl", ["trots"]),
        ("een kind dat bang was", "nl", []),
        ("ik was vooral geraakt, door hoe hij over haar praatte", "nl", ["geraakt"]),
        # a name between brackets after "dus de leidster"; a label about the student before a colon (dev73)
        ("een collega was ziek dus de leidster (Priya) was echt gestrest", "nl", []),
        ("ik belde de klant, mevrouw Jansen, was super zenuwachtig", "nl", ["zenuwachtig"]),
        ("tandarts (Ellen) was blij met mijn hulp zei ze. ik daarna: kapot", "nl", ["kapot"]),
        ("de printer: kapot", "nl", []),
        # a review of this session's change: words between commas or brackets that are no name
        ("de eerste dag, omg, was zo zenuwachtig", "nl", ["zenuwachtig"]),
        ("de klant bedankte me, wauw, was zo blij", "nl", ["blij"]),
        ("mijn stage (bakkerij) was echt leuk", "nl", ["leuk"]),
        ("the first day (monday) was fun", "en", ["fun"]),
        # a feeling noun with "van/of" after it is someone's
        ("de emotie van de klant was boos en ik bleef rustig", "nl", ["rustig"]),
        ("the feeling of the kids was happy and i was proud", "en", ["proud"]),
        # "de rest van" a time or a place
        ("de rest van de stage was leuk", "nl", ["leuk"]),
        ("the rest of the shift was fun", "en", ["fun"]),
        # chat without punctuation after "zei": the student's own clause
        ("de chef zei goed gedaan ik was echt blij", "nl", ["blij"]),
        ("hij zei ik doe het goed ik was trots", "nl", ["trots"]),
        # irony needs the "hoor"; a sincere 🙃 or a 🙄 about someone else leaves the glad word
        ("vond het echt leuk, alleen die ene klant 🙄", "nl", ["leuk"]),
        ("ik was zo blij 🙃 echt", "nl", ["blij"]),
        ("het is me echt meegevallen", "nl", ["opgelucht"]),
        # literal senses of the new idioms
        ("ik smolt de chocolade en was best trots", "nl", ["trots"]),
        ("het tillen van de dozen was zwaar voor mn rug", "nl", []),
        ("die tas was zwaar voor me om te tillen", "nl", []),
        ("het is zwaar voor mijn moeder", "nl", []),
        ("je staat versteld hoeveel werk het is", "nl", []),
        ("i kinda shook his hand awkwardly", "en", []),
        # dev78: some of a group
        ("I was soooo embarrassed 🙈 some of the little ones were scared too", "en", ["embarrassed"]),
        ("een van de kinderen was bang", "nl", []),
        ("which was a bit of a let down tbh", "en", ["disappointed"]),
        # a second review of this session's change
        ("het eerste paard was onrustig en ik was bang", "nl", ["bang"]),
        ("mijn gevoel bij de klant was onzeker", "nl", ["onzeker"]),
        ("het gevoel van trots was groot", "nl", ["trots"]),
        ("het gevoel in mijn buik was zenuwachtig", "nl", ["zenuwachtig"]),
        ("het gevoel bij de kinderen was heel blij", "nl", []),
        ("de leidster, priya, was gestrest", "nl", []),
        ("mijn collega (sara) was gestrest", "nl", []),
        ("zwaar voor mij om die oude mevrouw zo te zien", "nl", ["zwaar"]),
        ("ik smolt toen ze lachte", "nl", ["ontroerd"]),
        ("toen smolt ik de boter", "nl", []),
        ("lowkey shook ngl", "en", ["shook"]),
        ("my hands kinda shook when i gave the injection", "en", []),
        ("so fun 🙃 cleaning toilets all day", "en", []),
        ("honestly i was happy 🙃 weird i know", "en", ["happy"]),
        ("i didn't want to let down my mentor", "en", []),
    ],
)
def test_what_the_sets_and_reviews_of_2026_12_08_found(text: str, language: str, words: list[str]) -> None:
    assert own(text, language) == words
