"""The desk lock: after idle minutes or Ctrl+L the window shows no personal data until the
volunteer signs in again; their place and any half-filled form come back as they were.

Another person may sign in instead (switching user): the last person's open forms are then
closed unsaved, so no one sees what someone else was typing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts import attempt_login
from desktop.services.actor import Actor
from desktop.ui.messages import describe_error

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
LOCK_KEYS = "Ctrl+L"
SWITCH_KEYS = "Ctrl+Shift+L"
PUBLIC_SCREEN = "public_screen"  # a window property: shows no personal data, stays up when locked
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockScreen(QWidget):
    """What a locked desk shows: the centre's name, who locked it, and a sign-in form."""

    unlock_requested = Signal(str, str)  # username, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.title = QLabel(objectName="lock_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.hint = QLabel(objectName="lock_hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.username = QLineEdit(objectName="lock_username")
        self.password = QLineEdit(objectName="lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="lock_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.button = QPushButton(self.tr("Unlock"), objectName="lock_unlock")
        self.button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        box = QWidget()
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)

    def show_for(self, centre: str, username: str) -> None:
        self.title.setText(self.tr("Front Desk is locked"))
        self.hint.setText(
            self.tr(
                "%1 — %2 locked this desk. Type your password to carry on where you were, "
                "or sign in as someone else."
            )
            .replace("%1", centre)
            .replace("%2", username)
        )
        self.username.setText(username)
        self.password.clear()
        self.error.clear()
        self.button.setEnabled(True)
        (self.password if username else self.username).setFocus()

    def _submit(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.error.setText(self.tr("Type your user name and password."))
            return
        self.button.setEnabled(False)
        self.unlock_requested.emit(self.username.text().strip(), self.password.text())

    def refuse(self, message: str) -> None:
        self.password.clear()
        self.error.setText(message)
        self.button.setEnabled(True)
        self.password.setFocus()


class DeskLock(QObject):
    """Locks `window` after `minutes` without a key or mouse press, or when asked."""

    locked = Signal()
    unlocked = Signal(object)  # the Actor now at the desk
    user_switched = Signal(object)  # the Actor who took over

    def __init__(self, window: MainWindow, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.is_locked = False
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._focus: QWidget | None = None
        self.stack = QStackedWidget(objectName="lock_stack")
        content = window.takeCentralWidget()
        assert content is not None
        self.stack.addWidget(content)
        self.screen = LockScreen()
        self.stack.addWidget(self.screen)
        window.setCentralWidget(self.stack)
        self.screen.unlock_requested.connect(self._check)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.is_locked and event.type() in _ACTIVITY:
            self.timer.start()  # restart: idle time counts from the last key or click
        if (
            not self.is_locked
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is not self.window
        ):
            # A dialog has the keys (the window's own shortcuts are blocked behind it): Ctrl+L
            # and Ctrl+Shift+L still lock, from any form or message.
            pressed = QKeySequence(event.keyCombination())
            for keys, switching in ((LOCK_KEYS, False), (SWITCH_KEYS, True)):
                if pressed.matches(QKeySequence(keys)) == QKeySequence.SequenceMatch.ExactMatch:
                    self.lock(switching=switching)
                    return True
        return False

    def lock(self, *, switching: bool = False) -> None:
        """Hide every window's personal data; keep it all as it is underneath."""
        if self.is_locked:
            if switching:
                self.screen.show_for(self.window.settings.centre_name, "")
            return
        w = self.window
        self.is_locked = True
        self.timer.stop()
        self._focus = QApplication.focusWidget()
        app = QApplication.instance()
        tops = app.topLevelWidgets() if isinstance(app, QApplication) else []
        self._hidden = [
            t for t in tops if t is not w and t.isVisible() and not t.property(PUBLIC_SCREEN)
        ]
        for top in self._hidden:  # forms, message boxes: hidden, not closed
            top.hide()
        self._disabled = [a for a in w.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        w.menuBar().hide()
        w.statusBar().hide()
        self.stack.setCurrentWidget(self.screen)
        w.activateWindow()  # the keys go to the lock's fields, never to a hidden form
        w.raise_()
        self.screen.show_for(w.settings.centre_name, "" if switching else w.actor.username)
        log.info("desk locked (%s)", w.actor.username)
        self.locked.emit()

    def _check(self, username: str, password: str) -> None:
        db = self.window.db

        def work() -> Actor:
            with db.write() as session:
                attempt = attempt_login(session=session, username=username, password=password)
            return attempt.actor_or_raise()

        self.window.runner.submit(
            work, self._open, lambda exc: self.screen.refuse(describe_error(exc))
        )

    def _open(self, actor: Actor) -> None:
        w = self.window
        same = actor.user_id == w.actor.user_id
        w.menuBar().show()
        w.statusBar().show()
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.stack.setCurrentIndex(0)
        self.is_locked = False
        self.timer.start()
        hidden, self._hidden = self._hidden, []
        if same:
            w.actor = actor  # the role may have changed meanwhile
            for top in hidden:
                top.show()
            if self._focus is not None:
                self._focus.window().activateWindow()  # the form the volunteer was typing in
                self._focus.setFocus()
            self.unlocked.emit(actor)
        else:
            for top in hidden:  # someone else: the last person's unsaved forms are dropped
                if isinstance(top, QDialog):
                    top.done(QDialog.DialogCode.Rejected)  # unasked: not theirs to keep
                top.close()
            w.actor = actor
            self.user_switched.emit(actor)
            self.unlocked.emit(actor)
        log.info("desk unlocked by %s", actor.username)
