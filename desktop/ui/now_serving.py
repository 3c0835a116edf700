"""The "now serving" screen: big queue numbers for a second screen the waiting room can read.

Numbers only, never names. It shows what it is given (`show_board`); the controller in
now_serving_flow.py reads the queue through the services and calls the next number.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.services.calling import QueueBoard
from desktop.ui.lock import PUBLIC_SCREEN

SHOWN_NEXT = 4  # numbers listed under "next"
FLASH_MS = 2500

_CALM = "background: #0b2545; color: #ffffff;"
_FLASH = "background: #ffd23f; color: #0b2545;"


def screen_after(screens: Sequence[QScreen], current: QScreen | None) -> QScreen | None:
    """The screen after `current` in the list, wrapping round (for "move to the next screen")."""
    if not screens:
        return None
    if current is None or current not in screens:
        return screens[0]
    return screens[(list(screens).index(current) + 1) % len(screens)]


def second_screen(screens: Sequence[QScreen], desk_screen: QScreen | None) -> QScreen | None:
    """A screen other than the desk's, if there is one."""
    return next((s for s in screens if s is not desk_screen), None)


class NowServingWindow(QWidget):
    """A top-level window; F11 or double-click toggles full screen, Esc leaves it."""

    def __init__(self, centre_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("now_serving_window")
        # Numbers only: it stays up while the desk is locked, and never takes the desk's keys.
        self.setProperty(PUBLIC_SCREEN, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.centre_name = centre_name
        self.board: QueueBoard | None = None
        self.frame = QFrame(objectName="now_serving_frame")
        self.frame.setStyleSheet(_CALM)
        self.serving_title = QLabel(objectName="now_serving_title")
        self.serving_number = QLabel(objectName="now_serving_number")
        self.next_title = QLabel(objectName="next_title")
        self.next_numbers = QLabel(objectName="next_numbers")
        self.called_title = QLabel(objectName="called_title")
        self.called_numbers = QLabel(objectName="called_numbers")
        self.footer = QLabel(objectName="now_serving_footer")
        for label in (self.serving_title, self.serving_number, self.next_title, self.next_numbers):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.called_title, self.called_numbers, self.footer):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("color: #c9d6ea;")
        self.footer.setWordWrap(True)
        self.next_numbers.setWordWrap(True)
        for label in self.findChildren(QLabel):  # the columns keep their share, whatever the font
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left = QVBoxLayout()
        left.addStretch(1)
        left.addWidget(self.serving_title)
        left.addWidget(self.serving_number)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addStretch(1)
        right.addWidget(self.next_title)
        right.addWidget(self.next_numbers)
        right.addSpacing(24)
        right.addWidget(self.called_title)
        right.addWidget(self.called_numbers)
        right.addStretch(1)
        columns = QHBoxLayout()
        divider = QFrame(objectName="now_serving_divider")
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setStyleSheet("color: #3d5a80;")
        columns.addLayout(left, 3)
        columns.addWidget(divider)
        columns.addLayout(right, 2)
        inner = QVBoxLayout(self.frame)
        inner.addLayout(columns, 1)
        inner.addWidget(self.footer)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self.frame.setStyleSheet(_CALM))
        self.resize(960, 540)
        self.retranslate_ui()
        self._scale_fonts()

    # --- words ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Now serving — Front Desk"))
        self.serving_title.setText(self.tr("Now serving"))
        self.next_title.setText(self.tr("Next"))
        self.called_title.setText(self.tr("Called before"))
        self.footer.setText(
            self.tr("Please have your slip ready. Your number is on it.")
            + (f"\n{self.centre_name}" if self.centre_name else "")
        )
        self._show_numbers()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate_ui()
        super().changeEvent(event)

    # --- numbers ----------------------------------------------------------------------------
    def show_board(self, board: QueueBoard) -> None:
        """Show `board`; a newly called number flashes so the room notices."""
        called_now = (
            board.serving is not None
            and self.board is not None
            and (board.serving, board.day) != (self.board.serving, self.board.day)
        )
        self.board = board
        self._show_numbers()
        if called_now:
            self.flash()

    def _show_numbers(self) -> None:
        board = self.board
        self.serving_number.setText(
            str(board.serving) if board and board.serving is not None else "—"
        )
        # Digits carry no direction: a right-to-left mark makes a row of numbers read from the
        # right in Arabic, each number still written left to right.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        mark = "\u200f" if rtl else ""
        waiting = board.waiting[:SHOWN_NEXT] if board else ()
        self.next_numbers.setText(mark + "   ".join(str(n) for n in waiting) if waiting else "—")
        before = board.called_before if board else ()
        self.called_numbers.setText(mark + "   ".join(str(n) for n in before) if before else "")
        self.called_title.setVisible(bool(before))
        self.called_numbers.setVisible(bool(before))
        self.next_numbers.setToolTip(self.tr("%n waiting", "", len(board.waiting)) if board else "")

    def flash(self) -> None:
        """Light up for a moment: a number was just called (again)."""
        self.frame.setStyleSheet(_FLASH)
        self._flash_timer.start()

    # --- size and screens -------------------------------------------------------------------
    def _scale_fonts(self) -> None:
        """Sizes follow the window, so the numbers read from across the room on any screen."""
        unit = max(8.0, min(self.height() / 10.0, self.width() / 16.0))
        for label, factor, bold in (
            (self.serving_title, 0.55, True),
            (self.serving_number, 3.2, True),
            (self.next_title, 0.55, True),
            (self.next_numbers, 0.9, True),
            (self.called_title, 0.35, False),
            (self.called_numbers, 0.6, False),
            (self.footer, 0.3, False),
        ):
            font = QFont(label.font())
            font.setPointSizeF(unit * factor)
            font.setBold(bold)
            label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def show_on(self, screen: QScreen | None, *, full_screen: bool) -> None:
        """Show on `screen` (this one if None), full screen or as a window."""
        if screen is not None and screen is not self.screen():
            if self.isFullScreen():
                self.showNormal()
            self.setScreen(screen)
            self.move(screen.availableGeometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()

    def toggle_full_screen(self) -> None:
        self.show_on(None, full_screen=not self.isFullScreen())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: object) -> None:  # type: ignore[override]
        self.toggle_full_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._flash_timer.stop()
        super().closeEvent(event)
