"""Database work off the GUI thread: one worker for short operations, a pool for long jobs.

Like Anki's CollectionOp: the callable runs on a worker, its result or error comes back on the
GUI thread through a signal, and `changed` announces what was written so views refresh.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.services.jobs import JobControl

log = logging.getLogger(__name__)

# A worker busy in Python keeps the GIL up to this long before the GUI thread gets it back;
# with Python's 5 ms, every call from Qt into Python (a paint, an event filter) waited that
# long, and a repaint of a list stalled the window for a third of a second.
GIL_SWITCH_S = 0.0001
PROGRESS_EVERY_S = 0.1  # ten updates a second: smooth for a person, light for the window
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001  (every error must reach the GUI thread)
            log.debug("background task failed: %r", exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Job(QObject):
    """A long piece of work with progress and a cancel switch."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.control = JobControl(on_progress=self._report, is_cancelled=self._cancel.is_set)
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.done.connect(self.finished)
        self._signals.failed.connect(self.failed)
        self.running = False
        self._last_progress = 0.0

    def _report(self, done: int, total: int) -> None:
        # A job may step once per row; every step reaching the window would flood its event
        # loop. The first and the last step always go through.
        now = time.monotonic()
        if 0 < done < total and now - self._last_progress < PROGRESS_EVERY_S:
            return
        self._last_progress = now
        self._signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()


class TaskRunner(QObject):
    """Runs callables in the background and hands results back on the GUI thread."""

    changed = Signal(str)  # "people", "visits", "services", "settings"...
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(GIL_SWITCH_S)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)  # one writer: actions happen in the order clicked
        self._jobs = QThreadPool(self)
        self._jobs.setMaxThreadCount(2)
        self._pending: set[_Signals] = set()
        self._running: set[str] = set()  # operations that may not start again while they run

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        changes: str = "",
        once: str = "",
    ) -> bool:
        """Run `fn` on the database worker; `on_done` or `on_error` then run on the GUI thread.

        `once` names a writing operation ("check-in", "register", ...): while one by that name
        runs, another is ignored (a second Enter, a double click) and False is returned.
        """
        if once:
            if once in self._running:
                log.info("ignored a second %s while the first runs", once)
                return False
            self._running.add(once)
        signals = _Signals()
        self._pending.add(signals)

        def finish_ok(result: object) -> None:
            if not shiboken6.isValid(self):
                return  # the window closed while this ran: nobody is left to tell
            self._running.discard(once)
            self._forget(signals)
            if on_done is not None:
                on_done(result)
            if changes:
                self.changed.emit(changes)

        def finish_error(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                log.error("background task failed after its window closed", exc_info=exc)
                return
            self._running.discard(once)
            self._forget(signals)
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed", exc_info=exc)

        signals.done.connect(finish_ok)
        signals.failed.connect(finish_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._serial.start(_Runnable(fn, signals))
        return True

    def running(self, once: str) -> bool:
        """Whether the operation named `once` is running now."""
        return once in self._running

    def start_job(self, job: Job, fn: Callable[[JobControl], Any]) -> None:
        """Run a long job (export, import, report, backup) beside the database worker."""
        run_job(self._jobs, job, fn)

    def _forget(self, signals: _Signals) -> None:
        self._pending.discard(signals)
        if not self._pending:
            self.busy_changed.emit(False)

    @property
    def idle(self) -> bool:
        return not self._pending

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until queued work finished (shutdown and tests)."""
        return self._serial.waitForDone(msecs) and self._jobs.waitForDone(msecs)


def run_job(pool: QThreadPool, job: Job, fn: Callable[[JobControl], Any]) -> None:
    """Run `fn` for `job` on `pool`; its result or error comes back through the job's signals."""
    job.running = True
    job.finished.connect(lambda _r: setattr(job, "running", False))
    job.failed.connect(lambda _e: setattr(job, "running", False))
    pool.start(_Runnable(lambda: fn(job.control), job._signals))
