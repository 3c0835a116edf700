"""A person's rights over their data: see everything held (access request), be erased, and not be
kept longer than needed (retention).

Erasure anonymises (services/erasure.py, on every table, the server and every desk): every
field that names or describes the person is blanked, their edit history, consents and cards are
deleted, and the member number is replaced, while their visits stay (without the link to anyone
nameable) so the centre's aggregate counts do not change. Sex,
birth year and country of origin are kept for those counts; reports never show small cells
(services/disclosure.py), so they do not single anyone out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop.models import AuditEvent, MemberCard, Person, PersonStatus, UserAccount, Visit
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.consent import ConsentRecord, consents_of
from desktop.services.erasure import compact_search_index, erase_locally
from desktop.services.errors import ValidationError
from desktop.services.history import ChangeRow, person_changes
from desktop.services.households import HouseholdView, household_of
from desktop.services.people import get_person
from desktop.services.permissions import Permission, require
from desktop.services.visits import VisitRow, person_history


def _anonymise(
    session: Session, actor: Actor, person: Person, reason: str, *, compact: bool = True
) -> None:
    plan = erase_locally(session, person.id, compact=compact)
    audit.record(
        session,
        actor,
        "person.erase",
        entity="person",
        entity_id=person.id,
        detail={"reason": reason, "records": len(plan.people)},
    )


def erase_person(*, session: Session, actor: Actor, person_id: uuid.UUID, reason: str) -> Person:
    """Anonymise one person on request; their visits stay in the counts.

    Raises PermissionDenied (admins only), NotFound, ValidationError (no reason given, or the
    person is already anonymised).
    """
    require(actor, Permission.ERASE)
    if not reason.strip():
        raise ValidationError({"reason": "Say why (e.g. the person asked on 3 March)."})
    person = get_person(session, person_id)
    if person.status == PersonStatus.ANONYMISED:
        raise ValidationError({"person": "This person is already anonymised."})
    _anonymise(session, actor, person, reason.strip())
    session.flush()
    return get_person(session, person_id)


# --- retention -------------------------------------------------------------------------------
@dataclass(frozen=True)
class RetentionCandidate:
    person_id: uuid.UUID
    member_number: str
    display_name: str
    last_seen: date  # last visit, or registration when never visited


def retention_preview(*, session: Session, actor: Actor, years: int) -> list[RetentionCandidate]:
    """People not seen for `years` years (no visit, no registration since), oldest first.

    Raises PermissionDenied (admins only), ValidationError (years below 1).
    """
    require(actor, Permission.RETENTION)
    if years < 1:
        raise ValidationError({"years": "Keep records at least one year."})
    cutoff = clock.now() - timedelta(days=round(365.25 * years))
    last_visit = (
        select(Visit.person_id, func.max(Visit.visited_at).label("last"))
        .group_by(col(Visit.person_id))
        .subquery()
    )
    rows = session.exec(
        select(Person, last_visit.c.last)
        .outerjoin(last_visit, last_visit.c.person_id == Person.id)
        .where(
            col(Person.deleted_at).is_(None),
            col(Person.status).not_in([PersonStatus.ANONYMISED, PersonStatus.MERGED]),
        )
    )
    found: list[RetentionCandidate] = []
    for person, last in rows:
        seen: datetime = max(person.created_at, _utc(last)) if last else person.created_at
        if seen < cutoff:
            found.append(
                RetentionCandidate(
                    person.id,
                    person.member_number,
                    person.display_name,
                    clock.to_local(seen).date(),
                )
            )
    return sorted(found, key=lambda c: c.last_seen)


def _utc(value: datetime | str) -> datetime:
    # func.max over a UTC column comes back as the stored text in SQLite.
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def run_retention(
    *, session: Session, actor: Actor, years: int, person_ids: list[uuid.UUID]
) -> int:
    """Anonymise the previewed people who still qualify (one seen since the preview is spared).

    Returns how many were anonymised. Raises PermissionDenied, ValidationError.
    """
    still = {c.person_id for c in retention_preview(session=session, actor=actor, years=years)}
    done = 0
    for person_id in person_ids:
        if person_id in still:
            person = get_person(session, person_id)
            _anonymise(session, actor, person, f"retention {years} years", compact=False)
            done += 1
    if done:
        compact_search_index(session.connection())
    audit.record(session, actor, "retention.run", detail={"years": years, "anonymised": done})
    session.flush()
    return done


# --- access request --------------------------------------------------------------------------
@dataclass(frozen=True)
class AccessEvent:
    at: datetime
    action: str
    role: str  # who, by role: staff names are not the person's data


@dataclass
class AccessReport:
    """Everything the centre holds on one person, for a subject access request."""

    person: Person
    prepared_at: datetime
    household: HouseholdView | None
    consents: list[ConsentRecord]
    visits: list[VisitRow]
    changes: list[ChangeRow]
    cards: list[MemberCard]
    events: list[AccessEvent] = field(default_factory=list)


def access_report(*, session: Session, actor: Actor, person_id: uuid.UUID) -> AccessReport:
    """Gather everything held on one person (restricted notes included: it is their data).

    Records the request in the audit trail. Raises PermissionDenied (admins only), NotFound.
    """
    require(actor, Permission.ACCESS_REQUEST)
    person = get_person(session, person_id)
    events = [
        AccessEvent(event.at, event.action, role or "system")
        for event, role in session.exec(
            select(AuditEvent, UserAccount.role)
            .outerjoin(UserAccount, col(UserAccount.id) == col(AuditEvent.user_id))
            .where(AuditEvent.entity_id == str(person.id))
            .order_by(col(AuditEvent.seq))
        )
    ]
    report = AccessReport(
        person=person,
        prepared_at=clock.now(),
        household=household_of(session, person.id),
        consents=consents_of(session, person.id),
        visits=person_history(session, person.id, limit=100_000),
        changes=person_changes(session, person.id, limit=100_000),
        cards=list(session.exec(select(MemberCard).where(MemberCard.person_id == person.id))),
        events=events,
    )
    audit.record(session, actor, "person.access_request", entity="person", entity_id=person.id)
    return report
