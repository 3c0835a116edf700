"""Problems with the database file itself; the UI and the CLI turn each into plain words."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

try:  # an encrypted database raises sqlcipher3's own errors, not sqlite3's
    from sqlcipher3 import dbapi2 as _sqlcipher

    # What the DB-API cursor (desktop/db/engine.plain_cursor) raises when the disk is full,
    # the file read-only or locked; SQLAlchemy wraps the same as sqlalchemy.exc.OperationalError.
    DRIVER_OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
        sqlite3.OperationalError,
        _sqlcipher.OperationalError,
    )
except ImportError:  # pragma: no cover - sqlcipher3 is a dependency, but keep plain SQLite usable
    DRIVER_OPERATIONAL_ERRORS = (sqlite3.OperationalError,)


class DatabaseProblem(Exception):
    """Base of the file-level problems: damaged, already open, a backup that failed."""


class DatabaseCorrupt(DatabaseProblem):
    """The file fails SQLite's integrity check (or is not a database at all)."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path} is damaged: {'; '.join(problems[:3])}")


class AlreadyOpen(DatabaseProblem):
    """Another Front Desk window (or a restore) holds the file. `holder` says who, in words."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(f"{path} is already open in {holder}")


class BackupFailed(DatabaseProblem):
    """No usable backup was made. `reason` is plain words (disk full, folder missing, ...)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class RestoreRefused(DatabaseProblem):
    """The chosen backup did not pass verification, so the current file was left alone."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path} cannot be restored: {'; '.join(problems[:3])}")


LOW_SPACE = 1 << 20  # bytes: below this, opening (SQLite's shared-memory file) fails for space


def disk_nearly_full(path: Path) -> bool:
    """The disk under `path` has too little room left to open a database on it: SQLite then
    says "disk I/O error" (it cannot make its shared-memory file), which means a full disk."""
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE
    except OSError:
        return False
