"""The conversation service between channels and the engine, and what it exchanges with channels."""

from ._claims import FollowupOutcome, FollowupRules
from ._entities import (
    Answer,
    Attachment,
    Block,
    Button,
    ButtonData,
    Command,
    Incoming,
    Menu,
    NonText,
    Outgoing,
    Pressed,
    Text,
    Who,
    decode_button,
    encode_button,
)
from ._locks import KeyedLocks
from ._roles import MENUS
from ._service import COMMAND_ALIASES, ConversationService, RoleChanged

__all__ = [
    "COMMAND_ALIASES",
    "MENUS",
    "Answer",
    "Attachment",
    "Block",
    "Button",
    "ButtonData",
    "Command",
    "ConversationService",
    "FollowupOutcome",
    "FollowupRules",
    "Incoming",
    "KeyedLocks",
    "Menu",
    "NonText",
    "Outgoing",
    "Pressed",
    "RoleChanged",
    "Text",
    "Who",
    "decode_button",
    "encode_button",
]
