"""The chosen person: who they are, their recent visits, and the services to check them in to."""

from __future__ import annotations

import uuid

from babel.dates import format_date
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Person, Service
from desktop.services.reference import language_name
from desktop.services.visits import VisitRow
from desktop.ui.language import babel_locale, country_label, service_label
from desktop.ui.table_models import HistoryTableModel
from desktop.ui.table_views import fit_columns_to_contents

SHORTCUT_KEYS = "1234567890"
# Services 11 to 20: the same digits with Alt, the second row of keys.
SECOND_ROW = {getattr(Qt.Key, f"Key_{digit}"): n for n, digit in enumerate(SHORTCUT_KEYS)}
# A USB scanner types a card's characters a few milliseconds apart; a hand needs far longer
# between keys. This many keys this close together are a card, not services being ticked.
SCAN_GAP_MS = 35
SCAN_MIN_KEYS = 3


def _bold_and_larger(label: QLabel, factor: float) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)


class PersonPanel(QWidget):
    check_in_requested = Signal(uuid.UUID, list, str)  # person id, service ids, note
    edit_requested = Signal(uuid.UUID)
    card_requested = Signal(uuid.UUID)
    intake_form_requested = Signal(uuid.UUID)
    household_requested = Signal(uuid.UUID)
    duplicates_requested = Signal(uuid.UUID)
    family_check_in_requested = Signal(uuid.UUID, list, str)  # person id, service ids, note
    back_to_search = Signal()
    search_typed = Signal(str)  # a letter typed here: a new search (a card scanned mid-visit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id: uuid.UUID | None = None
        self._person: Person | None = None
        # The keys of the current quick run: (text, the service it ticked, if any).
        self._burst: list[tuple[str, int | None]] = []
        self._last_key_ms = 0
        self.name = QLabel(objectName="person_name")
        _bold_and_larger(self.name, 1.6)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(objectName="person_details")
        self.details.setWordWrap(True)
        self.warning = QLabel(objectName="person_warning")
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        # After a check-in: the queue number to tell the visitor, large, until the next person.
        self.queue_number = QLabel(objectName="checked_in_number")
        _bold_and_larger(self.queue_number, 5)
        self.queue_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queue_caption = QLabel(objectName="checked_in_caption")
        self.queue_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queue_caption.setWordWrap(True)
        for label in (self.queue_number, self.queue_caption):
            label.setStyleSheet("color: #0b3d91;")  # stays dark while the panel waits, disabled
            label.hide()
        self._checked_in: tuple[int, str, bool] | None = None

        self.services_box = QGroupBox()
        self.services_grid = QGridLayout(self.services_box)
        self.checks: list[tuple[QCheckBox, Service]] = []
        self.note = QLineEdit(objectName="visit_note")
        self.note.setAccessibleName(self.tr("Note for this visit"))
        self.check_in_button = QPushButton(objectName="check_in_button")
        self.check_in_button.setDefault(True)
        self.check_in_button.clicked.connect(self._request_check_in)
        self.edit_button = QPushButton(objectName="edit_person_button")
        self.edit_button.clicked.connect(
            lambda: self.person_id and self.edit_requested.emit(self.person_id)
        )

        self.history_model = HistoryTableModel(self)
        self.history = QTableView(objectName="person_history")
        self.history.setAccessibleName(self.tr("Recent visits"))
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns_to_contents(self.history)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.warning)
        layout.addWidget(self.queue_number)
        layout.addWidget(self.queue_caption)
        layout.addLayout(self._intake_buttons())
        layout.addWidget(self.services_box)
        layout.addWidget(self.note)
        layout.addWidget(self.check_in_button)
        layout.addWidget(self.family_button)
        self.history_label = QLabel()
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self.installEventFilter(self)
        self.note.installEventFilter(self)
        self.clear()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.services_box.setTitle(self.tr("Services (press the number to tick)"))
        self.note.setPlaceholderText(self.tr("Note for this visit (optional)"))
        self.check_in_button.setText(self.tr("Check in and print slip  (Enter)"))
        self.edit_button.setText(self.tr("Edit details"))
        self.history_label.setText(self.tr("Recent visits"))
        self.print_card_button.setText(self.tr("Print card"))
        self.intake_form_button.setText(self.tr("Intake form"))
        self.household_button.setText(self.tr("Household…"))
        self.duplicates_button.setText(self.tr("Duplicates…"))
        self.family_button.setText(self.tr("Check in the whole household"))
        self.history_model.retranslate()
        for position, (box, service) in enumerate(self.checks):
            self._label_service(position, box, service)
        if self._person is not None:
            self._describe(self._person)
        else:
            self._describe_nobody()
        self._describe_check_in()

    def _label_service(self, position: int, box: QCheckBox, service: Service) -> None:
        rows = len(SHORTCUT_KEYS)
        if position < rows:
            key = SHORTCUT_KEYS[position]
        elif position < 2 * rows:
            key = self.tr("Alt+%1").replace("%1", SHORTCUT_KEYS[position - rows])
        else:
            key = ""
        name = service_label(service.code, service.name)
        box.setText(f"{key}  {name}" if key else name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _intake_buttons(self) -> QHBoxLayout:
        """Card, paper form, household and duplicates: the intake actions on this member."""
        row = QHBoxLayout()
        self.print_card_button = QPushButton(objectName="print_card_button")
        self.intake_form_button = QPushButton(objectName="intake_form_button")
        self.household_button = QPushButton(objectName="household_button")
        self.duplicates_button = QPushButton(objectName="duplicates_button")
        for button, signal in (
            (self.print_card_button, self.card_requested),
            (self.intake_form_button, self.intake_form_requested),
            (self.household_button, self.household_requested),
            (self.duplicates_button, self.duplicates_requested),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys here tick services
            button.clicked.connect(
                lambda _c=False, s=signal: self.person_id and s.emit(self.person_id)
            )
            row.addWidget(button)
        row.addStretch(1)
        self.family_button = QPushButton(objectName="family_check_in_button")
        self.family_button.clicked.connect(self._request_family_check_in)
        self.family_button.hide()
        return row

    def _request_family_check_in(self) -> None:
        if self.person_id is not None:
            self.family_check_in_requested.emit(
                self.person_id, self.selected_service_ids(), self.note.text()
            )

    def set_services(self, services: list[Service]) -> None:
        for box, _ in self.checks:
            box.deleteLater()
        self.checks = []
        for i, service in enumerate(services):
            box = QCheckBox()
            box.setObjectName(f"service_{service.code}")
            box.installEventFilter(self)
            self.checks.append((box, service))
            self._label_service(i, box, service)
            self.services_grid.addWidget(box, i // 2, i % 2)

    def show_checked_in(self, queue_number: int, name: str, slip: bool) -> None:
        """The queue number just given, large, until the next person is opened."""
        self._checked_in = (queue_number, name, slip)
        self._describe_check_in()

    def _describe_check_in(self) -> None:
        shown = self._checked_in is not None
        self.queue_number.setVisible(shown)
        self.queue_caption.setVisible(shown)
        if self._checked_in is None:
            return
        number, name, slip = self._checked_in
        self.queue_number.setText(str(number))
        caption = (
            self.tr("Queue number of %1. The slip is in the print queue.")
            if slip
            else self.tr("Queue number of %1. These services print no slip: tell them the number.")
        )
        self.queue_caption.setText(caption.replace("%1", name))

    def show_person(self, person: Person, history: list[VisitRow]) -> None:
        self._checked_in = None
        self._describe_check_in()
        self.person_id = person.id
        self._person = person
        self._describe(person)
        self.history_model.set_rows(history)
        for box, _ in self.checks:
            box.setChecked(False)
        self.note.clear()
        self.family_button.setVisible(person.household_id is not None)
        self.setEnabled(True)
        self.setFocus()

    def _describe(self, person: Person) -> None:
        """Who the person is, in the window's language (dates and countries by Babel)."""
        locale = babel_locale()
        title = person.display_name
        if person.preferred_name:
            title += f"  “{person.preferred_name}”"
        self.name.setText(title)
        born = (
            format_date(person.date_of_birth, "medium", locale=locale)
            if person.date_of_birth
            else (str(person.birth_year) if person.birth_year else "")
        )
        lines = [
            f"<b>{person.member_number}</b>",
            person.name_original,
            self.tr("Born: %1").replace("%1", born) if born else "",
            country_label(person.country_of_origin),
            self.tr("Speaks: %1").replace("%1", language_name(person.preferred_language, locale))
            if person.preferred_language
            else "",
        ]
        self.details.setText(" · ".join(p for p in lines if p))
        if person.status != "active":
            self.warning.setText(self.tr("Membership status: %1").replace("%1", person.status))
            self.warning.show()
        else:
            self.warning.hide()

    def clear(self) -> None:
        self._checked_in = None
        self._describe_check_in()
        self.person_id = None
        self._person = None
        self._describe_nobody()
        self.history_model.set_rows([])
        for box, _ in self.checks:
            box.setChecked(False)
        self.setEnabled(False)

    def _describe_nobody(self) -> None:
        self.name.setText(self.tr("No one chosen"))
        self.details.setText(self.tr("Find a member on the left, then press Enter."))
        self.warning.hide()

    def selected_service_ids(self) -> list[uuid.UUID]:
        return [service.id for box, service in self.checks if box.isChecked()]

    def toggle_service(self, position: int) -> None:
        if 0 <= position < len(self.checks):
            box = self.checks[position][0]
            box.setChecked(not box.isChecked())

    def _request_check_in(self) -> None:
        if self.person_id is not None:
            self.check_in_requested.emit(
                self.person_id, self.selected_service_ids(), self.note.text()
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, text = event.key(), event.text()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
                if control and self.family_button.isVisibleTo(self):
                    self._request_family_check_in()  # Ctrl+Enter: the whole household
                else:
                    self._request_check_in()
                return True
            if key == Qt.Key.Key_Escape:
                self.back_to_search.emit()
                return True
            if event.modifiers() == Qt.KeyboardModifier.AltModifier and key in SECOND_ROW:
                self.toggle_service(len(SHORTCUT_KEYS) + SECOND_ROW[key])  # services 11 to 20
                return True
            if watched is not self.note and text and text.isprintable():
                return self._typed_key(text, event)
        return super().eventFilter(watched, event)

    def _typed_key(self, text: str, event: QKeyEvent) -> bool:
        """A number key ticks its service; a card scanned over the open person starts a search.

        A scanned card (its letters, or its digits arriving faster than a hand types) must not
        tick this person's services, nor its Enter check them in: the services its first digits
        ticked are unticked again and the whole card goes to the search box.
        """
        # Keyboards stamp every key; a key without a time (a synthetic one) counts as a hand's.
        now = event.timestamp()
        if not now or now - self._last_key_ms > SCAN_GAP_MS:
            self._burst = []
        self._last_key_ms = now
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if not plain:
            return False
        if text in SHORTCUT_KEYS and len(self._burst) + 1 < SCAN_MIN_KEYS:
            position = SHORTCUT_KEYS.index(text)
            self.toggle_service(position)
            self._burst.append((text, position))
            return True
        self._burst.append((text, None))
        if text.isalpha() or len(self._burst) >= SCAN_MIN_KEYS:
            for _, ticked in self._burst:
                if ticked is not None:
                    self.toggle_service(ticked)
            scanned = "".join(typed for typed, _ in self._burst)
            self._burst = []
            self.search_typed.emit(scanned)
            return True
        return False
