"""Text size by keys (Ctrl+= larger, Ctrl+- smaller), remembered for each user at the desk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.settings import load_settings
from tests.security.conftest import PASSWORD
from tests.ui.keyboard import focused, press


def _sign_in_at_the_lock(qtbot, desk, username: str) -> None:  # type: ignore[no-untyped-def]
    press(
        qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    lock = desk.security.lock
    qtbot.keyClicks(lock.screen.username, username)
    lock.screen.password.setFocus()
    qtbot.keyClicks(focused(), PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.is_locked and desk.actor.username == username)


def test_each_user_keeps_their_text_size(
    qtbot, desk, db: Database, volunteer: Actor, caseworker: Actor
) -> None:
    desk.actor = volunteer
    base = desk.zoom.base.pointSizeF()
    search_font = desk.search.box.font().pointSizeF()  # larger than the rest, set on its own
    desk.search.box.setFocus()
    press(qtbot, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert desk.zoom.percent == 130
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.3)
    qtbot.waitUntil(lambda: desk.today.table.font().pointSizeF() > base)  # the lists follow
    assert desk.search.box.font().pointSizeF() == pytest.approx(search_font * 1.3)
    assert desk.search.box.text() == ""  # the keys did not type into the search
    desk.runner.wait_for_done()
    with db.read() as session:
        assert load_settings(session).zoom_by_user == {"volunteer": 130}

    _sign_in_at_the_lock(qtbot, desk, "caseworker")
    assert desk.zoom.percent == 100  # someone else: their own size
    press(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert desk.zoom.percent == 90
    _sign_in_at_the_lock(qtbot, desk, "volunteer")
    assert desk.zoom.percent == 130
    desk.runner.wait_for_done()
    desk.close()
    assert QApplication.font().pointSizeF() == pytest.approx(base)
