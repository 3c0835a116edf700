"""Sending stored print jobs to the printer, one at a time, without ever sending one twice.

Each step is its own short transaction: the job is stored, then marked `printing` (committed),
then sent, then marked done or failed. A crash between "printing" and "done" leaves the job
`uncertain` at the next start, for a person to check, instead of printing it again unasked.
Runs on worker threads only; nothing here touches Qt.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from desktop.db import Database
from desktop.models import PrintStatus
from desktop.printing.backends import PrintBackend, PrintFailed, PrintMaybeSent
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


class PrintQueue:
    def __init__(self, db: Database, backend: PrintBackend, actor: Actor) -> None:
        self.db, self.backend, self.actor = db, backend, actor
        self._sending = threading.Lock()  # one document at a time reaches the printer

    def submit(
        self,
        *,
        kind: str,
        title: str,
        render: Callable[[], bytes],
        ref_id: str = "",
        reprint_of: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Render and store a document; returns its job id (the existing one for a repeat)."""
        if reprint_of is None and ref_id:
            with self.db.read() as session:
                existing = print_jobs.find(session, kind=kind, ref_id=ref_id)
            if existing is not None:
                return existing
        pdf = render()
        with self.db.write() as session:
            job = print_jobs.enqueue(
                session=session,
                actor=self.actor,
                kind=kind,
                title=title,
                pdf=pdf,
                ref_id=ref_id,
                reprint_of=reprint_of,
            )
            return job.id

    def tidy_at_start(self) -> int:
        """Jobs a crash left `printing` become `uncertain`; old printed PDFs are dropped.
        Returns how many jobs need a person to check the printer."""
        with self.db.write() as session:
            uncertain = print_jobs.recover_interrupted(session)
            print_jobs.forget_old_pdfs(session)
        if uncertain:
            log.warning("%d print job(s) were interrupted while printing", uncertain)
        return uncertain

    def waiting(self) -> int:
        with self.db.read() as session:
            return print_jobs.waiting_count(session)

    def reprint(self, job_id: uuid.UUID) -> uuid.UUID:
        """Store a reprint of a job from its kept PDF. Raises ValidationError if the PDF is gone."""
        with self.db.write() as session:
            pdf, title = print_jobs.document(session, job_id)
            if not pdf:
                raise ValidationError({"pdf": "This document is no longer kept; print it anew."})
            job = print_jobs.enqueue(
                session=session, actor=self.actor, kind="", title=title, pdf=pdf, reprint_of=job_id
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
                pdf, title, kind = job.pdf, job.title, job.kind
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

    def send_due(self) -> list[SendResult]:
        """Send what is waiting: new jobs, and failed ones whose retry time has come."""
        with self.db.read() as session:
            ids = print_jobs.due(session)
        return [self.send(job_id) for job_id in ids]
