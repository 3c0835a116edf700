"""The Queue menu: call the next number (F9), and the now-serving screen for the waiting room
(F8 shows it, on a second screen when there is one). The board follows check-ins and the day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from desktop.services import clock
from desktop.services.calling import QueueBoard, call_next, queue_board
from desktop.ui.messages import describe_error
from desktop.ui.now_serving import NowServingWindow, screen_after, second_screen

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

DAY_CHECK_MS = 30_000  # how often to notice that midnight passed


class NowServingController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = w = window
        self.screen_window: NowServingWindow | None = None
        self.board: QueueBoard | None = None
        self.menu = menu = QMenu(w)
        menu.setObjectName("queue_menu")
        self.menu_action = w.menuBar().insertMenu(w.language_menu.menuAction(), menu)
        self.act_call_next = w._action(menu, "", "F9", self.call_next)
        self.act_call_again = w._action(menu, "", "Shift+F9", self.call_again)
        menu.addSeparator()
        self.act_show = w._action(menu, "", "F8", self.toggle_screen)
        self.act_move = w._action(menu, "", "Shift+F8", self.move_to_next_screen)
        self.act_full = w._action(menu, "", "Ctrl+F8", self.toggle_full_screen)
        w.runner.changed.connect(self._data_changed)
        self._day = clock.today()
        self.day_timer = QTimer(self, interval=DAY_CHECK_MS)
        self.day_timer.timeout.connect(self._check_day)
        self.day_timer.start()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.menu_action.setText(self.tr("&Queue"))
        self.act_call_next.setText(self.tr("&Call the next number"))
        self.act_call_again.setText(self.tr("Call the same number &again"))
        self.act_show.setText(self.tr("&Now-serving screen (show or hide)"))
        self.act_move.setText(self.tr("&Move it to the next screen"))
        self.act_full.setText(self.tr("&Full screen on or off"))

    # --- the board --------------------------------------------------------------------------
    def refresh(self) -> None:
        w = self.window
        desk_id = w.actor.desk_id

        def work() -> QueueBoard:
            with w.db.read() as session:
                return queue_board(session, desk_id=desk_id)

        w.runner.submit(work, self._show, lambda exc: w.say(describe_error(exc), error=True))

    def _show(self, board: QueueBoard) -> None:
        self.board = board
        self._day = board.day
        if self.screen_window is not None:
            self.screen_window.show_board(board)

    def _data_changed(self, what: str) -> None:
        if what in ("visits", "people") and self.screen_window is not None:
            self.refresh()

    def _check_day(self) -> None:
        """After midnight the numbers start at 1 again: show the new day's (empty) board."""
        if clock.today() != self._day:
            self._day = clock.today()
            self.refresh()
            self.window.refresh_today()

    # --- calling ----------------------------------------------------------------------------
    def call_next(self) -> None:
        w = self.window
        actor = w.actor

        def work() -> QueueBoard:
            with w.db.write() as session:
                return call_next(session=session, actor=actor)

        def done(board: QueueBoard) -> None:
            self._show(board)
            if board.just_called is None:
                w.say(self.tr("No one is waiting."))
            else:
                QApplication.beep()
                w.say(self.tr("Calling number %1.").replace("%1", str(board.just_called)))

        w.runner.submit(
            work, done, lambda exc: w.say(describe_error(exc), error=True), changes="queue"
        )

    def call_again(self) -> None:
        """The number just called, once more (someone did not hear it): the screen flashes."""
        if self.board is None or self.board.serving is None:
            self.window.say(self.tr("No number has been called yet today."))
            return
        QApplication.beep()
        if self.screen_window is not None:
            self.screen_window.flash()
        self.window.say(self.tr("Calling number %1 again.").replace("%1", str(self.board.serving)))

    # --- the screen -------------------------------------------------------------------------
    def open_screen(self) -> NowServingWindow:
        """Show the screen: full screen on a second display if there is one, else a window."""
        if self.screen_window is None:
            self.screen_window = NowServingWindow(self.window.settings.centre_name, self.window)
        screen = second_screen(QGuiApplication.screens(), self.window.screen())
        self.screen_window.show_on(screen, full_screen=screen is not None)
        self.refresh()
        self.window.activateWindow()  # the desk keeps the keyboard
        return self.screen_window

    def toggle_screen(self) -> None:
        if self.screen_window is not None and self.screen_window.isVisible():
            self.screen_window.hide()
        else:
            self.open_screen()

    def move_to_next_screen(self) -> None:
        window = self.screen_window if self.screen_window is not None else self.open_screen()
        target = screen_after(QGuiApplication.screens(), window.screen())
        window.show_on(target, full_screen=window.isFullScreen())
        self.window.activateWindow()

    def toggle_full_screen(self) -> None:
        window = self.screen_window if self.screen_window is not None else self.open_screen()
        window.toggle_full_screen()
        self.window.activateWindow()
