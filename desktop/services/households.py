"""Households: a family served as one. Members, the head, and checking a family in together."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from desktop.models import (
    Household,
    LimitScope,
    Person,
    PersonStatus,
    Relationship,
    Service,
    Visit,
)
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.checkin import check_in
from desktop.services.errors import Breach, NotFound, RuleBreach, ValidationError
from desktop.services.people import get_person, record_change


@dataclass(frozen=True)
class HouseholdMember:
    person_id: uuid.UUID
    member_number: str
    display_name: str
    relationship: str
    is_head: bool
    birth_label: str


@dataclass(frozen=True)
class HouseholdView:
    household: Household
    members: list[HouseholdMember]


def _set_membership(
    session: Session, actor: Actor, person: Person, household_id: uuid.UUID | None, relation: str
) -> None:
    """Change a person's household fields, keeping the edit history."""
    for name, new in (("household_id", household_id), ("household_relationship", relation)):
        old = getattr(person, name)
        if old == new:
            continue
        record_change(session, actor, person, name, old, new)
        setattr(person, name, new)
    person.updated_at = clock.now()
    session.add(person)


def create_household(*, session: Session, actor: Actor, head_id: uuid.UUID) -> Household:
    """A new household headed by `head_id`. Raises NotFound, ValidationError (already in one)."""
    head = get_person(session, head_id)
    if head.household_id is not None:
        raise ValidationError({"household": "This person is already in a household."})
    household = Household(
        label=f"{head.family_name or head.given_name} household",
        head_person_id=head.id,
        desk_id=actor.desk_id,
        written_by=actor.user_id,
    )
    session.add(household)
    session.flush()
    _set_membership(session, actor, head, household.id, Relationship.HEAD)
    audit.record(session, actor, "household.create", entity="household", entity_id=household.id)
    session.flush()
    return household


def add_member(
    *,
    session: Session,
    actor: Actor,
    household_id: uuid.UUID,
    person_id: uuid.UUID,
    relationship: str,
) -> Person:
    """Put a person in the household. Raises NotFound, ValidationError (in another household,
    unknown relationship, or a second head)."""
    household = session.get(Household, household_id)
    if household is None or household.deleted_at is not None:
        raise NotFound(f"household {household_id}")
    person = get_person(session, person_id)
    if relationship not in set(Relationship):
        raise ValidationError({"relationship": "Choose how this person is related."})
    if relationship == Relationship.HEAD and household.head_person_id not in (None, person.id):
        raise ValidationError({"relationship": "The household already has a head."})
    if person.household_id not in (None, household.id):
        raise ValidationError(
            {"household": "This person is in another household. Remove them from it first."}
        )
    _set_membership(session, actor, person, household.id, relationship)
    if relationship == Relationship.HEAD:
        household.head_person_id = person.id
        session.add(household)
    audit.record(
        session,
        actor,
        "household.add_member",
        entity="household",
        entity_id=household.id,
        detail={"person": str(person.id), "relationship": relationship},
    )
    session.flush()
    return person


def remove_member(*, session: Session, actor: Actor, person_id: uuid.UUID) -> Person:
    """Take a person out of their household (past visits keep it). Raises NotFound."""
    person = get_person(session, person_id)
    household = session.get(Household, person.household_id) if person.household_id else None
    if household is None:
        return person
    _set_membership(session, actor, person, None, "")
    if household.head_person_id == person.id:
        household.head_person_id = None
        session.add(household)
    audit.record(
        session,
        actor,
        "household.remove_member",
        entity="household",
        entity_id=household.id,
        detail={"person": str(person.id)},
    )
    session.flush()
    return person


def household_of(session: Session, person_id: uuid.UUID) -> HouseholdView | None:
    """The person's household and its members (head first), or None."""
    person = get_person(session, person_id)
    if person.household_id is None:
        return None
    household = session.get(Household, person.household_id)
    if household is None:
        return None
    people = session.exec(
        select(Person).where(
            Person.household_id == household.id,
            col(Person.deleted_at).is_(None),
            col(Person.status) != PersonStatus.MERGED,
        )
    ).all()
    members = [
        HouseholdMember(
            person_id=p.id,
            member_number=p.member_number,
            display_name=p.display_name,
            relationship=p.household_relationship,
            is_head=p.id == household.head_person_id,
            birth_label=p.date_of_birth.strftime("%d/%m/%Y")
            if p.date_of_birth
            else (str(p.birth_year) if p.birth_year else ""),
        )
        for p in people
    ]
    members.sort(key=lambda m: (not m.is_head, m.display_name))
    return HouseholdView(household, members)


def check_in_household(
    *,
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    service_ids: Sequence[uuid.UUID],
    note: str = "",
    overrides: Mapping[str, str] | None = None,
    approved_by: Actor | None = None,
) -> list[Visit]:
    """Check in every active member of the person's household: one visit each.

    A service limited per household is given once, on the visit of the person at the desk; the
    others get the per-person services (or a visit with none, so the family is counted).
    Raises ValidationError, NotFound, RuleBreach (nothing stored for anyone).
    """
    if not service_ids:
        raise ValidationError({"services": "Choose at least one service."})
    view = household_of(session, person_id)
    if view is None:
        raise ValidationError({"household": "This person is not in a household."})
    services = list(session.exec(select(Service).where(col(Service.id).in_(list(service_ids)))))
    per_person = [s.id for s in services if s.limit_scope != LimitScope.HOUSEHOLD]
    first = [m for m in view.members if m.person_id == person_id]
    others = [m for m in view.members if m.person_id != person_id]
    visits: list[Visit] = []
    breaches: list[Breach] = []
    for member in first + others:
        person = session.get(Person, member.person_id)
        if person is None or person.status != PersonStatus.ACTIVE:
            continue
        chosen = list(service_ids) if member.person_id == person_id else per_person
        try:
            visits.append(
                check_in(
                    session=session,
                    actor=actor,
                    person_id=member.person_id,
                    service_ids=chosen,
                    note=note,
                    overrides=overrides,
                    allow_no_services=True,
                    approved_by=approved_by,
                )
            )
        except RuleBreach as exc:
            breaches.extend(
                replace(
                    b, reason=f"{member.display_name}: {b.reason}", member_name=member.display_name
                )
                for b in exc.breaches
            )
    if breaches:
        raise RuleBreach(breaches)  # the caller's transaction rolls back every visit
    return visits
