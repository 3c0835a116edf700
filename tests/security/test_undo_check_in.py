"""A check-in made by mistake is undone from today's list: Delete (or the context menu), a
reason, Enter. The volunteer who made it may for ten minutes, staff at any time; audited, and
the report counts it no more."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.db import Database
from desktop.models import AuditEvent, Visit
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.report import compute_report
from tests.records import add_people, record_visit, service_id
from tests.ui.keyboard import focused, press


def _as(desk, actor: Actor) -> None:  # type: ignore[no-untyped-def]
    desk.actor = actor
    desk.security.apply_role()


def undo_first_row(qtbot, desk, reason: str) -> None:  # type: ignore[no-untyped-def]
    desk.activateWindow()  # back from the last dialog, as the window manager does
    qtbot.waitUntil(desk.isActiveWindow)
    desk.today.table.setFocus()  # a click on the list
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: desk.undo_check_in.dialog is not None)
    dialog = desk.undo_check_in.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(focused(), reason)
    press(qtbot, Qt.Key.Key_Return)
    desk.runner.wait_for_done()


def test_volunteer_undoes_their_own_check_in_and_the_counts_follow(
    qtbot, desk, db: Database, volunteer: Actor
) -> None:
    person = add_people(db, volunteer, 1)[0]
    visit = record_visit(db, volunteer, person, service_id(db))
    _as(desk, volunteer)
    desk.refresh_today()
    qtbot.waitUntil(lambda: "Today: 1 visit" in desk.today.summary.text())

    undo_first_row(qtbot, desk, "checked in the wrong Hana")
    qtbot.waitUntil(lambda: "Today: 0 visits" in desk.today.summary.text())
    assert desk.message.text() == "Check-in no. 1 undone."
    with db.read() as session:
        stored = session.get(Visit, visit)
        assert stored is not None and stored.void_reason == "checked in the wrong Hana"
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "visit.void")).one()
        assert event.user_id == volunteer.user_id
        figures = compute_report(session=session, first=clock.today(), last=clock.today())
        assert figures.visits == 0 and figures.people_served == 0


def test_after_ten_minutes_only_staff_may_undo(
    qtbot, desk, db: Database, volunteer: Actor, caseworker: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = add_people(db, volunteer, 1)[0]
    visit = record_visit(db, volunteer, person, service_id(db))
    later = clock.now() + timedelta(minutes=11)
    monkeypatch.setattr(clock, "now", lambda: later)
    _as(desk, volunteer)
    desk.refresh_today()
    qtbot.waitUntil(lambda: desk.today.model.rowCount() == 1)

    undo_first_row(qtbot, desk, "typed twice")
    qtbot.waitUntil(lambda: "ask a caseworker" in desk.message.text())
    with db.read() as session:
        assert session.get(Visit, visit).voided_at is None  # type: ignore[union-attr]

    _as(desk, caseworker)
    undo_first_row(qtbot, desk, "typed twice")
    qtbot.waitUntil(lambda: "Today: 0 visits" in desk.today.summary.text())
    with db.read() as session:
        assert session.get(Visit, visit).voided_at is not None  # type: ignore[union-attr]
