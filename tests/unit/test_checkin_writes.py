"""What one check-in writes: the visit and its services, their outbox entries as an ORM flush
logs them, the audit event in the hash chain, and a number per desk per day."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import inspect, text
from sqlmodel import Session, SQLModel, col, select

from desktop.db import Database
from desktop.db.outbox import synced_fields
from desktop.db.wire import to_wire
from desktop.models import (
    AuditEvent,
    Counter,
    Person,
    PersonStatus,
    Relationship,
    SyncOutbox,
    SyncRowClock,
    Visit,
    VisitService,
)
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.audit import HEAD_COUNTER, verify_chain
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.errors import BREACH_MEMBERSHIP, RuleBreach
from desktop.services.households import add_member, create_household
from desktop.services.people import PersonInput, register_person
from desktop.services.visits import get_visit_row


def _services(db: Database) -> dict[str, uuid.UUID]:
    with db.read() as session:
        return {s.code: s.id for s in list_services(session)}


def _person(db: Database, actor: Actor, family: str) -> uuid.UUID:
    with db.write() as session:
        return register_person(
            session=session, actor=actor, data=PersonInput(family_name=family)
        ).id


def _as_a_flush_logs_it(session: Session, model: type[SQLModel], row_id: uuid.UUID) -> str:
    """The `fields` text the outbox hook writes for a new ORM object holding the stored row."""
    row = session.get(model, row_id)
    assert row is not None
    table = model.__table__.name  # type: ignore[attr-defined]
    names = synced_fields(table, [a.key for a in inspect(model).column_attrs])
    return json.dumps({n: to_wire(getattr(row, n)) for n in names if n != "id"})


def test_check_in_logs_the_visit_and_its_services_for_sync_as_a_flush_would(
    db: Database, actor: Actor
) -> None:
    codes = _services(db)
    person = _person(db, actor, "Mensah")
    with db.read() as session:
        seen = len(session.exec(select(SyncOutbox)).all())
    with db.write() as session:
        visit = check_in(
            session=session,
            actor=actor,
            person_id=person,
            service_ids=[codes["food_pack"], codes["medical_referral"]],
            note="  first time here ",
        )
    with db.read() as session:
        entries = session.exec(
            select(SyncOutbox).where(col(SyncOutbox.seq) > seen).order_by(col(SyncOutbox.seq))
        ).all()
        chosen = session.exec(select(VisitService).where(VisitService.visit_id == visit.id)).all()
        assert [e.table_name for e in entries] == ["visit", "visit_service", "visit_service"]
        assert entries[0].row_id == visit.id
        assert {e.row_id for e in entries[1:]} == {c.id for c in chosen}
        for entry in entries:
            model = Visit if entry.table_name == "visit" else VisitService
            stored = session.execute(  # the text itself: key order and all
                text("SELECT fields FROM sync_outbox WHERE seq = :seq"), {"seq": entry.seq}
            ).scalar_one()
            assert stored == _as_a_flush_logs_it(session, model, entry.row_id)
            assert entry.base == {}
            clocks = session.get(SyncRowClock, (entry.table_name, entry.row_id))
            assert clocks is not None and set(clocks.clocks.values()) == {entry.hlc}
            assert set(clocks.clocks) == set(entry.fields)
        assert [e.hlc for e in entries] == sorted({e.hlc for e in entries})
        row = get_visit_row(session, visit.id)
    assert row is not None and row.note == "first time here"
    assert row.services == ("Food pack", "Medical referral")  # the desk's order


def test_check_in_chains_its_audit_event_with_the_override_and_its_reason(
    db: Database, actor: Actor
) -> None:
    codes = _services(db)
    person = _person(db, actor, "Tesfaye")
    with db.write() as session:
        check_in(session=session, actor=actor, person_id=person, service_ids=[codes["food_pack"]])
    with db.write() as session:
        visit = check_in(
            session=session,
            actor=actor,
            person_id=person,
            service_ids=[codes["food_pack"], codes["medical_referral"]],
            overrides={"food_pack": "  house fire "},
        )
    with db.read() as session:
        last = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc())).first()
        head = session.get(Counter, HEAD_COUNTER)
        assert verify_chain(session) == []
        override = session.exec(
            select(VisitService.override_reason).where(
                VisitService.visit_id == visit.id, VisitService.service_id == codes["food_pack"]
            )
        ).one()
    assert last is not None and head is not None and head.value == last.seq
    assert (last.action, last.entity, last.entity_id) == ("visit.check_in", "visit", str(visit.id))
    assert (last.user_id, last.desk_id) == (actor.user_id, actor.desk_id)
    assert set(last.detail["services"]) == {"food_pack", "medical_referral"}  # type: ignore[call-overload]
    assert last.detail["overrides"] == {"food_pack": "house fire"}
    assert "30 days" in last.detail["rules"]["food_pack"]  # type: ignore[index]
    assert override == "house fire"


def test_each_desk_counts_its_own_queue_numbers_through_the_day(db: Database, actor: Actor) -> None:
    codes = _services(db)
    other_desk = replace(actor, desk_id=uuid.uuid4())
    numbers = []
    for desk in (actor, actor, other_desk, actor, other_desk):
        with db.write() as session:
            numbers.append(
                check_in(
                    session=session,
                    actor=desk,
                    person_id=_person(db, actor, "Nguyen"),
                    service_ids=[codes["medical_referral"]],
                ).queue_number
            )
    assert numbers == [1, 2, 1, 3, 2]


def test_food_pack_rule_counts_the_whole_household(db: Database, actor: Actor) -> None:
    codes = _services(db)
    parent, child = _person(db, actor, "Haddad"), _person(db, actor, "Haddad")
    with db.write() as session:
        household = create_household(session=session, actor=actor, head_id=parent)
        add_member(
            session=session,
            actor=actor,
            household_id=household.id,
            person_id=child,
            relationship=Relationship.CHILD,
        )
    with db.write() as session:
        check_in(session=session, actor=actor, person_id=parent, service_ids=[codes["food_pack"]])
    with pytest.raises(RuleBreach) as refused, db.write() as session:
        check_in(session=session, actor=actor, person_id=child, service_ids=[codes["food_pack"]])
    (breach,) = refused.value.breaches
    assert breach.per_household and breach.last_date == clock.today()
    with db.write() as session:  # a service without a rule still goes through
        check_in(
            session=session, actor=actor, person_id=child, service_ids=[codes["medical_referral"]]
        )


def test_a_full_disk_under_an_encrypted_database_is_named_as_such() -> None:
    """Check-in writes through the DB-API cursor: SQLCipher's own error must read as sqlite3's."""
    from sqlcipher3 import dbapi2

    from desktop.ui.messages import describe_error

    full = "The disk is full. Nothing was saved. Tell a staff member."
    assert describe_error(dbapi2.OperationalError("database or disk is full")) == full
    assert describe_error(sqlite3.OperationalError("database or disk is full")) == full


def test_check_in_sees_what_its_own_transaction_changed_first(db: Database, actor: Actor) -> None:
    codes = _services(db)
    with db.write() as session:
        person = register_person(session=session, actor=actor, data=PersonInput(family_name="Osei"))
        visit = check_in(
            session=session,
            actor=actor,
            person_id=person.id,
            service_ids=[codes["medical_referral"]],
        )
        visit.note = "came with a neighbour"  # the returned visit is the session's own row
    with db.read() as session:
        row = get_visit_row(session, visit.id)
    assert row is not None and row.note == "came with a neighbour"
    with pytest.raises(RuleBreach) as refused, db.write() as session:
        member = session.get(Person, person.id)
        assert member is not None
        member.status = PersonStatus.INACTIVE  # not flushed yet: check-in must still see it
        check_in(
            session=session,
            actor=actor,
            person_id=person.id,
            service_ids=[codes["medical_referral"]],
        )
    assert refused.value.breaches[0].kind == BREACH_MEMBERSHIP
