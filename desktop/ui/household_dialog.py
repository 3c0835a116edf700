"""A household: its members and how they are related; add or remove members, or start one."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Relationship
from desktop.services.households import HouseholdMember, HouseholdView
from desktop.services.search import PersonMatch
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.table_models import Column, PersonTableModel, RowTableModel
from desktop.ui.table_views import list_view

CTX = "HouseholdDialog"
RELATIONSHIP_LABELS: dict[str, str] = {
    Relationship.HEAD: QT_TRANSLATE_NOOP("HouseholdDialog", "Head of household"),
    Relationship.SPOUSE: QT_TRANSLATE_NOOP("HouseholdDialog", "Spouse or partner"),
    Relationship.CHILD: QT_TRANSLATE_NOOP("HouseholdDialog", "Child"),
    Relationship.PARENT: QT_TRANSLATE_NOOP("HouseholdDialog", "Parent"),
    Relationship.SIBLING: QT_TRANSLATE_NOOP("HouseholdDialog", "Brother or sister"),
    Relationship.OTHER_RELATIVE: QT_TRANSLATE_NOOP("HouseholdDialog", "Other relative"),
    Relationship.OTHER: QT_TRANSLATE_NOOP("HouseholdDialog", "Other"),
}


def relationship_label(code: str) -> str:
    return QCoreApplication.translate(CTX, RELATIONSHIP_LABELS.get(code, code))


class HouseholdMemberModel(RowTableModel[HouseholdMember]):
    context = CTX
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("HouseholdDialog", "Member no."), lambda m: m.member_number),
        (QT_TRANSLATE_NOOP("HouseholdDialog", "Name"), lambda m: m.display_name),
        (
            QT_TRANSLATE_NOOP("HouseholdDialog", "Relationship"),
            lambda m: relationship_label(m.relationship),
        ),
        (QT_TRANSLATE_NOOP("HouseholdDialog", "Born"), lambda m: m.birth_label),
    )


class HouseholdDialog(QDialog):
    create_requested = Signal(uuid.UUID)
    search_changed = Signal(str)
    add_requested = Signal(uuid.UUID, uuid.UUID, str)  # household id, person id, relationship
    remove_requested = Signal(uuid.UUID)

    def __init__(self, person_id: uuid.UUID, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.household_id: uuid.UUID | None = None
        self.setObjectName("household_dialog")
        self.setWindowTitle(self.tr("Household of %1").replace("%1", title))
        self.status = QLabel(objectName="household_status")
        self.status.setWordWrap(True)
        self.create_button = QPushButton(
            self.tr("Start a household with this person as head"), objectName="create_household"
        )
        self.create_button.clicked.connect(lambda: self.create_requested.emit(self.person_id))
        self.members = HouseholdMemberModel(self)
        self.members_table = list_view(self.members, "household_members")
        self.members_table.setAccessibleName(self.tr("Household members"))
        self.remove_button = QPushButton(
            self.tr("Remove the chosen member from the household"), objectName="remove_member"
        )
        self.remove_button.clicked.connect(self._remove)

        self.add_box = QGroupBox(self.tr("Add a family member who is registered"))
        self.search = QLineEdit(objectName="household_search")
        self.search.setPlaceholderText(self.tr("Type a name, member number or phone"))
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textEdited.connect(self._typed)
        self.results = PersonTableModel(self)
        self.results_table = list_view(self.results, "household_results")
        self.results_table.setAccessibleName(self.tr("People found"))
        self.results_table.setMaximumHeight(130)
        self.relationship = QComboBox(objectName="relationship")
        for code, label in RELATIONSHIP_LABELS.items():
            if code != Relationship.HEAD:
                self.relationship.addItem(QCoreApplication.translate(CTX, label), str(code))
        self.add_button = QPushButton(self.tr("Add to household"), objectName="add_member")
        self.add_button.clicked.connect(self._add)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.addWidget(self.search)
        add_layout.addWidget(self.results_table)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Relationship to the head")))
        row.addWidget(self.relationship, 1)
        row.addWidget(self.add_button)
        add_layout.addLayout(row)

        self.error = QLabel(objectName="household_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.create_button)
        layout.addWidget(self.members_table)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.add_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 560)
        self.show_household(None)

    def _typed(self, _text: str) -> None:
        self.results.set_rows([])  # never add someone from an earlier search
        self._timer.start()

    def show_household(self, view: HouseholdView | None) -> None:
        self.error.hide()
        self.household_id = view.household.id if view else None
        has = view is not None
        self.create_button.setVisible(not has)
        for widget in (self.members_table, self.remove_button, self.add_box):
            widget.setVisible(has)
        self.members.set_rows(view.members if view else [])
        if view is None:
            self.status.setText(self.tr("This person is not in a household yet."))
        else:
            self.status.setText(
                self.tr(
                    "%n member(s). Services given per household count them together.",
                    "",
                    len(view.members),
                )
            )
            self.search.setFocus()

    def show_results(self, rows: Sequence[PersonMatch]) -> None:
        self.results.set_rows(rows)
        if rows:
            self.results_table.selectRow(0)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _add(self) -> None:
        index = self.results_table.currentIndex()
        match = self.results.row_at(index.row()) if index.isValid() else None
        if match is None or self.household_id is None:
            self.show_error(self.tr("Find the family member first, then choose them in the list."))
            return
        self.add_requested.emit(self.household_id, match.id, self.relationship.currentData())

    def _remove(self) -> None:
        index = self.members_table.currentIndex()
        member = self.members.row_at(index.row()) if index.isValid() else None
        if member is not None:
            self.remove_requested.emit(member.person_id)
