"""Duplicates on demand, merging and unmerging: the staff side of keeping one record per person."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.models import Person
from desktop.services.duplicates import DuplicateMatch, find_likely_duplicates, match_pair
from desktop.services.merge import MergeRow, merge_people, merges_of, unmerge
from desktop.services.people import get_person
from desktop.services.permissions import Permission, can
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.messages import describe_error

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class MergeController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: MergeDialog | None = None

    def _load(
        self, person_id: uuid.UUID, other_id: uuid.UUID | None = None
    ) -> tuple[str, list[DuplicateMatch], list[MergeRow]]:
        """The person's likely duplicates; `other_id` (a pair flagged elsewhere) comes first."""
        with self.window.db.read() as session:
            person = get_person(session, person_id)
            matches = find_likely_duplicates(session, person, limit=8)
            if other_id is not None:
                matches = [m for m in matches if m.person.id != other_id]
                matches.insert(0, match_pair(session, person, other_id))
            return person.display_name, matches, merges_of(session, person_id)

    def open(self, person_id: uuid.UUID, other_id: uuid.UUID | None = None) -> None:
        """The merge screen for `person_id`; with `other_id`, that record is the one compared."""
        w = self.window

        def done(result: tuple[str, list[DuplicateMatch], list[MergeRow]]) -> None:
            title, matches, merges = result
            dialog = MergeDialog(person_id, title, can(w.actor, Permission.MERGE), w)
            dialog.candidate_chosen.connect(self._compare)
            dialog.merge_requested.connect(self._merge)
            dialog.unmerge_requested.connect(self._unmerge)
            self.dialog = dialog
            dialog.show_matches(matches, merges)
            dialog.open()

        w.runner.submit(
            lambda: self._load(person_id, other_id),
            done,
            lambda exc: w.say(describe_error(exc), error=True),
        )

    def _compare(self, this_id: uuid.UUID, other_id: uuid.UUID) -> None:
        w, dialog = self.window, self.dialog

        def work() -> tuple[Person, Person]:
            with w.db.read() as session:
                return get_person(session, this_id), get_person(session, other_id)

        if dialog is not None:
            w.runner.submit(work, lambda pair: dialog.show_comparison(*pair))

    def _merge(self, kept_id: uuid.UUID, merged_id: uuid.UUID, reason: str) -> None:
        w, dialog = self.window, self.dialog
        if dialog is None:
            return

        def work() -> tuple[str, list[DuplicateMatch], list[MergeRow]]:
            with w.db.write() as session:
                merge_people(
                    session=session,
                    actor=w.actor,
                    kept_id=kept_id,
                    merged_id=merged_id,
                    reason=reason,
                )
            dialog.person_id = kept_id
            return self._load(kept_id)

        def done(result: tuple[str, list[DuplicateMatch], list[MergeRow]]) -> None:
            _title, matches, merges = result
            dialog.show_matches(matches, merges)
            w.say(self.tr("Records merged. Every visit and note is on the kept record."))
            w.open_person(kept_id)

        w.runner.submit(
            work,
            done,
            lambda exc: dialog.show_error(describe_error(exc)),
            changes="people",
            once="merge",
        )

    def _unmerge(self, merge_id: uuid.UUID) -> None:
        w, dialog = self.window, self.dialog
        if dialog is None:
            return

        def work() -> tuple[str, list[DuplicateMatch], list[MergeRow]]:
            with w.db.write() as session:
                unmerge(session=session, actor=w.actor, merge_id=merge_id)
            return self._load(dialog.person_id)

        def done(result: tuple[str, list[DuplicateMatch], list[MergeRow]]) -> None:
            _title, matches, merges = result
            dialog.show_matches(matches, merges)
            w.say(self.tr("Merge undone: both records are back as they were."))
            w.open_person(dialog.person_id)

        w.runner.submit(
            work,
            done,
            lambda exc: dialog.show_error(describe_error(exc)),
            changes="people",
            once="merge",
        )
