"""Export visits, people or households to CSV or XLSX, with a choice of fields, progress and
Cancel; optionally anonymised (no names, numbers, phones or notes)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.export import ExportRequest, ExportResult, export_data
from desktop.services.export_fields import ExportKind, default_fields, fields_of
from desktop.services.jobs import JobControl
from desktop.services.permissions import Permission, can
from desktop.ui.export_labels import field_label
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
        self.what.addItem(self.tr("Visits"), ExportKind.VISITS.value)
        self.what.addItem(self.tr("People registered"), ExportKind.PEOPLE.value)
        self.what.addItem(self.tr("Households"), ExportKind.HOUSEHOLDS.value)
        self.fmt = QComboBox(objectName="export_format")
        self.fmt.addItem(self.tr("CSV (Excel, any spreadsheet)"), "csv")
        self.fmt.addItem(self.tr("Excel workbook (XLSX)"), "xlsx")
        self.anonymised = QCheckBox(
            self.tr("Anonymised: no names, numbers, phones or notes"), objectName="export_anon"
        )
        if not can(actor, Permission.EXPORT_PERSONAL):
            self.anonymised.setChecked(True)
            self.anonymised.setEnabled(False)
            self.anonymised.setToolTip(self.tr("Only an administrator may export personal data."))
        self.all_dates = QCheckBox(self.tr("Everyone on file (ignore the dates)"))
        today = clock.today()
        self.first = QDateEdit(_qdate(today.replace(day=1)), objectName="export_from")
        self.last = QDateEdit(_qdate(today), objectName="export_to")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.password = QLineEdit(objectName="export_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Excel workbook with names: Excel asks for it"))
        self.fields = QListWidget(objectName="export_fields")
        self.fields.setMinimumHeight(160)
        self.path = QLineEdit(objectName="export_path")
        self.path.setAccessibleName(self.tr("File to write"))
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
        form.addRow(self.tr("Format"), self.fmt)
        form.addRow("", self.anonymised)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow("", self.all_dates)
        form.addRow(self.tr("Fields"), self.fields)
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.job: Job | None = None
        self.what.currentIndexChanged.connect(self._kind_changed)
        self.fmt.currentIndexChanged.connect(self._suggest_path)
        self.anonymised.toggled.connect(self._fill_fields)
        self.anonymised.toggled.connect(self._password_allowed)
        self.fmt.currentIndexChanged.connect(self._password_allowed)
        self.all_dates.toggled.connect(self._dates_toggled)
        self._kind_changed()
        self._password_allowed()

    def _password_allowed(self) -> None:
        # Only an XLSX can carry a password; an anonymised file has no names to protect.
        allowed = self.fmt.currentData() == "xlsx" and not self.anonymised.isChecked()
        self.password.setEnabled(allowed)
        if not allowed:
            self.password.clear()

    @property
    def kind(self) -> ExportKind:
        return ExportKind(self.what.currentData())

    def _kind_changed(self) -> None:
        self.all_dates.setVisible(self.kind != ExportKind.VISITS)
        self._dates_toggled()
        self._fill_fields()
        self._suggest_path()

    def _dates_toggled(self) -> None:
        use_dates = self.kind == ExportKind.VISITS or not self.all_dates.isChecked()
        self.first.setEnabled(use_dates)
        self.last.setEnabled(use_dates)

    def _fill_fields(self) -> None:
        anonymised = self.anonymised.isChecked()
        ticked = set(default_fields(self.kind, anonymised=anonymised))
        self.fields.clear()
        for f in fields_of(self.kind):
            item = QListWidgetItem(field_label(f.name))
            item.setData(Qt.ItemDataRole.UserRole, f.name)
            item.setToolTip(self.tr("Column in the file: %1").replace("%1", f.name))
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
            if anonymised and f.personal:
                flags = Qt.ItemFlag.NoItemFlags
                item.setToolTip(self.tr("Personal: not in an anonymised export."))
            item.setFlags(flags)
            checked = f.name in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.fields.addItem(item)

    def chosen_fields(self) -> list[str]:
        items = (self.fields.item(i) for i in range(self.fields.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _suggest_path(self) -> None:
        current = self.path.text().strip()
        folder = Path(current).expanduser().parent if current else Path.home()
        ext = self.fmt.currentData()
        name = f"frontdesk-{self.kind.value}-{clock.today().isoformat()}.{ext}"
        self.path.setText(str(folder / name))

    def _browse(self) -> None:
        filters = self.tr("CSV files (*.csv)") if self.fmt.currentData() == "csv" else ""
        if not filters:
            filters = self.tr("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), filters)
        if path:
            self.path.setText(path)

    def request(self) -> ExportRequest:
        use_dates = self.first.isEnabled()
        return ExportRequest(
            kind=self.kind,
            fmt=str(self.fmt.currentData()),
            fields=self.chosen_fields(),
            anonymised=self.anonymised.isChecked(),
            first=self.first.date().toPython() if use_dates else None,
            last=self.last.date().toPython() if use_dates else None,
        )

    def start(self) -> None:
        target = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip() or not target.parent.is_dir():
            self.result_label.setText(self.tr("Choose a file in a folder that exists."))
            return
        request = self.request()
        if request.first and request.last and request.first > request.last:
            self.result_label.setText(self.tr("The first day is after the last day."))
            return
        if not request.fields:
            self.result_label.setText(self.tr("Tick at least one field."))
            return
        job = Job(self)
        self.job = job

        password = self.password.text() if self.password.isEnabled() else ""

        def work(control: JobControl) -> ExportResult:
            if password:
                # Imported here, on the worker: the encryption library takes a tenth of a second.
                from desktop.services.export_protect import export_protected

                return export_protected(
                    db=self.db, actor=self.actor, request=request, path=target,
                    password=password, control=control,
                )  # fmt: skip
            return export_data(
                db=self.db, actor=self.actor, request=request, path=target, control=control
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
        wrote = self.tr("Wrote %n row(s) to %1.", "", result.rows).replace("%1", str(result.path))
        if result.changed_cells is not None:
            wrote += " " + self.tr(
                "So that no row stands out, %n cell(s) were made less precise or left out "
                "(at least 5 people share every row's sex, age band, country or region, "
                "registration month and household size).", "", result.changed_cells
            )  # fmt: skip
        self.result_label.setText(wrote)

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
