"""The English forms students write for each feeling: slang, misspellings, idioms (see `_feeling_forms`)."""

from __future__ import annotations

__all__ = ["EN_FORMS", "FELT_ALONE", "SHOOK"]

# "i was shook ngl" (not "he shook my hand", "my hands shook"); said back as "shook".
SHOOK = (
    "was shook",
    "so shook",
    "im shook",
    "lowkey shook",
    "kinda shook",
    "bit shook",
    "lil shook",
    "still shook",
)
# "i felt so alone", "the worst part was feeling alone"; not "i was alone at the desk" (said back as "alone").
FELT_ALONE = tuple(
    f"{verb} {extra}alone"
    for verb in ("felt", "feel", "feeling")
    for extra in ("", "so ", "really ", "very ", "kind of ", "kinda ", "a bit ", "pretty ")
)

# Family (a canonical word of the lexicon) → more forms students write.
EN_FORMS: dict[str, tuple[str, ...]] = {
    "nervous": (
        "shaky",
        *("hands were shaking", "hands were literally shaking", "hands shaking", "hands shook"),
        *("nervy", "jittery", "nervouse", "nervous wreck", "bag of nerves", "stomach in knots"),
        *("butterflies in my stomach", "butterflies in my tummy", "i had butterflies", "got butterflies"),
        *("had serious butterflies", "had major butterflies", "i have butterflies"),
        *("legs were like jelly", "legs like jelly", "heart was going crazy", "heart going crazy"),
    ),
    "relieved": ("could breathe again", "phew"),
    "surprised": ("jaw dropped", "jaw was on the floor", "couldnt believe it", "couldn't believe it"),
    "fascinated": ("lost track of time",),
    "satisfied": (
        "it was satisfying",
        "it was so satisfying",
        "was lowkey satisfying",
        "was really satisfying",
        "found it satisfying",
    ),
    "insecure": (
        *("wasnt sure if i was doing it right", "wasn't sure if i was doing it right"),
        *("didnt know if i was doing it right", "didn't know if i was doing it right"),
    ),
    "tense": ("stomach was in knots", "knot in my stomach", "stomach in a knot"),
    "relaxed": ("chill", "chilled out", "laid back"),
    "stressed": ("stressed out", "stressing", "stressful"),
    "excited": (
        *("hyped", "exited", "bouncing off the walls", "like a kid in a candy store"),
        # "it gave me a kick", not "the horse gave me a kick".
        *("it gave me a kick", "that gave me a kick", "it gave me such a kick"),
        *("gave me such a kick", "gave me a real kick", "gave me such a rush", "gave me a real rush"),
        *("got a kick out of", "got such a kick out of", "got a real kick out of"),
    ),
    "fun": (
        "fun",
        "enjoyed",
        "enjoy",
        "enjoying",
        "enjoyed it",
        "loved it",
        "loved that",
        *("loved watching", "loved doing", "loved working", "loved helping", "loved every minute"),
        "couldnt stop laughing",
        "couldn't stop laughing",
    ),
    "sad": ("cried", "crying", "in tears"),
    "lonely": FELT_ALONE,
    "panicked": ("freaked out", "freaking out", "panicking"),
    "tired": ("knackered", "shattered", "wiped out"),
    "ashamed": ("embarassed", "embarrased", "ashamed"),
    "happy": (
        "happy",
        "chuffed",
        "chuffed to bits",
        "pleased",
        "delighted",
        "thrilled",
    ),
    "shocked": (
        *SHOOK,
        "jumped out of my skin",
        "jump out of my skin",
        "stomach dropped",
        "stomach just dropped",
    ),
    # "had to bite my tongue"; not "i bit my tongue while eating"
    "annoyed": ("pissed off", "irritated", "bite my tongue", "biting my tongue"),
    "shy": ("didnt know where to look", "didn't know where to look"),
    "scared": ("terrified", "scared", "creeped out", "spooked"),
    # "boring" is how it was, "bored" how the student was: one feeling to the writers of the sets.
    "bored": (
        *("bord", "borred", "boring"),
        *(
            "kept checking the time",
            "kept looking at the clock",
            "watching the clock",
            "counting the minutes",
        ),
    ),
}
