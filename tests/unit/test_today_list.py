"""The desk's today list read a page at a time, with the day's counts."""

from __future__ import annotations

import uuid
from dataclasses import replace

from desktop.db import Database
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.calling import call_next
from desktop.services.checkin import void_visit
from desktop.services.visits import DaySummary, today_page, visits_on
from tests.records import add_people, record_visit, service_id


def test_the_newest_page_comes_first_and_older_pages_follow_down_to_number_one(
    db: Database, actor: Actor
) -> None:
    service = service_id(db)
    for person in add_people(db, actor, 7):
        record_visit(db, actor, person, service)
    other_desk = replace(actor, desk_id=uuid.uuid4())  # a second desk's visits are its own
    record_visit(db, other_desk, add_people(db, actor, 1)[0], service)
    day = clock.today()
    with db.read() as session:
        first = today_page(session, day, actor.desk_id, limit=3)
        second = today_page(session, day, actor.desk_id, limit=3, below=5)
        last = today_page(session, day, actor.desk_id, limit=3, below=2)
        whole = visits_on(session, day, desk_id=actor.desk_id)
    assert [r.queue_number for r in first.rows] == [7, 6, 5] and first.more
    assert [r.queue_number for r in second.rows] == [4, 3, 2] and second.more
    assert [r.queue_number for r in last.rows] == [1] and not last.more
    assert first.rows + second.rows + last.rows == whole  # the same rows as the whole list
    assert first.summary == DaySummary(visits=7, last_number=7, serving=None)


def test_the_day_counts_leave_out_voided_visits_and_say_who_is_being_served(
    db: Database, actor: Actor
) -> None:
    service = service_id(db)
    visits = [record_visit(db, actor, p, service) for p in add_people(db, actor, 4)]
    with db.write() as session:
        void_visit(session=session, actor=actor, visit_id=visits[3], reason="typed twice")
        call_next(session=session, actor=actor)
        call_next(session=session, actor=actor)
    with db.read() as session:
        page = today_page(session, clock.today(), actor.desk_id)
    # The voided number 4 is not counted, but no one gets it again: the next is still 5.
    assert page.summary == DaySummary(visits=3, last_number=4, serving=2)
    assert [r.voided for r in page.rows] == [True, False, False, False]


def test_an_empty_day_has_nothing_to_show_and_starts_at_number_one(
    db: Database, actor: Actor
) -> None:
    with db.read() as session:
        page = today_page(session, clock.today(), actor.desk_id)
    assert page.rows == [] and not page.more
    assert page.summary == DaySummary(visits=0, last_number=0, serving=None)
