"""Exceptions raised by the storage package.

StorageError
├── NotFoundError          a record that must exist does not
├── ConflictError          a record changed since it was read
├── TransactionLostError   the database dropped a transaction (an I/O error, a lost connection)
├── MigrationError         the database schema is newer than this code, or a migration failed
└── DatabaseUnusableError  the database cannot be opened: damaged, not a database, a folder, unreachable,
                           not writable, or busy; the message says which and what to do
"""

from __future__ import annotations

__all__ = [
    "ConflictError",
    "DatabaseUnusableError",
    "MigrationError",
    "NotFoundError",
    "StorageError",
    "TransactionLostError",
]


class StorageError(Exception):
    """Root of every error this package raises."""


class NotFoundError(StorageError):
    """A record that must exist does not."""


class ConflictError(StorageError):
    """A record changed since it was read; read it again and redo the work."""


class TransactionLostError(StorageError):
    """The database ended a transaction itself (an I/O error, a lost connection): the work in it is gone."""


class MigrationError(StorageError):
    """The schema cannot be brought to the version this code needs."""


class DatabaseUnusableError(StorageError):
    """The database cannot be opened; the message is one line naming the problem and what to do."""
