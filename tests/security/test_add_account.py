"""The admin adds an account: a short password or two that differ are said in the dialog, and
everything typed stays; the password is asked twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.db import Database
from desktop.models import UserAccount
from desktop.services.actor import Actor
from tests.security.conftest import PASSWORD
from tests.ui.keyboard import focused, press


def test_a_short_password_keeps_what_was_typed_and_the_password_is_confirmed(
    qtbot, desk, db: Database, admin: Actor
) -> None:
    desk.actor = admin
    desk.security.apply_role()
    desk.security.open_users()
    qtbot.waitUntil(lambda: getattr(desk.security, "users_dialog", None) is not None)
    users = desk.security.users_dialog
    qtbot.waitUntil(users.isVisible)
    users.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(users, "new_user_dialog", None) is not None)
    dialog = users.new_user_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.username
    for text in ("wanjiru", "Wanjiru Kamau"):
        qtbot.keyClicks(focused(), text)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # the role: volunteer
    qtbot.keyClicks(focused(), "short")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "short")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "at least" in dialog.error.text()
    assert dialog.isVisible() and dialog.username.text() == "wanjiru"
    assert dialog.display_name.text() == "Wanjiru Kamau"
    assert focused() is dialog.password

    qtbot.keyClicks(focused(), PASSWORD)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), PASSWORD + "x")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.error.text() == "The two passwords are not the same."

    qtbot.keyClicks(focused(), PASSWORD)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "Account added: wanjiru." in users.status.text())
    with db.read() as session:
        added = session.exec(select(UserAccount).where(UserAccount.username == "wanjiru")).one()
        assert added.display_name == "Wanjiru Kamau"
