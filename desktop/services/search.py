"""Finding members as the volunteer types: by name in any order or script, number or phone."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from desktop.models import Person, PersonStatus
from desktop.services.text import fold

DEFAULT_LIMIT = 30


@dataclass(frozen=True)
class PersonMatch:
    """One row of the result list: enough to recognise the person, nothing sensitive."""

    id: uuid.UUID
    member_number: str
    display_name: str
    name_original: str
    preferred_name: str
    date_of_birth: date | None
    birth_year: int | None
    country_of_origin: str
    status: str

    @property
    def birth_label(self) -> str:
        if self.date_of_birth:
            return self.date_of_birth.strftime("%d/%m/%Y")
        return str(self.birth_year) if self.birth_year else ""


def _match_from(person: Person) -> PersonMatch:
    return PersonMatch(
        id=person.id,
        member_number=person.member_number,
        display_name=person.display_name,
        name_original=person.name_original,
        preferred_name=person.preferred_name,
        date_of_birth=person.date_of_birth,
        birth_year=person.birth_year,
        country_of_origin=person.country_of_origin,
        status=person.status,
    )


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def find_people(session: Session, query: str, *, limit: int = DEFAULT_LIMIT) -> list[PersonMatch]:
    """People whose names, number or phone contain every word of `query`, best first.

    Ranking: exact member number, then a name starting with the query, then the rest by name.
    Merged and deleted records are never listed.
    """
    words = fold(query).split()
    if not words:
        return []
    stmt = select(Person).where(
        col(Person.deleted_at).is_(None), col(Person.status) != PersonStatus.MERGED
    )
    for word in words:
        stmt = stmt.where(col(Person.search_text).like(f"%{_escape_like(word)}%", escape="\\"))
    whole = " ".join(words)
    rank = case(
        (func.lower(Person.member_number) == whole, 0),
        (col(Person.search_text).like(f"{_escape_like(whole)}%", escape="\\"), 1),
        (col(Person.search_text).like(f"% {_escape_like(whole)}%", escape="\\"), 2),
        else_=3,
    )
    stmt = stmt.order_by(rank, col(Person.family_name), col(Person.given_name)).limit(limit)
    return [_match_from(p) for p in session.exec(stmt)]


def find_by_member_number(session: Session, number: str) -> Person | None:
    """The person whose card carries exactly this number (a scanned QR code), if any."""
    cleaned = number.strip().upper()
    return session.exec(
        select(Person).where(Person.member_number == cleaned, col(Person.deleted_at).is_(None))
    ).first()
