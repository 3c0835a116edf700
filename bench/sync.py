"""Time to sync 10,000 changes, and how it grows with the number of desks.

    .venv/bin/python -m bench.sync [--changes 10000] [--desks 1 2 3]

Starts its own PostgreSQL (as the tests do). Desk A makes the changes (registrations and
check-ins), pushes them; every other desk then pulls and merges them. Prints seconds per step.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sqlmodel import func, select

from desktop.models import SyncOutbox
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.people import PersonInput, register_person
from tests.sync.harness import SyncServer, assert_converged
from tests.sync.pgcluster import PgCluster


def make_changes(desk, count: int) -> int:  # type: ignore[no-untyped-def]
    """Registrations with a check-in each (about 4 outbox entries a person) until `count`."""
    with desk.db.write() as session:
        service = list_services(session)[4].id
        n = 0
        while session.exec(select(func.count()).select_from(SyncOutbox)).one() < count:
            person = register_person(
                session=session,
                actor=desk.actor,
                data=PersonInput(family_name=f"Bench{n}", given_name="Person"),
            )
            check_in(session=session, actor=desk.actor, person_id=person.id, service_ids=[service])
            n += 1
            if n % 50 == 0:
                session.commit()
    with desk.db.read() as session:
        return int(session.exec(select(func.count()).select_from(SyncOutbox)).one())


def run(cluster: PgCluster, changes: int, desks: int) -> None:
    root = Path(tempfile.mkdtemp(prefix="frontdesk-bench-"))
    server = SyncServer.create(cluster, root)
    try:
        members = [server.add_desk(f"desk{i}", "ABCDEFGH"[i]) for i in range(desks)]
        for desk in members:
            desk.sync()
        made = make_changes(members[0], changes)
        start = time.perf_counter()
        pushed = members[0].sync()
        push_s = time.perf_counter() - start
        pulls = []
        for desk in members[1:]:
            start = time.perf_counter()
            desk.sync()
            pulls.append(time.perf_counter() - start)
        counts = assert_converged(server)
        pull_text = ", ".join(f"{s:.1f}s" for s in pulls) or "-"
        print(
            f"{desks} desk(s): {made} changes; push {push_s:.1f}s "
            f"({made / push_s:.0f}/s, {pushed.stored} stored); pull+merge per other desk: "
            f"{pull_text}; converged rows: {sum(counts.values())}"
        )
    finally:
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--desks", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    cluster = PgCluster.start()
    try:
        for desks in args.desks:
            run(cluster, args.changes, desks)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
