"""Erasing a person reaches the server's log and every other desk, and stays erased."""

from __future__ import annotations

from desktop.models import Person, PersonStatus
from desktop.services.rights import erase_person
from tests.canary import rows_holding, server_rows_holding
from tests.sync.harness import SyncServer, assert_converged, sync_all
from tests.sync.test_convergence import check_in_first_service, edit

FAMILY, GIVEN, PHONE = "Vexqorradine", "Zulthéa", "5917 3468"
NOTE = "seen-about-Plumbago-housing"
CANARIES = [FAMILY, GIVEN, PHONE.replace(" ", ""), NOTE, "Sibrelkant"]


def test_an_erasure_purges_the_server_log_and_every_desk(server: SyncServer) -> None:
    front = server.add_desk("front", "A", role="caseworker")
    second = server.add_desk("second", "B", role="caseworker")
    server.add_desk("volunteer", "C", role="volunteer")  # never held the notes; erased too
    person = front.register(FAMILY, GIVEN, phone=PHONE, notes=NOTE)
    other = front.register("Okafor", "Ada", phone="9123 4567")
    with front.db.write() as session:
        from desktop.services.catalogue import list_services
        from desktop.services.checkin import check_in

        check_in(
            session=session,
            actor=front.actor,
            person_id=person.id,
            service_ids=[list_services(session)[4].id],
            note=f"{GIVEN} asked about Sibrelkant school",
        )
    edit(front, person.id, phone_alt="6666 1234")
    check_in_first_service(front, other.id)
    sync_all(server)
    assert server_rows_holding(server.admin(), CANARIES)
    assert rows_holding(second.db, CANARIES)

    # Desk B, offline, edits the person before it hears of the erasure.
    edit(second, person.id, preferred_name="Sibrelkant")
    with front.db.write() as session:
        erase_person(session=session, actor=front.actor, person_id=person.id, reason="asked")
    assert rows_holding(front.db, CANARIES) == []
    front.sync()
    assert server_rows_holding(server.admin(), CANARIES) == []
    second.sync()  # pushes its stale edit (the server drops the erased fields), then purges
    sync_all(server)

    assert server_rows_holding(server.admin(), CANARIES) == []
    for desk in server.desks:
        assert rows_holding(desk.db, CANARIES) == [], desk.name
        with desk.db.read() as session:
            erased = session.get(Person, person.id)
            assert erased is not None and erased.status == PersonStatus.ANONYMISED
            assert erased.sex == person.sex  # kept for the counts
    assert_converged(server)

    # A desk that joins later never sees the person's details.
    late = server.add_desk("late", "D", role="caseworker")
    late.sync()
    assert rows_holding(late.db, CANARIES) == []
    with late.db.read() as session:
        from desktop.services.visits import person_history

        assert len(person_history(session, person.id)) == 1  # the visit still counts
