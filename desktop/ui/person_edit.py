"""Editing a member's details, and the history of who changed what."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import clock
from desktop.services.history import ChangeRow
from desktop.services.people import PersonInput
from desktop.ui.discard_guard import DiscardGuard
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.person_form import PersonForm, field_name
from desktop.ui.screen_fit import fit_to_screen, scrolling
from desktop.ui.table_models import Column, RowTableModel

HISTORY_CTX = "ChangeTableModel"


def _field_label(row: ChangeRow) -> str:
    return field_name(row.field_name)


class ChangeTableModel(RowTableModel[ChangeRow]):
    context = HISTORY_CTX
    columns: Sequence[Column] = (
        (
            QT_TRANSLATE_NOOP("ChangeTableModel", "When"),
            lambda c: clock.to_local(c.changed_at).strftime("%d/%m/%Y %H:%M"),
        ),
        (QT_TRANSLATE_NOOP("ChangeTableModel", "Field"), _field_label),
        (QT_TRANSLATE_NOOP("ChangeTableModel", "Before"), lambda c: c.old_value),
        (QT_TRANSLATE_NOOP("ChangeTableModel", "After"), lambda c: c.new_value),
        (QT_TRANSLATE_NOOP("ChangeTableModel", "By"), lambda c: c.changed_by),
    )


class HistoryDialog(QDialog):
    """Who changed which field of a member, when: newest first."""

    def __init__(self, title: str, rows: Sequence[ChangeRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("Changes to %1").replace("%1", title))
        self.model = ChangeTableModel(self)
        self.model.set_rows(rows)
        table = QTableView(objectName="history_table")
        table.setAccessibleName(self.tr("Changes"))
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        empty = QLabel(self.tr("No changes since registration."))
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(table)
        layout.addWidget(buttons)
        fit_to_screen(self, 700, 400)


class EditPersonDialog(QDialog):
    """The intake form filled with a member's details; Save stores only what changed."""

    submitted = Signal(uuid.UUID, object)  # person id, PersonInput
    history_requested = Signal(uuid.UUID)

    def __init__(
        self,
        person_id: uuid.UUID,
        title: str,
        data: PersonInput,
        parent: QWidget | None = None,
        *,
        restricted: bool = True,
    ) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.setObjectName("edit_person_dialog")
        self.setWindowTitle(self.tr("Edit %1").replace("%1", title))
        self.form = PersonForm(self, restricted=restricted)
        self.form.set_value(data)
        self.banner = QLabel(objectName="edit_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #b00020; font-weight: bold;")
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        history = QPushButton(self.tr("History…"), objectName="history_button")
        self.buttons.addButton(history, QDialogButtonBox.ButtonRole.ActionRole)
        history.clicked.connect(lambda: self.history_requested.emit(self.person_id))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scrolling(self.form), 1)
        layout.addWidget(self.buttons)
        self.form.family_name.setFocus()
        fit_to_screen(self, 620, 520)
        self.discard_guard = DiscardGuard(self, self.form.value)

    def reject(self) -> None:
        """Esc and Cancel: ask first when anything was changed."""
        self.discard_guard.close(super().reject)

    def _submit(self) -> None:
        self.banner.hide()
        self.buttons.setEnabled(False)
        self.submitted.emit(self.person_id, self.form.value())

    def show_errors(self, errors: dict[str, str]) -> None:
        self.buttons.setEnabled(True)
        self.banner.setText(self.tr("Please check the fields marked below. Nothing was saved yet."))
        self.banner.show()
        self.form.show_errors(errors)

    def show_failure(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.banner.setText(message)
        self.banner.show()
