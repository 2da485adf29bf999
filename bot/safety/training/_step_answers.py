"""Harmless answers to the reflection's own last questions: what could get in the way, what you do then, when.

Every reflection ends with them, so they are among the messages the model reads most. Their words ("ik
doe het meteen", "als het niet lukt", "dan stop ik") also turn up in signals, and the training data had
only short ones. Written for training only (2026-12-06, prompted by an everyday answer of this kind that
got a check-in in a test of the chat); never taken from an evaluation set.
"""

from __future__ import annotations

__all__ = ["STEP_ANSWERS"]

_NL = (
    "als ik het vergeet zet ik een herinnering in mn telefoon",
    "dat ik het ga uitstellen, dus ik doe het zaterdag meteen na het ontbijt",
    "dat ik geen zin heb, dan doe ik het gewoon eerst en daarna gamen",
    "dat ik te laat ben, dan ga ik een bus eerder",
    "als ik het niet durf vraag ik mn mentor om mee te bellen",
    "dat de monteur geen tijd heeft, dan vraag ik wanneer het wel kan",
    "als het niet lukt probeer ik het de week erna nog een keer",
    "dat ik het te druk heb met toetsen, dan plan ik het in de vakantie",
    "dat ik zenuwachtig word, dan schrijf ik eerst op wat ik wil zeggen",
    "als niemand opneemt stuur ik een mailtje",
    "dat ik het kwijt raak, dus ik leg het briefje op mn bureau",
    "dat ik ziek ben, dan doe ik het als ik beter ben",
    "dat mn fiets kapot is, dan vraag ik of mn moeder me brengt",
    "dat ik het eng vind, dan neem ik een vriendin mee",
    "als ik vastloop vraag ik het aan mn zus, die heeft dat ook gedaan",
    "dat ik het ga uitstellen tot het te laat is, dus ik doe het vandaag nog",
    "dat ik het niet meer weet hoe het moet, dan kijk ik een filmpje",
    "dat ik er niet aan toe kom door mn bijbaan, dan doe ik het op woensdagmiddag",
    "dat ik het laat liggen, maar ik heb met mn vriend afgesproken dat we het samen doen",
    "als ik geen antwoord krijg bel ik vrijdag nog een keer",
    "als het mis gaat, dan stop ik even en probeer ik het opnieuw",
    "dat ik het verkeerde formulier invul, dan vraag ik de decaan om te kijken",
    "dat ik mn telefoon vergeet, dus ik doe het vanavond thuis",
    "dat ik te lang twijfel, dan tel ik tot drie en bel ik",
    "dat ik het saai vind, dan doe ik het met muziek op",
    "dat ik geen tijd heb, dan doe ik het in de pauze op school",
    "als ik afgeleid raak leg ik mn telefoon in de andere kamer",
    "dat ik het niet snap, dan vraag ik het morgen in de les",
    "dat ik bang ben dat ze nee zeggen, maar dan vraag ik een andere plek",
    "dat ik me verslaap, dus ik zet twee wekkers",
    "uitstellen, dus ik doe het direct na het eten",
    "dat ik het vergeet, ik schrijf het op mn hand haha",
    "als het niet lukt dan is het ook goed, dan weet ik dat",
    "dat ik het weer naar morgen schuif, dus ik doe het nu meteen",
    "dat de mail niet aankomt, dan loop ik er gewoon even langs",
    "dat ik het moeilijk vind om te beginnen, dan begin ik met iets kleins",
    "dat mn ouders geen tijd hebben om me te brengen, dan ga ik met de trein",
    "als ik het niet snap dan vraag ik het gewoon, is niet erg",
    "dat ik het opgeef als het lastig wordt, maar dan denk ik aan hoe trots ik was",
    "dat ik te moe ben na school, dus ik doe het in het weekend",
)

_EN = (
    "that i put it off, so i'll do it right after dinner",
    "if i forget i'll set a reminder on my phone",
    "that i get nervous, so i'll write down what i want to say first",
    "if nobody answers i'll send an email instead",
    "that i'm too busy with tests, then i'll do it in the holidays",
    "if it doesn't work out i'll try again next week",
    "that i don't feel like it, so i'll just do it first and game after",
    "if i get stuck i'll ask my brother, he did the same thing",
    "that i'm late, so i'll take an earlier bus",
    "that i keep delaying it, so i'm doing it today after school",
    "if they say no i'll ask another place",
    "that i lose the note, so i put it on my desk",
    "if i get distracted i'll leave my phone in the kitchen",
    "that i give up when it gets hard, then i'll remember how proud i was",
    "that i oversleep, so i'll set two alarms",
)

# How the student will reach the person who can help: English answers were few (added 2026-12-06 after an
# everyday one got a check-in in a golden conversation; that sentence itself is not among them).
_REACH_EN = (
    "i'll knock on her office door after school",
    "just go over and knock, she lives two doors down",
    "knock on the staff room door and ask for him",
    "i'll ring the doorbell at my neighbour's on saturday",
    "walk up to him at the end of my shift",
    "i'll stop by her desk tomorrow morning",
    "go to his house, he lives on my street",
    "i'll pop round to my aunt's after football",
    "i'll catch him in the hallway between classes",
    "i'll drop by the shop and ask at the counter",
    "i'll send him a dm on insta",
    "text her, i have her number from the internship",
    "email, his address is on the company website",
    "i'll call the front desk and ask for her",
    "my mum will give me his number, then i'll whatsapp him",
    "i'll ask my mentor to introduce me",
    "in person, he is always in the workshop on fridays",
    "i'll go to the reception and ask if she has a minute",
    "ask him after training, he's the coach",
    "i'll wait for her after church on sunday",
)

STEP_ANSWERS: tuple[tuple[str, str], ...] = (
    tuple(("nl", t) for t in _NL) + tuple(("en", t) for t in _EN) + tuple(("en", t) for t in _REACH_EN)
)
