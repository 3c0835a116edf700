"""Household actions of the desk window: see and change a family, and check it in together."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.printing.requests import RecordedVisit, record_slip
from desktop.services.errors import RuleBreach
from desktop.services.households import (
    HouseholdView,
    add_member,
    check_in_household,
    create_household,
    household_of,
    remove_member,
)
from desktop.services.people import get_person
from desktop.services.search import PersonMatch, find_people
from desktop.ui.household_dialog import HouseholdDialog
from desktop.ui.messages import describe_error
from desktop.ui.override_dialog import Approval, approve_in_place
from desktop.ui.slips import CHECK_IN

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.ui.main_window import MainWindow


class HouseholdController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: HouseholdDialog | None = None

    def open(self, person_id: uuid.UUID) -> None:
        w = self.window

        def work() -> tuple[str, HouseholdView | None]:
            with w.db.read() as session:
                return get_person(session, person_id).display_name, household_of(session, person_id)

        def done(result: tuple[str, HouseholdView | None]) -> None:
            title, view = result
            dialog = HouseholdDialog(person_id, title, w)
            dialog.create_requested.connect(self._create)
            dialog.search_changed.connect(self._search)
            dialog.add_requested.connect(self._add)
            dialog.remove_requested.connect(self._remove)
            dialog.finished.connect(lambda _r: w.open_person(person_id))
            dialog.show_household(view)
            self.dialog = dialog
            dialog.open()

        w.runner.submit(work, done, lambda exc: w.say(describe_error(exc), error=True))

    def _change(self, change: Callable[..., object]) -> None:
        """Run a household change, then show the household as it now is."""
        w, dialog = self.window, self.dialog
        if dialog is None:
            return

        def work() -> HouseholdView | None:
            with w.db.write() as session:
                change(session)
            with w.db.read() as session:
                return household_of(session, dialog.person_id)

        w.runner.submit(
            work,
            dialog.show_household,
            lambda exc: dialog.show_error(describe_error(exc)),
            changes="people",
        )

    def _create(self, person_id: uuid.UUID) -> None:
        self._change(
            lambda session: create_household(
                session=session, actor=self.window.actor, head_id=person_id
            )
        )

    def _add(self, household_id: uuid.UUID, person_id: uuid.UUID, relationship: str) -> None:
        self._change(
            lambda session: add_member(
                session=session,
                actor=self.window.actor,
                household_id=household_id,
                person_id=person_id,
                relationship=relationship,
            )
        )

    def _remove(self, person_id: uuid.UUID) -> None:
        self._change(
            lambda session: remove_member(
                session=session, actor=self.window.actor, person_id=person_id
            )
        )

    def _search(self, query: str) -> None:
        w, dialog = self.window, self.dialog
        if dialog is None:
            return

        def work() -> list[PersonMatch]:
            with w.db.read() as session:
                return [m for m in find_people(session, query) if m.id != dialog.person_id]

        w.runner.submit(work, dialog.show_results)

    # --- family check-in --------------------------------------------------------------------
    def check_in_family(
        self,
        person_id: uuid.UUID,
        service_ids: list[uuid.UUID],
        note: str,
        overrides: dict[str, str] | None = None,
        approval: Approval | None = None,
    ) -> None:
        """One visit for each member; the slips print one after another. A broken rule asks
        staff for an override, as for one person."""
        w = self.window

        actor, settings = w.actor, w.settings

        def work() -> list[RecordedVisit]:
            approver = approve_in_place(w.db, approval)
            with w.db.write() as session:
                visits = check_in_household(
                    session=session,
                    actor=actor,
                    person_id=person_id,
                    service_ids=service_ids,
                    note=note,
                    overrides=overrides,
                    approved_by=approver,
                )
                # Each slip is stored with its visit, in the same transaction.
                return [
                    record_slip(
                        session=session,
                        actor=actor,
                        visit_id=visit.id,
                        centre_name=settings.centre_name,
                        fmt=settings.slip_format,
                    )
                    for visit in visits
                ]

        def done(results: list[RecordedVisit]) -> None:
            w.say(self.tr("Checked in %n household member(s).", "", len(results)))
            for result in results:
                w.visit_recorded.emit(result.row)
            w.slips.stored(next((r.slip_job for r in results if r.slip_job), None))
            w.person.clear()
            w.search.reset()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, RuleBreach):
                w._offer_override(
                    person_id,
                    service_ids,
                    note,
                    exc,
                    retry=self._retry(person_id, note),
                )
            elif not w._approval_refused(
                person_id, service_ids, note, exc, self._retry(person_id, note)
            ):
                w.say(describe_error(exc), error=True)

        w.runner.submit(work, done, failed, changes="visits", once=CHECK_IN)

    def _retry(
        self, person_id: uuid.UUID, note: str
    ) -> Callable[[list[uuid.UUID], dict[str, str], Approval | None], None]:
        """The family check-in again, with the services, reasons and approval the dialog gave."""
        return lambda ids, reasons, approval: self.check_in_family(
            person_id, ids, note, reasons, approval
        )
