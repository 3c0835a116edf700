"""The waiting room's now-serving screen and the daily queue numbers, with the clock set."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlmodel import col, select

from desktop.db import Database
from desktop.models import Person, Visit
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person
from tests.fakes import FakePrinter
from tests.ui.keyboard import press, scan

NAMES = [("Tesfaye", "Hana"), ("Rahimi", "Farid"), ("Mensah", "Kofi")]


class Clock:
    """The desk's clock, set by the test: local Hong Kong time in, UTC out."""

    def __init__(self, monkeypatch, *moment: int) -> None:  # type: ignore[no-untyped-def]
        self.set(*moment)
        monkeypatch.setattr(clock, "now", lambda: self.utc)

    def set(self, *moment: int) -> None:
        self.utc = datetime(*moment, tzinfo=clock.local_tz()).astimezone(UTC)


def people(db: Database, actor: Actor) -> list[Person]:
    with db.write() as session:
        return [
            register_person(
                session=session, actor=actor, data=PersonInput(family_name=f, given_name=g)
            )
            for f, g in NAMES
        ]


def check_in_by_scan(qtbot, desk, person: Person) -> int:  # type: ignore[no-untyped-def]
    """Scan the card, 5 (medical referral: no limit), Enter; returns the queue number."""
    scan(qtbot, person.member_number)
    qtbot.waitUntil(lambda: desk.person.person_id == person.id)
    press(qtbot, Qt.Key.Key_5)
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000) as recorded:
        press(qtbot, Qt.Key.Key_Return)
    return int(recorded.args[0].queue_number)


def call_next(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(desk.isActiveWindow)
    press(qtbot, Qt.Key.Key_F9)
    desk.runner.wait_for_done()


def slip_text(printer: FakePrinter) -> str:
    pdf = [pdf for title, pdf in printer.jobs if title.startswith("slip")][-1]
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_screen_calls_numbers_in_order_and_the_next_day_starts_at_one(
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter, monkeypatch
) -> None:
    hana, farid, kofi = people(db, actor)
    time = Clock(monkeypatch, 2026, 11, 24, 23, 40)  # late on Tuesday in Hong Kong (15:40 UTC)
    desk.now_serving.day_timer.timeout.emit()  # the desk notices the (test's) day
    assert [check_in_by_scan(qtbot, desk, p) for p in (hana, farid)] == [1, 2]
    qtbot.waitUntil(lambda: "sent to" in desk.message.text() and len(printer.jobs) == 2)

    press(qtbot, Qt.Key.Key_F8)  # the waiting room's screen
    qtbot.waitUntil(lambda: desk.now_serving.screen_window is not None)
    screen = desk.now_serving.screen_window
    qtbot.waitUntil(lambda: screen.isVisible() and screen.next_numbers.text() == "1   2")
    assert screen.serving_number.text() == "—"
    shown = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "Hana" not in shown and hana.member_number not in shown  # numbers only, never names

    desk.activateWindow()
    call_next(qtbot, desk)
    qtbot.waitUntil(lambda: screen.serving_number.text() == "1")
    assert screen.next_numbers.text() == "2"
    qtbot.waitUntil(lambda: "Calling number 1" in desk.message.text())
    call_next(qtbot, desk)
    qtbot.waitUntil(lambda: screen.serving_number.text() == "2")
    assert (screen.next_numbers.text(), screen.called_numbers.text()) == ("—", "1")
    call_next(qtbot, desk)
    qtbot.waitUntil(lambda: "No one is waiting" in desk.message.text())
    assert screen.serving_number.text() == "2"
    qtbot.waitUntil(lambda: "now serving 2" in desk.today.summary.text())
    today = desk.today.model
    called = 2  # No., Time, Called, ...
    assert [today.data(today.index(r, called))[:5] for r in range(2)] == ["11:40"] * 2
    press(qtbot, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)  # someone did not hear it
    assert "Calling number 2 again" in desk.message.text()
    assert "#ffd23f" in screen.frame.styleSheet()  # the screen lights up

    # A check-in shows up on the screen by itself.
    assert check_in_by_scan(qtbot, desk, kofi) == 3
    qtbot.waitUntil(lambda: screen.next_numbers.text() == "3")
    with db.read() as session:
        called = session.exec(
            select(Visit.queue_number).where(col(Visit.called_at).is_not(None))
        ).all()
    assert sorted(called) == [1, 2]

    # Midnight in Hong Kong (16:00 UTC): a new day, numbers from 1 again, on screen and paper.
    time.set(2026, 11, 25, 0, 5)
    desk.now_serving.day_timer.timeout.emit()
    qtbot.waitUntil(lambda: screen.next_numbers.text() == "—")
    assert screen.serving_number.text() == "—"
    qtbot.waitUntil(lambda: desk.today.model.rowCount() == 0)
    assert check_in_by_scan(qtbot, desk, farid) == 1
    qtbot.waitUntil(lambda: screen.next_numbers.text() == "1")
    qtbot.waitUntil(lambda: desk.today.model.rowCount() == 1)
    assert desk.today.model.data(desk.today.model.index(0, 0)) == "1"
    assert "next queue no. 2" in desk.today.summary.text()
    qtbot.waitUntil(lambda: len(printer.jobs) == 4)
    slip = slip_text(printer)
    assert "RAHIMI Farid" in slip and "Date: 25 Nov 2026" in slip
    assert slip.split("Queue no.")[1].split()[0] == "1"

    # In Arabic the screen reads right to left: the row of numbers starts from the right.
    desk.choose_language("ar")
    qtbot.waitUntil(lambda: screen.serving_title.text() != "Now serving")
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.next_numbers.text() == "\u200f1"
    call_next(qtbot, desk)
    qtbot.waitUntil(lambda: screen.serving_number.text() == "1")


def test_screen_goes_to_the_other_display_and_full_screen(qtbot, desk) -> None:
    from typing import Any, cast

    from desktop.ui.now_serving import screen_after, second_screen

    desk_screen, wall, third = (cast(Any, object()) for _ in range(3))
    assert second_screen([desk_screen, wall], desk_screen) is wall
    assert second_screen([desk_screen], desk_screen) is None  # one screen: a window beside
    assert screen_after([desk_screen, wall, third], wall) is third
    assert screen_after([desk_screen, wall, third], third) is desk_screen

    press(qtbot, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: desk.now_serving.screen_window is not None)
    screen = desk.now_serving.screen_window
    qtbot.waitUntil(screen.isVisible)
    assert not screen.isFullScreen()  # the test machine has one screen: the desk's
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow)
    press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(screen.isFullScreen)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # Esc on the screen itself leaves full screen
    qtbot.waitUntil(lambda: not screen.isFullScreen())
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow)
    press(qtbot, Qt.Key.Key_F8)  # F8 again hides it
    qtbot.waitUntil(lambda: not screen.isVisible())
