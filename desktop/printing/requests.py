"""What to print, stored in the database as words and numbers; drawn later by the print queue.

A slip is stored as its request in the same transaction as the visit (`queue_slip`), so a visit
shown as saved always has its slip waiting, whatever happens to the drawing or the printer. The
print queue's worker turns the request into a PDF (`draw`) just before it is sent; a request that
cannot be drawn stays in the queue with the reason, and the visit stands.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter
from sqlmodel import Session

from desktop.printing.card import CardData, render_cards
from desktop.printing.intake_form import IntakeFormData, render_intake_form
from desktop.printing.slip import SlipData, render_slip
from desktop.services import clock, print_jobs
from desktop.services.actor import Actor
from desktop.services.errors import NotFound
from desktop.services.visits import VisitRow, get_visit_row

SLIP, CARD, INTAKE_FORM, BLANK_FORM = "slip", "card", "intake_form", "intake_form_blank"


@dataclass(frozen=True)
class SlipRequest:
    slip: SlipData
    fmt: str = "80mm"


@dataclass(frozen=True)
class CardRequest:
    cards: tuple[CardData, ...]


@dataclass(frozen=True)
class FormRequest:
    form: IntakeFormData


Request = SlipRequest | CardRequest | FormRequest
_ADAPTERS: dict[str, TypeAdapter[Any]] = {
    SLIP: TypeAdapter(SlipRequest),
    CARD: TypeAdapter(CardRequest),
    INTAKE_FORM: TypeAdapter(FormRequest),
    BLANK_FORM: TypeAdapter(FormRequest),
}


class CannotDraw(Exception):
    """The stored request could not be drawn as a PDF; `reason` is for the print queue."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def encode(kind: str, request: Request) -> str:
    return _ADAPTERS[kind].dump_json(request).decode()


def decode(kind: str, stored: str) -> Request:
    request: Request = _ADAPTERS[kind].validate_json(stored)
    return request


def draw(kind: str, stored: str) -> bytes:
    """The PDF for a stored request. Raises CannotDraw."""
    try:
        request = decode(kind, stored)
        if isinstance(request, SlipRequest):
            return render_slip(request.slip, fmt=request.fmt)
        if isinstance(request, CardRequest):
            return render_cards(request.cards)
        return render_intake_form(request.form)
    except Exception as exc:
        raise CannotDraw(f"{type(exc).__name__}: {exc}") from exc


def slip_for(row: VisitRow, centre_name: str, language: str | None = None) -> SlipData:
    """The slip of a visit, in `language` or else the member's preferred language."""
    return SlipData(
        centre_name=centre_name,
        local_time=clock.to_local(row.visited_at),
        queue_number=row.queue_number,
        member_number=row.member_number,
        display_name=row.display_name,
        name_original=row.name_original,
        services=row.services,
        service_codes=row.service_codes,
        language=language or row.preferred_language or "en",
    )


def slip_title(slip: SlipData) -> str:
    return f"slip-{slip.local_time:%Y%m%d}-{slip.queue_number:03d}-{slip.member_number}"


@dataclass(frozen=True)
class RecordedVisit:
    """A visit just recorded, and its slip stored with it (None: its services print no slip)."""

    row: VisitRow
    slip_job: uuid.UUID | None


def record_slip(
    *, session: Session, actor: Actor, visit_id: uuid.UUID, centre_name: str, fmt: str
) -> RecordedVisit:
    """The visit as the window shows it, with its slip stored in the caller's transaction.
    Raises NotFound."""
    row = get_visit_row(session, visit_id)
    if row is None:
        raise NotFound(f"visit {visit_id}")
    job = queue_slip(session=session, actor=actor, row=row, centre_name=centre_name, fmt=fmt)
    return RecordedVisit(row, job)


def queue_slip(
    *, session: Session, actor: Actor, row: VisitRow, centre_name: str, fmt: str
) -> uuid.UUID | None:
    """Store the visit's slip to print, in the caller's transaction (the visit's own).

    None when none of the visit's services prints a slip (`Service.prints_slip`).
    """
    if not print_jobs.visit_prints_slip(session, row.visit_id):
        return None
    slip = slip_for(row, centre_name)
    job = print_jobs.enqueue(
        session=session,
        actor=actor,
        kind=SLIP,
        title=slip_title(slip),
        request=encode(SLIP, SlipRequest(slip, fmt)),
        ref_id=str(row.visit_id),
    )
    return job.id
