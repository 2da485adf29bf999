"""The dialogue engine: pure, channel-agnostic, deterministic given its clock and random source."""

from dialogues._entities import (
    ChoiceInput,
    CommandInput,
    Effect,
    EmotionNote,
    Event,
    Finished,
    Message,
    Option,
    Pending,
    SaveContact,
    ScheduleCheckIn,
    SessionState,
    Store,
    TextInput,
    Turn,
    UnsupportedInput,
)

from ._engine import Engine

__all__ = [
    "ChoiceInput",
    "CommandInput",
    "Effect",
    "EmotionNote",
    "Engine",
    "Event",
    "Finished",
    "Message",
    "Option",
    "Pending",
    "SaveContact",
    "ScheduleCheckIn",
    "SessionState",
    "Store",
    "TextInput",
    "Turn",
    "UnsupportedInput",
]
