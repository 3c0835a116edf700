"""Calling queue numbers at the service layer: order, what is skipped, the audit trail."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import select

from desktop.models import AuditEvent
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.calling import call_next, queue_board
from desktop.services.checkin import check_in, void_visit
from desktop.services.setup import this_desk
from tests.records import add_people, service_id


def test_numbers_are_called_in_order_skipping_voided_slips_and_visits_without_one(
    db, actor: Actor
) -> None:
    ids = add_people(db, actor, 4)
    medical = service_id(db)
    with db.write() as session:
        numbers = [
            check_in(session=session, actor=actor, person_id=p, service_ids=[medical])
            for p in ids[:3]
        ]
        counted_only = check_in(  # a family member counted at a family check-in: no slip
            session=session, actor=actor, person_id=ids[3], service_ids=[], allow_no_services=True
        )
        void_visit(session=session, actor=actor, visit_id=numbers[1].id, reason="wrong person")
    assert counted_only.queue_number == 4
    with db.read() as session:
        board = queue_board(session, desk_id=actor.desk_id)
    assert (board.serving, board.waiting, board.day) == (None, (1, 3), clock.today())

    with db.write() as session:
        first = call_next(session=session, actor=actor)
    with db.write() as session:
        second = call_next(session=session, actor=actor)
    with db.write() as session:
        nobody = call_next(session=session, actor=actor)
    assert (first.just_called, first.serving, first.waiting) == (1, 1, (3,))
    assert (second.just_called, second.serving, second.called_before) == (3, 3, (1,))
    assert (nobody.just_called, nobody.serving, nobody.waiting) == (None, 3, ())
    with db.read() as session:
        calls = session.exec(select(AuditEvent).where(AuditEvent.action == "visit.call")).all()
        other_desk = queue_board(session, desk_id=None)
        assert this_desk(session).id == actor.desk_id
    assert [c.detail["queue_number"] for c in calls] == [1, 3]
    assert other_desk.waiting == () and other_desk.serving is None


def test_another_desk_calls_its_own_numbers(db, actor: Actor) -> None:
    ids = add_people(db, actor, 1)
    with db.write() as session:
        check_in(session=session, actor=actor, person_id=ids[0], service_ids=[service_id(db)])
    elsewhere = replace(actor, desk_id=None)
    with db.write() as session:
        assert call_next(session=session, actor=elsewhere).just_called is None
    with db.read() as session:
        assert queue_board(session, desk_id=actor.desk_id).waiting == (1,)
