"""What stands for a feeling besides a word: idioms split by small words, and emoji.

The feeling reader (`_feelings`) finds forms of words; students also split an idiom ("ik zat er echt mee
in mn maag") and let an emoji say what no word in the sentence does ("maar toen ze allemaal meededen 😁").
"""

from __future__ import annotations

import re
from functools import partial

__all__ = ["BODY", "EMOJI", "MY", "emoji_marks", "ironic", "ungap"]

MY = frozenset({"mijn", "mn", "m'n", "me", "my"})
BODY = frozenset(
    {
        *"hart buik maag hoofd handen benen knieen lijf keel stem ogen oog armen rug voeten mond".split(),
        *"heart stomach belly head hands legs voice eyes arms back feet jaw".split(),
    }
)

# Idioms students split with a word or two ("ik zat er echt mee in mn maag", "zag er als een berg tegenop"):
# their parts in order (alternatives with |), read as the form they stand for.
GAPPED: tuple[tuple[tuple[str, ...], str], ...] = (
    (("zat|zit", "er", "mee in", "mn|mijn|m'n|me", "maag"), "zat ermee in mn maag"),
    (("hart", "gaat|ging", "te keer|tekeer"), "hart ging te keer"),
    (("gaat|ging", "mn|mijn|m'n", "hart", "te keer|tekeer"), "hart ging te keer"),
    (("werd|word", "er", "warm van"), "werd er warm van"),
    (("kijk|keek", "er", "naar uit"), "kijk er naar uit"),
    (("het|dat|dit|t", "raakte", "me|mij"), "het raakte me"),
    (("het|dat|dit|t", "raakt", "me|mij"), "het raakt me"),
    (("raakte|raakt", "me|mij", "dat|het"), "het raakte me"),
    (("kreeg|krijg", "ik|je", "er", "energie van"), "kreeg er energie van"),
    (("kreeg|krijg", "er", "energie van"), "kreeg er energie van"),
    (("voelde", "met (?:haar|hem|ze|hen|hun)", "mee"), "voelde mee"),
    (("er", "kapot van"), "er kapot van"),
    (("gaf|geeft", "me|mij", "energie"), "gaf me energie"),
    (("leefde", "je|ik", "mee"), "leefde mee"),
    (("leeft|leef", "je|ik", "mee"), "leeft mee"),
    (("voel|voelt", "met (?:haar|hem|ze|hen|hun)", "mee"), "voel mee"),
    (("had", "met (?:haar|hem|ze|hen|hun)", "te doen"), "had medelijden"),
    (("zag|zie|zagen", "er", "tegenop|tegen op"), "zag er tegenop"),
    (("zweet", "loopt|liep|stroomde|gutste", "over", "mn|mijn|m'n", "rug"), "zweet over mn rug"),
    (("schrok", "me", "rot|kapot|dood"), "schrok me rot"),
    (("zat|zit", "me", "niet lekker"), "zat me niet lekker"),
    (("zat|zit", "me", "dwars"), "zat me dwars"),
    (("kwam", "helemaal|echt|ik", "los"), "kwam los"),
    (("het|dat|t", "viel|valt", "me|mij", "tegen"), "viel me tegen"),
    (("het|dat|t", "viel|valt", "me|mij", "mee"), "viel me mee"),
    (("moest", "lachen"), "moest lachen"),
    (("stond|sta", "versteld"), "stond versteld"),
    (("werd|word", "er", "gek van"), "werd er gek van"),
    (("wist|weet", "niet of ik het", "goed", "deed|doe"), "wist niet of ik het goed deed"),
    (("hands", "were|was", "shaking"), "hands were shaking"),
    (("heart", "was", "racing|pounding"), "heart was racing"),
)
# The words that may stand between an idiom's parts; "ik" and "mn" are kept in front of the idiom read
# ("werd ik er zo warm van" -> "ik werd er warm van"), so whose feeling it is stays clear.
GAP_WORDS = (
    "ik|echt|zo|wel|gwn|gewoon|helemaal|even|best|heel|super|erg|enorm|ook|nog|al|flink|zwaar|als een berg|"
    "veel|zoveel|ineens|opeens|eigenlijk|vooral|eerlijk gezegd|wel|toch|een beetje|beetje|"
    "de hele (?:dag|middag|ochtend|avond|tijd)|really|literally|so|totally|like"
)


def _ungapped(match: re.Match[str], form: str) -> str:
    words = match.group(0).split()
    mine = "mn " if any(w in MY for w in words) and not form.startswith("mn ") else ""
    return ("ik " if "ik" in words else "") + mine + form


_GAPPED = tuple(
    (re.compile(rf"\b{rf'(?: (?:{GAP_WORDS}))* '.join(f'(?:{part})' for part in parts)}\b"), form)
    for parts, form in GAPPED
)


def ungap(folded: str) -> str:
    """Split idioms joined into the form they stand for; an "ik" or "mn" said inside goes in front."""
    for gapped, form in _GAPPED:
        folded = gapped.sub(partial(_ungapped, form=form), folded)
    return folded


# An emoji read as a feeling (per language, the family it stands for), only where no feeling word is
# near: the student's own reaction to what the sentence tells. Left out: faces that mean many things
# (😅 relief or awkwardness, 😳 shame or shock, 😬 nerves or cringe, 😂 laughter at anything).
EMOJI: dict[str, dict[str, str]] = {
    "nl": {
        **dict.fromkeys("😁😄😃😀😊🥳🤩🙌😆😍🥰", "blij"),
        **dict.fromkeys("😢😭😞😔", "verdrietig"),
        **dict.fromkeys("😡😠🤬", "boos"),
        **dict.fromkeys("😰😟😥", "zenuwachtig"),
        "😨": "bang",
        "😱": "geschrokken",
        **dict.fromkeys("😴🥱😩", "moe"),
        **dict.fromkeys("🥹🥺", "ontroerd"),
        **dict.fromkeys("🤢🤮", "misselijk"),
        "🙈": "beschaamd",
        **dict.fromkeys("😮😯😲", "verbaasd"),
        **dict.fromkeys("😕🙁☹😒", "teleurgesteld"),
    },
    "en": {
        **dict.fromkeys("😁😄😃😀😊🥳🤩🙌😆😍🥰", "happy"),
        **dict.fromkeys("😢😭😞😔", "sad"),
        **dict.fromkeys("😡😠🤬", "angry"),
        **dict.fromkeys("😰😟😥", "nervous"),
        "😨": "scared",
        "😱": "shocked",
        **dict.fromkeys("😴🥱😩", "tired"),
        "🙈": "ashamed",
        **dict.fromkeys("😮😯😲", "surprised"),
        **dict.fromkeys("😕🙁☹😒", "disappointed"),
    },
}
_EMOJI = {language: re.compile("|".join(map(re.escape, table))) for language, table in EMOJI.items()}


def emoji_marks(folded: str, language: str) -> list[tuple[int, str]]:
    """Where an emoji that stands for a feeling is, and the feeling's family, in order."""
    table = EMOJI.get(language, EMOJI["nl"])
    return [(m.start(), table[m.group(0)]) for m in _EMOJI.get(language, _EMOJI["nl"]).finditer(folded)]


# An upside-down face or rolled eyes in the sentence turn a glad word round.
_IRONIC = re.compile("[\U0001f643\U0001f644]")
_SENTENCE_END = re.compile(r"[.!?\n]")
_TURNS = frozenset(
    {
        "maar",
        "but",
        "toen",
        "daarna",
        "then",
        "behalve",
        "except",
        "alleen",
        "only",
        "al",
        "though",
        "although",
    }
)


def _ironic_after(rest: str) -> bool:
    """Whether an upside-down face or rolled eyes follow in the same sentence, within a few words and not
    after a turn ("het was leuk, maar die chef 🙄" is about the chef)."""
    found = _IRONIC.search(_SENTENCE_END.split(rest, 1)[0])
    if found is None:
        return False
    between = rest[: found.start()].split()
    return len(between) <= 8 and not _TURNS & set(between)


_GLAD = frozenset(
    "leuk gaaf fun great awesome geweldig vet chill nice cool top mooi blij happy gezellig lachen".split()
)


def ironic(family: str, before: str, rest: str) -> bool:
    """Whether a glad word is said the other way round: "super leuk hoor, 4 uur pannen schrobben 🙃", "so fun
    🙃 cleaning toilets"; not when the student says they were ("ik was zo blij 🙃 echt"), unless "hoor"."""
    if family not in _GLAD or not _ironic_after(rest):
        return False
    clause = re.split(r"[.!?,\n]", before)[-1].split()
    return rest.lstrip().startswith(("hoor", "joh")) or not _I & set(clause)


_I = frozenset({"ik", "i", "k", "im", "i'm", "was", "voelde", "felt"})
