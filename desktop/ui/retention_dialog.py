"""Retention: preview who has not been seen for N years, then anonymise exactly those people."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.held_backups import flush_old_pages
from desktop.services.rights import RetentionCandidate, retention_preview, run_retention
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.messages import describe_error
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.table_models import Column, RowTableModel
from desktop.ui.tasks import TaskRunner


class RetentionTableModel(RowTableModel[RetentionCandidate]):
    context = "RetentionTableModel"
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("RetentionTableModel", "Member no."), lambda c: c.member_number),
        (QT_TRANSLATE_NOOP("RetentionTableModel", "Name"), lambda c: c.display_name),
        (
            QT_TRANSLATE_NOOP("RetentionTableModel", "Last seen"),
            lambda c: c.last_seen.strftime("%d/%m/%Y"),
        ),
    )


class RetentionDialog(QDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        runner: TaskRunner,
        years: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Retention: people not seen for years"))
        fit_to_screen(self, 640, 480)
        self.years = QSpinBox(objectName="retention_years", minimum=1, maximum=30, value=years)
        self.years.setAccessibleName(self.tr("Years to keep records"))
        self.preview_button = QPushButton(self.tr("Preview"), objectName="retention_preview")
        self.run_button = QPushButton(
            self.tr("Anonymise these people…"), objectName="retention_run"
        )
        self.run_button.setEnabled(False)
        self.model = RetentionTableModel(self)
        self.table = QTableView(objectName="retention_table")
        self.table.setAccessibleName(self.tr("Records past the limit"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(objectName="retention_status")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Not seen for (years)")))
        top.addWidget(self.years)
        top.addWidget(self.preview_button)
        top.addStretch(1)
        top.addWidget(self.run_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Anonymising keeps each visit in the counts but removes names, contact "
                    "details, notes and the member number. It cannot be undone."
                ),
                wordWrap=True,
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.run_button.clicked.connect(self.confirm_run)
        self.years.valueChanged.connect(lambda _v: self.run_button.setEnabled(False))
        self._previewed_years = 0

    def preview(self) -> None:
        years = self.years.value()

        def work() -> list[RetentionCandidate]:
            with self.db.read() as session:
                return retention_preview(session=session, actor=self.actor, years=years)

        def done(rows: list[RetentionCandidate]) -> None:
            self.model.set_rows(rows)
            self._previewed_years = years
            self.run_button.setEnabled(bool(rows))
            self.status.setText(self.tr("%n person(s) not seen for that long.", "", len(rows)))

        self.runner.submit(work, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe_error(exc))

    def confirm_run(self) -> None:
        rows = self.model.rows
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Anonymise"),
            self.tr("Anonymise %n person(s)? This cannot be undone.", "", len(rows)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("retention_confirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        box.finished.connect(
            lambda result: self.run(rows) if result == QMessageBox.StandardButton.Yes else None
        )
        box.open()

    def run(self, rows: list[RetentionCandidate]) -> None:
        years, ids = self._previewed_years, [c.person_id for c in rows]

        def work() -> int:
            with self.db.write() as session:
                done = run_retention(session=session, actor=self.actor, years=years, person_ids=ids)
            flush_old_pages(self.db)  # the old values also leave the write-ahead log
            return done

        def done(count: int) -> None:
            self.model.set_rows([])
            self.run_button.setEnabled(False)
            self.status.setText(self.tr("%n person(s) anonymised.", "", count))

        self.runner.submit(work, done, self._failed, changes="people")
