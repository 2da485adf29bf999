"""Persistence for loopbaanbot: the career dossier, conversations and script versions.

Three backends implement the same contract (`Store`): `SqliteStore` (one file, the default),
`PostgresStore` (a PostgreSQL server, for several bot processes or a school's own database server) and
`MemoryStore` for tests and demos. `store_from_url` picks one from a DATABASE_URL.
"""

from pathlib import Path

from ._entities import (
    ENTRY_FIELDS,
    LIVE_NUDGE,
    Contact,
    ContactMoment,
    Dossier,
    Entry,
    EntryAnswer,
    Experience,
    ExperienceWithEntry,
    NextStep,
    Nudge,
    NudgeKind,
    NudgeStatus,
    Role,
    SessionRecord,
    StepStatus,
    Student,
    StudentKey,
    TurnStart,
)
from ._errors import (
    ConflictError,
    DatabaseUnusableError,
    MigrationError,
    NotFoundError,
    StorageError,
    TransactionLostError,
)
from ._memory import MemoryStore
from ._place_entities import PLACE_LIMITS, Place, PlaceChoice, PlaceDraft, PlaceForStudent
from ._place_protocols import PlaceRepository
from ._postgres import AdvisoryLock, PostgresStore, lock_number
from ._protocols import (
    AttemptRepository,
    DossierRepository,
    NudgeRepository,
    ReceiptRepository,
    ScriptRepository,
    SessionRepository,
    Store,
    StudentRepository,
    Transaction,
)
from ._school_entities import (
    SHARED_ANSWER_FIELDS,
    Link,
    Mentor,
    MentorInvite,
    SafetyEvent,
    SchoolCounts,
    SharedContact,
    SharedExperience,
    SharedFlag,
    SharedStep,
    SharedStudent,
    StudentExport,
)
from ._school_protocols import PrivacyRepository, SchoolRepository
from ._sqlite import SqliteStore, Synchronous
from ._studio_entities import (
    MEASURES,
    WORDS_CAP,
    Draft,
    Measure,
    Publication,
    StudioChange,
    Tally,
    TallyStep,
    Waiting,
    seconds_bucket,
    words_bucket,
)
from ._studio_protocols import StudioRepository, TallyRepository
from ._web_entities import ChatLine, SchoolAccount, SigninCode, WebLogin
from ._web_protocols import (
    CodeRepository,
    LoginRepository,
    SchoolAccountRepository,
    TranscriptRepository,
)

__all__ = [
    "ENTRY_FIELDS",
    "LIVE_NUDGE",
    "MEASURES",
    "PLACE_LIMITS",
    "POSTGRES_SCHEMES",
    "SHARED_ANSWER_FIELDS",
    "WORDS_CAP",
    "AdvisoryLock",
    "AttemptRepository",
    "ChatLine",
    "CodeRepository",
    "ConflictError",
    "Contact",
    "ContactMoment",
    "DatabaseUnusableError",
    "Dossier",
    "DossierRepository",
    "Draft",
    "Entry",
    "EntryAnswer",
    "Experience",
    "ExperienceWithEntry",
    "Link",
    "LoginRepository",
    "Measure",
    "MemoryStore",
    "Mentor",
    "MentorInvite",
    "MigrationError",
    "NextStep",
    "NotFoundError",
    "Nudge",
    "NudgeKind",
    "NudgeRepository",
    "NudgeStatus",
    "Place",
    "PlaceChoice",
    "PlaceDraft",
    "PlaceForStudent",
    "PlaceRepository",
    "PostgresStore",
    "PrivacyRepository",
    "Publication",
    "ReceiptRepository",
    "Role",
    "SafetyEvent",
    "SchoolAccount",
    "SchoolAccountRepository",
    "SchoolCounts",
    "SchoolRepository",
    "ScriptRepository",
    "SessionRecord",
    "SessionRepository",
    "SharedContact",
    "SharedExperience",
    "SharedFlag",
    "SharedStep",
    "SharedStudent",
    "SigninCode",
    "SqliteStore",
    "StepStatus",
    "StorageError",
    "Store",
    "Student",
    "StudentExport",
    "StudentKey",
    "StudentRepository",
    "StudioChange",
    "StudioRepository",
    "Synchronous",
    "Tally",
    "TallyRepository",
    "TallyStep",
    "Transaction",
    "TransactionLostError",
    "TranscriptRepository",
    "TurnStart",
    "Waiting",
    "WebLogin",
    "lock_number",
    "seconds_bucket",
    "store_from_url",
    "words_bucket",
]

# The schemes a PostgreSQL DATABASE_URL starts with (asyncpg takes both).
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def store_from_url(url: str, *, synchronous: Synchronous = "NORMAL", connections: int = 28) -> Store:
    """A store for `sqlite:///path`, `postgresql://...` (or `postgres://`) or `memory://` (not yet opened).

    `connections`: PostgreSQL only, the most connections its pools open at once (a third of them, at most
    8, for reads; the default 28 is 20 + 8).
    """
    if url == "memory://":
        return MemoryStore()
    if url.startswith("sqlite:///"):
        return SqliteStore(Path(url.removeprefix("sqlite:///")), synchronous=synchronous)
    if url.startswith(POSTGRES_SCHEMES):
        readers = max(1, min(8, connections // 3))
        return PostgresStore(url, readers=readers, writers=max(1, connections - readers))
    raise ValueError("unsupported DATABASE_URL (use sqlite:///..., postgresql://... or memory://)")
