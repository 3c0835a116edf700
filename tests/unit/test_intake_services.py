"""Households, family check-in, consent, cards and merges at the service layer."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import select

from desktop.db import Database
from desktop.models import AuditEvent, MemberCard, Person, PersonStatus, Role, Visit
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.cards import issue_card
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.consent import SCOPE_RECORDS, consents_of, current_consent, record_consent
from desktop.services.errors import PermissionDenied, RuleBreach, ValidationError
from desktop.services.history import person_changes
from desktop.services.households import (
    add_member,
    check_in_household,
    create_household,
    household_of,
)
from desktop.services.merge import merge_people, merges_of, unmerge
from desktop.services.people import PersonInput, register_person, validate


def _register(db: Database, actor: Actor, **fields: object) -> Person:
    with db.write() as session:
        return register_person(session=session, actor=actor, data=PersonInput(**fields))  # type: ignore[arg-type]


def _service_id(db: Database, code: str) -> uuid.UUID:
    with db.read() as session:
        return next(s.id for s in list_services(session) if s.code == code)


def test_intake_validation_names_bad_country_language_and_claim_before_arrival() -> None:
    data = PersonInput(
        family_name="Okafor",
        country_of_origin="XX",
        nationality="Atlantis",
        languages=["zz"],
        arrival_date="10/05/2020",
        claim_date="2019",
    )
    with pytest.raises(ValidationError) as err:
        validate(data)
    assert set(err.value.errors) >= {"country_of_origin", "nationality", "languages", "claim_date"}
    data.nationality, data.country_of_origin, data.languages = "stateless", "NG", ["yo", "en"]
    data.claim_date, data.preferred_language = "01/04/2020", "yo"
    with pytest.raises(ValidationError) as err:
        validate(data)
    assert "before the arrival" in err.value.errors["claim_date"]
    data.claim_date = "12/05/2020"
    values = validate(data)
    assert values["nationality"] == "stateless"
    assert values["languages"] == ["yo", "en"]


def test_family_checks_in_together_and_food_pack_counts_once_per_household(
    db: Database, actor: Actor
) -> None:
    head = _register(db, actor, family_name="Hassan", given_name="Omar")
    wife = _register(db, actor, family_name="Hassan", given_name="Amina")
    child = _register(db, actor, family_name="Hassan", given_name="Yusuf")
    with db.write() as session:
        household = create_household(session=session, actor=actor, head_id=head.id)
        add_member(
            session=session,
            actor=actor,
            household_id=household.id,
            person_id=wife.id,
            relationship="spouse",
        )
        add_member(
            session=session,
            actor=actor,
            household_id=household.id,
            person_id=child.id,
            relationship="child",
        )
    with db.read() as session:
        view = household_of(session, child.id)
    assert view is not None
    assert view.members[0].display_name == "HASSAN Omar"
    assert {m.relationship for m in view.members} == {"head", "spouse", "child"}

    food, clothes = _service_id(db, "food_pack"), _service_id(db, "medical_referral")
    with db.write() as session:
        visits = check_in_household(
            session=session, actor=actor, person_id=wife.id, service_ids=[food, clothes]
        )
    assert len(visits) == 3
    assert {v.household_id for v in visits} == {household.id}
    # The household's food pack is used: the head alone cannot take another this month.
    with pytest.raises(RuleBreach), db.write() as session:
        check_in(session=session, actor=actor, person_id=head.id, service_ids=[food])
    # A second family check-in breaks the rule and stores nothing for anyone.
    with pytest.raises(RuleBreach), db.write() as session:
        check_in_household(session=session, actor=actor, person_id=head.id, service_ids=[food])
    with db.read() as session:
        assert len(session.exec(select(Visit)).all()) == 3


def test_consent_records_who_took_it_and_needs_the_records_scope(
    db: Database, actor: Actor
) -> None:
    person = _register(db, actor, family_name="Tran", given_name="Mai")
    with pytest.raises(ValidationError), db.write() as session:
        record_consent(session=session, actor=actor, person_id=person.id, scope=["contact"])
    with db.write() as session:
        record_consent(
            session=session, actor=actor, person_id=person.id, scope=[SCOPE_RECORDS, "contact"]
        )
    with db.read() as session:
        consent = current_consent(session, person.id)
        assert consent is not None and consent.taken_by == actor.user_id
        assert consent.consent_date == clock.today()
        assert consents_of(session, person.id)[0].taken_by_name == "Reception desk"


def test_reprinted_card_marks_the_old_one_replaced(db: Database, actor: Actor) -> None:
    person = _register(db, actor, family_name="Diallo", given_name="Awa")
    with db.write() as session:
        first = issue_card(session=session, actor=actor, person_id=person.id)
    with db.write() as session:
        second = issue_card(session=session, actor=actor, person_id=person.id)
    with db.read() as session:
        old = session.get(MemberCard, first.id)
        assert old is not None and old.replaced and old.replaced_at_card_id == second.id
        assert second.serial == 2


def test_merge_keeps_every_visit_consent_and_note_and_unmerge_puts_them_back(
    db: Database, actor: Actor
) -> None:
    kept = _register(
        db,
        actor,
        family_name="Rahman",
        given_name="Mohammed",
        birth="1988",
        notes="Needs an interpreter.",
    )
    dup = _register(
        db,
        actor,
        family_name="Rehman",
        given_name="Muhammad",
        birth="04/03/1988",
        phone="9123 4567",
        notes="Referred to clinic.",
    )
    referral = _service_id(db, "medical_referral")
    with db.write() as session:
        check_in(session=session, actor=actor, person_id=kept.id, service_ids=[referral])
        check_in(session=session, actor=actor, person_id=dup.id, service_ids=[referral])
        record_consent(session=session, actor=actor, person_id=dup.id, scope=[SCOPE_RECORDS])

    volunteer = Actor(actor.user_id, actor.desk_id, Role.VOLUNTEER)
    with pytest.raises(PermissionDenied), db.write() as session:
        merge_people(session=session, actor=volunteer, kept_id=kept.id, merged_id=dup.id)

    with db.write() as session:
        record = merge_people(
            session=session, actor=actor, kept_id=kept.id, merged_id=dup.id, reason="same person"
        )
    with db.read() as session:
        k, d = session.get(Person, kept.id), session.get(Person, dup.id)
        assert k is not None and d is not None
        assert d.status == PersonStatus.MERGED and d.merged_into_id == k.id
        assert len(session.exec(select(Visit).where(Visit.person_id == k.id)).all()) == 2
        assert current_consent(session, k.id) is not None
        assert "Needs an interpreter." in k.notes and "Referred to clinic." in k.notes
        assert k.phone == "+85291234567" and k.date_of_birth is not None
        assert any(c.field_name == "phone" for c in person_changes(session, k.id))
        assert merges_of(session, k.id)[0].merged_number == d.member_number
        actions = [e.action for e in session.exec(select(AuditEvent))]
        assert "person.merge" in actions

    with db.write() as session:
        unmerge(session=session, actor=actor, merge_id=record.id)
    with db.read() as session:
        k, d = session.get(Person, kept.id), session.get(Person, dup.id)
        assert k is not None and d is not None
        assert d.status == PersonStatus.ACTIVE and d.merged_into_id is None
        assert len(session.exec(select(Visit).where(Visit.person_id == d.id)).all()) == 1
        assert current_consent(session, k.id) is None and current_consent(session, d.id) is not None
        assert k.notes == "Needs an interpreter." and k.phone == "" and k.date_of_birth is None
        assert merges_of(session, k.id)[0].undone
    with pytest.raises(ValidationError), db.write() as session:
        unmerge(session=session, actor=actor, merge_id=record.id)
