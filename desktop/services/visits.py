"""Reading visits back: today's list at the desk, a person's history."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from desktop.models import Person, Service, Visit, VisitService


@dataclass(frozen=True)
class VisitRow:
    visit_id: uuid.UUID
    person_id: uuid.UUID
    queue_number: int
    visited_at: datetime  # UTC
    visit_day: date
    member_number: str
    display_name: str
    name_original: str
    services: tuple[str, ...]  # service names, desk order
    service_codes: tuple[str, ...]
    note: str
    voided: bool
    preferred_language: str = ""  # the member's: slips print in it
    called_at: datetime | None = None  # when the number was called on the now-serving screen


def services_by_visit(
    session: Session, visit_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[Service]]:
    found: dict[uuid.UUID, list[Service]] = defaultdict(list)
    if not visit_ids:
        return found
    rows = session.exec(
        select(VisitService.visit_id, Service)
        .join(Service, col(Service.id) == VisitService.service_id)
        .where(col(VisitService.visit_id).in_(visit_ids))
        .order_by(col(Service.sort_order))
    )
    for visit_id, service in rows:
        found[visit_id].append(service)
    return found


def _rows(session: Session, pairs: list[tuple[Visit, Person]]) -> list[VisitRow]:
    services = services_by_visit(session, [v.id for v, _ in pairs])
    return [
        VisitRow(
            visit_id=v.id,
            person_id=p.id,
            queue_number=v.queue_number,
            visited_at=v.visited_at,
            visit_day=v.visit_day,
            member_number=p.member_number,
            display_name=p.display_name,
            name_original=p.name_original,
            services=tuple(s.name for s in services[v.id]),
            service_codes=tuple(s.code for s in services[v.id]),
            note=v.note,
            voided=v.voided_at is not None,
            preferred_language=p.preferred_language,
            called_at=v.called_at,
        )
        for v, p in pairs
    ]


def visits_on(session: Session, day: date, *, desk_id: uuid.UUID | None = None) -> list[VisitRow]:
    """The day's visits, newest first (the desk's "today" list)."""
    stmt = (
        select(Visit, Person)
        .join(Person, col(Person.id) == Visit.person_id)
        .where(Visit.visit_day == day)
        .order_by(col(Visit.visited_at).desc())
    )
    if desk_id is not None:
        stmt = stmt.where(Visit.desk_id == desk_id)
    return _rows(session, list(session.exec(stmt).all()))


def person_history(session: Session, person_id: uuid.UUID, *, limit: int = 200) -> list[VisitRow]:
    """A person's visits, newest first."""
    stmt = (
        select(Visit, Person)
        .join(Person, col(Person.id) == Visit.person_id)
        .where(Visit.person_id == person_id)
        .order_by(col(Visit.visited_at).desc())
        .limit(limit)
    )
    return _rows(session, list(session.exec(stmt).all()))


def get_visit_row(session: Session, visit_id: uuid.UUID) -> VisitRow | None:
    pair = session.exec(
        select(Visit, Person)
        .join(Person, col(Person.id) == Visit.person_id)
        .where(Visit.id == visit_id)
    ).first()
    return _rows(session, [pair])[0] if pair else None
