"""Several desks, one truth: desks as separate SQLite files sync through a real PostgreSQL.

Every test ends with every desk and the server holding the same rows (volunteer desks without
the restricted fields), and prints the counts.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.models import PersonStatus
from desktop.services.actor import Actor
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.jobs import JobControl
from desktop.services.people import input_from_person, update_person
from desktop.services.sync.client import SyncFailed
from desktop.services.sync.conflicts import list_conflicts
from desktop.services.sync.state import sync_status
from desktop.services.sync.suspects import open_suspects
from tests.sync.harness import Desk, SyncServer, assert_converged, sync_all


def check_in_first_service(desk: Desk, person_id, service_index: int = 4):  # type: ignore[no-untyped-def]
    with desk.db.write() as session:
        service = list_services(session)[service_index]
        return check_in(
            session=session, actor=desk.actor, person_id=person_id, service_ids=[service.id]
        )


def edit(desk: Desk, person_id, **changes: str) -> None:  # type: ignore[no-untyped-def]
    with desk.db.write() as session:
        from desktop.services.people import get_person

        data = input_from_person(get_person(session, person_id))
        for name, value in changes.items():
            setattr(data, name, value)
        update_person(session=session, actor=desk.actor, person_id=person_id, data=data)


def test_desks_working_offline_share_every_registration_and_visit(server: SyncServer) -> None:
    front = server.add_desk("front", "A", role="caseworker")
    second = server.add_desk("second", "B", role="volunteer")
    laptop = server.add_desk("laptop", "C", role="caseworker")
    people = []
    for desk, names in (
        (front, [("Okafor", "Ada"), ("Haddad", "Samir")]),
        (second, [("Mensah", "Kofi"), ("Rahman", "Nusrat")]),
        (laptop, [("Diallo", "Aminata")]),
    ):
        for family, given in names:
            person = desk.register(family, given, notes="seen by caseworker", phone="9123 4567")
            people.append(person)
            check_in_first_service(desk, person.id)
    numbers = [p.member_number for p in people]
    assert numbers == ["CFR-000001", "CFR-000002", "CFR-B00001", "CFR-B00002", "CFR-C00001"]

    sync_all(server)
    counts = assert_converged(server)
    assert counts["person"] == 5 and counts["visit"] == 5 and counts["visit_service"] == 5
    assert counts["service"] == 12  # one shared catalogue, not three
    # A visit from another desk counts at this desk (rules see every desk's visits).
    with second.db.read() as session:
        from desktop.services.visits import person_history

        assert len(person_history(session, people[0].id)) == 1
    # The volunteer desk never received a caseworker's notes.
    volunteer = second.snapshot(staff=True)["person"]
    assert volunteer[str(people[0].id)]["notes"] == ""
    assert front.snapshot()["person"][str(people[2].id)]["notes"] == "seen by caseworker"

    # Running it again changes nothing, anywhere.
    before = {d.name: d.snapshot() for d in server.desks}
    changes_on_server = server.count("SELECT count(*) FROM frontdesk.change")
    for desk in server.desks:
        report = desk.sync()
        assert (report.pushed, report.applied, report.conflicts) == (0, 0, 0)
    assert {d.name: d.snapshot() for d in server.desks} == before
    assert server.count("SELECT count(*) FROM frontdesk.change") == changes_on_server
    print(f"\nconverged 3 desks: {counts}; {changes_on_server} changes on the server")


def test_edits_to_one_person_on_two_desks_merge_per_field_and_list_what_was_overwritten(
    server: SyncServer,
) -> None:
    front = server.add_desk("front", "A")
    laptop = server.add_desk("laptop", "C")
    person = front.register("Okafor", "Ada", phone="9123 4567")
    sync_all(server)

    # Offline, both desks edit her: different fields merge, the same field conflicts.
    edit(front, person.id, phone="6123 0000", given_name="Adaeze")
    edit(laptop, person.id, hk_area="Sham Shui Po", given_name="Ada N.")
    sync_all(server)
    counts = assert_converged(server)

    merged = front.snapshot()["person"][str(person.id)]
    assert merged["phone"] == "+85261230000"
    assert merged["hk_area"] == "Sham Shui Po"
    assert merged["given_name"] == "Ada N."  # the laptop's edit came later
    for desk in (front, laptop):
        with desk.db.read() as session:
            conflicts = [
                c
                for c in list_conflicts(session, actor=Actor.system())
                if c.field_name == "given_name"
            ]
            assert len(conflicts) == 1, desk.name
            assert (conflicts[0].kept_value, conflicts[0].lost_value) == ("Ada N.", "Adaeze")
            assert (conflicts[0].kept_desk, conflicts[0].lost_desk) == ("C", "A")
            assert sync_status(session).unseen_conflicts == 1
        # Search reads the merged name.
        with desk.db.read() as session:
            from desktop.services.search import find_people

            assert [m.id for m in find_people(session, "ada n")] == [person.id]

    # A later edit made after seeing the other's is no conflict.
    edit(front, person.id, given_name="Ada Ngozi")
    sync_all(server)
    with laptop.db.read() as session:
        assert (
            len(
                [
                    c
                    for c in list_conflicts(session, actor=Actor.system())
                    if c.field_name == "given_name"
                ]
            )
            == 1
        )
    assert_converged(server)
    print(f"\nmerged per field; conflicts listed: 1; rows: {counts}")


def test_same_newcomer_registered_at_two_offline_desks_is_flagged_for_merging(
    server: SyncServer,
) -> None:
    front = server.add_desk("front", "A")
    outreach = server.add_desk("outreach", "D", role="volunteer")
    first = front.register("Mensah", "Kofi", birth="1990")
    second = outreach.register("MENSAH", "Kofi", birth="1990")
    front.register("Mensah", "Ama", birth="1985")  # a relative, not the same person
    sync_all(server)
    assert_converged(server)
    for desk in (front, outreach):
        with desk.db.read() as session:
            suspects = open_suspects(session, actor=Actor.system())
            assert {(s.first.id, s.second.id) for s in suspects} == {
                tuple(sorted((first.id, second.id)))
            }
            assert suspects[0].reason == "same_name_and_birth"
    assert first.member_number != second.member_number
    print(f"\nflagged duplicates: 1 ({first.member_number} / {second.member_number})")


def test_network_drops_mid_push_and_mid_pull_lose_and_duplicate_nothing(
    server: SyncServer,
) -> None:
    front = server.add_desk("front", "A")
    second = server.add_desk("second", "B")
    for i in range(40):
        front.register("Family", f"Person{i}")

    def cut_after_first_batch(done: int, total: int) -> None:
        server.proxy.stop()

    with pytest.raises(SyncFailed):
        front.sync(batch=10, control=JobControl(on_progress=cut_after_first_batch))
    with front.db.read() as session:
        status = sync_status(session)
        assert status.last_error and 0 < status.pending < 65
    with pytest.raises(SyncFailed):
        front.sync()  # the network is still down: it says so, keeps everything
    server.proxy.start()
    front.sync(batch=10)

    with pytest.raises(SyncFailed):
        second.sync(batch=10, control=JobControl(on_progress=cut_after_first_batch))
    server.proxy.start()
    second.sync(batch=10)
    sync_all(server)
    counts = assert_converged(server)
    assert counts["person"] == 40
    hlcs = server.count("SELECT count(DISTINCT hlc) FROM frontdesk.change")
    assert hlcs == server.count("SELECT count(*) FROM frontdesk.change")
    with front.db.read() as session:
        assert sync_status(session).pending == 0
    print(f"\nafter two dropped connections: {counts}; {hlcs} changes, none twice")


def test_desks_editing_and_syncing_at_the_same_time_converge(server: SyncServer) -> None:
    desks = [server.add_desk(n, c) for n, c in (("front", "A"), ("second", "B"), ("laptop", "C"))]
    shared = desks[0].register("Okafor", "Ada")
    sync_all(server)
    errors: list[BaseException] = []

    def work(desk: Desk, n: int) -> None:
        try:
            for i in range(8):
                person = desk.register(f"Family{n}", f"Given{i}")
                check_in_first_service(desk, person.id, service_index=5)
                edit(desk, shared.id, hk_area=f"{desk.code} area {i}")
                if i % 3 == 0:
                    desk.sync()
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d, n)) for n, d in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    sync_all(server)
    counts = assert_converged(server)
    assert counts["person"] == 25 and counts["visit"] == 24
    with desks[0].db.read() as session:
        conflicts = len(
            [c for c in list_conflicts(session, actor=Actor.system()) if c.field_name == "hk_area"]
        )
    print(f"\n3 desks at once: {counts}; hk_area conflicts seen at A: {conflicts}")


def test_member_status_and_tombstones_travel(server: SyncServer) -> None:
    front = server.add_desk("front", "A")
    second = server.add_desk("second", "B")
    person = front.register("Haddad", "Samir")
    sync_all(server)
    with second.db.write() as session:
        from desktop.services import clock
        from desktop.services.people import get_person

        row = get_person(session, person.id)
        row.status = PersonStatus.INACTIVE
        row.deleted_at = clock.now()
        session.add(row)
    sync_all(server)
    assert_converged(server)
    assert front.snapshot()["person"][str(person.id)]["deleted_at"] is not None


def test_sync_killed_with_sigkill_part_way_resumes_and_converges(server: SyncServer) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    front = server.add_desk("front", "A")
    server.add_desk("second", "B")
    with front.db.write() as session:
        from desktop.services.demo import fill_demo

        fill_demo(session=session, actor=front.actor, people=150, seed=7)
    with front.db.read() as session:
        pending = sync_status(session).pending
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--unencrypted",
            "--db",
            str(front.db.path),
            "sync",
            "--batch",
            "20",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while server.count("SELECT count(*) FROM frontdesk.change") < 60:
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    on_server = server.count("SELECT count(*) FROM frontdesk.change")
    with front.db.read() as session:
        left = sync_status(session).pending
    assert 0 < on_server < pending + 20 and 0 < left < pending

    sync_all(server)
    counts = assert_converged(server)
    assert server.count("SELECT count(*) FROM frontdesk.change") == server.count(
        "SELECT count(DISTINCT hlc) FROM frontdesk.change"
    )
    assert counts["person"] == 150
    print(f"\nkilled after {on_server} of {pending} changes; then converged: {counts}")
