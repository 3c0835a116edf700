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


def _through(open_it: Callable[[object, object], object], shown: Callable[[object], object]):  # type: ignore[no-untyped-def]
    """An opener: `open_it(desk, person)` as the window does it, then wait for `shown(desk)`."""

    def opener(qtbot, desk, person):  # type: ignore[no-untyped-def]
        open_it(desk, person)
        return _opened(qtbot, lambda: shown(desk))  # type: ignore[arg-type,return-value]

    return opener


OPENERS: dict[str, Callable[..., QWidget]] = {
    "register": _through(lambda d, p: d.open_register(), lambda d: d.register_dialog),
    "edit": _through(lambda d, p: d.intake.open_edit(p.id), lambda d: d.intake.edit_dialog),
    "household": _through(lambda d, p: d.households.open(p.id), lambda d: d.households.dialog),
    "merge": _through(lambda d, p: d.merges.open(p.id), lambda d: d.merges.dialog),
    "export": _through(lambda d, p: d.open_export(), lambda d: d.export_dialog),
    "report": _through(lambda d, p: d.open_report(), lambda d: d.report_window),
    "import": _through(lambda d, p: d.open_import(), lambda d: d.import_wizard),
    "print_queue": _through(lambda d, p: d.open_print_queue(), lambda d: d.print_queue_dialog),
    "sync": _through(lambda d, p: d.open_sync(), lambda d: d.sync_dialog),
    "accounts": _through(
        lambda d, p: d.security.open_users(), lambda d: getattr(d.security, "users_dialog", None)
    ),
    "audit": _through(
        lambda d, p: d.security.open_audit(), lambda d: getattr(d.security, "audit_dialog", None)
    ),
    "retention": _through(
        lambda d, p: d.security.open_retention(),
        lambda d: getattr(d.security, "retention_dialog", None),
    ),
    "override": lambda qtbot, desk, person: OverrideDialog(
        [_breach(), _breach()], may_override=False, others=True, parent=desk
    ),
    "new_account": lambda qtbot, desk, person: NewUserDialog(desk),
    "first_run": lambda qtbot, desk, person: FirstRunDialog(),
    "passphrase": lambda qtbot, desk, person: PassphraseDialog("frontdesk.sqlite3"),
    "sign_in": lambda qtbot, desk, person: SignInDialog("Front Desk"),
}


def open_dialog(qtbot, desk, db: Database, actor: Actor, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    """The dialog `name` as the desk opens it (or shown, for one the launch opens)."""
    dialog = OPENERS[name](qtbot, desk, _person(db, actor))
    if not dialog.isVisible():
        qtbot.add_widget(dialog)
        dialog.show()
    desk.runner.wait_for_done()
    return dialog


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
    dialog = open_dialog(qtbot, desk, db, actor, name)
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
