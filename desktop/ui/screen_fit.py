"""Dialogs that fit the desk's small screens: 1280x720 is the smallest the centre has."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

SMALLEST_SCREEN = QSize(1280, 720)
# What the desktop keeps for itself around a dialog: a taskbar and the window's title bar.
FRAME_ROOM = QSize(16, 40 + 32)


def room_for_dialogs(screen_size: QSize | None = None) -> QSize:
    """The largest dialog (inside its frame) that shows whole on `screen_size`."""
    size = screen_size or SMALLEST_SCREEN
    return QSize(size.width() - FRAME_ROOM.width(), size.height() - FRAME_ROOM.height())


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open `dialog` at `width` x `height`, or smaller where its screen is smaller."""
    screen = dialog.screen()
    if screen is None:
        room = room_for_dialogs()
    else:  # the available area already leaves out the taskbar; keep room for the title bar
        available = screen.availableGeometry().size()
        room = QSize(available.width() - FRAME_ROOM.width(), available.height() - 32)
    dialog.resize(min(width, room.width()), min(height, room.height()))


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless area that scrolls when the dialog is shorter than it."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
