"""What the desk records and prints is what it says: one visit per Enter, a slip stored with its
visit, no printer shown and kept waiting, nothing written to files unasked (issues 14, 17, 21)."""

from __future__ import annotations

import io
import stat
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlmodel import col, select

from desktop.db import Database
from desktop.models import AuditEvent, PrintJob, PrintStatus, Visit
from desktop.printing import slip as slip_module
from desktop.services import print_jobs
from desktop.services.actor import Actor
from tests.fakes import FakePrinter
from tests.records import add_people


def jobs(db: Database) -> list[PrintJob]:
    with db.read() as session:
        return list(session.exec(select(PrintJob).order_by(col(PrintJob.created_at))))


def visits(db: Database) -> list[Visit]:
    with db.read() as session:
        return list(session.exec(select(Visit)))


def open_person(qtbot, desk, person_id) -> None:  # type: ignore[no-untyped-def]
    desk.open_person(person_id)
    qtbot.waitUntil(lambda: desk.person.person_id == person_id)


def test_enter_pressed_twice_within_10_ms_records_one_visit(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter
) -> None:
    [person] = add_people(db, actor, 1)
    open_person(qtbot, desk, person)
    qtbot.keyClick(desk.person, Qt.Key.Key_5)  # medical referral
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000):
        # Two presses one after the other, with no pause: a bouncing key, an impatient hand.
        qtbot.keyClick(desk.person, Qt.Key.Key_Return, delay=0)
        qtbot.keyClick(desk.person, Qt.Key.Key_Return, delay=0)
    desk.runner.wait_for_done()
    qtbot.wait(50)  # let any second result reach the window (there is none)
    assert len(visits(db)) == 1
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    assert desk.today.model.rowCount() == 1


def test_household_check_in_pressed_twice_records_each_member_once(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor
) -> None:
    from desktop.services.households import add_member, create_household

    head, child = add_people(db, actor, 2)
    with db.write() as session:
        household = create_household(session=session, actor=actor, head_id=head)
        add_member(
            session=session,
            actor=actor,
            household_id=household.id,
            person_id=child,
            relationship="child",
        )
    open_person(qtbot, desk, head)
    qtbot.keyClick(desk.person, Qt.Key.Key_5)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(desk.person, Qt.Key.Key_Return, control)
    qtbot.keyClick(desk.person, Qt.Key.Key_Return, control)
    qtbot.waitUntil(lambda: "2 household members" in desk.message.text())
    desk.runner.wait_for_done()
    assert sorted(v.person_id for v in visits(db)) == sorted([head, child])


def test_registration_saved_twice_by_two_quick_presses_is_one_person(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database
) -> None:
    from desktop.models import Person
    from tests.ui.test_desk_flow import register

    dialog = register(qtbot, desk, "Adeyemi", "Folake", "1991")
    with qtbot.waitSignal(desk.person_registered, timeout=5000):
        qtbot.keyClick(dialog.form.family_name, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.form.family_name, Qt.Key.Key_Return)
    desk.runner.wait_for_done()
    with db.read() as session:
        assert len(session.exec(select(Person)).all()) == 1


def test_a_slip_that_cannot_be_drawn_is_kept_and_the_message_says_the_visit_is_saved(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise IndexError("string index out of range")

    monkeypatch.setattr(slip_module, "render_slip", broken)
    monkeypatch.setattr("desktop.printing.requests.render_slip", broken)
    [person] = add_people(db, actor, 1)
    open_person(qtbot, desk, person)
    qtbot.keyClick(desk.person, Qt.Key.Key_5)
    with qtbot.waitSignal(desk.slips.sent, timeout=5000) as sent:
        qtbot.keyClick(desk.person, Qt.Key.Key_Return)
    assert sent.args[0].drawn is False
    message = desk.message.text()
    assert "could not be drawn" in message and "is saved" in message
    assert "nothing was saved" not in message.lower()
    [visit] = visits(db)
    [job] = jobs(db)
    assert job.ref_id == str(visit.id) and job.request and not job.pdf
    assert job.status == PrintStatus.FAILED and "IndexError" in job.last_error
    assert printer.jobs == []

    monkeypatch.undo()  # the fault is fixed: the same stored request prints
    with db.write() as session:
        print_jobs.send_again(session=session, actor=actor, job_id=job.id)
    with qtbot.waitSignal(desk.slips.sent, timeout=5000):
        desk.slips.send_waiting()
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    assert "TESTPERSON0" in PdfReader(io.BytesIO(printer.jobs[0][1])).pages[0].extract_text()


def test_slip_is_stored_in_the_same_transaction_as_the_visit(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter
) -> None:
    """The print job exists as soon as the visit does: even with the print worker stopped."""
    printer.hold = hold = threading.Event()
    try:
        [person] = add_people(db, actor, 1)
        open_person(qtbot, desk, person)
        qtbot.keyClick(desk.person, Qt.Key.Key_5)
        with qtbot.waitSignal(desk.visit_recorded, timeout=5000) as recorded:
            qtbot.keyClick(desk.person, Qt.Key.Key_Return)
        [job] = jobs(db)
        assert job.ref_id == str(recorded.args[0].visit_id) and job.kind == "slip"
    finally:
        hold.set()


def test_no_printer_says_so_keeps_the_job_and_saves_a_pdf_only_where_asked(  # type: ignore[no-untyped-def]
    qtbot,
    desk,
    db: Database,
    actor: Actor,
    printer: FakePrinter,
    tmp_path: Path,
    _private_data_dir: Path,
) -> None:
    printer.absent = True
    [person] = add_people(db, actor, 1)
    open_person(qtbot, desk, person)
    qtbot.keyClick(desk.person, Qt.Key.Key_5)
    with qtbot.waitSignal(desk.slips.sent, timeout=5000):
        qtbot.keyClick(desk.person, Qt.Key.Key_Return)
    assert "no printer" in desk.message.text() and "kept in the print queue" in desk.message.text()
    qtbot.waitUntil(lambda: desk.print_notice.text() == "No printer: 1 document waiting")
    [job] = jobs(db)
    assert job.status == PrintStatus.FAILED  # not "Printed"
    assert not (_private_data_dir / "printed").exists()
    assert [p for p in _private_data_dir.rglob("*.pdf")] == []
    # The queue number stays on screen, large: the visitor is told it, there is no slip.
    assert desk.person.queue_number.isVisible() and desk.person.queue_number.text() == "1"

    desk.open_print_queue()
    dialog = desk.print_queue_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.data(dialog.model.index(0, 3)) == "Not printed"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    chooser = dialog.save_dialog
    assert chooser is not None and chooser.isVisible()
    target = tmp_path / "chosen" / "for-the-caseworker.pdf"
    target.parent.mkdir()
    chooser.selectFile(str(target))
    chooser.accept()
    qtbot.waitUntil(lambda: target.exists() and "Saved as" in dialog.note.text())
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "CFR-000001" in text and "TESTPERSON0" in text.upper()
    [job] = jobs(db)
    assert job.status == PrintStatus.FAILED  # saving a copy is not printing it
    with db.read() as session:
        actions = list(session.exec(select(AuditEvent.action)))
    assert "print.save_pdf" in actions
    dialog.reject()


def test_queue_number_stays_large_until_the_next_person_is_opened(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter
) -> None:
    first, second = add_people(db, actor, 2)
    open_person(qtbot, desk, first)
    qtbot.keyClick(desk.person, Qt.Key.Key_5)
    with qtbot.waitSignal(desk.slips.sent, timeout=5000):
        qtbot.keyClick(desk.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "sent to Fake printer" in desk.message.text())
    assert desk.person.queue_number.isVisible() and desk.person.queue_number.text() == "1"
    assert "TESTPERSON0" in desk.person.queue_caption.text().upper()
    assert desk.person.queue_number.font().pointSizeF() >= 4 * desk.font().pointSizeF()
    qtbot.wait(400)  # a status message replaced the check-in message; the number stays
    assert desk.person.queue_number.isVisible()
    open_person(qtbot, desk, second)
    assert not desk.person.queue_number.isVisible()


def test_a_service_that_prints_no_slip_prints_none(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter
) -> None:
    [person] = add_people(db, actor, 1)
    open_person(qtbot, desk, person)
    qtbot.keyClick(desk.person, Qt.Key.Key_7)  # English class: Service.prints_slip is False
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000):
        qtbot.keyClick(desk.person, Qt.Key.Key_Return)
    desk.runner.wait_for_done()
    assert desk.slips.wait_for_done(5000)
    assert jobs(db) == [] and printer.jobs == []
    assert "print no slip" in desk.person.queue_caption.text()


def test_a_hung_printer_never_delays_a_backup(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter
) -> None:
    people = add_people(db, actor, 3)
    printer.hold = hold = threading.Event()
    try:
        for person in people:  # three slips: more than the two long-job threads
            open_person(qtbot, desk, person)
            qtbot.keyClick(desk.person, Qt.Key.Key_5)
            with qtbot.waitSignal(desk.visit_recorded, timeout=5000):
                qtbot.keyClick(desk.person, Qt.Key.Key_Return)
        assert printer.waiting.wait(5)
        with qtbot.waitSignal(desk.backups.done, timeout=5000):
            qtbot.keyClick(
                desk,
                Qt.Key.Key_B,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
        assert printer.jobs == []  # the printer still has not answered
    finally:
        hold.set()
    qtbot.waitUntil(lambda: len(printer.jobs) == 3, timeout=10000)


def test_pdfs_left_by_an_older_version_are_removed_at_start(  # type: ignore[no-untyped-def]
    qtbot, db: Database, actor: Actor, printer: FakePrinter, _private_data_dir: Path
) -> None:
    from tests.conftest import open_desk

    old = _private_data_dir / "printed"
    old.mkdir(parents=True)
    for n in range(3):
        (old / f"slip-20261101-00{n}-CFR-00000{n}.pdf").write_bytes(b"%PDF-1.4 name, birth date")
    window = open_desk(qtbot, db, actor, printer)
    qtbot.waitUntil(lambda: not old.exists())
    window.runner.wait_for_done()


def test_registration_says_when_a_name_cannot_be_printed(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_desk_flow import register, save

    dialog = register(qtbot, desk, "Diallo", "Aissatou", "1993")
    dialog.form.name_original.insert("𞤀𞤢𞤧𞤢𞤼𞤵")  # Adlam, typed with an input method: no font
    with qtbot.waitSignal(desk.person_registered, timeout=5000):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: "cannot be printed" in desk.message.text())
    assert "𞤀" in desk.message.text() and "Registered DIALLO Aissatou" in desk.message.text()


def test_registration_of_a_printable_name_gives_no_warning(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_desk_flow import register, save

    dialog = register(qtbot, desk, "Levi", "Noa", "1995")
    dialog.form.name_original.insert("נועה לוי")  # typed with a Hebrew keyboard layout
    with qtbot.waitSignal(desk.person_registered, timeout=5000):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: "Registered LEVI Noa" in desk.message.text())
    assert "cannot be printed" not in desk.message.text()
