"""Keys as the desk gets them: to whichever widget has the focus, as a scanner or a hand types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """One key to the focused widget, as a person presses it."""
    qtbot.keyClick(focused(), key, modifier)


def scan(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """A USB barcode scanner: the code's characters typed quickly, then Enter, each key going to
    whatever has the focus at that moment (no waiting between keys)."""
    for char in text:
        qtbot.keyClick(focused(), char)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
