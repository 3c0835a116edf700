"""Intake at the desk: the full form and consent, the duplicate warning, editing and its history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import select

from desktop.db import Database
from desktop.models import Consent, Person
from tests.ui.test_desk_flow import register, save, type_into


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def choose(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a searchable combo the way a volunteer does, then Enter."""
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def test_volunteer_fills_every_tab_and_consent_is_stored_with_who_took_it(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database
) -> None:
    dialog = register(qtbot, desk, "Rahman", "Abdul Karim", "1985", "9123 4567", consent=False)
    form = dialog.form
    form.name_original.setText("আব্দুল করিম রহমান")  # QTest cannot type Bengali keys
    type_into(qtbot, form.preferred_name, "Karim")
    type_into(qtbot, form.gender_identity, "man")
    tick(qtbot, form.birth_estimated)
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    choose(qtbot, form.country, "Bangladesh")
    choose(qtbot, form.nationality, "Stateless")
    choose(qtbot, form.language, "Bangla")
    type_into(qtbot, form.language_filter, "Engl")
    qtbot.keyClick(form.languages, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, form.hk_area, "Sham Shui Po")
    type_into(qtbot, form.arrival_date, "03/04/2019")
    type_into(qtbot, form.claim_date, "2019-04-20")
    qtbot.keyClick(dialog, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tick(qtbot, form.flags["serious_illness"])
    type_into(qtbot, form.notes, "Needs a Bangla interpreter for the clinic.")

    # Without the member's consent nothing is saved, and the volunteer is told why.
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.consent.error.isVisibleTo(dialog))
    assert "keeps their record" in dialog.consent.error.text()
    with db.read() as session:
        assert session.exec(select(Person)).all() == []

    tick(qtbot, dialog.consent.records)
    tick(qtbot, dialog.consent.contact)
    with qtbot.waitSignal(desk.person_registered, timeout=5000) as registered:
        save(qtbot, dialog)
    person_id = registered.args[0].id
    with db.read() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert (person.family_name, person.given_name, person.preferred_name) == (
            "Rahman",
            "Abdul Karim",
            "Karim",
        )
        assert person.name_original == "আব্দুল করিম রহমান"
        assert person.birth_year == 1985 and person.birth_year_estimated
        assert person.country_of_origin == "BD" and person.nationality == "stateless"
        assert person.preferred_language == "bn" and person.languages == ["bn", "en"]
        assert person.hk_area == "Sham Shui Po" and person.phone == "+85291234567"
        assert str(person.arrival_date) == "2019-04-03" and str(person.claim_date) == "2019-04-20"
        assert person.vulnerability_flags == ["serious_illness"]
        assert person.gender_identity == "man"
        consent = session.exec(select(Consent).where(Consent.person_id == person_id)).one()
        assert consent.scope == ["records", "contact"]
        assert consent.taken_by == desk.actor.user_id


def test_duplicate_warning_shows_the_member_on_file_before_saving(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database
) -> None:
    dialog = register(qtbot, desk, "Okafor", "Chidinma", "14/02/1990", "9123 4567")
    with qtbot.waitSignal(desk.person_registered, timeout=5000) as registered:
        save(qtbot, dialog)
    first = registered.args[0]
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Months later she is typed in with names swapped and a typo, and only the year of birth.
    again = register(qtbot, desk, "Chidinma", "Okafur", "1990")
    save(qtbot, again)
    qtbot.waitUntil(lambda: again.duplicates.isVisibleTo(again))
    assert again.duplicates.model.rowCount() == 1
    match = again.duplicates.model.row_at(0)
    assert match is not None and match.person.member_number == first.member_number
    assert "swapped" in again.duplicates.model.index(0, 5).data()
    qtbot.mouseClick(again.duplicates.same_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.person.person_id == first.id)
    assert not again.isVisible()
    with db.read() as session:
        assert len(session.exec(select(Person)).all()) == 1

    # A different person with a close name is saved once the volunteer says so.
    other = register(qtbot, desk, "Okafor", "Chidinma", "1990")
    save(qtbot, other)
    qtbot.waitUntil(lambda: other.duplicates.isVisibleTo(other))
    with qtbot.waitSignal(desk.person_registered, timeout=5000):
        qtbot.mouseClick(other.duplicates.different_button, Qt.MouseButton.LeftButton)
    with db.read() as session:
        assert len(session.exec(select(Person)).all()) == 2


def test_edit_keeps_a_history_of_who_changed_which_field(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = register(qtbot, desk, "Nguyen", "Thi Mai", "1987", "9123 4567")
    with qtbot.waitSignal(desk.person_registered, timeout=5000) as registered:
        save(qtbot, dialog)
    person = registered.args[0]
    qtbot.waitUntil(lambda: desk.person.person_id == person.id)

    qtbot.mouseClick(desk.person.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.intake.edit_dialog is not None)
    edit = desk.intake.edit_dialog
    assert edit.form.family_name.text() == "Nguyen" and edit.form.birth.text() == "1987"
    edit.form.phone.clear()
    type_into(qtbot, edit.form.phone, "6000 1111")
    with qtbot.waitSignal(desk.person_opened, timeout=5000):
        qtbot.mouseClick(
            edit.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    qtbot.mouseClick(desk.person.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.intake.edit_dialog is not edit)
    qtbot.mouseClick(
        desk.intake.edit_dialog.findChild(type(edit.buttons.buttons()[0]), "history_button"),
        Qt.MouseButton.LeftButton,
    )
    qtbot.waitUntil(lambda: desk.intake.history_dialog is not None)
    rows = desk.intake.history_dialog.model.rows
    assert [(r.field_name, r.old_value, r.new_value) for r in rows] == [
        ("phone", "+85291234567", "+85260001111")
    ]
    assert rows[0].changed_by == "Reception desk"
    assert desk.intake.history_dialog.model.index(0, 1).data() == "Phone"
