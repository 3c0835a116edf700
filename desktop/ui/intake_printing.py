"""Printing member cards and intake forms without blocking the desk."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from desktop.db import Database
from desktop.printing.backends import PrintBackend
from desktop.printing.card import card_for, render_cards
from desktop.printing.intake_form import (
    IntakeFormData,
    blank_intake_form,
    intake_form_for,
    render_intake_form,
)
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.cards import issue_card
from desktop.services.consent import consents_of
from desktop.services.jobs import JobControl
from desktop.services.people import get_person
from desktop.services.permissions import redact
from desktop.services.settings import Settings
from desktop.ui.messages import describe_error
from desktop.ui.tasks import Job, TaskRunner


class IntakePrinter(QObject):
    finished = Signal(str)  # a sentence for the status bar
    failed = Signal(str)
    printed = Signal(bytes, str)  # the PDF and where it went

    def __init__(
        self,
        db: Database,
        actor: Actor,
        runner: TaskRunner,
        backend: PrintBackend,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.backend, self.settings = backend, settings
        self._jobs: set[Job] = set()

    def issue_and_print(self, person_id: uuid.UUID) -> None:
        """A new card for the member (the old one is marked replaced), then print it."""

        def work() -> tuple[bytes, str]:
            with self.db.write() as session:
                person = get_person(session, person_id)
                card = issue_card(session=session, actor=self.actor, person_id=person_id)
                data = card_for(person, card, self.settings.centre_name)
            return render_cards([data]), f"card-{data.member_number}-{data.serial}"

        self.runner.submit(
            work,
            lambda result: self._send(*result, self.tr("Member card sent to %1.")),
            lambda exc: self.failed.emit(describe_error(exc)),
            changes="people",
        )

    def print_intake_form(self, person_id: uuid.UUID | None) -> None:
        """The intake form filled in for `person_id` (to sign), or blank when None."""

        def work() -> tuple[bytes, str]:
            data: IntakeFormData
            if person_id is None:
                data, title = blank_intake_form(self.settings.centre_name), "intake-form-blank"
            else:
                with self.db.write() as session:
                    # A volunteer's copy leaves the staff-only needs unticked.
                    person = redact(get_person(session, person_id), self.actor)
                    records = consents_of(session, person_id)
                    current = records[0] if records else None
                    data = intake_form_for(
                        person,
                        current.consent if current else None,
                        self.settings.centre_name,
                        current.taken_by_name if current else "",
                    )
                    audit.record(
                        session,
                        self.actor,
                        "print.intake_form",
                        entity="person",
                        entity_id=person_id,
                    )
                title = f"intake-form-{data.member_number}"
            return render_intake_form(data), title

        self.runner.submit(
            work,
            lambda result: self._send(*result, self.tr("Intake form sent to %1.")),
            lambda exc: self.failed.emit(describe_error(exc)),
        )

    def _send(self, pdf: bytes, title: str, message: str) -> None:
        job = Job(self)
        self._jobs.add(job)

        def work(_control: JobControl) -> str:
            return self.backend.print_pdf(pdf, title)

        def done(where: str) -> None:
            self._jobs.discard(job)
            self.printed.emit(pdf, where)
            self.finished.emit(message.replace("%1", where))

        def failed(exc: BaseException) -> None:
            self._jobs.discard(job)
            self.failed.emit(describe_error(exc))

        job.finished.connect(done)
        job.failed.connect(failed)
        self.runner.start_job(job, work)
