"""For staff: what a sync overwrote, and newcomers two desks may both have registered."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.permissions import Permission, can
from desktop.services.sync.conflicts import ConflictRow, list_conflicts, mark_seen
from desktop.services.sync.suspects import SuspectRow, open_suspects, resolve_suspect
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.messages import describe_error
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.table_models import Column, RowTableModel
from desktop.ui.table_views import list_view
from desktop.ui.tasks import TaskRunner

REASONS = {
    "same_name_and_birth": QT_TRANSLATE_NOOP("SuspectTableModel", "Same name and birth"),
    "same_name": QT_TRANSLATE_NOOP("SuspectTableModel", "Same name"),
    "same_phone": QT_TRANSLATE_NOOP("SuspectTableModel", "Same phone"),
}

FIELDS = {
    "family_name": QT_TRANSLATE_NOOP("ConflictTableModel", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("ConflictTableModel", "Given name"),
    "name_original": QT_TRANSLATE_NOOP("ConflictTableModel", "Name in own script"),
    "preferred_name": QT_TRANSLATE_NOOP("ConflictTableModel", "Preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("ConflictTableModel", "Date of birth"),
    "birth_year": QT_TRANSLATE_NOOP("ConflictTableModel", "Year of birth"),
    "phone": QT_TRANSLATE_NOOP("ConflictTableModel", "Phone"),
    "phone_alt": QT_TRANSLATE_NOOP("ConflictTableModel", "Other phone"),
    "hk_area": QT_TRANSLATE_NOOP("ConflictTableModel", "Area in Hong Kong"),
    "immigration_status": QT_TRANSLATE_NOOP("ConflictTableModel", "Immigration status"),
    "household_id": QT_TRANSLATE_NOOP("ConflictTableModel", "Household"),
    "notes": QT_TRANSLATE_NOOP("ConflictTableModel", "Notes"),
    "vulnerability_flags": QT_TRANSLATE_NOOP("ConflictTableModel", "Vulnerabilities"),
    "status": QT_TRANSLATE_NOOP("ConflictTableModel", "Status"),
    "(row)": QT_TRANSLATE_NOOP("ConflictTableModel", "Whole record (not stored here)"),
}


def _field(name: str) -> str:
    label = FIELDS.get(name)
    return QCoreApplication.translate("ConflictTableModel", label) if label else name


def _value(row: ConflictRow, value: str, desk: str) -> str:
    if row.hidden:
        value = QCoreApplication.translate("ConflictTableModel", "(staff only)")
    if not desk:
        return value
    return (
        QCoreApplication.translate("ConflictTableModel", "%1 (desk %2)")
        .replace("%1", value)
        .replace("%2", desk)
    )


class ConflictTableModel(RowTableModel[ConflictRow]):
    context = "ConflictTableModel"
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("ConflictTableModel", "When"), lambda c: c.detected_local),
        (QT_TRANSLATE_NOOP("ConflictTableModel", "Record"), lambda c: c.subject),
        (QT_TRANSLATE_NOOP("ConflictTableModel", "Field"), lambda c: _field(c.field_name)),
        (
            QT_TRANSLATE_NOOP("ConflictTableModel", "Kept"),
            lambda c: _value(c, c.kept_value, c.kept_desk),
        ),
        (
            QT_TRANSLATE_NOOP("ConflictTableModel", "Overwritten"),
            lambda c: _value(c, c.lost_value, c.lost_desk),
        ),
    )


class SuspectTableModel(RowTableModel[SuspectRow]):
    context = "SuspectTableModel"
    columns: Sequence[Column] = (
        (
            QT_TRANSLATE_NOOP("SuspectTableModel", "First"),
            lambda s: f"{s.first.member_number} {s.first.display_name}",
        ),
        (
            QT_TRANSLATE_NOOP("SuspectTableModel", "Second"),
            lambda s: f"{s.second.member_number} {s.second.display_name}",
        ),
        (
            QT_TRANSLATE_NOOP("SuspectTableModel", "Why"),
            lambda s: QCoreApplication.translate(
                "SuspectTableModel", REASONS.get(s.reason, s.reason)
            ),
        ),
    )


class SyncDialog(QDialog):
    """Two lists and a "Sync now" button; staff opening it mark the conflicts as seen.

    A flagged pair opens the merge screen on both records, or is set aside as two people.
    """

    compare_requested = Signal(uuid.UUID, uuid.UUID)  # the two records of a flagged pair

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        actor: Actor,
        sync_now: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.runner, self.actor = db, runner, actor
        self.setObjectName("sync_dialog")
        self.setWindowTitle(self.tr("Sync: what to check"))
        self.conflicts = ConflictTableModel(self)
        self.suspects = SuspectTableModel(self)
        self.tabs = QTabWidget()
        conflicts_page = QWidget()
        layout = QVBoxLayout(conflicts_page)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Two desks changed the same detail before they could see each other's "
                    "change. The later change was kept; the other is shown here."
                ),
                wordWrap=True,
            )
        )
        conflict_table = list_view(
            self.conflicts,
            "conflict_table",
            QAbstractItemView.SelectionMode.ExtendedSelection,  # Qt's default, as before
        )
        conflict_table.setAccessibleName(self.tr("Changes made at two desks"))
        layout.addWidget(conflict_table)
        suspects_page = QWidget()
        layout = QVBoxLayout(suspects_page)
        layout.addWidget(
            QLabel(
                self.tr(
                    "These newcomers were registered at different desks and look like the same "
                    "person. Open both, and merge them if they are."
                ),
                wordWrap=True,
            )
        )
        self.suspect_table = list_view(
            self.suspects, "suspect_table", QAbstractItemView.SelectionMode.ExtendedSelection
        )
        self.suspect_table.setAccessibleName(self.tr("Newcomers who may be the same person"))
        layout.addWidget(self.suspect_table)
        may_merge = can(actor, Permission.MERGE)
        self.compare_button = QPushButton(
            self.tr("Compare and merge…"), objectName="compare_button"
        )
        self.different_button = QPushButton(
            self.tr("They are different people"), objectName="different_button"
        )
        for button in (self.compare_button, self.different_button):
            button.setEnabled(may_merge)
            if not may_merge:
                button.setToolTip(self.tr("Only staff may merge records."))
        self.compare_button.clicked.connect(self._compare)
        self.different_button.clicked.connect(self._different)
        self.suspect_error = QLabel(objectName="suspect_error", wordWrap=True)
        self.suspect_error.setStyleSheet("color: #b00020; font-weight: bold;")
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.different_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.suspect_error)
        self.tabs.addTab(conflicts_page, self.tr("Overwritten values"))
        self.tabs.addTab(suspects_page, self.tr("Possible duplicates"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = QPushButton(self.tr("Sync now"), objectName="sync_now_button")
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(sync_now)  # type: ignore[arg-type]
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        outer.addWidget(buttons)
        fit_to_screen(self, 900, 420)
        self.reload()

    def reload(self) -> None:
        def work() -> tuple[list[ConflictRow], list[SuspectRow]]:
            with self.db.read() as session:
                return (
                    list_conflicts(session, actor=self.actor),
                    open_suspects(session, actor=self.actor),
                )

        def done(result: tuple[list[ConflictRow], list[SuspectRow]]) -> None:
            conflicts, suspects = result
            self.conflicts.set_rows(conflicts)
            self.suspects.set_rows(suspects)
            self.tabs.setTabText(
                0, self.tr("Overwritten values (%1)").replace("%1", str(len(conflicts)))
            )
            self.tabs.setTabText(
                1, self.tr("Possible duplicates (%1)").replace("%1", str(len(suspects)))
            )
            unseen = [c.id for c in conflicts if not c.seen]
            if unseen and can(self.actor, Permission.SYNC):
                self._mark_seen(unseen)

        self.runner.submit(work, done)

    def _mark_seen(self, ids: list[int]) -> None:
        def work() -> int:
            with self.db.write() as session:
                return mark_seen(session, actor=self.actor, conflict_ids=ids)

        self.runner.submit(work, changes="sync")

    def _chosen_pair(self) -> SuspectRow | None:
        pair = self.suspects.row_at(self.suspect_table.currentIndex().row())
        if pair is None:
            self.suspect_error.setText(self.tr("Choose a pair in the list first."))
        else:
            self.suspect_error.clear()
        return pair

    def _compare(self) -> None:
        pair = self._chosen_pair()
        if pair is not None:
            self.compare_requested.emit(pair.first.id, pair.second.id)

    def _different(self) -> None:
        pair = self._chosen_pair()
        if pair is None:
            return

        def work() -> None:
            with self.db.write() as session:
                resolve_suspect(session, actor=self.actor, suspect_id=pair.id)

        self.runner.submit(
            work,
            lambda _none: self.reload(),
            lambda exc: self.suspect_error.setText(describe_error(exc)),
            changes="sync",
        )
