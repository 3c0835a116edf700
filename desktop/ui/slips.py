"""Printing through the stored print queue, on printing's own worker thread.

Every document is stored in the database before it is drawn and sent (a slip in the same
transaction as its visit; see printing/requests.py and printing/queue.py), so a missing,
offline or jammed printer loses nothing: the job waits, is retried with backoff, and can be sent
again, reprinted or saved as a PDF from the print queue window. Printing has a thread of its
own: a printer that hangs never delays a backup, an export or a check-in.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from desktop.models import PrintStatus
from desktop.printing.backends import PrinterStatus
from desktop.printing.queue import PrintQueue, SendResult
from desktop.printing.requests import SLIP, SlipRequest, slip_for, slip_title
from desktop.services.settings import Settings
from desktop.services.visits import VisitRow
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.messages import describe_error
from desktop.ui.tasks import Job, run_job

RETRY_CHECK_MS = 5000
KIND_WORDS = {
    "": QT_TRANSLATE_NOOP("PrintKind", "Document"),
    "slip": QT_TRANSLATE_NOOP("PrintKind", "Slip"),
    "card": QT_TRANSLATE_NOOP("PrintKind", "Member card"),
    "intake_form": QT_TRANSLATE_NOOP("PrintKind", "Intake form"),
    "intake_form_blank": QT_TRANSLATE_NOOP("PrintKind", "Blank intake form"),
}


def kind_words(kind: str) -> str:
    """What a print job is, in the window's language ("Member card")."""
    return QCoreApplication.translate("PrintKind", KIND_WORDS.get(kind, KIND_WORDS[""]))


def document_name(kind: str, title: str) -> str:
    """A job as the volunteer reads it: "Member card (card-CFR-000123-2)"."""
    return (
        QCoreApplication.translate("PrintKind", "%1 (%2)")
        .replace("%1", kind_words(kind))
        .replace("%2", title)
    )


CHECK_IN = "check-in"  # one check-in (of a person or a household) at a time: a second Enter waits


@dataclass(frozen=True)
class PrinterReport:
    """What the status bar shows: the printer's state, the last problem, what waits."""

    status: PrinterStatus
    waiting: int
    problem: str = ""  # why the last document did not print; "" once one printed


class SlipPrinter(QObject):
    finished = Signal(str)  # a sentence for the status bar
    failed = Signal(str)
    sent = Signal(object)  # SendResult, for the queue window, the status bar and tests
    queue_changed = Signal()
    printer_changed = Signal(object)  # PrinterReport

    def __init__(
        self, queue: PrintQueue, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.queue, self.settings = queue, settings
        self.last_job: uuid.UUID | None = None
        self.report: PrinterReport | None = None
        self._problem = ""
        # Printing's own worker: one thread, so documents come out in order, and nothing else
        # (backups, exports, the database worker) ever waits behind a printer.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()
        self._sweep_queued = threading.Event()  # a "send what is due" waits to start
        self.retry_timer = QTimer(self)
        self.retry_timer.timeout.connect(self.send_waiting)
        self.retry_timer.start(RETRY_CHECK_MS)
        self._tidy_at_start()

    # --- what the window asks ---------------------------------------------------------------
    def stored(self, job_id: uuid.UUID | None, *, slip: bool = True, repeat: bool = False) -> None:
        """A document was stored with its record (a slip with its visit): send it now.
        A slip becomes the one Ctrl+P reprints. `repeat`: the record's job existed already
        (the same form asked for twice), so "printed already" is said if it was."""
        if job_id is None:
            self.send_waiting()
            return
        if slip:
            self.last_job = job_id

        def work() -> list[SendResult]:
            first = self.queue.send(job_id)
            # A new job the retry sweep sent first is not "printed already": it was just sent.
            results = [first] if first.attempted or repeat else []
            return [*results, *self.queue.send_due(besides=job_id)]

        # This job first, then whatever else is due.
        self._start(work, lambda _r: None)

    def print_visit(self, row: VisitRow) -> None:
        """Queue the visit's slip (once per visit) and send it."""
        slip = slip_for(row, self.settings.centre_name)
        request = SlipRequest(slip, self.settings.slip_format)

        def store() -> uuid.UUID:
            return self.queue.submit(
                kind=SLIP, title=slip_title(slip), request=request, ref_id=str(row.visit_id)
            )

        self._store_and_send(store, self._remember)

    def reprint_last(self) -> None:
        """Ctrl+P: the last slip once more, recorded as a reprint."""
        if self.last_job is None:
            self.failed.emit(self.tr("No slip printed yet today."))
            return
        self.reprint(self.last_job)

    def _remember(self, job_id: uuid.UUID) -> None:
        self.last_job = job_id

    def send_again(self, job_id: uuid.UUID) -> None:
        """Send a stored job now (after a person put it back in the queue)."""
        self._start(lambda: [self.queue.send(job_id)], lambda _results: None)

    def reprint(self, job_id: uuid.UUID) -> None:
        """Print a stored document once more, recorded as a reprint."""
        self._store_and_send(lambda: self.queue.reprint(job_id))

    def send_waiting(self) -> None:
        """Send new jobs and retry failed ones whose time has come (the timer calls this)."""
        if self._sweep_queued.is_set():
            return  # one is waiting to start: it will find this job too
        self._sweep_queued.set()

        def sweep() -> list[SendResult]:
            self._sweep_queued.clear()
            return self.queue.send_due()

        self._start(sweep, lambda _results: None)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until the print worker is idle (closing the window, tests)."""
        return self._pool.waitForDone(msecs)

    # --- on the print worker ----------------------------------------------------------------
    def _tidy_at_start(self) -> None:
        """Jobs a crash left half-sent are marked for a person to check; then send what waits."""
        uncertain: list[int] = []

        def work() -> list[SendResult]:
            uncertain.append(self.queue.tidy_at_start())
            return []

        def then(_results: list[SendResult]) -> None:
            if uncertain and uncertain[0]:
                self.failed.emit(
                    self.tr(
                        "%n document(s) may not have printed when Front Desk stopped. "
                        "Check them in the print queue (Ctrl+Shift+P).",
                        "",
                        uncertain[0],
                    )
                )
            self.send_waiting()

        self._start(work, then)

    def _store_and_send(
        self,
        store: Callable[[], uuid.UUID],
        on_stored: Callable[[uuid.UUID], None] = lambda _job_id: None,
    ) -> None:
        """Store a job, then send it, on the print worker; `on_stored` gets its id."""
        self._start(
            lambda: [self.queue.send(store())],
            lambda results: on_stored(results[0].job_id),
            stored=False,
        )

    def _start(
        self,
        work: Callable[[], list[SendResult]],
        then: Callable[[list[SendResult]], None],
        *,
        stored: bool = True,
    ) -> None:
        """Run `work` on the print worker, then read the printer's state and what waits."""
        job = Job(self)
        self._jobs.add(job)

        def run(_control: object) -> tuple[list[SendResult], PrinterStatus, int]:
            results = work()
            return results, self.queue.printer_status(), self.queue.waiting()

        def done(outcome: tuple[list[SendResult], PrinterStatus, int]) -> None:
            self._jobs.discard(job)
            results, status, waiting = outcome
            then(results)
            for result in results:
                self._report(result)
            self._show_printer(status, waiting)
            self.queue_changed.emit()

        def failed(exc: BaseException) -> None:
            self._jobs.discard(job)
            if stored:
                words = self.tr(
                    "%1 Nothing was lost: the print queue (Ctrl+Shift+P) keeps what waits to print."
                )
            else:
                words = self.tr("%1 Nothing was printed.")
            self.failed.emit(words.replace("%1", describe_error(exc)))
            self.queue_changed.emit()

        job.finished.connect(done)
        job.failed.connect(failed)
        run_job(self._pool, job, run)

    # --- telling the volunteer --------------------------------------------------------------
    def _show_printer(self, status: PrinterStatus, waiting: int) -> None:
        self.report = PrinterReport(status, waiting, self._problem)
        self.printer_changed.emit(self.report)

    def _report(self, result: SendResult) -> None:
        self.sent.emit(result)
        name = document_name(result.kind, result.title)
        if result.attempted and result.status == PrintStatus.DONE:
            self._problem = ""
        elif result.attempted and result.drawn:
            self._problem = result.reason
        if not result.attempted:
            if result.status == PrintStatus.DONE:
                self.failed.emit(
                    self.tr("%1 was printed already. To print it again, use Reprint.").replace(
                        "%1", name
                    )
                )
        elif result.status == PrintStatus.DONE:
            self.finished.emit(
                self.tr("%1 sent to %2.").replace("%1", name).replace("%2", result.where)
            )
        elif result.status == PrintStatus.UNCERTAIN:
            self.failed.emit(
                self.tr(
                    "%1 may not have printed: %2. Look at the printer; if it did not come out, "
                    "send it again from the print queue (Ctrl+Shift+P)."
                )
                .replace("%1", name)
                .replace("%2", result.reason)
            )
        elif not result.drawn:
            self.failed.emit(
                self.tr(
                    "%1 could not be drawn (%2). What it belongs to is saved; the document "
                    "waits in the print queue (Ctrl+Shift+P). Tell a staff member."
                )
                .replace("%1", name)
                .replace("%2", result.reason)
            )
        else:
            self.failed.emit(
                self.tr(
                    "Not printed: %1. It is kept in the print queue and tried again; "
                    "Ctrl+Shift+P shows it."
                ).replace("%1", result.reason)
            )
