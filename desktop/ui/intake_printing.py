"""Member cards and intake forms go through the print queue like slips: stored before they are
sent, retried after a jam, reprinted from the queue window, never printed twice by accident."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.db import Database
from desktop.printing.card import CardData, card_for, render_cards
from desktop.printing.intake_form import (
    IntakeFormData,
    blank_intake_form,
    intake_form_for,
    render_intake_form,
)
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.cards import issue_card
from desktop.services.consent import consents_of
from desktop.services.people import get_person
from desktop.services.permissions import redact
from desktop.services.settings import Settings
from desktop.ui.messages import describe_error
from desktop.ui.slips import SlipPrinter
from desktop.ui.tasks import TaskRunner

CARD, INTAKE_FORM, BLANK_FORM = "card", "intake_form", "intake_form_blank"


@dataclass(frozen=True)
class _Form:
    data: IntakeFormData
    title: str
    ref_id: str  # "" for a blank form: a stack of them is printed on purpose


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

        def work() -> tuple[CardData, uuid.UUID]:
            with self.db.write() as session:
                person = get_person(session, person_id)
                card = issue_card(session=session, actor=self.actor, person_id=person_id)
                return card_for(person, card, self.settings.centre_name), card.id

        def queue(result: tuple[CardData, uuid.UUID]) -> None:
            data, card_id = result
            self.slips.print_document(
                CARD,
                f"card-{data.member_number}-{data.serial}",
                str(card_id),
                lambda: render_cards([data]),
            )

        self.runner.submit(
            work, queue, lambda exc: self.failed.emit(describe_error(exc)), changes="people"
        )

    def print_intake_form(self, person_id: uuid.UUID | None) -> None:
        """The intake form filled in for `person_id` (to sign), or blank when None."""

        def work() -> _Form:
            if person_id is None:
                return _Form(blank_intake_form(self.settings.centre_name), "intake-form-blank", "")
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
                    session, self.actor, "print.intake_form", entity="person", entity_id=person_id
                )
            return _Form(data, f"intake-form-{data.member_number}", _form_ref(person_id, data))

        def queue(form: _Form) -> None:
            kind = INTAKE_FORM if form.ref_id else BLANK_FORM
            self.slips.print_document(
                kind, form.title, form.ref_id, lambda: render_intake_form(form.data)
            )

        self.runner.submit(work, queue, lambda exc: self.failed.emit(describe_error(exc)))
