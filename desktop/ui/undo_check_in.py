"""Undo a check-in made by mistake, from today's list: a reason, then the visit is void.

The volunteer who made it may undo it for ten minutes, staff at any time (the service decides;
this asks for the reason and says what happened). The visit stays on file, out of the counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from desktop.services.checkin import UNDO_MINUTES, void_visit
from desktop.services.errors import PermissionDenied
from desktop.services.visits import VisitRow
from desktop.ui.messages import describe_error

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class UndoCheckIn(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QInputDialog | None = None
        window.today.undo_requested.connect(self.ask)

    def ask(self, row: VisitRow) -> None:
        """Ask why; an empty answer asks again, Esc leaves the visit as it is."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("undo_check_in_dialog")
        dialog.setWindowTitle(self.tr("Undo a check-in"))
        dialog.setLabelText(
            self.tr("Undo queue no. %1, %2? It stays on file but leaves today's counts. Why?")
            .replace("%1", str(row.queue_number))
            .replace("%2", row.display_name)
        )
        dialog.setOkButtonText(self.tr("Undo the check-in"))
        dialog.textValueSelected.connect(lambda reason: self._undo(row, reason))
        self.dialog = dialog
        dialog.open()

    def _undo(self, row: VisitRow, reason: str) -> None:
        w = self.window
        if not reason.strip():
            w.say(self.tr("Say why the check-in is undone."), error=True)
            self.ask(row)
            return
        actor = w.actor

        def work() -> None:
            with w.db.write() as session:
                void_visit(session=session, actor=actor, visit_id=row.visit_id, reason=reason)

        def done(_result: None) -> None:
            w.say(self.tr("Check-in no. %1 undone.").replace("%1", str(row.queue_number)))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PermissionDenied):
                w.say(
                    self.tr(
                        "Only the volunteer who made a check-in may undo it, within %1 minutes;"
                        " after that, ask a caseworker or admin."
                    ).replace("%1", str(UNDO_MINUTES)),
                    error=True,
                )
            else:
                w.say(describe_error(exc), error=True)

        w.runner.submit(work, done, failed, changes="visits")
