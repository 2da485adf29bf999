"""Training signals told in passing: inside an answer about the internship, or said without the usual words.

A reflection answer is often two or three sentences about the day with the worrying part in between, or
a hint ("je weet wel", "voor straks") instead of a name for it. Written for the model only, never taken
from an evaluation set; ``about`` as in ``_signals_nl``.
"""

from __future__ import annotations

from bot.safety import SignalKind

__all__ = ["SIGNALS_EMBEDDED"]

_S = SignalKind.SUICIDE
_H = SignalKind.SELF_HARM
_A = SignalKind.ABUSE
_V = SignalKind.HOME_VIOLENCE
_W = SignalKind.WORK_VIOLENCE
_B = SignalKind.BULLYING

_NL: tuple[tuple[str, SignalKind, str], ...] = (
    (
        "vandaag mocht ik de kassa doen, ging prima. maar eerlijk, "
        "ik weet niet of ik er volgende week nog ben",
        _S,
        "self",
    ),
    (
        "de stage is oke, de mensen zijn aardig. thuis ligt er een "
        "doosje pillen klaar voor als ik het niet meer trek",
        _S,
        "self",
    ),
    (
        "ik heb geleerd hoe je een rooster maakt. verder denk ik de "
        "hele dag aan hoe ik een eind aan alles maak",
        _S,
        "self",
    ),
    (
        "leuke dag bij de dierenarts. ik heb mn hond alvast aan mn buurmeisje beloofd voor als ik weg ben",
        _S,
        "self",
    ),
    (
        "mn begeleider vroeg wat mn doelen zijn. ik heb geen doelen, ik ben er over een maand niet meer",
        _S,
        "self",
    ),
    (
        "het was druk in de keuken. s avonds heb ik op internet gekeken "
        "welke pillen je niet meer wakker laten worden",
        _S,
        "self",
    ),
    (
        "ik heb een goed cijfer voor mn verslag, maakt niet uit, ik heb al besloten dat ik stop met leven",
        _S,
        "self",
    ),
    ("ik heb mn laatste stagedag gehad en ik denk ook mn laatste week", _S, "self"),
    ("ik heb je weet wel wat klaarliggen, voor als het straks echt niet meer gaat", _S, "self"),
    (
        "na het werk ben ik naar de brug gefietst en heb ik daar een uur gestaan, ik wilde er eigenlijk af",
        _S,
        "self",
    ),
    ("die vraag over later sla ik over. later bestaat voor mij niet", _S, "self"),
    ("ik schrijf brieven aan iedereen, voor als ze me niet meer zien", _S, "self"),
    (
        "stage was prima. mn zus vertelde me vanavond dat ze van de "
        "flat wil springen en ik weet niet wat te doen",
        _S,
        "other",
    ),
    (
        "het ging goed op stage. ik blijf alleen maar denken aan mn "
        "vriend die zei dat hij het dit weekend gaat doen",
        _S,
        "other",
    ),
    (
        "het was een lange dag in de winkel. thuis heb ik weer gesneden, ik kon het niet tegenhouden",
        _H,
        "self",
    ),
    ("ik vond de klanten aardig. ik moet wel lange mouwen aan want mn armen zitten vol wondjes", _H, "self"),
    ("ik heb geleerd hoe je een wond verzorgt, handig, want ik doe het bij mezelf elke week", _H, "self"),
    ("mn vriendin op stage heeft verse sneden op haar arm en zegt dat ik niks mag zeggen", _H, "other"),
    ("stage was saai. thuis gooide mn vader mn telefoon kapot en sloeg me met zn vuist", _A, "self"),
    ("ik ben te laat omdat mn moeder me niet liet gaan, ze had me opgesloten in de badkamer", _A, "self"),
    ("ik vond de dag leuk. alleen de trainer van hockey appt me steeds of ik alleen thuis ben", _A, "self"),
    ("ik kan niet goed zitten vandaag, mn vader heeft me gisteren met de riem geslagen", _A, "self"),
    (
        "het ging goed op stage maar ik wil niet naar huis, daar slaat mn stiefvader mama als hij drinkt",
        _V,
        "self",
    ),
    (
        "ik heb veel geleerd in de garage, maar de chef sloeg me met "
        "een sleutel op mn hand toen ik iets vergat",
        _W,
        "self",
    ),
    ("leuke collegas, behalve de bedrijfsleider die steeds aan mn middel zit als hij langsloopt", _W, "self"),
    (
        "de klanten waren aardig maar mijn begeleider zei dat ik met "
        "hem moet zoenen voor een goede beoordeling",
        _W,
        "self",
    ),
    (
        "ik vond het leuk op stage maar ik durf niet naar school, daar zeggen ze dat ze me gaan pakken",
        _B,
        "self",
    ),
    (
        "mn stage was leuk. op school gaat het minder, ze hebben weer "
        "mn spullen in de wc gegooid en lachten me uit",
        _B,
        "self",
    ),
)
_EN: tuple[tuple[str, SignalKind, str], ...] = (
    (
        "work was fine, the customers were nice. but honestly i dont know if ill still be here next week",
        _S,
        "self",
    ),
    ("i learned to make a schedule today. apart from that i think all day about ending it", _S, "self"),
    ("good day at the vet. i already promised my dog to the girl next door for when im gone", _S, "self"),
    ("my supervisor asked about my goals. i dont have any, i wont be here in a month", _S, "self"),
    ("ive got you know what ready, for when it really gets too much", _S, "self"),
    ("after work i cycled to the bridge and stood there for an hour, i wanted to go over", _S, "self"),
    ("long day at the shop. at home i cut again, couldnt stop it", _H, "self"),
    ("i dropped a plate at work and then scratched my arm in the toilets", _H, "self"),
    ("i didnt eat after work because i dont deserve it after today", _H, "self"),
    ("work was boring. at home my dad smashed my phone and punched me", _A, "self"),
    ("the hockey coach keeps texting me asking if im home alone", _A, "self"),
    (
        "learned a lot in the garage but the boss hit my hand with a wrench when i forgot something",
        _W,
        "self",
    ),
    ("nice placement, but the manager keeps touching my waist when he walks by", _W, "self"),
    ("my placement is fine but at school they keep saying theyre going to get me", _B, "self"),
)
SIGNALS_EMBEDDED: tuple[tuple[str, str, SignalKind, str], ...] = tuple(
    ("nl", t, k, a) for t, k, a in _NL
) + tuple(("en", t, k, a) for t, k, a in _EN)
