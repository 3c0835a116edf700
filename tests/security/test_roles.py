"""Each role calling the services directly: the service layer is the guard, not the buttons."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from desktop.db import Database
from desktop.models import Person, Visit
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in, void_visit
from desktop.services.errors import PermissionDenied
from desktop.services.export import ExportRequest, export_data
from desktop.services.export_fields import ExportKind
from desktop.services.people import PersonInput, register_person, update_person, view_person


def _register(db: Database, by: Actor, **extra: object) -> Person:
    with db.write() as session:
        return register_person(
            session=session,
            actor=by,
            data=PersonInput(family_name="Okafor", given_name="Grace", birth="1990", **extra),  # type: ignore[arg-type]
        )


def test_volunteer_registers_and_checks_in(db: Database, volunteer: Actor) -> None:
    person = _register(db, volunteer)
    with db.write() as session:
        service = list_services(session)[0]
        visit = check_in(
            session=session, actor=volunteer, person_id=person.id, service_ids=[service.id]
        )
    assert visit.person_id == person.id


def test_volunteer_never_receives_notes_or_vulnerability_flags(
    db: Database, volunteer: Actor, caseworker: Actor
) -> None:
    person = _register(
        db, caseworker, notes="Fled after threats", vulnerability_flags=["survivor_of_violence"]
    )
    with db.write() as session:
        seen = view_person(session=session, actor=volunteer, person_id=person.id)
    assert seen.notes == "" and seen.vulnerability_flags == []
    with db.write() as session:
        seen = view_person(session=session, actor=caseworker, person_id=person.id)
    assert seen.notes == "Fled after threats" and seen.vulnerability_flags == [
        "survivor_of_violence"
    ]


def test_volunteer_editing_a_person_leaves_the_restricted_notes_alone(
    db: Database, volunteer: Actor, caseworker: Actor
) -> None:
    person = _register(db, caseworker, notes="Fled after threats")
    with db.write() as session:
        update_person(
            session=session,
            actor=volunteer,
            person_id=person.id,
            data=PersonInput(family_name="Okafor", given_name="Grace Ada", birth="1990"),
        )
    with db.read() as session:
        stored = session.get(Person, person.id)
        assert stored is not None
        assert stored.given_name == "Grace Ada" and stored.notes == "Fled after threats"


def test_volunteer_cannot_write_restricted_notes(db: Database, volunteer: Actor) -> None:
    with pytest.raises(PermissionDenied):
        _register(db, volunteer, notes="something private")
    with db.read() as session:
        assert session.exec(select(Person)).first() is None


def test_volunteer_cannot_export_personal_data(
    db: Database, volunteer: Actor, caseworker: Actor, admin: Actor, tmp_path: Path
) -> None:
    _register(db, volunteer)
    request = ExportRequest(kind=ExportKind.PEOPLE)
    for who in (volunteer, caseworker):
        with pytest.raises(PermissionDenied):
            export_data(db=db, actor=who, request=request, path=tmp_path / "people.csv")
    assert not (tmp_path / "people.csv").exists()
    export_data(db=db, actor=admin, request=request, path=tmp_path / "people.csv")
    assert "Okafor" in (tmp_path / "people.csv").read_text(encoding="utf-8-sig")


def test_a_volunteer_voids_only_their_own_visit_within_ten_minutes_staff_any_visit(
    db: Database, volunteer: Actor, caseworker: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = _register(db, volunteer)
    with db.write() as session:
        service = list_services(session)[0]
        by_staff = check_in(
            session=session, actor=caseworker, person_id=person.id, service_ids=[service.id]
        )
    with db.write() as session:
        own = check_in(
            session=session,
            actor=volunteer,
            person_id=person.id,
            service_ids=[list_services(session)[4].id],
        )
    with db.write() as session, pytest.raises(PermissionDenied):  # someone else's
        void_visit(session=session, actor=volunteer, visit_id=by_staff.id, reason="mistake")
    later = clock.now() + timedelta(minutes=11)
    with monkeypatch.context() as patched:
        patched.setattr(clock, "now", lambda: later)
        with db.write() as session, pytest.raises(PermissionDenied):  # too late
            void_visit(session=session, actor=volunteer, visit_id=own.id, reason="mistake")
    with db.write() as session:
        void_visit(session=session, actor=volunteer, visit_id=own.id, reason="mistake")
    with db.write() as session:
        void_visit(session=session, actor=caseworker, visit_id=by_staff.id, reason="mistake")
    with db.read() as session:
        stored = session.exec(select(Visit)).all()
        assert [v.void_reason for v in stored] == ["mistake", "mistake"]
        assert all(v.voided_at is not None for v in stored)


def test_volunteer_reading_the_edit_history_never_sees_changed_notes(
    db: Database, volunteer: Actor, caseworker: Actor
) -> None:
    from desktop.services.history import person_changes

    person = _register(db, caseworker, notes="first note")
    with db.write() as session:
        update_person(
            session=session,
            actor=caseworker,
            person_id=person.id,
            data=PersonInput(
                family_name="Okafor", given_name="Grace", birth="1990", phone="5123 4567",
                notes="Fled after threats",
            ),
        )  # fmt: skip
    with db.read() as session:
        seen = {c.field_name for c in person_changes(session, person.id, actor=volunteer)}
        staff = {c.field_name for c in person_changes(session, person.id, actor=caseworker)}
    assert seen == {"phone"} and staff == {"phone", "notes"}
