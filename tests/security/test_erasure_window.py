"""An admin erases a person (window and command line) and is told which backups still hold them."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt

from desktop.db import Database
from desktop.db.backup import DEFAULT_POLICY, take_backup
from desktop.models import Person, PersonStatus
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person
from tests.accounts import frontdesk
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


def test_frontdesk_erase_lists_each_backup_that_still_holds_the_person(
    db: Database, admin: Actor, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.write() as session:
        person = register_person(
            session=session, actor=admin, data=PersonInput(family_name="Diallo", given_name="Awa")
        )
    backup = take_backup(db, reason="manual")
    before = os.umask(0o022)
    try:
        code = frontdesk(
            db_path, ["--unencrypted", "erase", person.member_number, "--reason", "asked"]
        )
    finally:
        os.umask(before)
    out = capsys.readouterr().out
    assert code == 0 and "is anonymised" in out
    gone = clock.today() + timedelta(weeks=DEFAULT_POLICY.keep_weekly)
    assert f"{backup.path}  taken {clock.today():%d/%m/%Y}" in out
    assert f"deleted by the rotation by {gone:%d/%m/%Y}" in out
