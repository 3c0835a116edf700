"""A USB scanner at the desk (fast keys ending in Enter) and typed searches, through the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from desktop.db import Database
from desktop.models import Person, Visit
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person
from desktop.ui.person_panel import SCAN_GAP_MS
from tests.ui.keyboard import HAND_GAP_MS, focused, press, scan, type_by_hand


def register(db: Database, actor: Actor, *names: tuple[str, str]) -> list[Person]:
    with db.write() as session:
        return [
            register_person(
                session=session, actor=actor, data=PersonInput(family_name=f, given_name=g)
            )
            for f, g in names
        ]


def in_person_panel(desk) -> bool:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    return widget is desk.person or desk.person.isAncestorOf(widget)


def test_scanned_card_opens_the_member_ready_to_tick_services(
    qtbot, desk, db: Database, actor: Actor
) -> None:
    (amal,) = register(db, actor, ("Haddad", "Amal"))
    assert focused() is desk.search.box
    scan(qtbot, amal.member_number)
    qtbot.waitUntil(lambda: desk.person.person_id == amal.id)
    assert in_person_panel(desk)
    press(qtbot, Qt.Key.Key_1)
    assert desk.person.checks[0][0].isChecked()
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000) as recorded:
        press(qtbot, Qt.Key.Key_Return)
    assert recorded.args[0].person_id == amal.id
    assert focused() is desk.search.box and desk.search.box.text() == ""  # ready for the next


def test_a_card_scanned_while_someone_is_open_opens_the_new_member_and_ticks_nothing(
    qtbot, desk, db: Database, actor: Actor
) -> None:
    amal, bilal = register(db, actor, ("Haddad", "Amal"), ("Karimi", "Bilal"))
    scan(qtbot, amal.member_number)
    qtbot.waitUntil(lambda: desk.person.person_id == amal.id)
    # Bilal's card goes under the scanner before Amal was checked in: its digits must not tick
    # Amal's services, and its Enter must not check her in.
    scan(qtbot, bilal.member_number)
    qtbot.waitUntil(lambda: desk.person.person_id == bilal.id)
    assert not any(box.isChecked() for box, _ in desk.person.checks)
    desk.runner.wait_for_done()
    with db.read() as session:
        assert session.exec(select(Visit)).all() == []


def test_a_card_of_digits_only_scanned_over_an_open_member_ticks_nothing_and_opens_its_owner(
    qtbot, desk, db: Database, actor: Actor
) -> None:
    amal, bilal = register(db, actor, ("Haddad", "Amal"), ("Karimi", "Bilal"))
    with db.write() as session:  # an old card from before the prefix, as an import keeps it
        old = session.get(Person, bilal.id)
        assert old is not None
        old.member_number = "0457812"
        session.add(old)
    scan(qtbot, amal.member_number)
    qtbot.waitUntil(lambda: desk.person.person_id == amal.id)
    # Its first digits are the service keys 0, 4 and 5: a scanner types them far faster than a
    # hand, so they are a card, and the Enter at its end searches instead of checking Amal in.
    scan(qtbot, "0457812")
    qtbot.waitUntil(lambda: desk.person.person_id == bilal.id)
    assert desk.search.box.text() == "0457812"
    assert not any(box.isChecked() for box, _ in desk.person.checks)
    desk.runner.wait_for_done()
    with db.read() as session:
        assert session.exec(select(Visit)).all() == []


def test_number_keys_pressed_by_hand_one_after_another_tick_each_service(
    qtbot, desk, db: Database, actor: Actor
) -> None:
    (amal,) = register(db, actor, ("Haddad", "Amal"))
    scan(qtbot, amal.member_number)
    qtbot.waitUntil(lambda: desk.person.person_id == amal.id)
    assert len(desk.person.checks) >= 3
    assert HAND_GAP_MS > SCAN_GAP_MS  # a quick hand is still much slower than a scanner
    type_by_hand(qtbot, "123")
    assert [box.isChecked() for box, _ in desk.person.checks[:3]] == [True, True, True]
    assert in_person_panel(desk) and desk.search.box.text() == amal.member_number


def test_unknown_card_is_said_loudly_and_the_next_scan_replaces_it(
    qtbot, desk, db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    (amal,) = register(db, actor, ("Haddad", "Amal"))
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    scan(qtbot, "CFR-999999")
    qtbot.waitUntil(lambda: "CFR-999999" in desk.search.status.text())
    status = desk.search.status
    assert "No member has the number “CFR-999999”" in status.text()
    assert "Check the card or search by name" in status.text()  # what to do next
    assert "#b00020" in status.styleSheet() and status.isVisible()
    assert beeps == [1]
    assert desk.person.person_id is None
    assert focused() is desk.search.box
    assert desk.search.box.selectedText() == "CFR-999999"

    scan(qtbot, amal.member_number)  # the next card replaces the unknown number
    qtbot.waitUntil(lambda: desk.person.person_id == amal.id)
    assert desk.search.box.text() == amal.member_number


def test_a_misspelt_name_still_puts_the_right_member_first(
    qtbot, desk, db: Database, actor: Actor
) -> None:
    people = register(
        db,
        actor,
        ("Okoro", "Chinedu"),
        ("Okafor", "Chidinma"),
        ("Kaffo", "Christine"),
        ("Okeke", "Chima"),
    )
    chidinma = people[1]
    desk.search.box.setFocus()
    qtbot.keyClicks(focused(), "okafro chidnma")  # two typos
    qtbot.waitUntil(lambda: desk.search.model.rowCount() > 0)
    assert desk.search.model.row_at(0).id == chidinma.id
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.person.person_id == chidinma.id)
    assert "OKAFOR Chidinma" in desk.person.name.text()


def test_a_name_that_finds_no_one_says_so_and_offers_registration(
    qtbot, desk, db: Database, actor: Actor
) -> None:
    register(db, actor, ("Haddad", "Amal"))
    desk.search.box.setFocus()
    qtbot.keyClicks(focused(), "Zzyzx")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Zzyzx" in desk.search.status.text())
    assert "register a newcomer (Ctrl+N)" in desk.search.status.text()
    assert "number" not in desk.search.status.text()
    assert desk.search.box.selectedText() == "Zzyzx"
