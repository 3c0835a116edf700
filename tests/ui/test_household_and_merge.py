"""Households, family check-in, merge and unmerge, cards and paper forms through the real window."""

from __future__ import annotations

import io
import uuid

from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.db import Database
from desktop.models import MemberCard, Person, PersonStatus, Visit, VisitService
from desktop.services.actor import Actor
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.people import PersonInput, register_person
from tests.fakes import FakePrinter
from tests.ui.test_desk_flow import type_into


def add_person(db: Database, actor: Actor, **fields: str) -> Person:
    with db.write() as session:
        return register_person(session=session, actor=actor, data=PersonInput(**fields))


def open_person(qtbot, desk, person_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    desk.open_person(person_id)
    qtbot.waitUntil(lambda: desk.person.person_id == person_id)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_volunteer_builds_a_household_and_checks_the_family_in_together(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter
) -> None:
    omar = add_person(db, actor, family_name="Hassan", given_name="Omar", birth="02/01/1980")
    amina = add_person(db, actor, family_name="Hassan", given_name="Amina", birth="05/06/1984")
    yusuf = add_person(db, actor, family_name="Hassan", given_name="Yusuf", birth="09/09/2015")
    open_person(qtbot, desk, omar.id)
    assert not desk.person.family_button.isVisibleTo(desk.person)

    click(qtbot, desk.person.household_button)
    qtbot.waitUntil(lambda: desk.households.dialog is not None)
    dialog = desk.households.dialog
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.members.rowCount() == 1)
    for name, relation in (("amina", "Spouse or partner"), ("yusuf", "Child")):
        dialog.search.clear()
        type_into(qtbot, dialog.search, f"hassan {name}")
        qtbot.waitUntil(
            lambda name=name: (
                [r.display_name for r in dialog.results.rows] == [f"HASSAN {name.title()}"]
            )
        )
        dialog.relationship.setCurrentText(relation)
        before = dialog.members.rowCount()
        click(qtbot, dialog.add_button)
        qtbot.waitUntil(lambda before=before: dialog.members.rowCount() == before + 1)
    assert [m.relationship for m in dialog.members.rows] == ["head", "spouse", "child"]
    dialog.reject()  # closing shows the person again, now with their household
    qtbot.waitUntil(lambda: desk.person.family_button.isVisibleTo(desk.person))

    # Food pack (1, one per household a month) and a hot meal (4, per person): one action.
    qtbot.keyClick(desk.person, Qt.Key.Key_1)
    qtbot.keyClick(desk.person, Qt.Key.Key_4)
    click(qtbot, desk.person.family_button)
    qtbot.waitUntil(lambda: "3 household member" in desk.message.text())
    with db.read() as session:
        visits = session.exec(select(Visit)).all()
        assert {v.person_id for v in visits} == {omar.id, amina.id, yusuf.id}
        assert len({v.household_id for v in visits}) == 1
        food = next(s for s in list_services(session) if s.code == "food_pack")
        given_food = session.exec(select(VisitService).where(VisitService.service_id == food.id))
        assert len(given_food.all()) == 1  # the household's pack, given once
    # One slip: the food pack's. A hot meal prints none (Service.prints_slip), so the two
    # visits with only a meal are told their number on screen.
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)

    # Next week the family asks again: the food pack rule says no, staff override with a reason.
    open_person(qtbot, desk, amina.id)
    qtbot.keyClick(desk.person, Qt.Key.Key_1)
    qtbot.keyClick(desk.person, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            getattr(desk, "override_dialog", None) is not None and desk.override_dialog.isVisible()
        )
    )
    assert "HASSAN Amina" in desk.override_dialog.rules.text()
    qtbot.keyClicks(desk.override_dialog.reason, "Family of five, flat flooded")
    click(qtbot, desk.override_dialog.confirm_button)
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=10000)  # the pack's slip
    with db.read() as session:
        reasons = [vs.override_reason for vs in session.exec(select(VisitService))]
        assert reasons.count("Family of five, flat flooded") == 1
        assert len(session.exec(select(Visit)).all()) == 6


def test_staff_merges_two_records_of_one_person_and_undoes_it(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor
) -> None:
    kept = add_person(db, actor, family_name="Rahman", given_name="Mohammed", birth="1988")
    dup = add_person(
        db, actor, family_name="Rehman", given_name="Muhammad", birth="04/03/1988", phone="91234567"
    )
    with db.write() as session:
        service = next(s for s in list_services(session) if s.code == "medical_referral")
        check_in(session=session, actor=actor, person_id=dup.id, service_ids=[service.id])
    open_person(qtbot, desk, kept.id)
    click(qtbot, desk.person.duplicates_button)
    qtbot.waitUntil(lambda: desk.merges.dialog is not None)
    dialog = desk.merges.dialog
    qtbot.waitUntil(lambda: dialog.matches.rowCount() == 1)
    qtbot.waitUntil(lambda: dup.member_number in dialog.compare.text())
    type_into(qtbot, dialog.reason, "Same passport number")
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.merges.rowCount() == 1)
    assert dialog.matches.rowCount() == 0
    with db.read() as session:
        merged = session.get(Person, dup.id)
        assert merged is not None and merged.status == PersonStatus.MERGED
        assert session.exec(select(Visit)).one().person_id == kept.id
        k = session.get(Person, kept.id)
        assert k is not None and k.phone == "+85291234567"

    dialog.merges_table.selectRow(0)
    click(qtbot, dialog.unmerge_button)
    qtbot.waitUntil(lambda: dialog.merges.rows[0].undone)
    with db.read() as session:
        back = session.get(Person, dup.id)
        assert back is not None and back.status == PersonStatus.ACTIVE
        assert session.exec(select(Visit)).one().person_id == dup.id
        k = session.get(Person, kept.id)
        assert k is not None and k.phone == ""
    assert dialog.matches.rowCount() == 1  # they show as likely duplicates again


def test_reprinted_card_replaces_the_old_one_and_forms_print(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter
) -> None:
    person = add_person(
        db, actor, family_name="Diallo", given_name="Awa", birth="12/03/1991", phone="61234567"
    )
    open_person(qtbot, desk, person.id)
    click(qtbot, desk.person.print_card_button)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    click(qtbot, desk.person.print_card_button)
    qtbot.waitUntil(lambda: len(printer.jobs) == 2)
    card = pdf_text(printer.jobs[1][1])
    assert person.member_number in card and "DIALLO Awa" in card
    assert "1991" not in card and "6123" not in card  # nothing sensitive on a card
    with db.read() as session:
        cards = session.exec(select(MemberCard).order_by(MemberCard.serial)).all()
        assert [(c.serial, c.replaced) for c in cards] == [(1, True), (2, False)]

    click(qtbot, desk.person.intake_form_button)
    qtbot.waitUntil(lambda: len(printer.jobs) == 3)
    form = pdf_text(printer.jobs[2][1])
    assert "Registration form" in form and "Diallo" in form and person.member_number in form
    desk.act_blank_form.trigger()
    qtbot.waitUntil(lambda: len(printer.jobs) == 4)
    blank = pdf_text(printer.jobs[3][1])
    assert "Registration form" in blank and "Signature of member" in blank
    assert "Diallo" not in blank
