"""Staff review what a sync overwrote and the newcomers two desks both registered.

The sync engine itself is tested against a real server in tests/sync; here the rows it leaves
behind (an overwritten value, a flagged pair) are made the way it makes them, and the volunteer
or staff member works through the real dialog.
"""

from __future__ import annotations

import dataclasses
import uuid

from sqlmodel import select

from desktop.db import Database
from desktop.models import Person, PersonStatus, Role, SyncConflict, SyncSuspect
from desktop.services.actor import Actor
from desktop.services.sync.suspects import flag_arrivals
from desktop.ui.sync_dialog import SyncDialog
from tests.ui.test_desk_flow import type_into
from tests.ui.test_household_and_merge import add_person, click

OTHER_DESK = uuid.UUID("00000000-0000-4000-8000-00000000000c")


def two_desks_registered_one_newcomer(db: Database, actor: Actor) -> tuple[Person, Person]:
    here = add_person(db, actor, family_name="Mensah", given_name="Kofi", birth="02/05/1991")
    laptop = dataclasses.replace(actor, desk_id=OTHER_DESK)
    there = add_person(db, laptop, family_name="Mensah", given_name="Kofi", birth="02/05/1991")
    with db.write() as session:
        assert flag_arrivals(session, [there.id]) == 1
        for field, kept, lost in (
            ("notes", "Referred to the legal clinic", "Asked about school places"),
            ("hk_area", "Yau Ma Tei", "Sham Shui Po"),
        ):
            session.add(
                SyncConflict(
                    table_name="person",
                    row_id=here.id,
                    field_name=field,
                    kept_value=kept,
                    lost_value=lost,
                    kept_hlc=f"000001000000000-0000-{actor.desk_id.hex if actor.desk_id else ''}",
                    lost_hlc=f"000000900000000-0000-{OTHER_DESK.hex}",
                )
            )
    return here, there


def open_review(qtbot, desk):  # type: ignore[no-untyped-def]
    desk.open_sync()
    dialog = desk.sync_dialog
    qtbot.waitUntil(lambda: dialog.suspects.rowCount() == 1 and dialog.conflicts.rowCount() == 2)
    return dialog


def cell_texts(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        model.index(r, c).data()
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def test_staff_merge_a_pair_two_desks_registered_from_the_sync_list(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor
) -> None:
    here, there = two_desks_registered_one_newcomer(db, actor)
    dialog = open_review(qtbot, desk)
    # Staff see every overwritten value, notes included.
    assert "Asked about school places" in " ".join(cell_texts(dialog.conflicts))

    # Without choosing a pair, the button says what to do.
    click(qtbot, dialog.compare_button)
    assert dialog.suspect_error.text() == "Choose a pair in the list first."

    dialog.suspect_table.selectRow(0)
    click(qtbot, dialog.compare_button)
    qtbot.waitUntil(lambda: desk.merges.dialog is not None)
    merge = desk.merges.dialog
    # The flagged record is the one compared, whatever else looks alike.
    qtbot.waitUntil(lambda: merge.matches.rowCount() >= 1)
    pair = {merge.person_id, merge.matches.rows[0].person.id}
    assert pair == {here.id, there.id}
    other = merge.matches.rows[0].person
    qtbot.waitUntil(lambda: other.member_number in merge.compare.text())
    type_into(qtbot, merge.reason, "Same person, registered at both desks")
    click(qtbot, merge.merge_button)
    qtbot.waitUntil(lambda: merge.merges.rowCount() == 1)
    merge.reject()

    with db.read() as session:
        merged = session.get(Person, other.id)  # "Keep this record" is the default
        assert merged is not None and merged.status == PersonStatus.MERGED
        flagged = session.exec(select(SyncSuspect)).one()
        assert flagged.resolved_at is not None
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.suspects.rowCount() == 0)
    assert dialog.tabs.tabText(1) == "Possible duplicates (0)"


def test_staff_set_aside_a_pair_that_are_two_different_people(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor
) -> None:
    here, there = two_desks_registered_one_newcomer(db, actor)
    dialog = open_review(qtbot, desk)
    dialog.suspect_table.selectRow(0)
    click(qtbot, dialog.different_button)
    qtbot.waitUntil(lambda: dialog.suspects.rowCount() == 0)
    with db.read() as session:
        assert session.exec(select(SyncSuspect)).one().resolved_at is not None
        for person_id in (here.id, there.id):
            person = session.get(Person, person_id)
            assert person is not None and person.status == PersonStatus.ACTIVE


def test_a_volunteer_sees_the_sync_list_without_staff_only_values(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor
) -> None:
    two_desks_registered_one_newcomer(db, actor)
    volunteer = dataclasses.replace(actor, role=Role.VOLUNTEER)
    dialog = SyncDialog(db, desk.runner, volunteer, lambda: None, desk)
    qtbot.add_widget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.suspects.rowCount() == 1 and dialog.conflicts.rowCount() == 2)
    texts = " ".join(cell_texts(dialog.conflicts))
    assert "Sham Shui Po" in texts  # an ordinary detail
    assert "legal clinic" not in texts and "school places" not in texts
    assert "(staff only)" in texts
    assert not dialog.compare_button.isEnabled() and not dialog.different_button.isEnabled()
    assert dialog.compare_button.toolTip() == "Only staff may merge records."
    desk.runner.wait_for_done()
    with db.read() as session:
        # A volunteer's look does not clear the list staff must read.
        assert all(c.seen_at is None for c in session.exec(select(SyncConflict)))
