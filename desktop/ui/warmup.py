"""Loading, in the background, what the window needs later, so opening a dialog never waits.

The export, import, report and print-queue windows are imported when first opened; with their
libraries that took the GUI thread 0.1-0.2 s, and Babel reads its date formats (~0.1 s) the first
time a list shows a time. Doing both on a worker thread soon after start keeps the window
answering. Nothing here builds a widget: only modules and data are loaded. Then what is loaded
is frozen out of the garbage collector's full passes (see _load).
"""

from __future__ import annotations

import gc
import importlib
import logging

from babel.dates import format_datetime, format_time
from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services import clock
from desktop.ui.language import babel_locale
from desktop.ui.tasks import Job, TaskRunner

log = logging.getLogger(__name__)

ON_DEMAND = (
    "desktop.ui.export_dialog",
    "desktop.ui.import_wizard",
    "desktop.ui.print_queue_window",
    "desktop.ui.report_window",
    "desktop.ui.sync_dialog",
    "desktop.ui.audit_dialog",
)
AFTER_START_MS = 500  # the first paint and the first lists come first


_frozen = False


def _load(locale: str) -> None:
    global _frozen
    moment = clock.to_local(clock.now())
    format_time(moment, "short", locale=locale)
    format_datetime(moment, "short", locale=locale)
    for name in ON_DEMAND:
        importlib.import_module(name)
    if not _frozen:
        # Python's full garbage collection stops every thread while it walks all objects; with
        # Qt, SQLAlchemy and the rest loaded that took 0.1-0.2 s, several times during an
        # import. What is loaded by now lives as long as the app: leave it out of the walk.
        gc.freeze()
        _frozen = True


class WarmUp(QObject):
    """Started with the window; `done` once everything is loaded (tests wait for it)."""

    finished = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.done = False
        QTimer.singleShot(AFTER_START_MS, self, self._start)

    def _start(self) -> None:
        job = Job(self)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        locale = babel_locale()
        self.runner.start_job(job, lambda _control: _load(locale))

    def _finished(self, _result: object) -> None:
        self.done = True
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        log.warning("loading the dialogs ahead failed; they load when opened: %r", exc)
        self._finished(None)
