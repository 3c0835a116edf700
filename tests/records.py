"""Small fictional records for the durability tests: people and visits written the desk's way."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlmodel import col, select

from desktop.db import Database
from desktop.models import Service, Visit
from desktop.services.actor import Actor
from desktop.services.checkin import check_in
from desktop.services.people import PersonInput, register_person

UNLIMITED_SERVICE = "medical_referral"  # no once-a-month rule, so it can repeat all day


def add_people(db: Database, actor: Actor, count: int) -> list[uuid.UUID]:
    ids = []
    with db.write() as session:
        for n in range(count):
            person = register_person(
                session=session,
                actor=actor,
                data=PersonInput(family_name=f"Testperson{n}", given_name="Fictional"),
            )
            ids.append(person.id)
    return ids


def service_id(db: Database, code: str = UNLIMITED_SERVICE) -> uuid.UUID:
    with db.read() as session:
        return session.exec(select(Service.id).where(Service.code == code)).one()


def record_visit(db: Database, actor: Actor, person_id: uuid.UUID, service: uuid.UUID) -> uuid.UUID:
    """One check-in in its own transaction, as the desk does it; returns the visit id."""
    with db.write() as session:
        return check_in(session=session, actor=actor, person_id=person_id, service_ids=[service]).id


def visit_ids(db: Database) -> set[uuid.UUID]:
    with db.read() as session:
        return set(session.exec(select(Visit.id).order_by(col(Visit.visited_at))))


def old_sheet(path: Path, rows: int, seed: int = 4) -> Path:
    """A fictional legacy registration sheet (CSV) of distinct people, to import."""
    import csv

    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(seed)
    seen: set[tuple[str, str]] = set()
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Family name", "Given name", "Date of birth", "Phone"])
        while len(seen) < rows:
            name = (fake.last_name(), fake.first_name())
            if name in seen:
                continue
            seen.add(name)
            born = fake.date_of_birth(minimum_age=18, maximum_age=70)
            out.writerow([*name, born.strftime("%d/%m/%Y"), f"9{len(seen):07d}"])
    return path
