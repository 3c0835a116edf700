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
from desktop.ui.discard_guard import DiscardGuard
from desktop.ui.duplicate_panel import DuplicatePanel
from desktop.ui.person_form import PersonForm
from desktop.ui.screen_fit import fit_to_screen, scrolling


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
    duplicates_wanted = Signal(object)  # PersonInput: name and birth were typed

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
        self._decided: tuple[str, str, str] | None = None  # "different person" said for these
        self._asked: tuple[str, str, str] | None = None
        self._while_typing = False
        for field in (self.form.family_name, self.form.given_name, self.form.birth):
            field.editingFinished.connect(self._name_and_birth_typed)
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
        # The form and consent scroll; hint, banner, likely duplicates and buttons stay in view.
        body = QWidget(objectName="register_body")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form, 1)
        column.addWidget(self.consent)
        self.body_area = scrolling(body)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.duplicates)  # above the form, never scrolled out of sight
        layout.addWidget(self.body_area, 1)
        row = QHBoxLayout()
        row.addWidget(self.print_card)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.form.family_name.setFocus()
        self._tab_shortcuts()
        fit_to_screen(self, 680, 820)
        self.discard_guard = DiscardGuard(self, lambda: (self.form.value(), self.consent.scope()))

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
            duplicates_checked=self._decided == self._identity(),
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
        self.consent.show_errors(errors)
        self.form.show_errors(
            errors
        )  # after consent: the first bad field of the form gets the keys
        focused = self.focusWidget()
        if focused is not None:
            self.body_area.ensureWidgetVisible(focused)

    def show_failure(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.banner.setText(message)
        self.banner.show()

    def _identity(self) -> tuple[str, str, str]:
        form = self.form
        return (
            form.family_name.text().strip().casefold(),
            form.given_name.text().strip().casefold(),
            form.birth.text().strip(),
        )

    def _name_and_birth_typed(self) -> None:
        identity = self._identity()
        if not (identity[0] or identity[1]) or not identity[2]:
            return
        if identity in (self._asked, self._decided):
            return
        self._asked = identity
        self.duplicates_wanted.emit(self.form.value())

    def show_duplicates(
        self, matches: Sequence[DuplicateMatch], *, while_typing: bool = False
    ) -> None:
        """Likely matches, on Save or as soon as name and birth are typed (then the keyboard
        stays where the volunteer is typing)."""
        self.buttons.setEnabled(True)
        self._while_typing = while_typing
        self.duplicates.show_matches(matches, take_focus=not while_typing)

    def reject(self) -> None:
        """Esc and Cancel: ask first when anything was typed."""
        self.discard_guard.close(super().reject)

    def _same_person(self, person_id: uuid.UUID) -> None:
        self.same_person_chosen.emit(person_id)
        super().reject()  # nothing is lost: the member is on file

    def _different_person(self) -> None:
        self._decided = self._identity()
        self.duplicates.hide()
        if self._while_typing:
            self.form.family_name.setFocus()
        else:
            self._submit()
