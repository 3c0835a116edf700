"""Export visits or people for a date range to CSV, with progress and Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.export import ExportResult, export_people_csv, export_visits_csv
from desktop.services.jobs import JobControl
from desktop.ui.messages import describe_error
from desktop.ui.tasks import Job, TaskRunner


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ExportDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self.what = QComboBox(objectName="export_what")
        self.what.addItem(self.tr("Visits"), "visits")
        self.what.addItem(self.tr("People registered"), "people")
        today = clock.today()
        self.first = QDateEdit(_qdate(today.replace(day=1)), objectName="export_from")
        self.last = QDateEdit(_qdate(today), objectName="export_to")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.path = QLineEdit(objectName="export_path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.progress = QProgressBar(objectName="export_progress")
        self.progress.hide()
        self.result_label = QLabel(objectName="export_result")
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("File"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.job: Job | None = None
        self.path.setText(str(Path.home() / f"frontdesk-visits-{today.isoformat()}.csv"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), self.tr("CSV files (*.csv)")
        )
        if path:
            self.path.setText(path)

    def start(self) -> None:
        target = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip() or not target.parent.is_dir():
            self.result_label.setText(self.tr("Choose a file in a folder that exists."))
            return
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if first > last:
            self.result_label.setText(self.tr("The first day is after the last day."))
            return
        what = self.what.currentData()
        job = Job(self)
        self.job = job

        def work(control: JobControl) -> ExportResult:
            with self.db.write() as session:
                if what == "visits":
                    return export_visits_csv(
                        session=session,
                        actor=self.actor,
                        path=target,
                        first=first,
                        last=last,
                        control=control,
                    )
                return export_people_csv(
                    session=session,
                    actor=self.actor,
                    path=target,
                    first=first,
                    last=last,
                    control=control,
                )

        job.progress.connect(self._progress)
        job.finished.connect(self._done)
        job.failed.connect(self._failed)
        self.run_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.result_label.setText(self.tr("Exporting…"))
        self.runner.start_job(job, work)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: ExportResult) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.progress.setValue(self.progress.maximum())
        self.result_label.setText(
            self.tr("Wrote %n row(s) to %1.", "", result.rows).replace("%1", str(result.path))
        )

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.progress.hide()
        self.result_label.setText(describe_error(exc))

    def _cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
        else:
            self.reject()
