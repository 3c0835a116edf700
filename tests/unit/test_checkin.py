"""Check-in at the service layer: queue numbers, rules, overrides, voiding."""

from __future__ import annotations

import pytest

from desktop.db import Database
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in, void_visit
from desktop.services.errors import RuleBreach, ValidationError
from desktop.services.people import PersonInput, register_person
from desktop.services.visits import visits_on


def _person(db: Database, actor: Actor, family: str) -> object:
    with db.write() as session:
        return register_person(session=session, actor=actor, data=PersonInput(family_name=family))


def _service(db: Database, code: str):
    with db.read() as session:
        return next(s for s in list_services(session) if s.code == code)


def test_queue_numbers_count_up_through_the_day(db: Database, actor: Actor) -> None:
    meal = _service(db, "medical_referral")
    numbers = []
    for name in ("Ali", "Bui", "Cruz"):
        person = _person(db, actor, name)
        with db.write() as session:
            numbers.append(
                check_in(
                    session=session,
                    actor=actor,
                    person_id=person.id,
                    service_ids=[meal.id],
                ).queue_number
            )
    assert numbers == [1, 2, 3]
    with db.read() as session:
        assert [r.queue_number for r in visits_on(session, clock.today())] == [3, 2, 1]


def test_food_pack_once_a_month_then_override_with_reason(db: Database, actor: Actor) -> None:
    food = _service(db, "food_pack")
    person = _person(db, actor, "Diallo")
    with db.write() as session:
        check_in(session=session, actor=actor, person_id=person.id, service_ids=[food.id])
    with pytest.raises(RuleBreach) as breach, db.write() as session:
        check_in(session=session, actor=actor, person_id=person.id, service_ids=[food.id])
    assert breach.value.breaches[0].last_date == clock.today()
    assert "30 days" in breach.value.breaches[0].reason
    with db.write() as session:
        visit = check_in(
            session=session,
            actor=actor,
            person_id=person.id,
            service_ids=[food.id],
            overrides={"food_pack": "family of six"},
        )
    assert visit.queue_number == 2
    with db.read() as session:
        rows = visits_on(session, clock.today())
    assert len(rows) == 2


def test_check_in_without_a_service_is_refused_and_stores_nothing(
    db: Database, actor: Actor
) -> None:
    person = _person(db, actor, "Eze")
    with pytest.raises(ValidationError), db.write() as session:
        check_in(session=session, actor=actor, person_id=person.id, service_ids=[])
    with db.read() as session:
        assert visits_on(session, clock.today()) == []


def test_a_voided_visit_stays_on_file_and_frees_the_rule(db: Database, actor: Actor) -> None:
    food = _service(db, "food_pack")
    person = _person(db, actor, "Farah")
    with db.write() as session:
        visit = check_in(
            session=session,
            actor=actor,
            person_id=person.id,
            service_ids=[food.id],
        )
    with db.write() as session:
        void_visit(session=session, actor=actor, visit_id=visit.id, reason="wrong person")
    with db.write() as session:
        again = check_in(
            session=session,
            actor=actor,
            person_id=person.id,
            service_ids=[food.id],
        )
    assert again.queue_number == 2
    with db.read() as session:
        rows = visits_on(session, clock.today())
    assert [r.voided for r in rows] == [False, True]


def test_only_staff_may_override_a_rule_and_the_audit_keeps_why(db: Database, actor: Actor) -> None:
    from dataclasses import replace

    from sqlmodel import select

    from desktop.models import AuditEvent, Role
    from desktop.services.errors import BREACH_LIMIT, PermissionDenied

    food = _service(db, "food_pack")
    person = _person(db, actor, "Gueye")
    with db.write() as session:
        check_in(session=session, actor=actor, person_id=person.id, service_ids=[food.id])
    with pytest.raises(RuleBreach) as breach, db.write() as session:
        check_in(session=session, actor=actor, person_id=person.id, service_ids=[food.id])
    (told,) = breach.value.breaches
    assert (told.kind, told.limit_count, told.limit_days) == (BREACH_LIMIT, 1, 30)
    volunteer = replace(actor, role=Role.VOLUNTEER)
    with pytest.raises(PermissionDenied), db.write() as session:
        check_in(
            session=session,
            actor=volunteer,
            person_id=person.id,
            service_ids=[food.id],
            overrides={"food_pack": "they asked nicely"},
        )
    caseworker = replace(actor, role=Role.CASEWORKER)
    with db.write() as session:
        check_in(
            session=session,
            actor=caseworker,
            person_id=person.id,
            service_ids=[food.id],
            overrides={"food_pack": "house fire"},
        )
    with db.read() as session:
        assert len(visits_on(session, clock.today())) == 2
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "visit.check_in"))
        overridden = [e.detail for e in events if "overrides" in (e.detail or {})]
    assert overridden[0]["overrides"] == {"food_pack": "house fire"}
    assert "30 days" in overridden[0]["rules"]["food_pack"]
