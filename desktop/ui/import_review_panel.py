"""The import's review step: a person's choice for one held-back or refused row.

Add it after all, leave it out, say it is the same person as another row or a member, or fix
a value ('DOB = 14/02/1990'); `decided` carries the choice up to the wizard, which checks the
rows again with every choice made so far.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.services.errors import ValidationError
from desktop.services.import_review import Choice, RowDecision, read_decision, read_fixes
from desktop.services.importer import PlannedRow
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.messages import describe_error

CTX = "ImportReview"
CHOICE_WORDS = {
    Choice.INCLUDE: QT_TRANSLATE_NOOP("ImportReview", "Add this row"),
    Choice.LEAVE_OUT: QT_TRANSLATE_NOOP("ImportReview", "Leave it out"),
    Choice.SAME_AS: QT_TRANSLATE_NOOP("ImportReview", "Same person as"),
}


def choice_words(row: PlannedRow) -> str:
    """The row's choice as the review list shows it: 'Same person as row 12; DOB = …'."""
    parts = []
    if row.decision:
        words = QCoreApplication.translate(CTX, CHOICE_WORDS[Choice(row.decision)])
        parts.append(f"{words} {row.same_as}".strip())
    if row.fix:
        parts.append(row.fix)
    return "; ".join(parts)


class ReviewPanel(QWidget):
    """Below the dry run's list: the choice for the row selected in it."""

    decided = Signal(int, object)  # row number, RowDecision

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = 0
        self.heading = QLabel(self.tr("Choose a row in the list to decide what happens to it."))
        self.heading.setWordWrap(True)
        self.choice = QComboBox(objectName="review_choice")
        self.choice.addItem(self.tr("As the dry run says"), None)
        for choice, words in CHOICE_WORDS.items():
            self.choice.addItem(QCoreApplication.translate(CTX, words), choice)
        self.same_as = QLineEdit(objectName="review_same_as")
        self.same_as.setPlaceholderText(self.tr("row 12, or a member number"))
        self.fix = QLineEdit(objectName="review_fix")
        self.fix.setPlaceholderText(self.tr("column = value, e.g. DOB = 14/02/1990"))
        self.apply = QPushButton(self.tr("Keep this choice"), objectName="review_apply")
        self.problem = QLabel(objectName="review_problem")
        self.problem.setWordWrap(True)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.apply.clicked.connect(self._apply)
        self.same_as.returnPressed.connect(self._apply)
        self.fix.returnPressed.connect(self._apply)
        form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow(self.tr("Decision"), self.choice)
        form.addRow(self.tr("Same person as"), self.same_as)
        form.addRow(self.tr("Fix a value"), self.fix)
        form.addRow(self.problem, self.apply)
        self.show_row(None)

    def show_row(self, row: PlannedRow | None) -> None:
        """Show `row`'s reasons and its choice so far (None: nothing chosen in the list)."""
        self.number = row.number if row is not None else 0
        for widget in (self.choice, self.same_as, self.fix, self.apply):
            widget.setEnabled(row is not None)
        self.problem.clear()
        if row is None:
            self.choice.setCurrentIndex(0)
            self.same_as.clear()
            self.fix.clear()
            return
        why = "; ".join(row.reasons + row.warnings + [f"→ {m}" for m in row.matches])
        self.heading.setText(
            self.tr("Row %1: %2").replace("%1", str(row.number)).replace("%2", why)
        )
        self.choice.setCurrentIndex(max(0, self.choice.findData(row.decision or None)))
        self.same_as.setText(row.same_as or (row.matches[0] if row.matches else ""))
        self.fix.setText(row.fix)
        self._choice_changed()

    def _choice_changed(self) -> None:
        self.same_as.setEnabled(self.number > 0 and self.choice.currentData() == Choice.SAME_AS)

    def _apply(self) -> None:
        if not self.number:
            return
        choice = self.choice.currentData()
        target = ""
        try:
            if choice == Choice.SAME_AS:
                typed = self.same_as.text().strip()
                typed = f"row {typed}" if typed.isdigit() else typed
                choice, target = read_decision(f"same as {typed}", self.number)
            fixes = read_fixes(self.fix.text(), self.number)
        except ValidationError as exc:
            self.problem.setText(describe_error(exc))
            return
        self.problem.clear()
        self.decided.emit(self.number, RowDecision(choice, target, fixes))
