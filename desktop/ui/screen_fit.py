"""Dialogs that fit the desk's small screens: 1280x720 is the smallest the centre has."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

SMALLEST_SCREEN = QSize(1280, 720)
# What the desktop keeps for itself around a dialog: a taskbar and the window's title bar.
TITLE_BAR = 32
FRAME_ROOM = QSize(16, 40 + TITLE_BAR)


def room_for_dialogs(screen_size: QSize | None = None) -> QSize:
    """The largest dialog (inside its frame) that shows whole on `screen_size`."""
    size = screen_size or SMALLEST_SCREEN
    return QSize(size.width() - FRAME_ROOM.width(), size.height() - FRAME_ROOM.height())


def available_room(widget: QWidget) -> QSize:
    """The room for a dialog on `widget`'s screen: its free area (no taskbar) less a title bar."""
    screen = widget.screen()
    if screen is None:
        return room_for_dialogs()
    available = screen.availableGeometry().size()
    return QSize(available.width() - FRAME_ROOM.width(), available.height() - TITLE_BAR)


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open `dialog` at `width` x `height`, or smaller where its screen is smaller."""
    room = available_room(dialog)
    dialog.resize(min(width, room.width()), min(height, room.height()))


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless area that scrolls when the dialog is shorter than it."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
