"""One desk per database file: a lock file next to it, held by the operating system.

The OS drops the lock when the process ends, even after a crash or `kill -9`, so a stale
lock never keeps the desk from starting. The file says who holds it, for the message, and
whether the last desk closed cleanly: only then may the start skip the full file check.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from desktop.db.errors import AlreadyOpen
from desktop.db.os_lock import try_lock, unlock


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _describe(note: dict[str, Any]) -> str:
    what = str(note.get("purpose") or "Front Desk")
    where = f"process {note.get('pid', '?')} on {note.get('host', '?')}"
    since = str(note.get("since", ""))[:16].replace("T", " ")
    return f"{what} ({where}, since {since} UTC)" if since else f"{what} ({where})"


class InstanceLock:
    """Held while a desk window (or a restore) uses the file. Raises AlreadyOpen if taken."""

    def __init__(self, db_path: Path, purpose: str = "Front Desk") -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self.purpose = purpose
        self._fh: IO[str] | None = None
        self.previous: dict[str, Any] = {}  # the note the last holder left

    @property
    def last_closed_cleanly(self) -> bool:
        """The last desk on this file shut down normally (not a crash, kill or power cut)."""
        return bool(self.previous.get("closed_cleanly"))

    def acquire(self) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = self.path.open("a+", encoding="utf-8")
        if not try_lock(fh):
            fh.seek(0)
            try:
                note = json.loads(fh.read() or "{}")
            except ValueError:
                note = {}
            fh.close()
            raise AlreadyOpen(self.db_path, _describe(note))
        fh.seek(0)
        try:
            self.previous = json.loads(fh.read() or "{}")
        except ValueError:
            self.previous = {}
        note = {
            "purpose": self.purpose,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(json.dumps(note))
            fh.flush()
        except OSError:  # a full disk: let go at once, or a retry in this program finds it held
            unlock(fh)
            with contextlib.suppress(OSError):  # its buffer cannot be written either
                fh.close()
            raise
        self._fh = fh
        return self

    def release(self, *, clean: bool = False) -> None:
        """Let go of the file; `clean` says the desk shut down normally with a healthy file."""
        if self._fh is None:
            return
        try:
            if clean:
                self._fh.seek(0)
                note = json.loads(self._fh.read() or "{}")
                note["closed_cleanly"] = datetime.now(UTC).isoformat(timespec="seconds")
                self._fh.seek(0)
                self._fh.truncate()
                self._fh.write(json.dumps(note))
                self._fh.flush()
                os.fsync(self._fh.fileno())
            unlock(self._fh)
        finally:
            self._fh.close()
            self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()
