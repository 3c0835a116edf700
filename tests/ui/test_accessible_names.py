"""Every input, list and button of the desk has a name a screen reader can say: the test walks
the widget tree of the window and of each dialog and fails on an unnamed one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from desktop.db import Database
from desktop.services.actor import Actor
from tests.ui.test_dialogs_fit import OPENERS, open_dialog

NAMED = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QAbstractSpinBox)


def _part_of_another(widget: QWidget) -> bool:
    """Pieces Qt builds inside a named widget (a combo's line, a table's header and corner)."""
    parent = widget.parentWidget()
    return (
        isinstance(widget, QHeaderView)
        or widget.objectName().startswith("qt_")
        or isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar)
    )


def unnamed(top: QWidget) -> list[str]:
    found = []
    for widget in (top, *top.findChildren(QWidget)):
        if not isinstance(widget, NAMED) or widget.isHidden() or _part_of_another(widget):
            continue
        if widget.window() is not top:  # a popup list (a combo's, a completer's) or a dialog
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_the_desk_window_names_every_input_list_and_button(qtbot, desk) -> None:
    assert unnamed(desk) == []


@pytest.mark.parametrize("name", sorted(OPENERS))
def test_each_dialog_names_every_input_list_and_button(
    qtbot, desk, db: Database, actor: Actor, name: str
) -> None:
    dialog = open_dialog(qtbot, desk, db, actor, name)
    assert unnamed(dialog) == []
    dialog.close()
