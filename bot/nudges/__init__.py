"""Follow-ups (nudges): planning them from the dossier, the rules for sending, dispatching, scheduling.

Nudges are rows in the database (storage.NudgeRepository), the single source of truth. The planner
creates, moves and cancels them inside the turn that changed a step, a contact or an experience. The
scheduler wakes the dispatcher when the earliest one is due; the dispatcher lets the conversation service
claim a student's due nudges (combined into one message) and hands the result to a channel's courier.
"""

from bot.delivery import Courier

from ._dispatcher import DispatchReport, FollowupStarter, NudgeDispatcher
from ._lease import SenderLease
from ._planner import ACTIVE_STEP, NudgePlanner
from ._policy import Holiday, NudgePolicy, load_holidays, parse_quiet_hours, public_holiday
from ._scheduler import NudgeScheduler

__all__ = [
    "ACTIVE_STEP",
    "Courier",
    "DispatchReport",
    "FollowupStarter",
    "Holiday",
    "NudgeDispatcher",
    "NudgePlanner",
    "NudgePolicy",
    "NudgeScheduler",
    "SenderLease",
    "load_holidays",
    "parse_quiet_hours",
    "public_holiday",
]
