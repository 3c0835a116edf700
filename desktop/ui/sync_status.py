"""The sync light in the status bar, and the background sync that feeds it.

Sync runs on the job pool on a timer (when this desk has joined a server) and on "Sync now";
the light says when the last sync finished, how many changes wait to be sent, and any error.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.db import Database
from desktop.services import clock
from desktop.services.jobs import JobControl
from desktop.services.sync.state import SyncStatus, load_config, sync_status
from desktop.ui.messages import describe_error
from desktop.ui.tasks import Job, TaskRunner

if TYPE_CHECKING:
    from desktop.services.sync.client import SyncReport

log = logging.getLogger(__name__)

GREEN, AMBER, RED, GREY = "#1b7f3b", "#b26a00", "#b00020", "#6b6b6b"


class SyncController(QObject):
    """Runs sync in the background and keeps the latest SyncStatus."""

    status_changed = Signal(object)  # SyncStatus
    synced = Signal(object)  # SyncReport
    failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.job: Job | None = None
        self.status: SyncStatus | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        runner.changed.connect(lambda _what: self.refresh())
        self.refresh(start_timer=True)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def refresh(self, *, start_timer: bool = False) -> None:
        """Read the status again (after a change at this desk, or a sync)."""

        def work() -> tuple[SyncStatus, int]:
            with self.db.read() as session:
                config = load_config(session)
                return sync_status(session), config.interval_seconds if config else 0

        def done(result: tuple[SyncStatus, int]) -> None:
            status, interval = result
            self.status = status
            if start_timer and interval > 0 and not self.timer.isActive():
                self.timer.start(interval * 1000)
                self.sync_now()
            self.status_changed.emit(status)

        self.runner.submit(work, done)

    def sync_now(self) -> Job | None:
        """Start a sync unless one is running or this desk works alone."""
        if self.running or (self.status is not None and not self.status.configured):
            return None
        job = Job(self)
        self.job = job

        def work(control: JobControl) -> SyncReport:
            # psycopg and the sync client load on the first sync, not before the first paint.
            from desktop.services.sync.client import sync_now

            return sync_now(self.db, control=control)

        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self.runner.start_job(job, work)
        return job

    def _finished(self, report: SyncReport) -> None:
        self.synced.emit(report)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(describe_error(exc))
        self.refresh()


class SyncLight(QToolButton):
    """A coloured dot and a few words; click for the conflicts list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_light")
        self.setAutoRaise(True)
        self.setVisible(False)
        self.colour = GREY
        self._shown: tuple[SyncStatus, bool] | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self.show_status(*self._shown)
        super().changeEvent(event)

    def show_status(self, status: SyncStatus, running: bool = False) -> None:
        self._shown = (status, running)
        self.setVisible(status.configured)
        last = (
            clock.to_local(status.last_sync_at).strftime("%H:%M")
            if status.last_sync_at
            else self.tr("never")
        )
        if status.last_error:
            colour = RED
            text = self.tr("Sync failed (last good %1)").replace("%1", last)
        elif running:
            colour, text = AMBER, self.tr("Syncing…")
        elif status.pending:
            colour = AMBER
            text = self.tr("%n change(s) waiting to sync", "", status.pending)
        else:
            colour = GREEN
            text = self.tr("Synced %1").replace("%1", last)
        if status.unseen_conflicts or status.open_suspects:
            text += "  ·  " + self.tr(
                "%n to check", "", status.unseen_conflicts + status.open_suspects
            )
        self.colour = colour
        self.setText(f"● {text}")
        self.setStyleSheet(f"QToolButton {{ color: {colour}; font-weight: bold; }}")
        tips = [
            self.tr("Last sync: %1").replace("%1", last),
            self.tr("Waiting to send: %1").replace("%1", str(status.pending)),
            self.tr("Overwritten values to check: %1").replace("%1", str(status.unseen_conflicts)),
            self.tr("Possible duplicates to check: %1").replace("%1", str(status.open_suspects)),
        ]
        if status.last_error:
            tips.append(self.tr("Error: %1").replace("%1", status.last_error))
        self.setToolTip("\n".join(tips))
