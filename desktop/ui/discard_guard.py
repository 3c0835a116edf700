"""Esc or Cancel on a form with something typed asks before throwing it away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox


class DiscardGuard(QObject):
    """Remembers what `state()` gave when the form opened; closing with anything else asks first.

    The question is non-modal (`open`), so the desk can still be locked while it is up.
    """

    def __init__(self, dialog: QDialog, state: Callable[[], object]) -> None:
        super().__init__(dialog)
        self.dialog, self.state = dialog, state
        self.question: QMessageBox | None = None
        self.mark_clean()

    def mark_clean(self) -> None:
        """What the form shows now counts as nothing typed (e.g. a name carried from search)."""
        self._clean = self.state()

    def changed(self) -> bool:
        return self.state() != self._clean

    def close(self, discard: Callable[[], None]) -> None:
        """Run `discard` at once when nothing was typed, else only when the volunteer says so."""
        if not self.changed():
            discard()
            return
        box = QMessageBox(self.dialog)
        box.setObjectName("discard_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard what was typed?"))
        box.setText(self.tr("This form has things typed in it. Close it and lose them?"))
        discard_button = box.addButton(
            self.tr("&Discard and close"), QMessageBox.ButtonRole.DestructiveRole
        )
        discard_button.setObjectName("discard_button")
        keep = box.addButton(self.tr("&Keep typing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_button")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is discard_button:
                discard()

        box.finished.connect(answered)
        self.question = box
        box.open()
