"""The same newcomer registered at two desks while offline: flagged for the merge screen."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, or_
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from desktop.models import Person, SyncSuspect
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.errors import NotFound
from desktop.services.permissions import Permission, require
from desktop.services.text import digits, fold

SAME_NAME_AND_BIRTH = "same_name_and_birth"
SAME_NAME = "same_name"
SAME_PHONE = "same_phone"


def _names(person: Person) -> frozenset[str]:
    return frozenset(w for w in fold(f"{person.family_name} {person.given_name}").split() if w)


def _same_birth(a: Person, b: Person) -> bool | None:
    """True/False when both have a birth date or year; None when one does not."""
    if a.date_of_birth and b.date_of_birth:
        return a.date_of_birth == b.date_of_birth
    if a.birth_year and b.birth_year:
        return a.birth_year == b.birth_year
    return None


def _phone(person: Person) -> str:
    return digits(person.phone)[-8:]


def reason_for(a: Person, b: Person) -> str | None:
    """Why `a` and `b` look like one person, or None."""
    same_names = bool(_names(a)) and _names(a) == _names(b)
    birth = _same_birth(a, b)
    if same_names and birth:
        return SAME_NAME_AND_BIRTH
    if _phone(a) and _phone(a) == _phone(b) and (same_names or birth):
        return SAME_PHONE
    if same_names and birth is None:
        return SAME_NAME
    return None


def flag_arrivals(session: Session, person_ids: Iterable[uuid.UUID]) -> int:
    """Compare people just received from other desks with those registered at other desks.

    Returns how many new pairs were flagged.
    """
    flagged = 0
    for person_id in person_ids:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            continue
        conditions: list[ColumnElement[bool]] = [col(Person.family_name).ilike(person.family_name)]
        if person.given_name:
            conditions.append(col(Person.family_name).ilike(person.given_name))
        if _phone(person):
            conditions.append(col(Person.phone) == person.phone)
        others = session.exec(
            select(Person).where(
                col(Person.id) != person.id,
                col(Person.deleted_at).is_(None),
                or_(col(Person.desk_id) != person.desk_id, col(Person.desk_id).is_(None)),
                or_(*conditions),
            )
        )
        for other in others:
            reason = reason_for(person, other)
            if reason is None:
                continue
            first, second = sorted((person.id, other.id))
            stmt = sqlite_insert(SyncSuspect).values(
                person_a=first, person_b=second, reason=reason, detected_at=clock.now()
            )
            flagged += session.connection().execute(stmt.on_conflict_do_nothing()).rowcount
    return flagged


@dataclass(frozen=True)
class SuspectRow:
    id: int
    first: Person
    second: Person
    reason: str
    detected_at: datetime


def open_suspects(session: Session, *, actor: Actor) -> list[SuspectRow]:
    """Pairs not yet resolved, newest first. Raises PermissionDenied."""
    require(actor, Permission.VIEW_PERSON)
    rows: list[SuspectRow] = []
    query = (
        select(SyncSuspect)
        .where(col(SyncSuspect.resolved_at).is_(None))
        .order_by(col(SyncSuspect.detected_at).desc())
    )
    for suspect in session.exec(query):
        first, second = session.get(Person, suspect.person_a), session.get(Person, suspect.person_b)
        if first is not None and second is not None and suspect.id is not None:
            rows.append(SuspectRow(suspect.id, first, second, suspect.reason, suspect.detected_at))
    return rows


def resolve_suspect(session: Session, *, actor: Actor, suspect_id: int) -> None:
    """Staff looked at the pair and found two different people.

    Raises PermissionDenied (only those who may merge decide), NotFound.
    """
    require(actor, Permission.MERGE)
    suspect = session.get(SyncSuspect, suspect_id)
    if suspect is None:
        raise NotFound(f"suspect {suspect_id}")
    suspect.resolved_at = clock.now()
    session.add(suspect)
    session.flush()


def resolve_pair(session: Session, first: uuid.UUID, second: uuid.UUID) -> int:
    """The pair was merged: its flag, if any, is resolved. Returns how many flags were."""
    a, b = sorted((first, second))
    flags = session.exec(
        select(SyncSuspect).where(
            col(SyncSuspect.person_a) == a,
            col(SyncSuspect.person_b) == b,
            col(SyncSuspect.resolved_at).is_(None),
        )
    ).all()
    for suspect in flags:
        suspect.resolved_at = clock.now()
        session.add(suspect)
    return len(flags)
