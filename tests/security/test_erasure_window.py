"""An admin erases a person in the window and is told which backups still hold them."""

from __future__ import annotations

from datetime import timedelta
from unittest.mock import patch

from PySide6.QtCore import Qt

from desktop.db import Database
from desktop.db.backup import DEFAULT_POLICY, take_backup
from desktop.models import Person, PersonStatus
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person
from tests.ui.test_household_and_merge import open_person


def test_admin_erases_a_person_and_learns_which_backups_still_hold_them(
    qtbot, desk, db: Database, admin: Actor
) -> None:
    with db.write() as session:
        person = register_person(
            session=session,
            actor=admin,
            data=PersonInput(family_name="Hosseini", given_name="Zahra\u200cSadat"),
        )
    backup = take_backup(db, reason="manual")
    desk.actor = admin
    desk.security.apply_role()
    open_person(qtbot, desk, person.id)
    with patch(
        "desktop.ui.security_controller.QInputDialog.getText",
        return_value=("asked at the desk on 3 March", True),
    ):
        desk.security.act_erase.trigger()
    qtbot.waitUntil(lambda: getattr(desk.security, "erased_box", None) is not None, timeout=15000)
    box = desk.security.erased_box
    assert box.isVisible() and "erased" in desk.message.text()
    message = box.text()
    assert str(backup.path) in box.detailedText()
    assert "1 backup" in message and str(backup.path.parent) in message
    today = clock.today()
    gone = today + timedelta(weeks=DEFAULT_POLICY.keep_weekly)
    assert f"taken {today:%d/%m/%Y} to {today:%d/%m/%Y}" in message
    assert f"by {gone:%d/%m/%Y}" in message
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter closes it
    qtbot.waitUntil(lambda: not box.isVisible())
    with db.read() as session:
        erased = session.get(Person, person.id)
        assert erased is not None and erased.status == PersonStatus.ANONYMISED
