"""Every dialog of the desk fits the small screens the centre has (1280x720 and 1366x768): its
smallest size fits, and at the size it opens there its own buttons are whole and in view (a long
form scrolls inside, the buttons stay put)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QScrollArea, QWidget

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.errors import BREACH_LIMIT, Breach
from desktop.services.people import PersonInput, register_person
from desktop.ui import screen_fit
from desktop.ui.override_dialog import OverrideDialog
from desktop.ui.screen_fit import room_for_dialogs
from desktop.ui.sign_in import FirstRunDialog, PassphraseDialog, SignInDialog
from desktop.ui.users_dialog import NewUserDialog

SCREENS = (QSize(1280, 720), QSize(1366, 768))
SHOTS = os.environ.get("FRONTDESK_SHOTS")  # a folder: each dialog saved as it opens at 1366x768


def _person(db: Database, actor: Actor):  # type: ignore[no-untyped-def]
    with db.write() as session:
        return register_person(
            session=session,
            actor=actor,
            data=PersonInput(family_name="Ndayisenga", given_name="Aline", birth="1990"),
        )


def _opened(qtbot, attribute: Callable[[], QWidget | None]) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: attribute() is not None and attribute().isVisible())  # type: ignore[union-attr]
    widget = attribute()
    assert widget is not None
    return widget


def _breach() -> Breach:
    return Breach(
        service_code="food_pack",
        reason="Food pack: at most 1 per person every 30 days",
        kind=BREACH_LIMIT,
        service_name="Food pack",
        limit_count=1,
        limit_days=30,
    )


OPENERS: dict[str, Callable[..., QWidget]] = {
    "register": lambda qtbot, desk, person: (
        desk.open_register(),
        _opened(qtbot, lambda: desk.register_dialog),
    )[1],
    "edit": lambda qtbot, desk, person: (
        desk.intake.open_edit(person.id),
        _opened(qtbot, lambda: desk.intake.edit_dialog),
    )[1],
    "household": lambda qtbot, desk, person: (
        desk.households.open(person.id),
        _opened(qtbot, lambda: desk.households.dialog),
    )[1],
    "merge": lambda qtbot, desk, person: (
        desk.merges.open(person.id),
        _opened(qtbot, lambda: desk.merges.dialog),
    )[1],
    "export": lambda qtbot, desk, person: (
        desk.open_export(),
        _opened(qtbot, lambda: desk.export_dialog),
    )[1],
    "report": lambda qtbot, desk, person: (
        desk.open_report(),
        _opened(qtbot, lambda: desk.report_window),
    )[1],
    "import": lambda qtbot, desk, person: (
        desk.open_import(),
        _opened(qtbot, lambda: desk.import_wizard),
    )[1],
    "print_queue": lambda qtbot, desk, person: (
        desk.open_print_queue(),
        _opened(qtbot, lambda: desk.print_queue_dialog),
    )[1],
    "sync": lambda qtbot, desk, person: (
        desk.open_sync(),
        _opened(qtbot, lambda: desk.sync_dialog),
    )[1],
    "accounts": lambda qtbot, desk, person: (
        desk.security.open_users(),
        _opened(qtbot, lambda: getattr(desk.security, "users_dialog", None)),
    )[1],
    "audit": lambda qtbot, desk, person: (
        desk.security.open_audit(),
        _opened(qtbot, lambda: getattr(desk.security, "audit_dialog", None)),
    )[1],
    "retention": lambda qtbot, desk, person: (
        desk.security.open_retention(),
        _opened(qtbot, lambda: getattr(desk.security, "retention_dialog", None)),
    )[1],
    "override": lambda qtbot, desk, person: OverrideDialog(
        [_breach(), _breach()], may_override=False, others=True, parent=desk
    ),
    "new_account": lambda qtbot, desk, person: NewUserDialog(desk),
    "first_run": lambda qtbot, desk, person: FirstRunDialog(),
    "passphrase": lambda qtbot, desk, person: PassphraseDialog("frontdesk.sqlite3"),
    "sign_in": lambda qtbot, desk, person: SignInDialog("Front Desk"),
}


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("name", sorted(OPENERS))
def test_dialog_opens_whole_on_the_small_screens(
    qtbot, desk, db: Database, actor: Actor, name: str, screen: QSize, monkeypatch
) -> None:
    room = room_for_dialogs(screen)
    monkeypatch.setattr(screen_fit, "available_room", lambda _widget: room)
    person = _person(db, actor)
    dialog = OPENERS[name](qtbot, desk, person)
    if not dialog.isVisible():
        qtbot.add_widget(dialog)
        dialog.show()
    desk.runner.wait_for_done()
    QApplication.processEvents()
    smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert smallest.width() <= room.width() and smallest.height() <= room.height(), smallest
    opened = dialog.size()
    assert opened.width() <= room.width() and opened.height() <= room.height(), opened
    whole = QRect(0, 0, opened.width(), opened.height())
    for button in dialog.findChildren(QAbstractButton):
        if not button.isVisibleTo(dialog) or _in_scroll_area(button, dialog):
            continue
        place = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        assert whole.contains(place), (button.text(), place, whole)
    if SHOTS and screen == SCREENS[1]:
        dialog.grab().save(str(Path(SHOTS) / f"dialog-{name}.png"))
    if isinstance(dialog, QDialog):
        dialog.done(0)
