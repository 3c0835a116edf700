"""Registration with the mistakes of a busy morning: every error at once, real dates, everyday
names in the pickers, Esc that asks, and likely duplicates before the consent is read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from desktop.db import Database
from desktop.models import Person
from tests.ui.keyboard import focused, press
from tests.ui.test_desk_flow import register, save, type_into
from tests.ui.test_intake_flow import choose


def open_form(qtbot, desk):  # type: ignore[no-untyped-def]
    desk.activateWindow()  # back from an earlier dialog (a window manager does this)
    qtbot.waitUntil(desk.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.register_dialog is not None and desk.register_dialog.isVisible())
    dialog = desk.register_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_first_save_shows_every_error_at_once_and_marks_their_tabs(
    qtbot, desk, db: Database
) -> None:
    dialog = register(qtbot, desk, "", "", "31/02/1990", "12", consent=False)
    save(qtbot, dialog)
    qtbot.waitUntil(dialog.banner.isVisible)
    form = dialog.form
    assert form.error_text("family_name") == "Type at least a family name or a given name."
    assert form.error_text("birth") == "There is no 31 February."
    assert "8 digits" in form.error_text("phone")
    assert "keeps their record" in dialog.consent.error.text()  # in the same round
    assert form.bad_tabs == {0, 2}
    assert form.tabs.tabText(2).startswith("⚠") and "⚠" not in form.tabs.tabText(1)
    assert form.tabs.tabToolTip(2) == "Fields to correct on this tab"
    assert focused() is form.family_name  # the first field to correct has the keys
    with db.read() as session:
        assert session.exec(select(Person)).all() == []


def test_everyday_names_are_read_and_an_unknown_one_is_named_not_dropped(
    qtbot, desk, db: Database
) -> None:
    dialog = register(qtbot, desk, "Akter", "Shirin", "1988", "9123 4567")
    form = dialog.form
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    choose(qtbot, form.country, "DR Congo")
    choose(qtbot, form.nationality, "Burma")
    choose(qtbot, form.language, "Bengalish")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.country.currentText() == "Congo - Kinshasa"  # shown as the list names it

    save(qtbot, dialog)
    qtbot.waitUntil(dialog.banner.isVisible)
    assert form.error_text("preferred_language") == (
        "“Bengalish” does not name one language in the list: choose it from the list."
    )
    assert form.language.currentText() == "Bengalish"  # kept as typed
    assert form.bad_tabs == {1}

    choose(qtbot, form.language, "Bengali")
    type_into(qtbot, form.language_filter, "Farsi")  # the other languages read aliases too
    qtbot.keyClick(form.languages, Qt.Key.Key_Space)
    with qtbot.waitSignal(desk.person_registered, timeout=5000) as registered:
        save(qtbot, dialog)
    with db.read() as session:
        person = session.get(Person, registered.args[0].id)
        assert person is not None
        assert (person.country_of_origin, person.nationality) == ("CD", "MM")
        assert person.preferred_language == "bn" and person.languages == ["bn", "fa"]


def test_esc_on_a_typed_form_asks_before_discarding(qtbot, desk) -> None:
    dialog = open_form(qtbot, desk)
    press(qtbot, Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: not dialog.isVisible())

    dialog = open_form(qtbot, desk)
    qtbot.keyClicks(focused(), "Haile")
    press(qtbot, Qt.Key.Key_Escape)
    question = dialog.discard_guard.question
    assert isinstance(question, QMessageBox) and dialog.isVisible()
    qtbot.waitUntil(question.isVisible)
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Esc again: keep typing
    qtbot.waitUntil(lambda: not question.isVisible())
    assert dialog.isVisible() and dialog.form.family_name.text() == "Haile"

    press(qtbot, Qt.Key.Key_Escape)
    question = dialog.discard_guard.question
    assert question is not None
    qtbot.waitUntil(question.isActiveWindow)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Discard and close
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_likely_duplicates_show_as_soon_as_name_and_birth_are_typed(
    qtbot, desk, db: Database
) -> None:
    first = register(qtbot, desk, "Tesfaye", "Hana", "03/04/1991")
    with qtbot.waitSignal(desk.person_registered, timeout=5000):
        save(qtbot, first)

    dialog = open_form(qtbot, desk)
    qtbot.keyClicks(focused(), "Tesfaye")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Hana")
    dialog.form.birth.setFocus()
    qtbot.keyClicks(focused(), "03/04/1991")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the birth field asks the file
    qtbot.waitUntil(dialog.duplicates.isVisible)
    assert not dialog.consent.records.isChecked()  # before the consent text was read
    assert focused().window() is dialog and focused() is not dialog.duplicates.table
    assert "Hana" in dialog.duplicates.model.row_at(0).person.display_name

    qtbot.mouseClick(dialog.duplicates.different_button, Qt.MouseButton.LeftButton)
    assert not dialog.duplicates.isVisible() and dialog.isVisible()  # not saved yet
    dialog.consent.records.setFocus()
    qtbot.keyClick(dialog.consent.records, Qt.Key.Key_Space)
    with qtbot.waitSignal(desk.person_registered, timeout=5000):
        save(qtbot, dialog)  # not asked twice
    with db.read() as session:
        assert len(session.exec(select(Person)).all()) == 2
    QApplication.processEvents()
