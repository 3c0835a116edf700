"""Printing never freezes the desk and never loses or doubles a slip: jams, hangs, crashes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlmodel import col, select

from desktop.db import Database
from desktop.models import AuditEvent, PrintJob, PrintStatus
from desktop.services import print_jobs
from desktop.services.actor import Actor
from tests.fakes import FakePrinter
from tests.records import add_people, service_id


def jobs(db: Database) -> list[PrintJob]:
    with db.read() as session:
        return list(session.exec(select(PrintJob).order_by(col(PrintJob.created_at))))


def check_in(qtbot, desk, person_id) -> object:  # type: ignore[no-untyped-def]
    medical = service_id(desk.db)
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000) as recorded:
        desk.request_check_in(person_id, [medical], "")
    return recorded.args[0]


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_jobs, "BACKOFF_SECONDS", (0, 0, 0, 0, 0))


def test_jammed_printer_keeps_the_slip_and_prints_it_once_cleared(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter, no_backoff
) -> None:
    [person] = add_people(db, actor, 1)
    printer.jam_reason = "paper jam in tray 1"
    with qtbot.waitSignal(desk.slips.sent, timeout=5000):
        check_in(qtbot, desk, person)
    qtbot.waitUntil(lambda: "paper jam in tray 1" in desk.message.text())
    assert "kept in the print queue" in desk.message.text()
    qtbot.waitUntil(lambda: "1 document waiting" in desk.print_notice.text())
    assert desk.print_notice.text() == "Printer problem: 1 document waiting"
    [job] = jobs(db)
    assert job.status == PrintStatus.FAILED and job.attempts == 1 and job.pdf

    printer.jam_reason = None  # the volunteer clears the jam; the retry timer sends it
    with qtbot.waitSignal(desk.slips.sent, timeout=5000):
        desk.slips.send_waiting()
    assert len(printer.jobs) == 1
    [job] = jobs(db)
    assert job.status == PrintStatus.DONE and job.attempts == 2
    qtbot.waitUntil(lambda: desk.print_notice.text() == "Printer ready")

    desk.slips.send_waiting()  # nothing is due any more: it is not printed twice
    desk.runner.wait_for_done()
    desk.slips.wait_for_done()
    assert len(printer.jobs) == 1


def test_slip_of_a_visit_is_not_printed_twice_by_accident_but_reprint_works(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter
) -> None:
    [person] = add_people(db, actor, 1)
    with qtbot.waitSignal(desk.slips.sent, timeout=5000):
        row = check_in(qtbot, desk, person)
    assert len(printer.jobs) == 1

    with qtbot.waitSignal(desk.slips.sent, timeout=5000) as again:
        desk.slips.print_visit(row)  # e.g. a double click, or a replayed signal
    assert again.args[0].attempted is False
    assert "was printed already" in desk.message.text()
    assert len(printer.jobs) == 1

    with qtbot.waitSignal(desk.slips.sent, timeout=5000) as reprinted:
        qtbot.keyClick(desk, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert reprinted.args[0].attempted, (reprinted.args[0], desk.message.text())
    assert len(printer.jobs) == 2
    assert printer.jobs[1][0].endswith("(reprint)")
    assert printer.jobs[1][1] == printer.jobs[0][1]
    with db.read() as session:
        actions = list(session.exec(select(AuditEvent.action).order_by(col(AuditEvent.seq))))
    assert actions.count("print.queue") == 1
    assert actions.count("print.reprint") == 1
    assert actions.count("print.sent") == 2


def test_offline_printer_that_hangs_never_freezes_the_desk(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter
) -> None:
    first, second = add_people(db, actor, 2)
    printer.hold = hold = threading.Event()
    try:
        check_in(qtbot, desk, first)
        assert printer.waiting.wait(5)  # the driver is stuck on the first slip
        check_in(qtbot, desk, second)  # the desk goes on checking people in
        qtbot.waitUntil(lambda: desk.today.model.rowCount() == 2)
        desk.search.box.setFocus()
        qtbot.keyClicks(desk.search.box, "testperson1")
        qtbot.waitUntil(lambda: desk.search.model.rowCount() > 0)
        assert printer.jobs == []
    finally:
        hold.set()
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=5000)
    assert [title.split("-")[2] for title, _ in printer.jobs] == ["001", "002"]
    qtbot.waitUntil(lambda: {j.status for j in jobs(db)} == {PrintStatus.DONE})


def test_slip_sent_when_the_app_died_is_left_for_a_person_to_check(  # type: ignore[no-untyped-def]
    qtbot, db: Database, actor: Actor, printer: FakePrinter
) -> None:
    from desktop.services.settings import load_settings
    from desktop.ui.main_window import MainWindow

    with db.write() as session:
        job = print_jobs.enqueue(
            session=session,
            actor=actor,
            kind="slip",
            title="slip-x",
            pdf=b"%PDF-1.4 x",
            ref_id="v1",
        )
        print_jobs.claim(session=session, job_id=job.id)  # then the power went
    with db.read() as session:
        settings = load_settings(session)
    window = MainWindow(db, actor, settings, printer)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitUntil(lambda: "may not have printed" in window.message.text())
    qtbot.waitUntil(lambda: "1 document waiting" in window.print_notice.text())
    window.runner.wait_for_done()
    window.slips.wait_for_done()
    assert printer.jobs == []  # not sent again unasked
    [stored] = jobs(db)
    assert stored.status == PrintStatus.UNCERTAIN

    window.open_print_queue()
    dialog = window.print_queue_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.table.selectRow(0)
    assert "Look in the printer's tray" in dialog.note.text()
    assert dialog.send_button.isEnabled() and dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(window.slips.sent, timeout=5000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert [t for t, _ in printer.jobs] == ["slip-x"]
    qtbot.waitUntil(lambda: dialog.model.row_at(0).status == PrintStatus.DONE)
    window.runner.wait_for_done()
    window.slips.wait_for_done()


def test_volunteer_cancels_a_job_that_cannot_print(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter, tmp_path: Path
) -> None:
    [person] = add_people(db, actor, 1)
    printer.jam_reason = "out of paper"
    with qtbot.waitSignal(desk.slips.sent, timeout=5000):
        check_in(qtbot, desk, person)
    qtbot.keyClick(
        desk, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = desk.print_queue_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.table.selectRow(0)
    assert dialog.model.data(dialog.model.index(0, 3)) == "Not printed"
    assert dialog.model.data(dialog.model.index(0, 6)) == "out of paper"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.row_at(0).status == PrintStatus.CANCELLED)
    printer.jam_reason = None
    desk.slips.send_waiting()
    desk.runner.wait_for_done()
    desk.slips.wait_for_done()
    assert desk.slips.wait_for_done(5000)
    assert printer.jobs == []
    assert dialog.grab().save(str(tmp_path / "print_queue.png"))  # it can be looked at


def open_queue(qtbot, desk):  # type: ignore[no-untyped-def]
    qtbot.keyClick(
        desk, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    return desk.print_queue_dialog


def cell(dialog, row: int, header: str) -> str:  # type: ignore[no-untyped-def]
    model = dialog.model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return str(model.data(model.index(row, columns.index(header))))


def press_with_printer_jammed(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter, button: str, reason: str
) -> None:
    """A member's card or form button pressed while the printer is jammed."""
    [person] = add_people(db, actor, 1)
    desk.open_person(person)
    qtbot.waitUntil(lambda: desk.person.person_id == person)
    printer.jam_reason = reason
    with qtbot.waitSignal(desk.slips.sent, timeout=5000):
        qtbot.mouseClick(getattr(desk.person, button), Qt.MouseButton.LeftButton)
    assert printer.jobs == []


def test_jammed_member_card_stays_in_the_queue_and_a_reprint_prints_it_once(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter, no_backoff
) -> None:
    press_with_printer_jammed(qtbot, desk, db, actor, printer, "print_card_button", "paper jam")
    qtbot.waitUntil(lambda: "paper jam" in desk.message.text())
    [card] = jobs(db)
    assert (card.kind, card.status, card.ref_id != "") == ("card", PrintStatus.FAILED, True)

    dialog = open_queue(qtbot, desk)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert cell(dialog, 0, "What") == "Member card"
    assert cell(dialog, 0, "State") == "Not printed"
    assert cell(dialog, 0, "Document").startswith("card-CFR-")
    printer.jam_reason = None
    dialog.table.selectRow(0)
    with qtbot.waitSignal(desk.slips.sent, timeout=5000):
        qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    # The list refreshes once the job is recorded as printed (a moment after it was sent).
    qtbot.waitUntil(lambda: cell(dialog, 0, "State") == "Printed")
    assert [title for title, _ in printer.jobs] == [card.title + " (reprint)"]
    assert cell(dialog, 0, "What") == "Member card (reprint)"
    assert cell(dialog, 1, "State") == "Cancelled"  # the jammed one will not come out as well

    desk.slips.send_waiting()  # the retry timer finds nothing left to send
    desk.runner.wait_for_done()
    desk.slips.wait_for_done()
    assert len(printer.jobs) == 1


def test_intake_form_waits_out_a_jam_and_is_not_printed_twice_by_accident(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter, no_backoff
) -> None:
    press_with_printer_jammed(qtbot, desk, db, actor, printer, "intake_form_button", "no paper")
    [form] = jobs(db)
    assert (form.kind, form.status) == ("intake_form", PrintStatus.FAILED)

    printer.jam_reason = None  # paper in; the retry timer sends it
    with qtbot.waitSignal(desk.slips.sent, timeout=5000):
        desk.slips.send_waiting()
    assert [title for title, _ in printer.jobs] == [form.title]
    qtbot.waitUntil(lambda: "Intake form (intake-form-" in desk.message.text())

    with qtbot.waitSignal(desk.slips.sent, timeout=5000) as again:  # a second press
        qtbot.mouseClick(desk.person.intake_form_button, Qt.MouseButton.LeftButton)
    assert again.args[0].attempted is False
    assert "was printed already" in desk.message.text()
    assert len(printer.jobs) == 1

    for _ in range(2):  # blank forms are printed in a stack, on purpose
        with qtbot.waitSignal(desk.slips.sent, timeout=5000):
            desk.act_blank_form.trigger()
    assert [title for title, _ in printer.jobs][1:] == ["intake-form-blank"] * 2
    dialog = open_queue(qtbot, desk)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert [cell(dialog, r, "What") for r in range(3)] == [
        "Blank intake form",
        "Blank intake form",
        "Intake form",
    ]
