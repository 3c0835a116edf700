"""Register a newcomer: the intake form, the consent step, and likely duplicates before saving."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.duplicates import DuplicateMatch
from desktop.services.people import PersonInput
from desktop.ui.consent_box import ConsentBox
from desktop.ui.duplicate_panel import DuplicatePanel
from desktop.ui.person_form import PersonForm


@dataclass(frozen=True)
class Registration:
    """What the dialog hands over when Save is pressed."""

    person: PersonInput
    consent_scope: list[str]
    consent_date: str
    duplicates_checked: bool  # the volunteer saw the likely matches and said "different person"
    print_card: bool


class RegisterDialog(QDialog):
    """Stays open, with everything typed, until the save succeeds or the volunteer gives up."""

    submitted = Signal(object)  # Registration
    same_person_chosen = Signal(uuid.UUID)

    def __init__(
        self, taken_by: str = "", parent: QWidget | None = None, *, restricted: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a newcomer"))
        self.setObjectName("register_dialog")
        self.form = PersonForm(self, restricted=restricted)
        self.consent = ConsentBox(taken_by, self)
        self.duplicates = DuplicatePanel(self)
        self.duplicates.hide()
        self.duplicates.same_person.connect(self._same_person)
        self.duplicates.different_person.connect(self._different_person)
        self._duplicates_checked = False
        self.banner = QLabel(objectName="register_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #b00020; font-weight: bold;")
        self.banner.hide()
        hint = QLabel(
            self.tr(
                "Fields marked * are required. Ctrl+1 to Ctrl+4 switch tabs. "
                "Search first to avoid duplicates."
            )
        )
        hint.setWordWrap(True)
        self.print_card = QCheckBox(self.tr("Print the member card"), objectName="print_card")
        self.print_card.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.consent)
        layout.addWidget(self.duplicates)
        row = QHBoxLayout()
        row.addWidget(self.print_card)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.form.family_name.setFocus()
        self._tab_shortcuts()
        self.resize(680, 820)

    def _tab_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        for i in range(self.form.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda i=i: self.form.tabs.setCurrentIndex(i))

    def registration(self) -> Registration:
        return Registration(
            person=self.form.value(),
            consent_scope=self.consent.scope(),
            consent_date=self.consent.date.text(),
            duplicates_checked=self._duplicates_checked,
            print_card=self.print_card.isChecked(),
        )

    def _submit(self) -> None:
        self.banner.hide()
        self.buttons.setEnabled(False)
        self.submitted.emit(self.registration())

    def show_errors(self, errors: dict[str, str]) -> None:
        self.buttons.setEnabled(True)
        self.banner.setText(self.tr("Please check the fields marked below. Nothing was saved yet."))
        self.banner.show()
        self.form.show_errors(errors)
        self.consent.show_errors(errors)

    def show_failure(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.banner.setText(message)
        self.banner.show()

    def show_duplicates(self, matches: Sequence[DuplicateMatch]) -> None:
        self.buttons.setEnabled(True)
        self.duplicates.show_matches(matches)

    def _same_person(self, person_id: uuid.UUID) -> None:
        self.same_person_chosen.emit(person_id)
        self.reject()

    def _different_person(self) -> None:
        self._duplicates_checked = True
        self.duplicates.hide()
        self._submit()
