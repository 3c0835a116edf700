"""Member cards and intake forms go through the print queue like slips: stored (in the same
transaction as the card issued or the form's audit event) before they are drawn and sent,
retried after a jam, reprinted from the queue window, never printed twice by accident."""

from __future__ import annotations

import hashlib
import uuid

from PySide6.QtCore import QObject, Signal
from sqlmodel import Session

from desktop.db import Database
from desktop.printing.card import card_for
from desktop.printing.intake_form import IntakeFormData, blank_intake_form, intake_form_for
from desktop.printing.requests import (
    BLANK_FORM,
    CARD,
    INTAKE_FORM,
    CardRequest,
    FormRequest,
    encode,
)
from desktop.services import audit, clock, print_jobs
from desktop.services.actor import Actor
from desktop.services.cards import issue_card
from desktop.services.consent import consents_of
from desktop.services.people import get_person
from desktop.services.permissions import redact
from desktop.services.settings import Settings
from desktop.ui.messages import describe_error
from desktop.ui.slips import SlipPrinter
from desktop.ui.tasks import TaskRunner


def _form_ref(person_id: uuid.UUID, data: IntakeFormData) -> str:
    """The same form for the same person on the same day is one document: a second press
    prints nothing new (Reprint does); changed details or another day make a new one."""
    digest = hashlib.sha256(repr(data).encode()).hexdigest()[:12]
    return f"{person_id}:{clock.today().isoformat()}:{digest}"


class IntakePrinter(QObject):
    failed = Signal(str)  # reading the record failed; printer problems come from `slips`

    def __init__(
        self,
        db: Database,
        actor: Actor,
        runner: TaskRunner,
        slips: SlipPrinter,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.slips, self.settings = slips, settings

    def issue_and_print(self, person_id: uuid.UUID) -> None:
        """A new card for the member (the old one is marked replaced), then print it once."""

        def work() -> uuid.UUID:
            with self.db.write() as session:
                person = get_person(session, person_id)
                card = issue_card(session=session, actor=self.actor, person_id=person_id)
                data = card_for(person, card, self.settings.centre_name)
                return print_jobs.enqueue(
                    session=session,
                    actor=self.actor,
                    kind=CARD,
                    title=f"card-{data.member_number}-{data.serial}",
                    request=encode(CARD, CardRequest((data,))),
                    ref_id=str(card.id),
                ).id

        self.runner.submit(
            work,
            lambda job_id: self.slips.stored(job_id, slip=False),
            lambda exc: self.failed.emit(describe_error(exc)),
            changes="people",
            once="card",
        )

    def print_intake_form(self, person_id: uuid.UUID | None) -> None:
        """The intake form filled in for `person_id` (to sign), or blank when None."""

        def work() -> tuple[uuid.UUID, bool]:
            with self.db.write() as session:
                if person_id is None:  # a stack of blank forms is printed on purpose: no ref
                    data = blank_intake_form(self.settings.centre_name)
                    return self._store(session, BLANK_FORM, "intake-form-blank", data, "")
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
                    session, self.actor, "print.intake_form", entity="person", entity_id=person_id
                )
                title = f"intake-form-{data.member_number}"
                return self._store(session, INTAKE_FORM, title, data, _form_ref(person_id, data))

        self.runner.submit(
            work,
            lambda stored: self.slips.stored(stored[0], slip=False, repeat=stored[1]),
            lambda exc: self.failed.emit(describe_error(exc)),
        )

    def _store(
        self, session: Session, kind: str, title: str, data: IntakeFormData, ref_id: str
    ) -> tuple[uuid.UUID, bool]:
        """The form's job id, and whether it was stored before (the same form asked again)."""
        repeat = bool(ref_id) and print_jobs.find(session, kind=kind, ref_id=ref_id) is not None
        request = encode(kind, FormRequest(data))
        job = print_jobs.enqueue(
            session=session,
            actor=self.actor,
            kind=kind,
            title=title,
            request=request,
            ref_id=ref_id,
        )
        return job.id, repeat
