"""The print queue: what printed, what waits, what failed and why; send again, reprint, cancel."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.models import PrintStatus
from desktop.printing.backends import PrinterState, safe_filename
from desktop.services import clock, print_jobs
from desktop.services.actor import Actor
from desktop.services.print_jobs import PrintJobRow
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.messages import describe_error
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.slips import PrinterReport, SlipPrinter, kind_words
from desktop.ui.table_models import Column, RowTableModel
from desktop.ui.table_views import list_view
from desktop.ui.tasks import TaskRunner

STATUS_WORDS = {
    PrintStatus.PENDING: QT_TRANSLATE_NOOP("PrintJobTableModel", "Waiting"),
    PrintStatus.PRINTING: QT_TRANSLATE_NOOP("PrintJobTableModel", "Printing…"),
    PrintStatus.DONE: QT_TRANSLATE_NOOP("PrintJobTableModel", "Printed"),
    PrintStatus.FAILED: QT_TRANSLATE_NOOP("PrintJobTableModel", "Not printed"),
    PrintStatus.CANCELLED: QT_TRANSLATE_NOOP("PrintJobTableModel", "Cancelled"),
    PrintStatus.UNCERTAIN: QT_TRANSLATE_NOOP("PrintJobTableModel", "Check the printer"),
}
NEEDS_ATTENTION = (PrintStatus.FAILED, PrintStatus.UNCERTAIN)


def _status(job: PrintJobRow) -> str:
    return QCoreApplication.translate("PrintJobTableModel", STATUS_WORDS[job.status])


def _what(job: PrintJobRow) -> str:
    if not job.reprint:
        return kind_words(job.kind)
    return QCoreApplication.translate("PrintJobTableModel", "%1 (reprint)").replace(
        "%1", kind_words(job.kind)
    )


class PrintJobTableModel(RowTableModel[PrintJobRow]):
    context = "PrintJobTableModel"
    columns: Sequence[Column] = (
        (
            QT_TRANSLATE_NOOP("PrintJobTableModel", "Time"),
            lambda j: clock.to_local(j.created_at).strftime("%d/%m %H:%M"),
        ),
        (QT_TRANSLATE_NOOP("PrintJobTableModel", "What"), _what),
        (
            QT_TRANSLATE_NOOP("PrintJobTableModel", "Document"),
            lambda j: j.title.removesuffix(print_jobs.REPRINT_MARK),
        ),
        (QT_TRANSLATE_NOOP("PrintJobTableModel", "State"), _status),
        (QT_TRANSLATE_NOOP("PrintJobTableModel", "Tries"), lambda j: str(j.attempts)),
        (QT_TRANSLATE_NOOP("PrintJobTableModel", "Printer"), lambda j: j.printer_name),
        (QT_TRANSLATE_NOOP("PrintJobTableModel", "Problem"), lambda j: j.last_error),
    )

    def extra_data(self, row: PrintJobRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status in NEEDS_ATTENTION:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and row.last_error:
            return row.last_error
        return None


class PrintNotice(QPushButton):
    """In the status bar, always: the printer's state and how many documents wait. Opens the
    queue. "No printer" is never hidden: the volunteer knows the slip did not come out."""

    def __init__(self, runner: TaskRunner, slips: SlipPrinter, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner, self.slips = runner, slips
        self.setObjectName("print_notice")
        self.setFlat(True)
        self.setText(self.tr("Printer: checking…"))
        slips.printer_changed.connect(self.show_report)

    def refresh(self) -> None:
        self.slips.send_waiting()  # the print worker reads the printer and the queue again

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.slips.report is not None:
            self.show_report(self.slips.report)
        super().changeEvent(event)

    def show_report(self, report: PrinterReport) -> None:
        waiting = report.waiting
        status = report.status
        if status.state == PrinterState.NO_PRINTER:
            text = self.tr("No printer: %n document(s) waiting", "", waiting)
        elif status.state == PrinterState.STOPPED or report.problem:
            text = self.tr("Printer problem: %n document(s) waiting", "", waiting)
        elif waiting:
            text = self.tr("Printer ready: %n document(s) waiting", "", waiting)
        else:
            text = self.tr("Printer ready")
        problem = status.reason if status.state != PrinterState.READY else report.problem
        trouble = status.state != PrinterState.READY or bool(report.problem)
        self.setStyleSheet("color: #b00020; font-weight: bold;" if trouble else "")
        self.setText(text)
        self.setToolTip(
            " · ".join(p for p in (status.name, problem) if p)
            + ("\n" if status.name or problem else "")
            + self.tr("Click to open the print queue (Ctrl+Shift+P).")
        )
        self.setAccessibleName(text)


class PrintQueueDialog(QDialog):
    """Opened from the Desk menu (Ctrl+Shift+P) or the status bar's print notice."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        runner: TaskRunner,
        slips: SlipPrinter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner, self.slips = db, actor, runner, slips
        self.setObjectName("print_queue_dialog")
        self.setWindowTitle(self.tr("Print queue"))
        fit_to_screen(self, 860, 420)
        self.model = PrintJobTableModel(self)
        self.table = list_view(self.model, "print_jobs")
        self.table.setAccessibleName(self.tr("Print jobs"))
        self.note = QLabel(objectName="print_queue_note")
        self.note.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Send again"), objectName="print_send_again")
        self.reprint_button = QPushButton(self.tr("&Reprint"), objectName="print_reprint")
        self.cancel_button = QPushButton(self.tr("Cancel &job"), objectName="print_cancel")
        self.save_button = QPushButton(self.tr("Save as &PDF…"), objectName="print_save_pdf")
        self.save_button.clicked.connect(self.choose_pdf_file)
        self.save_dialog: QFileDialog | None = None
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.send_button.clicked.connect(self.send_again)
        self.reprint_button.clicked.connect(self.reprint)
        self.cancel_button.clicked.connect(self.cancel_job)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.reprint_button, self.cancel_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.slips.queue_changed.connect(self.refresh)
        self.refresh()

    def selected(self) -> PrintJobRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        chosen = self.selected()

        def work() -> list[PrintJobRow]:
            with self.db.read() as session:
                return print_jobs.list_jobs(session)

        def done(rows: list[PrintJobRow]) -> None:
            self.model.set_rows(rows)
            if chosen is not None:
                for n, row in enumerate(rows):
                    if row.id == chosen.id:
                        self.table.selectRow(n)
            self._update_buttons()

        self.runner.submit(work, done, self._show_error)

    def _update_buttons(self) -> None:
        job = self.selected()
        waiting = job is not None and job.status in print_jobs.WAITING
        self.send_button.setEnabled(waiting and job is not None and job.has_pdf)
        self.reprint_button.setEnabled(
            job is not None and job.has_pdf and job.status in (PrintStatus.DONE, *NEEDS_ATTENTION)
        )
        self.cancel_button.setEnabled(waiting)
        self.save_button.setEnabled(job is not None and job.has_pdf)
        if job is not None and job.status == PrintStatus.UNCERTAIN:
            self.note.setText(
                self.tr(
                    "Front Desk stopped while this was being sent. Look in the printer's tray: "
                    "if it did not come out, press Send again."
                )
            )
        elif job is not None and not job.has_pdf:
            self.note.setText(self.tr("This document is no longer kept; print it anew."))
        else:
            self.note.setText("")

    def _act(self, change: Callable[[uuid.UUID], None], after: Callable[[uuid.UUID], None]) -> None:
        job = self.selected()
        if job is None:
            return

        def work() -> uuid.UUID:
            change(job.id)
            return job.id

        def done(job_id: uuid.UUID) -> None:
            after(job_id)
            self.refresh()

        self.runner.submit(work, done, self._show_error, changes="print")

    def send_again(self) -> None:
        def change(job_id: uuid.UUID) -> None:
            with self.db.write() as session:
                print_jobs.send_again(session=session, actor=self.actor, job_id=job_id)

        self._act(change, self.slips.send_again)

    def reprint(self) -> None:
        self._act(lambda _job_id: None, self.slips.reprint)

    def cancel_job(self) -> None:
        def change(job_id: uuid.UUID) -> None:
            with self.db.write() as session:
                print_jobs.cancel(session=session, actor=self.actor, job_id=job_id)

        self._act(change, lambda _job_id: None)

    def choose_pdf_file(self) -> None:
        """Save the chosen document as a PDF where the person says (the only way a document
        leaves the encrypted database as a file). It stays in the queue as it was."""
        job = self.selected()
        if job is None:
            return
        dialog = QFileDialog(self, self.tr("Save as PDF"))
        dialog.setObjectName("print_save_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same on every PC
        dialog.selectFile(safe_filename(job.title) + ".pdf")
        dialog.fileSelected.connect(lambda path: self.save_pdf(job.id, Path(path)))
        self.save_dialog = dialog
        dialog.open()

    def save_pdf(self, job_id: uuid.UUID, path: Path) -> None:
        queue, actor = self.slips.queue, self.actor

        def work() -> Path:
            pdf, _title = queue.pdf_of(job_id)
            part = path.with_name(f".{path.name}.part")
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(pdf)
                handle.flush()
                os.fsync(handle.fileno())
            part.replace(path)
            with self.db.write() as session:
                print_jobs.record_saved(session=session, actor=actor, job_id=job_id)
            return path

        def done(saved: Path) -> None:
            self.note.setText(
                self.tr(
                    "Saved as %1. The document is still in the queue: cancel it there if it "
                    "need not be printed."
                ).replace("%1", str(saved))
            )

        self.runner.submit(work, done, self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        self.note.setText(describe_error(exc))
