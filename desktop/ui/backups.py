"""Automatic backups while the desk is open, and "Back up now", without holding up check-in."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.db import Database
from desktop.db.backup import BackupResult, take_backup
from desktop.services import clock
from desktop.services.jobs import JobControl
from desktop.services.settings import Settings
from desktop.ui.messages import describe_error
from desktop.ui.tasks import Job, TaskRunner

log = logging.getLogger(__name__)


class BackupScheduler(QObject):
    """Takes a backup every `settings.backup_every_minutes` on the job pool (never the GUI)."""

    finished = Signal(str)  # a sentence for the status bar
    failed = Signal(str)
    done = Signal(object)  # BackupResult, for tests and the log

    def __init__(
        self, db: Database, runner: TaskRunner, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.runner, self.settings = db, runner, settings
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.backup_now("scheduled"))
        if settings.backup_every_minutes > 0:
            self.timer.start(settings.backup_every_minutes * 60_000)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def backup_now(self, reason: str = "manual") -> Job | None:
        """Start a backup in the background; None if one is already running."""
        if self.running:
            return None
        second = self.settings.backup_copy_folder
        job = Job(self)
        self.job = job

        def work(control: JobControl) -> BackupResult:
            return take_backup(
                self.db,
                reason=reason,
                second_folder=Path(second) if second else None,
                progress=control.step,
            )

        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self.runner.start_job(job, work)
        return job

    def _finished(self, result: BackupResult) -> None:
        self.done.emit(result)
        at = clock.to_local(clock.now()).strftime("%H:%M")
        if result.problems:
            self.failed.emit(
                self.tr("Backup saved at %1, but the copy for the second place failed: %2")
                .replace("%1", at)
                .replace("%2", "; ".join(result.problems))
            )
        else:
            self.finished.emit(self.tr("Backup saved at %1.").replace("%1", at))

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(describe_error(exc))
