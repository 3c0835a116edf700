"""Duplicates of a member found on demand; staff join two records, or undo a join."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Person
from desktop.services import clock
from desktop.services.duplicates import DuplicateMatch
from desktop.services.merge import MergeRow
from desktop.ui.duplicate_panel import DuplicateTableModel
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.language import country_label
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.table_models import Column, RowTableModel
from desktop.ui.table_views import list_view

CTX = "MergeDialog"


class MergeTableModel(RowTableModel[MergeRow]):
    context = CTX
    columns: Sequence[Column] = (
        (
            QT_TRANSLATE_NOOP("MergeDialog", "When"),
            lambda m: clock.to_local(m.merged_at).strftime("%d/%m/%Y %H:%M"),
        ),
        (QT_TRANSLATE_NOOP("MergeDialog", "Kept"), lambda m: m.kept_number),
        (
            QT_TRANSLATE_NOOP("MergeDialog", "Joined into it"),
            lambda m: f"{m.merged_number} {m.merged_name}",
        ),
        (QT_TRANSLATE_NOOP("MergeDialog", "By"), lambda m: m.merged_by),
        (QT_TRANSLATE_NOOP("MergeDialog", "Undone"), lambda m: "✓" if m.undone else ""),
    )


def _table(model: RowTableModel[DuplicateMatch] | RowTableModel[MergeRow], name: str) -> QTableView:
    table = list_view(model, name)
    table.setMaximumHeight(140)
    return table


class MergeDialog(QDialog):
    candidate_chosen = Signal(uuid.UUID, uuid.UUID)  # this person, the other
    merge_requested = Signal(uuid.UUID, uuid.UUID, str)  # kept, merged, reason
    unmerge_requested = Signal(uuid.UUID)  # merge id

    def __init__(
        self, person_id: uuid.UUID, title: str, may_merge: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Possible duplicates of %1").replace("%1", title))
        self.status = QLabel(objectName="merge_status")
        self.status.setWordWrap(True)
        self.matches = DuplicateTableModel(self)
        self.matches_table = _table(self.matches, "merge_candidates")
        self.matches_table.setAccessibleName(self.tr("Possible duplicates"))
        self.matches_table.selectionModel().currentRowChanged.connect(self._chosen)
        self.compare = QLabel(objectName="merge_compare")
        self.compare.setWordWrap(True)

        self.merge_box = QGroupBox(self.tr("Join the two records (staff only)"))
        self.keep_this = QRadioButton(self.tr("Keep this record"), objectName="keep_this")
        self.keep_other = QRadioButton(self.tr("Keep the other record"), objectName="keep_other")
        self.keep_this.setChecked(True)
        self.reason = QLineEdit(objectName="merge_reason")
        self.reason.setPlaceholderText(self.tr("Why are they the same person? (e.g. checked ID)"))
        self.merge_button = QPushButton(self.tr("Merge"), objectName="merge_button")
        self.merge_button.clicked.connect(self._merge)
        box = QVBoxLayout(self.merge_box)
        row = QHBoxLayout()
        row.addWidget(self.keep_this)
        row.addWidget(self.keep_other)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.reason)
        box.addWidget(
            QLabel(
                self.tr(
                    "Every visit, consent, card and note of both records is kept. "
                    "A merge can be undone below."
                )
            )
        )
        box.addWidget(self.merge_button)
        self.merge_box.setEnabled(may_merge)
        if not may_merge:
            self.merge_box.setToolTip(self.tr("Only staff may merge records."))

        self.merges = MergeTableModel(self)
        self.merges_table = _table(self.merges, "merge_history")
        self.merges_table.setAccessibleName(self.tr("Earlier merges"))
        self.unmerge_button = QPushButton(
            self.tr("Undo the chosen merge"), objectName="unmerge_button"
        )
        self.unmerge_button.setEnabled(may_merge)
        self.unmerge_button.clicked.connect(self._unmerge)
        self.error = QLabel(objectName="merge_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.matches_table)
        layout.addWidget(self.compare)
        layout.addWidget(self.merge_box)
        layout.addWidget(QLabel(self.tr("Merges of this record")))
        layout.addWidget(self.merges_table)
        layout.addWidget(self.unmerge_button)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, 640)

    def show_matches(self, matches: Sequence[DuplicateMatch], merges: Sequence[MergeRow]) -> None:
        self.error.hide()
        self.matches.set_rows(matches)
        self.merges.set_rows(merges)
        self.status.setText(
            self.tr("%n record(s) on file may be the same person.", "", len(matches))
            if matches
            else self.tr("No likely duplicates on file.")
        )
        self.compare.clear()
        if matches:
            self.matches_table.selectRow(0)

    def show_comparison(self, this: Person, other: Person) -> None:
        rows = (
            (self.tr("Member no."), this.member_number, other.member_number),
            (self.tr("Name"), this.display_name, other.display_name),
            (self.tr("Own script"), this.name_original, other.name_original),
            (self.tr("Born"), _born(this), _born(other)),
            (self.tr("Phone"), this.phone, other.phone),
            (
                self.tr("Country"),
                country_label(this.country_of_origin),
                country_label(other.country_of_origin),
            ),
            (self.tr("Registered"), _day(this), _day(other)),
        )
        cells = "".join(
            f"<tr><td><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td>"
            f"<td>{html.escape(c)}</td></tr>"
            for a, b, c in rows
        )
        this_label, other_label = self.tr("This record"), self.tr("Other")
        head = f"<tr><th></th><th>{this_label}</th><th>{other_label}</th></tr>"
        self.compare.setText(f"<table cellpadding=3>{head}{cells}</table>")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def chosen(self) -> DuplicateMatch | None:
        index = self.matches_table.currentIndex()
        return self.matches.row_at(index.row()) if index.isValid() else None

    def _chosen(self) -> None:
        match = self.chosen()
        if match is not None:
            self.candidate_chosen.emit(self.person_id, match.person.id)

    def _merge(self) -> None:
        match = self.chosen()
        if match is None:
            self.show_error(self.tr("Choose the other record in the list first."))
            return
        other = match.person.id
        kept, merged = (
            (self.person_id, other) if self.keep_this.isChecked() else (other, self.person_id)
        )
        self.merge_requested.emit(kept, merged, self.reason.text())

    def _unmerge(self) -> None:
        index = self.merges_table.currentIndex()
        row = self.merges.row_at(index.row() if index.isValid() else 0)
        if row is None or row.undone:
            self.show_error(self.tr("Choose a merge that is not undone yet."))
            return
        self.unmerge_requested.emit(row.merge_id)


def _born(p: Person) -> str:
    if p.date_of_birth:
        return p.date_of_birth.strftime("%d/%m/%Y")
    return str(p.birth_year) if p.birth_year else ""


def _day(p: Person) -> str:
    return clock.to_local(p.created_at).strftime("%d/%m/%Y")
