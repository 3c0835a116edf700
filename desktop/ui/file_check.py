"""The full check of the database file, in the background once the window shows.

At start the check runs before the window only when the last desk did not close cleanly
(desktop/app.py): on a file of a few gigabytes it takes most of a minute. Otherwise it runs
here, on its own low-priority thread and connection, while the volunteer works.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.db import Database
from desktop.db.backup import DB_ERRORS, integrity_problems
from desktop.ui.i18n import translate

log = logging.getLogger(__name__)


def _yield_to_the_desk() -> None:
    """Lowest CPU priority for this thread only (Linux threads are scheduled one by one)."""
    if sys.platform == "linux":
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        except OSError as exc:
            log.debug("could not lower the file check's priority: %s", exc)


class FileCheck(QThread):
    """Runs SQLite's full integrity_check on the open database; `checked` gives its problems."""

    checked = Signal(list)  # [] when the file is healthy

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.problems: list[str] | None = None  # None until the check has finished
        self._lock = threading.Lock()
        self._connection: Any = None  # the check's own, while it runs
        self.checked.connect(self._record)

    def _opened(self, connection: Any) -> None:
        with self._lock:
            self._connection = connection
        if self.isInterruptionRequested():  # asked to stop while it was opening
            connection.interrupt()

    def run(self) -> None:
        _yield_to_the_desk()
        problems = integrity_problems(
            self.db.path,
            self.db.connect_file,
            should_stop=self.isInterruptionRequested,
            opened=self._opened,
        )
        with self._lock:
            self._connection = None
        if not self.isInterruptionRequested():
            self.checked.emit(problems)

    def _record(self, problems: list[str]) -> None:
        self.problems = problems
        if problems:
            log.error("database %s failed its background check: %s", self.db.path, problems[:5])
        else:
            log.info("database %s passed its background check", self.db.path)

    @property
    def healthy(self) -> bool:
        """The check finished and found nothing wrong."""
        return self.problems == []

    @property
    def found_problems(self) -> bool:
        """The check finished and the file failed it (not: stopped before the end)."""
        return bool(self.problems)

    def stop(self) -> None:
        """End the check early (the desk is closing) and wait for its thread."""
        self.requestInterruption()
        with self._lock:
            if self._connection is not None:
                # SQLite stops inside the step it is in; a check that just ended has closed it.
                with contextlib.suppress(*DB_ERRORS):
                    self._connection.interrupt()
        self.wait()


def problem_box(parent: QWidget | None) -> QMessageBox:
    """Tells the volunteer the open file failed its check, and what happens next."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Front Desk",
        translate(
            "FileCheck",
            "The database file failed its check: part of it is damaged.\n\n"
            "Finish with the person at the desk, then close Front Desk and open it again. It "
            "will offer to restore the latest good backup. Tell a staff member.",
        ),
        parent=parent,
    )
    box.setObjectName("file_check_problem")
    return box
