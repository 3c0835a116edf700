"""Larger or smaller text for the whole desk (Ctrl+= and Ctrl+-, Ctrl+0 back to normal),
remembered for each user at this desk and applied again when they sign in."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.services.actor import Actor
from desktop.services.settings import save_settings
from desktop.ui.lock import PUBLIC_SCREEN
from desktop.ui.messages import describe_error

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

STEPS = (90, 100, 115, 130, 150, 175, 200)  # percent of the system's text size
NORMAL = 100


class ZoomController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = w = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        self.base = QFont(app.font())
        self.percent = NORMAL
        w.desk_menu.addSeparator()
        self.act_in = self._action("zoom_in", ("Ctrl+=", "Ctrl++"), lambda: self.step(+1))
        self.act_out = self._action("zoom_out", ("Ctrl+-",), lambda: self.step(-1))
        self.act_normal = self._action("zoom_normal", ("Ctrl+0",), lambda: self.set(NORMAL))
        self.retranslate_ui()
        self.apply_for(w.actor)

    def _action(self, name: str, keys: tuple[str, ...], slot: object) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.desk_menu.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        self.act_in.setText(self.tr("Larger text"))
        self.act_out.setText(self.tr("Smaller text"))
        self.act_normal.setText(self.tr("Normal text size"))

    def apply_for(self, actor: Actor) -> None:
        """The text size this user chose last time (normal for someone new)."""
        self._show(self.window.settings.zoom_by_user.get(actor.username, NORMAL))

    def step(self, direction: int) -> None:
        here = min(range(len(STEPS)), key=lambda i: abs(STEPS[i] - self.percent))
        self.set(STEPS[max(0, min(len(STEPS) - 1, here + direction))])

    def set(self, percent: int) -> None:
        """Show `percent` and remember it for the user at the desk."""
        w = self.window
        self._show(percent)
        chosen = {**w.settings.zoom_by_user, w.actor.username: percent}
        w.settings = replace(w.settings, zoom_by_user=chosen)
        w.say(self.tr("Text size: %1%").replace("%1", str(percent)))

        def work() -> None:
            with w.db.write() as session:
                save_settings(session, zoom_by_user=chosen)

        w.runner.submit(work, None, lambda exc: w.say(describe_error(exc), error=True))

    def _show(self, percent: int) -> None:
        ratio = percent / self.percent
        self.percent = percent
        # Widgets with a font of their own (the search box, the member's name, headings) keep it
        # through an application font change: they grow and shrink by the same ratio.
        for widget in QApplication.allWidgets():
            if widget.window().property(PUBLIC_SCREEN):
                continue  # the waiting room's screen sizes its numbers to its own window
            own = widget.font()
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and own.pointSizeF() > 0:
                own.setPointSizeF(own.pointSizeF() * ratio)
                widget.setFont(own)
        font = QFont(self.base)
        if self.base.pointSizeF() > 0:
            font.setPointSizeF(self.base.pointSizeF() * percent / NORMAL)
        else:
            font.setPixelSize(max(1, round(self.base.pixelSize() * percent / NORMAL)))
        self.app.setFont(font)

    def reset(self) -> None:
        """Back to the system's size (the window closes)."""
        self._show(NORMAL)
