"""Checking a member in to one or more services: the visit, its queue number, the rules."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import Session

from desktop.db.engine import plain_cursor
from desktop.db.rows import insert_new, new_row
from desktop.models import Visit, VisitService
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, RuleBreach, ValidationError
from desktop.services.permissions import Permission, require
from desktop.services.rules import check_rules, load_member, load_services

UNDO_MINUTES = 10  # a volunteer may undo their own check-in this long; staff at any time


def next_queue_number(session: Session, actor: Actor, day: date) -> int:
    """Today's next number at this desk. Call inside the write transaction that uses it.

    The write transaction holds the write lock (BEGIN IMMEDIATE): no other desk process can
    take the same number between this read and the insert (and uq_visit_queue would refuse it).
    """
    with plain_cursor(session) as cursor:
        (current,) = cursor.execute(
            "SELECT max(queue_number) FROM visit WHERE desk_id IS ? AND visit_day = ?",
            (actor.desk_id.hex if actor.desk_id else None, day.isoformat()),
        ).fetchone()
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
    approved_by: Actor | None = None,
) -> Visit:
    """Record a visit for the person with the chosen services and give it a queue number.

    `overrides` maps a service code to the reason staff gave for overriding its rule (only roles
    with Permission.OVERRIDE_RULE may), or to the reason a caseworker or admin approved at the
    desk (`approved_by`, signed in for this visit only: the visit stays the actor's);
    `allow_no_services` records a visit with none (a family member counted at a family check-in).
    Raises ValidationError (no service chosen), NotFound, RuleBreach, PermissionDenied (an
    override by a role that may not); nothing is stored then.
    """
    require(actor, Permission.CHECK_IN)
    if not service_ids and not allow_no_services:
        raise ValidationError({"services": "Choose at least one service."})
    session.flush()  # the plain SQL below sees what this transaction added (a new member)
    person = load_member(session, person_id)
    services = load_services(session, service_ids) if service_ids else []
    reasons = {k: v.strip() for k, v in (overrides or {}).items() if v.strip()}
    moment = clock.now()
    breaches = [b for b in check_rules(session, person, services, at=moment)]
    unresolved = [b for b in breaches if b.service_code not in reasons]
    if unresolved:
        raise RuleBreach(unresolved)
    if breaches:
        require(approved_by or actor, Permission.OVERRIDE_RULE)
    day = clock.local_day(moment)
    visit = new_row(
        Visit,
        person_id=person.id,
        household_id=person.household_id,
        visited_at=moment,
        visit_day=day,
        queue_number=next_queue_number(session, actor, day),
        note=note.strip(),
        desk_id=actor.desk_id,
        written_by=actor.user_id,
    )
    chosen = [
        new_row(
            VisitService,
            visit_id=visit["id"],
            service_id=service.id,
            override_reason=reasons.get(service.code, ""),
            desk_id=actor.desk_id,
            written_by=actor.user_id,
        )
        for service in sorted(services, key=lambda s: s.sort_order)
    ]
    # Core INSERTs, the visit before its services, each logged for sync as a flush would.
    insert_new(session, Visit, [visit])
    insert_new(session, VisitService, chosen)
    detail: dict[str, object] = {"services": [s.code for s in services]}
    overridden = {b.service_code: reasons[b.service_code] for b in breaches}
    if overridden:
        detail["overrides"] = overridden
        detail["rules"] = {b.service_code: b.reason for b in breaches}
        if approved_by is not None:
            detail["approved_by"] = approved_by.username
            audit.record(
                session,
                approved_by,
                "visit.override_approved",
                entity="visit",
                entity_id=visit["id"],
                detail={"overrides": overridden, "checked_in_by": actor.username},
            )
    audit.record(
        session, actor, "visit.check_in", entity="visit", entity_id=visit["id"], detail=detail
    )
    return _persistent(session, Visit(**visit))


def _persistent(session: Session, row: Visit) -> Visit:
    """The stored row as the session's own object, as session.get would give it (no query)."""
    make_transient_to_detached(row)
    session.add(row)
    return row


def void_visit(*, session: Session, actor: Actor, visit_id: uuid.UUID, reason: str) -> Visit:
    """Mark a visit recorded by mistake as void (it stays on file; the counts leave it out).

    The volunteer who checked the person in may undo it for UNDO_MINUTES; staff at any time.
    Raises PermissionDenied, ValidationError (no reason), NotFound.
    """
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"visit {visit_id}")
    own_and_recent = (
        visit.written_by == actor.user_id
        and clock.now() - visit.visited_at <= timedelta(minutes=UNDO_MINUTES)
    )
    if not own_and_recent:
        require(actor, Permission.VOID_VISIT)
    if not reason.strip():
        raise ValidationError({"reason": "Say why the visit is void."})
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
            detail={"reason": reason.strip(), "own_check_in": own_and_recent},
        )
    session.flush()
    return visit
