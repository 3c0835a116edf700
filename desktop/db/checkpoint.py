"""WAL checkpoints on a background thread, off the desk's commit path.

In WAL mode a commit appends pages to the -wal file; a checkpoint copies them back into the
database file and fsyncs it. SQLite's default runs that inline, in whichever commit pushes the WAL
past 1000 pages: every ~40th check-in then waited 20–45 ms for someone else's pages. The app's
connections now checkpoint inline only past a much larger safety net (SAFETY_NET_PAGES), and this
thread, with its own connection at low priority, runs `PRAGMA wal_checkpoint(PASSIVE)` after the
writes: once the desk has been quiet for a moment, or after a run of commits in a busy spell.
PASSIVE never waits for readers or writers and never blocks them, and it does not touch
durability: a commit is on disk once its WAL frames are synced (synchronous=FULL), checkpointed
or not.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

# The app's connections checkpoint inline only when the WAL passes this many pages (SQLite's
# default is 1000): the bound on the WAL should this thread ever stall.
SAFETY_NET_PAGES = 10_000
# Checkpoint once no commit came for this long...
QUIET_S = 0.5
# ...or, in a busy spell, after this many commits (a check-in writes 50-60 pages: ~1000 pages),
# at the first pause of PAUSE_S between two commits: a checkpoint beside a commit slows it (the
# two share the disk), and one that starts while a commit is under way leaves that commit's
# pages behind, so the WAL cannot start again from its beginning.
BUSY_COMMITS = 20
PAUSE_S = 0.03
# ...and without a pause, at the latest after this many.
MAX_COMMITS = 4 * BUSY_COMMITS
# After a failure, or a checkpoint that could not copy everything (a reader still needs old
# pages), try again after this long.
RETRY_S = 5.0
STOP_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class CheckpointResult:
    """What `PRAGMA wal_checkpoint(PASSIVE)` answered: frames in the WAL and frames copied."""

    busy: bool
    wal_frames: int
    checkpointed: int

    @property
    def complete(self) -> bool:
        return not self.busy and self.checkpointed >= self.wal_frames


def checkpoint(conn: Any) -> CheckpointResult:
    """One passive checkpoint on `conn` (any DB-API connection on the file)."""
    busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return CheckpointResult(bool(busy), int(frames), int(copied))


class Checkpointer:
    """A daemon thread that checkpoints the WAL after writes; `note_commit()` tells it of one.

    It starts with the first commit and opens its connection (`connect()`, the same kind and
    key as the app's) on its first checkpoint. `stop()` ends it and closes that connection.
    A failing checkpoint is logged and tried again later; writers never see it.
    """

    def __init__(
        self,
        connect: Callable[[], Any],
        *,
        quiet_s: float = QUIET_S,
        busy_commits: int = BUSY_COMMITS,
        pause_s: float = PAUSE_S,
        max_commits: int = MAX_COMMITS,
        retry_s: float = RETRY_S,
    ) -> None:
        self._connect = connect
        self.quiet_s = quiet_s
        self.busy_commits = busy_commits
        self.pause_s = pause_s
        self.max_commits = max_commits
        self.retry_s = retry_s
        self._cond = threading.Condition()
        self._pending = 0  # commits since the last checkpoint began
        self._last_commit = 0.0
        self._retry_at: float | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.checkpoints = 0  # completed calls, for tests and the log
        self.last_result: CheckpointResult | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def note_commit(self) -> None:
        """A transaction was committed on the file: a checkpoint is due in a while."""
        with self._cond:
            if self._stopping:
                return
            self._pending += 1
            self._last_commit = time.monotonic()
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="wal-checkpointer", daemon=True
                )
                self._thread.start()
            elif self._pending in (self.busy_commits, self.max_commits):
                self._cond.notify()  # the thread now waits for a pause, or no longer

    def stop(self) -> None:
        """End the thread (waiting for a checkpoint under way) and close its connection."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(STOP_TIMEOUT_S)
            if thread.is_alive():
                log.warning("the WAL checkpointer did not stop within %s s", STOP_TIMEOUT_S)

    def _due_in(self, now: float) -> float | None:
        """Seconds until the next checkpoint is due (0: now), None: nothing to do."""
        if self._pending:
            if self._pending >= max(self.max_commits, self.busy_commits):
                return 0.0
            wait = self.pause_s if self._pending >= self.busy_commits else self.quiet_s
            return max(0.0, self._last_commit + wait - now)
        if self._retry_at is not None:
            return max(0.0, self._retry_at - now)
        return None

    def _wait_until_due(self) -> bool:
        """Block until a checkpoint is due; False once stopping."""
        with self._cond:
            while not self._stopping:
                due = self._due_in(time.monotonic())
                if due == 0.0:
                    self._pending = 0
                    self._retry_at = None
                    return True
                self._cond.wait(due)
            return False

    def _run(self) -> None:
        _lower_priority()
        conn: Any = None
        try:
            while self._wait_until_due():
                try:
                    if conn is None:
                        conn = self._connect()
                    result = checkpoint(conn)
                except Exception:
                    log.warning("WAL checkpoint failed; trying again later", exc_info=True)
                    _close(conn)
                    conn = None
                    self._retry_later()
                    continue
                self.last_result = result
                self.checkpoints += 1
                if not result.complete:
                    self._retry_later()
        finally:
            _close(conn)

    def _retry_later(self) -> None:
        with self._cond:
            self._retry_at = time.monotonic() + self.retry_s


def _close(conn: Any) -> None:
    if conn is not None:
        try:
            conn.close()
        except Exception:
            log.warning("closing the checkpoint connection failed", exc_info=True)


def _lower_priority() -> None:
    # On Linux a thread is a task of its own: nice 19 for it alone (and, with the CFQ/BFQ disk
    # schedulers, a lower I/O priority too). Elsewhere a thread id is no process id: the thread
    # keeps the process's priority.
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        except OSError:
            log.debug("could not lower the checkpointer's priority", exc_info=True)
