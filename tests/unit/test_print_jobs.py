"""The print queue's records: retries with backoff, a missing printer, old PDFs dropped."""

from __future__ import annotations

from datetime import timedelta
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


def test_failed_job_is_retried_with_backoff_then_left_for_a_person(
    db: Database, actor: Actor
) -> None:
    printer = FakePrinter()
    printer.jam_reason = "printer offline"
    queue = PrintQueue(db, printer, actor)
    job_id = queue.submit(kind="slip", title="slip-1", ref_id="visit-1", render=lambda: PDF)
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

    queue = PrintQueue(db, QtPrinterBackend("Reception HP", Path("unused")), actor)
    job_id = queue.submit(kind="slip", title="slip-2", render=lambda: PDF)
    result = queue.send(job_id)
    assert result.status == PrintStatus.FAILED
    assert "Reception HP" in result.reason and "not connected" in result.reason
    with db.read() as session:
        assert print_jobs.document(session, job_id) == (PDF, "slip-2")


def test_printed_pdfs_are_dropped_after_a_few_days_but_the_record_stays(
    db: Database, actor: Actor
) -> None:
    queue = PrintQueue(db, FakePrinter(), actor)
    job_id = queue.submit(kind="slip", title="slip-3", render=lambda: PDF)
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
