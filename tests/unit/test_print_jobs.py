"""The print queue's records: retries with backoff, a missing printer, old PDFs dropped."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.db import Database
from desktop.models import PrintStatus
from desktop.printing.queue import PrintQueue
from desktop.services import clock, print_jobs
from desktop.services.actor import Actor
from desktop.services.errors import ValidationError
from tests.fakes import FakePrinter

PDF = b"%PDF-1.4 fictional"


def stored(db: Database, actor: Actor, title: str, ref_id: str = "") -> uuid.UUID:
    with db.write() as session:
        job = print_jobs.enqueue(
            session=session, actor=actor, kind="slip", title=title, pdf=PDF, ref_id=ref_id
        )
        return job.id


def test_failed_job_is_retried_with_backoff_then_left_for_a_person(
    db: Database, actor: Actor
) -> None:
    printer = FakePrinter()
    printer.jam_reason = "printer offline"
    queue = PrintQueue(db, printer, actor)
    job_id = stored(db, actor, "slip-1", "visit-1")
    assert queue.send(job_id).status == PrintStatus.FAILED
    with db.read() as session:
        assert print_jobs.due(session) == []  # backoff: not at once
        later = clock.now() + timedelta(seconds=print_jobs.BACKOFF_SECONDS[0] + 1)
        assert print_jobs.due(session, now=later) == [job_id]
    for _ in range(print_jobs.AUTO_ATTEMPTS - 1):
        assert queue.send(job_id).reason == "printer offline"
    with db.read() as session:
        far = clock.now() + timedelta(days=1)
        assert print_jobs.due(session, now=far) == []  # five tries, then a person decides
        assert print_jobs.waiting_count(session) == 1
    printer.jam_reason = None
    with db.write() as session:
        print_jobs.send_again(session=session, actor=actor, job_id=job_id)
    assert queue.send_due()[0].status == PrintStatus.DONE
    assert [t for t, _ in printer.jobs] == ["slip-1"]


def test_missing_printer_is_named_and_the_job_kept(qapp, db: Database, actor: Actor) -> None:
    from desktop.ui.qt_printer import QtPrinterBackend

    queue = PrintQueue(db, QtPrinterBackend("Reception HP"), actor)
    job_id = stored(db, actor, "slip-2")
    result = queue.send(job_id)
    assert result.status == PrintStatus.FAILED
    assert "Reception HP" in result.reason and "not connected" in result.reason
    with db.read() as session:
        assert print_jobs.document(session, job_id).pdf == PDF


def test_printed_pdfs_are_dropped_after_a_few_days_but_the_record_stays(
    db: Database, actor: Actor
) -> None:
    queue = PrintQueue(db, FakePrinter(), actor)
    job_id = stored(db, actor, "slip-3")
    queue.send(job_id)
    with db.write() as session:
        assert print_jobs.forget_old_pdfs(session) == 0
        later = clock.now() + timedelta(days=print_jobs.KEEP_PDF_DAYS + 1)
        assert print_jobs.forget_old_pdfs(session, now=later) == 1
    with db.read() as session:
        [row] = print_jobs.list_jobs(session)
        assert row.status == PrintStatus.DONE and not row.has_pdf
    with pytest.raises(ValidationError):
        queue.reprint(job_id)


def test_empty_document_is_refused(db: Database, actor: Actor) -> None:
    with db.write() as session, pytest.raises(ValidationError):
        print_jobs.enqueue(session=session, actor=actor, kind="slip", title="x", pdf=b"")
    with db.read() as session:
        assert print_jobs.list_jobs(session) == []


def test_no_printer_at_all_fails_the_job_and_writes_no_file(
    qapp, db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo

    from desktop.printing.backends import PrinterState
    from desktop.ui.qt_printer import QtPrinterBackend

    monkeypatch.setattr(QPrinterInfo, "defaultPrinter", staticmethod(lambda: QPrinterInfo()))
    monkeypatch.chdir(tmp_path)
    backend = QtPrinterBackend("")
    assert backend.status().state == PrinterState.NO_PRINTER
    queue = PrintQueue(db, backend, actor)
    result = queue.send(stored(db, actor, "slip-4"))
    assert result.status == PrintStatus.FAILED and "no printer" in result.reason
    assert list(tmp_path.rglob("*.pdf")) == []


def test_a_stored_request_is_drawn_just_before_it_is_sent_and_kept_for_reprints(
    db: Database, actor: Actor
) -> None:
    from desktop.printing.requests import SLIP, SlipRequest
    from desktop.printing.slip import SlipData

    printer = FakePrinter()
    queue = PrintQueue(db, printer, actor)
    slip = SlipData("Centre", datetime(2026, 12, 6, 9, 0), 4, "CFR-000004", "OSEI Kwame")
    job_id = queue.submit(kind=SLIP, title="slip-5", request=SlipRequest(slip), ref_id="v5")
    with db.read() as session:
        assert print_jobs.document(session, job_id).pdf == b""  # not drawn yet
    assert queue.send(job_id).status == PrintStatus.DONE
    [(_title, pdf)] = printer.jobs
    assert pdf.startswith(b"%PDF")
    with db.read() as session:
        assert print_jobs.document(session, job_id).pdf == pdf
    with db.write() as session:
        later = clock.now() + timedelta(days=print_jobs.KEEP_PDF_DAYS + 1)
        assert print_jobs.forget_old_pdfs(session, now=later) == 1
    with db.read() as session:
        kept = print_jobs.document(session, job_id)
    assert (kept.pdf, kept.request) == (b"", "")  # nothing about the person is left
