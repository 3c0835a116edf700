"""A searchable list of countries or languages that also reads everyday names and aliases."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class NamePicker(QComboBox):
    """Completes as you type any part of a name; "Bengali" or "DR Congo" is read as the item it
    names (shown as that item when the field is left). What matches nothing is kept as typed, so
    the form's check names it instead of saving an empty value."""

    def __init__(
        self,
        name: str,
        items: list[tuple[str, str]],
        resolve: Callable[[str], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName=name)
        self.resolve = resolve
        self.addItem("", "")
        for code, label in items:
            self.addItem(label, code)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        assert completer is not None  # an editable combo always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self.show_resolved)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms the name and moves on, like Tab: it never saves the whole form."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.show_resolved()
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def code(self) -> str:
        """The code of the item shown or named; the typed text itself when it names none."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return self.resolve(text) or text

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0 or not code:
            self.setCurrentIndex(max(0, index))
        else:  # a value no longer in the list stays visible rather than vanishing
            self.setEditText(code)

    def show_resolved(self) -> None:
        text = self.currentText().strip()
        if not text or self.findText(text, Qt.MatchFlag.MatchFixedString) >= 0:
            return
        code = self.resolve(text)
        index = self.findData(code) if code else -1
        if index >= 0:
            self.setCurrentIndex(index)
