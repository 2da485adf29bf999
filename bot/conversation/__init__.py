"""The conversation service between channels and the engine, and what it exchanges with channels."""

from ._claims import FollowupOutcome, FollowupRules
from ._commands import DossierCommands, Handler, ScriptCommands
from ._commands_basic import BasicCommands
from ._commands_places import PlaceCommands
from ._commands_portfolio import PortfolioCommands
from ._commands_privacy import PrivacyCommands
from ._commands_school import MentorSummaries, SchoolCommands
from ._commands_web import CodeMaker, WebCommands
from ._conversations import Conversations, Planner
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
    Receipt,
    Text,
    Who,
    clean_text,
    decode_button,
    encode_button,
    small_id,
)
from ._locks import KeyedLocks
from ._menus import RoleChanged
from ._place_offers import PlaceOffers
from ._roles import MENUS
from ._safety import Notify, SafetyGuard
from ._scripts import ScriptResolver
from ._service import COMMAND_ALIASES, ConversationService, turn_lock

__all__ = [
    "COMMAND_ALIASES",
    "MENUS",
    "Answer",
    "Attachment",
    "BasicCommands",
    "Block",
    "Button",
    "ButtonData",
    "CodeMaker",
    "Command",
    "ConversationService",
    "Conversations",
    "DossierCommands",
    "FollowupOutcome",
    "FollowupRules",
    "Handler",
    "Incoming",
    "KeyedLocks",
    "MentorSummaries",
    "Menu",
    "NonText",
    "Notify",
    "Outgoing",
    "PlaceCommands",
    "PlaceOffers",
    "Planner",
    "PortfolioCommands",
    "Pressed",
    "PrivacyCommands",
    "Receipt",
    "RoleChanged",
    "SafetyGuard",
    "SchoolCommands",
    "ScriptCommands",
    "ScriptResolver",
    "Text",
    "WebCommands",
    "Who",
    "clean_text",
    "decode_button",
    "encode_button",
    "small_id",
    "turn_lock",
]
