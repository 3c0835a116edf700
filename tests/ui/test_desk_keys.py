"""The desk by keys: a Register button beside the search box, a key for every service (Alt and
the digit from the eleventh on), and result rows that say why they matched and how the phone
ends (many people share a name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.db import Database
from desktop.models import VisitService
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person
from tests.ui.keyboard import focused, press, scan


def test_tab_from_the_search_box_reaches_register(qtbot, desk) -> None:
    desk.search.box.setFocus()
    qtbot.keyClicks(focused(), "Nguyen")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is desk.search.register_button
    assert "Ctrl+N" in desk.search.register_button.text()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: desk.register_dialog is not None and desk.register_dialog.isVisible())
    assert desk.register_dialog.form.family_name.text() == "Nguyen"  # carried from the search


def test_services_eleven_and_twelve_have_keys(qtbot, desk, db: Database, actor: Actor) -> None:
    with db.write() as session:
        person = register_person(
            session=session, actor=actor, data=PersonInput(family_name="Osei", given_name="Ama")
        )
    assert len(desk.person.checks) == 12
    assert desk.person.checks[10][0].text().startswith("Alt+1")
    desk.search.box.setFocus()
    scan(qtbot, person.member_number)
    qtbot.waitUntil(lambda: desk.person.person_id == person.id)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert [box.isChecked() for box, _ in desk.person.checks][10:] == [True, True]
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    with db.read() as session:
        assert len(session.exec(select(VisitService)).all()) == 2


def test_results_show_why_they_matched_and_the_phone_ending(
    qtbot, desk, db: Database, actor: Actor
) -> None:
    with db.write() as session:
        for phone, original in (("9123 4567", ""), ("6234 8890", "محمد علي")):
            register_person(
                session=session,
                actor=actor,
                data=PersonInput(
                    family_name="Ali", given_name="Mohammed", phone=phone, name_original=original
                ),
            )
    model = desk.search.model
    desk.search.box.setFocus()
    qtbot.keyClicks(focused(), "ali moh")
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    phone_col, why_col = headers.index("Phone ends"), headers.index("Found by")
    shown = {model.index(r, phone_col).data() for r in range(2)}
    assert shown == {"…4567", "…8890"}
    assert model.index(0, why_col).data() == "name"

    desk.search.box.clear()
    qtbot.keyClicks(focused(), "8890")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, why_col).data() == "phone"
    desk.search.box.clear()
    desk.search.box.setText("محمد")
    desk.run_search("محمد")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, why_col).data() != "phone")
    assert model.index(0, why_col).data() == "name in own script"
