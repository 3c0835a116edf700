"""A service rule says no at check-in: staff override with a reason; a volunteer asks staff."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from desktop.db import Database
from desktop.models import AuditEvent, Person, Role, Visit, VisitService
from desktop.services import clock
from desktop.services.accounts import attempt_login, create_user
from desktop.services.actor import Actor
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.people import PersonInput, register_person
from tests.conftest import open_desk
from tests.fakes import FakePrinter
from tests.ui.keyboard import focused, press, scan

STAFF_PASSWORD = "correct-horse-7"


def food_pack_nine_days_ago(db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch) -> Person:
    real_now = clock.now()
    with db.write() as session:
        person = register_person(
            session=session, actor=actor, data=PersonInput(family_name="Diallo", given_name="Awa")
        )
        food = next(s for s in list_services(session) if s.code == "food_pack")
    with monkeypatch.context() as m, db.write() as session:
        m.setattr(clock, "now", lambda: real_now - timedelta(days=9))
        check_in(session=session, actor=actor, person_id=person.id, service_ids=[food.id])
    return person


def check_in_and_wait_for_the_rule(qtbot, desk):  # type: ignore[no-untyped-def]
    """Enter on the open person: the rule says no and a new override dialog opens."""
    before = getattr(desk, "override_dialog", None)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            getattr(desk, "override_dialog", None) not in (None, before)
            and desk.override_dialog.isVisible()
        )
    )
    return desk.override_dialog


def ask_for_food_pack_again(qtbot, desk, person: Person):  # type: ignore[no-untyped-def]
    """Scan the card, tick food pack (1), Enter."""
    scan(qtbot, person.member_number)
    qtbot.waitUntil(lambda: desk.person.person_id == person.id)
    press(qtbot, Qt.Key.Key_1)
    return check_in_and_wait_for_the_rule(qtbot, desk)


def visits(db: Database) -> int:
    with db.read() as session:
        return len(session.exec(select(Visit)).all())


def test_staff_override_needs_a_reason_kept_on_file_with_the_visit(
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter, monkeypatch
) -> None:
    person = food_pack_nine_days_ago(db, actor, monkeypatch)
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    dialog = ask_for_food_pack_again(qtbot, desk, person)

    # Each broken rule in plain words, with the last time.
    rules = dialog.rules.text()
    assert "Food pack: at most 1 per person every 30 days" in rules
    nine_days_ago = (clock.today() - timedelta(days=9)).strftime("%-d %b %Y")
    assert f"Last time: {nine_days_ago} (9 day" in rules
    assert "1 rule" in dialog.heading.text()
    assert beeps, "a broken rule is announced with a beep"
    assert QApplication.focusWidget() is dialog.reason

    # Enter with no reason: refused, said why, nothing saved.
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "Write why the rule is overridden" in dialog.error.text()
    assert visits(db) == 1

    # A reason half-typed, then Esc: not checked in; asked again, the reason is still there.
    qtbot.keyClicks(dialog.reason, "Flat flooded")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Not checked in: Food pack: at most 1 per person" in desk.message.text()
    assert visits(db) == 1
    desk.activateWindow()  # the window manager's part when a dialog closes
    qtbot.waitUntil(desk.isActiveWindow)
    assert desk.person.isAncestorOf(QApplication.focusWidget()) or desk.person.hasFocus()
    dialog = check_in_and_wait_for_the_rule(qtbot, desk)
    assert dialog.reason.text() == "Flat flooded"

    qtbot.keyClicks(dialog.reason, " last night")
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000) as recorded:
        press(qtbot, Qt.Key.Key_Return)
    assert recorded.args[0].queue_number == 1  # the first visit was another day
    with db.read() as session:
        reasons = [vs.override_reason for vs in session.exec(select(VisitService))]
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "visit.check_in"))
        audited = [e.detail for e in events if "overrides" in (e.detail or {})]
    assert sorted(reasons) == ["", "Flat flooded last night"]
    assert audited == [
        {
            "services": ["food_pack"],
            "overrides": {"food_pack": "Flat flooded last night"},
            "rules": {"food_pack": audited[0]["rules"]["food_pack"]},
        }
    ]
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)  # the slip printed


def volunteer_desk(qtbot, db: Database, actor: Actor, printer: FakePrinter):  # type: ignore[no-untyped-def]
    """The desk signed in as a volunteer; caseworker `mei` works in the same centre."""
    with db.write() as session:
        for name, role in (("mei", Role.CASEWORKER), ("volunteer", Role.VOLUNTEER)):
            create_user(
                session=session, actor=actor, username=name, display_name=name.title(),
                role=role, password=STAFF_PASSWORD,
            )  # fmt: skip
    with db.write() as session:
        volunteer = attempt_login(
            session=session, username="volunteer", password=STAFF_PASSWORD
        ).actor_or_raise()
    desk = open_desk(qtbot, db, volunteer, printer)
    desk.search.box.setFocus()
    return desk, volunteer


def test_caseworker_approves_in_the_volunteers_dialog_and_the_desk_stays_the_volunteers(
    qtbot, db: Database, actor: Actor, printer: FakePrinter, monkeypatch
) -> None:
    person = food_pack_nine_days_ago(db, actor, monkeypatch)
    desk, volunteer = volunteer_desk(qtbot, db, actor, printer)

    dialog = ask_for_food_pack_again(qtbot, desk, person)
    assert "(9 day" in dialog.rules.text()
    assert "for this visit only" in dialog.who_to_ask.text()
    assert focused() is dialog.reason
    qtbot.keyClicks(focused(), "Baby born last week")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "volunteer")  # a volunteer cannot approve, even their own
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), STAFF_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.override_dialog is not dialog and desk.override_dialog.isVisible())
    dialog = desk.override_dialog
    assert "may not do this" in dialog.error.text()
    assert dialog.reason.text() == "Baby born last week"  # kept
    assert focused() is dialog.approver_password
    assert visits(db) == 1

    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the user name
    assert focused() is dialog.approver and dialog.approver.text() == "volunteer"
    qtbot.keyClicks(focused(), "mei")  # Shift+Tab selected the name: typing replaces it
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), STAFF_PASSWORD)
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000) as recorded:
        press(qtbot, Qt.Key.Key_Return)
    assert recorded.args[0].services == ("Food pack",)
    assert desk.actor.username == "volunteer"  # the desk stays with the volunteer
    assert desk.security.who.text().startswith("Signed in: volunteer")
    with db.read() as session:
        visit = session.get(Visit, recorded.args[0].visit_id)
        assert visit is not None and visit.written_by == volunteer.user_id
        check = [e for e in session.exec(select(AuditEvent)) if e.action == "visit.check_in"][-1]
        approved = session.exec(
            select(AuditEvent).where(AuditEvent.action == "visit.override_approved")
        ).one()
    assert check.user_id == volunteer.user_id and (check.detail or {})["approved_by"] == "mei"
    assert approved.user_id not in (None, volunteer.user_id)
    assert (approved.detail or {})["checked_in_by"] == "volunteer"
    desk.runner.wait_for_done()
    desk.slips.wait_for_done()


def test_check_in_the_others_leaves_only_the_service_whose_rule_says_no(
    qtbot, desk, db: Database, actor: Actor, printer: FakePrinter, monkeypatch
) -> None:
    person = food_pack_nine_days_ago(db, actor, monkeypatch)
    scan(qtbot, person.member_number)
    qtbot.waitUntil(lambda: desk.person.person_id == person.id)
    press(qtbot, Qt.Key.Key_1)  # food pack: had it nine days ago
    press(qtbot, Qt.Key.Key_5)  # medical referral: no limit
    dialog = check_in_and_wait_for_the_rule(qtbot, desk)
    assert dialog.others_button.isVisible()
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000) as recorded:
        press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert "Food pack" not in recorded.args[0].services and len(recorded.args[0].services) == 1
    assert visits(db) == 2
    desk.runner.wait_for_done()
    desk.slips.wait_for_done()


def test_a_household_override_refused_for_a_wrong_password_is_asked_again(
    qtbot, db: Database, actor: Actor, printer: FakePrinter, monkeypatch
) -> None:
    from desktop.services.households import add_member, create_household

    with db.write() as session:
        person = register_person(
            session=session, actor=actor, data=PersonInput(family_name="Diallo", given_name="Awa")
        )
        household = create_household(session=session, actor=actor, head_id=person.id)
        child = register_person(
            session=session,
            actor=actor,
            data=PersonInput(family_name="Diallo", given_name="Ousmane"),
        )
        add_member(
            session=session, actor=actor, household_id=household.id, person_id=child.id,
            relationship="child",
        )  # fmt: skip
    real_now = clock.now()
    with monkeypatch.context() as m, db.write() as session:  # the family's food pack, 9 days ago
        m.setattr(clock, "now", lambda: real_now - timedelta(days=9))
        food = next(s for s in list_services(session) if s.code == "food_pack")
        check_in(session=session, actor=actor, person_id=person.id, service_ids=[food.id])
    desk, _volunteer = volunteer_desk(qtbot, db, actor, printer)
    scan(qtbot, person.member_number)
    qtbot.waitUntil(lambda: desk.person.person_id == person.id)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # the whole household
    qtbot.waitUntil(lambda: getattr(desk, "override_dialog", None) is not None)
    dialog = desk.override_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(focused(), "Flat flooded")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "mei")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "not-her-password")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.override_dialog is not dialog and desk.override_dialog.isVisible())
    dialog = desk.override_dialog
    assert "Wrong user name or password" in dialog.error.text()
    assert dialog.reason.text() == "Flat flooded" and dialog.approver.text() == "mei"
    qtbot.keyClicks(focused(), STAFF_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visits(db) == 3)  # the food pack nine days ago, and the family now
    assert desk.actor.username == "volunteer"
    desk.runner.wait_for_done()
    desk.slips.wait_for_done()
