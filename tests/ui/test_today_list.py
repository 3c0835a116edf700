"""The today list on a busy day: the newest page at once, older visits as the volunteer scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.db import Database
from desktop.services.actor import Actor
from tests.records import add_people, record_visit, service_id
from tests.ui.keyboard import press


def shown_numbers(desk) -> list[int]:  # type: ignore[no-untyped-def]
    model = desk.today.model
    return [model.row_at(n).queue_number for n in range(model.rowCount())]


def test_a_busy_day_opens_on_its_newest_visits_and_scrolling_down_brings_the_rest(
    qtbot, desk, db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.ui.main_window.TODAY_PAGE", 10)
    service = service_id(db)
    for person in add_people(db, actor, 60):
        record_visit(db, actor, person, service)
    desk.refresh_today()
    qtbot.waitUntil(lambda: "Today: 60 visits" in desk.today.summary.text())
    desk.runner.wait_for_done()
    assert "next queue no. 61" in desk.today.summary.text()
    # The list holds pages of ten (as many as fill the view), not the whole day.
    assert shown_numbers(desk)[:10] == list(range(60, 50, -1))
    assert len(shown_numbers(desk)) < 60

    table = desk.today.table
    table.setFocus()
    for _ in range(20):  # Ctrl+End, as a person goes back through the day
        press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        desk.runner.wait_for_done()
        qtbot.wait(10)  # the view asks for more on its next layout
        if len(shown_numbers(desk)) == 60:
            break
    assert shown_numbers(desk) == list(range(60, 0, -1))  # every visit once, newest first

    # A check-in refreshes the list without losing the place: all 61 rows stay loaded.
    record_visit(db, actor, add_people(db, actor, 1)[0], service)
    desk.refresh_today()
    qtbot.waitUntil(lambda: "Today: 61 visits" in desk.today.summary.text())
    assert shown_numbers(desk) == list(range(61, 0, -1))
