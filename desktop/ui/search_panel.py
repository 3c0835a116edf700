"""The search box and its result list: type a name, number or phone, or scan a card."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.search import PersonMatch
from desktop.ui.table_models import PersonTableModel
from desktop.ui.table_views import list_view

DEBOUNCE_MS = 80


class SearchPanel(QWidget):
    query_changed = Signal(str)  # after a short pause in typing
    query_submitted = Signal(str)  # Enter with no row chosen (a scanned card, or a fresh query)
    person_chosen = Signal(uuid.UUID)
    register_requested = Signal()  # the button beside the box (Ctrl+N)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QLineEdit(objectName="search_box")
        self.box.setAccessibleName(self.tr("Search"))
        self.box.setClearButtonEnabled(True)
        font = self.box.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.box.setFont(font)
        self.model = PersonTableModel(self)
        self.table = list_view(self.model, "search_results")
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.activated.connect(lambda index: self._choose(index.row()))
        self.status = QLabel(objectName="search_status")
        self.status.setWordWrap(True)
        self.register_button = QPushButton(objectName="register_button")
        self.register_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.register_button.clicked.connect(self.register_requested)
        row = QHBoxLayout()
        row.addWidget(self.box, 1)
        row.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.box.text()))
        self.box.textEdited.connect(self._typed)
        self.box.installEventFilter(self)
        self.table.installEventFilter(self)
        self._awaiting_submit = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.box.setPlaceholderText(
            self.tr("Scan the card, or type a name, member number or phone (Ctrl+F)")
        )
        self.register_button.setText(self.tr("Register… (Ctrl+N)"))
        self.register_button.setToolTip(self.tr("Register a newcomer (search first)"))
        self.model.retranslate()
        if self.status.text() and not self.status.styleSheet():  # not the red "no such card"
            self._say_found(self.box.text(), self.model.rowCount())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _typed(self, text: str) -> None:
        self.status.setStyleSheet("")
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            typed = self.box.text()
            if watched is self.box:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._timer.stop()
                    self.query_submitted.emit(typed)
                    return True
                if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                    self.table.setFocus()
                    self.table.selectRow(0)
                    return True
            elif watched is self.table and key == Qt.Key.Key_Escape:
                self.box.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _choose(self, row: int) -> None:
        match = self.model.row_at(row)
        if match is not None:
            self.person_chosen.emit(match.id)

    def show_results(self, query: str, matches: list[PersonMatch]) -> None:
        """Show results unless the box has moved on since `query` was asked."""
        if query.strip() != self.box.text().strip():
            return
        self.model.set_rows(matches)
        if matches:
            self.table.selectRow(0)
        self._say_found(query, len(matches))

    def _say_found(self, query: str, count: int) -> None:
        if count:
            self.status.setText(
                self.tr("%n match(es). Enter opens the first; ↓ to choose.", "", count)
            )
        elif query.strip():
            self.status.setText(
                self.tr("No one found. Check the spelling, or register a newcomer (Ctrl+N).")
            )
        else:
            self.status.setText("")

    def warn_not_found(self, text: str) -> None:
        """Enter on a search that finds no one: said clearly, and loudly (a scanned number above
        all, since the volunteer may not be looking at the screen)."""
        from PySide6.QtWidgets import QApplication

        QApplication.beep()
        self.status.setStyleSheet(
            "background: #b00020; color: white; font-weight: bold; font-size: 13pt; padding: 8px;"
        )
        if any(char.isdigit() for char in text):
            said = self.tr("No member has the number “%1”. Check the card or search by name.")
        else:
            said = self.tr(
                "No one is called “%1”. Check the spelling, or register a newcomer (Ctrl+N)."
            )
        self.status.setText(said.replace("%1", text.strip()))
        self.box.setFocus()
        self.box.selectAll()  # the next scan replaces it

    def start_typing(self, text: str) -> None:
        """A new search that begins with `text` (typed while the focus was elsewhere)."""
        self.box.setFocus()
        self.box.setText(text)
        self._typed(text)

    def reset(self) -> None:
        self._timer.stop()
        self.box.clear()
        self.model.set_rows([])
        self.status.setText("")
        self.status.setStyleSheet("")
        self.box.setFocus()

    def top_match(self) -> PersonMatch | None:
        selected = self.table.selectionModel().selectedRows()
        row = selected[0].row() if selected else 0
        return self.model.row_at(row)
