"""A person with distinctive details goes through every feature of the desk, then is erased: not
a byte of them is left in the data folder, the temporary folder, the log, this desk's and another
desk's files or the sync server, except in the backups the erasure named."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.db.backup import take_backup
from desktop.logs import setup_logging
from desktop.models import MemberCard, Person
from desktop.printing.card import card_for
from desktop.printing.intake_form import intake_form_for
from desktop.printing.queue import PrintQueue
from desktop.printing.requests import CardRequest, FormRequest, SlipRequest
from desktop.printing.slip import SlipData
from desktop.services import clock
from desktop.services.cards import issue_card
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.consent import SCOPE_RECORDS, current_consent, record_consent
from desktop.services.duplicates import find_likely_duplicates
from desktop.services.export import ExportRequest, export_data
from desktop.services.export_fields import ExportKind
from desktop.services.export_protect import export_protected
from desktop.services.held_backups import backups_holding, flush_old_pages
from desktop.services.households import add_member, create_household
from desktop.services.merge import merge_people
from desktop.services.people import PersonInput, register_person, update_person
from desktop.services.rights import erase_person
from desktop.services.visits import person_history
from desktop.ui.messages import describe_error
from tests.canary import files_holding, rows_holding, server_rows_holding
from tests.fakes import FakePrinter
from tests.sync.harness import SyncServer, assert_converged

FAMILY, GIVEN = "Vexqorradine", "Zulthéa"
ORIGINAL = "زُلثِيا\u200cوِکسقور"  # with a zero-width non-joiner, as typed in Persian script
PHONE, PHONE_ALT = "5917 3468", "6284 1937"
NOTES = "Plumbago-shelter-intake"
CANARIES = [FAMILY, GIVEN, ORIGINAL, "59173468", "62841937", NOTES, "Sibrelkant"]


def _canary_input(**changes: str) -> PersonInput:
    data = PersonInput(
        family_name=FAMILY,
        given_name=GIVEN,
        name_original=ORIGINAL,
        preferred_name="Sibrelkant",
        birth="03/04/1991",
        country_of_origin="BI",
        phone=PHONE,
        notes=NOTES,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_an_erased_person_is_nowhere_but_in_the_named_backups(
    server: SyncServer, tmp_path: Path, _private_data_dir: Path, system_temp: Path
) -> None:
    setup_logging(_private_data_dir)
    front = server.add_desk("front", "A", role="caseworker")
    second = server.add_desk("second", "B", role="caseworker")
    db, admin = front.db, front.actor
    queue = PrintQueue(db, FakePrinter(), admin)
    chosen = tmp_path / "chosen-by-the-admin"
    chosen.mkdir()

    # Registration, consent, card, a check-in with a note, an edit, a household.
    with db.write() as session:
        person = register_person(session=session, actor=admin, data=_canary_input())
        relative = register_person(
            session=session, actor=admin, data=PersonInput(family_name="Okafor", given_name="Ada")
        )
        for family, given in (("Nguyen", "Thi Lan"), ("Diallo", "Aminata"), ("Rahman", "Nusrat"),
                              ("Mensah", "Kofi"), ("Haddad", "Samir")):  # fmt: skip
            register_person(
                session=session,
                actor=admin,
                data=PersonInput(family_name=family, given_name=given, country_of_origin="BI"),
            )
        record_consent(session=session, actor=admin, person_id=person.id, scope=[SCOPE_RECORDS])
        card = issue_card(session=session, actor=admin, person_id=person.id)
        service = list_services(session)[4]
        visit = check_in(
            session=session,
            actor=admin,
            person_id=person.id,
            service_ids=[service.id],
            note=f"{GIVEN} asked about the Plumbago-shelter-intake",
        )
        household = create_household(session=session, actor=admin, head_id=person.id)
        add_member(
            session=session,
            actor=admin,
            household_id=household.id,
            person_id=relative.id,
            relationship="spouse",
        )
    with db.write() as session:
        update_person(
            session=session, actor=admin, person_id=person.id, data=_canary_input(phone=PHONE_ALT)
        )
    # The same person registered again by mistake: listed as a likely duplicate, then merged.
    with db.write() as session:
        again = register_person(
            session=session, actor=admin, data=_canary_input(preferred_name="", notes="")
        )
        assert any(m.person.id == person.id for m in find_likely_duplicates(session, again))
        merge_people(session=session, actor=admin, kept_id=person.id, merged_id=again.id)
    # Slip, card and intake form through the print queue.
    with db.read() as session:
        row = person_history(session, person.id)[0]
        stored = session.get(Person, person.id)
        card_row = session.get(MemberCard, card.id)
        assert stored is not None and card_row is not None
        form = intake_form_for(stored, current_consent(session, person.id), "Harbour Centre")
        card_data = card_for(stored, card_row, "Harbour Centre")
    slip = SlipData(
        "Harbour Centre",
        clock.to_local(row.visited_at),
        row.queue_number,
        row.member_number,
        row.display_name,
        row.name_original,
        row.services,
    )
    for kind, ref, request in (
        ("slip", str(visit.id), SlipRequest(slip)),
        ("card", str(card.id), CardRequest((card_data,))),
        ("intake_form", f"{person.id}:{clock.today()}:abc", FormRequest(form)),
    ):
        job = queue.submit(kind=kind, title=f"{kind}-{row.member_number}", request=request,
                           ref_id=ref)  # fmt: skip
        queue.send(job)
    # Exports: a protected one with names and an anonymised one, where the admin chose.
    export_protected(db=db, actor=admin, request=ExportRequest(ExportKind.PEOPLE, fmt="xlsx"),
                     path=chosen / "people.xlsx", password="office safe 2026")  # fmt: skip
    export_data(db=db, actor=admin, path=chosen / "anonymous.csv",
                request=ExportRequest(ExportKind.PEOPLE, anonymised=True))  # fmt: skip
    # An error with the name in it, on its way to the log.
    with pytest.raises(IntegrityError) as clash, db.write() as session:
        session.add(Person(member_number=row.member_number, family_name=FAMILY, phone=PHONE))
    describe_error(clash.value)
    # A backup, and sync with the server and a second desk.
    backup = take_backup(db, reason="manual")
    front.sync()
    second.sync()
    assert rows_holding(second.db, CANARIES)
    assert server_rows_holding(server.admin(), CANARIES)

    before = files_holding([tmp_path], CANARIES)
    assert {db.path, second.db.path, backup.path} <= {
        p.with_name(p.name.removesuffix("-wal")) for p in before
    }
    assert not any(p.parent.name == "logs" for p in before)
    with db.write() as session:
        erase_person(session=session, actor=admin, person_id=person.id, reason="asked at the desk")
    flush_old_pages(db)
    held = backups_holding(db, person.id)
    front.sync()
    assert second.sync().erased == 1

    assert [b.path for b in held] == [backup.path]  # the message names this backup...
    assert files_holding([backup.path.parent], CANARIES) == [backup.path]  # ...which holds them
    for handler in logging.getLogger().handlers:
        handler.flush()
    left = files_holding([tmp_path], CANARIES)
    assert [p for p in left if p != backup.path and chosen not in p.parents] == []
    assert list(system_temp.iterdir()) == []
    assert rows_holding(front.db, CANARIES) == []
    assert rows_holding(second.db, CANARIES) == []
    assert server_rows_holding(server.admin(), CANARIES) == []
    assert_converged(server)
