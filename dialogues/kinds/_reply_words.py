"""What a reply to the feelings said back may hold: a rejection, a better word, a contrast, a doubt."""

from __future__ import annotations

import re

__all__ = [
    "BETTER",
    "CONTENT",
    "CONTRAST",
    "DOUBT_FELT",
    "DOUBT_NAMED",
    "DOUBT_WORD",
    "FILLERS",
    "INSTEAD",
    "JUST",
    "JUST_WORDS",
    "NAMING_EN",
    "NAMING_NL",
    "NO_FEELING",
    "REJECT",
    "REJECT_NAMED",
    "SHORT_NO",
    "SHORT_REJECT",
]

# "ik voelde er niet veel bij", "I didn't really feel much": no feeling at all, not the body ("ik voelde niks
# van de kou", "I felt nothing in my hands").
_NO_FEELING = (
    r"(?:ik )?voelde (?:eigenlijk |echt |gewoon )?(?:niks|niets)(?: speciaals| bijzonders)?"
    r"(?! (?:van|in|aan|op)\b)|"
    r"(?:voelde ik er|(?:ik )?voelde er) (?:eigenlijk |gewoon |echt )?(?:niet (?:echt |zo )?(?:veel|zoveel)|"
    r"weinig|niks|niets) bij|"
    r"i (?:didn'?t|did not) (?:really )?feel (?:anything|much)(?! (?:in|of|from)\b)|"
    r"i felt nothing(?! (?:in|of|from)\b)"
)
# Said right after a feeling was named, even in a longer message, this takes it back and names none.
NO_FEELING = re.compile(rf"\b(?:{_NO_FEELING})")
# Said on its own after a feeling was named, these reject it without naming another one.
REJECT = re.compile(
    r"\b(?:klopt (?:eigenlijk |echt |toch |gewoon |ook )?(?:helemaal )?niet?|niet waar|"
    # "fout" as a verdict, not what the student did ("ik deed alles fout")
    r"(?<!deed )(?<!doe )(?<!ging )(?<!gaat )(?<!iets )(?<!alles )(?<!niks )(?<!niets )(?<!het )"
    r"(?<!veel )fout|"
    r"dat is niet zo|"
    r"zo voelde ik me niet|"
    rf"{_NO_FEELING}|"
    r"dat voelde ik niet|dat (?:is|was) (?:het|t) (?:niet?|neet)(?: echt| helemaal)?|"
    r"that'?s not (?:right|true|it)|not right|not true|wrong|"
    r"i didn'?t feel that|niet (?:helemaal |echt |precies )?het (?:goede|goeie|juiste) woord|"
    r"te zwaar|te sterk|"
    r"overdreven|te veel gezegd|not the right word|too strong|i wouldn'?t (?:say|call it)|"
    r"isn'?t (?:really )?the (?:right )?word|is niet (?:echt )?het (?:goede |juiste )?woord|"
    r"ik zou (?:het )?niet \w+ noemen|"
    r"too much|exaggerat\w*|isn'?t (?:really )?it|"
    r"is het niet|is (?:het|t) (?:goede |juiste )?woord niet)\b"
)
# Weaker, only about the feelings when the question answered named them ("Je was blij. Wat gebeurde er?"
# "nee, niet echt"); to "Herken je dit van ergens anders?" the same words are a plain no.
REJECT_NAMED = re.compile(r"\b(?:niet echt|niet helemaal|nee dat niet|not really|not quite)\b")
# "juist", "meer X dan Y": the new feeling instead of the old; "ook" adds one ("eigenlijk ook zenuwachtig").
# "ik bedoelde opgelucht": the word meant instead ("ik bedoelde dat de klant ..." tells a story).
_MEANT = r"\b(?:ik bedoelde|i meant) (?!dat\b|that\b)"
# After a "but": "dat ook wel, maar het ergste was dat ik me eenzaam voelde"; not "ja, en het ergste was
# ...", which adds.
_BUT_MOST = (
    r"\b(?:but|maar)\b[^.!?]*?\b(?:het ergste|het meest|het (?:grote|grootste|echte|belangrijkste) gevoel|"
    r"the worst(?: part| thing)?|most of all|the (?:big|biggest|main|real) (?:feeling|thing))\b"
)
# "ik denk dat dankbaar beter past", "proud is a better word": that feeling word is the right one (not "de
# blauwe past beter").
BETTER = re.compile(
    r"\b([\w'-]+) (?:beter past|past beter|klinkt beter|is (?:een )?beter woord|fits better|"
    r"is (?:a )?better word|sounds better)\b"
)
CONTRAST = re.compile(
    r"\b(?:juist|eerder|dan|vooral|eigenlijk meer|than|actually|rather|more like|mostly|in fact)\b|"
    rf"(?:^|[,.!?] ?|\bnee,? |\bno,? |\bmaar |\bbut |\b(?:het|t|dat|it|that) (?:is|was) |\bit'?s )"
    rf"(?:meer|more)\b(?!\s+(?:\w+\s+)?(?:dan|than)\b|\s+(?:werk|work|mensen|people|about|over|tijd|time)\b)|"
    rf"{_MEANT}|{_BUT_MOST}"
)
INSTEAD = re.compile(
    rf"\b(?:juist|eigenlijk|eerder|meer|vooral|actually|rather|more like|mostly|in fact|but more)\b|{_MEANT}|"
    # "yeah at first, but after an hour not anymore. then it was just boring": the feeling that came after.
    r"\b(?:at first|in the beginning|eerst wel|in het begin)\b[^.!?]*\b(?:not anymore|not any more|"
    r"niet meer)\b|"
    r"\b(?:it|that) (?:is|was) more that\b|\bit'?s more that\b|"
    # After a "but" or a "no": "not really tbh, it was more relief", "kind of, but it's more mixed" (not
    # "more than scared", which compares); not "yes, and later it was more relaxed", which adds.
    r"\b(?:but|maar|not really|no|nah|nope|nee|niet echt)\b[^.!?]*?"
    rf"\b(?:(?:it|that) (?:is|was)|it'?s) more\b(?!\s+(?:\w+\s+)?than\b)|{_BUT_MOST}"
)
# "hmm weet niet of dat het woord is", "not sure that's the right word": the word doubted, none put instead;
# "weet niet of trots klopt" doubts a named word ("weet niet of dat klopt, ik ..." doubts the memory).
DOUBT_WORD = re.compile(
    r"\b(?:weet (?:ik )?(?:niet|nie|nog niet) of (?:\w+ ){0,2}(?:het|dat) (?:goede |juiste |echte )?woord|"
    # "hmm weet niet of dat het is", "not sure that's it"
    r"weet (?:ik )?(?:eigenlijk |echt |nou )?(?:niet|nie) of (?:dat|het|t) (?:het|t) (?:wel )?(?:is|was)"
    r"(?=\s*(?:[.,!?]|$))|"
    r"(?:not sure|dunno) (?:if )?that'?s it(?=\s*(?:[.,!?]|$))|"
    # "hmm ja denk het? of was het meer blij voor hem?": the named word and another weighed
    r"(?:denk het|denk ik|i think so|i guess)\s*\?\s*(?:of|or) (?:was|is) (?:het|t|it)\b|"
    r"(?:not sure|dunno|idk) (?:if |whether )?(?:that'?s|it'?s|that is|it is) (?:really )?the "
    r"(?:right )?word)\b"
)
# "kweet echt niet wat ik voelde", "I'm not sure what I felt" (dev74): a doubt about the feeling, when the
# answer names none ("ik wist niet wat ik voelde, zo trots was ik" names one).
DOUBT_FELT = re.compile(
    r"\bk?(?:weet|wist) (?:ik )?(?:het )?(?:eigenlijk |echt |nou |niet )?(?:niet|nie|meer) (?:meer )?wat ik "
    r"(?:voelde|voel)\b|\b(?:not sure|idk|dunno|don'?t know|do not know) (?:anymore )?what i (?:felt|feel)\b"
)
# "daar gaat het me niet om. bij die zitting was ik onder de indruk", "waar het mij om gaat is dat voldane
# gevoel": of the feelings said back, the one named after it is what matters (dev73).
MATTERS_AFTER = re.compile(
    r"\b(?:daar gaat het (?:me|mij) niet om|het gaat (?:me|mij) (?:vooral |meer |juist )?om|"
    r"waar het (?:me|mij) (?:vooral |eigenlijk )?om gaat|what (?:really )?matters (?:is|was))\b"
)
# "... was ik echt onder de indruk, dat is wat ik bedoel": the one named before it, in its sentence.
MATTERS_BEFORE = re.compile(r"\b(?:dat is wat ik bedoel|dat bedoel ik|that'?s what i mean)\b")
DOUBT_NAMED = re.compile(r"\bweet (?:ik )?(?:niet|nie|nog niet) of ([\w'-]+) (?:wel )?(?:klopt|past)\b")
# "opgelucht.", "relieved!": one word, a state another than named; not "ok", "prima", "fine", "chill" that
# go on, nor "spannend" about the moment or "schrok" that tells what happened.
FILLERS = frozenset(
    "ok oke okay prima goed fine good alright nice cool chill fijn gezellig leuk top mooi lekker".split()
)
# "ik zou het eerder voldaan noemen", "I'd call it relief": the word named is the feeling meant.
NAMING_NL = re.compile(
    r"\b(?:ik zou het(?: eerder| meer| liever)? (\w+) noemen|ik noem het (\w+))\b", re.IGNORECASE
)
NAMING_EN = re.compile(r"\b(?:i'?d|i would) (?:rather )?call it (?:more )?(\w+)\b", re.IGNORECASE)
# "ik was gewoon moe" right after the bot named a feeling: short, and "just" puts it in the other's place.
JUST = re.compile(r"\b(?:gewoon|gwn|just|simply)\b")
JUST_WORDS = 6
SHORT_REJECT = 8
SHORT_NO = 4
# Beyond the no itself and its small words, a word that tells something ("nee er gebeurde niks").
CONTENT = re.compile(
    r"\b(?!(?:nee+|neen|nae|nope|no|nah|neuh|hoor|man|bro|joh|echt|niet|wel|hmm+|hm|uhm*|uh+|ehm|eh+|pff+|ugh|"
    r"lol|haha+|nou|wallah|wollah|not|really|nooo+|gwn|gewoon)\b)[a-z]{2,}"
)
