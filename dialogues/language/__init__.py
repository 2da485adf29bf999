"""Language helpers for Dutch and English student answers: feelings, dates, people, short answers."""

from ._answers import (
    Contact,
    Quality,
    is_help_request,
    is_no,
    is_nobody,
    is_yes,
    match_option,
    quality,
    split_contact,
)
from ._close_words import near_denied
from ._correcting import Answered, read_answer_to_named
from ._dates import DateAnswer, Tense, format_date, parse_date
from ._emotions import Emotion, find_emotion
from ._feelings import Feeling, Reading, family_of, read_feelings
from ._holiday_dates import SchoolBreak
from ._names import names_in
from ._normalize import fold, words
from ._people import Person, reach_of, second_person, understand_person
from ._saying import FeelingLike, feelings_clause, feelings_phrase, feelings_sentence, quoted_list
from ._weigh import (
    Weight,
    half_right_alone,
    is_action,
    is_correction_start,
    leaning,
    names_no_step,
    opens_half_right,
    step_of_someone_else,
    weigh,
)
from ._wishes import Wish, read_wish

__all__ = [
    "Answered",
    "Contact",
    "DateAnswer",
    "Emotion",
    "Feeling",
    "FeelingLike",
    "Person",
    "Quality",
    "Reading",
    "SchoolBreak",
    "Tense",
    "Weight",
    "Wish",
    "family_of",
    "feelings_clause",
    "feelings_phrase",
    "feelings_sentence",
    "find_emotion",
    "fold",
    "format_date",
    "half_right_alone",
    "is_action",
    "is_correction_start",
    "is_help_request",
    "is_no",
    "is_nobody",
    "is_yes",
    "leaning",
    "match_option",
    "names_in",
    "names_no_step",
    "near_denied",
    "opens_half_right",
    "parse_date",
    "quality",
    "quoted_list",
    "reach_of",
    "read_answer_to_named",
    "read_feelings",
    "read_wish",
    "second_person",
    "split_contact",
    "step_of_someone_else",
    "understand_person",
    "weigh",
    "words",
]
