"""Identity documents: part of the person, found by number, told apart by role."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.db import Database
from desktop.models import DocumentKind, Role
from desktop.services.actor import Actor
from desktop.services.documents import DocumentInput, documents_of
from desktop.services.duplicates import SAME_DOCUMENT, find_likely_duplicates
from desktop.services.errors import ValidationError
from desktop.services.people import PersonInput, register_person
from desktop.services.search import MatchKind, find_people


def _register(db: Database, actor: Actor, family: str, given: str, born: str, *docs: DocumentInput):
    with db.write() as session:
        return register_person(
            session=session,
            actor=actor,
            data=PersonInput(
                family_name=family, given_name=given, birth=born, documents=list(docs)
            ),
        ).id


def test_a_recognizance_number_finds_its_holder_among_namesakes(db: Database, actor: Actor) -> None:
    for born in ("01/01/1980", "02/02/1985", "03/03/1990"):
        _register(db, actor, "Rahman", "Mohammed", born)
    holder = _register(
        db,
        actor,
        "Rahman",
        "Mohammed",
        "04/04/1995",
        DocumentInput(DocumentKind.RECOGNIZANCE, "RF-123456/2020", "31.12.27"),
    )
    with db.read() as session:
        found = find_people(session, "rf 123456 2020")
    assert found[0].id == holder and found[0].kind == MatchKind.DOCUMENT
    assert [m.id for m in found].count(holder) == 1


def test_staff_see_the_number_volunteers_that_it_exists_and_its_last_digits(
    db: Database, actor: Actor
) -> None:
    holder = _register(
        db,
        actor,
        "Okafor",
        "Chidinma",
        "1990",
        DocumentInput(DocumentKind.UNHCR_CASE, "505-09C01234"),
    )
    volunteer = replace(actor, role=Role.VOLUNTEER)
    with db.read() as session:
        staff_view = documents_of(session, replace(actor, role=Role.CASEWORKER), holder)
        volunteer_view = documents_of(session, volunteer, holder)
    assert [d.number for d in staff_view] == ["505-09C01234"]
    assert [(d.kind, d.number, d.masked) for d in volunteer_view] == [
        (DocumentKind.UNHCR_CASE, "•••• 1234", True)
    ]


def test_a_shared_document_number_outweighs_a_respelled_name(db: Database, actor: Actor) -> None:
    on_file = _register(
        db,
        actor,
        "Chowdhury",
        "Abdul Karim",
        "1979",
        DocumentInput(DocumentKind.NON_REFOULEMENT_CLAIM, "USM 2231/2019"),
    )
    with db.read() as session:
        found = find_likely_duplicates(
            session,
            PersonInput(
                family_name="Choudhury",
                given_name="Karim",
                birth="1981",
                documents=[DocumentInput(DocumentKind.NON_REFOULEMENT_CLAIM, "usm-2231-2019")],
            ),
        )
    assert found and found[0].person.id == on_file and SAME_DOCUMENT in found[0].reasons


def test_a_namesake_with_another_birth_date_is_not_flagged(db: Database, actor: Actor) -> None:
    _register(db, actor, "Begum", "Fatima", "12/03/1985")
    _register(db, actor, "Begum", "Fatima", "30/11/1972")
    with db.read() as session:
        assert (
            find_likely_duplicates(
                session, PersonInput(family_name="BEGUM", given_name="Fatima", birth="14.02.90")
            )
            == []
        )
        same = find_likely_duplicates(
            session, PersonInput(family_name="Fatima", given_name="BEGUM", birth="12 Mar 1985")
        )
    assert len(same) == 1 and same[0].person.date_of_birth == date(1985, 3, 12)


@pytest.mark.parametrize("number", ["12", "x" * 61])
def test_a_number_that_tells_nobody_apart_is_refused(
    db: Database, actor: Actor, number: str
) -> None:
    with pytest.raises(ValidationError, match="document number"):
        _register(db, actor, "Diallo", "Aminata", "1990", DocumentInput(DocumentKind.OTHER, number))
