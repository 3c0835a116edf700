"""F1: every keyboard shortcut of the window, over the window; Esc or F1 closes it.

The menu shortcuts are read from the window's own actions each time it opens, so the list cannot
fall behind the menus; the keys of the desk flow (scan, Enter, 1…0) are listed by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.table_models import Column, RowTableModel

# The desk flow's keys, which are not menu actions (keys, what they do), in the order of a visit.
FLOW_KEYS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Scan, or type + Enter"),
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Find a member: card, name, number or phone"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Enter"),
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Open the first match (or the scanned card)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "↓ / ↑"),
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Move through the results"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "1 … 0"),
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Tick or untick a service"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Enter"),
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Check in and print the slip"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Check in the whole household"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "A letter"),
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Start a new search (a card scanned mid-visit)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Esc"),
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "Back to the search box"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "F11 / Esc"),
        QT_TRANSLATE_NOOP("ShortcutsOverlay", "On the now-serving screen: full screen on / off"),
    ),
)


@dataclass(frozen=True)
class ShortcutRow:
    keys: str  # as the keyboard shows them, in the window's language
    what: str
    heading: bool = False  # a group's title (a menu's name)


def plain(text: str) -> str:
    """A menu text as read: without the & of its mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(sequences: Sequence[QKeySequence]) -> str:
    return " / ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """The flow's keys, then each menu's shortcuts, then any other shortcut on the window."""
    rows = [ShortcutRow("", translate("ShortcutsOverlay", "At the desk"), heading=True)]
    rows += [
        ShortcutRow(translate("ShortcutsOverlay", k), translate("ShortcutsOverlay", w))
        for k, w in FLOW_KEYS
    ]
    listed: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu) or not top.isVisible():
            continue
        found = []
        for action in menu.actions():
            if key_text(action.shortcuts()):
                found.append(ShortcutRow(key_text(action.shortcuts()), plain(action.text())))
                listed.add(id(action))
        if found:
            rows.append(ShortcutRow("", plain(top.text()), heading=True))
            rows += found
    others = [
        ShortcutRow(key_text(a.shortcuts()), plain(a.text()) or a.objectName())
        for a in window.findChildren(QAction)
        if key_text(a.shortcuts()) and id(a) not in listed
    ] + [
        ShortcutRow(key_text([s.key()]), plain(s.whatsThis()) or s.objectName())
        for s in window.findChildren(QShortcut)
        if key_text([s.key()])
    ]
    if others:
        rows.append(ShortcutRow("", translate("ShortcutsOverlay", "Elsewhere"), heading=True))
        rows += others
    return rows


class ShortcutRowModel(RowTableModel[ShortcutRow]):
    context = "ShortcutsOverlay"
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("ShortcutsOverlay", "Keys"), lambda r: r.what if r.heading else r.keys),
        (
            QT_TRANSLATE_NOOP("ShortcutsOverlay", "What they do"),
            lambda r: "" if r.heading else r.what,
        ),
    )

    def extra_data(self, row: ShortcutRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and (row.heading or column == 0):
            font = QFont()
            font.setBold(True)
            if row.heading:
                font.setPointSizeF(font.pointSizeF() * 1.15)
            return font
        return None


class ShortcutsOverlay(QWidget):
    """Dims the window and lists the shortcuts; Esc, F1 or a click closes it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("shortcuts_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#shortcuts_overlay { background: rgba(0, 0, 0, 150); }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.panel = QFrame(objectName="shortcuts_panel")
        self.panel.setStyleSheet(
            "#shortcuts_panel { background: palette(window); border-radius: 8px; }"
        )
        self.title = QLabel(objectName="shortcuts_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.hint = QLabel(objectName="shortcuts_hint")
        self.model = ShortcutRowModel(self)
        self.table = QTableView(objectName="shortcuts_table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        inner = QVBoxLayout(self.panel)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addWidget(self.table, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        outer.addWidget(self.panel)
        window.installEventFilter(self)  # follow the window's size
        self._back_to: QWidget | None = None
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Keyboard shortcuts"))
        self.hint.setText(self.tr("Esc or F1 closes this list."))
        if self.isVisible():
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self) -> None:
        self.model.set_rows(shortcut_rows(self.window_))
        self.table.clearSpans()
        for row, item in enumerate(self.model.rows):
            if item.heading:  # a menu's name across both columns
                self.table.setSpan(row, 0, 1, 2)
        self.table.resizeRowsToContents()

    def open(self) -> None:
        self._back_to = self.window_.focusWidget()
        self._fill()
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self.setFocus()

    def close_overlay(self) -> None:
        self.hide()
        if self._back_to is not None:
            self._back_to.setFocus()

    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
        else:
            self.open()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.close_overlay()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_overlay()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_.rect())
        return super().eventFilter(watched, event)
