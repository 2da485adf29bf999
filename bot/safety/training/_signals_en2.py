"""More English training signals (second batch): indirect wording, chat spelling, signals inside work talk.

Written for the model only, never taken from an evaluation set; ``about`` as in ``_signals_nl``.
"""

from __future__ import annotations

from bot.safety import SignalKind

__all__ = ["SIGNALS_EN2"]

_SUICIDE_SELF = (
    "i sorted out who gets my games and my hoodies, feels calm now",
    "tell my mentor it wasnt her fault ok",
    "this is probably the last time i fill this in",
    "i counted my moms pills and theres enough",
    "i keep searching how to do it so it doesnt hurt",
    "if a car hit me tomorrow id be fine with that",
    "honestly why am i still alive",
    "im not tired from work, im tired of existing",
    "nobody would notice if i just stopped showing up, anywhere",
    "bye everyone, it was nice while it lasted",
    "i dont see myself getting older than 16",
    "stood on the bridge last night, it was close",
    "i wrote a letter for my parents, its in my drawer for after",
    "the placement was boring but whatever, i wont be around much longer anyway",
    "why make a career plan when im ending it soon",
    "where do i see myself in 5 years? nowhere, in the ground",
    "i have a plan now, just not the date",
    "every morning i think maybe today is the day i do it",
    "i already picked the train",
    "i gave my savings to my little brother, hell need it more than me soon",
    "if this goes on another month im out, for good",
    "i deleted my socials and sent everyone one last message",
    "im not quitting school, im quitting life",
    "the world would be lighter without me in it",
    "i googled how high is high enough",
    "i just want to go to sleep and have it be over",
    "wanna disappear forever fr",
    "im so done. with everything. with me",
    "i took a bunch of pills last night but i woke up",
    "thinking about it every day now, how and when",
    "haha i kinda just want to die but otherwise everything is fine",
    "i joke that i dont want to be here but honestly i mean it",
    "everyone thinks im funny but i think about dying every day 😂",
    "it feels like im already gone, only my body is still here",
    "if tomorrow is the same again i know what im going to do",
    "ive thought about how im going to do it and im ready",
)
_SUICIDE_OTHER = (
    "my friend deleted her account and wrote that we will forget her soon",
    "my cousin keeps saying he wants to end it all",
    "a girl from my placement told me shes been saving up pills",
    "my best friend posted sorry for everything and isnt answering",
    "my sister says shed rather be dead than go back to school",
    "a guy in my class put on snap that he wont be alive tomorrow",
)
_SUICIDE_PAST = (
    "two years ago i took pills, im doing well now",
    "in year 7 i didnt want to live anymore, thats over now",
)
_SELF_HARM_SELF = (
    "i carve into my thigh where nobody can see",
    "after a bad shift i go home and get the blade out",
    "i scratched again, third time this week",
    "i say it was the fence but i did it myself",
    "i bite my hand till it bleeds when im angry",
    "my streak was 2 months without cutting and now its back to 0",
    "cutting is the only thing that makes my head quiet",
    "i dig my nails into my arm until it opens up",
    "i keep blades hidden in a sock in my wardrobe",
    "i hold my hand under hot water to punish myself",
    "ive been hurting myself for a year and nobody knows",
    "sh was the only way out again today",
    "i did it again on my arm, i dont know how to stop",
    "i hit my head on the desk when im stressed, hard",
    "my parents think i fell but i made those marks myself",
    "i make myself sick after eating, for weeks now",
    "every time i get a bad grade i cut",
    "relapsed today, got the blade out again",
    "i punch the door till i cant feel anything",
    "i snap a hair tie on my wrist until its raw and bleeding",
    "lol my arms look like a barcode, nobody knows",
    "im trying to stop scratching but i cant",
    "i only eat an apple a day, i have to punish myself",
)
_SELF_HARM_OTHER = (
    "my friend has lines all over her wrist and says its nothing",
    "my brother slaps himself in the face when hes upset",
)
_ABUSE_SELF = (
    "when my mom is drunk she throws stuff at my head",
    "my stepdad wont let me eat until everything is clean",
    "i get locked in the basement as punishment",
    "my dad dragged me across the room by my hair",
    "my mum says every day im a mistake and then she hits me",
    "my moms boyfriend comes into the bathroom when im showering",
    "a 25 year old guy on snap wants pics of me in my underwear",
    "my uncle texts me that im sexy and that its our little secret",
    "i get the belt when i fail a test",
    "my dad says hell kill me if i tell anyone",
    "a guy from the gym gives me presents and wants me to get in his car",
    "someone from a game chat wants to meet irl and says keep it secret",
    "my ex has nudes of me and says hell send them around unless i do what he says",
    "my dad kicked me while i was on the floor",
    "i couldnt go to my placement because my face was swollen, my dad hit me",
    "my parents already picked a husband for me and i cant say anything about it",
    "this summer i have to go back to my parents country to get married, im 16",
    "if my brothers see me talking to a boy they beat me",
    "nobody at home cooks or does laundry, ive been looking after myself and my sister for months",
)
_ABUSE_OTHER = ("a boy on my team sleeps in the park sometimes because his dad throws him out",)
_ABUSE_PAST = ("when i was 10 a neighbour touched me, ive never told anyone",)
_HOME_SELF = (
    "there was screaming and hitting downstairs again, i hid under my bed",
    "my stepdad hits my little brother and then i have to calm him down",
    "my dad threatens my mom with a knife when hes drunk",
    "mum is covered in bruises and dad says we have to keep our mouths shut",
    "couldnt focus at work today, my stepdad threw a chair at mum last night",
    "im scared my dad will really hurt my mom one day",
)
_HOME_PAST = ("my dad used to hit my mum when i was small, we live somewhere else now",)
_WORK_SELF = (
    "the owner of the bakery pinches my butt when he walks past",
    "my placement supervisor told me to wear a shorter skirt and then touched my leg",
    "the cook pushed my hand onto the hot plate because i was too slow",
    "my boss at the placement hits me on the head when i mess up, he calls it a tap but it hurts",
    "the manager texts me at night asking what im wearing",
    "my supervisor said i wont pass unless i come home with him",
    "the chef locks me in the cold room as a punishment",
    "my boss said i can forget my placement if i tell anyone what he did",
    "a mechanic at my internship secretly films me when i change",
    "the shop manager shoved me into the shelves and yelled in my face",
    "the farmer kicked me because i left the gate open",
)
_WORK_PAST = ("at my last placement the owner hit me, thats why i moved",)
_BULLYING_SELF = (
    "they made a group called everyone hates me with my name in it",
    "on the bus they spit in my hair",
    "they say theyll beat me up after school if i tell",
    "someone has my password and sends gross stuff as me",
    "they laugh at my headscarf and pull on it",
    "every day i get messages saying i should just disappear",
    "they take my money in the schoolyard",
    "they threw my coat in the canal and filmed me getting it out",
    "they post new memes about me in the class chat every day",
    "a group waits for me at the station and takes my phone",
    "they locked me in the gym and turned off the lights",
    "they held a vote for the ugliest kid in class and i won",
    "they send me pictures of knives and say im next",
)
_BULLYING_OTHER = ("a boy in my class gets pushed into the bin every day and nobody helps",)
_BULLYING_PAST = ("last year they called me names on the bus every day, now i cycle and its better",)

_S = SignalKind.SUICIDE
_H = SignalKind.SELF_HARM
_A = SignalKind.ABUSE
_V = SignalKind.HOME_VIOLENCE
_W = SignalKind.WORK_VIOLENCE
_B = SignalKind.BULLYING
_GROUPS: tuple[tuple[tuple[str, ...], SignalKind, str], ...] = (
    (_SUICIDE_SELF, _S, "self"),
    (_SUICIDE_OTHER, _S, "other"),
    (_SUICIDE_PAST, _S, "past"),
    (_SELF_HARM_SELF, _H, "self"),
    (_SELF_HARM_OTHER, _H, "other"),
    (_ABUSE_SELF, _A, "self"),
    (_ABUSE_OTHER, _A, "other"),
    (_ABUSE_PAST, _A, "past"),
    (_HOME_SELF, _V, "self"),
    (_HOME_PAST, _V, "past"),
    (_WORK_SELF, _W, "self"),
    (_WORK_PAST, _W, "past"),
    (_BULLYING_SELF, _B, "self"),
    (_BULLYING_OTHER, _B, "other"),
    (_BULLYING_PAST, _B, "past"),
)
SIGNALS_EN2: tuple[tuple[str, str, SignalKind, str], ...] = tuple(
    ("en", text, kind, about) for texts, kind, about in _GROUPS for text in texts
)
