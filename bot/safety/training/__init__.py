"""Training data for the safety model: written for training only, never used to evaluate it."""

from __future__ import annotations

from bot.safety.training._care_work import CARE_WORK
from bot.safety.training._everyday import EVERYDAY
from bot.safety.training._harmless import FEELINGS
from bot.safety.training._harmless import HARMLESS as _SENTENCES
from bot.safety.training._harmless2 import HARMLESS2
from bot.safety.training._harmless_chat import HARMLESS_CHAT
from bot.safety.training._method_answers import METHOD_ANSWERS
from bot.safety.training._others_act import OTHERS_ACT
from bot.safety.training._question_answers import QUESTION_ANSWERS
from bot.safety.training._round3 import HARMLESS as HARMLESS3
from bot.safety.training._round3 import SIGNALS as SIGNALS3
from bot.safety.training._round4 import HARMLESS as HARMLESS4
from bot.safety.training._round4 import SIGNALS as SIGNALS4
from bot.safety.training._script_answers import SCRIPT_ANSWERS
from bot.safety.training._short import SHORT
from bot.safety.training._signals_embedded import SIGNALS_EMBEDDED
from bot.safety.training._signals_en import SIGNALS_EN
from bot.safety.training._signals_en2 import SIGNALS_EN2
from bot.safety.training._signals_nl import SIGNALS_NL
from bot.safety.training._signals_nl2 import SIGNALS_NL2
from bot.safety.training._step_answers import STEP_ANSWERS
from bot.safety.training._strong_stories import HARMLESS as STRONG_STORIES
from bot.safety.training._strong_stories import SIGNALS as STRONG_SIGNALS

__all__ = ["HARMLESS", "SHORT", "SIGNALS"]

SIGNALS = (
    SIGNALS_NL
    + SIGNALS_NL2
    + SIGNALS_EN
    + SIGNALS_EN2
    + SIGNALS_EMBEDDED
    + SIGNALS3
    + STRONG_SIGNALS
    + SIGNALS4
)
HARMLESS = (
    _SENTENCES
    + HARMLESS2
    + EVERYDAY
    + HARMLESS_CHAT
    + FEELINGS
    + SHORT
    + HARMLESS3
    + STEP_ANSWERS
    + QUESTION_ANSWERS
    + SCRIPT_ANSWERS
    + OTHERS_ACT
    + CARE_WORK
    + STRONG_STORIES
    + HARMLESS4
)
# Not twice: a text in two folds of the cross-validation would flatter its figures.
_SEEN = {text for _, text in HARMLESS}
HARMLESS += tuple((language, text) for language, text in METHOD_ANSWERS if text not in _SEEN)
