"""The clock that orders changes across desks, and the outbox every write leaves behind."""

from __future__ import annotations

from sqlmodel import col, select

from desktop.db import Database
from desktop.db.hlc import Stamp, receive, tick
from desktop.models import SyncOutbox, SyncRowClock
from desktop.services.actor import Actor
from desktop.services.numbering import format_member_number
from desktop.services.people import PersonInput, register_person, update_person


def test_clock_moves_forward_even_when_the_wall_clock_goes_back() -> None:
    first = tick(None, "a", now_ms=1_000)
    second = tick(first, "a", now_ms=900)  # the desk's clock was set back
    assert second > first and second.wall_ms == 1_000 and second.counter == 1
    remote = Stamp(5_000, 3, "b")
    after = receive(second, remote, "a", now_ms=1_200)
    assert after > remote and after.node == "a"
    assert str(after) < str(tick(after, "a", now_ms=1_300))  # text sorts like the stamps
    assert Stamp.parse(str(after)) == after


def test_every_change_leaves_an_outbox_entry_in_the_same_transaction(
    db: Database, actor: Actor
) -> None:
    with db.read() as session:
        before = session.exec(select(SyncOutbox)).all()
    with db.write() as session:
        person = register_person(
            session=session, actor=actor, data=PersonInput(family_name="Okafor", given_name="Ada")
        )
    try:
        with db.write() as session:
            update_person(
                session=session,
                actor=actor,
                person_id=person.id,
                data=PersonInput(family_name="Okafor", given_name="Adaeze"),
            )
            raise RuntimeError("the desk lost power")
    except RuntimeError:
        pass
    with db.write() as session:
        update_person(
            session=session,
            actor=actor,
            person_id=person.id,
            data=PersonInput(family_name="Okafor", given_name="Adanna"),
        )
    with db.read() as session:
        entries = session.exec(
            select(SyncOutbox)
            .where(col(SyncOutbox.seq) > len(before))
            .order_by(col(SyncOutbox.seq))
        ).all()
        clocks = session.get(SyncRowClock, ("person", person.id))
    people = [e for e in entries if e.table_name == "person"]
    assert len(people) == 2  # the rolled-back edit left nothing
    inserted, edited = people
    assert inserted.fields["given_name"] == "Ada" and "search_text" not in inserted.fields
    assert edited.fields["given_name"] == "Adanna" and "family_name" not in edited.fields
    assert edited.base["given_name"] == inserted.hlc  # what the edit replaced
    assert clocks is not None and clocks.clocks["given_name"] == edited.hlc
    assert [e.hlc for e in entries] == sorted(e.hlc for e in entries)


def test_member_numbers_carry_the_desk_code_except_at_the_first_desk() -> None:
    assert format_member_number("CFR", 42) == "CFR-000042"
    assert format_member_number("CFR", 42, "B") == "CFR-B00042"
    assert format_member_number("CFR", 42, "C2") == "CFR-C20042"
