"""Access request PDF, erasure that keeps the counts, retention with a preview."""

from __future__ import annotations

from datetime import timedelta

import pypdf
import pytest
from sqlmodel import select

from desktop.db import Database
from desktop.models import Consent, Person, PersonChange, PersonStatus, Visit
from desktop.printing.access_request import render_access_report
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.cards import issue_card
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.consent import SCOPE_RECORDS, record_consent
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.people import PersonInput, register_person, update_person
from desktop.services.report import compute_report
from desktop.services.rights import (
    access_report,
    erase_person,
    retention_preview,
    run_retention,
)


def _member(db: Database, admin: Actor, family: str = "Haddad", given: str = "Rania") -> Person:
    with db.write() as session:
        person = register_person(
            session=session,
            actor=admin,
            data=PersonInput(
                family_name=family,
                given_name=given,
                name_original="رانيا حداد",
                phone="5123 4567",
                birth="12/03/1990",
                country_of_origin="SY",
                notes="Sleeping at a friend's",
            ),
        )
        record_consent(session=session, actor=admin, person_id=person.id, scope=[SCOPE_RECORDS])
        issue_card(session=session, actor=admin, person_id=person.id)
        service = list_services(session)[0]
        check_in(session=session, actor=admin, person_id=person.id, service_ids=[service.id])
    with db.write() as session:
        update_person(
            session=session,
            actor=admin,
            person_id=person.id,
            data=PersonInput(family_name=family, given_name=given, phone="5123 9999",
                             name_original="رانيا حداد", birth="12/03/1990",
                             country_of_origin="SY", notes="Sleeping at a friend's"),
        )  # fmt: skip
    return person


def test_access_request_pdf_holds_everything_on_the_person(db: Database, admin: Actor) -> None:
    person = _member(db, admin)
    with db.write() as session:
        report = access_report(session=session, actor=admin, person_id=person.id)
    pdf = render_access_report(report, centre_name="Harbour Refugee Centre")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(_bytes_io(pdf)).pages)
    for expected in (
        "Personal data held about you",
        person.member_number,
        "HADDAD Rania",
        "Sleeping at a friend",  # restricted notes are the person's own data too
        "+85251239999",
        "Given on",
        "Card 1 issued",
        "phone",  # the change history
        "person.register",
        "Harbour Refugee Centre",
    ):
        assert expected in text, expected
    with db.read() as session:
        assert any(
            e.action == "person.access_request" for e in session.exec(select(_audit_event()))
        )


def test_volunteer_and_caseworker_cannot_make_an_access_request_or_erase(
    db: Database, admin: Actor, volunteer: Actor, caseworker: Actor
) -> None:
    person = _member(db, admin)
    for who in (volunteer, caseworker):
        with db.write() as session, pytest.raises(PermissionDenied):
            access_report(session=session, actor=who, person_id=person.id)
        with db.write() as session, pytest.raises(PermissionDenied):
            erase_person(session=session, actor=who, person_id=person.id, reason="asked")
    with db.read() as session:
        stored = session.get(Person, person.id)
        assert stored is not None and stored.family_name == "Haddad"


def test_erasure_blanks_the_person_but_keeps_the_visit_counts(db: Database, admin: Actor) -> None:
    person = _member(db, admin)
    _member(db, admin, "Okafor", "Grace")
    today = clock.today()
    with db.read() as session:
        before = compute_report(session=session, first=today, last=today)
    with db.write() as session:
        erase_person(session=session, actor=admin, person_id=person.id, reason="asked on 3 March")
    with db.read() as session:
        erased = session.get(Person, person.id)
        assert erased is not None
        assert erased.status == PersonStatus.ANONYMISED
        assert erased.family_name == erased.given_name == erased.name_original == ""
        assert erased.phone == "" and erased.notes == "" and erased.date_of_birth is None
        assert erased.member_number.startswith("ANON-")
        assert erased.birth_year == 1990 and erased.country_of_origin == "SY"
        for table in (PersonChange, Consent):
            assert not session.exec(select(table).where(table.person_id == person.id)).all()
        assert len(session.exec(select(Visit).where(Visit.person_id == person.id)).all()) == 1
        after = compute_report(session=session, first=today, last=today)
    assert (after.people_served, after.visits, after.by_service, after.by_country) == (
        before.people_served,
        before.visits,
        before.by_service,
        before.by_country,
    )
    with db.write() as session, pytest.raises(ValidationError):
        erase_person(session=session, actor=admin, person_id=person.id, reason="again")


def test_retention_previews_then_anonymises_only_people_not_seen_for_years(
    db: Database, admin: Actor
) -> None:
    old = _member(db, admin, "Mensah", "Kofi")
    recent = _member(db, admin, "Tran", "Mai")
    long_ago = clock.now() - timedelta(days=4 * 365)
    with db.write() as session:  # Kofi registered and last came four years ago
        for visit in session.exec(select(Visit).where(Visit.person_id == old.id)):
            visit.visited_at = long_ago
            session.add(visit)
        stored = session.get(Person, old.id)
        assert stored is not None
        stored.created_at = long_ago
        session.add(stored)
    with db.read() as session:
        preview = retention_preview(session=session, actor=admin, years=3)
    assert [c.person_id for c in preview] == [old.id]
    assert preview[0].display_name == "MENSAH Kofi"
    with db.write() as session:
        done = run_retention(session=session, actor=admin, years=3, person_ids=[old.id, recent.id])
    assert done == 1  # Mai was not in the preview's rule, so she is untouched
    with db.read() as session:
        assert session.get(Person, old.id).status == PersonStatus.ANONYMISED  # type: ignore[union-attr]
        assert session.get(Person, recent.id).family_name == "Tran"  # type: ignore[union-attr]
        assert retention_preview(session=session, actor=admin, years=3) == []


def _bytes_io(data: bytes):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(data)


def _audit_event():  # type: ignore[no-untyped-def]
    from desktop.models import AuditEvent

    return AuditEvent
