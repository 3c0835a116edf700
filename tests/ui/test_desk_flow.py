"""The foundation flows, driven through the real widgets on a real SQLite file."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.db import Database
from desktop.services.search import find_people
from tests.fakes import FakePrinter


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def register(
    qtbot, desk, family: str, given: str, birth: str = "", phone: str = "", consent: bool = True
):
    before = getattr(desk, "register_dialog", None)
    desk.activateWindow()  # back from an earlier dialog
    qtbot.waitUntil(desk.isActiveWindow)
    qtbot.keyClick(desk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(desk, "register_dialog", None) not in (None, before))
    dialog = desk.register_dialog
    form = dialog.form
    form.family_name.clear()
    form.given_name.clear()
    type_into(qtbot, form.family_name, family)
    type_into(qtbot, form.given_name, given)
    type_into(qtbot, form.birth, birth)
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # contact tab
    type_into(qtbot, form.phone, phone)
    qtbot.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    if consent:  # the consent text was read to the member and they agreed
        dialog.consent.records.setFocus()
        qtbot.keyClick(dialog.consent.records, Qt.Key.Key_Space)
    return dialog


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_volunteer_registers_finds_checks_in_and_slip_prints(
    qtbot, desk, db: Database, printer: FakePrinter
) -> None:
    dialog = register(qtbot, desk, "Okafor", "Chidinma", "14/02/1990", "9123 4567")
    with qtbot.waitSignal(desk.person_registered, timeout=5000) as registered:
        save(qtbot, dialog)
    person = registered.args[0]
    assert person.member_number == "CFR-000001"
    qtbot.waitUntil(lambda: desk.person.person_id == person.id)
    assert "OKAFOR Chidinma" in desk.person.name.text()

    # Back at the search box, three letters and Enter open her.
    qtbot.keyClick(desk, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    desk.search.box.clear()
    type_into(qtbot, desk.search.box, "oka")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 1)
    qtbot.keyClick(desk.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.person.person_id == person.id)

    # Tick food pack (1) and medical referral (5), Enter checks in.
    qtbot.keyClick(desk.person, Qt.Key.Key_1)
    qtbot.keyClick(desk.person, Qt.Key.Key_5)
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000) as recorded:
        qtbot.keyClick(desk.person, Qt.Key.Key_Return)
    row = recorded.args[0]
    assert row.queue_number == 1
    assert row.services == ("Food pack", "Medical referral")
    qtbot.waitUntil(lambda: "1 visit" in desk.today.summary.text())
    assert desk.today.summary.text().startswith("Today: 1 visit ")  # English plurals: no "(s)"
    assert desk.today.model.rowCount() == 1
    assert desk.focusWidget() is desk.search.box

    # Registration printed her member card; the check-in printed the slip.
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=5000)
    kinds = {title.split("-")[0]: pdf for title, pdf in printer.jobs}
    assert set(kinds) == {"card", "slip"}
    text = PdfReader(io.BytesIO(kinds["slip"])).pages[0].extract_text()
    assert "OKAFOR Chidinma" in text
    assert "Food pack" in text and "Medical referral" in text
    assert "CFR-000001" in text


def test_registration_survives_a_restart(qtbot, desk, db_path: Path) -> None:
    dialog = register(qtbot, desk, "Nguyen", "Thi Mai", "1987")
    with qtbot.waitSignal(desk.person_registered, timeout=5000):
        save(qtbot, dialog)
    desk.runner.wait_for_done()
    desk.slips.wait_for_done()

    reopened = Database.open(
        db_path, unencrypted=True
    )  # a new engine on the same file, as after a restart
    try:
        with reopened.read() as session:
            matches = find_people(session, "mai nguyen")
        assert [m.display_name for m in matches] == ["NGUYEN Thi Mai"]
        assert matches[0].birth_year == 1987
    finally:
        reopened.dispose()


def test_bad_registration_keeps_what_was_typed(qtbot, desk) -> None:
    dialog = register(qtbot, desk, "", "Amina", "31/02/1990", "12")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.banner.isVisible())
    assert dialog.isVisible()
    assert dialog.form.error_text("family_name") == ""  # a given name alone is enough
    assert dialog.form.error_text("birth") == "There is no 31 February."
    assert "8 digits" in dialog.form.error_text("phone")
    assert dialog.form.given_name.text() == "Amina"
    assert dialog.form.birth.text() == "31/02/1990"

    dialog.form.birth.setText("1990")
    dialog.form.phone.setText("6123 4567")
    with qtbot.waitSignal(desk.person_registered, timeout=5000) as registered:
        save(qtbot, dialog)
    assert registered.args[0].given_name == "Amina"
    assert registered.args[0].phone == "+85261234567"


def test_scanned_card_opens_the_member_and_unknown_card_is_loud(qtbot, desk) -> None:
    dialog = register(qtbot, desk, "Hassan", "Omar")
    with qtbot.waitSignal(desk.person_registered, timeout=5000) as registered:
        save(qtbot, dialog)
    person = registered.args[0]
    desk.person.clear()
    desk.search.reset()
    # A USB scanner types the QR code's text and presses Enter.
    qtbot.keyClicks(desk.search.box, "CFR-000001")
    qtbot.keyClick(desk.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.person.person_id == person.id)

    desk.search.reset()
    qtbot.keyClicks(desk.search.box, "CFR-999999")
    qtbot.keyClick(desk.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "CFR-999999" in desk.search.status.text())
    assert "No member has the number" in desk.search.status.text()
