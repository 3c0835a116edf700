"""Sending stored print jobs to the printer, one at a time, without ever sending one twice.

Each step is its own short transaction: the job is stored (a slip with its visit, as a request
to draw), then marked `printing` (committed), drawn into a PDF if it is still a request, sent,
then marked done or failed. A crash between "printing" and "done" leaves the job
`uncertain` at the next start, for a person to check, instead of printing it again unasked.
Runs on worker threads only; nothing here touches Qt.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.db import Database
from desktop.models import PrintStatus
from desktop.printing.backends import (
    PrintBackend,
    PrinterStatus,
    PrintFailed,
    PrintMaybeSent,
    remove_old_printed_folder,
)
from desktop.printing.requests import CannotDraw, Request, draw, encode
from desktop.services import print_jobs
from desktop.services.actor import Actor
from desktop.services.errors import ValidationError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SendResult:
    job_id: uuid.UUID
    title: str
    status: PrintStatus  # DONE, FAILED, or the state that kept it from being sent
    where: str = ""  # printer name or PDF file, when DONE
    reason: str = ""  # plain words, when FAILED
    attempted: bool = True  # False: not sent, it was already printed, cancelled or uncertain
    kind: str = ""  # "slip", "card", "intake_form", ... (what the volunteer is told it was)
    drawn: bool = True  # False: the stored request could not be drawn (reason says why)


class PrintQueue:
    def __init__(
        self,
        db: Database,
        backend: PrintBackend,
        actor: Actor,
        old_pdf_folder: Path | None = None,
    ) -> None:
        self.db, self.backend, self.actor = db, backend, actor
        self.old_pdf_folder = old_pdf_folder  # where versions before 0009 saved PDFs unasked
        self._sending = threading.Lock()  # one document at a time reaches the printer

    def submit(self, *, kind: str, title: str, request: Request, ref_id: str = "") -> uuid.UUID:
        """Store a document to draw and print; returns its job id (the existing one for a
        repeat of the same record)."""
        with self.db.write() as session:
            job = print_jobs.enqueue(
                session=session,
                actor=self.actor,
                kind=kind,
                title=title,
                request=encode(kind, request),
                ref_id=ref_id,
            )
            return job.id

    def tidy_at_start(self) -> int:
        """Jobs a crash left `printing` become `uncertain`; old printed documents are dropped,
        and so are PDFs older versions saved in the data folder.
        Returns how many jobs need a person to check the printer."""
        with self.db.write() as session:
            uncertain = print_jobs.recover_interrupted(session)
            print_jobs.forget_old_pdfs(session)
        if uncertain:
            log.warning("%d print job(s) were interrupted while printing", uncertain)
        if self.old_pdf_folder is not None:
            try:
                removed = remove_old_printed_folder(self.old_pdf_folder)
            except OSError as exc:
                log.error("could not remove the old saved PDFs in %s: %s", self.old_pdf_folder, exc)
            else:
                if removed:
                    log.info("removed %d PDF(s) saved by an older version", removed)
        return uncertain

    def printer_status(self) -> PrinterStatus:
        """What the printer says now (may take seconds: CUPS is asked)."""
        return self.backend.status()

    def pdf_of(self, job_id: uuid.UUID) -> tuple[bytes, str]:
        """A job's PDF (drawn now from its request if it was not yet) and its title, for
        "Save as PDF". Raises ValidationError (nothing kept), CannotDraw."""
        with self.db.read() as session:
            stored = print_jobs.document(session, job_id)
        if stored.pdf:
            return stored.pdf, stored.title
        if not stored.request:
            raise ValidationError({"pdf": "This document is no longer kept; print it anew."})
        return draw(stored.kind, stored.request), stored.title

    def waiting(self) -> int:
        with self.db.read() as session:
            return print_jobs.waiting_count(session)

    def reprint(self, job_id: uuid.UUID) -> uuid.UUID:
        """Store a reprint of a job from its kept PDF. Raises ValidationError if the PDF is gone."""
        with self.db.write() as session:
            stored = print_jobs.document(session, job_id)
            if not stored.pdf and not stored.request:
                raise ValidationError({"pdf": "This document is no longer kept; print it anew."})
            job = print_jobs.enqueue(
                session=session,
                actor=self.actor,
                kind="",
                title=stored.title,
                pdf=stored.pdf,
                request=stored.request,
                reprint_of=job_id,
            )
            return job.id

    def send(self, job_id: uuid.UUID) -> SendResult:
        """Send one stored job if it may be sent. Never raises for a printer problem."""
        with self._sending:
            with self.db.write() as session:
                job = print_jobs.claim(session=session, job_id=job_id)
                if job is None:
                    current, title, kind = print_jobs.status_of(session, job_id)
                    return SendResult(job_id, title, current, attempted=False, kind=kind)
                pdf, title, kind, request = job.pdf, job.title, job.kind, job.request
            if not pdf:
                try:
                    pdf = draw(kind, request)
                except CannotDraw as exc:
                    log.error("print job %s could not be drawn (%s)", job_id, type(exc.__cause__))
                    result = self._failed(job_id, title, kind, exc.reason)
                    return SendResult(
                        job_id, title, result.status, reason=exc.reason, kind=kind, drawn=False
                    )
                with self.db.write() as session:
                    print_jobs.store_drawn(session=session, job_id=job_id, pdf=pdf)
            try:
                where = self.backend.print_pdf(pdf, title)
            except PrintMaybeSent as exc:
                log.warning("printing %s may have happened: %s", title, exc.reason)
                with self.db.write() as session:
                    print_jobs.mark_uncertain(session=session, job_id=job_id, reason=exc.reason)
                return SendResult(
                    job_id, title, PrintStatus.UNCERTAIN, reason=exc.reason, kind=kind
                )
            except PrintFailed as exc:
                return self._failed(job_id, title, kind, exc.reason)
            except Exception as exc:  # a driver error must not leave the job "printing"
                log.exception("printing %s failed unexpectedly", title)
                return self._failed(job_id, title, kind, str(exc) or type(exc).__name__)
            with self.db.write() as session:
                print_jobs.mark_done(
                    session=session, actor=self.actor, job_id=job_id, printer_name=where
                )
            log.info("printed %s on %s", title, where)
            return SendResult(job_id, title, PrintStatus.DONE, where=where, kind=kind)

    def _failed(self, job_id: uuid.UUID, title: str, kind: str, reason: str) -> SendResult:
        log.warning("printing %s failed: %s", title, reason)
        with self.db.write() as session:
            print_jobs.mark_failed(session=session, job_id=job_id, reason=reason)
        return SendResult(job_id, title, PrintStatus.FAILED, reason=reason, kind=kind)

    def send_due(self, *, besides: uuid.UUID | None = None) -> list[SendResult]:
        """Send what is waiting: new jobs, and failed ones whose retry time has come
        (`besides`: a job just tried, not tried again in the same breath)."""
        with self.db.read() as session:
            ids = print_jobs.due(session)
        return [self.send(job_id) for job_id in ids if job_id != besides]
