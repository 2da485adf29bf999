"""A SQLite transaction: the repositories of one unit of work, over one connection's statements."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import aiosqlite

from ._sqlite_dossier import DossierRepo
from ._sqlite_guard import Attempts, Receipts
from ._sqlite_ids import Ids
from ._sqlite_places import Places
from ._sqlite_repos import Nudges, Scripts, Sessions, Students
from ._sqlite_school import Privacy, School
from ._sqlite_statements import Group, Statements
from ._sqlite_studio import Studio, Tallies
from ._sqlite_web import Codes, Logins, SchoolAccounts, Transcript

__all__ = ["SqliteTransaction"]


class SqliteTransaction:
    """One transaction (or read view) on SQLite: the repositories share its statements."""

    def __init__(
        self,
        conn: aiosqlite.Connection,
        *,
        enter: Callable[[], Awaitable[Group]] | None = None,
        ids: Ids | None = None,
    ) -> None:
        self.statements = Statements(conn, enter=enter, ids=ids)

    @property
    def students(self) -> Students:
        return Students(self.statements)

    @property
    def sessions(self) -> Sessions:
        return Sessions(self.statements)

    @property
    def dossier(self) -> DossierRepo:
        return DossierRepo(self.statements)

    @property
    def scripts(self) -> Scripts:
        return Scripts(self.statements)

    @property
    def nudges(self) -> Nudges:
        return Nudges(self.statements)

    @property
    def school(self) -> School:
        return School(self.statements)

    @property
    def privacy(self) -> Privacy:
        return Privacy(self.statements)

    @property
    def receipts(self) -> Receipts:
        return Receipts(self.statements)

    @property
    def attempts(self) -> Attempts:
        return Attempts(self.statements)

    @property
    def codes(self) -> Codes:
        return Codes(self.statements)

    @property
    def logins(self) -> Logins:
        return Logins(self.statements)

    @property
    def transcript(self) -> Transcript:
        return Transcript(self.statements)

    @property
    def school_accounts(self) -> SchoolAccounts:
        return SchoolAccounts(self.statements)

    @property
    def places(self) -> Places:
        return Places(self.statements)

    @property
    def studio(self) -> Studio:
        return Studio(self.statements)

    @property
    def tally(self) -> Tallies:
        return Tallies(self.statements)
