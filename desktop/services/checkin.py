"""Checking a member in to one or more services: the visit, its queue number, the rules."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop.models import Service, Visit, VisitService
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, RuleBreach, ValidationError
from desktop.services.people import get_person
from desktop.services.permissions import Permission, require
from desktop.services.rules import check_rules


def next_queue_number(session: Session, actor: Actor, day: object) -> int:
    """Today's next number at this desk. Call inside the write transaction that uses it."""
    current = session.exec(
        select(func.max(Visit.queue_number)).where(
            Visit.visit_day == day, Visit.desk_id == actor.desk_id
        )
    ).one()
    return int(current or 0) + 1


def check_in(
    *,
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    service_ids: Sequence[uuid.UUID],
    note: str = "",
    overrides: Mapping[str, str] | None = None,
    allow_no_services: bool = False,
) -> Visit:
    """Record a visit for the person with the chosen services and give it a queue number.

    `overrides` maps a service code to the reason staff gave for overriding its rule (only roles
    with Permission.OVERRIDE_RULE may);
    `allow_no_services` records a visit with none (a family member counted at a family check-in).
    Raises ValidationError (no service chosen), NotFound, RuleBreach, PermissionDenied (an
    override by a role that may not); nothing is stored then.
    """
    require(actor, Permission.CHECK_IN)
    if not service_ids and not allow_no_services:
        raise ValidationError({"services": "Choose at least one service."})
    person = get_person(session, person_id)
    services = list(session.exec(select(Service).where(col(Service.id).in_(list(service_ids)))))
    if len(services) != len(set(service_ids)):
        raise NotFound("service")
    reasons = {k: v.strip() for k, v in (overrides or {}).items() if v.strip()}
    moment = clock.now()
    breaches = [b for b in check_rules(session, person, services, at=moment)]
    unresolved = [b for b in breaches if b.service_code not in reasons]
    if unresolved:
        raise RuleBreach(unresolved)
    if breaches:
        require(actor, Permission.OVERRIDE_RULE)
    day = clock.local_day(moment)
    visit = Visit(
        person_id=person.id,
        household_id=person.household_id,
        visited_at=moment,
        visit_day=day,
        queue_number=next_queue_number(session, actor, day),
        note=note.strip(),
        desk_id=actor.desk_id,
        written_by=actor.user_id,
    )
    session.add(visit)
    session.flush()
    for service in sorted(services, key=lambda s: s.sort_order):
        session.add(
            VisitService(
                visit_id=visit.id,
                service_id=service.id,
                override_reason=reasons.get(service.code, ""),
                desk_id=actor.desk_id,
                written_by=actor.user_id,
            )
        )
    detail: dict[str, object] = {"services": [s.code for s in services]}
    overridden = {b.service_code: reasons[b.service_code] for b in breaches}
    if overridden:
        detail["overrides"] = overridden
        detail["rules"] = {b.service_code: b.reason for b in breaches}
    audit.record(
        session, actor, "visit.check_in", entity="visit", entity_id=visit.id, detail=detail
    )
    session.flush()
    return visit


def void_visit(*, session: Session, actor: Actor, visit_id: uuid.UUID, reason: str) -> Visit:
    """Mark a visit recorded by mistake as void (it stays on file). Raises ValidationError."""
    require(actor, Permission.VOID_VISIT)
    if not reason.strip():
        raise ValidationError({"reason": "Say why the visit is void."})
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"visit {visit_id}")
    if visit.voided_at is None:
        visit.voided_at = clock.now()
        visit.void_reason = reason.strip()
        visit.updated_at = visit.voided_at
        session.add(visit)
        audit.record(
            session,
            actor,
            "visit.void",
            entity="visit",
            entity_id=visit.id,
            detail={"reason": reason.strip()},
        )
    session.flush()
    return visit
