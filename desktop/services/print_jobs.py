"""The print queue's records: every document is stored before it is sent, and what became of it.

States: pending -> printing -> done, or -> failed (the printer did not take it; retried with
backoff, or by hand). A job still `printing` when the app stopped is `uncertain`: it may have come
out, so it is never sent again without a person deciding to. A document for a record (the slip
of a visit) is queued once; printing it again is an explicit reprint, recorded as such.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, update
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from desktop.models import PrintJob, PrintStatus, Service, VisitService
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, ValidationError

AUTO_ATTEMPTS = 5
BACKOFF_SECONDS = (5, 15, 45, 120, 300)  # before the 2nd, 3rd, ... attempt
KEEP_PDF_DAYS = 3  # printed documents' PDFs are dropped after this; the record stays
WAITING = (PrintStatus.PENDING, PrintStatus.FAILED, PrintStatus.UNCERTAIN)


@dataclass(frozen=True)
class PrintJobRow:
    id: uuid.UUID
    kind: str
    title: str
    ref_id: str
    status: PrintStatus
    attempts: int
    last_error: str
    printer_name: str
    created_at: datetime
    printed_at: datetime | None
    reprint: bool
    has_pdf: bool  # the document is kept (drawn, or its request to draw)


def _row(job: PrintJob, has_pdf: bool) -> PrintJobRow:
    return PrintJobRow(
        id=job.id,
        kind=job.kind,
        title=job.title,
        ref_id=job.ref_id,
        status=PrintStatus(job.status),
        attempts=job.attempts,
        last_error=job.last_error,
        printer_name=job.printer_name,
        created_at=job.created_at,
        printed_at=job.printed_at,
        reprint=job.title.endswith(REPRINT_MARK),
        has_pdf=has_pdf,
    )


REPRINT_MARK = " (reprint)"


def _get(session: Session, job_id: uuid.UUID) -> PrintJob:
    job = session.get(PrintJob, job_id)
    if job is None:
        raise NotFound(f"print job {job_id}")
    return job


def enqueue(
    *,
    session: Session,
    actor: Actor,
    kind: str,
    title: str,
    pdf: bytes = b"",
    request: str = "",
    ref_id: str = "",
    reprint_of: uuid.UUID | None = None,
) -> PrintJob:
    """Store a document to print: its PDF, or its `request` for the print queue to draw.
    The first job for (kind, ref_id) is returned if there is one, so the same slip is never
    queued twice by accident; pass `reprint_of` to print it again (a reprint of a job that has
    not printed cancels that job, so one copy comes out).
    Raises ValidationError (empty document), NotFound (reprint of an unknown job).
    """
    if not pdf and not request:
        raise ValidationError({"pdf": "The document is empty."})
    if reprint_of is None and ref_id:
        existing = find(session, kind=kind, ref_id=ref_id)
        if existing is not None:
            return _get(session, existing)
    if reprint_of is not None:
        original = _get(session, reprint_of)
        kind, ref_id = original.kind, original.ref_id
        title = original.title.removesuffix(REPRINT_MARK) + REPRINT_MARK
        if original.status in WAITING:
            # It never came out: the reprint takes its place, or the retry would print a second.
            original.status = PrintStatus.CANCELLED
            original.last_error = "Replaced by a reprint."
            original.updated_at = clock.now()
            session.add(original)
    job = PrintJob(
        kind=kind,
        title=title,
        ref_id=ref_id,
        pdf=pdf,
        request=request,
        desk_id=actor.desk_id,
        written_by=actor.user_id,
    )
    session.add(job)
    session.flush()
    detail: dict[str, object] = {"kind": kind, "ref_id": ref_id}
    if reprint_of is not None:
        detail["reprint_of"] = str(reprint_of)
    action = "print.reprint" if reprint_of is not None else "print.queue"
    audit.record(session, actor, action, entity="print_job", entity_id=job.id, detail=detail)
    return job


def find(session: Session, *, kind: str, ref_id: str) -> uuid.UUID | None:
    """The first job stored for this record, if any."""
    return session.exec(
        select(PrintJob.id)
        .where(PrintJob.kind == kind, PrintJob.ref_id == ref_id)
        .order_by(col(PrintJob.created_at))
    ).first()


def status_of(session: Session, job_id: uuid.UUID) -> tuple[PrintStatus, str, str]:
    """A job's state, title and kind. Raises NotFound."""
    job = _get(session, job_id)
    return PrintStatus(job.status), job.title, job.kind


def claim(*, session: Session, job_id: uuid.UUID) -> PrintJob | None:
    """Mark a job `printing` just before it is sent; None when it must not be sent (it is done,
    cancelled, uncertain, or another worker has it). Commit this before sending."""
    job = _get(session, job_id)
    if job.status not in (PrintStatus.PENDING, PrintStatus.FAILED):
        return None
    job.status = PrintStatus.PRINTING
    job.attempts += 1
    job.updated_at = clock.now()
    session.add(job)
    session.flush()
    return job


def mark_done(*, session: Session, actor: Actor, job_id: uuid.UUID, printer_name: str) -> None:
    job = _get(session, job_id)
    job.status = PrintStatus.DONE
    job.printer_name = printer_name[:200]
    job.printed_at = job.updated_at = clock.now()
    job.last_error = ""
    session.add(job)
    audit.record(
        session,
        actor,
        "print.sent",
        entity="print_job",
        entity_id=job.id,
        detail={"kind": job.kind, "ref_id": job.ref_id, "attempts": job.attempts},
    )


def _not_printed(session: Session, job_id: uuid.UUID, status: PrintStatus, reason: str) -> None:
    job = _get(session, job_id)
    job.status = status
    job.last_error = reason
    job.updated_at = clock.now()
    session.add(job)


def mark_failed(*, session: Session, job_id: uuid.UUID, reason: str) -> None:
    """The printer did not take it: retried with backoff."""
    _not_printed(session, job_id, PrintStatus.FAILED, reason)


def mark_uncertain(*, session: Session, job_id: uuid.UUID, reason: str) -> None:
    """The printer may have printed it: left for a person to check, never retried on its own."""
    _not_printed(session, job_id, PrintStatus.UNCERTAIN, reason)


def send_again(*, session: Session, actor: Actor, job_id: uuid.UUID) -> None:
    """A person asks to send a failed or uncertain job again (it did not come out)."""
    job = _get(session, job_id)
    if job.status not in WAITING:
        raise ValidationError({"status": "Only a job that did not print can be sent again."})
    if not job.pdf and not job.request:
        raise ValidationError({"pdf": "This document is no longer kept; print it anew."})
    job.status = PrintStatus.PENDING
    job.updated_at = clock.now()
    session.add(job)
    audit.record(session, actor, "print.send_again", entity="print_job", entity_id=job.id)


def record_saved(*, session: Session, actor: Actor, job_id: uuid.UUID) -> None:
    """A person saved the job's document as a PDF file (it left the database): audited."""
    job = _get(session, job_id)
    audit.record(
        session,
        actor,
        "print.save_pdf",
        entity="print_job",
        entity_id=job.id,
        detail={"kind": job.kind, "ref_id": job.ref_id},
    )


def cancel(*, session: Session, actor: Actor, job_id: uuid.UUID) -> None:
    """Stop a waiting job from printing. Raises ValidationError for a printed or printing job."""
    job = _get(session, job_id)
    if job.status not in WAITING:
        raise ValidationError({"status": "Only a job that is waiting can be cancelled."})
    job.status = PrintStatus.CANCELLED
    job.updated_at = clock.now()
    session.add(job)
    audit.record(session, actor, "print.cancel", entity="print_job", entity_id=job.id)


def due(session: Session, *, now: datetime | None = None) -> list[uuid.UUID]:
    """Jobs to send now: pending ones, and failed ones whose backoff has passed (oldest first)."""
    now = now or clock.now()
    jobs = session.exec(
        select(PrintJob)
        .where(col(PrintJob.status).in_([PrintStatus.PENDING, PrintStatus.FAILED]))
        .order_by(col(PrintJob.created_at))
    ).all()
    ready = []
    for job in jobs:
        if job.status == PrintStatus.PENDING:
            ready.append(job.id)
        elif job.attempts < AUTO_ATTEMPTS:
            wait = BACKOFF_SECONDS[min(job.attempts, len(BACKOFF_SECONDS)) - 1]
            if job.updated_at + timedelta(seconds=wait) <= now:
                ready.append(job.id)
    return ready


def recover_interrupted(session: Session) -> int:
    """At start: jobs left `printing` by a crash become `uncertain`. Returns how many."""
    result = session.exec(  # type: ignore[call-overload]
        update(PrintJob)
        .where(col(PrintJob.status) == PrintStatus.PRINTING)
        .values(
            status=PrintStatus.UNCERTAIN,
            last_error="Front Desk stopped while sending this. Check the printer before "
            "sending it again.",
            updated_at=clock.now(),
        )
    )
    return int(result.rowcount or 0)


def forget_old_pdfs(session: Session, *, now: datetime | None = None) -> int:
    """Drop the documents (PDF and request) printed or cancelled more than KEEP_PDF_DAYS ago."""
    cutoff = (now or clock.now()) - timedelta(days=KEEP_PDF_DAYS)
    result = session.exec(  # type: ignore[call-overload]
        update(PrintJob)
        .where(
            col(PrintJob.status).in_([PrintStatus.DONE, PrintStatus.CANCELLED]),
            col(PrintJob.updated_at) < cutoff,
            (func.length(PrintJob.pdf) > 0) | (func.length(PrintJob.request) > 0),
        )
        .values(pdf=b"", request="")
    )
    return int(result.rowcount or 0)


@dataclass(frozen=True)
class StoredDocument:
    kind: str
    title: str
    pdf: bytes  # b"" until the print queue has drawn the request
    request: str


def document(session: Session, job_id: uuid.UUID) -> StoredDocument:
    """What a job prints: its PDF, or the request to draw it from. Raises NotFound."""
    job = _get(session, job_id)
    return StoredDocument(job.kind, job.title, job.pdf, job.request)


def store_drawn(*, session: Session, job_id: uuid.UUID, pdf: bytes) -> None:
    """Keep the PDF the print queue drew from the job's request (a reprint is the same paper)."""
    job = _get(session, job_id)
    job.pdf = pdf
    session.add(job)


def visit_prints_slip(session: Session, visit_id: uuid.UUID) -> bool:
    """Whether any of the visit's services prints a slip (`Service.prints_slip`)."""
    found = session.exec(
        select(Service.id)
        .join(VisitService, col(VisitService.service_id) == col(Service.id))
        .where(
            VisitService.visit_id == visit_id,
            col(VisitService.deleted_at).is_(None),
            col(Service.prints_slip).is_(True),
        )
        .limit(1)
    ).first()
    return found is not None


def list_jobs(session: Session, *, limit: int = 300) -> list[PrintJobRow]:
    """The newest jobs first, without their PDFs."""
    has_pdf = ((func.length(PrintJob.pdf) > 0) | (func.length(PrintJob.request) > 0)).label(
        "has_pdf"
    )
    rows = session.exec(
        select(PrintJob, has_pdf)
        .options(defer(PrintJob.pdf), defer(PrintJob.request))  # type: ignore[arg-type]
        .order_by(col(PrintJob.created_at).desc())
        .limit(limit)
    ).all()
    return [_row(job, bool(flag)) for job, flag in rows]


def waiting_count(session: Session) -> int:
    """Jobs that have not printed yet and are not cancelled (for the status bar)."""
    return int(
        session.exec(
            select(func.count()).where(col(PrintJob.status).in_([*WAITING, PrintStatus.PRINTING]))
        ).one()
    )
