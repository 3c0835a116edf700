"""Every way a `frontdesk` command can fail, said in one sentence (the log keeps the detail).

The window says the same things in its own words (desktop/ui/messages.py), translated.
"""

from __future__ import annotations

import errno
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from desktop.db.backup import DB_ERRORS
from desktop.db.errors import DatabaseProblem, disk_nearly_full
from desktop.services.errors import FrontDeskError

CLI_ERRORS: tuple[type[Exception], ...] = (
    FrontDeskError,
    DatabaseProblem,
    OSError,
    SQLAlchemyDatabaseError,
    *DB_ERRORS,
)

_FULL = "the disk is full; nothing was saved (free some space and run it again)"
_READ_ONLY = (
    "{} cannot be written to (a read-only folder or disk, or no permission); nothing was saved"
)
_DAMAGED = (
    "the database file is damaged; nothing was changed "
    "(see `frontdesk verify`, and `frontdesk restore --latest`)"
)


def say_problem(exc: BaseException, database: Path | None = None) -> str:
    """One sentence for a command's failure, without a traceback. `database`: the file the
    command worked on (a disk error on a full disk is said as a full disk)."""
    if isinstance(exc, (FrontDeskError, DatabaseProblem)):
        return str(exc)
    if isinstance(exc, OSError):
        where = exc.filename or "the data folder"
        if exc.errno == errno.ENOSPC:
            return _FULL
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return _READ_ONLY.format(where)
        return f"{where}: {exc.strerror or exc}"
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text:
        return _FULL
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return _READ_ONLY.format("The database file")
    if "locked" in text or "busy" in text:
        return "the database is busy (another program is writing); try again in a moment"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return _DAMAGED
    if "disk i/o" in text:
        if database is not None and disk_nearly_full(database):
            return _FULL
        return "the disk reported an error; nothing was saved (tell a staff member)"
    return f"the database refused: {text.splitlines()[0] if text else type(exc).__name__}"
