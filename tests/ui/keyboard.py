"""Keys as the desk gets them: to whichever widget has the focus, as a scanner or a hand types.

Scanned and hand-typed keys carry explicit timestamps from a clock of the test's own, so
whether keys count as a scan never depends on how busy the machine is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

SCANNER_GAP_MS = 4  # a USB scanner types a card's characters a few milliseconds apart
HAND_GAP_MS = 180  # a quick hand, still far slower than a scanner
_clock = [1_000_000]  # milliseconds: the keys' own time line


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """One key to the focused widget, as a person presses it (shortcuts included)."""
    qtbot.keyClick(focused(), key, modifier)


def _later(gap_ms: int) -> int:
    _clock[0] += gap_ms
    return _clock[0]


def key_at(char_or_key: str | Qt.Key, at_ms: int) -> None:
    """One key press and release to the focused widget, stamped `at_ms`."""
    if isinstance(char_or_key, str):
        key, text = Qt.Key(ord(char_or_key.upper())), char_or_key
    else:
        key, text = char_or_key, "\r" if char_or_key == Qt.Key.Key_Return else ""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(at_ms)
        QApplication.sendEvent(focused(), event)


def scan(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """A USB barcode scanner: the code's characters SCANNER_GAP_MS apart, then Enter, each key
    going to whatever has the focus at that moment."""
    for char in text:
        key_at(char, _later(SCANNER_GAP_MS))
    key_at(Qt.Key.Key_Return, _later(SCANNER_GAP_MS))


def type_by_hand(qtbot, keys: str) -> None:  # type: ignore[no-untyped-def]
    """Keys pressed one after another by a person, HAND_GAP_MS apart."""
    for char in keys:
        key_at(char, _later(HAND_GAP_MS))
