"""The writers' lock: every program that uses a database file holds it shared; a restore or a
migration holds it alone.

The desk window, `frontdesk import --commit`, `demo`, a CLI check-in and a backup all open the file
through desktop/db/engine.Database, which takes the lock shared for as long as it is open. A
restore swaps the file for another one, and a migration rewrites its tables: both take the lock
exclusively, so they are refused (in plain words) while anyone else has the file open, instead
of leaving that program writing into a file that is no longer the database.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from desktop.db.errors import AlreadyOpen
from desktop.db.os_lock import CONVERTS_IN_PLACE, try_lock, unlock

# Who else may hold the file, for the message: several programs can share it, so no one is named.
OTHERS = "another Front Desk program (a desk window, an import, a backup or a check-in)"
WAIT_SECONDS = 5.0  # a writer waits this long for a restore or a migration to finish
_POLL = 0.05


def writers_lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".writers")


class WritersLock:
    """The lock on `<file>.writers`. Raises AlreadyOpen when it cannot be had."""

    def __init__(self, db_path: Path, *, lock_path: Path | None = None) -> None:
        self.db_path = db_path
        self.path = lock_path or writers_lock_path(db_path)
        self._fh: IO[str] | None = None
        self.exclusive = False

    def _open(self) -> IO[str]:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("a+", encoding="utf-8")
        return self._fh

    def share(self, wait: float = WAIT_SECONDS) -> WritersLock:
        """Hold the lock beside the other users; wait `wait` seconds for a restore or migration."""
        fh = self._open()
        deadline = time.monotonic() + wait
        while not try_lock(fh, shared=True):
            if time.monotonic() >= deadline:
                self.release()
                raise AlreadyOpen(self.db_path, "a restore or an upgrade of the database file")
            time.sleep(_POLL)
        self.exclusive = False
        return self

    def take_alone(self) -> WritersLock:
        """Hold the lock alone, at once, or raise AlreadyOpen (someone else has the file open).

        A lock this object holds shared is converted; `share()` turns it back.
        """
        fh = self._open()
        held = self.held
        if held and not CONVERTS_IN_PLACE:  # pragma: no cover - Windows
            unlock(fh)
        if not try_lock(fh, shared=False):
            if held:
                self.share()
            else:
                self.release()
            raise AlreadyOpen(self.db_path, OTHERS)
        self.exclusive = True
        return self

    @property
    def held(self) -> bool:
        return self._fh is not None

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            unlock(self._fh)
        finally:
            self._fh.close()
            self._fh = None
            self.exclusive = False


@contextmanager
def alone(lock: WritersLock) -> Iterator[None]:
    """Hold `lock` (already shared by this program) alone for the block, then shared again."""
    lock.take_alone()
    try:
        yield
    finally:
        lock.share()


@contextmanager
def file_alone(db_path: Path) -> Iterator[WritersLock]:
    """Hold the writers' lock of `db_path` alone for the block (a restore). Raises AlreadyOpen."""
    lock = WritersLock(db_path).take_alone()
    try:
        yield lock
    finally:
        lock.release()
