"""The intake flows of the desk window: register (with consent and duplicate check), edit, history.

Signals up, calls down: the dialogs emit what the volunteer chose; this controller runs the
services on the database worker and hands results back to the dialogs and the window.
"""

from __future__ import annotations

import uuid
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.models import Person
from desktop.printing.fonts import missing_glyphs
from desktop.services.consent import check_registration, record_consent
from desktop.services.duplicates import DuplicateMatch, find_likely_duplicates
from desktop.services.errors import DuplicateSuspected, ValidationError
from desktop.services.history import ChangeRow, person_changes
from desktop.services.people import (
    PersonInput,
    get_person,
    input_from_person,
    register_person,
    update_person,
)
from desktop.services.permissions import Permission, can
from desktop.ui.messages import describe_error
from desktop.ui.person_edit import EditPersonDialog, HistoryDialog
from desktop.ui.register_dialog import RegisterDialog, Registration

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def unprintable(person: Person) -> str:
    """The letters of the person's names that no bundled font can print."""
    names = (person.family_name, person.given_name, person.name_original, person.preferred_name)
    return missing_glyphs(" ".join(names))


class IntakeController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.register_dialog: RegisterDialog | None = None
        self.edit_dialog: EditPersonDialog | None = None
        self.history_dialog: HistoryDialog | None = None

    @property
    def restricted(self) -> bool:
        """Whether this user sees needs and notes (staff only)."""
        return can(self.window.actor, Permission.VIEW_RESTRICTED)

    # --- register ---------------------------------------------------------------------------
    def open_register(self) -> None:
        w = self.window
        dialog = RegisterDialog(w.actor.username, w, restricted=self.restricted)
        typed = w.search.box.text().strip()
        if typed and not any(ch.isdigit() for ch in typed):
            dialog.form.family_name.setText(typed.split()[0])
            dialog.form.given_name.setText(" ".join(typed.split()[1:]))
            dialog.discard_guard.mark_clean()  # carried from search: nothing typed yet
        dialog.submitted.connect(partial(self._register, dialog))
        dialog.same_person_chosen.connect(self._same_person)
        dialog.duplicates_wanted.connect(partial(self._early_duplicates, dialog))
        self.register_dialog = w.register_dialog = dialog
        dialog.open()

    def _register(self, dialog: RegisterDialog, reg: Registration) -> None:
        w = self.window

        def work() -> tuple[Person, str]:
            with w.db.write() as session:
                consent_day = check_registration(reg.person, reg.consent_scope, reg.consent_date)
                if not reg.duplicates_checked:
                    matches = find_likely_duplicates(session, reg.person)
                    if matches:
                        raise DuplicateSuspected(matches)
                person = register_person(
                    session=session, actor=w.actor, data=reg.person, prefix=w.settings.member_prefix
                )
                record_consent(
                    session=session,
                    actor=w.actor,
                    person_id=person.id,
                    scope=reg.consent_scope,
                    consent_date=consent_day,
                )
            return person, unprintable(person)  # fonts load here, off the GUI thread

        def done(result: tuple[Person, str]) -> None:
            person, missing = result
            dialog.accept()
            said = (
                self.tr("Registered %1 as %2.")
                .replace("%1", person.display_name)
                .replace("%2", person.member_number)
            )
            if missing:
                said += " " + self.tr(
                    "These letters of the name cannot be printed and would be blank on the "
                    "card and slips: %1. Tell a staff member."
                ).replace("%1", " ".join(missing))
            w.say(said, error=bool(missing))
            w.person_registered.emit(person)
            w.search.box.setText(person.member_number)
            w.open_person(person.id)
            if reg.print_card and hasattr(w, "cards"):
                w.cards.issue_and_print(person.id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DuplicateSuspected):
                dialog.show_duplicates(exc.candidates)
            elif isinstance(exc, ValidationError):
                dialog.show_errors(exc.errors)
            else:
                dialog.show_failure(describe_error(exc))

        w.runner.submit(work, done, failed, changes="people", once="register")

    def _early_duplicates(self, dialog: RegisterDialog, data: PersonInput) -> None:
        """Name and birth are typed: show who may already be on file, before consent is read."""
        w = self.window

        def work() -> list[DuplicateMatch]:
            with w.db.read() as session:
                try:
                    return find_likely_duplicates(session, data)
                except ValidationError:
                    return []  # a date still being typed: Save names the field

        def done(matches: list[DuplicateMatch]) -> None:
            if dialog.isVisible() and matches:
                dialog.show_duplicates(matches, while_typing=True)

        w.runner.submit(work, done, lambda exc: w.say(describe_error(exc), error=True))

    def _same_person(self, person_id: uuid.UUID) -> None:
        self.window.say(self.tr("Opened the member already on file. Nothing new was saved."))
        self.window.open_person(person_id)

    # --- edit and history -------------------------------------------------------------------
    def open_edit(self, person_id: uuid.UUID) -> None:
        w = self.window

        def work() -> tuple[str, PersonInput]:
            with w.db.read() as session:
                person = get_person(session, person_id)
                return person.display_name, input_from_person(person)

        def done(result: tuple[str, PersonInput]) -> None:
            title, data = result
            dialog = EditPersonDialog(person_id, title, data, w, restricted=self.restricted)
            dialog.submitted.connect(partial(self._save_edit, dialog))
            dialog.history_requested.connect(self.open_history)
            self.edit_dialog = dialog
            dialog.open()

        w.runner.submit(work, done, lambda exc: w.say(describe_error(exc), error=True))

    def _save_edit(self, dialog: EditPersonDialog, person_id: uuid.UUID, data: PersonInput) -> None:
        w = self.window

        def work() -> Person:
            with w.db.write() as session:
                return update_person(session=session, actor=w.actor, person_id=person_id, data=data)

        def done(person: Person) -> None:
            dialog.accept()
            w.say(self.tr("Saved the changes to %1.").replace("%1", person.display_name))
            w.open_person(person.id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                dialog.show_errors(exc.errors)
            else:
                dialog.show_failure(describe_error(exc))

        w.runner.submit(work, done, failed, changes="people", once="save-edit")

    def open_history(self, person_id: uuid.UUID) -> None:
        w = self.window

        def work() -> tuple[str, list[ChangeRow]]:
            with w.db.read() as session:
                return get_person(session, person_id).display_name, person_changes(
                    session, person_id, actor=w.actor
                )

        def done(result: tuple[str, list[ChangeRow]]) -> None:
            title, rows = result
            dialog = HistoryDialog(title, rows, self.edit_dialog or w)
            self.history_dialog = dialog
            dialog.open()

        w.runner.submit(work, done, lambda exc: w.say(describe_error(exc), error=True))
