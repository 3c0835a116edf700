"""Bringing in an old spreadsheet, step by step: file, columns, dry run, then add (all or none).

Reading, the dry run and the commit each run as a Job with progress and Cancel; the window
stays responsive throughout.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.import_commit import commit_import
from desktop.services.import_mapping import TARGETS, guess_mapping
from desktop.services.import_review import RowDecision, plan_reviewed, will_add
from desktop.services.importer import (
    FLAGGED,
    ImportPlan,
    PlannedRow,
    RowStatus,
    write_import_report,
)
from desktop.services.jobs import JobControl
from desktop.services.spreadsheet_source import ENCODINGS, SourceTable, read_source
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.import_review_panel import ReviewPanel, choice_words
from desktop.ui.messages import describe_error
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.table_models import Column, RowTableModel
from desktop.ui.tasks import Job, TaskRunner

CTX = "ImportWizard"
TARGET_WORDS = {
    "": QT_TRANSLATE_NOOP("ImportWizard", "(do not import)"),
    "family_name": QT_TRANSLATE_NOOP("ImportWizard", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("ImportWizard", "Given name"),
    "full_name": QT_TRANSLATE_NOOP("ImportWizard", "Full name (split into family and given)"),
    "name_original": QT_TRANSLATE_NOOP("ImportWizard", "Name in own script"),
    "preferred_name": QT_TRANSLATE_NOOP("ImportWizard", "Preferred name"),
    "sex": QT_TRANSLATE_NOOP("ImportWizard", "Sex"),
    "birth": QT_TRANSLATE_NOOP("ImportWizard", "Date or year of birth"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "phone_alt": QT_TRANSLATE_NOOP("ImportWizard", "Other phone"),
    "country_of_origin": QT_TRANSLATE_NOOP("ImportWizard", "Country of origin"),
    "nationality": QT_TRANSLATE_NOOP("ImportWizard", "Nationality"),
    "preferred_language": QT_TRANSLATE_NOOP("ImportWizard", "Language"),
    "hk_area": QT_TRANSLATE_NOOP("ImportWizard", "Area in Hong Kong"),
    "immigration_status": QT_TRANSLATE_NOOP("ImportWizard", "Immigration status"),
    "arrival_date": QT_TRANSLATE_NOOP("ImportWizard", "Arrival date"),
    "claim_date": QT_TRANSLATE_NOOP("ImportWizard", "Claim date"),
    "notes": QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    "household": QT_TRANSLATE_NOOP("ImportWizard", "Household (same value = same family)"),
    "registered_on": QT_TRANSLATE_NOOP("ImportWizard", "Registration date"),
    "legacy_number": QT_TRANSLATE_NOOP("ImportWizard", "Old number (kept in the notes)"),
}
STATUS_WORDS = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("ImportWizard", "Will be added (see why)"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("ImportWizard", "Cannot be taken"),
    RowStatus.ALREADY_IMPORTED: QT_TRANSLATE_NOOP("ImportWizard", "Imported before"),
    RowStatus.REPEATED: QT_TRANSLATE_NOOP("ImportWizard", "Same row again"),
    RowStatus.DUPLICATE_IN_FILE: QT_TRANSLATE_NOOP("ImportWizard", "Looks like another row"),
    RowStatus.MATCHES_EXISTING: QT_TRANSLATE_NOOP("ImportWizard", "Looks like someone on file"),
}


def _t(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CTX, text)


class PlannedRowModel(RowTableModel[PlannedRow]):
    context = CTX
    columns: tuple[Column, ...] = (
        (QT_TRANSLATE_NOOP("ImportWizard", "Row"), lambda r: str(r.number)),
        (QT_TRANSLATE_NOOP("ImportWizard", "What happens"), lambda r: _t(STATUS_WORDS[r.status])),
        (QT_TRANSLATE_NOOP("ImportWizard", "Name"), lambda r: r.display_name),
        (QT_TRANSLATE_NOOP("ImportWizard", "Member no."), lambda r: r.member_number),
        (QT_TRANSLATE_NOOP("ImportWizard", "Like"), lambda r: ", ".join(r.matches)),
        (QT_TRANSLATE_NOOP("ImportWizard", "Why"), lambda r: "; ".join(r.reasons + r.warnings)),
        (QT_TRANSLATE_NOOP("ImportWizard", "Your choice"), choice_words),
    )


class _JobPage(QWizardPage):
    """A page that runs one job: progress bar, Cancel, and complete when the job is done."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.job: Job | None = None
        self.done = False

    def run(self, fn: Callable[[JobControl], Any], on_done: Callable[[Any], None]) -> None:
        self.done = False
        self.completeChanged.emit()
        job = Job(self)
        self.job = job
        job.progress.connect(self._progress)
        job.finished.connect(lambda result: self._finished(on_done, result))
        job.failed.connect(self._failed)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.owner.runner.start_job(job, fn)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finished(self, on_done: Callable[[Any], None], result: Any) -> None:
        self.job = None
        self.cancel_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        on_done(result)
        self.done = True
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.cancel_button.setEnabled(False)
        self.status.setText(describe_error(exc))

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()

    def isComplete(self) -> bool:
        return self.done


class FilePage(_JobPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the old spreadsheet"))
        self.setSubTitle(self.tr("A CSV file (any encoding) or an Excel workbook (.xlsx)."))
        self.path = QLineEdit(objectName="import_path")
        self.path.setAccessibleName(self.tr("Spreadsheet to import"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.encoding = QComboBox(objectName="import_encoding")
        self.encoding.addItem(self.tr("Find out automatically"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.read_button = QPushButton(self.tr("Read the file"), objectName="import_read")
        self.read_button.clicked.connect(self.load)
        self.path.returnPressed.connect(self.load)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Text encoding"), self.encoding)
        form.addRow("", self.read_button)
        form.addRow(self.progress)
        form.addRow(self.status)
        self.progress.hide()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Old spreadsheet"), "", self.tr("Spreadsheets (*.csv *.xlsx *.txt)")
        )
        if path:
            self.path.setText(path)
            self.load()

    def load(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        encoding = self.encoding.currentData()
        self.status.setText(self.tr("Reading…"))
        self.run(lambda control: read_source(path, encoding), self._loaded)

    def _loaded(self, table: SourceTable) -> None:
        self.owner.table = table
        self.owner.mapping = guess_mapping(table.headers)
        self.owner.decisions = {}
        self.status.setText(
            self.tr("%n row(s), read as %1.", "", len(table.rows)).replace("%1", table.encoding)
        )


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(self.tr("Guessed from the headers; change any that are wrong."))
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.preview = QTableWidget(objectName="import_preview")
        self.preview.setAccessibleName(self.tr("First rows of the file"))
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(self.tr("The first rows:")))
        layout.addWidget(self.preview, 1)

    def initializePage(self) -> None:
        table = self.owner.table
        assert table is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        for header, target in zip(table.headers, self.owner.mapping, strict=True):
            combo = QComboBox()
            for key in ("", *TARGETS):
                combo.addItem(_t(TARGET_WORDS.get(key, key)), key)
            combo.setCurrentIndex(combo.findData(target))
            combo.currentIndexChanged.connect(self._changed)
            self.form.addRow(header or self.tr("(no header)"), combo)
            self.combos.append(combo)
        rows = table.rows[:20]
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(table.headers)
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.preview.setItem(r, c, item)

    def _changed(self) -> None:
        self.owner.mapping = [str(c.currentData() or "") for c in self.combos]


class DryRunPage(_JobPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Dry run: what would happen"))
        self.setSubTitle(
            self.tr(
                "Nothing is written yet. Every row held back or refused says why: choose one "
                "to add it, leave it out, join it to someone, or fix a value."
            )
        )
        self.setCommitPage(True)  # its Next adds the people; there is no going back after
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Add the people"))
        self.model = PlannedRowModel(self)
        self.view = QTableView(objectName="import_rows")
        self.view.setAccessibleName(self.tr("Rows to import"))
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.review = ReviewPanel(self)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.review.decided.connect(self._decided)
        self.undecided: tuple[int, RowDecision | None] | None = None
        self.include_flagged = QCheckBox(
            self.tr("Also add the rows that look like someone else"), objectName="import_flagged"
        )
        self.save_report = QPushButton(self.tr("Save the row report…"))
        self.save_report.clicked.connect(self.owner.choose_report)
        bottom = QHBoxLayout()
        bottom.addWidget(self.include_flagged)
        bottom.addStretch(1)
        bottom.addWidget(self.save_report)
        jobs = QHBoxLayout()
        jobs.addWidget(self.progress, 1)
        jobs.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(jobs)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.review)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        self.model.set_rows([])
        self.review.show_row(None)
        self.status.setText(self.tr("Checking every row…"))
        self._plan()

    def _plan(self) -> None:
        table, mapping, db = self.owner.table, list(self.owner.mapping), self.owner.db
        decisions = dict(self.owner.decisions)
        assert table is not None

        def work(control: JobControl) -> ImportPlan:
            with db.read() as session:
                plan, _ = plan_reviewed(
                    session=session,
                    table=table,
                    mapping=mapping,
                    decisions=decisions,
                    control=control,
                )
                return plan

        self.run(work, self._planned)

    def _row_chosen(self) -> None:
        index = self.view.currentIndex()
        rows = self.model.rows
        self.review.show_row(
            rows[index.row()] if index.isValid() and index.row() < len(rows) else None
        )

    def _decided(self, number: int, decision: RowDecision) -> None:
        """Check every row again with this choice; a choice that cannot be kept is undone."""
        self.undecided = (number, self.owner.decisions.get(number))
        self.owner.decisions[number] = decision
        self.status.setText(self.tr("Checking every row…"))
        self._plan()

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if self.undecided is not None:  # put the last choice back as it was, and say why
            number, before = self.undecided
            self.undecided = None
            if before is None:
                self.owner.decisions.pop(number, None)
            else:
                self.owner.decisions[number] = before
            self.review.problem.setText(describe_error(exc))
            self._plan()

    def _planned(self, plan: ImportPlan) -> None:
        self.owner.plan = plan
        self.undecided = None
        chosen = self.review.number
        # Rows to look at: those not added, those added with a cell left out, those decided.
        decided = self.owner.decisions
        self.model.set_rows(
            [r for r in plan.rows if r.status != RowStatus.NEW or r.warnings or r.number in decided]
        )
        at = next((i for i, r in enumerate(self.model.rows) if r.number == chosen), -1)
        if at >= 0:
            self.view.selectRow(at)
            self.review.show_row(self.model.rows[at])
        flagged = sum(plan.count(s) for s in FLAGGED)
        self.status.setText(
            self.tr(
                "%1 will be added, %2 cannot be taken, %3 look like someone else, "
                "%4 were imported before or repeat a row."
            )
            .replace("%1", str(sum(will_add(r) for r in plan.rows)))
            .replace("%2", str(plan.count(RowStatus.ERROR)))
            .replace("%3", str(flagged))
            .replace(
                "%4",
                str(plan.count(RowStatus.ALREADY_IMPORTED) + plan.count(RowStatus.REPEATED)),
            )
        )


class CommitPage(_JobPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Adding the people"))
        self.setSubTitle(self.tr("All rows are added together, or none if anything goes wrong."))
        self.save_report = QPushButton(self.tr("Save the row report…"))
        self.save_report.clicked.connect(self.owner.choose_report)
        jobs = QHBoxLayout()
        jobs.addWidget(self.progress, 1)
        jobs.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(jobs)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.save_report)

    def initializePage(self) -> None:
        owner = self.owner
        table, mapping = owner.table, list(owner.mapping)
        include = owner.dry_run.include_flagged.isChecked()
        decisions = dict(owner.decisions)
        assert table is not None
        self.status.setText(self.tr("Adding…"))

        def work(control: JobControl) -> ImportPlan:
            return commit_import(
                db=owner.db,
                actor=owner.actor,
                table=table,
                mapping=mapping,
                include_flagged=include,
                prefix=owner.prefix,
                control=control,
                decisions=decisions,
            )

        self.run(work, self._committed)

    def _committed(self, plan: ImportPlan) -> None:
        self.owner.plan = plan
        self.status.setText(self.tr("Added %n person(s).", "", plan.added))
        self.owner.runner.changed.emit("people")
        self.owner.imported.emit(plan)


class ImportWizard(QWizard):
    imported = Signal(object)  # the committed ImportPlan

    def __init__(
        self,
        db: Database,
        actor: Actor,
        runner: TaskRunner,
        prefix: str = "CFR",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner, self.prefix = db, actor, runner, prefix
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import an old spreadsheet"))
        fit_to_screen(self, 900, 640)
        self.table: SourceTable | None = None
        self.mapping: list[str] = []
        self.plan: ImportPlan | None = None
        self.decisions: dict[int, RowDecision] = {}  # the review step's choices, by row number
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run = DryRunPage(self)
        self.commit = CommitPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run, self.commit):
            self.addPage(page)

    def choose_report(self) -> None:
        if self.plan is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the row report"), "import-report.csv", self.tr("CSV (*.csv)")
        )
        if path:
            write_import_report(self.plan, Path(path))

    def reject(self) -> None:
        for page in (self.file_page, self.dry_run, self.commit):
            page.cancel()
        super().reject()
