"""The desk as each role sees it: the lock keeps a half-filled form, switching user drops it,
the admin menu only for admins, a volunteer's screen never shows restricted notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.db import Database
from desktop.db.crypto import WrongPassphrase
from desktop.services.accounts import MAX_FAILURES
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person
from desktop.ui.messages import describe_error
from desktop.ui.sign_in import OpeningCancelled, database_key, sign_in
from tests.security.conftest import PASSWORD
from tests.ui.keyboard import focused, press
from tests.ui.test_intake_mistakes import open_form


def _as(desk, actor: Actor) -> None:
    desk.actor = actor
    desk.security.apply_role()


def _unlock(qtbot, desk, username: str, password: str) -> None:
    screen = desk.security.lock.screen
    screen.username.setText(username)
    screen.password.setFocus()
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def test_volunteer_locks_the_desk_and_finds_the_half_filled_form_again(
    qtbot, desk, volunteer: Actor
) -> None:
    _as(desk, volunteer)
    desk.open_register()
    dialog = desk.register_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.form.family_name.setFocus()
    qtbot.keyClicks(dialog.form.family_name, "Abebe")

    desk.security.act_lock.trigger()  # Ctrl+L
    lock = desk.security.lock
    assert lock.is_locked
    assert not dialog.isVisible()  # the form with a name in it is out of sight
    assert not desk.search.isVisible() and not desk.person.isVisible()
    assert not desk.menuBar().isVisible() and not desk.statusBar().isVisible()
    assert not desk.act_register.isEnabled()  # no shortcut works behind the lock

    _unlock(qtbot, desk, "volunteer", "wrong-password")
    qtbot.waitUntil(lambda: lock.screen.error.text() != "")
    assert "Wrong user name or password" in lock.screen.error.text()
    assert lock.is_locked

    _unlock(qtbot, desk, "volunteer", PASSWORD)
    qtbot.waitUntil(lambda: not lock.is_locked)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.form.family_name.text() == "Abebe"
    assert desk.search.isVisible() and desk.act_register.isEnabled()


def test_idle_desk_locks_itself(qtbot, desk, volunteer: Actor) -> None:
    _as(desk, volunteer)
    lock = desk.security.lock
    assert lock.timer.interval() == 5 * 60_000  # the default: five minutes
    lock.timer.setInterval(30)
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    assert lock.stack.currentWidget() is lock.screen


def test_another_person_signing_in_does_not_see_the_last_ones_form(
    qtbot, desk, volunteer: Actor, caseworker: Actor
) -> None:
    _as(desk, volunteer)
    desk.open_register()
    dialog = desk.register_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.form.family_name, "Abebe")
    desk.security.act_switch.trigger()
    assert desk.security.lock.screen.username.text() == ""
    _unlock(qtbot, desk, "caseworker", PASSWORD)
    qtbot.waitUntil(lambda: desk.actor.username == "caseworker")
    assert not dialog.isVisible()
    assert desk.security.who.text().endswith("(caseworker)")


def test_admin_menu_is_shown_to_admins_only(qtbot, desk, volunteer: Actor, admin: Actor) -> None:
    _as(desk, volunteer)
    assert not desk.security.admin_menu.isVisible()
    assert not desk.act_export.isEnabled()
    _as(desk, admin)
    assert desk.security.admin_menu.isVisible()
    assert desk.security.act_audit.isEnabled() and desk.act_export.isEnabled()


def test_volunteer_opening_a_person_never_receives_the_notes(
    qtbot, desk, db: Database, volunteer: Actor, caseworker: Actor
) -> None:
    with db.write() as session:
        person = register_person(
            session=session,
            actor=caseworker,
            data=PersonInput(family_name="Bekele", given_name="Hana", notes="Fled after threats"),
        )
    _as(desk, volunteer)
    with qtbot.waitSignal(desk.person_opened) as opened:
        desk.open_person(person.id)
    assert opened.args[0].notes == "" and opened.args[0].family_name == "Bekele"


def test_wrong_passphrase_is_asked_again_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "enc.sqlite3"
    Database.open(path, passphrase="a long enough passphrase").dispose()
    before = path.read_bytes()
    errors: list[str] = []
    answers = iter(["not the one", "a long enough passphrase"])

    def ask(error: str) -> str | None:
        errors.append(error)
        return next(answers)

    assert database_key(path, ask) is not None
    assert errors[0] == "" and errors[1] == describe_error(WrongPassphrase(path))
    assert "does not open this database" in errors[1] and "Nothing was changed" in errors[1]
    with pytest.raises(OpeningCancelled):
        database_key(path, lambda _error: None)
    assert path.read_bytes() == before


def test_a_locked_account_is_told_what_a_wrong_password_is_told(
    db: Database, volunteer: Actor
) -> None:
    errors: list[str] = []
    tries = iter([("volunteer", "nope-nope")] * MAX_FAILURES + [("volunteer", PASSWORD)])

    def ask(error: str) -> tuple[str, str] | None:
        errors.append(error)
        return next(tries, None)

    with pytest.raises(OpeningCancelled):
        sign_in(db, ask)
    assert "Wrong user name or password" in errors[1]
    # Locked after the fifth: the right password is refused too, in the same words (nothing
    # tells a guesser the name exists); the admin reads "locked" in the trail.
    assert errors[MAX_FAILURES] == errors[1] == errors[MAX_FAILURES + 1]


def test_admin_switched_off_meanwhile_meets_the_lock_not_the_accounts_window(
    qtbot, desk, db: Database, admin: Actor
) -> None:
    from desktop.services.accounts import create_user, update_user

    with db.write() as session:
        other = create_user(
            session=session, actor=admin, username="boss", display_name="Boss", role="admin",
            password=PASSWORD,
        )  # fmt: skip
    _as(desk, admin)
    with db.write() as session:
        boss = Actor(user_id=other.id, desk_id=admin.desk_id, role=admin.role, username="boss")
        assert admin.user_id is not None
        update_user(session=session, actor=boss, user_id=admin.user_id, active=False)
    desk.security.open_users()
    qtbot.waitUntil(lambda: desk.security.lock.is_locked)
    assert "session has ended" in desk.security.lock.screen.error.text()
    assert getattr(desk.security, "users_dialog", None) is None


def test_ctrl_l_in_an_open_form_locks_and_the_password_never_lands_in_a_field(
    qtbot, desk, volunteer: Actor
) -> None:
    _as(desk, volunteer)
    dialog = open_form(qtbot, desk)
    qtbot.keyClicks(focused(), "Abebe")
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the contact tab
    dialog.form.phone.setFocus()

    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # in the form, not the window
    lock = desk.security.lock
    assert lock.is_locked and not dialog.isVisible()
    qtbot.waitUntil(lambda: focused() is lock.screen.password)
    for char in PASSWORD:  # typed blind, to wherever the keys go
        qtbot.keyClick(focused(), char)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.is_locked)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.form.phone.text() == ""  # the password is nowhere in the form
    assert dialog.form.family_name.text() == "Abebe"


def test_switch_user_from_a_form_drops_it_for_someone_else(
    qtbot, desk, volunteer: Actor, caseworker: Actor
) -> None:
    _as(desk, volunteer)
    dialog = open_form(qtbot, desk)
    qtbot.keyClicks(focused(), "Abebe")
    press(
        qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    lock = desk.security.lock
    assert lock.is_locked and lock.screen.username.text() == ""
    _unlock(qtbot, desk, "caseworker", PASSWORD)
    qtbot.waitUntil(lambda: desk.actor.username == "caseworker")
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected  # closed for good, unasked
    assert dialog.discard_guard.question is None  # the next person is not asked about it


def test_waiting_room_screen_stays_up_through_lock_and_switch_and_never_takes_the_keys(
    qtbot, desk, volunteer: Actor, caseworker: Actor
) -> None:
    _as(desk, volunteer)
    press(qtbot, Qt.Key.Key_F8)
    screen = desk.now_serving.screen_window
    qtbot.waitUntil(lambda: screen is not None and screen.isVisible())
    assert screen.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert screen.focusPolicy() == Qt.FocusPolicy.NoFocus
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = desk.security.lock
    assert lock.is_locked and screen.isVisible()
    _unlock(qtbot, desk, "volunteer", PASSWORD)
    qtbot.waitUntil(lambda: not lock.is_locked)
    assert screen.isVisible() and desk.isActiveWindow()
    assert focused().window() is desk

    press(
        qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert screen.isVisible()
    _unlock(qtbot, desk, "caseworker", PASSWORD)
    qtbot.waitUntil(lambda: desk.actor.username == "caseworker")
    assert screen.isVisible() and focused().window() is desk
