"""Likely duplicates shown before a registration is saved: the volunteer decides."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import duplicates as dup
from desktop.services.duplicates import DuplicateMatch
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.table_models import Column, RowTableModel
from desktop.ui.table_views import list_view

CTX = "DuplicateTableModel"
REASON_LABELS: dict[str, str] = {
    dup.SAME_NAME: QT_TRANSLATE_NOOP("DuplicateTableModel", "same name"),
    dup.SIMILAR_NAME: QT_TRANSLATE_NOOP("DuplicateTableModel", "similar name"),
    dup.SWAPPED_NAMES: QT_TRANSLATE_NOOP("DuplicateTableModel", "family and given names swapped"),
    dup.SAME_BIRTH_DATE: QT_TRANSLATE_NOOP("DuplicateTableModel", "same date of birth"),
    dup.SAME_BIRTH_YEAR: QT_TRANSLATE_NOOP("DuplicateTableModel", "same year of birth"),
    dup.DIFFERENT_BIRTH: QT_TRANSLATE_NOOP("DuplicateTableModel", "different birth date"),
    dup.SAME_PHONE: QT_TRANSLATE_NOOP("DuplicateTableModel", "same phone"),
    dup.SAME_OWN_SCRIPT_NAME: QT_TRANSLATE_NOOP("DuplicateTableModel", "same name in own script"),
}


def reasons_text(match: DuplicateMatch) -> str:
    return ", ".join(
        QCoreApplication.translate(CTX, REASON_LABELS.get(r, r)) for r in match.reasons
    )


class DuplicateTableModel(RowTableModel[DuplicateMatch]):
    context = CTX
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("DuplicateTableModel", "Member no."), lambda m: m.person.member_number),
        (QT_TRANSLATE_NOOP("DuplicateTableModel", "Name"), lambda m: m.person.display_name),
        (QT_TRANSLATE_NOOP("DuplicateTableModel", "Own script"), lambda m: m.person.name_original),
        (QT_TRANSLATE_NOOP("DuplicateTableModel", "Born"), lambda m: m.person.birth_label),
        (QT_TRANSLATE_NOOP("DuplicateTableModel", "Match"), lambda m: f"{m.score}%"),
        (QT_TRANSLATE_NOOP("DuplicateTableModel", "Why"), reasons_text),
    )

    def extra_data(self, row: DuplicateMatch, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return reasons_text(row)
        if role == Qt.ItemDataRole.FontRole and row.very_likely:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class DuplicatePanel(QWidget):
    """A list of likely matches with two ways on: open the one who is the same, or save anyway."""

    same_person = Signal(uuid.UUID)
    different_person = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_panel")
        self.title = QLabel(objectName="duplicate_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.model = DuplicateTableModel(self)
        self.table = list_view(self.model, "duplicate_table")
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setMaximumHeight(140)
        self.table.activated.connect(lambda _i: self._same())
        self.same_button = QPushButton(
            self.tr("Same person: open their record"), objectName="duplicate_same"
        )
        self.different_button = QPushButton(
            self.tr("Different person: save as new"), objectName="duplicate_different"
        )
        self.same_button.clicked.connect(self._same)
        self.different_button.clicked.connect(self.different_person)
        buttons = QHBoxLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.different_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_matches(self, matches: Sequence[DuplicateMatch], *, take_focus: bool = True) -> None:
        self.model.set_rows(matches)
        self.title.setText(
            self.tr(
                "%n member(s) on file may be this person. Ask for their card or check the "
                "details, then choose.",
                "",
                len(matches),
            )
        )
        self.show()
        self.table.selectRow(0)
        if take_focus:
            self.table.setFocus()

    def chosen(self) -> DuplicateMatch | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row() if index.isValid() else 0)

    def _same(self) -> None:
        match = self.chosen()
        if match is not None:
            self.same_person.emit(match.person.id)
