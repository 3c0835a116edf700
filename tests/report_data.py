"""A small fixed data set whose report figures were counted by hand (see test_report.py)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from itertools import count

from sqlmodel import Session, select

from desktop.models import Household, Person, Service, Visit, VisitService
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.people import search_text_for

_numbers = count(1)


def local(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=clock.local_tz())


def add_person(session: Session, key: str, **fields: object) -> Person:
    person = Person(member_number=f"TST-{next(_numbers):06d}", family_name=key, **fields)  # type: ignore[arg-type]
    person.search_text = search_text_for(person)
    session.add(person)
    session.flush()
    return person


class Visits:
    def __init__(self, session: Session, actor: Actor) -> None:
        self.session, self.actor = session, actor
        self.services = {s.code: s.id for s in session.exec(select(Service))}
        self.queue: dict[date, int] = {}

    def add(self, person: Person, when: datetime, *codes: str, voided: bool = False) -> Visit:
        moment = when.astimezone(clock.now().tzinfo)
        day = when.date()
        self.queue[day] = self.queue.get(day, 0) + 1
        visit = Visit(
            person_id=person.id,
            household_id=person.household_id,
            visited_at=moment,
            visit_day=day,
            queue_number=self.queue[day],
            desk_id=self.actor.desk_id,
            voided_at=moment if voided else None,
        )
        self.session.add(visit)
        for code in codes:
            self.session.add(VisitService(visit_id=visit.id, service_id=self.services[code]))
        self.session.flush()
        return visit


def household(session: Session, label: str) -> uuid.UUID:
    h = Household(label=label)
    session.add(h)
    session.flush()
    return h.id


def build_march_2026(session: Session, actor: Actor) -> dict[str, Person]:
    """Seven fictional people and their visits around March 2026 (Hong Kong time)."""
    h1, h2 = household(session, "H1"), household(session, "H2")
    p = {
        "A": add_person(
            session,
            "Amberly",
            sex="female",
            country_of_origin="SY",
            date_of_birth=date(1990, 6, 15),
            birth_year=1990,
            household_id=h1,
        ),
        "B": add_person(
            session, "Brinton", sex="male", country_of_origin="SY", birth_year=2020, household_id=h1
        ),
        "C": add_person(
            session,
            "Corvale",
            sex="female",
            country_of_origin="SY",
            date_of_birth=date(2010, 3, 31),
            birth_year=2010,
            household_id=h1,
        ),
        "D": add_person(
            session,
            "Dunmore",
            sex="male",
            country_of_origin="NG",
            date_of_birth=date(1960, 4, 1),
            birth_year=1960,
        ),
        "E": add_person(session, "Eskerby", sex="not_stated"),
        "F": add_person(
            session,
            "Fallowe",
            sex="female",
            country_of_origin="NG",
            date_of_birth=date(2023, 1, 1),
            birth_year=2023,
            household_id=h2,
        ),
        "G": add_person(session, "Gantry", sex="male", country_of_origin="NG", household_id=h2),
    }
    v = Visits(session, actor)
    v.add(p["A"], local(2026, 2, 10), "food_pack")
    v.add(p["A"], local(2026, 3, 2), "food_pack", "hygiene_pack")
    v.add(p["A"], local(2026, 3, 20), "medical_referral")
    v.add(p["B"], local(2026, 3, 2), "food_pack")
    v.add(p["D"], local(2026, 1, 1), "food_pack", voided=True)
    v.add(p["D"], local(2026, 3, 5), "english_class")
    v.add(p["D"], local(2026, 3, 6), "food_pack", voided=True)
    v.add(p["E"], local(2026, 3, 31, 23, 30), "english_class")
    v.add(p["F"], local(2026, 3, 1, 0, 5), "food_pack")
    v.add(p["F"], local(2026, 4, 1, 0, 10), "food_pack")
    v.add(p["G"], local(2025, 12, 15), "clothing")
    return p
